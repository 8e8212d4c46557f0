#!/usr/bin/env bash
# Runs the benchmark of BENCHMARKS.md: installs what it compares against (Debian hugo and cmark,
# PyPI pagefind-bin-extended, Chromium and selenium), builds jingyan and jingyan-bench in release
# mode, then runs `jingyan-bench run` with every comparison on. Arguments are passed on, e.g.
#   bash scripts/bench.sh --sizes 1000,10000,100000
# Results: a table per size on stdout, .build/bench/results.json (or --out DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh bench
swift build -c release --product jingyan
swift build -c release --product jingyan-bench
"$(swift build -c release --show-bin-path)/jingyan-bench" run --hugo --pagefind --browser "$@"
