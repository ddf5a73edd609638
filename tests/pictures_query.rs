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

/// A segment as `(stance or "none", count, selected)`.
type Seg = (String, usize, bool);

/// Each strip as `(topic, segments, total)`.
fn bars(d: &Dataset, v: &ViewState) -> Vec<(String, Vec<Seg>, usize)> {
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

fn seg(s: &str, n: usize, selected: bool) -> Seg {
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

// --- the map ---

const GEOMETRY: &str = "stances-map/1\t100\t50\n\
AAA\t10\t10\t0\tM0 0l10 0 0 10-10 0z\n\
BBB\t30\t10\t0\tM20 0l10 0 0 10z\n\
-\t50\t10\t0\tM40 0l5 5z\n\
TUV\t90\t40\t1\t\n\
bad line\n\
XSS\t1\t1\t0\tM0 0\"/><script>\n\
ZZZ\t1\t1\t0\t\n";

#[test]
fn the_geometry_file_is_read_tolerantly_and_only_path_characters_pass() {
    let g = parse_geometry(GEOMETRY).unwrap();
    assert_eq!((g.width, g.height), (100, 50));
    let ids: Vec<Option<&str>> = g.shapes.iter().map(|s| s.id.as_ref().map(|i| i.as_str())).collect();
    // The bad line, the path with markup, and a non-small state without a path are skipped.
    assert_eq!(ids, [Some("AAA"), Some("BBB"), None, Some("TUV")]);
    assert!(g.shapes[3].small && g.shapes[3].path.is_empty());
    assert_eq!(g.shapes[3].at, (90, 40));
    assert_eq!(parse_geometry("<html>not a map</html>"), None);
    assert_eq!(parse_geometry(""), None);
}

#[test]
fn the_bundled_geometry_has_every_un_member_and_fits_its_budget() {
    let text = include_str!("../www/data/world-map.txt");
    let g = parse_geometry(text).unwrap();
    let ids: Vec<&str> = g.shapes.iter().filter_map(|s| s.id.as_ref().map(|i| i.as_str())).collect();
    for member in ["RUS", "USA", "TUV", "NRU", "SGP", "LIE", "MCO", "FJI", "KIR"] {
        assert!(ids.contains(&member), "{member} missing");
    }
    assert!(g.shapes.iter().any(|s| s.id.as_ref().is_some_and(|i| i.as_str() == "NRU") && s.small));
    // Raw bytes as a proxy for the 40 KB brotli budget (brotli takes it to about a third).
    assert!(text.len() < 100_000, "{} bytes", text.len());
}

#[test]
fn the_map_colours_each_state_by_its_stance_as_of_the_date() {
    let d = small();
    let v = ViewState { view: View::Map, ..Default::default() };
    let m = map_model(&d, &v).unwrap();
    // Default colouring: the first shown topic, scope. States only (NGO is not on the map).
    assert!(matches!(m.coloring, Coloring::Topic(t) if t.id.as_str() == "scope"));
    let legend: Vec<(String, usize)> = m
        .legend
        .iter()
        .map(|(f, n)| {
            (
                match f {
                    Fill::Stance(s, _) => s.id.to_string(),
                    Fill::NoPosition => "none".into(),
                    Fill::Stage(s) => s.code().into(),
                },
                *n,
            )
        })
        .collect();
    assert_eq!(legend, [("narrow".into(), 0), ("broad".into(), 2), ("none".into(), 1)]);
    let aaa = stances::model::ActorId::new("AAA");
    assert_eq!(m.fill_of(&aaa), 1);
    assert_eq!(m.entry(&aaa).unwrap().held.unwrap().position.sources.len(), 1);
    // A state the dataset lacks: no public position found.
    assert_eq!(m.fill_of(&stances::model::ActorId::new("TUV")), 2);
    // As of 2021: AAA was narrow.
    let v = ViewState { at: Some(PartialDate::parse("2021-12").unwrap()), ..v };
    assert_eq!(map_model(&d, &v).unwrap().fill_of(&aaa), 0);
    // color=title
    let v = ViewState { color: Some(MapColor::Topic(TopicId::new("title"))), ..v };
    let m = map_model(&d, &v).unwrap();
    assert!(matches!(m.coloring, Coloring::Topic(t) if t.id.as_str() == "title"));
    assert_eq!(m.fill_of(&stances::model::ActorId::new("BBB")), 1);
}

// --- the timeline ---

/// A timeline with events at the given places on the axis.
fn markers(d: &Dataset, at: &[f64]) -> Vec<(Vec<usize>, f64)> {
    let mut t = timeline(d, &ViewState::default(), Lang::En);
    let template = t.events.remove(0);
    t.events = at.iter().map(|&a| EventMark { event: template.event, at: a, until: a }).collect();
    t.clusters(0.1).into_iter().map(|c| (c.events.collect(), (c.left * 1000.0).round() / 1000.0)).collect()
}

#[test]
fn close_events_share_a_marker_and_no_two_markers_overlap() {
    let d = small();
    // Drawn at 0.9 * at: 0, 0.045, 0.18, 0.189, 0.198, 0.9. 0.045 starts inside the first
    // marker (0..0.1); 0.189 and 0.198 inside the one at 0.18.
    assert_eq!(
        markers(&d, &[0.0, 0.05, 0.2, 0.21, 0.22, 1.0]),
        [(vec![0, 1], 0.0), (vec![2, 3, 4], 0.18), (vec![5], 0.9)]
    );
    // Whatever the dates, markers never overlap and stay on the axis.
    let at: Vec<f64> = (0..40).map(|i| ((i * 37) % 100) as f64 / 100.0).collect();
    let mut sorted = at.clone();
    sorted.sort_by(f64::total_cmp);
    let clusters = {
        let mut t = timeline(&d, &ViewState::default(), Lang::En);
        let e = t.events[0].event;
        t.events = sorted.iter().map(|&a| EventMark { event: e, at: a, until: a }).collect();
        t.clusters(MARKER_WIDTH)
    };
    assert_eq!(clusters.iter().map(|c| c.events.len()).sum::<usize>(), 40);
    for w in clusters.windows(2) {
        assert!(w[1].left >= w[0].left + MARKER_WIDTH - 1e-12, "{w:?}");
    }
    assert!(clusters.last().unwrap().left + MARKER_WIDTH <= 1.0 + 1e-12);
}

#[test]
fn zooming_in_spreads_events_apart() {
    let d = small();
    // The fixture's two events: 2021-03-01 and 2022-06-01 (about 51% apart over 2020-2022).
    let whole = timeline(&d, &ViewState::default(), Lang::En);
    assert_eq!(whole.clusters(MARKER_WIDTH).len(), 2);
    // Markers as wide as the axis: everything in one.
    assert_eq!(whole.clusters(1.0).len(), 1);
}

#[test]
fn lanes_are_grouped_one_row_per_actor_with_a_band_per_topic() {
    let d = small();
    let t = timeline(&d, &ViewState::default(), Lang::En);
    let rows: Vec<(String, Vec<String>)> = t
        .by_actor()
        .into_iter()
        .map(|(a, lanes)| (a.id.to_string(), lanes.iter().map(|l| l.topic.id.to_string()).collect()))
        .collect();
    assert_eq!(
        rows,
        [
            ("AAA".into(), vec!["scope".into()]),
            ("BBB".into(), vec!["scope".into(), "title".into()]),
            ("NGO".into(), vec!["title".into()])
        ]
    );
}

#[test]
fn the_map_colours_by_treaty_status_as_of_the_date_and_only_with_a_record() {
    let d = load(include_str!("fixtures/e2e-treaty.json")).unwrap();
    let v = ViewState { view: View::Map, color: Some(MapColor::Treaty), ..Default::default() };
    let m = map_model(&d, &v).unwrap();
    assert_eq!(m.coloring, Coloring::Treaty);
    // Russia signed 2025-10-25; India signed, then ratified 2026-03-02; the US neither.
    fn stage<'d>(m: &MapModel<'d>, id: &str) -> Fill<'d> {
        m.legend[m.fill_of(&stances::model::ActorId::new(id))].0
    }
    assert_eq!(stage(&m, "RUS"), Fill::Stage(Stage::Signed));
    assert_eq!(stage(&m, "IND"), Fill::Stage(Stage::Bound));
    assert_eq!(stage(&m, "USA"), Fill::Stage(Stage::NotSigned));
    assert_eq!(m.legend.iter().map(|(_, n)| *n).collect::<Vec<_>>(), [1, 1, 1]);
    // As of the end of 2025, India had only signed.
    let early = map_model(&d, &ViewState { at: Some(PartialDate::parse("2025-12").unwrap()), ..v.clone() }).unwrap();
    assert_eq!(stage(&early, "IND"), Fill::Stage(Stage::Signed));
    // A dataset with no treaty record is coloured by its first topic instead.
    let small = small();
    assert!(matches!(map_model(&small, &v).unwrap().coloring, Coloring::Topic(_)));
}

#[test]
fn treaty_actions_are_marks_on_their_actors_lanes() {
    let d = load(include_str!("fixtures/e2e-treaty.json")).unwrap();
    let t = timeline(&d, &ViewState::default(), Lang::En);
    // The axis reaches India's ratification (2026-03-02), the last date in the file.
    assert_eq!(t.end.to_string(), "2026-03-02");
    let india = d.actors.iter().find(|a| a.id.as_str() == "IND").unwrap();
    let marks: Vec<(&str, f64)> = t.actions_of(india).iter().map(|(a, at)| (a.kind.code(), *at)).collect();
    assert_eq!(marks.len(), 2);
    assert_eq!(marks[1], ("ratification", 1.0));
    assert!(marks[0].1 < 1.0 && marks[0].0 == "signature");
    // Zoomed to before the signatures: no marks.
    let v = ViewState { to: Some(PartialDate::parse("2024").unwrap()), ..Default::default() };
    assert!(timeline(&d, &v, Lang::En).actions.is_empty());
}
