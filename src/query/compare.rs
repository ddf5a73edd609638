//! Side-by-side comparison: two to four actors per question, where they agree, a pairwise
//! agreement score, an agreement matrix, and what changed between two dates.
//!
//! Agreement is counted per question (a topic as a whole, or one of its sub-questions) on which
//! both actors have a position: same stance, agree; different stance, differ. A question where
//! either has no public position counts for neither.

use super::resolve::{history, stance_at, Cell, Held};
use super::table::shown_topics;
use super::view::{View, ViewState};
use crate::model::{Actor, Dataset, PartialDate, Subquestion, Topic};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// Every actor with a position holds the same stance (and at least two have one).
    Agree,
    Differ,
    /// Fewer than two of the actors have a position: nothing to compare.
    Incomplete,
}

#[derive(Debug, PartialEq)]
pub struct CompareRow<'d> {
    pub topic: &'d Topic,
    pub subquestion: Option<&'d Subquestion>,
    /// One per compared actor, in [`CompareModel::actors`] order.
    pub cells: Vec<Cell<'d>>,
    pub agreement: Agreement,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PairCount {
    pub agree: usize,
    pub differ: usize,
}

impl PairCount {
    pub fn compared(self) -> usize {
        self.agree + self.differ
    }

    /// Share of compared questions on which the two agree, in whole percent; `None` when they
    /// share no question with a position.
    pub fn percent(self) -> Option<u32> {
        let n = self.compared();
        (n > 0).then(|| ((self.agree * 100) as f64 / n as f64).round() as u32)
    }

    fn add(&mut self, a: &Cell, b: &Cell) {
        if let (Some(a), Some(b)) = (a.held(), b.held()) {
            if a.stance.id == b.stance.id {
                self.agree += 1;
            } else {
                self.differ += 1;
            }
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct CompareModel<'d> {
    pub actors: Vec<&'d Actor>,
    /// Chosen beyond the four that fit side by side.
    pub left_out: Vec<&'d Actor>,
    pub rows: Vec<CompareRow<'d>>,
    /// For each pair `(i, j)` of [`CompareModel::actors`] with `i < j`.
    pub pairs: Vec<(usize, usize, PairCount)>,
}

/// The topic's own question, then each sub-question.
fn questions(topic: &Topic) -> impl Iterator<Item = Option<&Subquestion>> {
    std::iter::once(None).chain(topic.subquestions.iter().map(Some))
}

fn agreement(cells: &[Cell]) -> Agreement {
    let held: Vec<&Held> = cells.iter().filter_map(Cell::held).collect();
    match held.split_first() {
        Some((first, rest)) if !rest.is_empty() => {
            if rest.iter().all(|h| h.stance.id == first.stance.id) {
                Agreement::Agree
            } else {
                Agreement::Differ
            }
        }
        _ => Agreement::Incomplete,
    }
}

/// Rows for each shown topic: the topic itself always, a sub-question when anyone compared has
/// a position on it.
fn rows<'d>(
    d: &'d Dataset,
    actors: &[&'d Actor],
    topics: &[&'d Topic],
    at: Option<PartialDate>,
) -> Vec<CompareRow<'d>> {
    let mut out = Vec::new();
    for topic in topics {
        for sq in questions(topic) {
            let cells: Vec<Cell> = actors.iter().map(|a| stance_at(d, &a.id, topic, sq.map(|s| &s.id), at)).collect();
            if sq.is_some() && cells.iter().all(|c| c.held().is_none()) {
                continue;
            }
            let agreement = agreement(&cells);
            out.push(CompareRow { topic, subquestion: sq, cells, agreement });
        }
    }
    out
}

fn pair_counts(rows: &[CompareRow], n: usize) -> Vec<Vec<PairCount>> {
    let mut m = vec![vec![PairCount::default(); n]; n];
    for row in rows {
        for (i, counts) in m.iter_mut().enumerate() {
            for (j, count) in counts.iter_mut().enumerate() {
                if i != j {
                    count.add(&row.cells[i], &row.cells[j]);
                }
            }
        }
    }
    m
}

pub fn compare<'d>(d: &'d Dataset, v: &ViewState) -> CompareModel<'d> {
    let chosen: Vec<&Actor> = v.actors.iter().filter_map(|id| d.actor(id)).collect();
    let split = chosen.len().min(View::MAX_COMPARED);
    let (actors, left_out) = (chosen[..split].to_vec(), chosen[split..].to_vec());
    let rows = rows(d, &actors, &shown_topics(d, v), v.at);
    let m = pair_counts(&rows, actors.len());
    let pairs = (0..actors.len())
        .flat_map(|i| (i + 1..actors.len()).map(move |j| (i, j)))
        .map(|(i, j)| (i, j, m[i][j]))
        .collect();
    CompareModel { actors, left_out, rows, pairs }
}

#[derive(Debug, PartialEq)]
pub struct Matrix<'d> {
    pub actors: Vec<&'d Actor>,
    /// Per shown topic, `counts[i][j]` for actors `i` and `j` (the diagonal is empty).
    pub per_topic: Vec<(&'d Topic, Vec<Vec<PairCount>>)>,
    pub overall: Vec<Vec<PairCount>>,
}

/// Who sides with whom among `actors`, per topic (its question and sub-questions) and overall.
pub fn agreement_matrix<'d>(
    d: &'d Dataset,
    actors: &[&'d Actor],
    topics: &[&'d Topic],
    at: Option<PartialDate>,
) -> Matrix<'d> {
    let n = actors.len();
    let mut overall = vec![vec![PairCount::default(); n]; n];
    let per_topic = topics
        .iter()
        .map(|t| {
            let m = pair_counts(&rows(d, actors, &[t], at), n);
            for (i, row) in m.iter().enumerate() {
                for (j, c) in row.iter().enumerate() {
                    overall[i][j].agree += c.agree;
                    overall[i][j].differ += c.differ;
                }
            }
            (*t, m)
        })
        .collect();
    Matrix { actors: actors.to_vec(), per_topic, overall }
}

#[derive(Debug, PartialEq)]
pub struct Change<'d> {
    pub topic: &'d Topic,
    pub subquestion: Option<&'d Subquestion>,
    /// `None`: the first position reported on the question.
    pub before: Option<Held<'d>>,
    pub after: Held<'d>,
}

/// Each time the actor's stance on a shown question changed (or was first reported) between
/// `from` and `to` (inclusive; open ends reach the first and last positions), oldest first.
pub fn changes<'d>(d: &'d Dataset, actor: &Actor, v: &ViewState) -> Vec<Change<'d>> {
    let mut out = Vec::new();
    for topic in shown_topics(d, v) {
        for sq in questions(topic) {
            let mut before: Option<Held> = None;
            for h in history(d, &actor.id, topic, sq.map(|s| &s.id)) {
                let changed = before.is_none_or(|b| b.stance.id != h.stance.id);
                let in_range = v.from.is_none_or(|f| h.date.first_day() >= f.first_day())
                    && super::resolve::known_by(h.date, v.to);
                if changed && in_range {
                    out.push(Change { topic, subquestion: sq, before, after: h });
                }
                before = Some(h);
            }
        }
    }
    crate::order::sort_by_key(&mut out, |c| c.after.date);
    out
}
