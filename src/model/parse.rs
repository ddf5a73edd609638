//! From JSON text to a checked [`Dataset`], listing every fault rather than stopping at the first.
//!
//! Each record is read on its own (`json.rs`), so one malformed record is reported with its
//! path and the rest are still read and validated.

use super::json::{self, Cursor, FromJson};
use super::locate;
use super::outline::outline_schema_lang;
use super::validate::{validate, Unparsed};
use super::{Dataset, DatasetError, Fault, Negotiation, Text, OUTLINE_SCHEMA, SCHEMA};

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
/// The file's syntax is checked first; then each record is read on its own (no value tree is
/// built), so a fault is located and the other records are still checked.
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
    let fields = json::check_object(input).map_err(|e| fail("$", format!("not valid JSON: {e}")))?;
    let mut root = Fields(fields.ok_or_else(|| fail("$", format!("expected an object, found {}", kind_of(input))))?);

    let mut faults = Vec::new();
    let mut unparsed = Unparsed::default();
    let mut schema = expected.clone();
    match root.take("schema").map(|raw| (raw, json::from_str::<String>(raw))) {
        Some((_, Ok(s))) if fits(&s) => schema = s,
        Some((raw, _)) => faults.push(Fault::new("schema", format!("expected \"{expected}\", found {raw}"))),
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
    let treaty_status =
        root.take("treaty_status").and_then(|raw| read(raw, &|| "treaty_status".to_owned(), &mut faults));
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

fn record<T: FromJson>(raw: Option<&str>, path: &str, faults: &mut Vec<Fault>) -> Option<T> {
    let Some(raw) = raw else {
        faults.push(Fault::new(path, "missing"));
        return None;
    };
    read(raw, &|| path.to_owned(), faults)
}

/// Reads one record; a fault is located by the record's `path` (made only then) and the path
/// inside it.
fn read<T: FromJson>(text: &str, path: &dyn Fn() -> String, faults: &mut Vec<Fault>) -> Option<T> {
    json::from_str::<T>(text).map_err(|e| fault_at(text, e, path, faults)).ok()
}

/// The fault of a record that failed to read. Not generic, unlike [`read`]: compiled once.
fn fault_at(text: &str, e: json::Error, path: &dyn Fn() -> String, faults: &mut Vec<Fault>) {
    let path = path();
    let inner = locate::path_at(text, e.at);
    let at = match inner.as_bytes().first() {
        None => path,
        Some(b'[') => format!("{path}{inner}"),
        Some(_) => format!("{path}.{inner}"),
    };
    faults.push(Fault::new(at, e.reason));
}

/// The top-level fields in file order, each with the text of its value (as the syntax check
/// found them). A list, not a map: a map type used only here cost the WebAssembly several
/// kilobytes of code.
struct Fields<'a>(Vec<(String, &'a str)>);

impl<'a> Fields<'a> {
    /// The field's value, removed so that what is left at the end is unknown.
    fn take(&mut self, name: &str) -> Option<&'a str> {
        let i = self.0.iter().position(|(k, _)| k == name)?;
        Some(self.0.remove(i).1)
    }
}

/// Just the id of a record that failed to parse, if it has a readable one.
fn id_only(text: &str) -> Option<String> {
    let mut id = None;
    let mut c = Cursor::new(text);
    c.for_each_entry(&mut |c, key| {
        if key == "id" {
            id = c.string().ok();
        } else {
            c.skip();
        }
        Ok(())
    })
    .ok()?;
    id
}

/// Reads a list record by record; the ids of records that fail are noted so that references to
/// them are not reported a second time as dangling.
fn list<T: FromJson>(
    raw: Option<&str>,
    name: &'static str,
    required: bool,
    faults: &mut Vec<Fault>,
    unparsed_ids: &mut Vec<String>,
    skipped: &mut Vec<(&'static str, usize)>,
) -> Vec<T> {
    let mut out = Vec::new();
    let read = &mut |c: &mut Cursor| T::read(c).map(|v| out.push(v));
    each_record(raw, name, required, faults, unparsed_ids, skipped, read);
    out
}

/// The work of [`list`] that does not depend on the record's type, compiled once: `read` reads
/// each record where it stands in the list, and a record it fails on becomes a fault, located
/// in that record's text (read past only then: one pass over the list, not two).
fn each_record(
    raw: Option<&str>,
    name: &'static str,
    required: bool,
    faults: &mut Vec<Fault>,
    unparsed_ids: &mut Vec<String>,
    skipped: &mut Vec<(&'static str, usize)>,
    read: &mut dyn FnMut(&mut Cursor) -> Result<(), json::Error>,
) {
    let raw = match raw {
        None if required => return faults.push(Fault::new(name, "missing; expected a list")),
        None => return,
        Some(raw) if !raw.starts_with('[') => {
            return faults.push(Fault::new(name, format!("expected a list, found {}", kind_of(raw))))
        }
        Some(raw) => raw,
    };
    let mut i = 0;
    let _ = Cursor::new(raw).list(&mut |c| {
        let start = c.i;
        if let Err(e) = read(c) {
            // As if the record had been read on its own: offsets into its text, at most its end.
            c.i = start;
            c.skip();
            let item = &raw[start..c.i];
            let e = json::Error { at: e.at.clamp(start, c.i) - start, ..e };
            fault_at(item, e, &|| format!("{name}[{i}]"), faults);
            skipped.push((name, i));
            unparsed_ids.extend(id_only(item));
        }
        i += 1;
        Ok(())
    });
}

fn kind_of(raw: &str) -> &'static str {
    match raw.trim_start().as_bytes().first() {
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
