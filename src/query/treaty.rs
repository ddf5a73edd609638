//! Where a state stands with the treaty itself: signed, bound, or neither, as of a date. Read
//! from the depositary's actions, never from stances.

use super::known_by;
use crate::model::{ActionKind, ActorId, Dataset, PartialDate, TreatyAction};

/// The three stages the table and the map show. Ordered: a filter or a sort follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    /// No signature on record as of the status date: a fact about the record, not a stance.
    NotSigned,
    Signed,
    /// Ratified, accepted, approved or acceded: the instrument is deposited.
    Bound,
}

impl Stage {
    pub const ALL: [Stage; 3] = [Stage::Bound, Stage::Signed, Stage::NotSigned];

    /// The stage's name in links (`treaty=signed,ratified`).
    pub fn code(self) -> &'static str {
        match self {
            Stage::NotSigned => "none",
            Stage::Signed => "signed",
            Stage::Bound => "ratified",
        }
    }

    pub fn parse(code: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.code().eq_ignore_ascii_case(code))
    }
}

/// An actor's standing with the treaty at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    pub stage: Stage,
    /// The signature's date, when signed.
    pub signed: Option<PartialDate>,
    /// The deposit that binds it, when bound.
    pub bound: Option<(ActionKind, PartialDate)>,
    /// A domestic approval not yet followed by a deposit.
    pub domestic: Option<PartialDate>,
}

/// The actor's standing from the actions known by `at` (`None`: all of them). A state can
/// accede without signing, so a deposit alone makes it bound.
pub fn standing(d: &Dataset, actor: &ActorId, at: Option<PartialDate>) -> Standing {
    let mut out = Standing { stage: Stage::NotSigned, signed: None, bound: None, domestic: None };
    for a in d.actions.iter().filter(|a| &a.actor == actor && known_by(a.date, at)) {
        let earliest = |slot: Option<PartialDate>| Some(slot.map_or(a.date, |d| d.min(a.date)));
        match a.kind {
            ActionKind::Signature => out.signed = earliest(out.signed),
            ActionKind::DomesticApproval => out.domestic = earliest(out.domestic),
            kind if out.bound.is_none_or(|(_, d)| a.date < d) => out.bound = Some((kind, a.date)),
            _ => {}
        }
    }
    if out.bound.is_some() {
        out.domestic = None;
    }
    out.stage = match (out.bound, out.signed) {
        (Some(_), _) => Stage::Bound,
        (None, Some(_)) => Stage::Signed,
        (None, None) => Stage::NotSigned,
    };
    out
}

/// How many actors of `actors` stand at each stage, in [`Stage::ALL`] order.
pub fn stage_counts<'a>(
    d: &Dataset,
    actors: impl IntoIterator<Item = &'a ActorId>,
    at: Option<PartialDate>,
) -> [(Stage, usize); 3] {
    let mut counts = Stage::ALL.map(|s| (s, 0));
    for actor in actors {
        let stage = standing(d, actor, at).stage;
        if let Some(slot) = counts.iter_mut().find(|(s, _)| *s == stage) {
            slot.1 += 1;
        }
    }
    counts
}

/// The date the treaty record is complete to, if the dataset says.
pub fn status_date(d: &Dataset) -> Option<PartialDate> {
    d.treaty_status.as_ref().map(|t| t.as_of)
}

/// The actor's treaty actions, oldest first: what its treaty record's reports list.
pub fn treaty_actions<'d>(d: &'d Dataset, actor: &ActorId) -> Vec<&'d TreatyAction> {
    let mut out: Vec<&TreatyAction> = d.actions.iter().filter(|a| &a.actor == actor).collect();
    crate::order::sort_by_key(&mut out, |a| a.date);
    out
}
