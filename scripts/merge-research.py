#!/usr/bin/env python3
"""Merges research fragments (JSON in the dataset's own record shapes) into the bundled dataset.

Used while the dataset is being researched: each fragment holds actors, sources, events,
positions, outcomes and treaty actions that a researcher read in a named source. Keys starting
with `_` (a researcher's `_evidence`, the verbatim sentences read) are for the reviewer and are
dropped. Records already in the
dataset win; a source cited under two ids (same URL, or same publisher and title) is kept once
and references are rewritten; identical positions are kept once. The result is validated by
`cargo run --bin stances-data -- check` before it is written.

    scripts/merge-research.py DATASET.json FRAGMENT.json [FRAGMENT.json ...]
"""
import json
import subprocess
import sys
import tempfile


def key_of_source(s):
    url = (s.get("url") or "").rstrip("/").lower()
    return url or (s.get("publisher", "").lower(), s.get("title", "").lower())


def strip_private(value):
    """Drops the reviewer's fields (`_evidence`, `_note`) at any depth."""
    if isinstance(value, dict):
        return {k: strip_private(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [strip_private(v) for v in value]
    return value


def main(dataset_path, fragments):
    d = json.load(open(dataset_path, encoding="utf-8"))
    actors = {a["id"]: a for a in d["actors"]}
    sources = {s["id"]: s for s in d["sources"]}
    by_key = {key_of_source(s): s["id"] for s in d["sources"]}
    events = {e["id"]: e for e in d["events"]}
    positions = d["positions"]
    outcomes = d["outcomes"]
    seen_positions = {json.dumps(p, sort_keys=True) for p in positions}
    seen_outcomes = {json.dumps(o, sort_keys=True) for o in outcomes}
    actions = d.get("actions", [])
    seen_actions = {(a["actor"], a["kind"], a["date"]) for a in actions}

    for path in fragments:
        f = strip_private(json.load(open(path, encoding="utf-8")))
        rename = {}
        for s in f.get("sources", []):
            k = key_of_source(s)
            if k in by_key:
                rename[s["id"]] = by_key[k]
            elif s["id"] in sources:
                # Same id, another source: keep both under distinct ids.
                new_id = f"{s['id']}-b"
                rename[s["id"]] = new_id
                sources[new_id] = {**s, "id": new_id}
                by_key[k] = new_id
            else:
                sources[s["id"]] = s
                by_key[k] = s["id"]
        fix = lambda ids: list(dict.fromkeys(rename.get(i, i) for i in ids))
        for a in f.get("actors", []):
            actors.setdefault(a["id"], a)
        for e in f.get("events", []):
            e = {**e, "sources": fix(e.get("sources", []))}
            if e["id"] in events:
                old = events[e["id"]]
                old["sources"] = list(dict.fromkeys(old["sources"] + e["sources"]))
                # A researcher who dated the event more precisely (day, not month) wins.
                if len(e.get("date", "")) > len(old.get("date", "")):
                    old["date"] = e["date"]
                    if "end_date" in e:
                        old["end_date"] = e["end_date"]
                for key in ("tally", "votes"):
                    if key in e and key not in old:
                        old[key] = e[key]
                if isinstance(e.get("description"), str) and len(e["description"]) > len(str(old.get("description", ""))):
                    old["description"] = e["description"]
            else:
                events[e["id"]] = e
        for p in f.get("positions", []):
            p = {**p, "sources": fix(p.get("sources", []))}
            if "quote" in p:
                p["quote"] = {**p["quote"], "source": rename.get(p["quote"]["source"], p["quote"]["source"])}
            k = json.dumps(p, sort_keys=True)
            if k not in seen_positions:
                seen_positions.add(k)
                positions.append(p)
        for o in f.get("outcomes", []):
            o = {**o, "sources": fix(o.get("sources", []))}
            k = json.dumps(o, sort_keys=True)
            if k not in seen_outcomes:
                seen_outcomes.add(k)
                outcomes.append(o)

        for a in f.get("actions", []):
            a = {**a, "sources": fix(a.get("sources", []))}
            if (a["actor"], a["kind"], a["date"]) not in seen_actions:
                seen_actions.add((a["actor"], a["kind"], a["date"]))
                actions.append(a)

    d["actors"] = list(actors.values())
    if actions:
        d["actions"] = actions
    d["sources"] = sorted(sources.values(), key=lambda s: (s["date"], s["id"]))
    d["events"] = sorted(events.values(), key=lambda e: (e["date"], e["id"]))
    d["positions"] = positions
    d["outcomes"] = outcomes
    text = json.dumps(d, ensure_ascii=False, indent=1) + "\n"
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tmp:
        tmp.write(text)
    check = subprocess.run(["cargo", "run", "--quiet", "--bin", "stances-data", "--", "check", tmp.name],
                           capture_output=True, text=True)
    print(check.stdout + check.stderr)
    if check.returncode != 0:
        print(f"not written: the merged dataset has faults (kept in {tmp.name})")
        sys.exit(1)
    open(dataset_path, "w", encoding="utf-8").write(text)
    print(f"wrote {dataset_path}: {len(d['actors'])} actors, {len(d['sources'])} sources, "
          f"{len(d['events'])} events, {len(positions)} positions, {len(outcomes)} outcomes")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2:])
