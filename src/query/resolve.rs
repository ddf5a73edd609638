//! Which position an actor holds on a question at a date: the core rule every view shares.

use crate::model::{ActorId, Dataset, PartialDate, Position, Stance, SubquestionId, Topic};

#[derive(Debug, PartialEq)]
pub enum Cell<'d> {
    /// "No public position found": not a stance, never counted as agreement or disagreement.
    NoPosition,
    Held(Held<'d>),
}

#[derive(Debug, PartialEq, Clone, Copy)]
pub struct Held<'d> {
    /// Index into the dataset's positions: a stable key for the reports behind it.
    pub index: usize,
    pub position: &'d Position,
    pub stance: &'d Stance,
    /// Place on the topic's scale, 0 first.
    pub rank: usize,
    pub date: PartialDate,
}

impl<'d> Cell<'d> {
    pub fn held(&self) -> Option<&Held<'d>> {
        match self {
            Cell::Held(h) => Some(h),
            Cell::NoPosition => None,
        }
    }
}

/// Every dated position of the actor on the question (the topic as a whole when `subquestion`
/// is `None`), oldest first; of two on the same date, the later in the file comes last.
pub fn history<'d>(
    d: &'d Dataset,
    actor: &ActorId,
    topic: &'d Topic,
    subquestion: Option<&SubquestionId>,
) -> Vec<Held<'d>> {
    let mut out: Vec<Held> = d
        .positions_on(actor, &topic.id, subquestion)
        .iter()
        .filter_map(|&(index, date)| held(d, topic, index, date?))
        .collect();
    // Stable: equal dates keep file order.
    crate::order::sort_by_key(&mut out, |h| h.date);
    out
}

/// Whether a position dated `date` is known by `at`: a date known only to the month or year
/// counts from its first day, so "2023-08" is known as of 2023-08-15.
pub fn known_by(date: PartialDate, at: Option<PartialDate>) -> bool {
    at.is_none_or(|at| date.first_day() <= at.last_day())
}

fn held<'d>(d: &'d Dataset, topic: &'d Topic, index: usize, date: PartialDate) -> Option<Held<'d>> {
    let position = &d.positions[index];
    let rank = topic.stance_rank(&position.stance)?;
    Some(Held { index, position, stance: &topic.scale[rank], rank, date })
}

/// The actor's latest position on the question on or before `at` (`None`: the latest of all).
/// Of two on the same date, the later in the file wins. The hot path of every view: no
/// allocation, one pass.
pub fn stance_at<'d>(
    d: &'d Dataset,
    actor: &ActorId,
    topic: &'d Topic,
    subquestion: Option<&SubquestionId>,
    at: Option<PartialDate>,
) -> Cell<'d> {
    let mut best: Option<(PartialDate, usize)> = None;
    for &(index, date) in d.positions_on(actor, &topic.id, subquestion) {
        let Some(date) = date else { continue };
        if known_by(date, at)
            && best.is_none_or(|(b, _)| date >= b)
            && topic.stance_rank(&d.positions[index].stance).is_some()
        {
            best = Some((date, index));
        }
    }
    best.and_then(|(date, index)| held(d, topic, index, date)).map_or(Cell::NoPosition, Cell::Held)
}

/// The actor's latest position on each sub-question of the topic, on or before `at`: what a
/// table cell shows when the actor took no position on the topic as a whole.
pub fn subquestion_stances<'d>(
    d: &'d Dataset,
    actor: &ActorId,
    topic: &'d Topic,
    at: Option<PartialDate>,
) -> Vec<(&'d crate::model::Subquestion, Held<'d>)> {
    topic
        .subquestions
        .iter()
        .filter_map(|sq| match stance_at(d, actor, topic, Some(&sq.id), at) {
            Cell::Held(h) => Some((sq, h)),
            Cell::NoPosition => None,
        })
        .collect()
}
