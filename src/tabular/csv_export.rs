//! From a dataset to the CSV files and `dataset.json` that `import` reads back.

use super::cells::{format_certainty, join_ids, join_items};
use super::columns::{Column, Kind, Table, ARTICLES, ARTICLE_HISTORY, HISTORY_FIELD, SKELETON, TABLES};
use super::problem::ExportError;
use super::skeleton;
use crate::model::Dataset;
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// Each file's name and contents: the skeleton, then one CSV per table (header only when the
/// dataset has no records for it, so the author sees the columns to fill).
pub fn export(dataset: &Dataset) -> Result<Vec<(String, String)>, ExportError> {
    let json = |e: serde_json::Error| ExportError::Write { file: SKELETON.to_owned(), reason: e.to_string() };
    let mut files = vec![(SKELETON.to_owned(), skeleton::write(dataset).map_err(json)?)];
    let value = serde_json::to_value(dataset).map_err(json)?;
    for table in &TABLES {
        let records = match value.get(table.list) {
            Some(Value::Array(records)) => records.as_slice(),
            _ => &[],
        };
        if table.list == ARTICLES.list {
            let (articles, history) = split_history(records);
            files.push((table.file.to_owned(), write_table(table, &articles)?));
            files.push((ARTICLE_HISTORY.file.to_owned(), write_table(&ARTICLE_HISTORY, &history)?));
        } else {
            files.push((table.file.to_owned(), write_table(table, records)?));
        }
    }
    Ok(files)
}

/// The articles without their history, and the history as rows naming their article.
fn split_history(records: &[Value]) -> (Vec<Value>, Vec<Value>) {
    let mut articles = Vec::new();
    let mut history = Vec::new();
    for record in records {
        let mut record = record.clone();
        let entries = record.as_object_mut().and_then(|o| o.remove(HISTORY_FIELD));
        let id = record.get("id").cloned().unwrap_or(Value::Null);
        for mut entry in entries.and_then(|e| e.as_array().cloned()).unwrap_or_default() {
            if let Some(fields) = entry.as_object_mut() {
                // The article first, as the file's first column.
                let mut row = Map::new();
                row.insert("article".to_owned(), id.clone());
                row.extend(std::mem::take(fields));
                entry = Value::Object(row);
            }
            history.push(entry);
        }
        articles.push(record);
    }
    (articles, history)
}

/// Where a column of the written file takes its cells from.
enum Slot {
    Column(&'static Column),
    Translation(&'static Column, String),
}

/// The languages that come first, in the order of the bundled dataset; others follow sorted.
const LANG_ORDER: [&str; 6] = ["en", "fr", "es", "ru", "zh", "ar"];

fn slots(table: &Table, records: &[Value]) -> Vec<Slot> {
    let mut slots = Vec::new();
    for column in table.columns {
        slots.push(Slot::Column(column));
        if column.kind != Kind::Translatable {
            continue;
        }
        let mut langs = BTreeSet::new();
        for map in records.iter().filter_map(|r| field(r, column)).filter_map(Value::as_object) {
            langs.extend(map.keys().filter(|k| *k != "en" || map.len() == 1).cloned());
        }
        let mut langs: Vec<String> = langs.into_iter().collect();
        langs.sort_by_key(|l| (LANG_ORDER.iter().position(|o| o == l).unwrap_or(LANG_ORDER.len()), l.clone()));
        slots.extend(langs.into_iter().map(|lang| Slot::Translation(column, lang)));
    }
    slots
}

fn field<'v>(record: &'v Value, column: &Column) -> Option<&'v Value> {
    column.field.iter().try_fold(record, |v, key| v.get(key))
}

fn write_table(table: &Table, records: &[Value]) -> Result<String, ExportError> {
    let slots = slots(table, records);
    let mut writer = csv::Writer::from_writer(Vec::new());
    let csv_error = |e: csv::Error| ExportError::Write { file: table.file.to_owned(), reason: e.to_string() };
    let headers = slots.iter().map(|s| match s {
        Slot::Column(c) => c.header.to_owned(),
        Slot::Translation(c, lang) => format!("{}_{lang}", c.header),
    });
    writer.write_record(headers).map_err(csv_error)?;
    for (i, record) in records.iter().enumerate() {
        let path = format!("{}[{i}]", table.list);
        let Some(object) = record.as_object() else {
            return Err(ExportError::Shape { path, expected: "an object" });
        };
        check_all_fields_have_columns(table, object, &path)?;
        let cells = slots.iter().map(|slot| cell(record, slot, &path)).collect::<Result<Vec<_>, _>>()?;
        writer.write_record(cells).map_err(csv_error)?;
    }
    let bytes = writer.into_inner().map_err(|e| csv_error(e.into_error().into()))?;
    String::from_utf8(bytes).map_err(|e| ExportError::Write { file: table.file.to_owned(), reason: e.to_string() })
}

/// Refuses to drop a field silently, e.g. one added to the schema but not to the CSV layout.
fn check_all_fields_have_columns(table: &Table, object: &Map<String, Value>, path: &str) -> Result<(), ExportError> {
    for (key, value) in object {
        let columns: Vec<_> = table.columns.iter().filter(|c| c.field[0] == key).collect();
        let missing = |field: &str| ExportError::NoColumn { path: path.to_owned(), field: field.to_owned() };
        if columns.is_empty() {
            return Err(missing(key));
        }
        if let (Some(inner), true) = (value.as_object(), columns.iter().all(|c| c.field.len() == 2)) {
            if let Some(k) = inner.keys().find(|k| !columns.iter().any(|c| c.field[1] == k.as_str())) {
                return Err(missing(&format!("{key}.{k}")));
            }
        }
    }
    Ok(())
}

fn cell(record: &Value, slot: &Slot, path: &str) -> Result<String, ExportError> {
    let column = match slot {
        Slot::Column(c) | Slot::Translation(c, _) => *c,
    };
    let at = || format!("{path}.{}", column.field.join("."));
    let shape = |expected| ExportError::Shape { path: at(), expected };
    let Some(value) = field(record, column) else { return Ok(String::new()) };
    let strings = |value: &Value| -> Result<Vec<String>, ExportError> {
        let items = value.as_array().ok_or_else(|| shape("a list"))?;
        items.iter().map(|v| v.as_str().map(str::to_owned).ok_or_else(|| shape("a list of strings"))).collect()
    };
    Ok(match (column.kind, slot, value) {
        (Kind::Translatable, Slot::Column(_), Value::Object(map)) if map.len() == 1 && map.contains_key("en") => {
            String::new()
        }
        (Kind::Translatable, Slot::Column(_), Value::Object(map)) => {
            map.get("en").and_then(Value::as_str).unwrap_or_default().to_owned()
        }
        // English goes in `<header>_en` only for a map of English alone; otherwise in the base.
        (Kind::Translatable, Slot::Translation(_, lang), Value::Object(map)) if lang != "en" || map.len() == 1 => {
            map.get(lang).and_then(Value::as_str).unwrap_or_default().to_owned()
        }
        (Kind::Translatable, Slot::Translation(..), _) => String::new(),
        (Kind::Ids, _, v) => join_ids(&strings(v)?),
        (Kind::Items, _, v) => join_items(&strings(v)?),
        (Kind::Certainty, _, v) => format_certainty(v).ok_or_else(|| shape("\"reported\" or {\"inferred\": ...}"))?,
        (Kind::Count, _, Value::Number(n)) if n.is_u64() => n.to_string(),
        (Kind::Count, _, _) => return Err(shape("a whole number")),
        (_, _, Value::String(s)) => s.clone(),
        _ => return Err(shape("a string")),
    })
}
