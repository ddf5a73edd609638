//! The outline of a dataset: who stands where, in one language, without the words of the
//! reports behind it.
//!
//! The default view is a table of stances, and most readers never open a report, so the
//! bundled page first loads the outline in the reader's language (an eighth of the bytes)
//! and fetches the whole dataset only when a reader asks for something that needs it: a
//! report, the sources, another view, a search, an export, another language. An outline is a
//! build artefact made from a validated dataset; it is never accepted where a dataset is
//! expected ([`super::load`] refuses it).

use super::{
    Certainty, Dataset, Event, Lang, Negotiation, Position, SourceId, Stance, Subquestion, Text, Topic, TreatyAction,
    TreatyStatus,
};

/// Followed by `+` and the outline's language code, as in `stances/1-outline+fr`.
pub const OUTLINE_SCHEMA: &str = "stances/1-outline";

impl Dataset {
    /// True for an outline: its positions say how many sources they cite (not which) and carry
    /// no summary or quote, and it holds no source records.
    pub fn is_outline(&self) -> bool {
        self.outline_lang().is_some()
    }

    /// The one language an outline's texts are in.
    pub fn outline_lang(&self) -> Option<Lang> {
        outline_schema_lang(&self.schema)
    }

    /// The outline of this dataset in `lang`. Everything the default table shows is kept
    /// (actors, topics, stances, dates, events' names, how many sources each position cites,
    /// whether it is inferred); what only reports and other views show is left out.
    pub fn outline(&self, lang: Lang) -> Dataset {
        let one = |t: &Text| Text::Plain(t.get(lang).to_owned());
        let n = &self.negotiation;
        Dataset {
            schema: format!("{OUTLINE_SCHEMA}+{}", lang.code()),
            negotiation: Negotiation {
                name: one(&n.name),
                short_name: one(&n.short_name),
                description: one(&n.description),
                ..n.clone()
            },
            topics: self
                .topics
                .iter()
                .map(|t| Topic {
                    label: one(&t.label),
                    question: one(&t.question),
                    subquestions: t
                        .subquestions
                        .iter()
                        .map(|q| Subquestion { label: one(&q.label), question: one(&q.question), ..q.clone() })
                        .collect(),
                    scale: t
                        .scale
                        .iter()
                        .map(|s| Stance { label: one(&s.label), description: one(&s.description), ..s.clone() })
                        .collect(),
                    ..t.clone()
                })
                .collect(),
            actors: self.actors.iter().map(|a| super::Actor { name: one(&a.name), ..a.clone() }).collect(),
            sources: Vec::new(),
            events: self
                .events
                .iter()
                .map(|e| Event {
                    title: one(&e.title),
                    description: Text::Plain(String::new()),
                    sources: Vec::new(),
                    // Who voted how is read in the timeline, which loads the whole dataset.
                    votes: None,
                    ..e.clone()
                })
                .collect(),
            positions: self
                .positions
                .iter()
                .map(|p| Position {
                    // Only dates a position when it has no date of its own.
                    event: p.event.clone().filter(|_| p.date.is_none()),
                    summary: String::new(),
                    quote: None,
                    // How many, not which: the table counts them, and their ids were a fifth of
                    // the outline's bytes (1.4 KB of 7.2 brotli).
                    sources: p.sources.iter().map(|_| SourceId::new("")).collect(),
                    certainty: match p.certainty {
                        Certainty::Reported => Certainty::Reported,
                        Certainty::Inferred(_) => Certainty::Inferred(String::new()),
                    },
                    articles: Vec::new(),
                    ..p.clone()
                })
                .collect(),
            outcomes: Vec::new(),
            // The table shows each state's treaty status from the first view.
            actions: self
                .actions
                .iter()
                .map(|a| TreatyAction { sources: Vec::new(), note: None, ..a.clone() })
                .collect(),
            treaty_status: self.treaty_status.as_ref().map(|t| TreatyStatus { sources: Vec::new(), ..t.clone() }),
            // The articles view loads the whole dataset; the default table never shows them.
            articles: Vec::new(),
            index: Default::default(),
        }
    }
}

/// The language of an outline's schema tag, `None` for anything else.
pub fn outline_schema_lang(schema: &str) -> Option<Lang> {
    let code = schema.strip_prefix(OUTLINE_SCHEMA)?.strip_prefix('+')?;
    Lang::parse(code).filter(|l| l.code() == code)
}
