#!/usr/bin/env python3
"""The published site on a real nginx (Debian's), configured with docs/nginx-jingyan.conf as it
is committed, but for `listen` (a free port on 127.0.0.1) and the site folder. nginx runs in the
foreground from a temporary prefix and is stopped at the end.

Runs every browser test of test_site.py against http://127.0.0.1:PORT/kb/, then checks what only
a server does: folder addresses, the redirect of /kb, the 404 page at any depth, media types,
the sitemap and the feed.

Usage: test_nginx.py SITE_DIR   (a site built with --base-url http://intranet.example/kb/)
Prints one line per test and a closing line "N passed, N failed"; exits 1 on any failure.
"""
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions

import test_site
from test_site import run_tests, start_browser

REPO = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = REPO / "docs" / "nginx-jingyan.conf"
SAMPLE_ROOT = "/srv/jingyan/site/"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_nginx(site, prefix, port):
    """Writes the sample (with our port and folder) and a main config around it; starts nginx."""
    served = prefix / "site"
    shutil.copytree(site, served)
    prefix.chmod(0o755)  # nginx's workers drop root and must reach the files
    sample = SAMPLE.read_text(encoding="utf-8")
    assert "listen 80;" in sample and SAMPLE_ROOT in sample, "the sample config changed shape"
    sample = sample.replace("listen 80;", f"listen 127.0.0.1:{port};").replace(SAMPLE_ROOT, f"{served}/")
    (prefix / "jingyan.conf").write_text(sample, encoding="utf-8")
    temp_paths = "\n".join(f"    {name}_temp_path {prefix}/{name};" for name in
                           ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (prefix / "nginx.conf").write_text(f"""
worker_processes 1;
error_log {prefix}/error.log warn;
pid {prefix}/nginx.pid;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
{temp_paths}
    include {prefix}/jingyan.conf;
}}
""", encoding="utf-8")
    subprocess.run(["nginx", "-t", "-q", "-p", str(prefix), "-c", str(prefix / "nginx.conf")], check=True)
    process = subprocess.Popen(["nginx", "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"])
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError(f"nginx did not start; see {prefix}/error.log")


def fetch(url):
    """(status, headers, body) without following redirects."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


# --- Tests of what the server adds ---------------------------------------------------------------

def test_folder_addresses_show_their_index(visit):
    for path, heading in (("", "基层治理经验库"), ("places/", "地点"), ("mechanisms/", "机制")):
        visit.open(path)
        assert visit.driver.find_element(By.TAG_NAME, "h1").text.startswith(heading), path
        visit.check_page_health()
    root = visit.base.rstrip("/")
    status, headers, _ = fetch(root)
    assert status == 301 and headers["Location"].endswith("/kb/"), (status, headers["Location"])


def test_not_found_page_at_any_depth(visit):
    for path in ("nope.html", "practices/nope.html", "places/a/b/c/missing"):
        status, _, body = fetch(visit.base + path)
        assert status == 404 and "页面未找到".encode() in body, (path, status)
    visit.open("places/a/b/c/missing")
    assert visit.driver.find_element(By.TAG_NAME, "h1").text == "页面未找到"
    rules = visit.driver.execute_script(
        "return Array.from(document.styleSheets).reduce(function (n, s) { return n + s.cssRules.length; }, 0)")
    assert rules > 10, "the stylesheet did not load on the 404 page"
    errors, _ = visit.drain_logs()
    # The browser logs the page's own 404 status; anything else is a real error.
    assert all("missing - Failed to load resource" in error for error in errors), errors
    visit.driver.find_element(By.LINK_TEXT, "搜索做法").click()
    visit.wait.until(expected_conditions.url_contains("/kb/search.html"))
    assert visit.driver.find_element(By.ID, "q")
    visit.check_page_health()


def test_media_types_and_caching(visit):
    expected = {"index.html": "text/html", "assets/style.css": "text/css", "assets/site.js": "application/javascript",
                "search/manifest.js": "application/javascript", "search/p/0.js": "application/javascript",
                "data/entries.json.gz": "application/gzip",
                "assets/favicon.svg": "image/svg+xml", "sitemap.xml": "text/xml",
                "data/metrics/sinan-1.js": "application/javascript"}
    for path, media_type in expected.items():
        status, headers, _ = fetch(visit.base + path)
        assert status == 200 and headers.get_content_type() == media_type, (path, status, headers["Content-Type"])
        assert headers["Cache-Control"] == "no-cache" and headers["X-Content-Type-Options"] == "nosniff", path
    assert "charset=utf-8" in fetch(visit.base + "index.html")[1]["Content-Type"]


def test_sitemap_and_feed_use_the_base_url(visit):
    _, _, sitemap = fetch(visit.base + "sitemap.xml")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap.decode())
    assert locations and all(url.startswith("http://intranet.example/kb/") for url in locations)
    # Each address in the sitemap is a page nginx serves.
    for url in locations[:15]:
        status, _, _ = fetch(url.replace("http://intranet.example/kb/", visit.base))
        assert status == 200, url
    assert "<lastmod>2025-01-15</lastmod>" in sitemap.decode()
    _, _, feed = fetch(visit.base + "feed.xml")
    assert feed.count(b"<entry>") > 0 and b"http://www.w3.org/2005/Atom" in feed
    assert b"<updated>2025-01-15T00:00:00Z</updated>" in feed and b"1970" not in feed


def test_practice_page_shows_a_citation_to_copy(visit):
    visit.open("practices/sinan-sanqianghuati-01.html")
    citation = visit.driver.find_element(By.CSS_SELECTOR, ".citation .cite-text").text
    assert citation.startswith("《") and citation.endswith("测试日报，2025年1月15日第3版"), citation
    visit.check_page_health()


def test_about_page_from_the_footer(visit):
    visit.open("practices/missing.html")  # the 404 page: its footer links the about page too
    visit.drain_logs()
    downloads = visit.driver.find_elements(By.CSS_SELECTOR, ".site-footer a[download]")
    assert [a.get_attribute("href") for a in downloads] == [
        "http://" + visit.driver.current_url.split("/")[2] + "/kb/data/entries.json.gz"], \
        [a.get_attribute("href") for a in downloads]
    visit.driver.find_element(By.CSS_SELECTOR, ".site-footer a[href$='about.html']").click()
    visit.wait.until(expected_conditions.url_contains("/kb/about.html"))
    cells = visit.driver.find_elements(By.CSS_SELECTOR, ".seed-pages tbody td code")
    assert cells and cells[0].text.startswith("seeds/"), [c.text for c in cells]
    visit.check_page_health()


SERVER_TESTS = [test_folder_addresses_show_their_index, test_not_found_page_at_any_depth,
                test_media_types_and_caching, test_sitemap_and_feed_use_the_base_url, test_about_page_from_the_footer,
                test_practice_page_shows_a_citation_to_copy]


def main():
    site = pathlib.Path(sys.argv[1]).resolve()
    prefix = pathlib.Path(tempfile.mkdtemp(prefix="jingyan-nginx-"))
    port = free_port()
    nginx = start_nginx(site, prefix, port)
    base = f"http://127.0.0.1:{port}/kb/"
    driver = start_browser()
    try:
        passed, failed = run_tests(driver, base, "nginx", test_site.TESTS + SERVER_TESTS, site)
    finally:
        driver.quit()
        nginx.terminate()
        nginx.wait(timeout=10)
        shutil.rmtree(prefix, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
