#!/usr/bin/env python3
"""Browser tests of printing (issue 14, item 5), in real headless Chromium.

Practice, place, mechanism and search-result pages are printed to PDF by Chromium
(Page.printToPDF, the page's own @page size preferred over the Letter paper asked for) and the
PDF is read back with poppler's pdfinfo and pdftotext: A4 sheets; no navigation, search box,
button or tick box; the citation and the page's own address at the foot; no table row or card
cut between two sheets (its text, read in the order Chromium drew it, whole on one sheet). A
comparison table long enough to run over three sheets or more is printed from a second, larger
site (--long-site). Each test runs on the site from disk (file://) and served under a sub-path.

Usage: test_print.py SITE_DIR [SCREENSHOT_DIR] [--long-site LONG_SITE_DIR]
The screenshots are the printed sheets as PNG (pdftoppm). Prints one line per test and a closing
line "N passed, N failed"; exits 1 on any failure.
"""
import base64
import pathlib
import re
import subprocess
import sys
import tempfile
import urllib.parse

from selenium.webdriver.common.by import By

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from test_site import open_practice, run_suite, search_from_home, Visit  # noqa: E402

GRID_CATEGORY = "mechanisms/wanggehuazhili.html"
# Letter paper: a sheet of A4 in the PDF can only come from the stylesheet's @page.
PRINT_OPTIONS = {"paperWidth": 8.5, "paperHeight": 11, "preferCSSPageSize": True, "printBackground": False}
A4_POINTS = (595.28, 841.89)
# Text of the site's header, breadcrumbs and footer, as pdftotext reads it without spaces.
CHROME_TEXT = ["地点机制指标搜索", "跳到正文", "搜索做法，如：网格", "数据下载", "可离线浏览", "首页›"]


def squeezed(text):
    """Text without white space: a PDF breaks lines where the page did, words have no spaces."""
    return re.sub(r"\s+", "", text)


class Printed:
    """A page printed to PDF: its sheets' sizes (points) and text, as Chromium drew it."""

    def __init__(self, pdf):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
            file.write(pdf)
            file.flush()
            info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", file.name],
                                  capture_output=True, text=True, check=True).stdout
            text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", file.name, "-"],
                                  capture_output=True, text=True, check=True).stdout
        self.pdf = pdf
        self.sizes = [(float(w), float(h)) for w, h in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", info)]
        self.sheets = [squeezed(sheet) for sheet in text.split("\f")[:len(self.sizes)]]
        self.text = "".join(self.sheets)

    def sheets_holding(self, text):
        return [number for number, sheet in enumerate(self.sheets) if squeezed(text) in sheet]

    def assert_a4(self):
        assert self.sizes, "no sheets"
        for width, height in self.sizes:
            assert abs(width - A4_POINTS[0]) < 1 and abs(height - A4_POINTS[1]) < 1, self.sizes

    def assert_no_site_controls(self):
        shown = [text for text in CHROME_TEXT if text in self.text]
        assert not shown, f"printed: {shown}"

    def assert_whole(self, blocks, what):
        """Each block's text (innerText on paper) lies on one sheet, in one piece."""
        assert blocks, f"no {what} to check"
        cut = [block[:40] for block in blocks if not self.sheets_holding(block)]
        assert not cut, f"{len(cut)} of {len(blocks)} {what} cut between sheets or missing: {cut[:3]}"

    def assert_foot(self, visit, citation=None):
        """The foot ends the last sheet: the citation, if any, then the page's own address."""
        address = urllib.parse.unquote(visit.driver.current_url.split("#")[0])
        last = self.sheets[-1]
        assert last.endswith(squeezed(address)), (last[-200:], address)
        if citation:
            assert "引用：" + squeezed(citation) in last, (last[-300:], citation)


def print_page(visit):
    data = visit.driver.execute_cdp_cmd("Page.printToPDF", PRINT_OPTIONS)["data"]
    return Printed(base64.b64decode(data))


def on_paper(visit, script, *arguments):
    """Runs `script` with the page laid out for print (its innerText is what paper shows)."""
    driver = visit.driver
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        return driver.execute_script(script, *arguments)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def texts_on_paper(visit, selector):
    return on_paper(visit, "return Array.from(document.querySelectorAll(arguments[0]), e => e.innerText)", selector)


def controls_on_paper(visit):
    """The form controls, navigation and tick boxes that paper would show."""
    return on_paper(visit, """
        return Array.from(document.querySelectorAll('nav, form, input, button, select, .compare-label'))
            .filter(e => e.getClientRects().length > 0).map(e => e.outerHTML.slice(0, 80));""")


def table_rows(visit):
    """Each comparison-table row's cells but the place (which spans its place's rows); an empty
    cell by the text style.css writes in it (an undated row's 未注明), which paper shows."""
    return on_paper(visit, """
        var written = td => (getComputedStyle(td, '::before').content.match(/^"(.*)"$/) || ['', ''])[1];
        return Array.from(document.querySelectorAll('table.comparison-table tbody tr'),
            tr => Array.from(tr.querySelectorAll('td'), td => td.innerText || written(td)).join(''));""")


# --- Tests ------------------------------------------------------------------------------------

def test_practice_prints_on_a4_with_its_citation_and_address_at_the_foot(visit):
    open_practice(visit, "网格", "思南")
    title = visit.driver.find_element(By.TAG_NAME, "h1").text
    citation = visit.driver.find_element(By.CSS_SELECTOR, ".provenance .cite-text").text
    printed = print_page(visit)
    printed.assert_a4()
    printed.assert_no_site_controls()
    assert not controls_on_paper(visit), controls_on_paper(visit)
    assert squeezed(title) in printed.sheets[0], title
    assert "划分网格1665个" in printed.text
    printed.assert_foot(visit, citation)
    visit.check_page_health()


def test_relative_links_print_as_text_absolute_ones_with_their_address(visit):
    open_practice(visit, "网格", "思南")
    visit.driver.execute_script("""
        var link = document.createElement('a');
        link.href = 'https://example.org/report';
        link.textContent = '外部报道';
        document.querySelector('.practice-body').appendChild(link);""")
    kicker = visit.driver.find_element(By.CSS_SELECTOR, ".practice-header .kicker a")
    place = kicker.text
    screen_colour = visit.driver.execute_script("return getComputedStyle(arguments[0]).color", kicker)
    printed = print_page(visit)
    assert "外部报道(https://example.org/report)" in printed.text, printed.text[:400]
    assert place in printed.text and "places/" not in printed.text, printed.text[:400]
    styled = on_paper(visit, """
        return Array.from(document.querySelectorAll('main a')).filter(a => {
            var style = getComputedStyle(a);
            return style.color === arguments[0] || style.textDecorationLine !== 'none';
        }).map(a => a.outerHTML.slice(0, 80));""", screen_colour)
    assert not styled, f"links that look like links on paper: {styled}"


def test_place_prints_its_reports_practices_whole(visit):
    visit.open("places/sinan.html")
    printed = print_page(visit)
    printed.assert_a4()
    printed.assert_no_site_controls()
    assert not controls_on_paper(visit), controls_on_paper(visit)
    assert len(printed.sheets) >= 2, len(printed.sheets)
    printed.assert_whole(texts_on_paper(visit, ".practice-links > li"), "practice lines")
    printed.assert_whole(texts_on_paper(visit, "table.metric-table tbody tr"), "metric rows")
    printed.assert_foot(visit)
    visit.check_page_health()


def test_mechanism_prints_its_comparison_table_rows_whole(visit):
    visit.open(GRID_CATEGORY)
    printed = print_page(visit)
    printed.assert_a4()
    printed.assert_no_site_controls()
    assert not controls_on_paper(visit), controls_on_paper(visit)
    printed.assert_whole(table_rows(visit), "table rows")
    printed.assert_foot(visit)
    visit.check_page_health()


def test_search_results_print_without_boxes_or_buttons(visit):
    results = search_from_home(visit, "网格")
    for result in (results[0], results[2]):
        result.find_element(By.CSS_SELECTOR, "input.compare-tick").click()
    visit.driver.find_element(By.ID, "compare-open").click()
    printed = print_page(visit)
    printed.assert_a4()
    printed.assert_no_site_controls()
    assert not controls_on_paper(visit), controls_on_paper(visit)
    assert not [text for text in ("移除", "导出当前结果", "关闭比较", "也可关闭") if text in printed.text], printed.text
    assert len(printed.sheets) >= 2, len(printed.sheets)
    printed.assert_whole(texts_on_paper(visit, "#results li.result"), "result cards")
    printed.assert_whole(texts_on_paper(visit, "#compare-table tbody tr"), "compared rows")
    printed.assert_foot(visit)
    assert "search.html?q=网格" in printed.sheets[-1]
    visit.check_page_health()


TESTS = [value for name, value in sorted(globals().items()) if name.startswith("test_")]


def longest_mechanism(visit):
    """The mechanism index's entry with the most practices: its page's table is the longest."""
    visit.open("mechanisms/index.html")
    entries = visit.driver.find_elements(By.CSS_SELECTOR, ".mechanism-list li")
    counts = [(int(re.search(r"(\d+) 条做法", e.text).group(1)), e) for e in entries if "条做法" in e.text]
    return max(counts, key=lambda pair: pair[0])[1].find_element(By.TAG_NAME, "a").get_attribute("href")


def test_long_comparison_table_keeps_rows_whole_over_three_sheets(visit):
    visit.driver.get(longest_mechanism(visit))
    rows = table_rows(visit)
    printed = print_page(visit)
    printed.assert_a4()
    assert len(printed.sheets) >= 3, f"{len(rows)} rows print on {len(printed.sheets)} sheets"
    printed.assert_whole(rows, "table rows")
    head = squeezed(on_paper(visit, "return document.querySelector('table.comparison-table thead').innerText"))
    assert all(head in sheet for sheet in printed.sheets[1:-1]), "the table's head is not on every sheet"
    printed.assert_foot(visit)
    visit.check_page_health()


def test_long_comparison_table_prints_each_shared_source_beside_its_rows(visit):
    """Rows of one article share the first one's source cell (rowspan): on paper the cell is kept
    whole on a sheet, and the rows it spans with it, so no row is parted from its source."""
    visit.driver.get(longest_mechanism(visit))
    runs = on_paper(visit, """
        var written = td => (getComputedStyle(td, '::before').content.match(/^"(.*)"$/) || ['', ''])[1];
        var text = tr => Array.from(tr.querySelectorAll('td'), td => td.innerText || written(td)).join('');
        return Array.from(document.querySelectorAll('table.comparison-table td[rowspan]'), source => {
            var rows = [], tr = source.parentElement;
            for (var i = 0; i < source.rowSpan && tr; i++, tr = tr.nextElementSibling) rows.push(text(tr));
            return [source.innerText, rows];
        });""")
    assert runs, "no row shares its source"
    printed = print_page(visit)
    assert len(printed.sheets) >= 3, len(printed.sheets)
    parted = [source[:30] for source, rows in runs
              if any(not set(printed.sheets_holding(row)) & set(printed.sheets_holding(source)) for row in rows)]
    assert not parted, f"{len(parted)} of {len(runs)} shared sources parted from their rows: {parted[:3]}"
    visit.check_page_health()


LONG_TESTS = [test_long_comparison_table_keeps_rows_whole_over_three_sheets,
              test_long_comparison_table_prints_each_shared_source_beside_its_rows]


def save_sheets(printed, folder, name):
    """The printed sheets as PNG at 60 dpi, name-1.png, name-2.png…"""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{name}-*.png"):
        old.unlink()
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(printed.pdf)
        file.flush()
        subprocess.run(["pdftoppm", "-png", "-r", "60", file.name, str(folder / name)], check=True)


def take_screenshots(driver, base, folder):
    visit = Visit(driver, base)
    open_practice(visit, "网格", "思南")
    save_sheets(print_page(visit), folder, "print-practice")
    visit.open("places/sinan.html")
    save_sheets(print_page(visit), folder, "print-place")
    search_from_home(visit, "网格")
    save_sheets(print_page(visit), folder, "print-search")


def take_long_screenshots(driver, base, folder):
    visit = Visit(driver, base)
    visit.driver.get(longest_mechanism(visit))
    save_sheets(print_page(visit), folder, "print-mechanism")


def main():
    return run_suite(TESTS, take_screenshots, LONG_TESTS, take_long_screenshots)


if __name__ == "__main__":
    sys.exit(main())
