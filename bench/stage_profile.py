"""Per-stage cost of the pipeline as a share of the bare spaCy parse of the same documents.

Usage: .venv/bin/python bench/stage_profile.py [N_DOCS]   (bundled sample reports, repeated to N)
Each stage must stay a small fraction of the parse for `sitroom bench throughput` to hold its target.
"""
import time, sys
from sitroom.evaluation.throughput import load_corpus
from sitroom.pipeline import Pipeline, DocContext
from sitroom.read.nlp import get_nlp
from sitroom.read.published import find_published
from sitroom.read.language import detect_language
n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
docs = load_corpus(None, n)
p = Pipeline(); p.run_batch(docs[:3])
nlp = get_nlp()
t = time.perf_counter(); parsed = list(nlp.pipe([d.text for d in docs], batch_size=16)); spacy_t = time.perf_counter() - t
times = {name: 0.0 for name, _ in p.stages}; pre = 0.0
for d, doc in zip(docs, parsed):
    t = time.perf_counter()
    ctx = DocContext(d, find_published(d.text, d.published), detect_language(d.text)); ctx.doc = doc
    pre += time.perf_counter() - t
    for name, fn in p.stages:
        t = time.perf_counter(); fn(ctx); times[name] += time.perf_counter() - t
print(f"spacy {spacy_t:.2f}s  read(pub+lang) {pre:.2f}s ({pre/spacy_t:.1%})")
for k, v in times.items(): print(f"{k:35s} {v:.2f}s  {v/spacy_t:.1%}")
print("total extra", f"{(pre+sum(times.values()))/spacy_t:.1%}")
