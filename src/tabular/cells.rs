//! The text of one cell and the JSON value it stands for, both ways: `;`-separated lists and
//! the certainty column.

use super::columns::SEPARATOR;
use serde_json::{json, Value};

/// Ids cannot contain `;` (see `model::is_valid_id`), so they need no escaping.
pub fn split_ids(cell: &str) -> Vec<String> {
    cell.split(SEPARATOR).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

pub fn join_ids<S: AsRef<str>>(ids: &[S]) -> String {
    ids.iter().map(AsRef::as_ref).collect::<Vec<_>>().join("; ")
}

/// Free-text items may contain `;`, so `\;` stands for one and `\\` for a backslash. A
/// backslash before anything else is kept as it is, so that a stray one is not lost.
pub fn split_items(cell: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut chars = cell.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if matches!(chars.peek(), Some(&SEPARATOR) | Some(&'\\')) => current.extend(chars.next()),
            SEPARATOR => items.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    items.push(current);
    items.into_iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect()
}

pub fn join_items<S: AsRef<str>>(items: &[S]) -> String {
    let escaped: Vec<String> =
        items.iter().map(|s| s.as_ref().replace('\\', "\\\\").replace(SEPARATOR, "\\;")).collect();
    escaped.join("; ")
}

const CERTAINTY_HELP: &str = "expected `reported`, or `inferred: ` followed by what it was deduced from";

/// `reported` or `inferred: <basis>`, in any case, as the JSON the schema wants.
pub fn parse_certainty(cell: &str) -> Result<Value, String> {
    let cell = cell.trim();
    if cell.eq_ignore_ascii_case("reported") {
        return Ok(json!("reported"));
    }
    let rest = cell.get(..8).filter(|head| head.eq_ignore_ascii_case("inferred")).map(|_| cell[8..].trim_start());
    match rest.and_then(|r| r.strip_prefix(':')).map(str::trim) {
        Some("") => Err(format!("the basis is empty; {CERTAINTY_HELP}")),
        Some(basis) => Ok(json!({ "inferred": basis })),
        None => Err(format!("{CERTAINTY_HELP}, found {cell:?}")),
    }
}

pub fn format_certainty(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if s == "reported" => Some(s.clone()),
        Value::Object(map) if map.len() == 1 => map.get("inferred")?.as_str().map(|b| format!("inferred: {b}")),
        _ => None,
    }
}

/// A language code in a translation column's header, such as `fr` or `zh-Hans`.
pub fn is_lang_code(code: &str) -> bool {
    !code.is_empty() && code.len() <= 16 && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_keep_escaped_semicolons_and_backslashes() {
        let items = ["Art. 2", "Arts. 7;8", r"a\b", r"c\;"];
        let cell = join_items(&items);
        assert_eq!(cell, r"Art. 2; Arts. 7\;8; a\\b; c\\\;");
        assert_eq!(split_items(&cell), items);
        assert_eq!(split_items(r"x\y; ;z;"), [r"x\y", "z"]);
    }

    #[test]
    fn certainty_reads_both_forms_and_says_what_it_expects() {
        assert_eq!(parse_certainty(" Reported "), Ok(json!("reported")));
        assert_eq!(parse_certainty("inferred:  from a vote "), Ok(json!({"inferred": "from a vote"})));
        assert_eq!(parse_certainty("INFERRED : bloc"), Ok(json!({"inferred": "bloc"})));
        assert!(parse_certainty("inferred:").unwrap_err().starts_with("the basis is empty"));
        assert!(parse_certainty("maybe").unwrap_err().ends_with("found \"maybe\""));
        assert!(parse_certainty("inferredx: y").is_err());
        assert!(parse_certainty("infé").is_err());
    }
}
