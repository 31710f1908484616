"""Places: find toponyms and resolve them to gazetteer entries (stage sitroom.places.gazetteer.v1)."""

from ...records import PlaceMention
from ...registry import stage

NAME = "sitroom.places.gazetteer.v1"


@stage(NAME, requires=("doc",), assigns=("places",))
def make_places():
    # First cut: spaCy's GPE/LOC entities, unresolved. The gazetteer resolver replaces this.
    def run(ctx):
        for ent in ctx.doc.ents:
            if ent.label_ in ("GPE", "LOC"):
                ctx.places.append(PlaceMention(
                    text=ent.text, start=ent.start_char, end=ent.end_char,
                    sentence=ctx.sentence_index(ent.start_char), name=ent.text, confidence=0.0, extractor=NAME,
                ))
    return run
