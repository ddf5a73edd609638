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
use stances::model::{load, load_outline, Actor, Dataset, Event, Lang, Negotiation, Outcome, Position, Source, Topic};
use std::fmt::Debug;

const BUNDLED: &str = include_str!("../www/data/un-cybercrime-convention.json");

fn files(dir: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).unwrap()))
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

/// Ours and serde_json's reading of one record: the same value, or the same reason at the
/// same place. Our reason for a number or list where a name belongs is the loader's rewording
/// of serde_json's "expected value".
fn agree<T: FromJson + DeserializeOwned + PartialEq + Debug>(text: &str) {
    let ours = json::from_str::<T>(text).map_err(|e| (e.reason, line_column(text, e.at)));
    let theirs = serde_json::from_str::<T>(text).map_err(|e| {
        let reason = e.to_string();
        let reason = reason.split(" at line ").next().unwrap().to_owned();
        let reason = if reason == "expected value" { json::NOT_A_NAME.to_owned() } else { reason };
        (reason, (e.line(), e.column()))
    });
    assert_eq!(ours, theirs, "{} from {text}", std::any::type_name::<T>());
}

/// Every record of a dataset (as JSON text, compact and pretty), by the type it is read as.
fn agree_on_records(v: &Value) {
    let texts = |r: &Value| [r.to_string(), serde_json::to_string_pretty(r).unwrap()];
    if let Some(n) = v.get("negotiation") {
        texts(n).iter().for_each(|t| agree::<Negotiation>(t));
    }
    let list = |name: &str| v.get(name).and_then(Value::as_array).cloned().unwrap_or_default();
    for r in list("topics") {
        texts(&r).iter().for_each(|t| agree::<Topic>(t));
    }
    for r in list("actors") {
        texts(&r).iter().for_each(|t| agree::<Actor>(t));
    }
    for r in list("sources") {
        texts(&r).iter().for_each(|t| agree::<Source>(t));
    }
    for r in list("events") {
        texts(&r).iter().for_each(|t| agree::<Event>(t));
    }
    for r in list("positions") {
        texts(&r).iter().for_each(|t| agree::<Position>(t));
    }
    for r in list("outcomes") {
        texts(&r).iter().for_each(|t| agree::<Outcome>(t));
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
    for list in ["topics", "actors", "sources", "events", "positions", "outcomes", "negotiation"] {
        let records: Vec<Value> = match &small[list] {
            Value::Array(items) => items.iter().take(3).cloned().collect(),
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
                // Nested records (a topic's scale, a position's quote) damaged one level down.
                if let Some(Value::Array(items)) = fields.get(key) {
                    if let Some(Value::Object(inner)) = items.first() {
                        for inner_key in inner.keys() {
                            let mut r = record.clone();
                            r[key][0][inner_key] = json!(5);
                            variants.push(r);
                        }
                    }
                }
            }
            let mut unknown = record.clone();
            unknown["nmae"] = json!("x");
            variants.push(unknown);
            let mut wrapped = small.clone();
            for v in variants {
                match &mut wrapped[list] {
                    Value::Array(items) => *items = vec![v],
                    one => *one = v,
                }
                agree_on_records(&wrapped);
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
