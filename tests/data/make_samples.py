"""Rebuild the bundled sample reports in src/sitroom/data/samples/ (what `make demo` ingests).

Real, redistributable text only, each with its attribution in samples/ATTRIBUTION.md:
- the project's seed article (../shared/seed/);
- US government releases (CENTCOM, US State Department: public domain) and UK
  government texts (Open Government Licence v3.0) from dstl re3d;
- news articles from the HRDsAttack corpus (MIT licence), chosen for armed groups,
  gangs and state forces acting against people; they include one syndicated pair
  (a Reuters story and another outlet's re-edit) and two different reports of the
  same kidnapping in Haiti, so the demo shows a near-duplicate linked and one not.
Run from the repository root with ../shared present:  .venv/bin/python tests/data/make_samples.py
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DEVDATA = SHARED / "devdata"
SAMPLES = ROOT / "src" / "sitroom" / "data" / "samples"

RE3D = {
    "CENTCOM": [
        "Death of Abu Jandal al-Kuwaiti", "Coalition Strikes Mosul Hospital", "Airstrikes destroy ISIL",
        "SDF initiate next phase of Raqqah isolation", "January 9: Military airstrikes continue",
        "DoD Identifies Fallen U.S. Service Member in Syria", "Iraqis Hold Line Against ISIL",
    ],
    "US State Department": [
        "Terrorist Attacks in Iraq", "Da'esh Attacks in Jabla and Tartus", "Rocket Attack on Camp Hurriya",
        "U.S. Condemns Terrorist Attack in Hasaka", "Terrorist Attacks in Baghdad",
    ],
    "UK Government": [
        "Minister for the Middle East condemns attack in Baghdad", "Foreign Secretary condemns further Syrian barrel",
        "FCO Minister: Reports that ISIL have murdered 70", "Minister Ellwood condemns terrorist attack in al-Hilla",
        "Liberation of Sinjar from ISIL terrorists", "Foreign Secretary statement on Syria aid convoy attack",
    ],
}
# HRDsAttack train.json indices (and one dev.json item), in the order written.
HRDS_TRAIN = [50, 80, 170, 72, 159, 6, 97, 12, 51, 179, 140, 228, 233, 197, 249, 196, 137, 41, 100, 295, 20,
              208, 1, 207]
HRDS_DEV = [69]  # the second Haiti report


def re3d_records() -> list[dict]:
    out = []
    for source, titles in RE3D.items():
        docs = [json.loads(line) for line in
                (DEVDATA / "re3d" / source / "documents.json").read_text(encoding="utf-8").splitlines() if line.strip()]
        for start in titles:
            [doc] = [d for d in docs if d["title"].startswith(start)]
            out.append({"id": f"re3d-{doc['_id']}", "title": doc["title"].strip(), "url": doc["sourceUrl"],
                        "source": source, "text": doc["text"].strip() + "\n"})
    return out


def hrds_records() -> list[dict]:
    train = json.loads((DEVDATA / "hrdsattack" / "train.json").read_text(encoding="utf-8"))
    dev = json.loads((DEVDATA / "hrdsattack" / "dev.json").read_text(encoding="utf-8"))
    chosen = [("train", i, train[i]) for i in HRDS_TRAIN] + [("dev", i, dev[i]) for i in HRDS_DEV]
    out = []
    for split, index, item in chosen:
        sample = item["sample"]
        paras = [html.unescape(p).strip() for p in
                 re.findall(r"<p>(.*?)</p>", sample["Input.article_interface"], re.DOTALL)]
        text = "\n\n".join(p for p in paras if p) + "\n"
        out.append({"id": f"hrdsattack-{split}-{index}", "title": sample["Input.title"].strip(),
                    "published": sample["Input.publish_date"], "text": text})
    return out


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def attribution(re3d: list[dict], news: list[dict]) -> str:
    licences = {name: (DEVDATA / path).read_text(encoding="utf-8").strip() for name, path in [
        ("CENTCOM", "re3d/CENTCOM/LICENSE"), ("US State Department", "re3d/US State Department/LICENSE"),
        ("UK Government", "re3d/UK Government/LICENSE"), ("HRDsAttack", "hrdsattack/LICENSE"),
    ]}
    lines = [
        "# Sample reports: sources and licences",
        "",
        "These reports are bundled so that `make demo` has real text to work on. Nothing here was written",
        "for sitroom; each file is listed with where it came from and the terms under which it is shared.",
        "",
        "## seed/afghanistan-escalation-2021-07.txt",
        "",
        "The project's seed article, copied unchanged from `../shared/seed/` where it was supplied with the",
        "project brief for redistribution as sitroom's reference input. The file names no publisher and no",
        "date; sitroom infers its publication date (2021-07-12) from the text.",
        "",
        "## re3d.jsonl: US and UK government texts",
        "",
        "From the dstl re3d corpus (Defence Science and Technology Laboratory, annotated by Aleph Insights",
        "with Committed Software). Each line: `id` (re3d- plus the corpus `_id`), `title`, `url` (the",
        "original page), `source` (the publishing body), `text` (the corpus text, unchanged).",
        "",
        "- CENTCOM (US Central Command) press releases and news articles: public domain, see licence below.",
        "- US State Department releases: public domain, see licence below.",
        "- UK Government (GOV.UK) news: Open Government Licence v3.0. Contains public sector information",
        "  licensed under the Open Government Licence v3.0.",
        "",
        "| id | source | title |",
        "|---|---|---|",
    ]
    lines += [f"| {r['id']} | {r['source']} | {r['title']} |" for r in re3d]
    lines += [
        "",
        "## news.jsonl: news articles from HRDsAttack",
        "",
        "From the HRDsAttack corpus (Dataminr, 2023; MIT licence, copyright (c) 2023 Shihao Ran): full news",
        "articles about attacks on human-rights defenders. Each line: `id` (hrdsattack-<split>-<index in",
        "the split's JSON list>), `title` (`Input.title`), `published` (`Input.publish_date`), `text` (the",
        "paragraphs of `Input.article_interface`, HTML entities decoded, joined by blank lines). The",
        "corpus gives no outlet names or URLs, so none are given here.",
        "",
        "`hrdsattack-train-41` and `hrdsattack-train-100` are the same Reuters story as published by two",
        "outlets (a syndicated copy). `hrdsattack-train-295` and `hrdsattack-dev-69` are two outlets' own",
        "reports on the same kidnapping in Haiti (distinct articles).",
        "",
        "| id | published | title |",
        "|---|---|---|",
    ]
    lines += [f"| {r['id']} | {r['published']} | {r['title']} |" for r in news]
    lines += ["", "## Licence texts", ""]
    for name, text in licences.items():
        lines += [f"### {name}", "", "```", text, "```", ""]
    return "\n".join(lines)


def main() -> None:
    SAMPLES.mkdir(parents=True, exist_ok=True)
    (SAMPLES / "seed").mkdir(exist_ok=True)
    shutil.copyfile(SHARED / "seed" / "afghanistan-escalation-2021-07.txt",
                    SAMPLES / "seed" / "afghanistan-escalation-2021-07.txt")
    re3d, news = re3d_records(), hrds_records()
    write_jsonl(SAMPLES / "re3d.jsonl", re3d)
    write_jsonl(SAMPLES / "news.jsonl", news)
    (SAMPLES / "ATTRIBUTION.md").write_text(attribution(re3d, news) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
