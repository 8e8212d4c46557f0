#!/usr/bin/env bash
# swift-format (the toolchain's `swift format`) over the Swift sources, with `.swift-format`.
#   bash scripts/format.sh          format Sources, Tests and Package.swift in place
#   bash scripts/format.sh --check  change nothing; exit 1, listing the findings, when any file
#                                   is not as the formatter would write it or breaks a lint rule
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Sources Tests Package.swift)
case "${1:-}" in
    "")
        swift format format --in-place --recursive --parallel --configuration .swift-format "${paths[@]}"
        ;;
    --check)
        # --strict makes formatting differences and rule findings errors, so the exit code fails CI.
        swift format lint --recursive --strict --parallel --configuration .swift-format "${paths[@]}"
        ;;
    *)
        echo "usage: bash scripts/format.sh [--check]" >&2
        exit 2
        ;;
esac
