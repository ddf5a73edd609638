//! The outline the bundled page loads first: it must draw the same table as the whole dataset,
//! be much smaller, and never pass for a dataset.
#![cfg(not(target_arch = "wasm32"))]

use stances::model::{load, load_outline, Dataset, Lang, PartialDate, TopicId, OUTLINE_SCHEMA};
use stances::query::{subquestion_stances, table, Action, Cell, Sort, ViewState};

const BUNDLED: &str = include_str!("../www/data/un-cybercrime-convention.json");

fn whole() -> Dataset {
    load(BUNDLED).unwrap()
}

/// Every cell as the table shows it: stance, date, how many sources, inferred or not, and the
/// per-question parts of a cell with no overall position.
fn drawn(d: &Dataset, v: &ViewState, lang: Lang) -> Vec<String> {
    let model = table(d, v, lang);
    let mut out: Vec<String> =
        model.topics.iter().map(|t| format!("{}: {}", t.label.get(lang), t.question.get(lang))).collect();
    model
        .rows
        .iter()
        .map(|r| {
            let cells: Vec<String> = r
                .cells
                .iter()
                .zip(&model.topics)
                .map(|(c, topic)| match c {
                    Cell::Held(h) => format!(
                        "{}@{}/{}src/{:?}",
                        h.stance.id,
                        h.date,
                        h.position.sources.len(),
                        std::mem::discriminant(&h.position.certainty)
                    ),
                    Cell::NoPosition => subquestion_stances(d, &r.actor.id, topic, v.at)
                        .iter()
                        .map(|(q, h)| format!("{}={}@{}", q.id, h.stance.id, h.date))
                        .collect::<Vec<_>>()
                        .join(","),
                })
                .collect();
            format!("{} {}: {}", r.actor.id, r.actor.name.get(lang), cells.join(" | "))
        })
        .for_each(|row| out.push(row));
    out
}

#[test]
fn the_outline_round_trips_and_is_a_fraction_of_the_whole() {
    let whole = whole();
    let text = serde_json::to_string(&whole.outline(Lang::En)).unwrap();
    let outline = load_outline(&text).unwrap_or_else(|e| panic!("{e}"));
    assert!(outline.is_outline() && !whole.is_outline());
    assert_eq!(outline, whole.outline(Lang::En));
    let compact_whole = serde_json::to_string(&whole).unwrap();
    assert!(text.len() * 3 < compact_whole.len(), "outline {} bytes, whole {} bytes", text.len(), compact_whole.len());
    // No report's words are in it.
    for p in whole.positions.iter().filter(|p| p.summary.len() > 40) {
        assert!(!text.contains(&p.summary), "{}", p.summary);
    }
    assert!(outline.sources.is_empty());
}

#[test]
fn the_outline_draws_the_same_tables_as_the_whole() {
    let whole = whole();
    let scope = TopicId::new("scope");
    let views = [
        ViewState::default(),
        ViewState { at: Some(PartialDate::parse("2023-01-31").unwrap()), ..Default::default() },
        ViewState { sort: Sort::Topic(scope.clone()), ..Default::default() },
        ViewState { topics: vec![TopicId::new("safeguards")], ..Default::default() },
        ViewState::default().apply(Action::SetKind(Some(stances::model::ActorKind::Organisation)), &whole),
    ];
    // A search also reads the summaries, so the widget fetches the whole dataset for one.
    for lang in [Lang::En, Lang::Fr, Lang::Ar] {
        let outline = whole.outline(lang);
        assert_eq!(outline.outline_lang(), Some(lang));
        for v in &views {
            let from_whole = drawn(&whole, v, lang);
            assert!(from_whole.len() > 6, "{v:?} shows too little to compare");
            assert_eq!(drawn(&outline, v, lang), from_whole, "{lang:?} {v:?}");
        }
    }
}

#[test]
fn neither_file_passes_for_the_other() {
    let whole = whole();
    let outline_text = serde_json::to_string(&whole.outline(Lang::En)).unwrap();
    let refused = load(&outline_text).unwrap_err();
    assert_eq!(refused.faults[0].path, "schema");
    assert!(refused.faults[0].reason.contains(OUTLINE_SCHEMA), "{}", refused.faults[0].reason);
    let refused = load_outline(BUNDLED).unwrap_err();
    assert_eq!(refused.faults[0].path, "schema");
    let unknown_lang = outline_text.replacen(&format!("{OUTLINE_SCHEMA}+en"), &format!("{OUTLINE_SCHEMA}+xx"), 1);
    assert_ne!(unknown_lang, outline_text);
    // Only the tag is wrong: the words an outline leaves out are not then reported missing.
    let faults = load_outline(&unknown_lang).unwrap_err().faults;
    assert_eq!(faults[0].path, "schema");
    assert_eq!(faults.len(), 1, "{faults:?}");
}

#[test]
fn an_outline_is_still_checked_for_what_it_keeps() {
    let mut outline = whole().outline(Lang::En);
    outline.positions[0].stance = stances::model::StanceId::new("no-such-stance");
    let text = serde_json::to_string(&outline).unwrap();
    let faults = load_outline(&text).unwrap_err().faults;
    assert!(faults.iter().any(|f| f.path == "positions[0].stance"), "{faults:?}");
}
