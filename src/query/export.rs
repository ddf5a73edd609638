//! Export of the current view: a CSV a spreadsheet opens (one row per actor and topic, with the
//! sources' titles and URLs), and a JSON document of the same rows.

use super::resolve::Cell;
use super::table::table;
use super::view::ViewState;
use crate::model::{Certainty, Dataset, Lang};
use serde::Serialize;

const HEADER: [&str; 12] = [
    "actor_id",
    "actor",
    "kind",
    "topic",
    "stance",
    "stance_label",
    "date",
    "certainty",
    "summary",
    "quote",
    "source_titles",
    "source_urls",
];

/// One exported row: an actor's position on a shown topic, or its absence.
#[derive(Debug, PartialEq, Serialize)]
pub struct ExportRow {
    pub actor_id: String,
    pub actor: String,
    pub kind: String,
    pub topic: String,
    /// Empty when no public position was found.
    pub stance: String,
    pub stance_label: String,
    pub date: String,
    pub certainty: String,
    pub summary: String,
    pub quote: String,
    pub sources: Vec<ExportSource>,
}

#[derive(Debug, PartialEq, Serialize)]
pub struct ExportSource {
    pub publisher: String,
    pub title: String,
    pub date: String,
    pub url: Option<String>,
}

pub fn export_rows(d: &Dataset, v: &ViewState, lang: Lang) -> Vec<ExportRow> {
    let t = table(d, v, lang);
    let mut rows = Vec::new();
    for row in &t.rows {
        for (cell, topic) in row.cells.iter().zip(&t.topics) {
            let base = ExportRow {
                actor_id: row.actor.id.to_string(),
                actor: row.actor.name.get(lang).to_owned(),
                kind: super::view::kind_id(row.actor.kind).to_owned(),
                topic: topic.id.to_string(),
                stance: String::new(),
                stance_label: crate::i18n::text(lang, crate::i18n::Key::NoPosition).to_owned(),
                date: String::new(),
                certainty: String::new(),
                summary: String::new(),
                quote: String::new(),
                sources: Vec::new(),
            };
            rows.push(match cell {
                Cell::NoPosition => base,
                Cell::Held(h) => ExportRow {
                    stance: h.stance.id.to_string(),
                    stance_label: h.stance.label.get(lang).to_owned(),
                    date: h.date.to_string(),
                    certainty: match &h.position.certainty {
                        Certainty::Reported => "reported".to_owned(),
                        Certainty::Inferred(basis) => format!("inferred: {basis}"),
                    },
                    summary: h.position.summary.clone(),
                    quote: h
                        .position
                        .quote
                        .as_ref()
                        .map(|q| format!("“{}” ({})", q.text, q.speaker))
                        .unwrap_or_default(),
                    sources: h
                        .position
                        .sources
                        .iter()
                        .filter_map(|id| d.source(id))
                        .map(|s| ExportSource {
                            publisher: s.publisher.clone(),
                            title: s.title.clone(),
                            date: s.date.to_string(),
                            url: s.url.clone(),
                        })
                        .collect(),
                    ..base
                },
            });
        }
    }
    rows
}

/// Quotes a CSV field when it must be (RFC 4180), and defuses text a spreadsheet would run as a
/// formula (`=`, `+`, `-`, `@` at the start) by prefixing an apostrophe.
pub(super) fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The CSV text, starting with a UTF-8 byte-order mark: without it Excel reads the file as the
/// system's legacy code page and garbles accents and non-Latin scripts (LibreOffice, Numbers and
/// CSV libraries skip the mark).
pub fn to_csv(rows: &[ExportRow]) -> String {
    let mut out = String::from('\u{feff}');
    out.push_str(&HEADER.join(","));
    out.push_str("\r\n");
    for r in rows {
        let titles: Vec<&str> = r.sources.iter().map(|s| s.title.as_str()).collect();
        let urls: Vec<&str> = r.sources.iter().map(|s| s.url.as_deref().unwrap_or("")).collect();
        let fields = [
            &r.actor_id,
            &r.actor,
            &r.kind,
            &r.topic,
            &r.stance,
            &r.stance_label,
            &r.date,
            &r.certainty,
            &r.summary,
            &r.quote,
            &titles.join(" | "),
            &urls.join(" | "),
        ];
        out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// The rows as JSON, with the view they came from so a reader can get back to it.
pub fn to_json(rows: &[ExportRow], d: &Dataset, view_query: &str, lang: Lang) -> String {
    #[derive(Serialize)]
    struct Doc<'a> {
        negotiation: &'a str,
        view: &'a str,
        rows: &'a [ExportRow],
    }
    serde_json::to_string_pretty(&Doc { negotiation: d.negotiation.name.get(lang), view: view_query, rows })
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-1"), "'-1");
    }
}
