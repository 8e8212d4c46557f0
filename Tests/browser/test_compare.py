#!/usr/bin/env python3
"""Browser tests of comparing practices (issue 14, items 2 and 3), in real headless Chromium.

The mechanism page's comparison table, the search page's side-by-side view of ticked results
(by keyboard), a search for another spelling of a scheme (content/taxonomy.yml's `aliases`) and
readable mechanism addresses. Each test runs on the site from disk (file://) and served under a
sub-path, with the checks of test_site.py (no console error, no request outside the site).

Usage: test_compare.py SITE_DIR [SCREENSHOT_DIR]
Prints one line per test and a closing line "N passed, N failed"; exits 1 on any failure.
"""
import pathlib
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from test_site import run_suite, search_from_home, Visit  # noqa: E402

GRID_CATEGORY = "mechanisms/wanggehuazhili.html"


def active(visit):
    return visit.driver.switch_to.active_element


def test_mechanism_page_compares_places_a_row_each(visit):
    visit.open(GRID_CATEGORY)
    table = visit.driver.find_element(By.CSS_SELECTOR, "table.comparison-table")
    places = [th.text for th in table.find_elements(By.CSS_SELECTOR, "tbody th[scope=rowgroup]")]
    assert len(places) > 1 and any(p.startswith("思南") for p in places), places
    for group in table.find_elements(By.TAG_NAME, "tbody"):
        rows = group.find_elements(By.TAG_NAME, "tr")
        span = group.find_element(By.CSS_SELECTOR, "th[scope=rowgroup]").get_attribute("rowspan")
        assert int(span) == len(rows), (span, len(rows))
    # A category lists its practices without figures; its schemes' pages show them.
    assert not table.find_elements(By.CSS_SELECTOR, "td li > b")
    assert "指标" not in table.find_element(By.TAG_NAME, "thead").text
    # The source is a category's third cell (styled by position: style.css).
    sources = [td.text for td in table.find_elements(By.CSS_SELECTOR, "td:nth-of-type(3)")]
    assert sources and all(s.startswith("《") for s in sources), sources
    visit.open("mechanisms/dangxiaozu-wanggeyuan-lianhuzhang.html")
    table = visit.driver.find_element(By.CSS_SELECTOR, "table.comparison-table")
    figures = [f.text for f in table.find_elements(By.CSS_SELECTOR, "td > ul > li > b")]
    assert "1584个" in figures, figures
    link = table.find_element(By.CSS_SELECTOR, "td:first-of-type a")
    title = link.text
    link.click()
    visit.wait.until(expected_conditions.url_contains("/practices/"))
    assert visit.driver.find_element(By.TAG_NAME, "h1").text == title
    visit.check_page_health()


def test_mechanism_pages_have_readable_addresses(visit):
    visit.open("mechanisms/index.html")
    hrefs = [a.get_attribute("href") for a in visit.driver.find_elements(By.CSS_SELECTOR, ".mechanism-list a")]
    assert any(h.endswith("/" + GRID_CATEGORY) for h in hrefs), hrefs[:5]
    assert any(h.endswith("/mechanisms/dangxiaozu-wanggeyuan-lianhuzhang.html") for h in hrefs)
    counts = [c.text for c in visit.driver.find_elements(By.CSS_SELECTOR, ".mechanism-list .count")]
    assert "0 条做法" not in counts, counts
    visit.open("mechanisms/dangxiaozu-wanggeyuan-lianhuzhang.html")
    assert "党小组+网格员+十联户" in visit.driver.find_element(By.CSS_SELECTOR, ".spellings").text
    visit.check_page_health()


def test_a_search_for_another_spelling_finds_the_scheme(visit):
    results = search_from_home(visit, "党小组+网格员+十联户")
    places = [r.find_element(By.CSS_SELECTOR, ".result-place").text for r in results]
    assert any(p.startswith("思南") for p in places), places
    tags = [t.text for r in results for t in r.find_elements(By.CSS_SELECTOR, ".result-meta .tag")]
    assert "党小组+网格员+联户长" in tags, tags
    visit.check_page_health()


def tick_by_keyboard(visit, result):
    """Focuses a result's link as the arrow keys do, steps back to its tick box, ticks it."""
    link = result.find_element(By.CSS_SELECTOR, "a.result-title")
    visit.driver.execute_script("arguments[0].focus()", link)
    active(visit).send_keys(Keys.SHIFT, Keys.TAB)
    assert active(visit).get_attribute("class") == "compare-tick", active(visit).tag_name
    active(visit).send_keys(Keys.SPACE)


def test_tick_results_and_compare_them_by_keyboard(visit):
    results = search_from_home(visit, "网格")
    assert len(results) >= 3
    box = visit.driver.find_element(By.ID, "q")
    box.send_keys(Keys.ARROW_DOWN)  # the first result's link, then back to its tick box
    active(visit).send_keys(Keys.SHIFT, Keys.TAB)
    active(visit).send_keys(Keys.SPACE)
    opener = visit.driver.find_element(By.ID, "compare-open")
    assert not opener.is_enabled(), "compare with one result ticked"
    tick_by_keyboard(visit, results[2])
    assert opener.is_enabled()
    titles = [results[i].find_element(By.CSS_SELECTOR, "a.result-title").text for i in (0, 2)]
    opener.send_keys(Keys.ENTER)
    panel = visit.driver.find_element(By.ID, "compare-panel")
    visit.wait.until(lambda d: panel.is_displayed())
    assert active(visit).get_attribute("id") == "compare-heading"
    columns = [th.text.replace("移除", "").strip() for th in panel.find_elements(By.CSS_SELECTOR, "thead th")]
    assert columns == titles, (columns, titles)
    rows = {tr.find_element(By.TAG_NAME, "th").text: [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in panel.find_elements(By.CSS_SELECTOR, "tbody tr")}
    assert set(rows) == {"地点", "机制与分类", "指标", "日期", "出处", "原文"}, rows.keys()
    assert all(cell.startswith("《") for cell in rows["出处"]), rows["出处"]
    assert all(rows["地点"]), rows["地点"]
    active(visit).send_keys(Keys.ESCAPE)
    visit.wait.until(lambda d: not panel.is_displayed())
    assert active(visit).get_attribute("id") == "compare-open"
    visit.check_page_health()


def test_at_most_four_results_are_compared(visit):
    results = search_from_home(visit, "网格")
    assert len(results) >= 5
    ticks = [r.find_element(By.CSS_SELECTOR, "input.compare-tick") for r in results[:5]]
    for tick in ticks:
        tick.click()
    assert [t.is_selected() for t in ticks] == [True] * 4 + [False]
    assert "最多比较 4 项" in visit.driver.find_element(By.ID, "compare-count").text
    ticks[0].click()  # unticked: the selection and the panel follow
    visit.driver.find_element(By.ID, "compare-open").click()
    heads = visit.driver.find_elements(By.CSS_SELECTOR, "#compare-table thead th")
    assert len(heads) == 3, len(heads)
    heads[0].find_element(By.CSS_SELECTOR, "button.compare-remove").click()
    assert len(visit.driver.find_elements(By.CSS_SELECTOR, "#compare-table thead th")) == 2
    assert sum(t.is_selected() for t in ticks) == 2
    visit.check_page_health()


TESTS = [value for name, value in sorted(globals().items()) if name.startswith("test_")]


def take_screenshots(driver, base, folder):
    """The comparison table of a category page, and the side-by-side view of two results."""
    folder.mkdir(parents=True, exist_ok=True)
    visit = Visit(driver, base)
    visit.open(GRID_CATEGORY)
    table = driver.find_element(By.CSS_SELECTOR, "section.comparison")
    driver.set_window_size(1280, min(max(table.size["height"] + 400, 800), 4000))
    table.screenshot(str(folder / "comparison-table.png"))
    driver.set_window_size(1280, 1000)
    results = search_from_home(visit, "网格")
    for result in (results[0], results[3]):
        result.find_element(By.CSS_SELECTOR, "input.compare-tick").click()
    driver.find_element(By.ID, "compare-open").click()
    driver.find_element(By.ID, "compare-panel").screenshot(str(folder / "compare-side-by-side.png"))


def main():
    return run_suite(TESTS, take_screenshots)


if __name__ == "__main__":
    sys.exit(main())
