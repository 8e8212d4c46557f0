#!/usr/bin/env python3
"""XSS test: a site built from hostile content (Tests/browser/xss-content: script payloads in
every field an official can edit) is opened page by page in headless Chromium, from disk. No
payload may run or turn into markup: no injected elements or event handlers, no javascript:
links, no CSP violation in the console, and the payload text shows as text. The search UI and
the metrics table, which scripts fill, are checked the same way with the payloads in them.

Usage: test_xss.py SITE_DIR
Prints one line per page and a closing line "N passed, N failed"; exits 1 on any failure.
"""
import pathlib
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from test_site import start_browser, Visit

INJECTED = ("img[src='x'], svg[onload], iframe, [onerror], [onload], [onmouseover], [onclick], "
            "a[href^='javascript'], script:not([src]), div[onclick]")


def check_page(visit):
    driver = visit.driver
    assert driver.execute_script("return window.__xss") is None, "a payload ran"
    injected = driver.find_elements(By.CSS_SELECTOR, INJECTED)
    assert not injected, f"payload markup in the page: {[e.get_attribute('outerHTML')[:80] for e in injected]}"
    errors, _ = visit.drain_logs()
    assert not errors, f"console errors (a blocked payload?): {errors}"


def main():
    site = pathlib.Path(sys.argv[1]).resolve()
    base = site.as_uri() + "/"
    driver = start_browser()
    passed = failed = 0
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))

    def run(name, body):
        nonlocal passed, failed
        visit = Visit(driver, base)
        visit.drain_logs()
        try:
            body(visit)
            passed += 1
            print(f"ok   xss  {name}")
        except Exception as error:  # report and go on with the other pages
            failed += 1
            print(f"FAIL xss  {name}: {error}")

    def page_test(path):
        def body(visit):
            visit.open(path)
            check_page(visit)
        return body

    def practice_shows_payloads_as_text(visit):
        visit.open("practices/xss-probe-01.html")
        text = visit.driver.find_element(By.TAG_NAME, "body").text
        for payload in ("标题<script>window.__xss=1</script>", "<img src=x onerror=window.__xss=1>"):
            assert payload in text, f"{payload!r} not shown as text"
        check_page(visit)

    def metrics_table_shows_payloads_as_text(visit):
        visit.open("metrics.html")
        visit.wait.until(lambda d: d.find_element(By.ID, "metric-count").text.startswith("显示"))
        text = visit.driver.find_element(By.ID, "metric-table").text
        assert "<img src=x onerror=window.__xss=1>" in text, text
        check_page(visit)

    def search_results_escape_payloads(visit):
        visit.open("search.html")
        box = visit.driver.find_element(By.ID, "q")
        box.send_keys("引导句", Keys.ENTER)
        visit.wait.until(lambda d: visit.search_results())
        assert "onload=window.__xss=1" in visit.search_results()[0].text
        check_page(visit)

    try:
        for path in pages:
            run(path, page_test(path))
        run("practice shows payloads as text", practice_shows_payloads_as_text)
        run("metrics table shows payloads as text", metrics_table_shows_payloads_as_text)
        run("search results escape payloads", search_results_escape_payloads)
    finally:
        driver.quit()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
