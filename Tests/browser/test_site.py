#!/usr/bin/env python3
"""Browser tests of a built site in real headless Chromium (Debian's chromium + chromium-driver).

Each test runs twice: on the site opened from disk (file://) and on the site served over HTTP
under a sub-path (/kb/sub/), since both must work. Besides its own checks, every page a test
visits must log no console error and request nothing outside the site.

Usage: test_site.py SITE_DIR [SCREENSHOT_DIR]
Prints one line per test and a closing line "N passed, N failed"; exits 1 on any failure.
"""
import functools
import http.server
import json
import pathlib
import re
import shutil
import sys
import tempfile
import threading
import traceback
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

SUB_PATH = "/kb/sub/"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve_under_sub_path(site):
    """Copies the site to ROOT/kb/sub/ and serves ROOT on a free loopback port."""
    root = pathlib.Path(tempfile.mkdtemp(prefix="jingyan-http-"))
    shutil.copytree(site, root / SUB_PATH.strip("/"))
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, root, f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"


def start_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--lang=zh-CN"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    return driver


class Visit:
    """Drives one browser on one copy of the site and checks every page it touches."""

    def __init__(self, driver, base, site=None):
        self.driver = driver
        self.base = base
        self.site = site
        self.wait = WebDriverWait(driver, 10)

    def open(self, path):
        self.driver.get(self.base + path)
        self.wait.until(lambda d: d.execute_script("return document.readyState") == "complete")

    def drain_logs(self):
        """Console errors and request URLs since the last call."""
        errors = [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]
        requests = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                requests.append(message["params"]["request"]["url"])
        return errors, requests

    def check_page_health(self):
        errors, requests = self.drain_logs()
        assert not errors, f"console errors: {errors}"
        resources = self.driver.execute_script(
            "return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
        outside = [url for url in requests + resources + [self.driver.current_url]
                   if not url.startswith(self.base) and not url.startswith("data:")]
        assert not outside, f"requests outside the site: {outside}"

    def search_results(self):
        return self.driver.find_elements(By.CSS_SELECTOR, "#results li.result")


def wait_for_results(visit):
    visit.wait.until(lambda d: visit.search_results())
    return visit.search_results()


def search_from_home(visit, query):
    visit.open("index.html")
    box = visit.driver.find_element(By.ID, "site-search-input")
    box.send_keys(query, Keys.ENTER)
    visit.wait.until(expected_conditions.url_contains("search.html"))
    return wait_for_results(visit)


def open_practice(visit, query, place):
    """Opens the practice of `place` that a search for `query` finds: tests name no content ids."""
    results = search_from_home(visit, query)
    result = next(r for r in results if r.find_element(By.CSS_SELECTOR, ".result-place").text.startswith(place))
    result.find_element(By.CSS_SELECTOR, "a.result-title").click()
    visit.wait.until(expected_conditions.url_contains("/practices/"))


# --- Tests ------------------------------------------------------------------------------------

def test_search_grid_finds_sinan_and_yuping_with_highlights(visit):
    results = search_from_home(visit, "网格")
    places = [r.find_element(By.CSS_SELECTOR, ".result-place").text for r in results]
    assert any(p.startswith("思南") for p in places), places
    assert any(p.startswith("玉屏") for p in places), places
    for result in results:
        marks = result.find_elements(By.CSS_SELECTOR, ".snippet mark, .result-title mark")
        assert marks and all(m.text == "网格" for m in marks), result.text
    for place in ("思南", "玉屏"):
        of_place = [r for r in results if r.find_element(By.CSS_SELECTOR, ".result-place").text.startswith(place)]
        assert any(r.find_elements(By.CSS_SELECTOR, ".snippet mark") for r in of_place), f"{place}: no highlighted snippet"
        assert all(r.find_elements(By.CSS_SELECTOR, ".result-meta .tag") for r in of_place), f"{place}: no mechanism tags"
    visit.check_page_health()


def test_title_hits_rank_above_body_hits(visit):
    results = search_from_home(visit, "网格")
    in_title = [bool(r.find_elements(By.CSS_SELECTOR, ".result-title mark")) for r in results]
    assert in_title == sorted(in_title, reverse=True), in_title
    visit.check_page_health()


def test_filter_to_one_place(visit):
    results = search_from_home(visit, "网格")
    total = len(results)
    select = Select(visit.driver.find_element(By.ID, "filter-place"))
    option = next(o for o in select.options if o.get_attribute("data-label") == "思南")
    select.select_by_value(option.get_attribute("value"))
    results = wait_for_results(visit)
    places = {r.find_element(By.CSS_SELECTOR, ".result-place").text for r in results}
    assert places == {"思南"} and len(results) < total, (places, len(results), total)
    assert "已筛选" in visit.driver.find_element(By.ID, "search-status").text
    assert "place=" in visit.driver.current_url or visit.base.startswith("file:")
    visit.check_page_health()


def mechanism_options(visit):
    """The mechanism menu, filled when the pointer comes to it (its list loads on demand)."""
    element = visit.driver.find_element(By.ID, "filter-mechanism")
    ActionChains(visit.driver).move_to_element(element).perform()
    visit.wait.until(lambda d: len(Select(element).options) > 1)
    return Select(element)


def test_filter_by_mechanism(visit):
    search_from_home(visit, "网格")
    select = mechanism_options(visit)
    option = next(o for o in select.options if o.get_attribute("data-label") == "网格化治理")
    select.select_by_value(option.get_attribute("value"))
    for result in wait_for_results(visit):
        tags = [t.text for t in result.find_elements(By.CSS_SELECTOR, ".result-meta .tag")]
        assert "网格化治理" in tags, tags
    visit.check_page_health()


def test_open_a_result(visit):
    results = search_from_home(visit, "网格")
    link = results[0].find_element(By.CSS_SELECTOR, "a.result-title")
    title = link.text
    link.click()
    visit.wait.until(expected_conditions.url_contains("/practices/"))
    assert visit.driver.find_element(By.TAG_NAME, "h1").text == title
    assert visit.driver.current_url.startswith(visit.base)
    visit.check_page_health()


def test_mechanism_tag_leads_to_practices_of_several_places(visit):
    open_practice(visit, "网格", "思南")
    visit.check_page_health()
    visit.driver.find_element(By.CSS_SELECTOR, ".practice-header .tags-category a").click()
    visit.wait.until(expected_conditions.url_contains("/mechanisms/"))
    groups = visit.driver.find_elements(By.CSS_SELECTOR, "table.comparison-table tbody")
    places_with_practices = [g.find_element(By.CSS_SELECTOR, "th[scope=rowgroup]").text for g in groups
                             if g.find_elements(By.CSS_SELECTOR, "td:first-of-type a")]
    assert len(places_with_practices) > 1, places_with_practices
    visit.check_page_health()


def test_keyboard_only_search(visit):
    visit.open("index.html")
    body = visit.driver.find_element(By.TAG_NAME, "body")
    body.send_keys("/")
    active = visit.driver.switch_to.active_element
    assert active.get_attribute("id") == "site-search-input"
    active.send_keys("一约四会", Keys.ENTER)
    wait_for_results(visit)
    visit.driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    active = visit.driver.switch_to.active_element
    assert "result-title" in active.get_attribute("class"), active.get_attribute("outerHTML")
    active.send_keys(Keys.ENTER)
    visit.wait.until(expected_conditions.url_contains("/practices/"))
    visit.check_page_health()


def test_practice_page_marks_metrics_and_shows_provenance(visit):
    open_practice(visit, "网格", "思南")
    marks = [m.text for m in visit.driver.find_elements(By.CSS_SELECTOR, ".practice-body mark")]
    assert "划分网格1665个" in marks, marks
    first_line = visit.driver.find_element(By.CSS_SELECTOR, ".provenance a.source-link").get_attribute("href")
    visit.driver.find_element(By.CSS_SELECTOR, ".provenance a.source-link").click()
    visit.wait.until(expected_conditions.url_contains("/articles/"))
    anchor = first_line.rsplit("#", 1)[1]
    target = visit.driver.find_element(By.CSS_SELECTOR, ".source-lines > ol:target")
    assert target.get_attribute("id") == anchor and "cited" in target.get_attribute("class")
    assert target.is_displayed() and target.text
    visit.check_page_health()


def test_practice_page_lists_neighbours_from_other_places(visit):
    """site.js lists them from the scripts of the practice's mechanisms (data/near/), loaded with
    <script src>: from file:// as over HTTP."""
    open_practice(visit, "网格", "思南")
    own = visit.driver.find_element(By.CSS_SELECTOR, ".practice-header .kicker a").text
    visit.wait.until(lambda driver: driver.find_elements(By.CSS_SELECTOR, ".neighbours .neighbour-list li"))
    headings = [h.text for h in visit.driver.find_elements(By.CSS_SELECTOR, ".neighbours h3")]
    assert headings and len(set(headings)) == len(headings), headings
    items = visit.driver.find_elements(By.CSS_SELECTOR, ".neighbours .neighbour-list li")
    places = [item.find_element(By.CSS_SELECTOR, "span").text for item in items]
    assert 0 < len(items) <= 12 and own not in places, (own, places)
    link = items[0].find_element(By.CSS_SELECTOR, "a")
    title = link.text
    link.click()
    visit.wait.until(lambda driver: driver.find_element(By.TAG_NAME, "h1").text == title)
    visit.check_page_health()


def metric_rows(visit):
    """The metrics table's rows once the page has loaded its data scripts and shown a page."""
    visit.wait.until(lambda d: d.find_element(By.ID, "metric-count").text.startswith(("显示", "没有")))
    return visit.driver.find_elements(By.CSS_SELECTOR, "#metric-table tbody tr")


def metric_count(visit):
    """(first, last, total) of "显示 first–last / total 项"."""
    text = visit.driver.find_element(By.ID, "metric-count").text
    shown, total = text[len("显示 "):-len(" 项")].split(" / ")
    first, last = shown.split("–")
    return int(first), int(last), int(total.replace(",", ""))


def test_metrics_page_filters_sorts_and_pages(visit):
    visit.open("metrics.html")
    rows = metric_rows(visit)
    assert rows and visit.driver.find_elements(By.CSS_SELECTOR, "svg.bar-chart rect.bar")
    _, _, total = metric_count(visit)
    assert len(rows) == min(total, 100), (len(rows), total)

    Select(visit.driver.find_element(By.ID, "page-size")).select_by_value("20")
    assert len(metric_rows(visit)) == 20 and metric_count(visit) == (1, 20, total)
    assert visit.driver.find_element(By.ID, "metric-previous").get_attribute("disabled")
    visit.driver.find_element(By.CSS_SELECTOR, "th.number button.sort").click()
    first_page = [float(r.find_element(By.CSS_SELECTOR, "td.number").get_attribute("data-value")) for r in metric_rows(visit)]
    visit.driver.find_element(By.ID, "metric-next").click()
    assert metric_count(visit) == (21, 40, total)
    second_page = [float(r.find_element(By.CSS_SELECTOR, "td.number").get_attribute("data-value")) for r in metric_rows(visit)]
    assert first_page + second_page == sorted(first_page + second_page), (first_page, second_page)

    Select(visit.driver.find_element(By.ID, "filter-unit")).select_by_value("个")
    rows = metric_rows(visit)
    _, _, of_unit = metric_count(visit)
    assert 0 < of_unit < total
    assert all(r.find_elements(By.TAG_NAME, "td")[3].text == "个" for r in rows)
    assert "unit=" in visit.driver.current_url or visit.base.startswith("file:")

    Select(visit.driver.find_element(By.ID, "filter-unit")).select_by_value("")
    place = Select(visit.driver.find_element(By.ID, "filter-place"))
    township = next(o for o in place.options if o.get_attribute("data-county"))
    place.select_by_value(township.get_attribute("value"))
    rows = metric_rows(visit)
    assert rows and all(r.find_element(By.TAG_NAME, "td").text == township.text for r in rows)
    visit.check_page_health()


def test_place_page_links_to_its_metrics(visit):
    visit.open("places/index.html")
    visit.driver.find_element(By.LINK_TEXT, "思南").click()
    visit.driver.find_element(By.PARTIAL_LINK_TEXT, "到指标页").click()
    visit.wait.until(expected_conditions.url_contains("metrics.html?place="))
    rows = metric_rows(visit)
    assert Select(visit.driver.find_element(By.ID, "filter-place")).first_selected_option.text == "思南"
    assert rows and all(r.find_element(By.TAG_NAME, "td").text.startswith("思南") for r in rows)
    visit.check_page_health()


def index_requests(visit):
    """Index files the page has asked for so far, in order, as "manifest", "p/3", "d/12": each is a
    script element (performance entries miss file:// loads)."""
    sources = visit.driver.execute_script("return Array.from(document.scripts).map(function (s) { return s.src; })")
    marker = "/search/"
    return [src.split(marker, 1)[1][:-len(".js")] for src in sources if marker in src and src.endswith(".js")]


def search_again(visit, query):
    box = visit.driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys(query)
    visit.wait.until(lambda d: query in d.find_element(By.ID, "search-status").text
                     or "找到" in d.find_element(By.ID, "search-status").text)
    return wait_for_results(visit)


def test_queries_load_only_the_shards_they_need(visit):
    site = pathlib.Path(visit.site)
    on_disk = len(list(site.glob("search/p/*.js"))) + len(list(site.glob("search/d/*.js")))
    results = search_from_home(visit, "网格")
    visit.wait.until(lambda d: "找到" in d.find_element(By.ID, "search-status").text)
    first = index_requests(visit)
    postings = [n for n in first if n.startswith("p/")]
    documents = [n for n in first if n.startswith("d/")]
    # The documents name their mechanisms themselves: the mechanism list (for the filter menu,
    # which grows with the base) is not fetched by a query.
    assert "manifest" in first and "mechanisms" not in first, first
    assert len(postings) == 1, postings  # one token, one shard
    assert 0 < len(documents) <= len(results) and len(postings) + len(documents) < on_disk, (len(documents), on_disk)

    search_again(visit, "一约四会")
    second = index_requests(visit)[len(first):]
    assert second and not set(second) & set(first), (first, second)
    assert len([n for n in second if n.startswith("p/")]) <= 3, second  # 一约, 约四, 四会

    search_again(visit, "网格")  # everything it needs is here already
    assert len(index_requests(visit)) == len(first) + len(second)
    visit.check_page_health()


# Notes, as the page is parsed, whether a posting shard was asked for before <body> existed.
POSTINGS_BEFORE_BODY = """
window.__postingsBeforeBody = null;
new MutationObserver(function (records) {
  records.forEach(function (record) {
    record.addedNodes.forEach(function (node) {
      if (window.__postingsBeforeBody === null && node.tagName === "SCRIPT" && /\\/search\\/p\\/\\d+\\.js$/.test(node.src)) {
        window.__postingsBeforeBody = document.body === null;
      }
    });
  });
}).observe(document, {childList: true, subtree: true});
"""


def test_address_query_asks_for_its_postings_before_the_body(visit):
    """search.js and the manifest run in <head>, so the first query's postings load while the
    page is parsed and laid out."""
    script = visit.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": POSTINGS_BEFORE_BODY})
    try:
        visit.open("search.html?q=" + "网格")
        results = wait_for_results(visit)
        assert results
        assert visit.driver.execute_script("return window.__postingsBeforeBody") is True
    finally:
        visit.driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})
    visit.check_page_health()


def shown_results(visit):
    """(title, place, link) of every result once the status says how many are shown."""
    visit.wait.until(lambda d: "显示前" in d.find_element(By.ID, "search-status").text)
    return [(r.find_element(By.CSS_SELECTOR, "a.result-title").text, r.find_element(By.CSS_SELECTOR, ".result-place").text,
             r.find_element(By.CSS_SELECTOR, "a.result-title").get_attribute("href")) for r in visit.search_results()]


def test_an_address_with_filters_shows_what_the_menus_show(visit):
    """A link to search.html?q=…&place=… (its postings requested from <head>) lists the same
    results, in the same order, as the same search made with the box and the place menu."""
    search_from_home(visit, "网格")
    select = Select(visit.driver.find_element(By.ID, "filter-place"))
    place = next(o for o in select.options if o.get_attribute("data-label") == "思南").get_attribute("value")
    select.select_by_value(place)
    visit.wait.until(lambda d: "已筛选" in d.find_element(By.ID, "search-status").text)
    by_menu = shown_results(visit)
    assert by_menu and {result[1] for result in by_menu} == {"思南"}, by_menu
    visit.open("search.html?q=" + "网格" + "&place=" + urllib.parse.quote(place, safe=""))
    assert shown_results(visit) == by_menu
    visit.check_page_health()


def test_many_results_come_a_page_at_a_time(visit):
    visit.open("search.html?q=" + "组织")
    results = wait_for_results(visit)
    status = visit.driver.find_element(By.ID, "search-status").text
    total = int(re.search(r"找到 (\d+) 条", status).group(1))
    more = visit.driver.find_element(By.ID, "more-results")
    assert len(results) == min(total, 20), (len(results), status)
    if total <= 20:  # a small site: one page holds them all
        assert not more.is_displayed()
        return
    loaded = len(index_requests(visit))
    more.click()
    visit.wait.until(lambda d: len(visit.search_results()) > 20)
    assert len(visit.search_results()) == min(total, 40)
    assert len(index_requests(visit)) > loaded
    visit.check_page_health()


def test_every_page_kind_loads_cleanly(visit):
    visit.open("index.html")
    links = [a.get_attribute("href") for a in visit.driver.find_elements(By.CSS_SELECTOR, "main a")]
    for path in ("places/index.html", "mechanisms/index.html", "metrics.html", "search.html?q=%E4%B8%80"):
        visit.open(path)
        assert visit.driver.find_element(By.TAG_NAME, "h1").text
        visit.check_page_health()
    for href in links[:6]:
        visit.driver.get(href)
        assert visit.driver.find_element(By.TAG_NAME, "h1").text
        visit.check_page_health()


def test_footer_lists_the_downloads_at_every_depth(visit):
    # site.js writes the downloads into the footer from the page's data-root: from the top level
    # and from a folder, each link leads to the same file of the site.
    for path in ("index.html", "practices/sinan-sanqianghuati-03.html", "places/shiqian/guorong.html"):
        visit.open(path)
        footer = visit.driver.find_element(By.CSS_SELECTOR, ".site-footer")
        downloads = [a.get_attribute("href") for a in footer.find_elements(By.CSS_SELECTOR, "a[download]")]
        assert downloads == [visit.base + "data/entries.json.gz"], (path, downloads)
        links = [a.get_attribute("href") for a in footer.find_elements(By.CSS_SELECTOR, "a:not([download])")]
        assert links == [visit.base + "metrics.html#metrics-csv", visit.base + "about.html", visit.base + "404.html"], \
            (path, links)
        assert "可离线浏览" in footer.text
        visit.check_page_health()


TESTS = [value for name, value in sorted(globals().items()) if name.startswith("test_")]


def run_tests(driver, base, label, tests, site=None):
    """Runs each test on a fresh Visit of `base`, printing a line per test; (passed, failed)."""
    passed = failed = 0
    for test in tests:
        visit = Visit(driver, base, site)
        visit.drain_logs()
        try:
            test(visit)
            passed += 1
            print(f"ok   {label:4} {test.__name__}")
        except Exception as error:  # a test's failure is reported, the others still run
            failed += 1
            print(f"FAIL {label:4} {test.__name__}: {error}")
            traceback.print_exc(limit=2, file=sys.stdout)
    return passed, failed


def take_screenshots(driver, base, folder):
    folder.mkdir(parents=True, exist_ok=True)
    visit = Visit(driver, base)
    for name in ("home", "search", "practice"):
        if name == "home":
            visit.open("index.html")
        elif name == "search":
            search_from_home(visit, "网格")
        else:
            open_practice(visit, "网格", "思南")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, min(max(height, 800), 4000))
        driver.save_screenshot(str(folder / f"{name}.png"))
    driver.set_window_size(1280, 1000)


def run_on_site(site, tests, folder=None, screenshots=None):
    """Runs `tests` on `site` from file:// and from an HTTP sub-path, then
    `screenshots(driver, file_base, folder)` when a folder is given. (passed, failed)."""
    site = pathlib.Path(site).resolve()
    server, served_root, http_base = serve_under_sub_path(site)
    bases = {"file": site.as_uri() + "/", "http": http_base}
    driver = start_browser()
    passed = failed = 0
    try:
        for label, base in bases.items():
            counts = run_tests(driver, base, label, tests, site)
            passed, failed = passed + counts[0], failed + counts[1]
        if folder and screenshots:
            screenshots(driver, bases["file"], folder)
    finally:
        driver.quit()
        server.shutdown()
        shutil.rmtree(served_root, ignore_errors=True)
    return passed, failed


def run_suite(tests, screenshots=None, long_tests=(), long_screenshots=None):
    """Runs `tests` on the site named by argv[1] (`run_on_site`), screenshots into the folder
    argv[2] names, if any; with `--long-site DIR` in argv, `long_tests` on DIR (a larger site:
    long tables, paged mechanisms) the same way. Prints the closing line "N passed, N failed"
    of them all; the exit status."""
    arguments = sys.argv[1:]
    long_site = None
    if "--long-site" in arguments:
        at = arguments.index("--long-site")
        long_site = arguments[at + 1]
        del arguments[at:at + 2]
    folder = pathlib.Path(arguments[1]) if len(arguments) > 1 else None
    passed, failed = run_on_site(arguments[0], tests, folder, screenshots)
    if long_site and long_tests:
        counts = run_on_site(long_site, long_tests, folder, long_screenshots)
        passed, failed = passed + counts[0], failed + counts[1]
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def main():
    return run_suite(TESTS, take_screenshots)


if __name__ == "__main__":
    sys.exit(main())
