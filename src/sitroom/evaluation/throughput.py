"""Throughput of `sitroom extract` against bare spaCy parsing of the same texts, in one run.

The baseline is spaCy's en_core_web_sm parsing the same texts with nlp.pipe on the same
number of processes: sitroom cannot be faster than its own parse, so the ratio says how
much all the extractors together cost on top of it. Peak memory is the largest summed
proportional set size (PSS) of this process and its workers, sampled from /proc while each
phase runs.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..records import DocumentIn


@dataclass
class PhaseResult:
    name: str
    seconds: float
    docs: int
    chars: int
    peak_rss_mb: float

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


@dataclass
class ThroughputResult:
    baseline: PhaseResult
    sitroom: PhaseResult
    jobs: int

    @property
    def ratio(self) -> float:
        return self.sitroom.docs_per_s / self.baseline.docs_per_s if self.baseline.docs_per_s else 0.0


def clip_text(text: str, max_chars: int) -> str:
    """The text cut at the last sentence end before ``max_chars`` (whole text when shorter)."""
    if len(text) <= max_chars:
        return text
    cut = max(text.rfind(". ", 0, max_chars), text.rfind("\n", 0, max_chars))
    return text[: cut + 1] if cut > max_chars // 2 else text[:max_chars]


def load_corpus(path: Optional[str], n_docs: int, max_chars: Optional[int] = None) -> list[DocumentIn]:
    """Documents for the benchmark: a JSONL file of {id, text, ...} or a folder of .txt/.jsonl files.

    With no path, the bundled sample reports (real news and government releases).
    The list is repeated up to ``n_docs`` when the corpus is smaller.
    """
    from ..data import samples_path

    from ..errors import InputError

    root = Path(path) if path else samples_path()
    if not root.exists():
        raise InputError(str(root), "no such file or folder")
    docs: list[DocumentIn] = []
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix in (".jsonl", ".txt"))
    for f in files:
        if f.suffix == ".jsonl":
            for i, line in enumerate(f.open(encoding="utf-8")):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    raise InputError(f"{f}:{i + 1}", f"not a JSON object: {exc}") from None
                if isinstance(obj, dict) and isinstance(obj.get("text"), str) and obj["text"].strip():
                    docs.append(DocumentIn(id=str(obj.get("id", f"{f.stem}-{i}")), text=obj["text"], published=obj.get("published")))
        else:
            docs.append(DocumentIn(id=f.stem, text=f.read_text(encoding="utf-8")))
    if not docs:
        raise InputError(str(root), "no documents: give a JSONL file of {id, text} lines or a folder of .txt/.jsonl files")
    if max_chars:
        docs = [d.model_copy(update={"text": clip_text(d.text, max_chars)}) for d in docs]
    out = []
    while len(out) < n_docs:
        out.extend(docs[: n_docs - len(out)])
    return [d.model_copy(update={"id": f"{d.id}#{i}"}) for i, d in enumerate(out)]


class _RssSampler:
    """Samples the summed PSS of this process and its children from /proc."""

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self):
        me = os.getpid()
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, _tree_rss_kb(me))
            self._stop.wait(self.interval)


def _tree_rss_kb(root: int) -> int:
    """Summed proportional set size (PSS) of ``root`` and its descendants, in kB.

    PSS splits pages shared between forked workers (the model, the gazetteer) among them,
    so the sum is the memory the process tree really occupies; summing RSS would count the
    shared model once per worker.
    """
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
        except (OSError, ValueError, IndexError):
            continue
    total = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        total += _pss_kb(pid)
        stack.extend(children.get(pid, []))
    return total


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _phase(name: str, docs: list[DocumentIn], run) -> PhaseResult:
    with _RssSampler() as sampler:
        t0 = time.perf_counter()
        n = run()
        seconds = time.perf_counter() - t0
    assert n == len(docs), f"{name} processed {n} of {len(docs)} documents"
    return PhaseResult(name, seconds, len(docs), sum(len(d.text) for d in docs), sampler.peak_kb / 1024)


def run_throughput(docs: list[DocumentIn], jobs: int = 1) -> ThroughputResult:
    """Time bare spaCy and the full sitroom pipeline on the same documents."""
    from ..pipeline import extract_stream
    from ..read.nlp import get_nlp

    texts = [d.text for d in docs]
    nlp = get_nlp()
    # Warm up both paths (model load, gazetteer index, classifier) outside the timed phases.
    list(nlp.pipe(texts[:4]))
    for _ in extract_stream(docs[:4], jobs=1):
        pass

    def bare() -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=16, n_process=jobs))

    def full() -> int:
        return sum(1 for _ in extract_stream(docs, jobs=jobs))

    baseline = _phase("spaCy en_core_web_sm", docs, bare)
    ours = _phase("sitroom extract", docs, full)
    return ThroughputResult(baseline, ours, jobs)
