//! `dataset.json`, the part of a dataset kept as JSON beside the CSV files: the schema tag, the
//! negotiation and the topics.

use super::columns::{table_for_list, SKELETON, SKELETON_KEYS};
use super::problem::{Location, Problem};
use crate::model::{Dataset, SCHEMA};
use serde_json::{Map, Value};

/// The skeleton's fields, or the problems that keep it from being read.
pub fn read(bytes: Option<&[u8]>, problems: &mut Vec<Problem>) -> Option<Map<String, Value>> {
    let here = || Location::file(SKELETON);
    let Some(bytes) = bytes else {
        problems.push(Problem::new(
            here(),
            "missing; it holds the negotiation and the topics (`stances-data export` writes one to start from)",
        ));
        return None;
    };
    let text = match super::decode_utf8(bytes) {
        Ok(text) => text,
        Err(reason) => {
            problems.push(Problem::new(here(), reason));
            return None;
        }
    };
    let mut root = match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(root)) => root,
        Ok(_) => {
            problems.push(Problem::new(here(), "expected a JSON object with \"negotiation\" and \"topics\""));
            return None;
        }
        Err(e) => {
            problems.push(Problem::new(here(), format!("not valid JSON: {e}")));
            return None;
        }
    };
    let mut ok = true;
    for key in root.keys().filter(|k| !SKELETON_KEYS.contains(&k.as_str())) {
        let reason = match table_for_list(key) {
            Some(table) => format!("\"{key}\" belongs in {}, not here", table.file),
            None => format!("unknown field \"{key}\"; expected {}", SKELETON_KEYS.join(", ")),
        };
        problems.push(Problem { at: here(), path: Some(key.clone()), reason });
        ok = false;
    }
    root.entry("schema").or_insert_with(|| Value::from(SCHEMA));
    ok.then_some(root)
}

/// The skeleton of `dataset`, as JSON in the bundled file's layout.
pub fn write(dataset: &Dataset) -> Result<String, serde_json::Error> {
    #[derive(serde::Serialize)]
    struct Skeleton<'a> {
        schema: &'a str,
        negotiation: &'a crate::model::Negotiation,
        topics: &'a [crate::model::Topic],
        #[serde(skip_serializing_if = "Option::is_none")]
        treaty_status: Option<&'a crate::model::TreatyStatus>,
    }
    super::to_json(&Skeleton {
        schema: &dataset.schema,
        negotiation: &dataset.negotiation,
        topics: &dataset.topics,
        treaty_status: dataset.treaty_status.as_ref(),
    })
}
