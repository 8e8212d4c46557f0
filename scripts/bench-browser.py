#!/usr/bin/env python3
"""Query latency and bytes fetched, in headless Chromium, for one static site's search page.

Serves SITE over HTTP on loopback (file:// reports no transfer sizes), opens
PAGE?q=FIRST in a fresh browser (empty cache), waits for the first result, then types SECOND
into the search box and waits for the results to change. Prints one JSON object:

  {"first":  {"ms": time from navigation start to the first result, "bytes": all bytes fetched, "results": n},
   "second": {"ms": time from the input event to new results,  "bytes": bytes fetched for it, "results": n}}

each the median of --repeat fresh browsers. Used by `jingyan-bench run --browser`.
Usage: bench-browser.py SITE PAGE FIRST SECOND [--repeat N]
"""
import argparse
import functools
import http.server
import json
import statistics
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

# Installed before the page parses (deferred scripts run before DOMContentLoaded): records when
# #results first has children, and after each reset, when it next has. performance.now() counts
# from navigation start.
OBSERVER = """
performance.setResourceTimingBufferSize(100000);
window.__resultsAt = null;
new MutationObserver(function () {
  var list = document.getElementById("results");
  if (window.__resultsAt === null && list && list.children.length > 0) window.__resultsAt = performance.now();
}).observe(document, {childList: true, subtree: true});
"""

TRANSFERRED = """
return performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
  .slice(arguments[0]).reduce(function (sum, e) { return sum + e.transferSize; }, 0);
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def start_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--lang=zh-CN"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(120)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": OBSERVER})
    return driver


def wait_for_results(driver):
    WebDriverWait(driver, 120, poll_frequency=0.01).until(
        lambda d: d.execute_script("return window.__resultsAt !== null"))
    return driver.execute_script("return [window.__resultsAt, document.getElementById('results').children.length]")


def measure_once(url, second):
    driver = start_browser()
    try:
        driver.get(url)
        first_at, first_count = wait_for_results(driver)
        first_bytes = driver.execute_script(TRANSFERRED, 0)
        entries = driver.execute_script(
            "return performance.getEntriesByType('navigation').length + performance.getEntriesByType('resource').length")
        typed_at = driver.execute_script("""
            var input = document.getElementById("q");
            window.__resultsAt = null;
            document.getElementById("results").replaceChildren();
            input.value = arguments[0];
            var start = performance.now();
            input.dispatchEvent(new Event("input", {bubbles: true}));
            return start;""", second)
        second_at, second_count = wait_for_results(driver)
        second_bytes = driver.execute_script(TRANSFERRED, entries)
        return ({"ms": first_at, "bytes": first_bytes, "results": first_count},
                {"ms": second_at - typed_at, "bytes": second_bytes, "results": second_count})
    finally:
        driver.quit()


def median_of(runs):
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("page")
    parser.add_argument("first")
    parser.add_argument("second")
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    handler = functools.partial(QuietHandler, directory=arguments.site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/{arguments.page}?q={arguments.first}"
    try:
        runs = [measure_once(url, arguments.second) for _ in range(arguments.repeat)]
    finally:
        server.shutdown()
    print(json.dumps({"first": median_of([r[0] for r in runs]), "second": median_of([r[1] for r in runs])}))


if __name__ == "__main__":
    main()
