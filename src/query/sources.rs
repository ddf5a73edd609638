//! The reports behind what the widget shows: the sources of one position or event, and the
//! reading list of every source with the positions it reports.

use super::table::selected_actors;
use super::view::ViewState;
use crate::model::{ActorId, Dataset, Event, Position, Quote, Source, SourceClass, SourceId};
use std::collections::{HashMap, HashSet};

#[derive(Debug, PartialEq)]
pub struct Report<'d> {
    pub source: &'d Source,
    /// The position's quote, when it comes from this source.
    pub quote: Option<&'d Quote>,
}

/// The sources of a position, each with the quote it carries, in the order the dataset cites them.
pub fn reports<'d>(d: &'d Dataset, position: &'d Position) -> Vec<Report<'d>> {
    position
        .sources
        .iter()
        .filter_map(|id| d.source(id))
        .map(|source| Report { source, quote: position.quote.as_ref().filter(|q| q.source == source.id) })
        .collect()
}

/// Where a source goes in the reading list: a reader checks the record itself first, and
/// what may not stand alone last.
fn tier(s: &Source) -> u8 {
    match s.class {
        Some(SourceClass::Primary) => 0,
        Some(SourceClass::Weak) => 2,
        _ => 1,
    }
}

#[derive(Debug, PartialEq)]
pub struct ReadingItem<'d> {
    pub source: &'d Source,
    /// Indexes and records of the positions it reports among the view's actors and topics.
    pub positions: Vec<(usize, &'d Position)>,
    pub events: Vec<&'d Event>,
}

/// Every source that reports a position of the view's actors on its topics (or, with no actor
/// or topic chosen, every source): primary sources first and weak ones last, newest first
/// within each; `q` searches publisher, title and summary.
pub fn reading_list<'d>(d: &'d Dataset, v: &ViewState) -> Vec<ReadingItem<'d>> {
    let actors: HashSet<&ActorId> = selected_actors(d, v).map(|a| &a.id).collect();
    let narrowed = !v.actors.is_empty() || !v.topics.is_empty() || !v.kinds.is_empty() || v.group.is_some();
    let needle = crate::fold::lowercase(v.q.trim());
    // One pass over the positions, not one per source: the stress dataset has 53,520.
    let by_id: HashMap<&SourceId, usize> = d.sources.iter().enumerate().map(|(i, s)| (&s.id, i)).collect();
    let mut reported: Vec<Vec<(usize, &Position)>> = vec![Vec::new(); d.sources.len()];
    for (i, p) in d.positions.iter().enumerate() {
        if !actors.contains(&p.actor) || !(v.topics.is_empty() || v.topics.contains(&p.topic)) {
            continue;
        }
        for id in &p.sources {
            if let Some(list) = by_id.get(id).map(|&k| &mut reported[k]) {
                // A source cited twice by one position reports it once.
                if list.last().map(|(j, _)| *j) != Some(i) {
                    list.push((i, p));
                }
            }
        }
    }
    let mut items: Vec<ReadingItem> = d
        .sources
        .iter()
        .zip(reported)
        .map(|(source, positions)| {
            let events = d.events.iter().filter(|e| e.sources.contains(&source.id)).collect();
            ReadingItem { source, positions, events }
        })
        .filter(|item| !narrowed || !item.positions.is_empty())
        .filter(|item| {
            let s = item.source;
            needle.is_empty()
                || [Some(&s.publisher), Some(&s.title), s.summary.as_ref(), s.author.as_ref()]
                    .into_iter()
                    .flatten()
                    .any(|t| crate::fold::lowercase(t).contains(&needle))
        })
        .collect();
    crate::order::sort_by(&mut items, |a, b| {
        tier(a.source)
            .cmp(&tier(b.source))
            .then_with(|| b.source.date.cmp(&a.source.date))
            .then_with(|| a.source.title.cmp(&b.source.title))
    });
    items
}
