//! From the CSV files a newsroom keeps to a validated dataset.
//!
//! Two passes. The first reads the files into the dataset's JSON shape, reporting what only the
//! CSV layer can know (unknown columns, an empty required cell, a malformed certainty) by file,
//! row and column. If that pass is clean, `model::load` checks the result exactly as the widget
//! would, and each of its faults is traced back to the file, row and column it came from.

use super::cells::{is_lang_code, parse_certainty, split_ids, split_items};
use super::columns::{Column, Kind, Table, ARTICLES, ARTICLE_HISTORY, HISTORY_FIELD, NOTE_PREFIX, SKELETON, TABLES};
use super::locate::{locate, HistoryRows, Rows};
use super::problem::{ImportError, Location, Problem};
use super::skeleton;
use crate::model::{load, Dataset};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The author's files by name (`actors.csv`, `dataset.json`, ...), as raw bytes so that a file
/// that is not UTF-8 is reported rather than mangled.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Builds and validates a dataset from the author's files.
pub fn import(files: &Files) -> Result<Dataset, ImportError> {
    let mut problems = Vec::new();
    for name in files.keys() {
        let known = name == SKELETON || name == ARTICLE_HISTORY.file || TABLES.iter().any(|t| t.file == name);
        if !known && name.to_ascii_lowercase().ends_with(".csv") {
            let expected: Vec<_> = TABLES.iter().map(|t| t.file).chain([ARTICLE_HISTORY.file]).collect();
            problems.push(Problem::new(
                Location::file(name),
                format!("unknown file; the CSV files are {}", expected.join(", ")),
            ));
        }
    }
    let skeleton = skeleton::read(files.get(SKELETON).map(Vec::as_slice), &mut problems);
    let mut root = skeleton.unwrap_or_default();
    let mut rows = Rows::new();
    for table in &TABLES {
        let Some(bytes) = files.get(table.file) else {
            if table.required {
                problems.push(Problem::new(Location::file(table.file), "missing; this file is required"));
            }
            continue;
        };
        if let Some((records, numbers)) = read_table(table, bytes, &mut problems) {
            root.insert(table.list.to_owned(), Value::Array(records));
            rows.insert(table.list, numbers);
        }
    }
    let history = match files.get(ARTICLE_HISTORY.file) {
        Some(bytes) => attach_history(&mut root, bytes, &mut problems),
        None => HistoryRows::new(),
    };
    if !problems.is_empty() {
        return Err(ImportError { problems });
    }
    load(&Value::Object(root).to_string())
        .map_err(|e| ImportError { problems: e.faults.iter().map(|f| locate(f, &rows, &history)).collect() })
}

/// Reads article_history.csv into each article's `history`, in file order; returns the row of
/// each entry so validation's faults can point back at it.
fn attach_history(root: &mut Map<String, Value>, bytes: &[u8], problems: &mut Vec<Problem>) -> HistoryRows {
    let Some((records, numbers)) = read_table(&ARTICLE_HISTORY, bytes, problems) else {
        return HistoryRows::new();
    };
    let mut articles = match root.get_mut(ARTICLES.list) {
        Some(Value::Array(articles)) => Some(articles),
        _ => None,
    };
    let count = articles.as_ref().map_or(0, |a| a.len());
    let mut rows: HistoryRows = vec![Vec::new(); count];
    for (mut record, row) in records.into_iter().zip(numbers) {
        let id = record.as_object_mut().and_then(|r| r.remove("article")).unwrap_or(Value::Null);
        let index = articles.as_ref().and_then(|a| a.iter().position(|x| x.get("id") == Some(&id)));
        let (Some(i), Some(list)) = (index, articles.as_deref_mut()) else {
            let at = Location::cell(ARTICLE_HISTORY.file, row, "article");
            problems.push(Problem::new(at, format!("{id} is not the id of a row of {}", ARTICLES.file)));
            continue;
        };
        if let Some(article) = list[i].as_object_mut() {
            let entries = article.entry(HISTORY_FIELD).or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(entries) = entries {
                entries.push(record);
                rows[i].push(row);
            }
        }
    }
    rows
}

/// Where a header sends its cells.
#[derive(Clone, Debug)]
enum Slot {
    Column(&'static Column),
    /// `<header>_<lang>` of a translatable column; `en` is the English, given this way when the
    /// text is a translation map with nothing but English.
    Translation(&'static Column, String),
    /// A note column, or an empty header over empty cells.
    Ignored,
    Blank,
}

fn layout(table: &Table, headers: &csv::StringRecord, problems: &mut Vec<Problem>) -> Option<Vec<Slot>> {
    let start = problems.len();
    let at = |header: &str| Location::cell(table.file, 1, header);
    let mut seen: Vec<&str> = Vec::new();
    let mut slots = Vec::new();
    for header in headers.iter().map(str::trim) {
        let slot = if header.is_empty() {
            Slot::Blank
        } else if header.starts_with(NOTE_PREFIX) {
            Slot::Ignored
        } else if let Some(column) = table.column(header) {
            Slot::Column(column)
        } else if let Some((column, lang)) = translation(table, header) {
            Slot::Translation(column, lang.to_owned())
        } else {
            problems.push(Problem::new(at(header), unknown_column(table)));
            Slot::Ignored
        };
        if !matches!(slot, Slot::Blank | Slot::Ignored) {
            if seen.contains(&header) {
                problems.push(Problem::new(at(header), "appears twice in the header"));
            }
            seen.push(header);
        }
        slots.push(slot);
    }
    for column in table.columns.iter().filter(|c| c.header_required() && !seen.contains(&c.header)) {
        problems.push(Problem::new(at(column.header), "missing from the header; this column is required"));
    }
    (problems.len() == start).then_some(slots)
}

fn unknown_column(table: &Table) -> String {
    let known: Vec<_> = table.columns.iter().map(|c| c.header).collect();
    let translated: Vec<_> =
        table.columns.iter().filter(|c| c.kind == Kind::Translatable).map(|c| format!("{}_fr", c.header)).collect();
    let translations = match translated.as_slice() {
        [] => String::new(),
        names => format!("translations in columns such as {}; ", names.join(", ")),
    };
    format!(
        "unknown column; expected {} ({translations}notes in columns starting with {NOTE_PREFIX})",
        known.join(", ")
    )
}

fn translation<'h>(table: &Table, header: &'h str) -> Option<(&'static Column, &'h str)> {
    let (base, lang) = header.rsplit_once('_')?;
    let column = table.column(base).filter(|c| c.kind == Kind::Translatable)?;
    is_lang_code(lang).then_some((column, lang))
}

/// The records of one file as JSON objects, each with its spreadsheet row number.
fn read_table(table: &Table, bytes: &[u8], problems: &mut Vec<Problem>) -> Option<(Vec<Value>, Vec<usize>)> {
    let text = match super::decode_utf8(bytes) {
        Ok(text) => text,
        Err(reason) => {
            problems.push(Problem::new(Location::file(table.file), reason));
            return None;
        }
    };
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(e) => {
            problems.push(Problem::new(Location::file(table.file), e.to_string()));
            return None;
        }
    };
    let slots = layout(table, &headers, problems)?;
    let start = problems.len();
    let mut records = Vec::new();
    let mut numbers = Vec::new();
    // A spreadsheet numbers records, not lines: a cell holding a line break is still one row.
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                problems.push(Problem::new(Location { row: Some(row), ..Location::file(table.file) }, e.to_string()));
                continue;
            }
        };
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let mut row_reader = RowReader { table, row, problems };
        if let Some(object) = row_reader.read(&slots, &record) {
            records.push(Value::Object(object));
            numbers.push(row);
        }
    }
    (problems.len() == start).then_some((records, numbers))
}

struct RowReader<'a> {
    table: &'a Table,
    row: usize,
    problems: &'a mut Vec<Problem>,
}

impl RowReader<'_> {
    fn problem(&mut self, header: &str, reason: impl Into<String>) {
        self.problems.push(Problem::new(Location::cell(self.table.file, self.row, header), reason));
    }

    fn read(&mut self, slots: &[Slot], record: &csv::StringRecord) -> Option<Map<String, Value>> {
        let start = self.problems.len();
        let mut cells: BTreeMap<&str, &str> = BTreeMap::new();
        let mut translations: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
        for (i, cell) in record.iter().enumerate() {
            match slots.get(i) {
                Some(Slot::Column(column)) => {
                    cells.insert(column.header, cell);
                }
                Some(Slot::Translation(column, lang)) => {
                    translations.entry(column.header).or_default().push((lang, cell));
                }
                Some(Slot::Ignored) => {}
                Some(Slot::Blank) | None if cell.trim().is_empty() => {}
                Some(Slot::Blank) | None => {
                    let at = Location { row: Some(self.row), ..Location::file(self.table.file) };
                    self.problems.push(Problem::new(
                        at,
                        format!("cell {} has a value but its column has no header: {cell:?}", i + 1),
                    ));
                }
            }
        }

        let mut object = Map::new();
        let mut nested: BTreeMap<&str, Vec<(&Column, Option<Value>)>> = BTreeMap::new();
        for column in self.table.columns {
            let cell = cells.get(column.header).copied().unwrap_or("");
            let problems_before = self.problems.len();
            let value = match column.kind {
                Kind::Translatable => {
                    self.text(column, cell, translations.get(column.header).map_or(&[][..], Vec::as_slice))
                }
                _ => self.value(column, cell),
            };
            match column.field {
                [field] => match value {
                    Some(v) => {
                        object.insert((*field).to_owned(), v);
                    }
                    // A cell that failed to parse is not also empty.
                    None if column.required && self.problems.len() == problems_before => {
                        self.problem(column.header, "is empty; this column is required")
                    }
                    None => {}
                },
                [outer, _] => nested.entry(outer).or_default().push((column, value)),
                _ => {}
            }
        }
        for (outer, fields) in nested {
            if let Some(v) = self.group(outer, fields) {
                object.insert(outer.to_owned(), v);
            }
        }
        (self.problems.len() == start).then_some(object)
    }

    fn value(&mut self, column: &Column, cell: &str) -> Option<Value> {
        let list = |items: Vec<String>| {
            // A required list is kept even when empty, so validation says what it needs.
            (column.required || !items.is_empty()).then(|| Value::from(items))
        };
        match column.kind {
            Kind::Ids => list(split_ids(cell)),
            Kind::Items => list(split_items(cell)),
            _ if cell.trim().is_empty() => None,
            Kind::Free | Kind::Translatable => Some(Value::from(cell)),
            Kind::Code => Some(Value::from(cell.trim())),
            Kind::Certainty => match parse_certainty(cell) {
                Ok(v) => Some(v),
                Err(reason) => {
                    self.problem(column.header, reason);
                    None
                }
            },
            Kind::Count => match cell.trim().parse::<u32>() {
                Ok(n) => Some(Value::from(n)),
                Err(_) => {
                    self.problem(
                        column.header,
                        format!("expected a whole number of zero or more, found {:?}", cell.trim()),
                    );
                    None
                }
            },
        }
    }

    /// Plain text, unless a translation is given; then a map with the base column as English.
    fn text(&mut self, column: &Column, base: &str, translations: &[(&str, &str)]) -> Option<Value> {
        let given: Vec<(&str, &str)> =
            translations.iter().copied().filter(|(_, cell)| !cell.trim().is_empty()).collect();
        if given.is_empty() {
            return (!base.trim().is_empty()).then(|| Value::from(base));
        }
        let mut map = Map::new();
        if !base.trim().is_empty() {
            map.insert("en".to_owned(), Value::from(base));
        }
        for (lang, cell) in given {
            if lang == "en" && map.contains_key("en") {
                let header = format!("{}_en", column.header);
                self.problem(&header, format!("give the English in {} or in {header}, not both", column.header));
            }
            map.insert(lang.to_owned(), Value::from(cell));
        }
        Some(Value::Object(map))
    }

    /// A nested object such as a quote: absent when all its cells are empty, else complete.
    fn group(&mut self, outer: &str, fields: Vec<(&Column, Option<Value>)>) -> Option<Value> {
        if fields.iter().all(|(_, v)| v.is_none()) {
            return None;
        }
        let headers: Vec<_> = fields.iter().map(|(c, _)| c.header).collect();
        let mut map = Map::new();
        for (column, value) in fields {
            match (value, column.field) {
                (Some(v), [_, inner]) => {
                    map.insert((*inner).to_owned(), v);
                }
                (None, _) if column.required => self.problem(
                    column.header,
                    format!("is empty, but the row has a {outer}: fill in {}", headers.join(", ")),
                ),
                _ => {}
            }
        }
        Some(Value::Object(map))
    }
}
