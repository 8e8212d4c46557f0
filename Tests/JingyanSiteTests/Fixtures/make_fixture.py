#!/usr/bin/env python3
"""Turns the hand-made reading of the sample seed (/work/shared/gold/seed-gold.json) into an
`Extraction` document (Sources/JingyanModel/Model.swift) for the site tests.

The gold lists mechanisms and metrics per article; a practice gets those its text contains.
Categories come from a small keyword table standing in for the extractor's taxonomy.
Usage: make_fixture.py GOLD.json > extraction.json
"""
import json
import sys

SEED = "seeds/000_79c1e505a44a4db6.txt"
SLUGS = {"songtao": ("songtao", None), "sinan": ("sinan", None), "yanhe": ("yanhe", None),
         "yuping": ("yuping", "xindian"), "shiqian": ("shiqian", "guorong")}
CATEGORIES = {
    "网格化治理": ["网格"],
    "人才队伍建设": ["后备力量", "选调生", "村干部"],
    "产业发展": ["集体经济", "强村富民", "产业"],
    "村民自治": ["村规民约", "院坝", "议事", "一约四会"],
    "理论学习": ["学习", "宣讲"],
}


def sentence_of(text, phrase):
    start = text.find(phrase)
    begin = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    end = text.find("。", start)
    return text[begin:end + 1 if end >= 0 else len(text)]


def practice(article, index, raw):
    text = raw["text"]
    metrics = [dict(m, sentence=sentence_of(text, m["text"])) for m in article["metrics"] if m["text"] in text]
    for m in metrics:
        m.setdefault("period", None)
    return {
        "id": f"{article['id']}-{index:02d}",
        "lead": raw["lead"],
        "text": text,
        "mechanisms": [m for m in article["mechanisms"] if m in text],
        "categories": [c for c, words in CATEGORIES.items() if any(w in text for w in words)],
        "metrics": metrics,
        "source": {"file": SEED, "lines": raw["lines"]},
    }


def article(raw):
    slug, township_slug = SLUGS[raw["id"]]
    counter = iter(range(1, 100))
    return {
        "id": raw["id"],
        "source": {"file": SEED, "lines": raw["body_lines"]},
        "place": {"county": raw["county"], "short": raw["county_short"], "township": raw["township"],
                  "slug": slug, "township_slug": township_slug},
        "title": raw["title"],
        "author": raw["author"],
        "lede": raw["lede"],
        "mechanisms": raw["mechanisms"],
        "sections": [{"heading": s["heading"],
                      "practices": [practice(raw, next(counter), p) for p in s["practices"]]}
                     for s in raw["sections"]],
    }


gold = json.load(open(sys.argv[1], encoding="utf-8"))
caption = gold["photo_caption"]
json.dump({
    "schema": "jingyan.extract/1",
    "articles": [article(a) for a in gold["articles"]],
    "captions": [{"source": {"file": SEED, "lines": caption["lines"]}, "place": caption["place"],
                  "county": caption["county"], "text": caption["text"], "photographer": caption["photographer"]}],
}, sys.stdout, ensure_ascii=False, indent=1)
print()
