//! The table view: actors by topics, each cell the actor's latest position "as of" the view's
//! date, filtered, searched and sorted as the view says.

use super::view::{Sort, ViewState};
use crate::model::{Actor, Dataset, Lang, PartialDate, Position, Stance, Topic, TopicId};
use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
pub struct TableModel<'d> {
    pub topics: Vec<&'d Topic>,
    pub rows: Vec<Row<'d>>,
    /// Actors in the dataset, for "14 of 52 actors".
    pub total_actors: usize,
}

#[derive(Debug, PartialEq)]
pub struct Row<'d> {
    pub actor: &'d Actor,
    /// One per shown topic, in the same order as [`TableModel::topics`].
    pub cells: Vec<Cell<'d>>,
}

#[derive(Debug, PartialEq)]
pub enum Cell<'d> {
    /// "No public position found": not a stance, never counted as agreement.
    NoPosition,
    Held(Held<'d>),
}

#[derive(Debug, PartialEq)]
pub struct Held<'d> {
    /// Index into the dataset's positions, a stable key for the reports behind the cell.
    pub index: usize,
    pub position: &'d Position,
    pub stance: &'d Stance,
    /// Place on the topic's scale, 0 first.
    pub rank: usize,
    pub date: PartialDate,
}

/// The actor's latest position on the topic as a whole (not a sub-question), on or before `at`.
/// Of two positions with the same date, the later in the file wins.
pub fn stance_at<'d>(
    d: &'d Dataset,
    actor: &Actor,
    topic: &'d Topic,
    at: Option<PartialDate>,
) -> Cell<'d> {
    let mut best: Option<Held<'d>> = None;
    for (index, p) in d.positions.iter().enumerate() {
        if p.actor != actor.id || p.topic != topic.id || p.subquestion.is_some() {
            continue;
        }
        let Some(date) = d.position_date(p) else {
            continue;
        };
        if at.is_some_and(|at| date.first_day() > at.last_day()) {
            continue;
        }
        let (Some(stance), Some(rank)) = (topic.stance(&p.stance), topic.stance_rank(&p.stance))
        else {
            continue;
        };
        if best.as_ref().is_none_or(|b| date >= b.date) {
            best = Some(Held {
                index,
                position: p,
                stance,
                rank,
                date,
            });
        }
    }
    best.map_or(Cell::NoPosition, Cell::Held)
}

impl Cell<'_> {
    pub fn held(&self) -> Option<&Held<'_>> {
        match self {
            Cell::Held(h) => Some(h),
            Cell::NoPosition => None,
        }
    }
}

pub fn table<'d>(d: &'d Dataset, v: &ViewState, lang: Lang) -> TableModel<'d> {
    let topics: Vec<&Topic> = d
        .topics
        .iter()
        .filter(|t| v.topics.is_empty() || v.topics.contains(&t.id))
        .collect();
    let needle = v.q.to_lowercase();
    let mut rows: Vec<Row> = d
        .actors
        .iter()
        .filter(|a| v.actors.is_empty() || v.actors.contains(&a.id))
        .map(|actor| Row {
            actor,
            cells: topics
                .iter()
                .map(|t| stance_at(d, actor, t, v.at))
                .collect(),
        })
        .filter(|row| matches_stance_filters(d, v, row, &topics))
        .filter(|row| needle.is_empty() || matches_text(row, &needle, lang))
        .collect();
    let name = |r: &Row| r.actor.name.get(lang).to_lowercase();
    match &v.sort {
        Sort::Name => rows.sort_by_cached_key(name),
        Sort::Topic(id) => {
            let col = topics.iter().position(|t| &t.id == id);
            let rank = |r: &Row| col.and_then(|c| r.cells[c].held()).map(|h| h.rank);
            rows.sort_by(|a, b| by_rank(rank(a), rank(b)).then_with(|| name(a).cmp(&name(b))));
        }
    }
    TableModel {
        topics,
        rows,
        total_actors: d.actors.len(),
    }
}

/// Holders of a stance first, along the scale; those with none last.
fn by_rank(a: Option<usize>, b: Option<usize>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Filters on one topic are alternatives; filters on different topics must all hold.
fn matches_stance_filters(d: &Dataset, v: &ViewState, row: &Row, topics: &[&Topic]) -> bool {
    let mut by_topic: Vec<&TopicId> = v.stance.iter().map(|f| &f.topic).collect();
    by_topic.dedup();
    by_topic.into_iter().all(|topic_id| {
        let held = match topics.iter().position(|t| &t.id == topic_id) {
            Some(c) => row.cells[c].held().map(|h| h.stance.id.clone()),
            // A filter on a hidden topic still filters.
            None => d.topic(topic_id).and_then(|t| {
                stance_at(d, row.actor, t, v.at)
                    .held()
                    .map(|h| h.stance.id.clone())
            }),
        };
        held.is_some_and(|s| {
            v.stance
                .iter()
                .any(|f| &f.topic == topic_id && f.stance == s)
        })
    })
}

fn matches_text(row: &Row, needle: &str, lang: Lang) -> bool {
    let actor = row.actor;
    actor.id.as_str().to_lowercase() == needle
        || actor.name.get(lang).to_lowercase().contains(needle)
        || actor.name.en().to_lowercase().contains(needle)
        || row
            .cells
            .iter()
            .filter_map(Cell::held)
            .any(|h| h.position.summary.to_lowercase().contains(needle))
}
