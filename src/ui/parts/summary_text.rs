//! Words for `query::summary`: the sentence a screen reader hears when the view changes.

use crate::i18n::{list, t, Key};
use crate::model::{Lang, Topic};
use crate::query::Summary;

fn topics(lang: Lang, ts: &[&Topic]) -> String {
    list(lang, &ts.iter().map(|t| t.label.get(lang)).collect::<Vec<_>>())
}

pub fn summary_text(summary: &Summary, lang: Lang) -> String {
    match summary {
        Summary::Compare { actors, agree, differ, unknown } => {
            let names = list(lang, &actors.iter().map(|a| a.name.get(lang)).collect::<Vec<_>>());
            let clauses: Vec<String> =
                [(Key::SummaryDiffer, differ), (Key::SummaryAgree, agree), (Key::SummaryUnknown, unknown)]
                    .into_iter()
                    .filter(|(_, ts)| !ts.is_empty())
                    .map(|(key, ts)| t(lang, key, &[("topics", &topics(lang, ts))]))
                    .collect();
            t(lang, Key::SummaryJoin, &[("names", &names), ("clauses", &clauses.join("; "))])
        }
        Summary::Counts { shown, topics } => {
            let counts: Vec<String> = topics
                .iter()
                .map(|c| {
                    let mut parts: Vec<String> = c
                        .stances
                        .iter()
                        .map(|(s, n)| {
                            t(lang, Key::StanceCount, &[("stance", s.label.get(lang)), ("n", &n.to_string())])
                        })
                        .collect();
                    if c.without > 0 {
                        parts.push(t(lang, Key::NoPositionCount, &[("n", &c.without.to_string())]));
                    }
                    let sep = if lang == Lang::Zh { "，" } else { ", " };
                    t(lang, Key::TopicCounts, &[("topic", c.topic.label.get(lang)), ("counts", &parts.join(sep))])
                })
                .collect();
            t(lang, Key::TableSummary, &[("n", &shown.to_string()), ("counts", &counts.join(" "))])
        }
    }
}

/// The live region every view puts above its content: screen readers hear it when it changes.
pub fn live_summary(summary: &Summary, lang: Lang) -> yew::Html {
    yew::html! { <p class="st-summary-text" aria-live="polite">{ summary_text(summary, lang) }</p> }
}
