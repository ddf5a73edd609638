//! The crate's own JSON reader (`model::json`) against serde_json, which it replaced in the
//! WebAssembly: the same datasets from the bundled file, the fixtures and every outline, and
//! for each record of every file (the bad-data corpus included, and each record damaged in the
//! ways a dataset author damages them) the same value or the same reason at the same line and
//! column, so faults keep their JSON path.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use stances::model::json::{self, FromJson};
use stances::model::{
    load, load_outline, Actor, Dataset, Event, Lang, Negotiation, Outcome, Position, Source, Tally, Topic,
    TreatyAction, TreatyStatus,
};
use std::fmt::Debug;

const BUNDLED: &str = include_str!("../www/data/un-cybercrime-convention.json");

fn files(dir: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        // Files that are not UTF-8 are refused before the reader (`decode_text`).
        .filter_map(|p| Some((p.display().to_string(), String::from_utf8(std::fs::read(&p).ok()?).ok()?)))
        .collect();
    out.sort();
    out
}

/// Line (from 1) and column of a byte offset, as serde_json counts them.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..at];
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    (1 + before[..line_start].iter().filter(|&&b| b == b'\n').count(), at - line_start)
}

/// The byte offset of serde_json's line and column.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let line_start = match line {
        0 | 1 => 0,
        n => text.match_indices('\n').nth(n - 2).map_or(text.len(), |(i, _)| i + 1),
    };
    line_start + column
}

/// Ours and serde_json's reading of one record: the same value, or the same reason at the
/// same place. Our reason for a number or list where a name belongs is the loader's rewording
/// of serde_json's "expected value". One place differs on purpose: serde_json places a fault
/// its parser did not locate (a bad date, say) past the closing brace or bracket when the value
/// is the record's last, which names the record (or past the next comma of a record written
/// as a list); we name the field.
fn agree<T: FromJson + DeserializeOwned + PartialEq + Debug>(text: &str) {
    let ours = json::from_str::<T>(text).map_err(|e| (e.reason, e.at));
    let theirs = serde_json::from_str::<T>(text).map_err(|e| {
        let reason = e.to_string();
        let reason = reason.split(" at line ").next().unwrap().to_owned();
        let reason = if reason == "expected value" { json::NOT_A_NAME.to_owned() } else { reason };
        (reason, offset(text, e.line(), e.column()))
    });
    let ours = match (ours, &theirs) {
        (Err((reason, at)), Err((_, their_at)))
            if at < *their_at && matches!(text[at..*their_at].trim(), "}" | "]" | ",") =>
        {
            Err((reason, *their_at))
        }
        (ours, _) => ours,
    };
    let place = |r: Result<T, (String, usize)>| r.map_err(|(reason, at)| (reason, line_column(text, at)));
    assert_eq!(place(ours), place(theirs), "{} from {text}", std::any::type_name::<T>());
}

/// A record of the dataset list (or top-level record) `list`, compact and pretty.
fn agree_as(list: &str, record: &Value) {
    for text in [record.to_string(), serde_json::to_string_pretty(record).unwrap()] {
        match list {
            "negotiation" => agree::<Negotiation>(&text),
            "treaty_status" => agree::<TreatyStatus>(&text),
            "topics" => agree::<Topic>(&text),
            "actors" => agree::<Actor>(&text),
            "sources" => agree::<Source>(&text),
            "events" => agree::<Event>(&text),
            "positions" => agree::<Position>(&text),
            "outcomes" => agree::<Outcome>(&text),
            "actions" => agree::<TreatyAction>(&text),
            other => panic!("no record type for {other}"),
        }
    }
}

const LISTS: [&str; 9] =
    ["negotiation", "treaty_status", "topics", "actors", "sources", "events", "positions", "outcomes", "actions"];

/// Every record of a dataset, by the type it is read as.
fn agree_on_records(v: &Value) {
    for list in LISTS {
        match v.get(list) {
            Some(Value::Array(items)) if list != "negotiation" && list != "treaty_status" => {
                items.iter().for_each(|r| agree_as(list, r))
            }
            Some(one) => agree_as(list, one),
            None => {}
        }
    }
}

fn outlines() -> Vec<String> {
    let whole = load(BUNDLED).unwrap();
    Lang::ALL.iter().map(|l| serde_json::to_string(&whole.outline(*l)).unwrap()).collect()
}

#[test]
fn valid_files_read_as_serde_reads_them() {
    let mut valid: Vec<(String, String)> = vec![("bundled".into(), BUNDLED.into())];
    valid.extend(files("tests/fixtures").into_iter().filter(|(_, t)| load(t).is_ok()));
    assert!(valid.len() >= 3, "{valid:?}");
    for (name, text) in &valid {
        let ours = load(text).unwrap();
        let theirs: Dataset = serde_json::from_str(text).unwrap();
        assert_eq!(ours, theirs, "{name}");
    }
    for text in outlines() {
        let ours = load_outline(&text).unwrap_or_else(|e| panic!("{e}"));
        let theirs: Dataset = serde_json::from_str(&text).unwrap();
        assert_eq!(ours, theirs);
    }
}

#[test]
fn every_record_of_every_file_reads_as_serde_reads_it() {
    let mut all = files("tests/bad-data");
    all.extend(files("tests/fixtures"));
    all.push(("bundled".into(), BUNDLED.into()));
    all.extend(outlines().into_iter().map(|t| ("outline".to_owned(), t)));
    for (_, text) in all {
        if let Ok(v) = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) {
            agree_on_records(&v);
        }
    }
}

/// What a dataset author gets wrong in a field's value.
fn wrong_values() -> Vec<Value> {
    vec![
        json!(null),
        json!(true),
        json!(42),
        json!(-3),
        json!(1.5),
        json!(""),
        json!("x"),
        json!("2023-13"),
        json!([]),
        json!(["a"]),
        json!([["a"]]),
        json!({}),
        json!({"en": "x"}),
        json!({"inferred": "because"}),
        json!({"reported": null}),
        json!({"reported": 1}),
        json!({"en": 1}),
        json!("state"),
        json!("reported"),
        json!("inferred"),
    ]
}

#[test]
fn damaged_records_fail_as_serde_fails() {
    let small: Value = serde_json::from_str(include_str!("fixtures/small.json")).unwrap();
    let treaty: Value = serde_json::from_str(include_str!("fixtures/e2e-treaty.json")).unwrap();
    for (list, base) in LISTS.iter().flat_map(|l| [(*l, &small), (*l, &treaty)]) {
        let records: Vec<Value> = match &base[list] {
            Value::Array(items) => {
                // The first records, and the first that has each optional field (a vote's tally).
                let mut picked: Vec<Value> = items.iter().take(3).cloned().collect();
                for key in ["tally", "votes", "class", "mirror", "note", "quote"] {
                    picked.extend(items.iter().find(|r| r.get(key).is_some()).cloned());
                }
                picked
            }
            Value::Null => continue,
            one => vec![one.clone()],
        };
        for record in records {
            let Value::Object(fields) = &record else { panic!("{list}") };
            // A record written as a list is read field by field, as serde does; past a wrong
            // element serde_json names a place one element on, which is not worth copying.
            let mut variants: Vec<Value> = vec![json!([]), json!(["id"]), json!([["a"]]), json!(7)];
            for key in fields.keys() {
                for wrong in wrong_values() {
                    let mut r = record.clone();
                    r[key] = wrong;
                    variants.push(r);
                }
                let mut r = record.clone();
                r.as_object_mut().unwrap().remove(key);
                variants.push(r);
                // Nested records (a topic's scale, a quote, a tally) damaged one level down.
                let inner = match fields.get(key) {
                    Some(Value::Array(items)) => items.first().map(|first| (first, true)),
                    Some(one @ Value::Object(_)) => Some((one, false)),
                    _ => None,
                };
                if let Some((Value::Object(inner), in_list)) = inner {
                    for inner_key in inner.keys() {
                        for wrong in [json!(5), json!(-1), json!("x"), json!(1.5), json!(null), json!(["s"])] {
                            let mut r = record.clone();
                            let at = if in_list { &mut r[key][0] } else { &mut r[key] };
                            at[inner_key] = wrong;
                            variants.push(r);
                        }
                    }
                }
            }
            let mut unknown = record.clone();
            unknown["nmae"] = json!("x");
            variants.push(unknown);
            for v in variants {
                agree_as(list, &v);
            }
        }
    }
    // A repeated field, which serde_json's `Value` cannot hold.
    agree::<Topic>(r#"{"id": "a", "id": "b", "label": "L", "question": "Q", "scale": []}"#);
    agree::<Actor>(r#"{"id": "a", "name": "A", "kind": {"state": null}}"#);
    agree::<Actor>(r#"{"id": "a", "name": "A", "kind": {"state": 1}}"#);
    agree::<Actor>(r#"{"id": "a", "name": "A", "kind": {"stat": null}}"#);
    agree::<Position>(
        r#"{"actor": "A", "topic": "t", "stance": "s", "summary": "x", "sources": ["s"], "certainty": {"inferred": "b", "x": 1}}"#,
    );
    agree::<Source>(r#"{"id": "a\ud800", "kind": "news"}"#);
    agree::<Source>(r#"{"id": "a\udc00", "kind": "news"}"#);
    agree::<Event>(
        r#"{"id": "e", "date": "2024", "kind": "vote", "title": "T", "description": "D", "sources": [], "tally": {"yes": 4294967296, "no": 0, "abstain": 0}}"#,
    );
    // The one known difference: a number of the wrong type is quoted as written.
    let float = r#"{"yes": 1e3, "no": 0, "abstain": 0}"#;
    assert_eq!(json::from_str::<Tally>(float).unwrap_err().reason, "invalid type: floating point `1e3`, expected u32");
    let theirs = serde_json::from_str::<Tally>(float).unwrap_err().to_string();
    assert!(theirs.starts_with("invalid type: floating point `1000.0`, expected u32"), "{theirs}");
    agree::<Event>(
        r#"{"id": "e", "date": "2024", "kind": "vote", "title": "T", "description": "D", "sources": [], "tally": {"yes": 3, "no": 0}}"#,
    );
}

const SMALL: &str = include_str!("fixtures/small.json");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn syntax_errors_are_serde_json_s_at_the_same_line_and_column(
        cut in 0usize..SMALL.len(),
        edits in prop::collection::vec((0usize..SMALL.len(), prop::sample::select(b"[]{}\":,0-9eE.+-\\ntfu \n".to_vec())), 0..4),
    ) {
        let mut bytes = SMALL.as_bytes()[..cut].to_vec();
        for (at, b) in edits {
            if at < bytes.len() {
                bytes[at] = b;
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        let ours = json::check_syntax(&text).err();
        let theirs = serde_json::from_str::<serde::de::IgnoredAny>(&text).err().map(|e| e.to_string());
        prop_assert_eq!(ours, theirs);
    }
}
