"""The extraction pipeline: read → places → actors → time → events → claims.

A :class:`Pipeline` is built from a list of registered stage names (see
``registry.py``) and runs them over a batch of documents. Each stage is a
callable taking a :class:`DocContext` and filling its part of it. The pipeline
itself is stateless between documents, so :func:`extract_stream` can fan batches
out to worker processes that each rebuild the same pipeline from its names.
"""

from __future__ import annotations

import bisect
import datetime as dt
import multiprocessing as mp
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional

from pydantic import BaseModel

from . import registrations  # noqa: F401  (runs every built-in stage's @stage before get_stage is called)
from .errors import ConfigError
from .records import (
    Claim, ContentFlag, DocumentIn, Event, Extraction, PlaceMention, ActorMention, Published, TimeMention,
)
from .registry import content_version, get_stage, stage_config
from .versions import extractor_version

DEFAULT_STAGES: tuple[str, ...] = (
    "sitroom.places.gazetteer.v1",
    "sitroom.actors.catalogue.v1",
    "sitroom.time.v1",
    "sitroom.events.hybrid.v1",
    "sitroom.claims.v1",
    "sitroom.flags.v1",
)

# Documents per batch handed to spaCy's nlp.pipe and to a worker process.
BATCH_SIZE = 16
# Characters per nlp.pipe batch: spaCy's memory grows with the text it parses at once. Measured on a
# 1.2 MB text in 25,000-character segments: 16 segments a batch peaked at 1.7 GB, 2 at 0.7 GB.
BATCH_CHARS = 60_000


@dataclass
class DocContext:
    """What the stages of one document share. Stages read and append to it."""

    doc_in: DocumentIn
    published: Published
    language: Optional[str]
    doc: Any = None  # spaCy Doc
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    flags: list[ContentFlag] = field(default_factory=list)
    # Free space for stages to pass intermediate results (e.g. time expressions).
    scratch: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.doc_in.text

    @property
    def pub_date(self) -> Optional[dt.date]:
        if self.published.value:
            return dt.date.fromisoformat(self.published.value)
        return None

    def sentence_index(self, char_offset: int) -> int:
        """Index of the sentence holding ``char_offset`` (0 when there is no parse)."""
        return max(0, bisect.bisect_right(self._sentence_starts(), char_offset) - 1)

    def sentence_start(self, sentence: int) -> int:
        """Character offset where the sentence of index ``sentence`` starts (0 past the last one)."""
        starts = self._sentence_starts()
        return starts[sentence] if sentence < len(starts) else 0

    def _sentence_starts(self) -> list[int]:
        """Where each sentence starts, read once per document from the parse ([0] when there is none)."""
        starts = self.scratch.get("_sent_starts")
        if starts is None:
            starts = [s.start_char for s in self.doc.sents] if self.doc is not None else [0]
            self.scratch["_sent_starts"] = starts
        return starts


def limit_math_threads() -> None:
    """Keep BLAS/OpenMP to one thread in this process.

    sitroom parallelises across processes (``--jobs``); its matrices are small, so BLAS
    threads only contend with the other workers for the cores. Measured on 2 cores,
    160 articles: --jobs 2 took 11.5 s with OpenBLAS's default threads and 6.2 s with one.
    """
    import numpy  # noqa: F401  (loads its BLAS: threadpoolctl only limits libraries already loaded)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


class Pipeline:
    """Stages built from registered names, plus the spaCy reader in front of them."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES, config: Optional[dict[str, dict]] = None,
                 actors: tuple[str, ...] = ()):
        """stages: registered stage names, in order; config: per-stage options over each stage's defaults;
        actors: user actor catalogue files (``Settings.actors``), given to the stages that take
        ``extra_catalogues`` and named in the extractor version by their contents."""
        limit_math_threads()
        self.stage_names = tuple(stages)
        self.actors = tuple(actors)
        config = config or {}
        self._check(self.stage_names)
        # Every stage's config checked against its factory's type hints before any stage is built.
        configs = {name: stage_config(name, config.get(name)) for name in self.stage_names}
        self.stages = []
        self.stage_versions: dict[str, str] = {}
        for name, cfg in configs.items():
            self.stages.append((name, get_stage(name).factory(**_with_catalogues(cfg, self.actors))))
            # The catalogues' paths stay out of the stage's version: their contents are in the extractor version.
            self.stage_versions[name] = content_version(name, cfg)
        self.version = extractor_version(self.stage_names, config, self.actors)

    @staticmethod
    def _check(names: tuple[str, ...]) -> None:
        available = {"doc", "published", "language"}
        for name in names:
            info = get_stage(name)
            missing = [r for r in info.requires if r not in available]
            if missing:
                raise ConfigError(f"stage {name} requires {', '.join(missing)}, which no earlier stage assigns")
            available.update(info.assigns)

    def run_batch(self, docs: list[DocumentIn]) -> list[Extraction]:
        """One Extraction per document, in order. Whatever one document raises (its parse, its date,
        any stage) is that document's ``error``; the others are extracted as usual.

        A text longer than SEGMENT_CHARS is read in segments (see :mod:`sitroom.read.segments`),
        each parsed and extracted on its own and its records' offsets moved to the whole text's.
        """
        from .read import segments
        from .read.nlp import get_nlp
        from .read.title import title_line_end

        # Segments within spaCy's limit too, whatever it is set to.
        limit = min(segments.SEGMENT_CHARS, get_nlp().max_length)
        out = []
        units: list[tuple[int, int, int, str]] = []  # (document index, segment number, offset, text)
        title_ends: dict[tuple[int, int], int] = {}  # (document index, 0): where the line after its title starts
        for i, d in enumerate(docs):
            ctx, error = _context(d)
            out.append([ctx, error, 0])  # context, error, sentences in the segments done so far
            if ctx is not None and ctx.language == "en":
                pieces = segments.split_segments(d.text, limit)
                units.extend((i, n, offset, piece) for n, (offset, piece) in enumerate(pieces))
                end = title_line_end(d.text, d.title)
                if end is not None and end < len(pieces[0][1]):
                    title_ends[(i, 0)] = end
        for (i, n, offset, piece), doc, error in self._parse(units, title_ends):
            state = out[i]
            if state[1] is not None:
                continue  # an earlier segment failed: the document is reported once
            if error is not None:
                state[1] = error
                continue
            whole = state[0]
            ctx = whole if n == 0 and len(piece) == len(whole.text) else _segment_context(whole, piece)
            ctx.doc = doc
            try:
                for _name, fn in self.stages:
                    fn(ctx)
            except Exception as exc:  # one bad document must not sink the batch
                state[1] = f"extraction failed: {type(exc).__name__}: {_first_line(exc)}"
                continue
            if ctx is not whole:
                sentences = sum(1 for _ in doc.sents)
                _merge_segment(whole, ctx, offset, state[2])
                state[2] += sentences
        results = []
        for (ctx, error, _sentences), d in zip(out, docs):
            if ctx is None:
                ctx = DocContext(d, Published(), None)
            if error is not None:
                ctx.places, ctx.actors, ctx.events, ctx.claims, ctx.flags = [], [], [], [], []
            ctx.doc = None  # the parse is not needed past here; a long document's would hold memory
            _stamp_versions(ctx, self.stage_versions)
            results.append(_to_extraction(ctx, self.version, error))
        return results

    @staticmethod
    def _parse(units: list[tuple[int, int, int, str]], title_ends: Optional[dict[tuple[int, int], int]] = None,
               ) -> Iterator[tuple[tuple[int, int, int, str], Any, Optional[str]]]:
        """(unit, spaCy Doc or None, error or None) for each unit, in order, parsed by nlp.pipe in batches.
        ``title_ends`` marks the units whose first line is their document's title: a sentence starts after it.

        A batch whose parse raises is parsed again one text at a time, so only the text at fault fails.
        """
        from .read.nlp import get_nlp
        from .read.title import with_sentence_start

        nlp = get_nlp()
        title_ends = title_ends or {}

        def given(u):
            end = title_ends.get((u[0], u[1]))
            return u[3] if end is None else with_sentence_start(nlp, u[3], end)

        for batch in _char_batches(units, BATCH_SIZE, BATCH_CHARS):
            try:
                docs = list(nlp.pipe((given(u) for u in batch), batch_size=BATCH_SIZE))
            except Exception:
                docs = None
            for k, unit in enumerate(batch):
                if docs is not None:
                    yield unit, docs[k], None
                    continue
                try:
                    yield unit, nlp(given(unit)), None
                except Exception as exc:
                    yield unit, None, f"parse failed: {type(exc).__name__}: {_first_line(exc)}"

    def extract(self, doc: DocumentIn) -> Extraction:
        return self.run_batch([doc])[0]


def _context(d: DocumentIn) -> tuple[Optional[DocContext], Optional[str]]:
    """The document's context (its publication date and language), or the error that prevented it."""
    from .read.language import detect_language
    from .read.published import find_published

    try:
        return DocContext(d, find_published(d.text, d.published, d.url), detect_language(d.text)), None
    except Exception as exc:  # a date or language that cannot be read fails this document only
        return None, f"reading failed: {type(exc).__name__}: {_first_line(exc)}"


def _segment_context(whole: DocContext, piece: str) -> DocContext:
    """A context for one segment of a long document: its text, the whole document's date and language."""
    return DocContext(whole.doc_in.model_copy(update={"text": piece}), whole.published, whole.language)


_OFFSET_FIELDS = ("start", "end")


def _merge_segment(whole: DocContext, part: DocContext, offset: int, sentences: int) -> None:
    """Append a segment's records to the whole document's, their offsets and sentence numbers moved."""
    from .extract.events.rules import merge_across

    seen: set[int] = set()
    for name in ("places", "actors", "times", "events", "claims", "flags"):
        items = getattr(part, name)
        for item in items:
            _shift(item, offset, sentences, seen)
        if name == "events":
            # One event per document however it is cut: a report repeated in another segment joins the
            # first, as it would within one segment (its fatalities are not counted twice).
            whole.events = merge_across(whole.events, items)
        else:
            getattr(whole, name).extend(items)


def _shift(record: Any, offset: int, sentences: int, seen: set[int]) -> None:
    """Move every character offset (``start``/``end``) and ``sentence`` number in ``record``, nested
    records included, once per object (an event's location is also in the places list)."""
    if id(record) in seen:
        return
    seen.add(id(record))
    for name in type(record).model_fields:
        value = getattr(record, name)
        if name in _OFFSET_FIELDS and isinstance(value, int) and not isinstance(value, bool):
            setattr(record, name, value + offset)
        elif name == "sentence" and isinstance(value, int) and not isinstance(value, bool):
            setattr(record, name, value + sentences)
        elif isinstance(value, BaseModel):
            _shift(value, offset, sentences, seen)
        elif isinstance(value, list):
            for v in value:
                if isinstance(v, BaseModel):
                    _shift(v, offset, sentences, seen)


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else "no detail"


def _stamp_versions(ctx: DocContext, versions: dict[str, str]) -> None:
    """Each item's provenance names the content version of the stage that made it (stages write their
    registered name; the version adds the digest of their code, data and config)."""
    def stamp(item) -> None:
        v = versions.get(getattr(item, "extractor", None))
        if v is not None:
            item.extractor = v

    for items in (ctx.places, ctx.actors, ctx.times, ctx.events, ctx.claims, ctx.flags):
        for item in items:
            stamp(item)
    # The places an event or a claim carries are copies of the places stage's records: the same version.
    for event in ctx.events:
        if event.location is not None:
            stamp(event.location)
    for claim in ctx.claims:
        for place in claim.places:
            stamp(place)


def _to_extraction(ctx: DocContext, version: str, error: Optional[str]) -> Extraction:
    return Extraction(
        id=ctx.doc_in.id, published=ctx.published, language=ctx.language,
        places=ctx.places, actors=ctx.actors, events=ctx.events, claims=ctx.claims, flags=ctx.flags,
        extractor_version=version, error=error,
    )


# The stage option that takes the user's actor catalogues (see Pipeline's ``actors``).
CATALOGUES_OPTION = "extra_catalogues"


def _with_catalogues(cfg: dict[str, Any], actors: tuple[str, ...]) -> dict[str, Any]:
    """A stage's config with the user's actor catalogues added, when the stage takes them."""
    if not actors or CATALOGUES_OPTION not in cfg:
        return cfg
    return {**cfg, CATALOGUES_OPTION: tuple(cfg[CATALOGUES_OPTION] or ()) + tuple(actors)}


# --- parallel execution ---------------------------------------------------------------

_WORKER_PIPELINE: Optional[Pipeline] = None


def _init_worker(stages: tuple[str, ...], config: Optional[dict], actors: tuple[str, ...] = ()) -> None:
    global _WORKER_PIPELINE
    import signal

    # Ctrl-C reaches the whole process group: it is the parent's to handle, not each worker's to print.
    # The parent stops the pool with SIGTERM, which must end a worker quietly, whatever handler the fork
    # inherited from the parent (the CLI turns SIGTERM into an interrupt).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER_PIPELINE = Pipeline(stages, config, actors)


def _run_in_worker(batch: list[DocumentIn]) -> list[Extraction]:
    assert _WORKER_PIPELINE is not None
    return _WORKER_PIPELINE.run_batch(batch)


def _char_batches(units: list[tuple[int, int, int, str]], size: int, chars: int) -> Iterator[list]:
    """Units in batches of at most ``size`` units and ``chars`` characters (a longer unit goes alone)."""
    batch: list = []
    total = 0
    for unit in units:
        if batch and (len(batch) >= size or total + len(unit[3]) > chars):
            yield batch
            batch, total = [], 0
        batch.append(unit)
        total += len(unit[3])
    if batch:
        yield batch


def _batches(docs: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for d in docs:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_stream(
    docs: Iterable[DocumentIn],
    jobs: int = 1,
    stages: Iterable[str] = DEFAULT_STAGES,
    config: Optional[dict] = None,
    batch_size: int = BATCH_SIZE,
    actors: tuple[str, ...] = (),
) -> Iterator[Extraction]:
    """Extract from a stream of documents, in input order, on ``jobs`` processes (``actors``: user actor
    catalogue files, see :class:`Pipeline`)."""
    stages = tuple(stages)
    actors = tuple(actors)
    if jobs <= 1:
        pipe = Pipeline(stages, config, actors)
        for batch in _batches(docs, batch_size):
            yield from pipe.run_batch(batch)
        return
    # fork shares the loaded model pages copy-on-write; spawn would reload everything.
    ctx = mp.get_context("fork")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(stages, config, actors)) as pool:
        for result in pool.imap(_run_in_worker, _batches(docs, batch_size), chunksize=1):
            yield from result
