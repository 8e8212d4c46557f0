#!/usr/bin/env python3
"""Lay the carved real reports out in the page and web conventions compose_pages.py does not draw.

usage: compose_variations.py REPORTS_DIR OUT_DIR

Writes OUT/pages (four PDF-like pages) and OUT/web (one report a file), each with an
expected.json in the schema of dev-pages/expected.json, every report at most once a folder.
The texts, places, headings, metrics and mechanisms are the readings' own; what varies is what
papers and WeChat posts print around them, each layout named in the article's `layout`:
- editors' notes (编者按：…, 【编者按】…) over a page and between two reports;
- a report whose title comes first right after another's title block;
- bylines that end with where they were filed from (本报记者 某某 通讯员 某某 黔东南报道),
  "■本报记者 某某", a news brief's credit closing its last paragraph (（记者 某某）);
- titles with a kicker above (引题; the reading's title is the whole block, the main title an
  alternative) or a subtitle below starting with "——", titles cut into three short lines;
- captions "图为……。 某某 摄" and "图为……" closed by "（图片由某某提供）" (no photographer);
- WeChat copies: post line (原创 <author> <account> <date> 发表于…), "点击蓝字关注我们", account
  name, "文 | 某某", "图 | 某某", closing fields (来源/责任编辑/审核/图片来源), "（作者单位：…）",
  "阅读原文", "分享 点赞 在看".
The bylines added to reports printed without one are made up, like the running heads of
compose_pages.py; the made-up names are the reading's author. Python 3 standard library only;
the output depends only on the inputs."""
import json, random, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from compose_pages import load, wrap, reading_entry, tidy, write_set  # noqa: E402

NOTE = ("编者按：基层是社会治理的末梢，也是服务群众的前沿。如何把矛盾纠纷化解在萌芽状态、解决在基层？"
        "本期推出一组来自县乡一线的报道，看各地如何在实践中探索基层治理新路径。")
NOTE2 = ("【编者按】移风易俗是乡村振兴的重要内容。近年来，各地积极探索，以村规民约为抓手，推动形成文明乡风、"
         "良好家风、淳朴民风。今起，本版推出系列报道，敬请关注。")


def body(report, width, rng, blocks=None):
    out = []
    for block in blocks or report["blocks"]:
        if block["kind"] == "heading":
            head = block["text"]
            out += ["", head, ""] if len(head) <= width + 2 else ["", head[:width], head[width:], ""]
        else:
            out += wrap(block["text"], width, rng, 0.03) + [""]
    while out and out[-1] == "":
        out.pop()
    return out


def entry(report, titles, author, layout, title=None, alternatives=None, label=False):
    e = reading_entry(report, title_lines=titles, author=author, label_on_page=label, layout=layout)
    e["title"] = title or "".join(titles)
    if alternatives:
        e["title_alternatives"] = alternatives
    return e


def with_closing_credit(report, credit):
    """A news brief: 本报讯 opens it, its credit in brackets closes its last paragraph."""
    blocks = [dict(b) for b in report["blocks"]]
    first = blocks[0]["text"]
    if first.startswith("本报讯"):
        first = first[first.index("）") + 1:] if first.startswith("本报讯（") else first[3:].lstrip()
    blocks[0]["text"] = "本报讯 " + first
    blocks[-1]["text"] += f"（{credit}）"
    return blocks


def pages(r, rng):
    caption = r["captions"][0]
    out = []
    # 1: an editor's note over the page; a title-first report with a made-up byline; a report
    # whose block after its body has a bulleted byline.
    a, b = r["22-shibing-baiduo"], r["21-pingba-xingwang"]
    lines = wrap(NOTE, 18, rng) + [""] + a["title_lines"] + ["", "本报记者 杨光", ""] + body(a, 18, rng) + [""]
    lines += body(b, 18, rng) + ["", b["title_lines"][0], "■" + b["byline"]]
    out.append((lines, [entry(a, a["title_lines"], "本报记者 杨光", {"arrangement": "note_title_first"}),
                        entry(b, b["title_lines"], b["byline"], {"arrangement": "placetitle_bulleted"})], []))
    # 2: bylines filed from a place; an editor's note between two reports; a title-first report
    # right after a title block.
    a, b, c = r["seed-songtao"], r["11-jianhe-nanzhai"], r["19-nayong-longchang"]
    lines = body(a, 20, rng) + ["", a["title_lines"][0], "本报记者 张横 通讯员 李四 铜仁报道", ""]
    lines += body(b, 20, rng) + ["", *b["title_lines"], "本报记者 王林 黔东南报道", ""] + wrap(NOTE2, 20, rng)
    lines += [""] + body(r["seed-sinan"], 20, rng) + ["", *r["seed-sinan"]["title_lines"], "本报记者 李宇佳", "思南", ""]
    lines += c["title_lines"] + ["", "通讯员 吴昊", ""] + body(c, 20, rng)
    out.append((lines, [
        entry(a, a["title_lines"], "本报记者 张横 通讯员 李四", {"byline": "filed_from"}, label=False),
        entry(b, b["title_lines"], "本报记者 王林", {"byline": "filed_from"}),
        entry(r["seed-sinan"], r["seed-sinan"]["title_lines"], "本报记者 李宇佳", {"after": "editor_note"}, label=True),
        entry(c, c["title_lines"], "通讯员 吴昊", {"arrangement": "title_first_after_block"})], []))
    # 3: a news brief whose credit closes it, title first; a caption closed by a photo's source;
    # a report with a kicker above its title and its byline and place after its body.
    a, b = r["18-zhongmou-yanminghu"], r["20-cixi-kuangyan"]
    lines = a["title_lines"] + [""] + body(a, 16, rng, with_closing_credit(a, "记者 卢文军 通讯员 梁亚婷 吴迪")) + [""]
    lines += wrap("图为" + caption["text"], 12, rng) + ["（图片由中牟县委宣传部提供）", ""]
    lines += body(b, 16, rng) + ["", "以“网格联盟”化解矛盾纠纷", *b["title_lines"], b["byline"], b["place_label"]]
    out.append((lines, [
        entry(a, a["title_lines"], "记者 卢文军 通讯员 梁亚婷 吴迪", {"brief": "closing_credit"}),
        entry(b, ["以“网格联盟”化解矛盾纠纷"] + b["title_lines"], b["byline"], {"arrangement": "kicker"},
              alternatives=["".join(b["title_lines"])], label=True)], []))
    # 4: narrow columns: a title cut into three lines, a subtitle under a title, a photo credit
    # after "图为".
    a, b = r["16-xiuning-huangjian"], r["seed-yuping"]
    titles = ["休宁县璜尖乡：", "党建引领聚民心", "信用积分焕新颜"]
    lines = body(a, 13, rng) + ["", *titles, "", "本报通讯员 程琳", ""]
    lines += wrap("图为" + r["captions"][1]["text"], 10, rng)[:-1] + [wrap("图为" + r["captions"][1]["text"], 10, rng)[-1] + " 九美旦增 摄", ""]
    sub = "——玉屏新店镇探索基层治理见闻"
    lines += ["".join(b["title_lines"]), sub, "", "■本报记者 " + b["byline"], ""] + body(b, 13, rng)
    out.append((lines, [
        entry(a, titles, "本报通讯员 程琳", {"arrangement": "title3_author"}),
        entry(b, ["".join(b["title_lines"]), sub], "本报记者 " + b["byline"], {"arrangement": "title_subtitle_first"})],
        [{"text": r["captions"][1]["text"], "photographer": "九美旦增", "credit": "九美旦增 摄"}]))
    return [(f"page-{i + 1:02d}.txt", tidy(lines), {"articles": arts, "captions": caps})
            for i, (lines, arts, caps) in enumerate(out)]


def paragraphs(report, blank):
    out = []
    for block in report["blocks"]:
        out += [block["text"]] + ([""] if blank else [])
    return out


def webs(r):
    def one(report, head, author, tail, blank, layout):
        title = report["reading"]["title"]
        text = "\n".join([title] + head + [""] + paragraphs(report, blank) + tail) + "\n"
        return text, entry(report, [title], author, {"form": "wechat", **layout}, title=title)
    made = [
        one(r["12-huaxi-qingyan"], ["原创 付先锐 花溪发布 2025-03-12 08:30 发表于贵州", "花溪发布", "点击蓝字关注我们"], "付先锐",
            ["来源：花溪区融媒体中心", "责任编辑：吴昊", "审核：张伟", "阅读原文", "分享 点赞 在看"], True, {"byline": "post_line"}),
        one(r["13-pingyang-naocun"], ["原创 平阳发布 平阳发布 2025年03月12日 08:30 浙江", "", "文/李丽丽"], "李丽丽",
            ["（作者单位：平阳县委政法委）", "编辑：吴昊", "审核：张伟", "图片来源：平阳县融媒体中心"], False, {"byline": "slash"}),
        one(r["14-songming"], ["", "文 | 王林", "图 | 张伟"], "文 王林 图 张伟",
            ["（作者系嵩明县委政法委干部）", "", "阅读原文"], True, {"byline": "bar"}),
        one(r["15-chunan-qiandao"], ["点击蓝字 关注我们", "", "编者按：矛盾纠纷化解是基层治理的重要内容。今天，我们一起来看淳安的探索。"],
            None, ["来源：淳安发布", "编辑：王五", "分享", "点赞", "在看"], True, {"note": "editor_note"}),
        one(r["17-yinjiang-jiuxi"], ["2025-03-12 08:30 来源：铜仁日报"], None, ["责任编辑：李明", "审核：王强"], False,
            {"byline": "none"}),
    ]
    brief = r["10-tongren-zhucun"]
    text = "\n".join([brief["reading"]["title"]] + [b["text"] for b in with_closing_credit(brief, "记者 杨帆")]) + "\n"
    made.append((text, entry(brief, [brief["reading"]["title"]], "记者 杨帆", {"form": "web", "brief": "closing_credit"},
                             title=brief["reading"]["title"])))
    return [(f"web-{i + 1:02d}.txt", text, {"articles": [e], "captions": []}) for i, (text, e) in enumerate(made)]


def main():
    reports, captions, _ = load(Path(sys.argv[1]))
    r = {rep["id"]: rep for rep in reports}
    r["captions"] = captions
    out = Path(sys.argv[2])
    write_set(out / "pages", pages(r, random.Random(13)), "page conventions compose_pages.py does not draw (compose_variations.py)")
    write_set(out / "web", webs(r), "WeChat and news-site copies with their furniture (compose_variations.py)")


if __name__ == "__main__":
    main()
