#!/usr/bin/env python3
"""Lists the texts of a dataset that have no translation into a language, by JSON path.

    scripts/missing-translations.py DATASET.json LANG

A text translated into some language is a map by language code ({"en": …, "fr": …}); one
without LANG is listed, and so is a plain string (English only) in a field that readers of
other languages see: names, labels, questions, titles, descriptions. Summaries, quotes and
sources' own titles are written once, in English, and are not listed. Exit 1 if any is missing.
"""
import json
import sys

SHOWN = {"name", "short_name", "label", "question", "title", "description", "body"}
SKIP = {"sources", "positions", "outcomes"}  # their texts stay in the language of the record


def walk(node, path, lang, out):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in SKIP:
                continue
            at = f"{path}.{key}" if path else key
            if key in SHOWN and isinstance(value, str):
                out.append(f"{at}: {value!r} (English only)")
            elif key in SHOWN and isinstance(value, dict) and "en" in value and lang not in value:
                out.append(f"{at}: {value['en']!r}")
            else:
                walk(value, at, lang, out)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            walk(item, f"{path}[{i}]", lang, out)


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out = []
    walk(json.load(open(argv[1], encoding="utf-8")), "", argv[2], out)
    print("\n".join(out) if out else f"every shown text has {argv[2]}")
    print(f"{len(out)} texts without {argv[2]}", file=sys.stderr)
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
