#!/usr/bin/env python3
"""Lay the seed page's reading out as a page set, so that it is scored with the dev pages.

usage: seed_reading.py FIXTURES_DIR

Reads FIXTURES_DIR/reports/seed-*.json (each report's `reading`, from carve_reports.py) and
FIXTURES_DIR/seed-gold.json (the photo caption), and writes FIXTURES_DIR/seed-page/: the seed
page (from seeds/ of the repository) and an expected.json in the dev pages' format, the
reports in the page's order. `jingyan-bench fit` then fits the segmentation's weights on the
seed page too."""
import json, re, shutil, sys
from pathlib import Path

fixtures = Path(sys.argv[1])
gold = json.loads((fixtures / "seed-gold.json").read_text(encoding="utf-8"))
reports = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((fixtures / "reports").glob("seed-*.json"))]
reports.sort(key=lambda r: int(re.search(r"lines (\d+)", r["origin"]).group(1)))
page = gold["seed"]
out = fixtures / "seed-page"
out.mkdir(exist_ok=True)
shutil.copyfile(Path(__file__).resolve().parent.parent / "seeds" / page, out / page)
caption = gold["photo_caption"]
reading = {
    "description": "The seed page as a page set: its five reports' readings (reports/seed-*.json) in page order.",
    "pages": {page: {"articles": [r["reading"] for r in reports],
                     "captions": [{"text": caption["text"], "photographer": caption["photographer"]}]}},
}
(out / "expected.json").write_text(json.dumps(reading, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{out}: {len(reports)} reports")
