//! The table view: actors by topics, each cell the actor's latest position "as of" the view's
//! date, filtered, searched and sorted as the view says.

use super::groups::in_group;
use super::resolve::{stance_at, Cell};
use super::treaty::{standing, Standing};
use super::view::{Sort, ViewState};
use crate::model::{Actor, ActorKind, Dataset, Lang, Topic, TopicId};
use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
pub struct TableModel<'d> {
    pub topics: Vec<&'d Topic>,
    pub rows: Vec<Row<'d>>,
    /// The dataset keeps a treaty record, so each row shows its actor's standing.
    pub treaty: bool,
    /// Actors in the dataset, for "14 of 52 actors".
    pub total_actors: usize,
}

#[derive(Debug, PartialEq)]
pub struct Row<'d> {
    pub actor: &'d Actor,
    /// One per shown topic, in the same order as [`TableModel::topics`].
    pub cells: Vec<Cell<'d>>,
    /// Where the actor stands with the treaty at the view's date (states and blocs only).
    pub standing: Option<Standing>,
}

/// A filter of the table, to say which one left it empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filter {
    Actors,
    Kind,
    Group,
    Search,
    Stance,
    AsOf,
    Treaty,
}

pub fn shown_topics<'d>(d: &'d Dataset, v: &ViewState) -> Vec<&'d Topic> {
    d.topics.iter().filter(|t| v.topics.is_empty() || v.topics.contains(&t.id)).collect()
}

/// The actors the view's actor, kind and group filters let through, in dataset order.
pub fn selected_actors<'d, 'v>(d: &'d Dataset, v: &'v ViewState) -> impl Iterator<Item = &'d Actor> + use<'d, 'v> {
    d.actors.iter().filter(move |a| {
        (v.actors.is_empty() || v.actors.contains(&a.id))
            && (v.kinds.is_empty() || v.kinds.contains(&a.kind))
            && v.group.as_deref().is_none_or(|g| in_group(d, a, g))
    })
}

pub fn table<'d>(d: &'d Dataset, v: &ViewState, lang: Lang) -> TableModel<'d> {
    let topics = shown_topics(d, v);
    let needle = crate::fold::lowercase(v.q.trim());
    let treaty = has_treaty_record(d);
    let mut rows: Vec<Row> = selected_actors(d, v)
        .map(|actor| Row {
            actor,
            cells: topics.iter().map(|t| stance_at(d, &actor.id, t, None, v.at)).collect(),
            standing: (treaty && can_join(actor)).then(|| standing(d, &actor.id, v.at)),
        })
        .filter(|row| v.treaty.is_empty() || row.standing.is_some_and(|s| v.treaty.contains(&s.stage)))
        .filter(|row| matches_stance_filters(d, v, row, &topics))
        .filter(|row| needle.is_empty() || matches_text(row, &needle, lang))
        .collect();
    let name = |r: &Row| crate::fold::lowercase(r.actor.name.get(lang));
    match &v.sort {
        Sort::Name => crate::order::sort_by_cached_key(&mut rows, name),
        Sort::Topic(id) => {
            let col = topics.iter().position(|t| &t.id == id);
            let rank = |r: &Row| col.and_then(|c| r.cells[c].held()).map(|h| h.rank);
            crate::order::sort_by(&mut rows, |a, b| by_rank(rank(a), rank(b)).then_with(|| name(a).cmp(&name(b))));
        }
    }
    TableModel { topics, rows, treaty, total_actors: d.actors.len() }
}

/// Whether the dataset records treaty actions at all: one without says nothing of who signed.
pub fn has_treaty_record(d: &Dataset) -> bool {
    d.treaty_status.is_some() || !d.actions.is_empty()
}

/// States and blocs (the EU signs as a regional organisation) can join a treaty; others cannot.
pub fn can_join(actor: &Actor) -> bool {
    matches!(actor.kind, ActorKind::State | ActorKind::Bloc)
}

/// The filters that, each removed on its own, would bring rows back: what to tell a reader
/// facing an empty table. Empty when no single filter is to blame.
pub fn emptied_by(d: &Dataset, v: &ViewState, lang: Lang) -> Vec<Filter> {
    let without = |f: Filter| {
        let mut w = v.clone();
        match f {
            Filter::Actors => w.actors.clear(),
            Filter::Kind => w.kinds.clear(),
            Filter::Group => w.group = None,
            Filter::Search => w.q.clear(),
            Filter::Stance => w.stance.clear(),
            Filter::AsOf => w.at = None,
            Filter::Treaty => w.treaty.clear(),
        }
        (w != *v).then_some(w)
    };
    [Filter::Actors, Filter::Kind, Filter::Group, Filter::Search, Filter::Stance, Filter::AsOf, Filter::Treaty]
        .into_iter()
        .filter(|f| without(*f).is_some_and(|w| !table(d, &w, lang).rows.is_empty()))
        .collect()
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
            None => d
                .topic(topic_id)
                .and_then(|t| stance_at(d, &row.actor.id, t, None, v.at).held().map(|h| h.stance.id.clone())),
        };
        held.is_some_and(|s| v.stance.iter().any(|f| &f.topic == topic_id && f.stance == s))
    })
}

fn matches_text(row: &Row, needle: &str, lang: Lang) -> bool {
    let actor = row.actor;
    crate::fold::lowercase(actor.id.as_str()) == needle
        || crate::fold::lowercase(actor.name.get(lang)).contains(needle)
        || crate::fold::lowercase(actor.name.en()).contains(needle)
        || row.cells.iter().filter_map(Cell::held).any(|h| crate::fold::lowercase(&h.position.summary).contains(needle))
}

/// Table cells rendered per page: what keeps a re-sort or a new filter within the benchmark's
/// 50 ms on its stress dataset (12 topics), on a two-core machine where 240 cells took 75-90 ms.
pub const CELLS_PER_PAGE: usize = 120;

/// Rows per page of a table embedded in an article: ten, as newsroom tables page, so that the
/// embed stays about a screen tall (at most 900 px at 600 px wide).
pub const EMBED_ROWS: usize = 10;

/// Rows per page for a table of `topics` columns: a screenful or more of a small table, ten
/// rows of a wide one.
pub fn rows_per_page(topics: usize) -> usize {
    (CELLS_PER_PAGE / topics.max(1)).clamp(10, 100)
}
