//! Stance strips: per shown topic, how many actors hold each stance, and how many have no
//! public position, which is a segment of its own (never folded into a stance).

use super::resolve::{stance_at, Cell};
use super::table::table;
use super::view::{View, ViewState};
use crate::model::{Dataset, Lang, Stance, Topic, TopicId};

#[derive(Debug, PartialEq)]
pub struct Strip<'d> {
    pub topic: &'d Topic,
    /// Along the scale, then "no public position found"; empty segments are left out unless
    /// a filter selects them (so the reader can still clear it).
    pub segments: Vec<StripSegment<'d>>,
    /// The actors counted: the sum of the segments.
    pub total: usize,
}

#[derive(Debug, PartialEq)]
pub struct StripSegment<'d> {
    /// `None`: no public position found.
    pub stance: Option<&'d Stance>,
    /// Place on the scale (the scale's length for "no position"), for shading.
    pub rank: usize,
    pub count: usize,
    /// A `stance=` filter selects it.
    pub selected: bool,
}

/// One strip per shown topic. Each counts the actors every other filter lets through, but not
/// the topic's own stance filter: choosing a segment must not make the others vanish, or the
/// strip could no longer be used to switch to another. In compare, the two to four chosen
/// actors would make a trivial bar, so it counts the field they are chosen from.
pub fn strips<'d>(d: &'d Dataset, v: &ViewState, lang: Lang) -> Vec<Strip<'d>> {
    let mut base = ViewState { stance: Vec::new(), ..v.clone() };
    if v.view == View::Compare {
        base.actors.clear();
    }
    let model = table(d, &base, lang);
    let mut filtered: Vec<&TopicId> = v.stance.iter().map(|f| &f.topic).collect();
    filtered.dedup();
    // passes[row][i]: whether the row's actor meets the filter on `filtered[i]`.
    let passes: Vec<Vec<bool>> = model
        .rows
        .iter()
        .map(|row| {
            filtered
                .iter()
                .map(|&topic_id| {
                    let held = d.topic(topic_id).map(|t| stance_at(d, &row.actor.id, t, None, v.at));
                    held.as_ref()
                        .and_then(Cell::held)
                        .is_some_and(|h| v.stance.iter().any(|f| &f.topic == topic_id && f.stance == h.stance.id))
                })
                .collect()
        })
        .collect();
    model
        .topics
        .iter()
        .enumerate()
        .map(|(col, &topic)| {
            let n = topic.scale.len();
            let mut counts = vec![0usize; n + 1];
            for (row, pass) in model.rows.iter().zip(&passes) {
                let others_hold = filtered.iter().zip(pass).all(|(t, ok)| **t == topic.id || *ok);
                if others_hold {
                    counts[row.cells[col].held().map_or(n, |h| h.rank)] += 1;
                }
            }
            let selected = |s: &Stance| v.stance.iter().any(|f| f.topic == topic.id && f.stance == s.id);
            let segments = counts
                .iter()
                .enumerate()
                .map(|(rank, &count)| {
                    let stance = topic.scale.get(rank);
                    StripSegment { stance, rank, count, selected: stance.is_some_and(selected) }
                })
                .filter(|s| s.count > 0 || s.selected)
                .collect();
            Strip { topic, segments, total: counts.iter().sum() }
        })
        .collect()
}

impl Strip<'_> {
    /// Each segment's start and width along the bar, in whole percent, for the CSS classes
    /// that place it (no inline styles under a strict CSP). Starts come from the running total,
    /// so the widths add up to 100 without drift; a segment that holds anyone is at least 1%
    /// wide, so it stays visible and clickable, and segments never overlap.
    pub fn extents(&self) -> Vec<(usize, usize)> {
        let total = self.total.max(1) as f64;
        let pct = |n: usize| ((n as f64 / total) * 100.0).round() as usize;
        let (mut before, mut cursor) = (0, 0);
        self.segments
            .iter()
            .map(|s| {
                before += s.count;
                // Never behind the previous segment, which a 1% minimum may have pushed on.
                let start = cursor.min(99);
                let end = if s.count > 0 { pct(before).max(start + 1).min(100) } else { start };
                cursor = end;
                (start, end - start)
            })
            .collect()
    }
}
