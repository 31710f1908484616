"""Actors: canonical actors from the catalogue, and people with roles (stage sitroom.actors.catalogue.v1)."""

from ..records import ActorMention
from ..registry import stage

NAME = "sitroom.actors.catalogue.v1"


@stage(NAME, requires=("doc",), assigns=("actors",))
def make_actors():
    # First cut: spaCy ORG/NORP/PERSON entities kept as written. The catalogue replaces this.
    def run(ctx):
        for ent in ctx.doc.ents:
            if ent.label_ in ("ORG", "NORP", "PERSON"):
                ctx.actors.append(ActorMention(
                    text=ent.text, start=ent.start_char, end=ent.end_char, sentence=ctx.sentence_index(ent.start_char),
                    name=ent.text, kind="person" if ent.label_ == "PERSON" else "group", known=False, extractor=NAME,
                ))
    return run
