#!/usr/bin/env python3
"""Browser tests of postings cut into blocks (docs/search-index.md, "Blocks"), in headless
Chromium, over file:// and HTTP under a sub-path.

BLOCKED_SITE is built from the same content as WHOLE_SITE with JINGYAN_SEARCH_BLOCK_POSTINGS set
small, so that its common tokens' postings come in many blocks as a large site's do. A query on it
must find, page after page, what the same query finds on WHOLE_SITE; a one-word query in the same
order and with the same count, having fetched one posting shard for its first page.

Usage: test_search_blocks.py BLOCKED_SITE WHOLE_SITE
Prints one line per test and a closing line "N passed, N failed"; exits 1 on any failure.
"""
import pathlib
import re
import sys
import urllib.parse

from selenium.webdriver.common.by import By

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from test_site import index_requests, run_suite  # noqa: E402

WHOLE = None  # the file:// address of WHOLE_SITE, set by main()


def status_text(visit):
    return visit.driver.find_element(By.ID, "search-status").text


def shown(visit):
    return [r.find_element(By.CSS_SELECTOR, "a.result-title").get_attribute("href").split("/practices/", 1)[1]
            for r in visit.search_results()]


def every_result(visit, address):
    """Opens `address` (a full URL), then asks for more until there is no more: the practices
    shown, in order, the status after the first page and the last one."""
    visit.driver.get(address)
    visit.wait.until(lambda d: "显示前" in status_text(visit) or "没有找到" in status_text(visit))
    first_status = status_text(visit)
    more = visit.driver.find_element(By.ID, "more-results")
    while more.is_displayed():
        # The button hides while a page loads; the status is set again when it is in.
        before = status_text(visit)
        more.click()
        visit.wait.until(lambda d: status_text(visit) != before
                         and f"显示前 {len(visit.search_results())} 条" in status_text(visit))
    return shown(visit), first_status, status_text(visit)


def on_both(visit, query):
    """Every result of `query` (the part after "search.html?") on the blocked and the whole site;
    the whole site first, so that the page left open is the blocked site's."""
    whole = every_result(visit, WHOLE + "search.html?" + query)
    visit.drain_logs()  # the whole site is another site: its requests are not this one's
    blocked = every_result(visit, visit.base + "search.html?" + query)
    return blocked, whole


def count(status):
    return re.search(r"找到 (约 )?(\d+)(\+?) 条", status).group(2, 3)


def test_a_one_word_query_pages_through_its_blocks_in_the_same_order(visit):
    visit.open("search.html?q=" + urllib.parse.quote("网格"))
    visit.wait.until(lambda d: "显示前" in status_text(visit))
    postings = [n for n in index_requests(visit) if n.startswith("p/")]
    assert len(postings) == 1, postings  # its head alone: the page holds no more than a block
    (blocked, first, last), (whole, whole_first, _) = on_both(visit, "q=" + urllib.parse.quote("网格"))
    assert blocked == whole and len(whole) > 20, (blocked, whole)
    # The head says how many documents the whole posting has: the count is exact from the start.
    assert count(first) == count(whole_first) and count(first)[1] == "", (first, whole_first)
    assert count(last) == count(whole_first), (last, whole_first)
    visit.check_page_health()


def test_several_tokens_find_what_the_whole_postings_find(visit):
    for query in ("网格员", "网格 治理", "村民 组织"):
        (blocked, first, last), (whole, _, whole_last) = on_both(visit, "q=" + urllib.parse.quote(query))
        assert sorted(blocked) == sorted(whole), (query, blocked, whole)
        assert blocked[:1] == whole[:1] or count(first)[1] == "+", (query, first)  # ranked from what is loaded
        assert count(last) == count(whole_last), (query, last, whole_last)
    visit.check_page_health()


def test_filters_read_on_until_their_page_is_full(visit):
    visit.open("search.html?q=" + urllib.parse.quote("网格"))
    visit.wait.until(lambda d: "显示前" in status_text(visit))
    place = next(o.get_attribute("value") for o in visit.driver.find_elements(By.CSS_SELECTOR, "#filter-place option")
                 if o.get_attribute("data-label") == "思南")
    for query in ("q=%s&place=%s" % (urllib.parse.quote("网格"), urllib.parse.quote(place, safe="")),
                  "q=%s&mechanism=wanggehuazhili" % urllib.parse.quote("治理")):
        (blocked, _, last), (whole, _, whole_last) = on_both(visit, query)
        assert blocked and sorted(blocked) == sorted(whole), (query, blocked, whole)
        assert "+" not in last and count(last) == count(whole_last), (query, last, whole_last)
    visit.check_page_health()


TESTS = [
    test_a_one_word_query_pages_through_its_blocks_in_the_same_order,
    test_several_tokens_find_what_the_whole_postings_find,
    test_filters_read_on_until_their_page_is_full,
]


def main():
    global WHOLE
    WHOLE = pathlib.Path(sys.argv.pop(2)).resolve().as_uri() + "/"
    return run_suite(TESTS)


if __name__ == "__main__":
    sys.exit(main())
