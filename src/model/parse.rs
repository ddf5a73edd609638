//! From JSON text to a checked [`Dataset`], listing every fault rather than stopping at the first.
//!
//! Each record is deserialised on its own, so one malformed record is reported with its path
//! and the rest are still read and validated.

use super::validate::{validate, Unparsed};
use super::{Dataset, DatasetError, Fault, Negotiation, Text, SCHEMA};
use serde::de::DeserializeOwned;
use serde_json::Value;

const FIELDS: [&str; 8] = ["schema", "negotiation", "topics", "actors", "sources", "events", "positions", "outcomes"];

/// The largest dataset read: ten times the bundled one's growth room, and small enough that a
/// phone parses it without freezing. Larger files are refused before parsing.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// Reads and validates a `stances/1` dataset.
pub fn load(input: &str) -> Result<Dataset, DatasetError> {
    let fail = |path: &str, reason: String| DatasetError { faults: vec![Fault::new(path, reason)] };
    if input.len() > MAX_BYTES {
        let mb = |n: usize| format!("{:.1} MB", n as f64 / (1024.0 * 1024.0));
        return Err(fail("$", format!("the file is {}; the limit is {}", mb(input.len()), mb(MAX_BYTES))));
    }
    // Spreadsheet exports often start with a byte-order mark; it is not a fault of the data.
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    if input.trim().is_empty() {
        return Err(fail("$", "the file is empty".into()));
    }
    let value: Value = serde_json::from_str(input).map_err(|e| fail("$", format!("not valid JSON: {e}")))?;
    let Value::Object(mut root) = value else {
        return Err(fail("$", format!("expected an object, found {}", kind_of(&value))));
    };

    let mut faults = Vec::new();
    let mut unparsed = Unparsed::default();
    match root.remove("schema") {
        Some(Value::String(s)) if s == SCHEMA => {}
        Some(other) => faults.push(Fault::new("schema", format!("expected \"{SCHEMA}\", found {other}"))),
        None => faults.push(Fault::new("schema", format!("missing; expected \"{SCHEMA}\""))),
    }
    let negotiation = record::<Negotiation>(root.remove("negotiation"), "negotiation", &mut faults);
    unparsed.negotiation = negotiation.is_none();
    let topics = list(root.remove("topics"), "topics", true, &mut faults, &mut unparsed.topics);
    let actors = list(root.remove("actors"), "actors", true, &mut faults, &mut unparsed.actors);
    let sources = list(root.remove("sources"), "sources", true, &mut faults, &mut unparsed.sources);
    let events = list(root.remove("events"), "events", false, &mut faults, &mut unparsed.events);
    let positions = list(root.remove("positions"), "positions", true, &mut faults, &mut Vec::new());
    let outcomes = list(root.remove("outcomes"), "outcomes", false, &mut faults, &mut Vec::new());
    let mut unknown: Vec<_> = root.keys().cloned().collect();
    unknown.sort();
    for key in unknown {
        faults.push(Fault::new(key, format!("unknown field; expected one of {}", FIELDS.join(", "))));
    }

    let dataset = Dataset {
        schema: SCHEMA.to_owned(),
        negotiation: negotiation.unwrap_or_else(placeholder_negotiation),
        topics,
        actors,
        sources,
        events,
        positions,
        outcomes,
    };
    validate(&dataset, &unparsed, &mut faults);
    if faults.is_empty() {
        Ok(dataset)
    } else {
        Err(DatasetError { faults })
    }
}

fn record<T: DeserializeOwned>(value: Option<Value>, path: &str, faults: &mut Vec<Fault>) -> Option<T> {
    let Some(value) = value else {
        faults.push(Fault::new(path, "missing"));
        return None;
    };
    deserialize(value, path, faults)
}

fn deserialize<T: DeserializeOwned>(value: Value, path: &str, faults: &mut Vec<Fault>) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let inner = e.path().to_string();
            let at = if inner == "." { path.to_owned() } else { format!("{path}.{inner}") };
            faults.push(Fault::new(at, e.into_inner().to_string()));
            None
        }
    }
}

/// Reads a list record by record; the ids of records that fail are noted so that references to
/// them are not reported a second time as dangling.
fn list<T: DeserializeOwned>(
    value: Option<Value>,
    name: &str,
    required: bool,
    faults: &mut Vec<Fault>,
    unparsed_ids: &mut Vec<String>,
) -> Vec<T> {
    let items = match value {
        None if required => {
            faults.push(Fault::new(name, "missing; expected a list"));
            return Vec::new();
        }
        None => return Vec::new(),
        Some(Value::Array(items)) => items,
        Some(other) => {
            faults.push(Fault::new(name, format!("expected a list, found {}", kind_of(&other))));
            return Vec::new();
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let id = item.get("id").and_then(Value::as_str).map(str::to_owned);
        match deserialize(item, &format!("{name}[{i}]"), faults) {
            Some(v) => out.push(v),
            None => unparsed_ids.extend(id),
        }
    }
    out
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn placeholder_negotiation() -> Negotiation {
    Negotiation {
        id: String::new(),
        name: Text::from(""),
        short_name: Text::from(""),
        description: Text::from(""),
        body: String::new(),
        start_date: super::PartialDate::ymd(2000, 1, 1),
    }
}
