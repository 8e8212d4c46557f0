#!/usr/bin/env bash
# Replays the hostile and careless attempts of the robustness review (docs/robustness.md)
# against the release binary: --out over content, edits saved during extract, edits in .new
# files, shifted practices, concurrent runs, manifest paths out of content/, planted links,
# damaged values, FIFOs and NULs, and serve's NUL/`//`/Host requests. Loops are bounded and
# the only network traffic is to 127.0.0.1. Prints one line per attempt and "N passed,
# N failed"; exits 1 on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product jingyan >/dev/null || exit 1
jingyan="$(swift build -c release --show-bin-path)/jingyan"
work="$(mktemp -d)"
serve_pid=""
trap '[ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null; rm -rf "$work"' EXIT

passed=0
failed=0
# outcome NAME STATUS: STATUS 0 is a pass.
outcome() {
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "ok    $1"; else failed=$((failed + 1)); echo "FAIL  $1"; fi
}
# project NAME: a fresh project folder with the seed page, extracted, in $work/NAME.
project() {
    mkdir -p "$work/$1" && cp -r seeds "$work/$1/" && (cd "$work/$1" && "$jingyan" extract >/dev/null)
}
first_practice() { find "$1/content" -name '*-01.md' | sort | sed -n 1p; }

# 1. --out that is or holds what a person wrote is refused, and nothing is touched.
project out
(
    cd "$work/out" && before="$(find content seeds -type f | sort | xargs sha1sum)" && echo notes > notes.md
    for target in content seeds . notes.md content/songtao; do
        if "$jingyan" build --out "$target" >/dev/null 2>&1; then exit 1; fi
    done
    [ "$before" = "$(find content seeds -type f | sort | xargs sha1sum)" ] && [ "$(cat notes.md)" = notes ]
)
outcome "build --out content, seeds, ., a file or a content folder: refused, nothing replaced" $?

# 2. A hand edit saved while extract runs is kept (here or as the kept side of a .new).
mkdir -p "$work/race/seeds" "$work/race/seeds2"
for n in $(seq -w 1 150); do cp seeds/*.txt "$work/race/seeds/p$n.txt"; sed 's/村/寨/g' seeds/*.txt > "$work/race/seeds2/p$n.txt"; done
(
    cd "$work/race" && "$jingyan" extract >/dev/null
    practice="$(first_practice .)"
    "$jingyan" extract --seeds seeds2 >/dev/null 2>&1 &
    extract_pid=$!
    sleep 1
    echo "EDIT-DURING-EXTRACT" >> "$practice"
    wait "$extract_pid"
    grep -q EDIT-DURING-EXTRACT "$practice"
)
outcome "an edit saved while extract runs is never overwritten" $?

# 3. Edits made inside X.md.new survive taking the new extraction.
project newfile
(
    cd "$work/newfile" && practice="$(first_practice .)"
    echo "MY EDIT" >> "$practice"
    sed -i 's/村/寨/' seeds/*.txt && "$jingyan" extract >/dev/null
    [ -f "$practice.new" ] && echo "EDIT IN NEW" >> "$practice.new" && rm "$practice"
    "$jingyan" extract >/dev/null
    grep -q "EDIT IN NEW" "$practice.new"
)
outcome "edits in a .md.new are kept when the edited file is deleted" $?

# 4. Lines deleted above an edited practice: extract and check say where its text went.
project shift
(
    cd "$work/shift" && third="$(find content/songtao -name '*-03.md' | sort | sed -n 1p)"
    echo "MY EDIT" >> "$third"
    sed -i '18,25d' seeds/*.txt
    "$jingyan" extract | grep -q "no longer hold the text this file was extracted from; that text is now at lines 18–25, extracted into" || exit 1
    ! "$jingyan" check 2>"$work/shift.err" && grep -q "${third#content/}:[0-9]*: lines 26–33" "$work/shift.err"
)
outcome "an edited practice whose lines moved is reported by extract and check" $?

# 5. Two builds and two extracts at once: each waits for the other; both results whole.
project twice
(
    cd "$work/twice" && "$jingyan" build --out ref >/dev/null
    for round in 1 2 3; do
        rm -rf site
        "$jingyan" build >/dev/null 2>&1 & one=$!
        "$jingyan" build >/dev/null 2>&1 & two=$!
        wait "$one" && wait "$two" && diff -rq site ref >/dev/null || exit 1
    done
    cp -a content content.ref
    "$jingyan" extract >/dev/null 2>&1 & one=$!
    "$jingyan" extract >/dev/null 2>&1 & two=$!
    wait "$one" && wait "$two" && diff -r content content.ref >/dev/null
)
outcome "two builds or two extracts at once: both succeed, results whole" $?

# 6. A manifest naming files outside content/ deletes nothing there.
project manifest
(
    cd "$work/manifest" && echo keep > victim.txt
    python3 - <<'EOF'
import json
m = json.load(open("content/.jingyan/manifest.json"))
m["files"]["../victim.txt"] = "0" * 16
m["files"]["../seeds/" + __import__("os").listdir("seeds")[0]] = "0" * 16
json.dump(m, open("content/.jingyan/manifest.json", "w"))
EOF
    "$jingyan" extract >/dev/null && [ "$(cat victim.txt)" = keep ] && [ -n "$(ls seeds/*.txt)" ]
)
outcome "manifest paths outside content/: nothing deleted" $?

# 7. A link planted where extract writes its temporaries: removed, never written through.
project planted
(
    cd "$work/planted" && practice="$(first_practice .)" && echo outside > outside.txt
    ln -s "$PWD/outside.txt" "$(dirname "$practice")/.$(basename "$practice").jingyan-tmp"
    ln -s "$PWD/outside.txt" "content/.x.md.jingyan-tmp"
    sed -i 's/村/寨/' seeds/*.txt && "$jingyan" extract >/dev/null
    [ "$(cat outside.txt)" = outside ] && [ ! -L content/.x.md.jingyan-tmp ]
)
outcome "links planted at .jingyan-tmp names: not followed, removed" $?

# 8. Values and files that cannot be published: check names file and line.
project damaged
(
    cd "$work/damaged" && practice="$(grep -rl '^  value: ' content | sort | sed -n 1p)"
    sed -i '0,/^  value: .*/s//  value: .nan/' "$practice"
    ! "$jingyan" check 2>err && grep -q "${practice#content/}:[0-9]*:" err || exit 1
    ! "$jingyan" build >/dev/null 2>&1 || exit 1
    "$jingyan" extract --discard-edits >/dev/null
    mkfifo content/pipe.md && printf -- '---\ntype: caption\n---\na\0b\n' > content/nul.md
    ! timeout 20 "$jingyan" check 2>err && grep -q "pipe.md: is not a regular file" err && grep -q "nul.md:4: holds a NUL" err
)
outcome "non-finite metric, FIFO and NUL: named with file and line, build refuses" $?

# 9. taxonomy.yml as a link out of content/ is refused.
project taxonomy
(
    cd "$work/taxonomy" && cp content/taxonomy.yml outside.yml && rm content/taxonomy.yml
    ln -s "$PWD/outside.yml" content/taxonomy.yml
    ! "$jingyan" build >/dev/null 2>err && grep -q "outside the content folder" err
)
outcome "taxonomy.yml linked from outside content/: refused" $?

# 10. site/ as a link to a deploy folder: the link stays, its target gets the site.
project linked
(
    cd "$work/linked" && mkdir deploy && ln -s "$PWD/deploy" site
    "$jingyan" build >/dev/null && [ -L site ] && [ -f deploy/index.html ]
)
outcome "site/ linked to a deploy folder: the target is updated" $?

# 11. serve: NUL, //, foreign Host, methods; headers.
project serve
port=$((20000 + RANDOM % 20000))
(cd "$work/serve" && exec "$jingyan" serve --port "$port" >"$work/serve.log" 2>&1) &
serve_pid=$!
python3 - "$port" <<'EOF'
import http.client, sys, time
port = int(sys.argv[1])
for _ in range(300):  # up to 30 s for the first build
    try:
        http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("HEAD", "/")
        break
    except OSError:
        time.sleep(0.1)
def get(path, host=None, method="GET"):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.putrequest(method, path, skip_host=True)
    connection.putheader("Host", host or f"127.0.0.1:{port}")
    connection.endheaders()
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()
failures = []
status, headers, _ = get("/")
if status != 200 or headers.get("X-Content-Type-Options") != "nosniff" or "Content-Security-Policy" not in headers:
    failures.append(f"/ gave {status} {headers}")
for path in ["/data/entries.json%00.html", "/index.html%00.txt"]:
    status, headers, _ = get(path)
    if status != 400:
        failures.append(f"{path} gave {status} {headers.get('Content-Type')}")
status, headers, _ = get("//data")
if status == 301 and headers.get("Location", "").startswith("//"):
    failures.append(f"//data redirects to {headers['Location']}")
status, _, _ = get("/", host="evil.example")
if status != 403:
    failures.append(f"foreign Host gave {status}")
status, _, _ = get("/", method="DELETE")
if status < 400:
    failures.append(f"DELETE gave {status}")
if failures:
    print("\n".join(failures), file=sys.stderr)
sys.exit(1 if failures else 0)
EOF
outcome "serve: NUL paths 400, no // redirect, foreign Host 403, GET/HEAD only, nosniff and CSP" $?
kill "$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null; serve_pid=""

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
