//! From JSON text to a checked [`Dataset`], listing every fault rather than stopping at the first.
//!
//! Each record is deserialised on its own, so one malformed record is reported with its path
//! and the rest are still read and validated.

use super::locate;
use super::outline::outline_schema_lang;
use super::validate::{validate, Unparsed};
use super::{Dataset, DatasetError, Fault, Negotiation, Text, OUTLINE_SCHEMA, SCHEMA};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::value::RawValue;

const FIELDS: [&str; 11] = [
    "schema",
    "negotiation",
    "topics",
    "actors",
    "sources",
    "events",
    "positions",
    "outcomes",
    "actions",
    "treaty_status",
    "articles",
];

/// The largest dataset read: ten times the bundled one's growth room, and small enough that a
/// phone parses it without freezing. Larger files are refused before parsing.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// A dataset file's bytes as text: UTF-8, with or without a byte-order mark. A UTF-16 file (what
/// some editors save as "Unicode") and bytes that are not UTF-8 are named as such, instead of
/// surfacing as a JSON error or, worse, as replacement characters in the data.
pub fn decode_text(bytes: &[u8]) -> Result<&str, DatasetError> {
    let fail = |reason: String| DatasetError { faults: vec![Fault::new("$", reason)] };
    // A BOM, or the zero byte beside each ASCII character, gives UTF-16 away.
    let utf16 = bytes.starts_with(&[0xff, 0xfe])
        || bytes.starts_with(&[0xfe, 0xff])
        || (bytes.len() >= 2 && (bytes[0] == 0) != (bytes[1] == 0));
    if utf16 {
        return Err(fail("the file is UTF-16 text; save it as UTF-8".into()));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        fail(format!("the file is not UTF-8 text (line {line}, byte {at}); save it as UTF-8"))
    })
}

/// Reads and validates a `stances/1` dataset.
///
/// The file is split into raw records first (no value tree is built), then each record is
/// read on its own, so a fault is located and the other records are still checked.
pub fn load(input: &str) -> Result<Dataset, DatasetError> {
    load_as(input, false)
}

/// Reads an outline (see [`Dataset::outline`]): the same checks, less those of the words it
/// leaves out.
pub fn load_outline(input: &str) -> Result<Dataset, DatasetError> {
    load_as(input, true)
}

fn load_as(input: &str, outline: bool) -> Result<Dataset, DatasetError> {
    let expected = if outline { format!("{OUTLINE_SCHEMA}+LANG") } else { SCHEMA.to_owned() };
    let fits = |s: &str| if outline { outline_schema_lang(s).is_some() } else { s == SCHEMA };
    let fail = |path: &str, reason: String| DatasetError { faults: vec![Fault::new(path, reason)] };
    if input.len() > MAX_BYTES {
        // Integer tenths: float formatting would add kilobytes to the wasm for this one message.
        let mb = |n: usize| {
            let tenths = n * 10 / (1024 * 1024);
            format!("{}.{} MB", tenths / 10, tenths % 10)
        };
        return Err(fail("$", format!("the file is {}; the limit is {}", mb(input.len()), mb(MAX_BYTES))));
    }
    // Spreadsheet exports often start with a byte-order mark; it is not a fault of the data.
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    if input.trim().is_empty() {
        return Err(fail("$", "the file is empty".into()));
    }
    let whole: &RawValue = serde_json::from_str(input).map_err(|e| fail("$", format!("not valid JSON: {e}")))?;
    let mut root: Fields = serde_json::from_str(whole.get())
        .map_err(|_| fail("$", format!("expected an object, found {}", kind_of(whole))))?;

    let mut faults = Vec::new();
    let mut unparsed = Unparsed::default();
    let mut schema = expected.clone();
    match root.take("schema").map(|raw| (raw, serde_json::from_str::<String>(raw.get()))) {
        Some((_, Ok(s))) if fits(&s) => schema = s,
        Some((raw, _)) => faults.push(Fault::new("schema", format!("expected \"{expected}\", found {}", raw.get()))),
        None => faults.push(Fault::new("schema", format!("missing; expected \"{expected}\""))),
    }
    let negotiation = record::<Negotiation>(root.take("negotiation"), "negotiation", &mut faults);
    unparsed.negotiation = negotiation.is_none();
    let skipped = &mut unparsed.skipped;
    let topics = list(root.take("topics"), "topics", true, &mut faults, &mut unparsed.topics, skipped);
    let actors = list(root.take("actors"), "actors", true, &mut faults, &mut unparsed.actors, skipped);
    let sources = list(root.take("sources"), "sources", true, &mut faults, &mut unparsed.sources, skipped);
    let events = list(root.take("events"), "events", false, &mut faults, &mut unparsed.events, skipped);
    let positions = list(root.take("positions"), "positions", true, &mut faults, &mut Vec::new(), skipped);
    let outcomes = list(root.take("outcomes"), "outcomes", false, &mut faults, &mut Vec::new(), skipped);
    let actions = list(root.take("actions"), "actions", false, &mut faults, &mut Vec::new(), skipped);
    let treaty_status = root.take("treaty_status").and_then(|raw| deserialize(raw, "treaty_status", &mut faults));
    let articles = list(root.take("articles"), "articles", false, &mut faults, &mut unparsed.articles, skipped);
    for (key, _) in &root.0 {
        let reason = if FIELDS.contains(&key.as_str()) {
            "appears more than once; only the first is read".to_owned()
        } else {
            format!("unknown field; expected one of {}", FIELDS.join(", "))
        };
        faults.push(Fault::new(key.clone(), reason));
    }

    let dataset = Dataset {
        schema,
        negotiation: negotiation.unwrap_or_else(placeholder_negotiation),
        topics,
        actors,
        sources,
        events,
        positions,
        outcomes,
        actions,
        treaty_status,
        articles,
        index: Default::default(),
    };
    validate(&dataset, outline, &unparsed, &mut faults);
    if faults.is_empty() {
        Ok(dataset)
    } else {
        Err(DatasetError { faults })
    }
}

fn record<T: DeserializeOwned>(raw: Option<&RawValue>, path: &str, faults: &mut Vec<Fault>) -> Option<T> {
    let Some(raw) = raw else {
        faults.push(Fault::new(path, "missing"));
        return None;
    };
    deserialize(raw, path, faults)
}

fn deserialize<T: DeserializeOwned>(raw: &RawValue, path: &str, faults: &mut Vec<Fault>) -> Option<T> {
    let text = raw.get();
    match serde_json::from_str::<T>(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let inner = locate::path_at(text, locate::offset(text, e.line(), e.column()));
            let at = match inner.as_bytes().first() {
                None => path.to_owned(),
                Some(b'[') => format!("{path}{inner}"),
                Some(_) => format!("{path}.{inner}"),
            };
            // serde_json adds where in the record it stopped; the path says it better.
            let reason = e.to_string();
            let mut reason = reason.split(" at line ").next().unwrap_or(&reason).to_owned();
            if reason == "expected value" {
                // What serde_json says of a number or list where a named value belongs.
                reason = "expected a string naming one of the allowed values".to_owned();
            }
            faults.push(Fault::new(at, reason));
            None
        }
    }
}

/// The top-level fields in file order. A list, not a map: a map type used only here cost the
/// WebAssembly several kilobytes of code.
struct Fields<'a>(Vec<(String, &'a RawValue)>);

impl<'a> Fields<'a> {
    /// The field's value, removed so that what is left at the end is unknown.
    fn take(&mut self, name: &str) -> Option<&'a RawValue> {
        let i = self.0.iter().position(|(k, _)| k == name)?;
        Some(self.0.remove(i).1)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Fields<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;

        impl<'de> serde::de::Visitor<'de> for FieldsVisitor {
            type Value = Fields<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut access: A) -> Result<Fields<'de>, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = access.next_entry::<String, &'de RawValue>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }

        deserializer.deserialize_map(FieldsVisitor)
    }
}

/// Just the id of a record that failed to parse, if it has a readable one.
#[derive(Deserialize)]
struct IdOnly {
    id: Option<String>,
}

/// Reads a list record by record; the ids of records that fail are noted so that references to
/// them are not reported a second time as dangling.
fn list<T: DeserializeOwned>(
    raw: Option<&RawValue>,
    name: &'static str,
    required: bool,
    faults: &mut Vec<Fault>,
    unparsed_ids: &mut Vec<String>,
    skipped: &mut Vec<(&'static str, usize)>,
) -> Vec<T> {
    let items: Vec<&RawValue> = match raw {
        None if required => {
            faults.push(Fault::new(name, "missing; expected a list"));
            return Vec::new();
        }
        None => return Vec::new(),
        Some(raw) => match serde_json::from_str(raw.get()) {
            Ok(items) => items,
            Err(_) => {
                faults.push(Fault::new(name, format!("expected a list, found {}", kind_of(raw))));
                return Vec::new();
            }
        },
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        match deserialize(item, &format!("{name}[{i}]"), faults) {
            Some(v) => out.push(v),
            None => {
                skipped.push((name, i));
                unparsed_ids.extend(serde_json::from_str::<IdOnly>(item.get()).ok().and_then(|r| r.id))
            }
        }
    }
    out
}

fn kind_of(raw: &RawValue) -> &'static str {
    match raw.get().trim_start().as_bytes().first() {
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        Some(b'"') => "a string",
        Some(b'[') => "a list",
        Some(b'{') => "an object",
        _ => "a number",
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
