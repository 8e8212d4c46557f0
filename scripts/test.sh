#!/usr/bin/env bash
# Runs every test: the Swift test suites, then the browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh test
swift test
bash Tests/robustness/kill-build.sh
bash Tests/robustness/hostile.sh
bash Tests/browser/run.sh
