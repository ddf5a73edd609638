//! Validation reports every fault with the JSON path of the record and field at fault.

use serde_json::{json, Value};
use stances::model::{load, Fault};

fn small() -> Value {
    serde_json::from_str(include_str!("fixtures/small.json")).unwrap()
}

fn faults(v: &Value) -> Vec<String> {
    match load(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.faults.iter().map(Fault::to_string).collect(),
    }
}

#[test]
fn the_bundled_dataset_is_valid() {
    let text = std::fs::read_to_string("www/data/un-cybercrime-convention.json").unwrap();
    let d = load(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.topics.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["scope", "title", "safeguards"]);
    assert!(d.positions.iter().all(|p| !p.sources.is_empty()));
}

#[test]
fn the_small_fixture_is_valid() {
    assert_eq!(faults(&small()), Vec::<String>::new());
}

#[test]
fn dangling_references_are_reported_at_their_path() {
    let mut v = small();
    v["positions"][0]["actor"] = json!("ZZZ");
    v["positions"][1]["sources"][0] = json!("nope");
    v["events"][1]["sources"] = json!(["missing"]);
    v["actors"][2]["members"] = json!(["AAA", "QQQ"]);
    assert_eq!(
        faults(&v),
        [
            "actors[2].members[1]: \"QQQ\" is not an actor in this dataset",
            "events[1].sources[0]: \"missing\" is not a source in this dataset",
            "positions[0].actor: \"ZZZ\" is not an actor in this dataset",
            "positions[1].sources[0]: \"nope\" is not a source in this dataset",
        ]
    );
}

#[test]
fn stance_off_its_scale_and_unknown_subquestion() {
    let mut v = small();
    v["positions"][2]["stance"] = json!("long");
    v["positions"][4]["subquestion"] = json!("title-length");
    assert_eq!(
        faults(&v),
        [
            "positions[2].stance: \"long\" is not on the scale of topic \"scope\" (narrow, broad)",
            "positions[4].subquestion: \"title-length\" is not a sub-question of topic \"scope\"",
        ]
    );
}

#[test]
fn duplicate_ids_name_the_first_record() {
    let mut v = small();
    v["actors"][3]["id"] = json!("AAA");
    v["topics"][0]["scale"][1]["id"] = json!("narrow");
    let f = faults(&v);
    assert!(f.contains(&"actors[3].id: \"AAA\" is already the id of actors[0]".to_string()), "{f:?}");
    assert!(
        f.contains(&"topics[0].scale[1].id: \"narrow\" is already the id of topics[0].scale[0]".to_string()),
        "{f:?}"
    );
}

#[test]
fn a_position_without_sources_or_date_is_refused() {
    let mut v = small();
    v["positions"][3]["sources"] = json!([]);
    v["positions"][1].as_object_mut().unwrap().remove("date");
    assert_eq!(
        faults(&v),
        [
            "positions[1].date: missing; give a date or an event that dates the position",
            "positions[3].sources: is empty; name at least one source",
            "positions[3].quote.source: \"s1\" is not among the position's sources",
        ]
    );
}

#[test]
fn bad_dates_urls_and_lengths() {
    let mut v = small();
    v["sources"][0]["url"] = json!("javascript:alert(1)");
    v["sources"][1]["url"] = json!("data:text/html,<b>x</b>");
    v["events"][0]["end_date"] = json!("2021-02-01");
    v["positions"][0]["summary"] = json!("x".repeat(2001));
    v["positions"][5]["date"] = json!("2022-02-30");
    let f = faults(&v);
    assert_eq!(f.len(), 5, "{f:#?}");
    assert!(f[0].starts_with("positions[5].date: \"2022-02-30\" is not a date"), "{f:?}");
    assert_eq!(f[1], "sources[0].url: \"javascript:alert(1)\" is not an http(s) URL");
    assert_eq!(f[2], "sources[1].url: \"data:text/html,<b>x</b>\" is not an http(s) URL");
    assert_eq!(f[3], "events[0].end_date: is before the start date 2021-03-01");
    assert_eq!(f[4], "positions[0].summary: is 2001 characters long; the limit is 2000");
}

#[test]
fn wrong_types_missing_and_unknown_fields_are_all_listed() {
    let mut v = small();
    v["actors"][1]["kind"] = json!("planet");
    v["positions"][2].as_object_mut().unwrap().remove("summary");
    v["sources"][0]["sorces"] = json!(1);
    v["topics"][1]["label"] = json!(7);
    v["extra"] = json!(true);
    let f = faults(&v);
    let expect = [
        "topics[1].label: invalid type: integer `7`, expected a string, or an object mapping language codes to strings",
        "actors[1].kind: unknown variant `planet`",
        "sources[0].sorces: unknown field `sorces`, expected one of `id`",
        "positions[2]: missing field `summary`",
        "extra: unknown field",
    ];
    assert_eq!(f.len(), expect.len(), "{f:#?}");
    for (got, want) in f.iter().zip(expect) {
        assert!(got.starts_with(want), "{got} should start with {want}");
    }
}

#[test]
fn a_list_given_twice_is_read_once_and_the_repeat_reported() {
    let text = include_str!("fixtures/small.json");
    let once = load(text).unwrap();
    let twice = text.replacen("\"outcomes\"", "\"outcomes\": [], \"outcomes\"", 1);
    assert_ne!(text, twice, "the fixture has outcomes to repeat");
    let faults = load(&twice).unwrap_err().faults;
    assert_eq!(faults.len(), 1, "{faults:?}");
    assert_eq!(
        (faults[0].path.as_str(), faults[0].reason.as_str()),
        ("outcomes", "appears more than once; only the first is read")
    );
    assert!(!once.outcomes.is_empty());
}

#[test]
fn a_record_that_fails_to_parse_does_not_also_make_its_references_dangle() {
    let mut v = small();
    v["actors"][0]["kind"] = json!(3);
    let f = faults(&v);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0], "actors[0].kind: expected a string naming one of the allowed values");
}

#[test]
fn translations_need_english_to_fall_back_on() {
    let mut v = small();
    v["topics"][0]["label"] = json!({"fr": "Portée"});
    assert_eq!(faults(&v), ["topics[0].label: has translations but no \"en\" entry to fall back on"]);
}

#[test]
fn whole_file_faults() {
    let cases = [
        ("", "$: the file is empty"),
        ("   ", "$: the file is empty"),
        ("[1, 2]", "$: expected an object, found a list"),
        ("{\"schema\": ", "$: not valid JSON: EOF while parsing a value at line 1 column 11"),
    ];
    for (input, want) in cases {
        let got = load(input).unwrap_err().faults[0].to_string();
        assert_eq!(got, want, "for {input:?}");
    }
    let mut v = small();
    v["schema"] = json!("stances/2");
    assert_eq!(faults(&v), ["schema: expected \"stances/1\", found \"stances/2\""]);
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let text = format!("\u{feff}{}", small());
    assert!(load(&text).is_ok());
}

#[test]
fn ids_that_would_break_urls_are_refused() {
    let mut v = small();
    v["topics"][1]["id"] = json!("title,name");
    v["positions"][3]["topic"] = json!("title,name");
    v["positions"][5]["topic"] = json!("title,name");
    let f = faults(&v);
    assert_eq!(f[0], "topics[1].id: \"title,name\" is not a valid id: use 1 to 64 letters, digits, '-', '_' or '.'");
}

/// The rules of evidence hold for the bundled record as a whole, beyond what validation asks of
/// any dataset: every source is classed, inference stays rare, and every state is there.
#[test]
fn the_bundled_record_keeps_the_rules_of_evidence() {
    use stances::model::{ActorKind, Certainty};
    let text = std::fs::read_to_string("www/data/un-cybercrime-convention.json").unwrap();
    let d = load(&text).unwrap_or_else(|e| panic!("{e}"));
    let unclassed: Vec<_> = d.sources.iter().filter(|s| s.class.is_none()).map(|s| s.id.as_str()).collect();
    assert!(unclassed.is_empty(), "sources without a class: {unclassed:?}");
    let inferred = d.positions.iter().filter(|p| matches!(p.certainty, Certainty::Inferred(_))).count();
    assert!(inferred * 5 <= d.positions.len(), "{inferred} of {} positions are inferred", d.positions.len());

    let list = std::fs::read_to_string("scripts/data/un-member-states.tsv").unwrap();
    let codes: Vec<&str> = list.lines().skip(1).map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(codes.len(), 195, "193 members and 2 observer states");
    for code in codes {
        let actor = d.actor(&code.into()).unwrap_or_else(|| panic!("{code} is not an actor"));
        assert_eq!(actor.kind, ActorKind::State, "{code}");
        for lang in ["en", "fr", "es", "ru", "zh", "ar"] {
            assert!(actor.name.in_code(lang).is_some_and(|n| !n.trim().is_empty()), "{code} has no {lang} name");
        }
    }
    assert!(d.actor(&"EU".into()).is_some());
    for action in &d.actions {
        let classes: Vec<_> = action.sources.iter().filter_map(|s| d.source(s)).map(|s| s.class).collect();
        assert!(
            classes.iter().any(|c| *c != Some(stances::model::SourceClass::Weak)),
            "a treaty action of {} rests on weak sources alone",
            action.actor.as_str()
        );
    }
}
