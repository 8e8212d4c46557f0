#!/usr/bin/env python3
"""What a built site weighs: bytes per folder, and per section of its practice, mechanism and
article pages.

usage: site_weight.py SITE_DIR

Sizes are the files' own bytes (not disk blocks). A section is found by the markup the bundled
theme gives it (a value quoted or not); what no pattern matches is "rest". Python 3 standard library only.
"""
import collections
import os
import re
import sys

FOLDERS = ["practices", "mechanisms", "articles", "places", "data", "search"]
CHROME = [
    ("head and site header", r"<!DOCTYPE.*?<main id=\"?main\"?>"),
    ("footer", r"<footer class=\"?site-footer\"?>.*?</html>"),
]
SECTIONS = {
    "practices": [
        ("body", r"<div class=\"?practice-body\"?>.*?</div>"),
        ("tags", r"<ul class=\"tags[^\"]*\">.*?</ul>\s*</header>"),
        ("metrics table", r"<section>\s*<h2>指标</h2>.*?</section>"),
        ("provenance", r"<section class=\"?provenance\"?>.*?</section>"),
        # The section site.js fills (data-place); until then it held the neighbours themselves.
        ("neighbours", r"<section class=\"?neighbours\"?[^>]*>.*?</section>"),
    ],
    "mechanisms": [
        # Cells by their content: the theme's cells had classes (comparison-practice…) until
        # they were styled by position.
        # The place is left out of a place's first row (the row group's heading names it).
        # A cell ends at its </td> or, since the rows leave that out, where the next cell opens.
        ("rows: practice link",
         r"<td(?: class=\"?comparison-practice\"?)?>(?:<span(?: class=\"?row-place\"?)?>[^<]*</span>)?"
         r"<a href=\"?[^\">]*practices/[^\">]*\"?>.*?(?:</td>|(?=<td))"),
        ("rows: figures",
         r"<td(?: class=\"?comparison-figures\"?)?>(?:<ul>|<span class=\"?none\"?>).*?(?:</td>|(?=<td))"),
        # An undated row's cell was 未注明; it is empty since style.css writes the word.
        ("rows: date",
         r"<td(?: class=\"?comparison-date[^\">]*\"?| class=\"?none\"?)?>(?:\d{4}年[^<]*|未注明|)"
         r"(?:</td>|(?=<td)|(?=\s*(?:<tr>|<tbody>|</tbody>|</table>)))"),
        # The source is a row's last cell: it ends at its </td></tr> or, since the rows leave
        # those out, where the next row, row group or the table begins. A run of one article's
        # rows shares the first one's (rowspan), and the date is then the others' last cell.
        ("rows: source",
         r"<td(?: class=\"?comparison-source\"?| rowspan=\"?\d+\"?)?>[^<]*"
         r"(?:</td>(?=\s*</tr>)|(?=\s*(?:<tr>|<tbody>|</tbody>|</table>)))"),
        ("rows: place cell", r"<th scope=\"?rowgroup\"?.*?</th>"),
        ("pagination", r"<nav class=\"?pagination\"?.*?</nav>"),
    ],
    "articles": [
        # One list per run of lines (cited or not); until the runs, one list of them all.
        # Since the runs are in div.source-lines, a run is an <ol> with the class cited or none.
        ("original lines", r"<ol(?: class=\"?(?:source-lines(?: cited)?|cited)\"?)? start=[^>]*>.*?</ol>"),
        # A card ends where the next begins or its list closes its section (its tags are lists
        # too), after its </li> or, since cards leave it out, without.
        ("practice cards",
         r"<li class=\"?practice-card\"?>.*?(?:</li>)?(?=\s*(?:<li class=\"?practice-card\"?>|</ul>\s*</section>))"),
    ],
}


def folder_bytes(site):
    """(folder, files, bytes) of each folder, then of the whole site."""
    rows = []
    for folder in FOLDERS + [""]:
        sizes = [os.path.getsize(os.path.join(root, name))
                 for root, _, names in os.walk(os.path.join(site, folder)) for name in names]
        rows.append((folder or "total", len(sizes), sum(sizes)))
    return rows


def section_bytes(folder, patterns):
    """Bytes of each section summed over the folder's pages, and the page count."""
    totals = collections.Counter()
    pages = 0
    for name in sorted(os.listdir(folder)):
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        size = len(text.encode())
        for label, pattern in patterns + CHROME:
            found = sum(len(m.group(0).encode()) for m in re.finditer(pattern, text, re.S))
            totals[label] += found
            size -= found
        totals["rest"] += size
        pages += 1
    return totals, pages


def main():
    site = sys.argv[1]
    for folder, files, size in folder_bytes(site):
        print(f"{folder:12s} {files:7d} files {size:13,d} bytes")
    for folder, patterns in SECTIONS.items():
        totals, pages = section_bytes(os.path.join(site, folder), patterns)
        whole = sum(totals.values())
        print(f"\n{folder}: {pages} pages, {whole / pages:,.0f} bytes a page")
        for label, size in totals.most_common():
            print(f"  {label:22s} {size:13,d} {100 * size / whole:5.1f}% {size / pages:8,.0f} a page")


if __name__ == "__main__":
    main()
