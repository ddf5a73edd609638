//! The outline of a dataset: who stands where, without the words of the reports behind it.
//!
//! The default view is a table of stances, and most readers never open a report, so the
//! bundled page first loads this outline (a fifth of the bytes) and fetches the whole dataset
//! only when a reader asks for something that needs its words: a report, the sources, another
//! view, a search, an export. The outline is a build artefact made from a validated dataset;
//! it is never accepted where a dataset is expected ([`super::load`] refuses it).

use super::{Certainty, Dataset, Event, Outcome, Position, Text};

pub const OUTLINE_SCHEMA: &str = "stances/1-outline";

impl Dataset {
    /// True for an outline: its positions name their sources but carry no summary or quote,
    /// and it holds no source records.
    pub fn is_outline(&self) -> bool {
        self.schema == OUTLINE_SCHEMA
    }

    /// The outline of this dataset. Everything the default table shows is kept (actors,
    /// topics, stances, dates, events' names, how many sources each position cites, whether
    /// it is inferred); what only reports and other views show is left out.
    pub fn outline(&self) -> Dataset {
        Dataset {
            schema: OUTLINE_SCHEMA.to_owned(),
            negotiation: self.negotiation.clone(),
            topics: self.topics.clone(),
            actors: self.actors.clone(),
            sources: Vec::new(),
            events: self
                .events
                .iter()
                .map(|e| Event { description: Text::Plain(String::new()), sources: Vec::new(), ..e.clone() })
                .collect(),
            positions: self
                .positions
                .iter()
                .map(|p| Position {
                    summary: String::new(),
                    quote: None,
                    certainty: match p.certainty {
                        Certainty::Reported => Certainty::Reported,
                        Certainty::Inferred(_) => Certainty::Inferred(String::new()),
                    },
                    ..p.clone()
                })
                .collect(),
            outcomes: self
                .outcomes
                .iter()
                .map(|o| Outcome { summary: String::new(), sources: Vec::new(), ..o.clone() })
                .collect(),
            index: Default::default(),
        }
    }
}
