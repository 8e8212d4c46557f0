#!/usr/bin/env python3
"""Browser tests of small screens and accessibility (issue 14, item 6), in real headless Chromium.

Every kind of page the site has, 360 CSS pixels wide, scrolls no wider than the screen; axe-core
(the axe.min.js that PyPI's axe-playwright-python ships, injected through selenium) finds no
violation of impact "serious" or "critical" on any of them, wide or narrow; the search page's
tick boxes, compare button and export buttons work from the keyboard alone, and show where the
focus is. With --long-site, the same on a larger site's paged mechanism page. Each test runs on
the site from disk (file://) and served under a sub-path.

Usage: test_access.py SITE_DIR [SCREENSHOT_DIR] [--long-site LONG_SITE_DIR]
Prints one line per test and a closing line "N passed, N failed"; exits 1 on any failure.
"""
import importlib.util
import pathlib
import shutil
import sys
import tempfile
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from test_site import metric_rows, run_suite, search_from_home, wait_for_results, Visit  # noqa: E402

NARROW = 360


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    assert spec, "axe-playwright-python is not installed: bash scripts/ensure-deps.sh test"
    return (pathlib.Path(spec.submodule_search_locations[0]) / "axe.min.js").read_text(encoding="utf-8")


AXE = axe_source()


def open_search(visit):
    visit.open("search.html?q=" + "网格")
    wait_for_results(visit)
    visit.wait.until(lambda d: "找到" in d.find_element(By.ID, "search-status").text)


def open_compare(visit):
    open_search(visit)
    for result in visit.search_results()[:2]:
        result.find_element(By.CSS_SELECTOR, "input.compare-tick").click()
    visit.driver.find_element(By.ID, "compare-open").click()
    visit.wait.until(lambda d: d.find_element(By.ID, "compare-panel").is_displayed())


def opener(path, ready=None):
    def open_page(visit):
        visit.open(path)
        if ready:
            ready(visit)
    return open_page


# Each kind of page the site has, and how to bring it up as a reader would see it.
PAGE_KINDS = {
    "home": opener("index.html"),
    "places": opener("places/index.html"),
    "county": opener("places/sinan.html"),
    "township": opener("places/yuping/xindian.html"),
    "article": opener("articles/sinan-sanqianghuati.html"),
    "practice": opener("practices/sinan-sanqianghuati-01.html"),
    "mechanisms": opener("mechanisms/index.html"),
    "category": opener("mechanisms/wanggehuazhili.html"),
    "scheme": opener("mechanisms/dangxiaozu-wanggeyuan-lianhuzhang.html"),
    "metrics": opener("metrics.html", metric_rows),
    "search": open_search,
    "compare": open_compare,
    "about": opener("about.html"),
    "not-found": opener("404.html"),
}


def longest_mechanism_pages(visit):
    """The second page of the mechanism with the most practices (a paged comparison table)."""
    visit.open("mechanisms/index.html")
    counts = visit.driver.execute_script("""
        return Array.from(document.querySelectorAll('.mechanism-list li'), li => [
            parseInt((li.querySelector('.count') || {}).textContent || '0', 10), li.querySelector('a').href]);""")
    href = max(counts)[1]
    visit.driver.get(href)
    links = visit.driver.find_elements(By.CSS_SELECTOR, ".pagination a")
    assert len(links) > 1, f"{href}: one page only"
    visit.driver.get(links[1].get_attribute("href"))


LONG_PAGE_KINDS = {"paged mechanism": longest_mechanism_pages}


def serious_violations(visit):
    """axe-core's violations of impact serious or critical on the page as it is now."""
    driver = visit.driver
    driver.execute_script(AXE)
    driver.set_script_timeout(60)
    result = driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        // No preload: axe would fetch the stylesheets, which the site's CSP forbids (and file:// cannot serve).
        var failed = e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]);
        axe.run(document, { resultTypes: ['violations'], preload: false }).then(r => done(r.violations), failed);""")
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result if v["impact"] in ("serious", "critical")]


def narrow(visit):
    visit.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                 {"width": NARROW, "height": 800, "deviceScaleFactor": 1, "mobile": False})


def wide(visit):
    visit.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def sideways(visit):
    """How many pixels the page is wider than the window (0 when it fits)."""
    return visit.driver.execute_script("""
        var root = document.documentElement;
        return Math.max(root.scrollWidth - root.clientWidth, root.scrollWidth - innerWidth,
                        document.body.scrollWidth - innerWidth);""")


def check_narrow(visit, kinds):
    narrow(visit)
    try:
        problems = []
        for name, open_page in kinds.items():
            open_page(visit)
            assert visit.driver.execute_script("return innerWidth") == NARROW
            if sideways(visit) > 0:
                problems.append(f"{name}: {sideways(visit)}px wider than the {NARROW}px screen")
            problems += [f"{name} at {NARROW}px: {v}" for v in serious_violations(visit)]
            visit.check_page_health()
        assert not problems, "\n".join(problems)
    finally:
        wide(visit)


def check_axe(visit, kinds):
    problems = []
    for name, open_page in kinds.items():
        open_page(visit)
        problems += [f"{name}: {v}" for v in serious_violations(visit)]
        visit.check_page_health()
    assert not problems, "\n".join(problems)


# --- Tests ------------------------------------------------------------------------------------

def test_no_page_kind_scrolls_sideways_at_360_pixels_or_fails_axe(visit):
    check_narrow(visit, PAGE_KINDS)


def test_no_page_kind_has_serious_axe_violations(visit):
    check_axe(visit, PAGE_KINDS)


def active(visit):
    return visit.driver.switch_to.active_element


def focus_is_visible(visit):
    """The focused element draws an outline or a ring of at least 2px."""
    return visit.driver.execute_script("""
        var style = getComputedStyle(document.activeElement);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';""")


def tab_to(visit, matches, backwards=False, limit=80):
    """Presses Tab (Shift+Tab) until the focused element `matches`; each one on the way must
    show its focus."""
    for _ in range(limit):
        keys = (Keys.SHIFT, Keys.TAB) if backwards else (Keys.TAB,)
        active(visit).send_keys(*keys)
        element = active(visit)
        assert focus_is_visible(visit), f"focus not visible on {element.get_attribute('outerHTML')[:120]}"
        if matches(element):
            return element
    raise AssertionError("never reached by Tab")


def by_id(name):
    return lambda element: element.get_attribute("id") == name


def is_tick(element):
    return "compare-tick" in (element.get_attribute("class") or "")


def exported_by_key(visit, key, button, folder):
    """Tabs back to an export button, presses `key` on it: the file it downloads."""
    before = set(folder.iterdir())
    tab_to(visit, by_id(button), backwards=True).send_keys(key)
    for _ in range(100):
        new = [f for f in set(folder.iterdir()) - before if not f.name.endswith(".crdownload")]
        if new and new[0].stat().st_size > 0:
            return new[0]
        time.sleep(0.1)
    raise AssertionError(f"{button}: nothing downloaded")


def test_compare_and_export_by_keyboard_alone(visit):
    open_search(visit)
    folder = pathlib.Path(tempfile.mkdtemp(prefix="jingyan-download-"))
    visit.driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})
    try:
        visit.driver.find_element(By.TAG_NAME, "body").send_keys("/")  # the "/" key: to the search box
        assert active(visit).get_attribute("id") == "q"
        ticks = []
        for _ in range(2):  # the first two results' boxes, each reached by Tab, ticked by Space
            tick = tab_to(visit, is_tick)
            tick.send_keys(Keys.SPACE)
            assert tick.is_selected(), "Space did not tick the box"
            ticks.append(tick)
        opener_button = tab_to(visit, by_id("compare-open"), backwards=True)
        opener_button.send_keys(Keys.SPACE)
        panel = visit.driver.find_element(By.ID, "compare-panel")
        visit.wait.until(lambda d: panel.is_displayed())
        assert len(panel.find_elements(By.CSS_SELECTOR, "thead th")) == 2
        active(visit).send_keys(Keys.ESCAPE)
        visit.wait.until(lambda d: not panel.is_displayed())
        assert active(visit).get_attribute("id") == "compare-open"
        assert exported_by_key(visit, Keys.ENTER, "export-json", folder).suffix == ".json"
        assert exported_by_key(visit, Keys.SPACE, "export-csv", folder).suffix == ".csv"
        assert "已导出" in visit.driver.find_element(By.ID, "export-status").text
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    visit.check_page_health()


TESTS = [value for name, value in sorted(globals().items()) if name.startswith("test_")]


def test_paged_mechanism_fits_360_pixels_and_passes_axe(visit):
    check_narrow(visit, LONG_PAGE_KINDS)
    check_axe(visit, LONG_PAGE_KINDS)


LONG_TESTS = [test_paged_mechanism_fits_360_pixels_and_passes_axe]


def take_screenshots(driver, base, folder):
    """The home page at 360 pixels, the whole of its length."""
    folder.mkdir(parents=True, exist_ok=True)
    visit = Visit(driver, base)
    narrow(visit)
    try:
        visit.open("index.html")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": NARROW, "height": min(height, 4000), "deviceScaleFactor": 1, "mobile": False})
        driver.save_screenshot(str(folder / "home-360.png"))
    finally:
        wide(visit)


def main():
    return run_suite(TESTS, take_screenshots, LONG_TESTS)


if __name__ == "__main__":
    sys.exit(main())
