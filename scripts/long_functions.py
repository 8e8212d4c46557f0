#!/usr/bin/env python3
"""Lists Swift functions, initialisers and closures-bodied accessors longer than a limit.

    python3 scripts/long_functions.py [--max 60] [--exclude PATH ...] [DIR ...]

Counts the lines from a declaration's first line to its closing brace, found by matching braces
outside strings and comments. Prints `file:line: name is N lines` a function, longest first,
and exits 1 when any is over the limit (0 otherwise), so CI can run it. Default folder: Sources.
"""

import argparse
import os
import re
import sys

DECLARATION = re.compile(r"\b(func\s+[^\s(<]+|init[?!]?\s*[(<]|deinit\b|subscript\s*[(<])")


def code_only(lines):
    """The lines with comments and string contents blanked, so braces in them do not count."""
    cleaned = []
    in_block = 0
    in_multiline = False
    for line in lines:
        out = []
        i = 0
        in_string = False
        while i < len(line):
            rest = line[i:]
            if in_block:
                if rest.startswith("*/"):
                    in_block -= 1
                    i += 2
                elif rest.startswith("/*"):
                    in_block += 1
                    i += 2
                else:
                    i += 1
                continue
            if in_multiline:
                if rest.startswith('"""'):
                    in_multiline = False
                    out.append('"""')
                    i += 3
                else:
                    i += 1
                continue
            if in_string:
                if rest.startswith("\\"):
                    i += 2
                elif rest.startswith('"'):
                    in_string = False
                    out.append('"')
                    i += 1
                else:
                    i += 1
                continue
            if rest.startswith("//"):
                break
            if rest.startswith("/*"):
                in_block += 1
                i += 2
            elif rest.startswith('"""'):
                in_multiline = True
                out.append('"""')
                i += 3
            elif rest.startswith('"'):
                in_string = True
                out.append('"')
                i += 1
            else:
                out.append(line[i])
                i += 1
        cleaned.append("".join(out))
    return cleaned


def functions(path):
    """(first line, line count, name) of every function-like declaration with a body."""
    with open(path, encoding="utf-8") as handle:
        lines = code_only(handle.read().split("\n"))
    found = []
    for start, line in enumerate(lines):
        match = DECLARATION.search(line)
        if not match or "protocol " in line:
            continue
        depth = 0
        opened = False
        for index in range(start, len(lines)):
            text = lines[index] if index > start else lines[index][match.start():]
            for character in text:
                if character == "{":
                    depth += 1
                    opened = True
                elif character == "}":
                    depth -= 1
            if opened and depth <= 0:
                found.append((start + 1, index - start + 1, match.group(1).strip()))
                break
            # A requirement or declaration without a body ends at its line.
            if not opened and index > start and DECLARATION.search(lines[index]):
                break
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", default=["Sources"])
    parser.add_argument("--max", type=int, default=60, help="the most lines a function may have")
    parser.add_argument("--exclude", action="append", default=[], help="a file to leave out")
    arguments = parser.parse_args()
    excluded = {os.path.normpath(path) for path in arguments.exclude}
    long_ones = []
    for folder in arguments.folders:
        for root, _, names in os.walk(folder):
            for name in sorted(names):
                path = os.path.normpath(os.path.join(root, name))
                if not name.endswith(".swift") or path in excluded:
                    continue
                for line, count, declaration in functions(path):
                    if count > arguments.max:
                        long_ones.append((count, path, line, declaration))
    for count, path, line, declaration in sorted(long_ones, reverse=True):
        print(f"{path}:{line}: {declaration} is {count} lines")
    return 1 if long_ones else 0


if __name__ == "__main__":
    sys.exit(main())
