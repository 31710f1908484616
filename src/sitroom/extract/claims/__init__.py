"""Claims: who says what (stage sitroom.claims.v1)."""

from ...registry import stage

NAME = "sitroom.claims.v1"


@stage(NAME, requires=("doc", "places", "actors"), assigns=("claims",))
def make_claims():
    def run(ctx):  # replaced by the claims extractor
        return None
    return run
