#!/usr/bin/env python3
"""Browser tests of field search and of exporting search results (issue 14, item 4), in real
headless Chromium, on the site from disk (file://) and served under a sub-path.

Search limited to practice titles or to figures, or narrowed within its results; the current results downloaded as CSV (UTF-8
with BOM, formula-safe, one row per practice with its citation) and as JSON, by the page itself.

Usage: test_export.py SITE_DIR
Prints one line per test and a closing line "N passed, N failed"; exits 1 on any failure.
"""
import csv
import gzip
import io
import json
import pathlib
import shutil
import sys
import tempfile
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from test_site import run_suite, search_from_home, wait_for_results  # noqa: E402

COLUMNS = ["做法", "地点", "机制与分类", "指标", "日期", "出处", "网址"]


def downloaded(visit, button_id, suffix):
    """Clicks the export button and returns the bytes of the file it downloads."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="jingyan-download-"))
    try:
        visit.driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})
        visit.driver.find_element(By.ID, button_id).send_keys(Keys.ENTER)  # by keyboard
        for _ in range(100):
            files = [f for f in folder.iterdir() if f.name.endswith(suffix)]
            partial = [f for f in folder.iterdir() if f.name.endswith(".crdownload")]
            if files and not partial and files[0].stat().st_size > 0:
                return files[0].read_bytes()
            time.sleep(0.1)
        raise AssertionError(f"no {suffix} downloaded")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def shown_total(visit):
    text = visit.driver.find_element(By.ID, "search-status").text
    assert text.startswith("找到 ") and "约" not in text, text
    return int(text.split()[1])


def test_results_download_as_csv_with_bom_and_citations(visit):
    search_from_home(visit, "网格")
    total = shown_total(visit)
    data = downloaded(visit, "export-csv", ".csv")
    assert data.startswith(b"\xef\xbb\xbf"), data[:8]
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
    assert rows[0] == COLUMNS, rows[0]
    assert len(rows) - 1 == total, (len(rows) - 1, total)
    for row in rows[1:]:
        assert row[5].startswith("《") and row[6].endswith(".html") and "/practices/" in row[6], row
    assert any("个" in row[3] for row in rows[1:])
    assert b"\r\n" in data
    assert "已导出" in visit.driver.find_element(By.ID, "export-status").text
    visit.check_page_health()


def test_results_download_as_json(visit):
    search_from_home(visit, "网格")
    total = shown_total(visit)
    exported = json.loads(downloaded(visit, "export-json", ".json").decode("utf-8"))
    assert exported["query"] == "网格" and exported["complete"] is True
    assert len(exported["practices"]) == total
    first = exported["practices"][0]
    assert set(first) == {"title", "place", "mechanisms", "figures", "date", "citation", "url"}, first.keys()
    assert all(p["citation"].startswith("《") for p in exported["practices"])
    visit.check_page_health()


def test_exported_cells_cannot_run_as_formulas(visit):
    search_from_home(visit, "网格")
    # Results whose text a spreadsheet would run: the export is given them in place of the index's.
    visit.driver.execute_script("""
        var hostile = ["=HYPERLINK(\\"http://x\\")", "+1", "-2", "@SUM(A1)", "\\tx", "a\\"b"];
        window.JINGYAN_SEARCH.allResults = function () {
          return Promise.resolve({ search: { query: "x" }, cut: false, items: hostile.map(function (text, i) {
            return { titleText: text, url: "practices/x" + i + ".html", place: { name: text }, mechanismList: [],
                     figures: [{ value: text, subject: "", period: "" }], date: "", citation: text };
          }) });
        };""")
    rows = list(csv.reader(io.StringIO(downloaded(visit, "export-csv", ".csv")[3:].decode("utf-8"), newline="")))
    titles = [row[0] for row in rows[1:]]
    assert titles == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "a\"b"], titles
    assert all(not cell or cell[0] not in "=+-@\t\r" for row in rows[1:] for cell in row), rows
    visit.check_page_health()


def test_search_limited_to_titles(visit):
    everywhere = len(search_from_home(visit, "网格"))
    Select(visit.driver.find_element(By.ID, "filter-field")).select_by_value("title")
    visit.wait.until(lambda d: "已筛选" in d.find_element(By.ID, "search-status").text)
    results = wait_for_results(visit)
    titles = [r.find_element(By.CSS_SELECTOR, "a.result-title").text for r in results]
    assert titles and all("网格" in t for t in titles) and len(titles) < everywhere, (titles, everywhere)
    assert "field=title" in visit.driver.current_url or visit.base.startswith("file:")
    visit.check_page_health()


def test_search_limited_to_figures(visit):
    search_from_home(visit, "党员")
    Select(visit.driver.find_element(By.ID, "filter-field")).select_by_value("figures")
    visit.wait.until(lambda d: "已筛选" in d.find_element(By.ID, "search-status").text)
    wait_for_results(visit)
    exported = json.loads(downloaded(visit, "export-json", ".json").decode("utf-8"))
    assert exported["field"] == "figures" and exported["practices"]
    for practice in exported["practices"]:
        assert any("党员" in f["value"] + f["subject"] + f["period"] for f in practice["figures"]), practice
    visit.check_page_health()


def test_narrow_within_results(visit):
    everywhere = len(search_from_home(visit, "网格"))
    within = visit.driver.find_element(By.ID, "within")
    within.send_keys("党员", Keys.ENTER)
    visit.wait.until(lambda d: d.find_element(By.ID, "q").get_attribute("value") == "网格 党员")
    visit.wait.until(lambda d: "党员" in d.find_element(By.ID, "search-status").text or len(visit.search_results()) < everywhere)
    results = wait_for_results(visit)
    assert 0 < len(results) < everywhere, (len(results), everywhere)
    for result in results:
        assert "网格" in result.text or result.find_elements(By.CSS_SELECTOR, "mark"), result.text
        assert [m.text for m in result.find_elements(By.CSS_SELECTOR, "mark") if m.text == "党员"], result.text
    visit.check_page_health()


METRIC_COLUMNS = ["地点", "县", "乡镇", "做法编号", "做法", "指标原文", "数值", "单位", "标准化数值", "约数", "时间",
                  "统计对象", "原句", "页面"]


def test_metrics_page_makes_the_csv_of_every_metric(visit):
    # The metrics page makes the spreadsheet from its data scripts: every metric of entries.json,
    # each column as the entry has it (the page's own number in the address: the footer's link).
    visit.open("metrics.html#metrics-csv")
    data = downloaded(visit, "metrics-csv", ".csv")
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data, data[:8]
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
    assert rows[0] == METRIC_COLUMNS, rows[0]
    entries = json.loads(gzip.decompress((pathlib.Path(visit.site) / "data" / "entries.json.gz").read_bytes()))
    expected = sorted(
        (practice["id"], metric["text"], str(metric["value"]), metric["unit"], str(metric["value_normalized"]),
         "是" if metric["approx"] else "否", metric["period"] or "", metric["subject"], metric["sentence"])
        for article in entries["articles"] for section in article["sections"]
        for practice in section["practices"] for metric in practice["metrics"])
    assert sorted(tuple(row[3:4] + row[5:13]) for row in rows[1:]) == expected
    for row in rows[1:]:
        assert row[13] == "practices/" + row[3] + ".html", row
        assert row[0].startswith(row[1][:2]) and (not row[2] or row[0].endswith(row[2])), row
    assert "已生成 %d 项" % (len(rows) - 1) in visit.driver.find_element(By.ID, "metrics-csv-status").text
    visit.check_page_health()


TESTS = [value for name, value in sorted(globals().items()) if name.startswith("test_")]


def main():
    return run_suite(TESTS)


if __name__ == "__main__":
    sys.exit(main())
