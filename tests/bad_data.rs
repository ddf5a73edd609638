//! The bad-data corpus (tests/bad-data/): each file is refused with exactly these faults, by
//! JSON path and reason; files that are valid despite their look (a BOM, markup in every text
//! field) load.

#![cfg(not(target_arch = "wasm32"))]

use stances::model::{decode_text, load, MAX_BYTES};

/// Read as the widget reads a download: bytes, decoded, then parsed.
fn faults(file: &str) -> Vec<String> {
    let bytes = std::fs::read(format!("tests/bad-data/{file}")).unwrap();
    match decode_text(&bytes).and_then(load) {
        Ok(_) => vec!["ok".to_owned()],
        Err(e) => e.faults.iter().map(ToString::to_string).collect(),
    }
}

const CORPUS: &[(&str, &[&str])] = &[
    ("empty.json", &["$: the file is empty"]),
    ("malformed-json.json", &["$: not valid JSON: expected value at line 1 column 41"]),
    ("not-an-object.json", &["$: expected an object, found a string"]),
    (
        "deep-nesting.json",
        &[
            "negotiation[0]: invalid type: sequence, expected a string",
            "topics: missing; expected a list",
            "actors: missing; expected a list",
            "sources: missing; expected a list",
            "positions: missing; expected a list",
            "topics: is empty; a dataset compares at least one topic",
        ],
    ),
    ("bom.json", &["ok"]),
    // Saved by a legacy editor: "Åland" in Latin-1, not UTF-8.
    ("latin1.json", &["$: the file is not UTF-8 text (line 16, byte 878); save it as UTF-8"]),
    ("utf16.json", &["$: the file is UTF-16 text; save it as UTF-8"]),
    ("html-everywhere.json", &["ok"]),
    // Valid: bidirectional controls are text; the widget isolates it where it shows it.
    ("bidi-override.json", &["ok"]),
    (
        "wrong-types.json",
        &[
            "actors[0].name: invalid type: integer `42`, expected a string, or an object mapping language codes to strings",
            "events[0].date: invalid type: integer `20210301`, expected a string",
            "positions[0].sources: invalid type: string \"s1\", expected a sequence",
        ],
    ),
    (
        "missing-fields.json",
        &["negotiation: missing", "sources[0]: missing field `title`", "positions[0]: missing field `stance`"],
    ),
    (
        "unknown-fields.json",
        &[
            "actors[1].nmae: unknown field `nmae`, expected one of `id`, `name`, `kind`, `region`, `members`, `affiliation`",
            "comments: unknown field; expected one of schema, negotiation, topics, actors, sources, events, positions, outcomes, actions, treaty_status, articles",
        ],
    ),
    (
        "dangling-references.json",
        &[
            "positions[1].actor: \"XXX\" is not an actor in this dataset",
            "positions[2].event: \"e9\" is not an event in this dataset",
            "outcomes[0].topic: \"budget\" is not a topic in this dataset",
        ],
    ),
    (
        "duplicate-ids.json",
        &[
            "actors[4].id: \"AAA\" is already the id of actors[0]",
            "sources[1].id: \"s1\" is already the id of sources[0]",
            // With its id taken, s2 is gone: everything that cited it says so.
            "events[1].sources[0]: \"s2\" is not a source in this dataset",
            "positions[1].sources[0]: \"s2\" is not a source in this dataset",
            "positions[5].sources[0]: \"s2\" is not a source in this dataset",
            "outcomes[0].sources[0]: \"s2\" is not a source in this dataset",
        ],
    ),
    ("off-scale.json", &["positions[3].stance: \"medium\" is not on the scale of topic \"title\" (short, long)"]),
    (
        "no-sources.json",
        &["positions[4]: missing field `sources`", "positions[0].sources: is empty; name at least one source"],
    ),
    (
        "bad-urls.json",
        &[
            "sources[0].url: \"javascript:alert(document.domain)\" is not an http(s) URL",
            "sources[1].url: \"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\" is not an http(s) URL",
        ],
    ),
    (
        "huge-strings.json",
        &[
            "actors[0].name: is 100000 characters long; the limit is 200",
            "positions[0].summary: is 100000 characters long; the limit is 2000",
        ],
    ),
    (
        "bad-dates.json",
        &[
            "sources[0].date: \"yesterday\" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (wrong number of digits)",
            "positions[1].date: \"2022-13\" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (month out of range)",
        ],
    ),
];

#[test]
fn every_file_in_the_corpus_gives_exactly_its_faults() {
    for (file, expected) in CORPUS {
        assert_eq!(faults(file), *expected, "{file}");
    }
}

#[test]
fn the_corpus_has_no_untested_file() {
    let mut on_disk: Vec<String> = std::fs::read_dir("tests/bad-data")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CORPUS.iter().map(|(f, _)| (*f).to_owned()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn a_20_mb_file_is_refused_before_parsing() {
    // Made here rather than committed: valid JSON, padded past the limit.
    let padding = "x".repeat(20 * 1024 * 1024);
    let text = format!("{{\"schema\": \"stances/1\", \"padding\": \"{padding}\"}}");
    let err = load(&text).unwrap_err();
    assert_eq!(err.faults.len(), 1);
    assert_eq!(err.faults[0].to_string(), "$: the file is 20.0 MB; the limit is 10.0 MB");
    assert!(text.len() > MAX_BYTES);
}
