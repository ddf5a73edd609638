//! Timeline layout: the negotiation's events on a time axis, and per shown actor and topic a
//! lane whose stance changes where the actor's position changed. Positions are fractions of
//! the span (0 at its start, 1 at its end), so the UI can lay them out in any direction.

use super::resolve::{history, Held};
use super::table::table;
use super::view::ViewState;
use crate::model::{Actor, Dataset, Event, Lang, PartialDate, Topic, TreatyAction};

/// Days since 1970-01-01 of a civil date (proleptic Gregorian), for even spacing on the axis.
pub fn day_number((y, m, d): (u16, u8, u8)) -> i64 {
    let (y, m, d) = (i64::from(y) - i64::from(m <= 2), i64::from(m), i64::from(d));
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[derive(Debug, PartialEq)]
pub struct EventMark<'d> {
    pub event: &'d Event,
    pub at: f64,
    /// Where a multi-day event ends (equal to `at` for a single day).
    pub until: f64,
}

#[derive(Debug, PartialEq)]
pub struct Segment<'d> {
    pub held: Held<'d>,
    pub from: f64,
    pub to: f64,
    /// The stance differs from the one before it on this lane.
    pub changed: bool,
}

#[derive(Debug, PartialEq)]
pub struct Lane<'d> {
    pub actor: &'d Actor,
    pub topic: &'d Topic,
    pub segments: Vec<Segment<'d>>,
}

#[derive(Debug, PartialEq)]
pub struct TimelineModel<'d> {
    pub start: PartialDate,
    pub end: PartialDate,
    /// Each 1 January inside the span, with its place on the axis.
    pub ticks: Vec<(u16, f64)>,
    pub events: Vec<EventMark<'d>>,
    pub lanes: Vec<Lane<'d>>,
    /// Actors the table shows that have no position on any shown topic in the span.
    pub without_positions: Vec<&'d Actor>,
    /// The shown actors' treaty actions in the span (signatures, ratifications...), each with
    /// its place on the axis: marks on the actor's lane.
    pub actions: Vec<(&'d TreatyAction, f64)>,
}

struct Axis {
    start: i64,
    length: f64,
}

impl Axis {
    fn place(&self, day: (u16, u8, u8)) -> f64 {
        ((day_number(day) - self.start) as f64 / self.length).clamp(0.0, 1.0)
    }
}

pub fn timeline<'d>(d: &'d Dataset, v: &ViewState, lang: Lang) -> TimelineModel<'d> {
    let shown = table(d, v, lang);
    let histories: Vec<(&Actor, &Topic, Vec<Held>)> = shown
        .rows
        .iter()
        .flat_map(|r| shown.topics.iter().map(move |t| (r.actor, *t)))
        .map(|(a, t)| (a, t, history(d, &a.id, t, None)))
        .collect();

    let dates = d
        .events
        .iter()
        .flat_map(|e| [Some(e.date), e.end_date])
        .flatten()
        .chain(histories.iter().flat_map(|(_, _, h)| h.iter().map(|h| h.date)))
        .chain(d.actions.iter().filter(|a| shown.rows.iter().any(|r| r.actor.id == a.actor)).map(|a| a.date));
    let (mut first, mut last) = (d.negotiation.start_date, d.negotiation.start_date);
    for date in dates {
        first = first.min(date);
        last = last.max(date);
    }
    let start = v.from.unwrap_or(first);
    let end = v.to.unwrap_or(last);
    let start_day = day_number(start.first_day());
    let axis = Axis { start: start_day, length: (day_number(end.last_day()) - start_day).max(1) as f64 };
    let in_span = |from: (u16, u8, u8), to: (u16, u8, u8)| from <= end.last_day() && to >= start.first_day();

    let mut events: Vec<EventMark> = d
        .events
        .iter()
        .filter(|e| in_span(e.date.first_day(), e.end_date.unwrap_or(e.date).last_day()))
        .map(|event| EventMark {
            event,
            at: axis.place(event.date.first_day()),
            until: axis.place(event.end_date.unwrap_or(event.date).first_day()),
        })
        .collect();
    crate::order::sort_by_key(&mut events, |e| e.event.date);

    let mut lanes = Vec::new();
    for (actor, topic, hist) in histories {
        let mut segments = Vec::new();
        for (i, h) in hist.iter().enumerate() {
            let next = hist.get(i + 1).map_or(end.last_day(), |n| n.date.first_day());
            if !in_span(h.date.first_day(), next) {
                continue;
            }
            let changed = i > 0 && hist[i - 1].stance.id != h.stance.id;
            segments.push(Segment { held: *h, from: axis.place(h.date.first_day()), to: axis.place(next), changed });
        }
        if !segments.is_empty() {
            lanes.push(Lane { actor, topic, segments });
        }
    }
    let without_positions =
        shown.rows.iter().map(|r| r.actor).filter(|a| !lanes.iter().any(|l| l.actor.id == a.id)).collect();
    let ticks = (start.year()..=end.year())
        .map(|y| (y, (y, 1, 1)))
        .filter(|(_, day)| *day >= start.first_day() && *day <= end.last_day())
        .map(|(y, day)| (y, axis.place(day)))
        .collect();
    let actions = d
        .actions
        .iter()
        .filter(|a| shown.rows.iter().any(|r| r.actor.id == a.actor))
        .filter(|a| in_span(a.date.first_day(), a.date.last_day()))
        .map(|a| (a, axis.place(a.date.first_day())))
        .collect();
    TimelineModel { start, end, ticks, events, lanes, without_positions, actions }
}

/// How wide an event marker is, as a share of the axis: wide enough for a word ("Session",
/// "Adoption"). Widths are shares, not pixels, so markers that do not overlap at one width do
/// not overlap at any.
pub const MARKER_WIDTH: f64 = 0.1;

/// Events close enough to share one marker: indices into [`TimelineModel::events`], and where
/// the marker starts.
#[derive(Clone, Debug, PartialEq)]
pub struct EventCluster {
    pub events: std::ops::Range<usize>,
    /// The marker spans `left .. left + width`; it contains the first event's point, since an
    /// event at `at` is drawn at `at * (1 - width)`, which keeps the last marker on the axis.
    pub left: f64,
}

impl<'d> TimelineModel<'d> {
    /// Groups the (date-ordered) events into markers `width` wide that never overlap: an event
    /// joins the marker before it when it would start inside it. The left edges only grow, so
    /// the markers stay in date order.
    pub fn clusters(&self, width: f64) -> Vec<EventCluster> {
        let width = width.clamp(0.0, 1.0);
        let mut out: Vec<EventCluster> = Vec::new();
        for (i, e) in self.events.iter().enumerate() {
            let x = e.at * (1.0 - width);
            match out.last_mut() {
                Some(c) if x < c.left + width => c.events.end = i + 1,
                _ => out.push(EventCluster { events: i..i + 1, left: x }),
            }
        }
        out
    }

    /// The actor's treaty actions on the axis, oldest first.
    pub fn actions_of(&self, actor: &Actor) -> Vec<(&'d TreatyAction, f64)> {
        self.actions.iter().filter(|(a, _)| a.actor == actor.id).copied().collect()
    }

    /// The lanes grouped by actor, in the table's order: one row per actor, each topic a band.
    pub fn by_actor(&self) -> Vec<(&'d Actor, Vec<&Lane<'d>>)> {
        let mut out: Vec<(&Actor, Vec<&Lane>)> = Vec::new();
        for lane in &self.lanes {
            match out.last_mut() {
                Some((actor, lanes)) if actor.id == lane.actor.id => lanes.push(lane),
                _ => out.push((lane.actor, vec![lane])),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::day_number;

    #[test]
    fn day_numbers_match_the_calendar() {
        assert_eq!(day_number((1970, 1, 1)), 0);
        assert_eq!(day_number((2000, 3, 1)) - day_number((2000, 2, 28)), 2);
        assert_eq!(day_number((2024, 12, 24)) - day_number((2019, 12, 27)), 1824);
    }
}
