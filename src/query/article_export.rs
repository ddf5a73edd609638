//! Export of the articles view: one row per shown article, with its history, votes, the
//! positions that argued about it, and its sources, as CSV or as JSON.

use super::articles::{articles_view, ArticleCard};
use super::export::csv_field;
use super::view::ViewState;
use crate::model::{Dataset, Lang, SourceId};

const HEADER: [&str; 12] = [
    "article",
    "heading",
    "topics",
    "summary",
    "quote",
    "history",
    "votes",
    "positions",
    "source_titles",
    "source_urls",
    "source_dates",
    "note",
];

#[derive(Debug, PartialEq)]
pub struct ArticleRow {
    pub article: String,
    pub heading: String,
    pub topics: Vec<String>,
    pub summary: String,
    pub quote: String,
    /// `date stage: summary`, earliest first.
    pub history: Vec<String>,
    /// `title (date): yes–no–abstain`.
    pub votes: Vec<String>,
    /// `actor: stance (date) [paragraphs]`.
    pub positions: Vec<String>,
    pub sources: Vec<super::ExportSource>,
    pub note: String,
}

pub fn article_rows(d: &Dataset, v: &ViewState, lang: Lang) -> Vec<ArticleRow> {
    let model = articles_view(d, v, lang);
    model.groups.iter().flat_map(|g| &g.articles).map(|card| row(d, card, lang)).collect()
}

fn row(d: &Dataset, card: &ArticleCard, lang: Lang) -> ArticleRow {
    let a = card.article;
    let history = card.history.iter().map(|h| format!("{} {}: {}", h.date, h.stage.code(), h.summary)).collect();
    let votes = card
        .votes
        .iter()
        .map(|e| {
            let tally = e.tally.map(|t| format!(": {} yes, {} no, {} abstain", t.yes, t.no, t.abstain));
            format!("{} ({}){}", e.title.get(lang), e.date, tally.unwrap_or_default())
        })
        .collect();
    let positions = card
        .sides
        .iter()
        .flat_map(|s| &s.held)
        .map(|p| {
            let paragraphs =
                if p.paragraphs.is_empty() { String::new() } else { format!(" [{}]", p.paragraphs.join(", ")) };
            format!("{}: {} ({}){paragraphs}", p.actor.name.get(lang), p.held.stance.label.get(lang), p.held.date)
        })
        .collect();
    // The article's own sources, then those of its history, each once.
    let mut ids: Vec<&SourceId> = Vec::new();
    for id in a.sources.iter().chain(card.history.iter().flat_map(|h| &h.sources)) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let sources = ids
        .into_iter()
        .filter_map(|id| d.source(id))
        .map(|s| super::ExportSource {
            publisher: s.publisher.clone(),
            title: s.title.clone(),
            date: s.date.to_string(),
            url: s.url.clone(),
        })
        .collect();
    ArticleRow {
        article: a.id.to_string(),
        heading: a.heading.get(lang).to_owned(),
        topics: card.topics.iter().map(|t| t.label.get(lang).to_owned()).collect(),
        summary: a.summary.clone(),
        quote: a.quote.as_ref().map(|q| format!("“{}” ({})", q.text, q.speaker)).unwrap_or_default(),
        history,
        votes,
        positions,
        sources,
        note: a.note.clone().unwrap_or_default(),
    }
}

pub fn articles_csv(rows: &[ArticleRow]) -> String {
    let mut out = HEADER.join(",");
    out.push_str("\r\n");
    for r in rows {
        let titles: Vec<&str> = r.sources.iter().map(|s| s.title.as_str()).collect();
        let urls: Vec<&str> = r.sources.iter().map(|s| s.url.as_deref().unwrap_or("")).collect();
        let dates: Vec<&str> = r.sources.iter().map(|s| s.date.as_str()).collect();
        let fields = [
            r.article.clone(),
            r.heading.clone(),
            r.topics.join(" | "),
            r.summary.clone(),
            r.quote.clone(),
            r.history.join(" | "),
            r.votes.join(" | "),
            r.positions.join(" | "),
            titles.join(" | "),
            urls.join(" | "),
            dates.join(" | "),
            r.note.clone(),
        ];
        out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// The rows as JSON, with the view they came from.
pub fn articles_json(rows: &[ArticleRow], d: &Dataset, view_query: &str) -> String {
    use super::export::Json;
    let text = |s: &str| Json::Text(s.to_owned());
    let texts = |items: &[String]| Json::List(items.iter().map(|s| text(s)).collect());
    let articles = rows.iter().map(|r| {
        Json::Object(vec![
            ("article", text(&r.article)),
            ("heading", text(&r.heading)),
            ("topics", texts(&r.topics)),
            ("summary", text(&r.summary)),
            ("quote", text(&r.quote)),
            ("history", texts(&r.history)),
            ("votes", texts(&r.votes)),
            ("positions", texts(&r.positions)),
            ("sources", Json::List(r.sources.iter().map(super::ExportSource::json).collect())),
            ("note", text(&r.note)),
        ])
    });
    let doc = Json::Object(vec![
        ("negotiation", text(d.negotiation.name.en())),
        ("view", text(view_query)),
        ("articles", Json::List(articles.collect())),
    ]);
    let mut out = String::new();
    doc.write(&mut out, 0);
    out
}
