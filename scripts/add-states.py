#!/usr/bin/env python3
"""Makes every UN member state and observer state an actor of a dataset, with its UN regional
group and its name in the six UN languages.

    scripts/add-states.py DATASET.json

The list is `scripts/data/un-member-states.tsv` (ISO codes, the UN's English short name and
regional group, read from the UN's regional-groups page; see its notes). Names in the other
languages come from CLDR (npm `cldr-localenames-modern`, a dev dependency), not typed by hand;
a name the dataset already has wins, and so do the few UN names CLDR words otherwise (below).
Existing actors keep everything they have and gain what they lack. Idempotent.
"""
import csv
import json
import os
import sys

LANGS = ["en", "fr", "es", "ru", "zh", "ar"]
CLDR = "node_modules/cldr-localenames-modern/main/{}/territories.json"

# CLDR names the territory, where the UN names the observer state.
UN_NAMES = {
    "PSE": {"en": "State of Palestine", "fr": "État de Palestine", "es": "Estado de Palestina",
            "ru": "Государство Палестина", "zh": "巴勒斯坦国", "ar": "دولة فلسطين"},
    "VAT": {"en": "Holy See", "fr": "Saint-Siège", "es": "Santa Sede", "ru": "Святой Престол",
            "zh": "教廷", "ar": "الكرسي الرسولي"},
}


def cldr_names():
    out = {}
    for lang in LANGS:
        data = json.load(open(CLDR.format(lang), encoding="utf-8"))
        out[lang] = data["main"][lang]["localeDisplayNames"]["territories"]
    return out


def main(path):
    root = os.path.join(os.path.dirname(__file__), "..")
    rows = list(csv.DictReader(open(os.path.join(root, "scripts/data/un-member-states.tsv"), encoding="utf-8"), delimiter="\t"))
    cldr = cldr_names()
    d = json.load(open(path, encoding="utf-8"))
    actors = {a["id"]: a for a in d["actors"]}
    added = 0
    for row in rows:
        code = row["alpha3"]
        names = {lang: cldr[lang][row["alpha2"]] for lang in LANGS}
        names["en"] = row["name_en"]
        names.update(UN_NAMES.get(code, {}))
        actor = actors.get(code)
        if actor is None:
            actor = {"id": code, "name": {}, "kind": "state"}
            d["actors"].append(actor)
            actors[code] = actor
            added += 1
        have = actor["name"] if isinstance(actor["name"], dict) else {"en": actor["name"]}
        actor["name"] = {lang: have.get(lang) or names[lang] for lang in LANGS}
        group = row["un_regional_group"]
        if group != "none" and not actor.get("region"):
            actor["region"] = group
    with open(path, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{added} states added; {len(rows)} UN member and observer states in all", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
