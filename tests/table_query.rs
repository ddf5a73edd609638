//! The table derivation on a hand-made dataset whose answers are worked out here.

use stances::model::{load, ActorId, Dataset, Lang, PartialDate, TopicId};
use stances::query::{table, Action, Cell, Sort, StanceFilter, ViewState};

fn small() -> Dataset {
    load(include_str!("fixtures/small.json")).unwrap()
}

/// Each row as "ID: stance-or-dash per shown topic".
fn render(d: &Dataset, v: &ViewState) -> Vec<String> {
    table(d, v, Lang::En)
        .rows
        .iter()
        .map(|r| {
            let cells: Vec<&str> = r
                .cells
                .iter()
                .map(|c| match c {
                    Cell::Held(h) => h.stance.id.as_str(),
                    Cell::NoPosition => "-",
                })
                .collect();
            format!("{}: {}", r.actor.id, cells.join(" "))
        })
        .collect()
}

#[test]
fn latest_topic_level_positions_by_name() {
    let d = small();
    // CCC has only a sub-question position: the topic cell says no position.
    assert_eq!(render(&d, &ViewState::default()), ["AAA: broad -", "BBB: broad long", "CCC: - -", "NGO: - short"]);
}

#[test]
fn as_of_a_date_shows_the_position_then_with_its_date() {
    let d = small();
    let v = ViewState { at: Some(PartialDate::parse("2021-12-31").unwrap()), ..Default::default() };
    assert_eq!(render(&d, &v), ["AAA: narrow -", "BBB: broad long", "CCC: - -", "NGO: - -"]);
    let t = table(&d, &v, Lang::En);
    let held = t.rows[0].cells[0].held().unwrap();
    // AAA's first position is dated by its event.
    assert_eq!(held.date.to_string(), "2021-03-01");
    // A month-precision "at" includes positions within that month.
    let v = ViewState { at: Some(PartialDate::parse("2022-06").unwrap()), ..Default::default() };
    assert_eq!(render(&d, &v)[3], "NGO: - short");
    // Before anything was said, nothing shows but the absence of positions.
    let v = ViewState { at: Some(PartialDate::parse("2020").unwrap()), ..Default::default() };
    assert_eq!(render(&d, &v), ["AAA: - -", "BBB: - -", "CCC: - -", "NGO: - -"]);
}

#[test]
fn topics_actors_search_and_stance_filters() {
    let d = small();
    let v = ViewState { topics: vec![TopicId::new("title")], ..Default::default() };
    assert_eq!(render(&d, &v), ["AAA: -", "BBB: long", "CCC: -", "NGO: short"]);
    let v = ViewState { actors: vec![ActorId::new("NGO"), ActorId::new("AAA")], ..Default::default() };
    assert_eq!(render(&d, &v), ["AAA: broad -", "NGO: - short"]);
    // Search covers names and the summaries of shown positions.
    let v = ViewState { q: "summit".into(), ..Default::default() };
    assert_eq!(render(&d, &v), ["NGO: - short"]);
    let v = ViewState { q: "BOD".into(), ..Default::default() };
    assert_eq!(render(&d, &v), ["BBB: broad long"]);
    let broad = StanceFilter { topic: TopicId::new("scope"), stance: "broad".into() };
    let v = ViewState { stance: vec![broad.clone()], ..Default::default() };
    assert_eq!(render(&d, &v), ["AAA: broad -", "BBB: broad long"]);
    // Filters on different topics must all hold, even when one topic is hidden.
    let long = StanceFilter { topic: TopicId::new("title"), stance: "long".into() };
    let v = ViewState { stance: vec![broad, long], topics: vec![TopicId::new("scope")], ..Default::default() };
    assert_eq!(render(&d, &v), ["BBB: broad"]);
    let t = table(&d, &v, Lang::En);
    assert_eq!((t.rows.len(), t.total_actors), (1, 4));
}

#[test]
fn sorting_by_a_topic_follows_its_scale_with_no_position_last() {
    let d = small();
    let v = ViewState { sort: Sort::Topic(TopicId::new("title")), ..Default::default() };
    assert_eq!(render(&d, &v), ["NGO: - short", "BBB: broad long", "AAA: broad -", "CCC: - -"]);
}

#[test]
fn names_sort_in_the_readers_language() {
    let d = small();
    let names: Vec<String> =
        table(&d, &ViewState::default(), Lang::Fr).rows.iter().map(|r| r.actor.name.get(Lang::Fr).to_owned()).collect();
    assert_eq!(names, ["Aland", "Bodie", "Cedonia", "Watchers"]);
}

#[test]
fn toggling_topics_never_hides_the_last_one() {
    let d = small();
    let v = ViewState::default().apply(Action::ToggleTopic(TopicId::new("scope")), &d);
    assert_eq!(v.topics, [TopicId::new("title")]);
    let same = v.apply(Action::ToggleTopic(TopicId::new("title")), &d);
    assert_eq!(same.topics, [TopicId::new("title")]);
    let all = v.apply(Action::ToggleTopic(TopicId::new("scope")), &d);
    assert!(all.topics.is_empty(), "every topic shown is the default");
    let cleared = ViewState { q: "x".into(), topics: vec![TopicId::new("title")], ..Default::default() }
        .apply(Action::ClearFilters, &d);
    assert_eq!(cleared, ViewState::default());
}

#[test]
fn toggling_actors_keeps_them_canonical_and_ignores_unknown_ones() {
    let d = small();
    let v = ViewState::default()
        .apply(Action::ToggleActor(ActorId::new("NGO")), &d)
        .apply(Action::ToggleActor(ActorId::new("AAA")), &d)
        .apply(Action::ToggleActor(ActorId::new("ZZZ")), &d);
    assert_eq!(v.actors, [ActorId::new("AAA"), ActorId::new("NGO")]);
    assert_eq!(v.apply(Action::ToggleActor(ActorId::new("AAA")), &d).actors, [ActorId::new("NGO")]);
}
