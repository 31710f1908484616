"""Check that `sitroom extract` gives the same output as a saved baseline (for refactors that must not
change behaviour).

    .venv/bin/python bench/check_same_output.py --save DIR   # take the baseline
    .venv/bin/python bench/check_same_output.py DIR          # compare against it; exit 1 on any difference

Runs `sitroom extract` on the bundled samples (news.jsonl, re3d.jsonl) and on the seed article (one JSONL
document, published 2021-07-12), and removes every "extractor"/"extractor_version" field before
comparing: those carry content digests of the code, which change with any edit.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "sitroom" / "data" / "samples"
SEED = Path("/work/shared/seed/afghanistan-escalation-2021-07.txt")
if not SEED.exists():
    SEED = SAMPLES / "seed" / "afghanistan-escalation-2021-07.txt"
STRIP = {"extractor", "extractor_version"}


def _strip(value):
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in STRIP}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _inputs(tmp: Path) -> dict[str, Path]:
    seed = tmp / "seed.jsonl"
    seed.write_text(json.dumps({"id": "seed", "text": SEED.read_text(encoding="utf-8"),
                                "published": "2021-07-12"}) + "\n", encoding="utf-8")
    return {"news": SAMPLES / "news.jsonl", "re3d": SAMPLES / "re3d.jsonl", "seed": seed}


def run(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    sitroom = Path(sys.executable).with_name("sitroom")
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in _inputs(Path(tmp)).items():
            raw = Path(tmp) / f"{name}.raw.jsonl"
            subprocess.run([str(sitroom), "extract", "--input", str(path), "--output", str(raw)],
                           check=True, env=os.environ.copy())
            lines = [json.dumps(_strip(json.loads(line)), ensure_ascii=False)
                     for line in raw.read_text(encoding="utf-8").splitlines() if line.strip()]
            (out_dir / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("baseline", type=Path, help="directory holding (or to receive) the stripped outputs")
    ap.add_argument("--save", action="store_true", help="write the baseline instead of comparing")
    args = ap.parse_args()
    if args.save:
        run(args.baseline)
        print(f"baseline written to {args.baseline}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        run(Path(tmp))
        differ = [p.name for p in sorted(args.baseline.glob("*.jsonl"))
                  if (Path(tmp) / p.name).read_bytes() != p.read_bytes()]
    for name in differ:
        print(f"DIFFERENT: {name}")
    print("identical" if not differ else f"{len(differ)} output(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
