//! A plain-language account of what the view shows, for the live region screen readers hear
//! when the view changes ("Russia and the United States differ on scope; they agree on title").
//! This module decides what to say; the interface words it in the reader's language.

use super::compare::{compare, Agreement, CompareModel};
use super::resolve::Cell;
use super::table::{table, TableModel};
use super::view::{View, ViewState};
use crate::model::{Actor, Dataset, Lang, Stance, Topic};

#[derive(Debug, PartialEq)]
pub enum Summary<'d> {
    /// Two to four actors: per shown topic (its question as a whole), whether they agree.
    Compare { actors: Vec<&'d Actor>, agree: Vec<&'d Topic>, differ: Vec<&'d Topic>, unknown: Vec<&'d Topic> },
    /// How many shown actors hold each stance, per shown topic, and how many have none.
    Counts { shown: usize, topics: Vec<TopicCount<'d>> },
}

#[derive(Debug, PartialEq)]
pub struct TopicCount<'d> {
    pub topic: &'d Topic,
    /// Along the scale; stances nobody shown holds are left out.
    pub stances: Vec<(&'d Stance, usize)>,
    pub without: usize,
}

/// What the view shows, in the form its live region words it.
pub fn summary<'d>(d: &'d Dataset, v: &ViewState, lang: Lang) -> Summary<'d> {
    if v.view == View::Compare {
        let m = compare(d, v);
        if m.actors.len() >= 2 {
            return compare_summary(&m);
        }
    }
    table_summary(&table(d, v, lang))
}

/// Per shown topic (its question as a whole), whether the compared actors agree.
pub fn compare_summary<'d>(m: &CompareModel<'d>) -> Summary<'d> {
    let (mut agree, mut differ, mut unknown) = (Vec::new(), Vec::new(), Vec::new());
    for row in m.rows.iter().filter(|r| r.subquestion.is_none()) {
        match row.agreement {
            Agreement::Agree => agree.push(row.topic),
            Agreement::Differ => differ.push(row.topic),
            Agreement::Incomplete => unknown.push(row.topic),
        }
    }
    Summary::Compare { actors: m.actors.clone(), agree, differ, unknown }
}

/// How many of the table's actors hold each stance, per topic.
pub fn table_summary<'d>(t: &TableModel<'d>) -> Summary<'d> {
    let topics = t
        .topics
        .iter()
        .enumerate()
        .map(|(i, topic)| {
            let mut counts = vec![0usize; topic.scale.len()];
            let mut without = 0;
            for row in &t.rows {
                match &row.cells[i] {
                    Cell::Held(h) => counts[h.rank] += 1,
                    Cell::NoPosition => without += 1,
                }
            }
            let stances = topic.scale.iter().zip(counts).filter(|(_, n)| *n > 0).collect();
            TopicCount { topic, stances, without }
        })
        .collect();
    Summary::Counts { shown: t.rows.len(), topics }
}
