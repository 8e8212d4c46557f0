#!/usr/bin/env bash
# Builds the site from the repo's content with `jingyan build` and runs the browser tests
# (Tests/browser/test_site.py; comparing practices: test_compare.py; field search and export: test_export.py;
# printing: test_print.py; small screens, axe-core and the keyboard: test_access.py; postings in
# blocks: test_search_blocks.py) in headless Chromium,
# over file:// and over HTTP under a sub-path,
# then builds a site from hostile content (Tests/browser/xss-content) and checks that no script
# payload runs in it (Tests/browser/test_xss.py), and serves a site built with --base-url on a real
# nginx with docs/nginx-jingyan.conf under /kb/ (Tests/browser/test_nginx.py).
# scripts/ensure-deps.sh installs chromium, chromium-driver, selenium, poppler-utils and axe-core when
# they are missing.
# Environment: JINGYAN_CONTENT (default content), JINGYAN_SEEDS (default seeds),
# SCREENSHOTS (folder for the screenshots, printed sheets as PNG among them; default
# .build/browser-screenshots).
# Exits non-zero on failure; the last line is "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/ensure-deps.sh test

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! swift run -q jingyan build --content "${JINGYAN_CONTENT:-content}" --seeds "${JINGYAN_SEEDS:-seeds}" --out "$work/site"; then
    echo "0 passed, 1 failed"
    exit 1
fi
swift run -q jingyan build --content Tests/browser/xss-content --seeds Tests/browser/xss-content/seeds --out "$work/xss-site"
# The address docs/nginx-jingyan.conf publishes at; the test serves it on a free local port.
# Its seed pages get a sidecar each (a made-up paper and date: test data), so that the feed and
# the citations have a date to show.
mkdir -p "$work/dated/seeds"
cp "${JINGYAN_SEEDS:-seeds}"/*.txt "$work/dated/seeds/"
for page in "$work/dated/seeds"/*.txt; do
    printf 'publication: 测试日报\ndate: 2025-01-15\npage: 3\n' > "${page%.txt}.yml"
done
bin="$(swift build --show-bin-path)"
(cd "$work/dated" && "$bin/jingyan" extract > /dev/null)  # in the folder: the sources read seeds/…
swift run -q jingyan build --content "$work/dated/content" --seeds "$work/dated/seeds" \
    --base-url http://intranet.example/kb/ --out "$work/nginx-site"

# A larger site, for a comparison table that prints over several sheets and a mechanism with
# several pages: 12 of jingyan-bench's generated seed pages (the same every time), extracted and built.
mkdir -p "$work/long"
swift run -q jingyan-bench corpus --pages 12 --out "$work/long/seeds" > /dev/null
(cd "$work/long" && "$bin/jingyan" extract > /dev/null)
swift run -q jingyan build --content "$work/long/content" --seeds "$work/long/seeds" --out "$work/long-site"
# The same with postings cut into blocks of 20 documents (a page of results), as a large site's
# are cut into blocks of 2,048: test_search_blocks.py compares its searches with long-site's.
JINGYAN_SEARCH_BLOCK_POSTINGS=20 swift run -q jingyan build --content "$work/long/content" --seeds "$work/long/seeds" \
    --out "$work/blocked-site"

# Every suite runs; the closing line adds up their counts.
status=0
python3 Tests/browser/test_site.py "$work/site" "${SCREENSHOTS:-.build/browser-screenshots}" | tee "$work/site.log" || status=1
python3 Tests/browser/test_compare.py "$work/site" "${SCREENSHOTS:-.build/browser-screenshots}" | tee "$work/compare.log" || status=1
python3 Tests/browser/test_export.py "$work/site" | tee "$work/export.log" || status=1
shots="${SCREENSHOTS:-.build/browser-screenshots}"
python3 Tests/browser/test_print.py "$work/site" "$shots" --long-site "$work/long-site" | tee "$work/print.log" || status=1
python3 Tests/browser/test_access.py "$work/site" "$shots" --long-site "$work/long-site" | tee "$work/access.log" || status=1
python3 Tests/browser/test_xss.py "$work/xss-site" | tee "$work/xss.log" || status=1
python3 Tests/browser/test_nginx.py "$work/nginx-site" | tee "$work/nginx.log" || status=1
python3 Tests/browser/test_search_blocks.py "$work/blocked-site" "$work/long-site" | tee "$work/blocks.log" || status=1
tail -n 1 -q "$work/site.log" "$work/compare.log" "$work/export.log" "$work/print.log" "$work/access.log" \
    "$work/xss.log" "$work/nginx.log" "$work/blocks.log" \
    | awk '{ passed += $1; failed += $3 } END { printf "%d passed, %d failed\n", passed, failed }'
exit $status
