#!/usr/bin/env bash
# Builds the knowledge base from the repository's own seeds/ and content/:
# seeds/ → content/ (hand edits kept) → site/ (open site/index.html).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh build
swift build -c release --product jingyan
jingyan=$(swift build -c release --show-bin-path)/jingyan
"$jingyan" extract
"$jingyan" build
