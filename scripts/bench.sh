#!/usr/bin/env bash
# Runs the benchmark of BENCHMARKS.md: installs what it compares against (Debian hugo and cmark,
# PyPI pagefind-bin-extended, Chromium and selenium), builds jingyan and jingyan-bench in release
# mode, then runs `jingyan-bench run` with every comparison on. Arguments are passed on, e.g.
#   bash scripts/bench.sh --sizes 1000,10000,100000
# Results: a table per size on stdout, .build/bench/results.json (or --out DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh test
missing=()
for package in hugo cmark; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! python3 -c "import pagefind_bin_extended" 2>/dev/null; then
  echo "installing: pagefind-bin-extended (PyPI)"
  python3 -m pip install -q pagefind-bin-extended 2>/dev/null || python3 -m pip install -q --break-system-packages pagefind-bin-extended
fi
swift build -c release --product jingyan
swift build -c release --product jingyan-bench
"$(swift build -c release --show-bin-path)/jingyan-bench" run --hugo --pagefind --browser "$@"
