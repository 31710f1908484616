"""Events: ACLED-coded events (stage sitroom.events.hybrid.v1)."""

from ...registry import stage

NAME = "sitroom.events.hybrid.v1"


@stage(NAME, requires=("doc", "places", "actors", "times"), assigns=("events",))
def make_events():
    def run(ctx):  # replaced by the hybrid pattern + classifier extractor
        return None
    return run
