#!/usr/bin/env python3
"""Moves interface texts from the old Rust tables into the Fluent files translators edit.

    scripts/i18n-from-rs.py [REV [BASE]]

Reads the key list (`keys! { … }` in src/i18n/mod.rs) and the tables src/i18n/{en,fr,es,ru,zh,ar}.rs
from the working tree, or from git revision REV (`HEAD`, `main`, a merge's `MERGE_HEAD`), and
writes i18n/LANG.ftl. It exists because branches written before the move still add keys to the
Rust tables: run it on a revision that has them and every key lands in the files. During a
merge, scripts/i18n-merge.sh runs it and resolves the rest.

From a revision, only what changed in its tables since BASE is taken (by default where it
forked from the branch being merged, or from HEAD): a new key, or a text fixed on that side.
A text the Fluent files changed meanwhile is kept. From the working tree every text is taken,
except where a Fluent file has turned it into plural forms (a select), which a Rust table cannot
express; such a message is kept, and a changed English text is reported so that someone looks
at the forms. Notes for translators (`# …` above a message) already in a file are kept; a new
key gets one saying where it appears, from the files that use it. Keys only in a Fluent file are
kept, at the end. pt.ftl (and any language without a Rust table) is not touched. Idempotent.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LANGS = ["en", "fr", "es", "ru", "zh", "ar"]
NAMES = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian", "zh": "Chinese", "ar": "Arabic"}

# Where a text appears, by the folder of the code that uses it: the note translators read.
PLACES = [
    ("src/ui/table/", "the table view"),
    ("src/ui/compare/", "the compare view"),
    ("src/ui/timeline/", "the timeline view"),
    ("src/ui/sources/", "the sources view"),
    ("src/ui/map/", "the map view"),
    ("src/ui/share/", "the share, embed and print dialog"),
    ("src/ui/shell/settings.rs", "the display settings"),
    ("src/ui/shell/panic.rs", "the panel shown when the widget fails"),
    ("src/ui/shell/notices.rs", "the notice listing the parts of a link that were ignored"),
    ("src/ui/shell/", "the widget's frame: loading, errors, view tabs"),
    ("src/ui/parts/filters.rs", "the filters above a view"),
    ("src/ui/parts/strips.rs", "the stance strips above the table"),
    ("src/ui/parts/summary_text.rs", "the summary read out for a view"),
    ("src/ui/parts/provenance.rs", "a position's report: its sources and certainty"),
    ("src/ui/parts/actor_picker.rs", "the actor picker"),
    ("src/ui/parts/mod.rs", "the notice listing the parts of a link that were ignored"),
    ("src/ui/", "several views"),
    ("src/prerender.rs", "the table shown before the widget starts"),
    ("src/i18n/", "the table"),
]


UNPLACED = "# Not shown by the interface yet; see the heading above."


def read(rev, path):
    if rev is None:
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            return f.read()
    out = subprocess.run(["git", "-C", ROOT, "show", f"{rev}:{path}"], capture_output=True, text=True)
    if out.returncode != 0:
        raise FileNotFoundError(f"{rev}:{path}")
    return out.stdout


def git(*args):
    out = subprocess.run(["git", "-C", ROOT, *args], capture_output=True, text=True)
    return out.stdout.strip() if out.returncode == 0 else None


def default_base(rev):
    """Where the two sides forked: of a merge in progress, else of HEAD and REV."""
    if git("rev-parse", "-q", "--verify", "MERGE_HEAD"):
        return git("merge-base", "HEAD", "MERGE_HEAD")
    return git("merge-base", "HEAD", rev)


def kebab(name):
    """`CannotShow` -> `cannot-show`; build.rs turns it back (`src/i18n/mod.rs`, `Key`)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def key_groups(mod_rs):
    """The keys in order, each with the heading of its group (the comment above it)."""
    m = re.search(r"^keys!\s*\{(.*?)^\}", mod_rs, re.S | re.M)
    if not m:
        return None
    out, group = [], None
    for line in m.group(1).splitlines():
        line = line.strip()
        if line.startswith("//"):
            group = line.lstrip("/ ").strip()
        else:
            for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", line):
                out.append((name, group))
    return out


def unescape(lit):
    def one(m):
        s = m.group(1)
        if s.startswith("u{"):
            return chr(int(s[2:-1], 16))
        return {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "0": "\0"}[s]

    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|.)", one, lit)


def rs_texts(src):
    return {k: unescape(v) for k, v in re.findall(r'\b([A-Z][A-Za-z0-9]*)\s*=>\s*"((?:[^"\\]|\\.)*)"', src, re.S)}


def to_fluent(text):
    """A text with `{name}` placeholders as a Fluent value: `{ $name }`, other braces escaped."""
    if "\n" in text:
        raise ValueError(f"a text with a line break: {text!r}")
    parts = re.split(r"(\{[A-Za-z][A-Za-z0-9_]*\}|[{}])", text)
    out = ""
    for p in parts:
        if re.fullmatch(r"\{[A-Za-z][A-Za-z0-9_]*\}", p):
            out += "{ $" + p[1:-1] + " }"
        elif p in ("{", "}"):
            out += '{ "' + p + '" }'
        else:
            out += p
    # Fluent trims a value's outer blanks; keep them as literals.
    lead = len(out) - len(out.lstrip(" "))
    trail = len(out) - len(out.rstrip(" "))
    core = out.strip(" ")
    return '{ " " }' * lead + (core if core else '{ "" }') + '{ " " }' * trail


def parse_ftl(text):
    """Messages of a Fluent file we wrote: id -> (note lines, body lines, is a select)."""
    msgs, order, note = {}, [], []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"([a-zA-Z][a-zA-Z0-9_-]*)\s*=", line)
        if line.startswith("# "):
            note.append(line)
        elif m:
            body = [line]
            while i + 1 < len(lines) and (lines[i + 1].startswith((" ", "\t", "}"))):
                i += 1
                body.append(lines[i])
            msgs[m.group(1)] = (note, body, any("->" in b for b in body))
            order.append(m.group(1))
            note = []
        else:
            note = []
        i += 1
    return msgs, order


def other_form(body):
    """The default variant of a select, as `{n}` text, to compare with a Rust table's text."""
    for line in body:
        m = re.match(r"\s*\*\[[a-z]+\]\s*(.*)", line)
        if m:
            head = re.sub(r"\{ \$[a-z]+ ->.*", "", body[0].split("=", 1)[1]).strip()
            tail = body[-1].strip()[1:].strip() if body[-1].strip().startswith("}") else ""
            return re.sub(r"\{ \$([A-Za-z0-9_]+) \}", r"{\1}", (head + " " + m.group(1) + tail).strip())
    return None


def where_used(name, sources):
    places = []
    for path, src in sources:
        if re.search(rf"Key::{name}\b", src):
            place = next((p for prefix, p in PLACES if path.startswith(prefix)), None)
            if place and place not in places:
                places.append(place)
    if len(places) > 1 and "the table" in places:
        places.remove("the table")
    return "# In " + "; ".join(places) + "." if places else None


def main(argv):
    rev = argv[1] if len(argv) > 1 else None
    base = (argv[2] if len(argv) > 2 else default_base(rev)) if rev else None
    try:
        base_groups = key_groups(read(base, "src/i18n/mod.rs")) if base else None
    except FileNotFoundError:
        base_groups = None
    try:
        groups = key_groups(read(rev, "src/i18n/mod.rs"))
    except FileNotFoundError:
        groups = None
    if groups is None:
        print(f"{rev or 'the working tree'}: src/i18n/mod.rs has no keys! list; nothing to convert")
        return 0
    sources = []
    for folder, _, files in os.walk(os.path.join(ROOT, "src")):
        for f in files:
            if f.endswith(".rs"):
                path = os.path.relpath(os.path.join(folder, f), ROOT)
                if path.startswith("src/i18n/") and f != "mod.rs":
                    continue
                # A test naming a key is not where it appears.
                code = open(os.path.join(ROOT, path), encoding="utf-8").read().split("\nmod tests {")[0]
                sources.append((path, code))
    sources.sort(key=lambda s: s[0].startswith("src/i18n/"))
    os.makedirs(os.path.join(ROOT, "i18n"), exist_ok=True)
    warnings = 0
    english = rs_texts(read(rev, "src/i18n/en.rs"))
    for lang in LANGS:
        texts = rs_texts(read(rev, f"src/i18n/{lang}.rs"))
        base_texts = rs_texts(read(base, f"src/i18n/{lang}.rs")) if base_groups else None
        path = os.path.join(ROOT, "i18n", f"{lang}.ftl")
        old, old_order = parse_ftl(open(path, encoding="utf-8").read()) if os.path.exists(path) else ({}, [])
        head_end = "the reference every other language is checked against" if lang == "en" else "checked against en.ftl"
        out = [
            f"# Interface texts in {NAMES[lang]}, {head_end}.",
            "# Fluent syntax (https://projectfluent.org). { $name } is filled in by the widget; a translation",
            "# keeps every placeholder English has. How to edit, add a language and check: docs/TRANSLATING.md.",
        ]
        if lang == "en":
            out.append("# The note above a message says where the text appears.")
        group = object()
        for name, g in groups:
            fid = kebab(name)
            if g != group and g:
                out += ["", f"## {g}"]
            group = g
            out.append("")
            note, body, select = old.get(fid, ([], [], False))
            if lang == "en":
                # A key no code uses yet (its branch is still open) gets a placeholder note,
                # replaced once the code that shows it has landed.
                if not note or note == [UNPLACED]:
                    note = [where_used(name, sources) or UNPLACED]
                out += note
            # The plural forms no longer fit when English has dropped the count they choose by.
            var = re.search(r"\{ \$([A-Za-z0-9_-]+) ->", "\n".join(body)) if select else None
            if var and name in english and "{" + var.group(1) + "}" not in english[name]:
                if name in texts:
                    out.append(f"{fid} = {to_fluent(texts[name])}")
                if lang == "en":
                    print(f"i18n/*.ftl: {fid}: English no longer counts {{{var.group(1)}}}; plural forms replaced")
            elif select:
                if name in texts and lang == "en" and other_form(body) != texts[name]:
                    print(f"i18n/{lang}.ftl: {fid}: the Rust table now says {texts[name]!r}; check the plural forms")
                    warnings += 1
                out += body
            elif name in texts and (base_texts is None or base_texts.get(name) != texts[name] or not body):
                out.append(f"{fid} = {to_fluent(texts[name])}")
            elif body:
                out += body
            else:
                out.pop()  # no text in this language: the completeness test names it
        extra = [k for k in old_order if k not in {kebab(n) for n, _ in groups}]
        if extra:
            out += ["", "## Not in the Rust key list"]
            for k in extra:
                note, body, _ = old[k]
                out += [""] + (note if lang == "en" else []) + body
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    since = f", what changed since {base[:12]}" if base_groups else ""
    print(f"wrote i18n/{{{','.join(LANGS)}}}.ftl from {rev or 'the working tree'}{since}: {len(groups)} keys")
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
