//! Coverage of a dataset, for an editor deciding what to research next: who has no position on
//! a topic, which questions are thin, how well positions are sourced, and when.

use super::table::TextTable;
use crate::model::{
    ActionKind, ActorId, ActorKind, ArticleId, Certainty, Dataset, SourceClass, SubquestionId, TopicId,
};
use std::collections::BTreeMap;
use std::fmt::Write;

#[derive(Clone, Debug, PartialEq)]
pub struct Stats {
    pub negotiation: String,
    pub actors: usize,
    pub positions: usize,
    pub sources: usize,
    pub events: usize,
    pub topics: Vec<TopicCoverage>,
    /// `None` when there are no positions.
    pub sources_per_position: Option<Spread>,
    pub reported: usize,
    pub inferred: usize,
    pub events_per_year: BTreeMap<u16, usize>,
    pub positions_per_year: BTreeMap<u16, usize>,
    pub evidence: Evidence,
    /// Articles per topic (an article of two topics counts under both), in topic order.
    pub articles_per_topic: Vec<(TopicId, usize)>,
    /// Positions naming each article (any paragraph of it), in the dataset's article order.
    pub positions_per_article: Vec<(ArticleId, usize)>,
}

/// The record against the rules of evidence: who is covered, what the treaty record holds, and
/// how strong the sources are.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    /// Actors of kind state.
    pub states: usize,
    /// States with any stance on any topic, then per topic (sub-questions count).
    pub states_with_stance: usize,
    pub states_per_topic: Vec<(TopicId, usize)>,
    /// Treaty actions per kind, in `ActionKind::ALL` order, and states with each stage.
    pub actions: Vec<(ActionKind, usize)>,
    /// Sources per class, in `SourceClass::ALL` order, and those with no class.
    pub sources_by_class: Vec<(SourceClass, usize)>,
    pub unclassed: usize,
    /// Positions whose sources are all weak: the validator refuses them.
    pub weak_only: usize,
    /// Recorded votes, and those with a per-state record.
    pub votes: usize,
    pub votes_per_state: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TopicCoverage {
    pub topic: TopicId,
    /// Actors with at least one position on the topic as a whole, in the dataset's actor order.
    pub with: Vec<ActorId>,
    pub without: Vec<ActorId>,
    /// Positions per question: `None` is the topic as a whole, then each sub-question in order.
    pub questions: Vec<(Option<SubquestionId>, usize)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    pub min: usize,
    pub median: f64,
    pub max: usize,
    /// Positions resting on a single source.
    pub single: usize,
}

pub fn stats(d: &Dataset) -> Stats {
    let topics =
        d.topics
            .iter()
            .map(|t| {
                let (with, without) = d.actors.iter().map(|a| a.id.clone()).partition(|a| {
                    d.positions.iter().any(|p| &p.actor == a && p.topic == t.id && p.subquestion.is_none())
                });
                let count = |sq: Option<&SubquestionId>| {
                    d.positions.iter().filter(|p| p.topic == t.id && p.subquestion.as_ref() == sq).count()
                };
                let mut questions = vec![(None, count(None))];
                questions.extend(t.subquestions.iter().map(|s| (Some(s.id.clone()), count(Some(&s.id)))));
                TopicCoverage { topic: t.id.clone(), with, without, questions }
            })
            .collect();

    let mut counts: Vec<usize> = d.positions.iter().map(|p| p.sources.len()).collect();
    counts.sort_unstable();
    let sources_per_position = (!counts.is_empty()).then(|| Spread {
        min: counts[0],
        median: median(&counts),
        max: counts[counts.len() - 1],
        single: counts.iter().filter(|&&n| n == 1).count(),
    });

    let inferred = d.positions.iter().filter(|p| matches!(p.certainty, Certainty::Inferred(_))).count();
    let mut events_per_year = BTreeMap::new();
    for e in &d.events {
        *events_per_year.entry(e.date.year()).or_default() += 1;
    }
    let mut positions_per_year = BTreeMap::new();
    // A valid dataset dates every position, by its own date or its event's.
    for date in d.positions.iter().filter_map(|p| d.position_date(p)) {
        *positions_per_year.entry(date.year()).or_default() += 1;
    }

    let is_state = |id: &ActorId| d.actor(id).is_some_and(|a| a.kind == ActorKind::State);
    let states_on = |topic: Option<&TopicId>| {
        let mut ids: Vec<&ActorId> = d
            .positions
            .iter()
            .filter(|p| topic.is_none_or(|t| &p.topic == t) && is_state(&p.actor))
            .map(|p| &p.actor)
            .collect();
        ids.sort_unstable_by_key(|a| a.as_str());
        ids.dedup();
        ids.len()
    };
    let class_of = |id: &crate::model::SourceId| d.source(id).and_then(|s| s.class);
    let evidence = Evidence {
        states: d.actors.iter().filter(|a| a.kind == ActorKind::State).count(),
        states_with_stance: states_on(None),
        states_per_topic: d.topics.iter().map(|t| (t.id.clone(), states_on(Some(&t.id)))).collect(),
        actions: ActionKind::ALL.map(|k| (k, d.actions.iter().filter(|a| a.kind == k).count())).to_vec(),
        sources_by_class: SourceClass::ALL
            .map(|c| (c, d.sources.iter().filter(|s| s.class == Some(c)).count()))
            .to_vec(),
        unclassed: d.sources.iter().filter(|s| s.class.is_none()).count(),
        weak_only: d
            .positions
            .iter()
            .filter(|p| !p.sources.is_empty() && p.sources.iter().all(|s| class_of(s) == Some(SourceClass::Weak)))
            .count(),
        votes: d.events.iter().filter(|e| e.tally.is_some()).count(),
        votes_per_state: d.events.iter().filter(|e| e.votes.is_some()).count(),
    };

    let articles_per_topic = d
        .topics
        .iter()
        .map(|t| (t.id.clone(), d.articles.iter().filter(|a| a.topics.contains(&t.id)).count()))
        .collect();
    let positions_per_article = d
        .articles
        .iter()
        .map(|a| (a.id.clone(), d.positions.iter().filter(|p| p.articles.iter().any(|r| r.article == a.id)).count()))
        .collect();

    Stats {
        articles_per_topic,
        positions_per_article,
        evidence,
        negotiation: d.negotiation.id.clone(),
        actors: d.actors.len(),
        positions: d.positions.len(),
        sources: d.sources.len(),
        events: d.events.len(),
        topics,
        sources_per_position,
        reported: d.positions.len() - inferred,
        inferred,
        events_per_year,
        positions_per_year,
    }
}

/// Of a sorted, non-empty list.
fn median(sorted: &[usize]) -> f64 {
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[mid] as f64
    } else {
        (sorted[mid - 1] + sorted[mid]) as f64 / 2.0
    }
}

fn number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        format!("{n:.1}")
    }
}

fn ids<T: std::fmt::Display>(ids: &[T]) -> String {
    if ids.is_empty() {
        "-".to_owned()
    } else {
        ids.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
    }
}

/// Plain text tables, aligned for a terminal.
pub fn render(s: &Stats) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} actors, {} positions, {} sources, {} events\n",
        s.negotiation, s.actors, s.positions, s.sources, s.events
    );

    out.push_str("Actors with a position on the topic as a whole\n");
    let mut t = TextTable::new(&["topic", "with", "without", "actors without"], &[false, true, true, false]);
    for c in &s.topics {
        t.row(vec![c.topic.to_string(), c.with.len().to_string(), c.without.len().to_string(), ids(&c.without)]);
    }
    out.push_str(&t.render());

    out.push_str("\nPositions per question\n");
    let mut t = TextTable::new(&["topic", "question", "positions"], &[false, false, true]);
    for c in &s.topics {
        for (sq, n) in &c.questions {
            let question = sq.as_ref().map_or_else(|| "(topic as a whole)".to_owned(), ToString::to_string);
            t.row(vec![c.topic.to_string(), question, n.to_string()]);
        }
    }
    out.push_str(&t.render());

    out.push_str("\nSources per position\n");
    let mut t = TextTable::new(&["min", "median", "max", "with one source"], &[true, true, true, true]);
    match &s.sources_per_position {
        Some(sp) => t.row(vec![sp.min.to_string(), number(sp.median), sp.max.to_string(), sp.single.to_string()]),
        None => t.row(vec!["-".into(), "-".into(), "-".into(), "0".into()]),
    }
    out.push_str(&t.render());

    out.push_str("\nPositions by certainty\n");
    let mut t = TextTable::new(&["certainty", "positions"], &[false, true]);
    t.row(vec!["reported".into(), s.reported.to_string()]);
    t.row(vec!["inferred".into(), s.inferred.to_string()]);
    out.push_str(&t.render());

    let e = &s.evidence;
    let _ = writeln!(out, "\nStates with a stance: {} of {} states on any topic", e.states_with_stance, e.states);
    let mut t = TextTable::new(&["topic", "states with a stance"], &[false, true]);
    for (topic, n) in &e.states_per_topic {
        t.row(vec![topic.to_string(), n.to_string()]);
    }
    out.push_str(&t.render());

    out.push_str("\nTreaty actions by kind\n");
    let mut t = TextTable::new(&["kind", "actions"], &[false, true]);
    for (kind, n) in &e.actions {
        t.row(vec![kind.code().to_owned(), n.to_string()]);
    }
    out.push_str(&t.render());
    let _ = writeln!(out, "Recorded votes: {} with a tally, {} with the per-state record", e.votes, e.votes_per_state);

    out.push_str("\nSources by class\n");
    let mut t = TextTable::new(&["class", "sources"], &[false, true]);
    for (class, n) in &e.sources_by_class {
        t.row(vec![class.code().to_owned(), n.to_string()]);
    }
    t.row(vec!["(no class)".into(), e.unclassed.to_string()]);
    out.push_str(&t.render());
    let share = if s.positions == 0 { 0.0 } else { s.inferred as f64 * 100.0 / s.positions as f64 };
    let _ = writeln!(
        out,
        "Positions resting on weak sources alone: {}; inferred: {} of {} ({}%)",
        e.weak_only,
        s.inferred,
        s.positions,
        number(share)
    );

    if !s.positions_per_article.is_empty() {
        out.push_str("\nArticles per topic\n");
        let mut t = TextTable::new(&["topic", "articles"], &[false, true]);
        for (topic, n) in &s.articles_per_topic {
            t.row(vec![topic.to_string(), n.to_string()]);
        }
        out.push_str(&t.render());
        out.push_str("\nPositions per article\n");
        let mut t = TextTable::new(&["article", "positions"], &[false, true]);
        for (article, n) in &s.positions_per_article {
            t.row(vec![article.to_string(), n.to_string()]);
        }
        out.push_str(&t.render());
        let linked: usize = s.positions_per_article.iter().map(|(_, n)| n).sum();
        let _ = writeln!(out, "Links from positions to articles: {linked}");
    }

    out.push_str("\nPer year\n");
    let mut t = TextTable::new(&["year", "events", "positions"], &[false, true, true]);
    let mut years: Vec<u16> = s.events_per_year.keys().chain(s.positions_per_year.keys()).copied().collect();
    years.sort_unstable();
    years.dedup();
    for y in years {
        let n = |m: &BTreeMap<u16, usize>| m.get(&y).copied().unwrap_or(0).to_string();
        t.row(vec![y.to_string(), n(&s.events_per_year), n(&s.positions_per_year)]);
    }
    out.push_str(&t.render());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_lists() {
        assert_eq!(median(&[1, 2, 9]), 2.0);
        assert_eq!(median(&[1, 2, 3, 9]), 2.5);
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(2.0), "2");
    }
}
