//! The pictures' arithmetic: stance strips (and, below, the map's and the timeline's), on the
//! hand-made dataset in fixtures/small.json. Each expected answer is worked out in comments.
//!
//! Positions in the fixture:
//!   0 AAA scope narrow 2021-03-01, 1 AAA scope broad 2022-06, 2 BBB scope broad 2021,
//!   3 BBB title long 2021-03-05, 4 CCC scope/content narrow 2021-03 (a sub-question only),
//!   5 NGO title short 2022-06-02. Actors: AAA, BBB, CCC (states), NGO (organisation).
#![cfg(not(target_arch = "wasm32"))]

use stances::model::{load, Dataset, Lang, PartialDate, StanceId, TopicId};
use stances::query::*;

fn small() -> Dataset {
    load(include_str!("fixtures/small.json")).unwrap()
}

/// Each strip as `topic: [(stance or "none", count, selected)]`.
#[allow(clippy::type_complexity)] // clippy 1.95 flags this pre-existing helper
fn bars(d: &Dataset, v: &ViewState) -> Vec<(String, Vec<(String, usize, bool)>, usize)> {
    strips(d, v, Lang::En)
        .into_iter()
        .map(|s| {
            let segs = s
                .segments
                .iter()
                .map(|g| (g.stance.map_or("none".into(), |s| s.id.to_string()), g.count, g.selected))
                .collect();
            (s.topic.id.to_string(), segs, s.total)
        })
        .collect()
}

fn seg(s: &str, n: usize, selected: bool) -> (String, usize, bool) {
    (s.to_owned(), n, selected)
}

#[test]
fn strips_count_every_shown_actor_with_no_position_as_its_own_segment() {
    let d = small();
    // scope: AAA broad (latest), BBB broad; CCC only on a sub-question and NGO nothing: none 2.
    // title: BBB long, NGO short; AAA and CCC none. Empty stances (narrow) are left out.
    assert_eq!(
        bars(&d, &ViewState::default()),
        [
            ("scope".into(), vec![seg("broad", 2, false), seg("none", 2, false)], 4),
            ("title".into(), vec![seg("short", 1, false), seg("long", 1, false), seg("none", 2, false)], 4),
        ]
    );
}

#[test]
fn strips_follow_the_as_of_date_and_the_shown_topics() {
    let d = small();
    let v = ViewState {
        at: Some(PartialDate::parse("2021-12-31").unwrap()),
        topics: vec![TopicId::new("scope")],
        ..Default::default()
    };
    // AAA was narrow until 2022-06.
    assert_eq!(
        bars(&d, &v),
        [("scope".into(), vec![seg("narrow", 1, false), seg("broad", 1, false), seg("none", 2, false)], 4)]
    );
}

#[test]
fn a_stance_filter_narrows_the_other_strips_but_not_its_own() {
    let d = small();
    let v = ViewState {
        stance: vec![StanceFilter { topic: TopicId::new("scope"), stance: StanceId::new("broad") }],
        ..Default::default()
    };
    // scope keeps its whole spread, with broad marked; title counts AAA and BBB only.
    assert_eq!(
        bars(&d, &v),
        [
            ("scope".into(), vec![seg("broad", 2, true), seg("none", 2, false)], 4),
            ("title".into(), vec![seg("long", 1, false), seg("none", 1, false)], 2),
        ]
    );
    // A selected stance nobody holds still shows, so the reader can clear it.
    let v = ViewState {
        stance: vec![StanceFilter { topic: TopicId::new("scope"), stance: StanceId::new("narrow") }],
        ..Default::default()
    };
    assert_eq!(bars(&d, &v)[0].1[0], seg("narrow", 0, true));
}

#[test]
fn strips_in_compare_count_the_field_not_the_chosen_few() {
    let d = small();
    let v = ViewState {
        view: View::Compare,
        actors: vec![stances::model::ActorId::new("AAA"), stances::model::ActorId::new("BBB")],
        ..Default::default()
    };
    assert_eq!(bars(&d, &v)[0].2, 4);
    // Kind filters still apply: states only leaves NGO out of title.
    let v = ViewState { kinds: vec![stances::model::ActorKind::State], ..v };
    assert_eq!(bars(&d, &v)[1], ("title".into(), vec![seg("long", 1, false), seg("none", 2, false)], 3));
}

#[test]
fn strip_extents_add_up_to_the_whole_bar_and_keep_small_groups_visible() {
    let d = small();
    let s = strips(&d, &ViewState::default(), Lang::En);
    // title: 1, 1, 2 of 4.
    assert_eq!(s[1].extents(), [(0, 25), (25, 25), (50, 50)]);
    // 1 of 300 rounds to 0% but is drawn 1% wide, and the next starts after it.
    let mut wide = strips(&d, &ViewState::default(), Lang::En).remove(0);
    wide.segments[0].count = 1;
    wide.segments[1].count = 299;
    wide.total = 300;
    assert_eq!(wide.extents(), [(0, 1), (1, 99)]);
}
