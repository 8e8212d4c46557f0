#!/usr/bin/env python3
"""Query latency and bytes fetched, in headless Chromium, for one static site's search page.

Serves SITE over HTTP on loopback and counts the response bytes it sends (Pagefind fetches
from a Web Worker, whose requests the page's performance entries do not show), opens
PAGE?q=FIRST in a fresh browser (empty cache), waits for the first result, then types SECOND
into the search box and waits for the results to change. Then, in another fresh browser, opens
PAGE without a query, lets it load and settle, and types FIRST: the first query of a reader who
opens the search page and types, nothing of the index fetched before. Prints one JSON object:

  {"first":  {"ms": time from navigation start to the first result, "bytes": all bytes fetched, "results": n},
   "second": {"ms": time from the input event to new results,  "bytes": bytes fetched for it, "results": n},
   "typedFirst": {"ms": time from the input event to the first result, "bytes": bytes fetched for it, "results": n}}

each the median of --repeat fresh browsers. Used by `jingyan-bench run --browser`.
Usage: bench-browser.py SITE PAGE FIRST SECOND [--repeat N]
"""
import argparse
import functools
import http.server
import json
import statistics
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

# Installed before the page parses (deferred scripts run before DOMContentLoaded): records when
# #results first has children, and after each reset, when it next has. performance.now() counts
# from navigation start.
OBSERVER = """
window.__resultsAt = null;
new MutationObserver(function () {
  var list = document.getElementById("results");
  if (window.__resultsAt === null && list && list.children.length > 0) window.__resultsAt = performance.now();
}).observe(document, {childList: true, subtree: true});
"""



class CountingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files quietly and adds the body bytes it sends to the server's `bytes_sent`."""

    def log_message(self, *args):
        pass

    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        with self.server.lock:
            self.server.bytes_sent += len(data)


def bytes_sent(server):
    with server.lock:
        return server.bytes_sent


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


def type_query(driver, server, query):
    """Types `query` into the box as one input event; returns its figures once results show."""
    start_bytes = bytes_sent(server)
    typed_at = driver.execute_script("""
        var input = document.getElementById("q");
        window.__resultsAt = null;
        document.getElementById("results").replaceChildren();
        input.value = arguments[0];
        var start = performance.now();
        input.dispatchEvent(new Event("input", {bubbles: true}));
        return start;""", query)
    results_at, count = wait_for_results(driver)
    return {"ms": results_at - typed_at, "bytes": bytes_sent(server) - start_bytes, "results": count}


def measure_once(server, page_url, first, second):
    driver = start_browser()
    try:
        start_bytes = bytes_sent(server)
        driver.get(f"{page_url}?q={first}")
        first_at, first_count = wait_for_results(driver)
        first_bytes = bytes_sent(server) - start_bytes
        typed_second = type_query(driver, server, second)
    finally:
        driver.quit()
    driver = start_browser()
    try:
        driver.get(page_url)
        # Loaded, and a second for its scripts to settle (Pagefind's page imports its module first).
        WebDriverWait(driver, 120, poll_frequency=0.01).until(
            lambda d: d.execute_script("return document.readyState === 'complete'"))
        time.sleep(1)
        typed_first = type_query(driver, server, first)
    finally:
        driver.quit()
    return {"first": {"ms": first_at, "bytes": first_bytes, "results": first_count},
            "second": typed_second, "typedFirst": typed_first}


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
    handler = functools.partial(CountingHandler, directory=arguments.site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.lock = threading.Lock()
    server.bytes_sent = 0
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page_url = f"http://127.0.0.1:{server.server_address[1]}/{arguments.page}"
    try:
        runs = [measure_once(server, page_url, arguments.first, arguments.second) for _ in range(arguments.repeat)]
    finally:
        server.shutdown()
    print(json.dumps({key: median_of([run[key] for run in runs]) for key in runs[0]}))


if __name__ == "__main__":
    main()
