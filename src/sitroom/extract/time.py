"""Time: explicit and relative date expressions resolved against the publication date (stage sitroom.time.v1)."""

from ..registry import stage

NAME = "sitroom.time.v1"


@stage(NAME, requires=("doc", "published"), assigns=("times",))
def make_time():
    def run(ctx):  # replaced by the time-expression resolver
        return None
    return run
