#!/usr/bin/env bash
# Runs every test: the Swift test suites, then the browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh test
bash scripts/format.sh --check        # swift-format with .swift-format: run `bash scripts/format.sh` to fix
python3 scripts/long_functions.py     # no function over 60 lines
swift test
bash Tests/robustness/kill-build.sh
bash Tests/robustness/hostile.sh
bash Tests/browser/run.sh
