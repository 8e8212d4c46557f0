#!/usr/bin/env bash
# A build killed with SIGKILL at any moment leaves the previous site/ whole, and the next build
# succeeds and removes what the killed one left. Builds alternate between two versions of the
# content; after each kill, site/ must be byte-identical to the complete build of one of them.
# Prints "N passed, N failed"; exits 1 on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product jingyan >/dev/null
jingyan="$(swift build -c release --show-bin-path)/jingyan"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A corpus big enough for a build to take a moment: the seed page under many file names.
mkdir -p "$work/seeds"
for n in $(seq -w 1 12); do cp seeds/*.txt "$work/seeds/page-$n.txt"; done
"$jingyan" extract --seeds "$work/seeds" --content "$work/a" >/dev/null
cp -a "$work/a" "$work/b"
practice="$(find "$work/b" -name '*-01.md' | sort | sed -n 1p)"  # sed reads all: no SIGPIPE under pipefail
printf '\n第二版。\n' >> "$practice"
"$jingyan" build --content "$work/a" --seeds "$work/seeds" --out "$work/ref-a" >/dev/null
"$jingyan" build --content "$work/b" --seeds "$work/seeds" --out "$work/ref-b" >/dev/null
cp -a "$work/ref-a" "$work/site"

passed=0
failed=0
current=a
for delay in 0.05 0.2 0.5 0.9 1.4 1.9 2.4 2.8 3.2 3.6; do
    next=$([ "$current" = a ] && echo b || echo a)
    "$jingyan" build --content "$work/$next" --seeds "$work/seeds" --out "$work/site" >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if diff -rq "$work/site" "$work/ref-$current" >/dev/null 2>&1; then
        result="old site intact"
    elif diff -rq "$work/site" "$work/ref-$next" >/dev/null 2>&1; then
        result="new site complete"
        current=$next
    else
        result=""
    fi
    if [ -n "$result" ]; then
        passed=$((passed + 1))
        echo "ok   killed after ${delay}s: $result"
    else
        failed=$((failed + 1))
        echo "FAIL killed after ${delay}s: site/ is neither the old nor the new build"
    fi
done
# The next build completes and leaves no staging or retired folders behind.
"$jingyan" build --content "$work/a" --seeds "$work/seeds" --out "$work/site" >/dev/null
if diff -rq "$work/site" "$work/ref-a" >/dev/null && [ -z "$(find "$work" -maxdepth 1 -name '.site.*')" ]; then
    passed=$((passed + 1))
    echo "ok   next build completes and cleans up"
else
    failed=$((failed + 1))
    echo "FAIL next build after kills"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
