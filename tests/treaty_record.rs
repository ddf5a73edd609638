//! The treaty record beside the stances: source classes, treaty actions and recorded votes, as
//! the rules of evidence (`shared/research/SOURCING.md`) want them.

use serde_json::{json, Value};
use stances::model::{load, ActorId, Fault, PartialDate};
use stances::query::{stage_counts, standing, Stage};

fn small() -> Value {
    serde_json::from_str(include_str!("fixtures/small.json")).unwrap()
}

fn faults(v: &Value) -> Vec<String> {
    match load(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.faults.iter().map(Fault::to_string).collect(),
    }
}

fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).unwrap()
}

#[test]
fn a_position_on_weak_sources_alone_is_a_fault_and_one_beside_another_is_not() {
    let mut v = small();
    v["sources"][0]["class"] = json!("weak");
    let cites_s1_only: Vec<usize> = (0..v["positions"].as_array().unwrap().len())
        .filter(|&i| v["positions"][i]["sources"] == json!(["s1"]))
        .collect();
    assert!(!cites_s1_only.is_empty(), "the fixture has positions citing s1 alone");
    let expected: Vec<String> = cites_s1_only
        .iter()
        .map(|i| format!("positions[{i}].sources: rests on weak sources alone; cite a primary, press, civil-society or research source beside them"))
        .collect();
    assert_eq!(faults(&v), expected);

    v["sources"][1]["class"] = json!("press");
    for i in &cites_s1_only {
        v["positions"][*i]["sources"] = json!(["s1", "s2"]);
    }
    assert_eq!(faults(&v), Vec::<String>::new());
}

#[test]
fn an_unknown_class_and_a_bad_mirror_are_located() {
    let mut v = small();
    v["sources"][0]["class"] = json!("blog");
    v["sources"][1]["mirror"] = json!("ftp://copy.example/x");
    let f = faults(&v);
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f[0].starts_with("sources[0].class: unknown variant `blog`"), "{f:?}");
    assert_eq!(
        f[1], "sources[1].mirror: \"ftp://copy.example/x\" is not an http(s) URL",
        "the place in the file, not among the records read"
    );
}

#[test]
fn votes_must_add_up_to_the_tally_and_name_each_state_once() {
    let mut v = small();
    v["events"][0]["tally"] = json!({"yes": 2, "no": 1, "abstain": 0});
    v["events"][0]["votes"] = json!({"yes": ["AAA"], "no": ["BBB"], "abstain": ["AAA"], "absent": ["ZZZ"]});
    assert_eq!(
        faults(&v),
        [
            "events[0].votes.abstain[0]: \"AAA\" is already listed under \"yes\"",
            "events[0].votes.absent[0]: \"ZZZ\" is not an actor in this dataset",
            "events[0].votes.yes: lists 1 states but the tally says 2",
            "events[0].votes.abstain: lists 1 states but the tally says 0",
        ]
    );
    v["events"][0]["votes"] = json!({"yes": ["AAA", "CCC"], "no": ["BBB"], "abstain": []});
    assert_eq!(faults(&v), Vec::<String>::new());
    v["events"][1]["votes"] = json!({"yes": ["AAA"]});
    assert_eq!(faults(&v), ["events[1].votes: is given without a tally; add the official \"tally\""]);
}

#[test]
fn actions_name_known_actors_and_sources_once_each() {
    let mut v = small();
    v["actions"] = json!([
        {"actor": "AAA", "kind": "signature", "date": "2025-10-25", "sources": ["s1"]},
        {"actor": "AAA", "kind": "signature", "date": "2025-10-25", "sources": ["s1"]},
        {"actor": "QQQ", "kind": "ratification", "date": "2026-01", "sources": []},
        {"actor": "BBB", "kind": "ratify", "date": "2026-01", "sources": ["s1"]}
    ]);
    let f = faults(&v);
    assert_eq!(f.len(), 4, "{f:?}");
    assert!(f[0].starts_with("actions[3].kind: unknown variant `ratify`"), "{f:?}");
    assert_eq!(f[1], "actions[1]: repeats a signature by \"AAA\" on 2025-10-25");
    assert_eq!(f[2], "actions[2].actor: \"QQQ\" is not an actor in this dataset");
    assert_eq!(f[3], "actions[2].sources: is empty; name at least one source");
}

#[test]
fn standing_follows_the_deposits_as_of_a_date() {
    let mut v = small();
    v["actions"] = json!([
        {"actor": "AAA", "kind": "signature", "date": "2025-10-25", "sources": ["s1"]},
        {"actor": "AAA", "kind": "domestic-approval", "date": "2026-02-10", "sources": ["s1"]},
        {"actor": "AAA", "kind": "ratification", "date": "2026-05", "sources": ["s1"]},
        {"actor": "BBB", "kind": "accession", "date": "2026-03-01", "sources": ["s2"]},
        {"actor": "CCC", "kind": "domestic-approval", "date": "2026-01-01", "sources": ["s2"]}
    ]);
    v["treaty_status"] = json!({"as_of": "2026-11-20", "sources": ["s1"]});
    let d = load(&v.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let a = ActorId::from("AAA");
    assert_eq!(standing(&d, &a, Some(date("2025-09"))).stage, Stage::NotSigned, "not yet signed");
    let s = standing(&d, &a, Some(date("2026-03")));
    assert_eq!((s.stage, s.signed, s.domestic), (Stage::Signed, Some(date("2025-10-25")), Some(date("2026-02-10"))));
    let s = standing(&d, &a, None);
    assert_eq!(s.stage, Stage::Bound);
    assert_eq!(s.domestic, None, "a deposit supersedes the domestic step");
    assert_eq!(standing(&d, &ActorId::from("BBB"), None).stage, Stage::Bound, "accession without signature");
    assert_eq!(standing(&d, &ActorId::from("CCC"), None).stage, Stage::NotSigned, "a domestic step is not a signature");
    let ids: Vec<ActorId> = ["AAA", "BBB", "CCC"].map(ActorId::from).to_vec();
    assert_eq!(
        stage_counts(&d, &ids, Some(date("2026-04"))),
        [(Stage::Bound, 1), (Stage::Signed, 1), (Stage::NotSigned, 1)]
    );
    assert_eq!(stances::query::status_date(&d), Some(date("2026-11-20")));
}

#[test]
fn a_states_treaty_reports_list_its_actions_oldest_first() {
    let mut v = small();
    v["actions"] = json!([
        {"actor": "AAA", "kind": "ratification", "date": "2026-05", "sources": ["s1"]},
        {"actor": "BBB", "kind": "signature", "date": "2025-10-25", "sources": ["s2"]},
        {"actor": "AAA", "kind": "signature", "date": "2025-10-25", "sources": ["s1"]}
    ]);
    let d = load(&v.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let listed: Vec<String> = stances::query::treaty_actions(&d, &ActorId::from("AAA"))
        .iter()
        .map(|x| format!("{} {}", x.kind.code(), x.date))
        .collect();
    assert_eq!(listed, ["signature 2025-10-25", "ratification 2026-05"]);
    assert!(stances::query::treaty_actions(&d, &ActorId::from("CCC")).is_empty());
}

#[test]
fn the_outline_keeps_the_actions_but_not_who_voted_how() {
    let mut v = small();
    v["actions"] = json!([{"actor": "AAA", "kind": "signature", "date": "2025-10-25", "sources": ["s1"]}]);
    v["events"][0]["tally"] = json!({"yes": 1, "no": 0, "abstain": 0});
    v["events"][0]["votes"] = json!({"yes": ["AAA"], "no": [], "abstain": []});
    let d = load(&v.to_string()).unwrap();
    let outline = d.outline(stances::model::Lang::En);
    assert_eq!(outline.actions.len(), 1);
    assert!(outline.actions[0].sources.is_empty());
    assert_eq!(outline.events[0].tally, d.events[0].tally);
    assert_eq!(outline.events[0].votes, None);
    let text = serde_json::to_string(&outline).unwrap();
    let back = stances::model::load_outline(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(standing(&back, &ActorId::from("AAA"), None).stage, Stage::Signed);
}

#[test]
fn faults_after_a_record_that_failed_to_parse_name_their_place_in_the_file() {
    let mut v = small();
    v["sources"][0]["class"] = json!("blog");
    v["sources"][1]["url"] = json!("ftp://copy.example/x");
    let f = faults(&v);
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[1], "sources[1].url: \"ftp://copy.example/x\" is not an http(s) URL");
}

#[test]
fn the_reading_list_puts_primary_sources_first_and_weak_ones_last() {
    let mut v = small();
    v["sources"][0]["class"] = json!("weak");
    v["sources"][1]["class"] = json!("primary");
    // s1 is the newer source; classes order before dates.
    v["sources"][0]["date"] = json!("2024-01-01");
    v["positions"][0]["sources"] = json!(["s1", "s2"]);
    for i in 1..v["positions"].as_array().unwrap().len() {
        v["positions"][i]["sources"] = json!(["s2"]);
        v["positions"][i].as_object_mut().unwrap().remove("quote");
    }
    let d = load(&v.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let list = stances::query::reading_list(&d, &stances::query::ViewState::default());
    let ids: Vec<&str> = list.iter().map(|i| i.source.id.as_str()).collect();
    assert_eq!(ids, ["s2", "s1"]);
}
