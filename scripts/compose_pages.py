#!/usr/bin/env python3
"""Lay the carved real reports out again: newspaper pages as PDF text gives them, and web copies.

usage: compose_pages.py REPORTS_DIR OUT_DIR [--seed N] [--rounds 2] [--pages-per-round 4]

REPORTS_DIR is what scripts/carve_reports.py wrote (one JSON per report, captions.json,
running-heads.json). Python 3 standard library only; the output depends only on the inputs
and --seed.

Writes, each with an expected.json in the schema of dev-pages/expected.json (pages → articles
with id/title/title_lines/author/place/section_headings/lead_phrases/mechanisms/metrics, and
captions), so score.py (mode pages) and the Swift scorer can score them:
- OUT/pages-a, OUT/pages-b, …: one round each; a round lays every report out once over a few
  pages (3-6 reports a page, random order). Scoring matches articles by title over the whole
  extraction, so a report must not appear twice in one scored set: hence rounds.
- OUT/web: one file per report, as copied from a news site or WeChat.

Page variations, drawn per page and per article: column widths 12-27 (±1 where a line holds
compressed punctuation), lines broken wherever the width runs out, blank lines at random column
breaks inside paragraphs, blank lines between paragraphs or not; the title block after the body
in the five arrangements of the seed page, or the title first (first report of a page); two-line
titles; headings wrapped onto two lines when wider than the column; news briefs whose byline is
inside 本报讯（…）; real photo captions with credits "某某 摄", "通讯员 某某 摄", "摄影 某某",
"（某某 摄）" (a 通讯员 keeps the word); running page heads between reports."""
import argparse, json, random, re
from pathlib import Path

ARRANGEMENTS = ["title_author_place", "title2_author", "title_place_author", "place_title2_author", "placetitle_author"]
READING_KEYS = ["id", "title", "title_alternatives", "title_lines", "author", "place", "county_short",
                "section_headings", "lead_phrases", "mechanisms", "metrics"]
# Made up for these pages, like page-e's: no article's title, byline or date.
RUNNING_HEADS = [
    ["2024年6月18日 星期二", "基层治理周刊 5 经验交流 责任编辑：周敏"],
    ["综合新闻", "2023年11月7日 第4版 编辑：何一鸣 校对：孙丽"],
]
PUNCT = set("，。、；：？！“”‘’（）《》——…")


def load(reports_dir):
    reports = [json.loads(p.read_text()) for p in sorted(reports_dir.glob("*.json"))
               if p.name not in ("captions.json", "running-heads.json")]
    captions = json.loads((reports_dir / "captions.json").read_text())
    heads = json.loads((reports_dir / "running-heads.json").read_text()) + RUNNING_HEADS
    return reports, captions, heads


NO_LINE_START = set("，。、；：？！”’）》」…—%")


def wrap(text, width, rng, blank_rate=0.0):
    """PDF-style lines: break wherever the width runs out, as Chinese typesetting does: a closing
    mark never opens a line (the line is set a character or two wider), a run of digits or Latin
    letters is not split; digits and Latin letters take half a character's width, as newspapers
    set them; now and then a blank line where a column breaks."""
    lines, i = [], 0
    while i < len(text):
        end, cells = i, 0
        while end < len(text) and cells + (1 if text[end].isascii() else 2) <= 2 * width:
            cells += 1 if text[end].isascii() else 2
            end += 1
        if sum(ch in PUNCT for ch in text[i:end]) >= 2 and rng.random() < 0.3:
            end -= 1
        while end < len(text) and end - i < width + 2 and text[end] in NO_LINE_START:
            end += 1
        run = end
        while 0 < run < len(text) and is_ascii_word(text[run - 1]) and is_ascii_word(text[run]):
            run -= 1
        if i < run < end:
            end = run
        line = text[i:end].strip()
        i = end
        if line:
            lines.append(line)
        if i < len(text) and rng.random() < blank_rate:
            lines.append("")
    return lines


def is_ascii_word(ch):
    return ch.isascii() and (ch.isalnum() or ch in ".%+")


def render_body(report, style, rng):
    out = []
    for block in report["blocks"]:
        if block["kind"] == "heading":
            if out and out[-1] != "" and rng.random() < 0.7:
                out.append("")
            head = block["text"]
            if len(head) > style["width"] + 2:
                cut = style["width"] + rng.choice([0, 1, 2])
                out += [head[:cut], head[cut:], ""]
            else:
                out.append(head)
            continue
        out += wrap(block["text"], style["width"], rng, style["blank_rate"])
        if rng.random() < style["para_blank"]:
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return out


def title_lines(report, rng):
    lines = list(report["title_lines"])
    if len(lines) == 2 and " " in report["reading"]["title"] and rng.random() < 0.25:
        return [" ".join(lines)]
    return lines


def trailer(arrangement, titles, byline, place):
    """The block printed after the body, in one of the seed page's five arrangements."""
    b, p = ([byline] if byline else []), ([place] if place else [])
    if arrangement == "title_author_place":
        block = titles + b + ([""] + p if p else [])
    elif arrangement == "title2_author":
        block = titles + ([""] + b if b else []) + ([""] + p if p else [])
    elif arrangement == "title_place_author":
        block = titles + p + ([""] + b if b else [])
    elif arrangement == "place_title2_author":
        block = (p + [""] if p else []) + titles + ([""] + b if b else [])
    else:  # placetitle_author: the title carries the place; no place line
        block = titles + b
    return [""] + block + [""]


def as_brief(report, byline, rng):
    """A news brief: the credit moves inside the opening 本报讯（…）; returns (blocks, credit)."""
    blocks = [dict(b) for b in report["blocks"]]
    first = blocks[0]["text"]
    credit = byline if re.search(r"记者|通讯员", byline) else "记者 " + byline
    rest = first[4:].lstrip() if first.startswith("本报讯") else first
    blocks[0]["text"] = f"本报讯（{credit}）{rest}"
    return blocks, credit


def reading_entry(report, **changes):
    entry = {k: report["reading"][k] for k in READING_KEYS if k in report["reading"]}
    entry["place"] = dict(entry.get("place") or {})
    for key, value in changes.items():
        if key == "label_on_page":
            entry["place"]["label_on_page"] = value
        else:
            entry[key] = value
    return entry


def render_article(report, first, style, rng):
    """The lines of one report on a page and its reading entry."""
    byline, place = report["byline"], report["place_label"]
    author = report["reading"].get("author")
    layout = {}
    if byline and not report["byline_in_lead"] and rng.random() < 0.2:
        blocks, author = as_brief(report, byline, rng)
        report, byline = dict(report, blocks=blocks, byline_in_lead=True), None
        layout["brief"] = True
    titles = title_lines(report, rng)
    body = render_body(report, style, rng)
    if first and rng.random() < 0.8:
        lines = titles + [""] + ([byline, ""] if byline else []) + body
        layout["arrangement"], place = "title_first", None
    else:
        arrangement = rng.choice(ARRANGEMENTS)
        if arrangement == "placetitle_author":
            place = None
        lines = body + trailer(arrangement, titles, byline, place)
        layout["arrangement"] = arrangement
    entry = reading_entry(report, title_lines=titles, author=author, label_on_page=bool(place), layout=layout)
    return lines, entry


def render_caption(caption, rng):
    width = rng.randint(8, 12)
    # The credit changes form, never the photographer's role: a 通讯员 stays one, no one becomes one.
    if caption["credit"].startswith("通讯员"):
        form = rng.choice(["通讯员 {p} 摄", "（通讯员 {p} 摄）"])
    else:
        form = rng.choice(["{p} 摄", "摄影 {p}", "（{p} 摄）"])
    credit = form.format(p=caption["photographer"])
    lines = wrap(caption["text"], width, rng)
    if rng.random() < 0.5 and len(lines[-1]) + len(credit) <= width + 6:
        lines[-1] += credit if form == "{p} 摄" else " " + credit
    else:
        lines.append(credit)
    return [""] + lines + [""], {"text": caption["text"] + " " + credit, "photographer": caption["photographer"],
                                 "credit": credit}


def compose_page(reports, captions, heads, rng):
    style = {"width": rng.randint(12, 27), "blank_rate": rng.choice([0.02, 0.05, 0.08]),
             "para_blank": rng.choice([0.3, 0.6, 0.9])}
    lines, page = [], {"style": style, "articles": [], "captions": [], "running_heads": []}
    for k, report in enumerate(reports):
        if k > 0 and rng.random() < 0.3:
            caption_lines, entry = render_caption(rng.choice(captions), rng)
            lines += caption_lines
            page["captions"].append(entry)
        if k > 0 and rng.random() < 0.2:
            head = rng.choice(heads)
            lines += [""] + head + [""]
            page["running_heads"].append({"lines": head})
        article_lines, entry = render_article(report, k == 0, style, rng)
        lines += article_lines
        page["articles"].append(entry)
    return tidy(lines), page


def tidy(lines):
    """At most one blank line in a row, none at the ends."""
    out = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def compose_round(reports, captions, heads, pages, rng):
    order = list(reports)
    rng.shuffle(order)
    sizes = split_sizes(len(order), pages, rng)
    result, start = [], 0
    for size in sizes:
        result.append(compose_page(order[start:start + size], captions, heads, rng))
        start += size
    return result


def split_sizes(total, pages, rng):
    """Page sizes of 3-6 reports summing to total."""
    while True:
        sizes = [rng.randint(3, 6) for _ in range(pages - 1)]
        last = total - sum(sizes)
        if 3 <= last <= 6:
            return sizes + [last]


def web_copy(report, rng):
    """One report as copied from a news site or WeChat, and its reading entry."""
    r = report["reading"]
    title = r["title"]
    head = [title]
    if "——" in title and rng.random() < 0.7:
        main, sub = title.split("——", 1)
        head = [main, "——" + sub]
    author = r.get("author")
    byline_top, byline_end = None, None
    if author:
        if not re.search(r"记者|通讯员", author) and rng.random() < 0.5:
            byline_end = f"（作者：{author}）"
        else:
            byline_top = author if rng.random() < 0.6 else "文/" + " ".join(sorted(names(author), key=author.index))
    elif source_name(r) and rng.random() < 0.6:
        byline_top = "来源：" + source_name(r)
    blank = rng.random() < 0.5
    body = [b["text"] for b in report["blocks"]]
    lines = head + ([byline_top] if byline_top else []) + [""] + interleave(body, blank)
    if byline_end:
        lines += ([""] if blank else []) + [byline_end]
    entry = reading_entry(report, title_lines=head, author=author, label_on_page=False,
                          layout={"form": "web", "byline": byline_top or byline_end})
    return "\n".join(lines) + "\n", entry


def names(byline):
    return [t for t in re.split(r"\s+", byline) if t and not re.search(r"记者|通讯员|全媒体", t)]


def source_name(reading):
    """The outlet named at the start of the reading's publication note, when there is one."""
    m = re.match(r"([\u4e00-\u9fff]{2,12}(?:报|网|政府|在线))", reading.get("publication") or "")
    return m.group(1) if m else None


def interleave(paragraphs, blank):
    out = []
    for p in paragraphs:
        out.append(p)
        if blank:
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return out


def write_set(folder, pages, description):
    folder.mkdir(parents=True, exist_ok=True)
    expected = {"description": description, "pages": {}}
    for name, text, page in pages:
        (folder / name).write_text(text)
        expected["pages"][name] = page
    text = json.dumps(expected, ensure_ascii=False, indent=1)
    # One metric a line keeps the file small and still readable.
    text = re.sub(r'\{\n\s+"text": ([^{}]*?)\n\s+\}', lambda m: "{" + re.sub(r"\n\s+", " ", m.group(0)[1:-1]).strip() + "}", text)
    (folder / "expected.json").write_text(text + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("reports"); ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--pages-per-round", type=int, default=4)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    reports, captions, heads = load(Path(args.reports))
    out = Path(args.out)
    for n in range(args.rounds):
        pages = compose_round(reports, captions, heads, args.pages_per_round, rng)
        named = [(f"page-{n * args.pages_per_round + i + 1:02d}.txt", text, page) for i, (text, page) in enumerate(pages)]
        write_set(out / f"pages-{chr(97 + n)}", named,
                  f"round {n + 1}: every carved report laid out once as PDF page text (compose_pages.py --seed {args.seed})")
    web = []
    for i, report in enumerate(reports):
        text, entry = web_copy(report, rng)
        web.append((f"web-{i + 1:02d}.txt", text, {"articles": [entry], "captions": []}))
    write_set(out / "web", web, f"every carved report as a web copy, one a file (compose_pages.py --seed {args.seed})")


if __name__ == "__main__":
    main()
