#!/bin/sh
# Resolves the interface texts of a conflicted `git merge` between a branch that still has the
# Rust tables (src/i18n/en.rs …, `keys!` in src/i18n/mod.rs) and one that has the Fluent files
# (i18n/*.ftl), in either direction: every key or text the tables' side added since the two
# forked goes into the Fluent files (scripts/i18n-from-rs.py), the tables are removed, and
# src/i18n/mod.rs is the Fluent side's. Then run `cargo test --lib i18n::`, which names any
# message a language still lacks, and commit.
set -eu
cd "$(git rev-parse --show-toplevel)"
git rev-parse -q --verify MERGE_HEAD >/dev/null || { echo "i18n-merge: no merge in progress" >&2; exit 2; }
if git cat-file -e HEAD:src/i18n/en.rs 2>/dev/null; then
    tables=HEAD fluent=MERGE_HEAD
elif git cat-file -e MERGE_HEAD:src/i18n/en.rs 2>/dev/null; then
    tables=MERGE_HEAD fluent=HEAD
else
    echo "i18n-merge: neither side has src/i18n/en.rs; nothing to convert"
    exit 0
fi
git cat-file -e "$fluent:i18n/en.ftl" || { echo "i18n-merge: $fluent has no i18n/en.ftl" >&2; exit 2; }
base=$(git merge-base HEAD MERGE_HEAD)
# The Fluent side's files, whatever the merge left in them.
git checkout "$fluent" -- i18n src/i18n/mod.rs
python3 scripts/i18n-from-rs.py "$tables" "$base"
git rm -q -f --ignore-unmatch src/i18n/en.rs src/i18n/fr.rs src/i18n/es.rs src/i18n/ru.rs src/i18n/zh.rs src/i18n/ar.rs
git add i18n src/i18n/mod.rs
# mod.rs held more than the key list; show what the other side changed in it, to carry over.
if ! git diff --quiet "$base" "$tables" -- src/i18n/mod.rs; then
    echo "i18n-merge: $tables also changed src/i18n/mod.rs; kept $fluent's. Its changes:"
    git diff "$base" "$tables" -- src/i18n/mod.rs | grep '^[-+][^-+]' | grep -v '^[-+] *[A-Z][A-Za-z, ]*,$' || true
fi
echo "i18n-merge: done; now cargo test --lib i18n:: and commit"
