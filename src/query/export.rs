//! Export of the current view: a CSV a spreadsheet opens (one row per actor and topic, with the
//! sources' titles and URLs), and a JSON document of the same rows.

use super::resolve::Cell;
use super::table::table;
use super::view::ViewState;
use crate::model::{write_quoted, Certainty, Dataset, Lang};

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
#[derive(Debug, PartialEq)]
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

#[derive(Debug, PartialEq)]
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
    let text = |s: &str| Json::Text(s.to_owned());
    let rows = rows.iter().map(|r| {
        let sources = r.sources.iter().map(ExportSource::json);
        Json::Object(vec![
            ("actor_id", text(&r.actor_id)),
            ("actor", text(&r.actor)),
            ("kind", text(&r.kind)),
            ("topic", text(&r.topic)),
            ("stance", text(&r.stance)),
            ("stance_label", text(&r.stance_label)),
            ("date", text(&r.date)),
            ("certainty", text(&r.certainty)),
            ("summary", text(&r.summary)),
            ("quote", text(&r.quote)),
            ("sources", Json::List(sources.collect())),
        ])
    });
    let doc = Json::Object(vec![
        ("negotiation", text(d.negotiation.name.get(lang))),
        ("view", text(view_query)),
        ("rows", Json::List(rows.collect())),
    ]);
    let mut out = String::new();
    doc.write(&mut out, 0);
    out
}

impl ExportSource {
    pub(super) fn json(&self) -> Json {
        let text = |s: &str| Json::Text(s.to_owned());
        Json::Object(vec![
            ("publisher", text(&self.publisher)),
            ("title", text(&self.title)),
            ("date", text(&self.date)),
            ("url", self.url.as_deref().map_or(Json::Null, text)),
        ])
    }
}

/// A JSON document to write, indented by two spaces. Written here rather than with serde_json,
/// whose writer was kilobytes of the WebAssembly for this one download.
pub(super) enum Json {
    Null,
    Text(String),
    List(Vec<Json>),
    Object(Vec<(&'static str, Json)>),
}

impl Json {
    pub(super) fn write(&self, out: &mut String, depth: usize) {
        let newline = |out: &mut String, depth: usize| {
            out.push('\n');
            out.extend(std::iter::repeat_n("  ", depth));
        };
        match self {
            Json::Null => out.push_str("null"),
            Json::Text(s) => write_quoted(out, s),
            Json::List(items) if items.is_empty() => out.push_str("[]"),
            Json::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "" } else { "," });
                    newline(out, depth + 1);
                    item.write(out, depth + 1);
                }
                newline(out, depth);
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    out.push_str(if i == 0 { "" } else { "," });
                    newline(out, depth + 1);
                    write_quoted(out, key);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                newline(out, depth);
                out.push('}');
            }
        }
    }
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
