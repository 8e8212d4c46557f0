#!/usr/bin/env python3
"""Carve the real reports of the dev pages and the seed page into structured report files.

usage: carve_reports.py SHARED_DIR OUT_DIR

SHARED_DIR holds dev-pages/ (page-*.txt, expected.json), gold/seed-gold.json and seeds/.
Writes OUT_DIR/<id>.json per report and OUT_DIR/captions.json (the real photo captions of the
pages) and OUT_DIR/running-heads.json. A report file: id, origin (page and lines), title_lines,
byline (the byline line as printed, or null), byline_in_lead (the credit sits inside the
opening 本报讯（…）), place_label (the place line, or null), blocks (paragraphs and headings in
order, text with the PDF line breaks and mid-sentence blank lines removed) and reading (the
report's entry as expected.json gives it, so that re-laid pages can be scored).

Paragraphs are rebuilt from the page: a paragraph ends where a line ends a sentence (。！？…,
or a closing quote after one) and the next line starts a new one, which the page shows by a
blank line, by a short last line, or by the next line opening a heading or a lead phrase."""
import json, re, sys
from pathlib import Path

ENDERS = "。！？…"
# The seed page's PDF text puts a space between a digit and a Chinese character ("提拔 12名");
# the readings' texts drop it.
DIGIT_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=\d)|(?<=\d) +(?=[\u4e00-\u9fff])")
CLOSERS = "”’」』）)"


def ws(s):
    return re.sub(r"\s+", "", s or "")


def ends_sentence(text):
    text = text.rstrip()
    while text and text[-1] in CLOSERS:
        text = text[:-1]
    return bool(text) and text[-1] in ENDERS


def find_run(lines, start, stop, target):
    """The first run of 1-3 non-blank lines in [start, stop) whose joined text is target."""
    target = ws(target)
    for i in range(start, stop):
        joined = ""
        for j in range(i, min(stop, i + 3)):
            if not lines[j].strip():
                break
            joined += ws(lines[j])
            if joined == target:
                return list(range(i, j + 1))
            if not target.startswith(joined):
                break
    return None


def column_width(lines):
    lengths = sorted(len(l.strip()) for l in lines if l.strip())
    return lengths[int(len(lengths) * 0.8)] if lengths else 20


def rebuild(lines, headings, leads, short_ends=True):
    """Body lines (blank lines kept) → blocks of paragraphs and headings. With short_ends, a
    sentence-final line well short of the column also ends its paragraph (the dev pages); the
    seed page marks every paragraph end with a blank line, so it is read without."""
    width = column_width(lines)
    heading_lines = {}
    for h in headings:
        run = find_run(lines, 0, len(lines), h)
        if run is None:
            raise SystemExit(f"heading not found: {h}")
        heading_lines[run[0]] = (run, h)
    blocks, current, i = [], "", 0
    starts = [ws(x) for x in leads]

    def flush():
        nonlocal current
        if current:
            blocks.append({"kind": "paragraph", "text": current})
        current = ""

    while i < len(lines):
        if i in heading_lines:
            flush()
            run, h = heading_lines[i]
            blocks.append({"kind": "heading", "text": h})
            i = run[-1] + 1
            continue
        line = lines[i].strip()
        i += 1
        if not line:
            continue
        current += DIGIT_SPACE.sub("", line)
        nxt = i
        while nxt < len(lines) and not lines[nxt].strip():
            nxt += 1
        blank_after = nxt > i
        rest = "".join(ws(l) for l in lines[nxt:nxt + 4])
        opens = any(rest.startswith(s) for s in starts if s)
        short = short_ends and len(line) <= width - 3
        if ends_sentence(line) and (blank_after or short or opens or nxt >= len(lines)):
            flush()
    flush()
    return blocks


def body_start(lines, opening, after):
    o = ws(opening)
    for i in range(after, len(lines)):
        w = ws(lines[i])
        if len(w) >= 4 and (o.startswith(w) or w.startswith(o)):
            return i
    raise SystemExit(f"opening not found: {opening}")


def caption_lines(lines, text):
    first = ws(text)[:6]
    for i, l in enumerate(lines):
        if ws(l).startswith(first):
            joined, j = "", i
            while j < len(lines) and lines[j].strip():
                joined += ws(lines[j]); j += 1
                if joined == ws(text):
                    return list(range(i, j))
    raise SystemExit(f"caption not found: {text}")


def carve_dev(shared, out):
    reading = json.load(open(shared / "dev-pages/expected.json"))
    captions, heads = [], []
    for page_name, page in reading["pages"].items():
        lines = (shared / "dev-pages" / page_name).read_text().split("\n")
        furniture = set()
        for c in page.get("captions", []):
            furniture |= set(caption_lines(lines, c["text"]))
            text, credit = split_credit(c["text"], c["photographer"])
            captions.append({"text": text, "photographer": c["photographer"], "credit": credit, "origin": page_name})
        for head in page.get("running_heads", []):
            heads.append(head["lines"])
            furniture |= {i for i, l in enumerate(lines) if l.strip() in head["lines"]}
        starts, after = [], 0
        for a in page["articles"]:
            after = body_start(lines, a["opens_with"], after)
            starts.append(after)
            after += 1
        for a in page["articles"]:
            for part in a["title_lines"] + [a.get("author"), a["place"].get("label") if a["place"].get("label_on_page") else None]:
                if part:
                    furniture |= {i for i, l in enumerate(lines) if l.strip() == part.strip()}
        for k, a in enumerate(page["articles"]):
            end = starts[k + 1] if k + 1 < len(page["articles"]) else len(lines)
            body = [l if i not in furniture else "" for i, l in enumerate(lines[starts[k]:end], starts[k])]
            leads = [x["text"] if isinstance(x, dict) else x for x in a.get("lead_phrases", [])]
            blocks = rebuild(body, a.get("section_headings", []), leads)
            place = a["place"]
            write(out, {
                "id": a["id"], "origin": f"{page_name} lines {starts[k] + 1}-{end}",
                "title_lines": a["title_lines"],
                "byline": a["author"] if a.get("byline_position") != "lead" else None,
                "byline_in_lead": a.get("byline_position") == "lead",
                "place_label": place.get("label") if place.get("label_on_page") else None,
                "blocks": blocks, "reading": a})
    return captions, heads


def split_credit(text, photographer):
    """A caption's text and its credit as printed ("通讯员 某某 摄", "某某 摄", "摄影 某某")."""
    name = re.escape(photographer)
    m = re.search(r"\s*((?:通讯员\s*)?" + name + r"\s*摄|摄影\s*" + name + r")\s*$", text)
    return (text[:m.start()], m.group(1)) if m else (text, photographer + " 摄")


def carve_seed(shared, out):
    gold = json.load(open(shared / "gold/seed-gold.json"))
    lines = (shared / "seeds" / gold["seed"]).read_text().split("\n")
    arts = gold["articles"]
    for k, a in enumerate(arts):
        first, last = a["body_lines"]
        stop = arts[k + 1]["body_lines"][0] - 1 if k + 1 < len(arts) else len(lines)
        title_run = find_run(lines, last, stop, a["title"]) or find_run(lines, last, stop, a.get("title_alternatives", [a["title"]])[0])
        title_lines = [lines[i].strip() for i in title_run]
        headings = [s["heading"] for s in a["sections"] if s["heading"]]
        leads = [p["lead"] for s in a["sections"] for p in s["practices"] if p["lead"]]
        blocks = rebuild(lines[first - 1:last], headings, leads, short_ends=False)
        level = 2 if headings else 1
        reading = {
            "id": "seed-" + a["id"], "source": f"seeds/{gold['seed']}", "publication": "the seed page",
            "truncated": False,
            "place": {"province": "贵州省", "county": a["county"], "township": a["township"], "village": None,
                      "label": a.get("place_tag") or a["county_short"], "label_on_page": bool(a.get("place_tag"))},
            "county_short": a["county_short"],
            "title": a["title"], "title_lines": title_lines, "author": a["author"],
            "section_headings": headings,
            "lead_phrases": [{"text": x + "。", "level": level} for x in leads],
            "mechanisms": a["mechanisms"],
            "metrics": [{k2: m[k2] for k2 in ("text", "value", "unit", "value_normalized", "approx")} for m in a["metrics"]],
        }
        if a.get("title_alternatives"):
            reading["title_alternatives"] = a["title_alternatives"]
        write(out, {"id": reading["id"], "origin": f"{gold['seed']} lines {first}-{last}", "title_lines": title_lines,
                    "byline": a["author"], "byline_in_lead": False,
                    "place_label": a.get("place_tag"), "blocks": blocks, "reading": reading})
    cap = gold["photo_caption"]
    return [{"text": cap["text"], "photographer": cap["photographer"], "credit": cap["photographer"] + " 摄",
             "origin": gold["seed"]}]


def write(out, report):
    (out / f"{report['id']}.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n")


def main():
    shared, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    captions, heads = carve_dev(shared, out)
    captions += carve_seed(shared, out)
    (out / "captions.json").write_text(json.dumps(captions, ensure_ascii=False, indent=1) + "\n")
    (out / "running-heads.json").write_text(json.dumps(heads, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
