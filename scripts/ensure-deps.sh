#!/usr/bin/env bash
# Installs the Debian packages Jingyan needs when they are missing:
#   ensure-deps.sh build   libcmark-dev, zlib1g-dev and pkg-config (to build jingyan)
#   ensure-deps.sh test    the above plus Chromium, chromedriver, Python selenium and nginx (browser tests),
#                          poppler-utils (the print tests read Chromium's PDFs) and PyPI axe-playwright-python
#                          without its dependencies (the accessibility tests inject the axe-core 4 it bundles
#                          through selenium; Playwright itself is not needed)
#   ensure-deps.sh bench   the test set plus hugo, cmark and PyPI pagefind-bin-extended (BENCHMARKS.md)
set -euo pipefail
want=(libcmark-dev zlib1g-dev pkg-config)
# fonts-wqy-microhei: a Chinese font, so that browser screenshots show the text.
mode="${1:-build}"
if [ "$mode" = test ] || [ "$mode" = bench ]; then want+=(chromium chromium-driver python3-pip fonts-wqy-microhei nginx poppler-utils); fi
if [ "$mode" = bench ]; then want+=(hugo cmark); fi
missing=()
for package in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ "$mode" != build ] && ! python3 -c "import selenium" 2>/dev/null; then
  echo "installing: selenium (PyPI)"
  python3 -m pip install -q selenium 2>/dev/null || python3 -m pip install -q --break-system-packages selenium
fi
axe_found='import importlib.util, sys; sys.exit(importlib.util.find_spec("axe_playwright_python") is None)'
if [ "$mode" != build ] && ! python3 -c "$axe_found" 2>/dev/null; then
  echo "installing: axe-playwright-python (PyPI, for its axe.min.js)"
  python3 -m pip install -q --no-deps axe-playwright-python==0.1.8 2>/dev/null \
    || python3 -m pip install -q --no-deps --break-system-packages axe-playwright-python==0.1.8
fi
if [ "$mode" = bench ] && ! python3 -c "import pagefind_bin_extended" 2>/dev/null; then
  echo "installing: pagefind-bin-extended (PyPI)"
  python3 -m pip install -q pagefind-bin-extended 2>/dev/null || python3 -m pip install -q --break-system-packages pagefind-bin-extended
fi
