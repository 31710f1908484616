"""A copy of a detector file that types with the document's context (detector.p_type_in_document).

Usage: .venv/bin/python bench/type_context.py SRC OUT [--weights CONTEXT LEDE] [--eps EPS]
       then e.g. .venv/bin/python bench/rules_oof.py --detector OUT --skip-articles IDS (the train + dev
       articles SRC never saw) or SITROOM_EVENTS_DETECTOR=OUT sitroom bench events --split dev

The detector's weights are copied unchanged; only its context weights are set (defaults: detector.py's
CONTEXT_WEIGHT, LEDE_WEIGHT, CONTEXT_EPS), and its meta records them with the source file's hash, so a
detector built before the option (the shipped one) can be measured with it without a rebuild.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path


def main(argv=None) -> int:
    from sitroom.extract.events.detector import CONTEXT_EPS, CONTEXT_WEIGHT, LEDE_WEIGHT, EventDetector

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", type=Path, help="the detector file to copy")
    ap.add_argument("out", type=Path, help="the file to write")
    ap.add_argument("--weights", type=float, nargs=2, default=[CONTEXT_WEIGHT, LEDE_WEIGHT],
                    metavar=("CONTEXT", "LEDE"), help="weights of the other event units and of the lede")
    ap.add_argument("--eps", type=float, default=CONTEXT_EPS, help="added to each distribution before its log")
    a = ap.parse_args(argv)
    if not a.src.exists():
        ap.error(f"{a.src} does not exist")
    if a.eps <= 0:
        ap.error(f"--eps {a.eps}: must be above 0 (the log of a distribution)")
    det = EventDetector.load(a.src)
    det.context_weight, det.lede_weight = a.weights
    det.context_eps = a.eps
    det.meta = {**det.meta, "type_context": {"context_weight": a.weights[0], "lede_weight": a.weights[1],
                                             "context_eps": a.eps, "command": "python bench/type_context.py",
                                             "source_sha256": hashlib.sha256(a.src.read_bytes()).hexdigest()}}
    det.save(a.out)
    print(f"wrote {a.out}: {a.src} typing with context weight {a.weights[0]}, lede {a.weights[1]}, eps {a.eps}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
