//! Compare, agreement, changes, timeline layout, reading list and filters, on the hand-made
//! dataset in fixtures/small.json. Each expected answer is worked out in the comments.
//!
//! Positions in the fixture:
//!   0 AAA scope narrow, dated by event e1 (2021-03-01)
//!   1 AAA scope broad 2022-06
//!   2 BBB scope broad 2021 (inferred)
//!   3 BBB title long 2021-03-05 (with a quote from s1)
//!   4 CCC scope/content narrow 2021-03
//!   5 NGO title short 2022-06-02

use stances::model::{load, ActorId, ActorKind, Dataset, Lang, PartialDate, TopicId};
use stances::query::*;

fn small() -> Dataset {
    load(include_str!("fixtures/small.json")).unwrap()
}

fn date(s: &str) -> Option<PartialDate> {
    Some(PartialDate::parse(s).unwrap())
}

fn view(actors: &[&str]) -> ViewState {
    ViewState { view: View::Compare, actors: actors.iter().map(|a| ActorId::new(*a)).collect(), ..Default::default() }
}

fn stances<'a>(row: &'a CompareRow<'a>) -> Vec<&'a str> {
    row.cells.iter().map(|c| c.held().map_or("-", |h| h.stance.id.as_str())).collect()
}

#[test]
fn compare_marks_agreement_per_question_and_scores_pairs() {
    let d = small();
    let m = compare(&d, &view(&["AAA", "BBB"]));
    // scope: both broad (agree); scope/content: nobody has one (left out); title: only BBB.
    let rows: Vec<(&str, Option<&str>, Vec<&str>, Agreement)> = m
        .rows
        .iter()
        .map(|r| (r.topic.id.as_str(), r.subquestion.map(|s| s.id.as_str()), stances(r), r.agreement))
        .collect();
    assert_eq!(
        rows,
        [
            ("scope", None, vec!["broad", "broad"], Agreement::Agree),
            ("title", None, vec!["-", "long"], Agreement::Incomplete)
        ]
    );
    assert_eq!(m.pairs, [(0, 1, PairCount { agree: 1, differ: 0 })]);
    assert_eq!(m.pairs[0].2.percent(), Some(100));
}

#[test]
fn compare_as_of_an_earlier_date_finds_the_disagreement() {
    let d = small();
    let v = ViewState { at: date("2021-12-31"), ..view(&["AAA", "BBB"]) };
    let m = compare(&d, &v);
    // AAA was still narrow then, BBB broad.
    assert_eq!(stances(&m.rows[0]), ["narrow", "broad"]);
    assert_eq!(m.rows[0].agreement, Agreement::Differ);
    assert_eq!(m.pairs[0].2.percent(), Some(0));
}

#[test]
fn no_public_position_is_neither_agreement_nor_disagreement() {
    let d = small();
    let m = compare(&d, &view(&["AAA", "CCC"]));
    // CCC's only position is on scope/content, where AAA has none: shown, but not comparable.
    let shown: Vec<Option<&str>> = m.rows.iter().map(|r| r.subquestion.map(|s| s.id.as_str())).collect();
    assert_eq!(shown, [None, Some("content"), None]);
    assert!(m.rows.iter().all(|r| r.agreement == Agreement::Incomplete));
    assert_eq!(m.pairs[0].2, PairCount::default());
    assert_eq!(m.pairs[0].2.percent(), None);
}

#[test]
fn compare_takes_four_actors_and_says_who_was_left_out() {
    let d = small();
    let m = compare(&d, &view(&["AAA", "BBB", "CCC", "NGO", "ZZZ"]));
    assert_eq!(m.actors.len(), 4);
    assert!(m.left_out.is_empty(), "an unknown id is not an actor to leave out");
    assert_eq!(m.pairs.len(), 6);
}

#[test]
fn the_agreement_matrix_counts_per_topic_and_overall() {
    let d = small();
    let actors: Vec<_> = ["AAA", "BBB", "NGO"].iter().map(|id| d.actor(&ActorId::new(*id)).unwrap()).collect();
    let topics: Vec<_> = d.topics.iter().collect();
    let m = agreement_matrix(&d, &actors, &topics, None);
    let (scope, title) = (&m.per_topic[0].1, &m.per_topic[1].1);
    assert_eq!(scope[0][1], PairCount { agree: 1, differ: 0 }, "AAA and BBB both broad on scope");
    assert_eq!(scope[1][0], scope[0][1], "symmetric");
    assert_eq!(title[1][2], PairCount { agree: 0, differ: 1 }, "BBB long, NGO short");
    assert_eq!(m.overall[0][2], PairCount::default(), "AAA and NGO share no question");
    assert_eq!(m.overall[1][2].percent(), Some(0));
    assert_eq!(m.overall[0][1].percent(), Some(100));
}

#[test]
fn changes_list_first_reports_and_turns_within_the_range() {
    let d = small();
    let aaa = d.actor(&ActorId::new("AAA")).unwrap();
    let describe = |v: &ViewState| -> Vec<String> {
        changes(&d, aaa, v)
            .iter()
            .map(|c| {
                format!(
                    "{} {}→{} {}",
                    c.topic.id,
                    c.before.map_or("none", |b| b.stance.id.as_str()),
                    c.after.stance.id,
                    c.after.date
                )
            })
            .collect()
    };
    assert_eq!(describe(&ViewState::default()), ["scope none→narrow 2021-03-01", "scope narrow→broad 2022-06"]);
    assert_eq!(describe(&ViewState { from: date("2022"), ..Default::default() }), ["scope narrow→broad 2022-06"]);
    assert_eq!(describe(&ViewState { to: date("2021-12"), ..Default::default() }), ["scope none→narrow 2021-03-01"]);
    // A month-precision position counts inside a range that ends within that month.
    assert_eq!(
        describe(&ViewState { from: date("2022-06-15"), to: date("2022-06-20"), ..Default::default() }),
        Vec::<String>::new()
    );
    assert_eq!(
        describe(&ViewState { from: date("2022-06-01"), to: date("2022-06-20"), ..Default::default() }).len(),
        1
    );
}

#[test]
fn the_timeline_lays_out_events_and_lanes_on_one_axis() {
    let d = small();
    let t = timeline(&d, &ViewState::default(), Lang::En);
    // Span: the negotiation's start (2020) to the latest date (NGO, 2022-06-02): 883 days.
    assert_eq!((t.start.to_string().as_str(), t.end.to_string().as_str()), ("2020", "2022-06-02"));
    // Events in date order, whatever their order in the file.
    assert!(t.events.windows(2).all(|w| w[0].event.date <= w[1].event.date));
    let e1 = &t.events[0];
    assert_eq!(e1.event.id.as_str(), "e1");
    assert!((e1.at - 425.0 / 883.0).abs() < 1e-9, "2021-03-01 is 425 days in: {}", e1.at);
    assert!((e1.until - 434.0 / 883.0).abs() < 1e-9);
    assert_eq!(t.ticks.iter().map(|(y, _)| *y).collect::<Vec<_>>(), [2020, 2021, 2022]);
    assert!((t.ticks[1].1 - 366.0 / 883.0).abs() < 1e-9);
    let lanes: Vec<String> =
        t.lanes.iter().map(|l| format!("{}/{}:{}", l.actor.id, l.topic.id, l.segments.len())).collect();
    assert_eq!(lanes, ["AAA/scope:2", "BBB/scope:1", "BBB/title:1", "NGO/title:1"]);
    let aaa = &t.lanes[0].segments;
    assert!(!aaa[0].changed && aaa[1].changed, "AAA's second position is a change");
    assert!((aaa[0].to - aaa[1].from).abs() < 1e-9, "a segment runs until the next position");
    assert!((aaa[1].to - 1.0).abs() < 1e-9, "the last one runs to the end");
    assert_eq!(t.without_positions.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["CCC"]);
}

#[test]
fn zooming_the_timeline_keeps_only_what_overlaps_the_range() {
    let d = small();
    let v = ViewState { from: date("2022-01"), to: date("2022-12"), ..Default::default() };
    let t = timeline(&d, &v, Lang::En);
    assert_eq!(t.events.iter().map(|e| e.event.id.as_str()).collect::<Vec<_>>(), ["e2"]);
    // AAA's narrow stance still holds in January 2022, so it starts at the left edge.
    assert_eq!(t.lanes[0].segments[0].from, 0.0);
    assert_eq!(t.lanes[0].segments.len(), 2);
}

#[test]
fn the_reading_list_follows_the_selection_newest_first() {
    let d = small();
    let ids = |v: &ViewState| -> Vec<(String, Vec<usize>)> {
        reading_list(&d, v)
            .iter()
            .map(|i| (i.source.id.to_string(), i.positions.iter().map(|(n, _)| *n).collect()))
            .collect()
    };
    assert_eq!(ids(&ViewState::default()), [("s2".into(), vec![1, 5]), ("s1".into(), vec![0, 2, 3, 4])]);
    assert_eq!(ids(&view(&["NGO"])), [("s2".into(), vec![5])]);
    let title_only = ViewState { topics: vec![TopicId::new("title")], ..Default::default() };
    assert_eq!(ids(&title_only), [("s2".into(), vec![5]), ("s1".into(), vec![3])]);
    assert_eq!(ids(&ViewState { q: "talks END".into(), ..Default::default() }), [("s2".into(), vec![1, 5])]);
}

#[test]
fn reports_carry_the_quote_of_their_own_source() {
    let d = small();
    let r = reports(&d, &d.positions[3]);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].source.publisher, "Daily");
    assert_eq!(r[0].quote.map(|q| q.text.as_str()), Some("a long name"));
    assert!(reports(&d, &d.positions[1])[0].quote.is_none());
}

#[test]
fn kind_and_group_filters() {
    let d = small();
    let names = |v: &ViewState| table(&d, v, Lang::En).rows.iter().map(|r| r.actor.id.to_string()).collect::<Vec<_>>();
    assert_eq!(names(&ViewState { kinds: vec![ActorKind::Organisation], ..Default::default() }), ["NGO"]);
    assert_eq!(names(&ViewState { group: Some("african".into()), ..Default::default() }), ["BBB"]);
    let g: Vec<String> = groups(&d, Lang::En).into_iter().map(|g| g.id).collect();
    assert_eq!(g, ["african", "western-european-and-others"]);
    let (v, notices) = ViewState { group: Some("AFRICAN".into()), ..Default::default() }.reconcile(&d);
    assert_eq!((v.group.as_deref(), notices.len()), (Some("african"), 0));
    let (v, notices) = ViewState { group: Some("arctic".into()), ..Default::default() }.reconcile(&d);
    assert_eq!((v.group, notices[0].param.as_str()), (None, "group"));
}

#[test]
fn an_empty_table_names_the_filters_that_emptied_it() {
    let d = small();
    let v = ViewState { actors: vec![ActorId::new("NGO")], q: "Aland".into(), ..Default::default() };
    assert!(table(&d, &v, Lang::En).rows.is_empty());
    assert_eq!(emptied_by(&d, &v, Lang::En), [Filter::Actors, Filter::Search]);
    let v = ViewState {
        at: date("2020"),
        stance: vec![StanceFilter { topic: TopicId::new("title"), stance: "long".into() }],
        ..Default::default()
    };
    assert_eq!(emptied_by(&d, &v, Lang::En), [Filter::Stance, Filter::AsOf]);
}

#[test]
fn actions_for_the_new_filters_round_trip_through_the_url() {
    let d = small();
    let v = ViewState::default()
        .apply(Action::SetKind(Some(ActorKind::State)), &d)
        .apply(Action::SetGroup(Some("african".into())), &d)
        .apply(Action::SetStanceFilter(TopicId::new("scope"), Some("broad".into())), &d)
        .apply(Action::SetRange(date("2023"), date("2021")), &d)
        .apply(Action::SetView(View::Timeline), &d);
    assert_eq!((v.from, v.to), (date("2021"), date("2023")), "a reversed range is put right");
    let query = stances::url::encode(&v);
    assert_eq!(query, "view=timeline&kind=state&group=african&from=2021&to=2023&stance=scope:broad");
    assert_eq!(stances::url::decode(&query), (v.clone(), vec![]));
    let cleared = v.apply(Action::SetStanceFilter(TopicId::new("scope"), None), &d);
    assert!(cleared.stance.is_empty());
    // Switching views keeps the selection.
    let compare = v.apply(Action::SetView(View::Compare), &d);
    assert_eq!((compare.kinds, compare.group), (v.kinds, v.group));
}

#[test]
fn the_csv_export_has_a_row_per_actor_and_shown_topic_with_sources() {
    let d = small();
    let v = ViewState {
        topics: vec![TopicId::new("title")],
        actors: vec![ActorId::new("BBB"), ActorId::new("CCC")],
        ..Default::default()
    };
    let csv = to_csv(&export_rows(&d, &v, Lang::En));
    assert_eq!(
        csv,
        "\u{feff}actor_id,actor,kind,topic,stance,stance_label,date,certainty,summary,quote,source_titles,source_urls\r\n\
         BBB,Bodia,state,title,long,Long,2021-03-05,reported,Bodia proposed a long title.,“a long name” (Bodia's delegate),Talks open,https://example.org/1\r\n\
         CCC,Cedonia,state,title,,No public position found,,,,,,\r\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&to_json(&export_rows(&d, &v, Lang::En), &d, "topics=title", Lang::En)).unwrap();
    assert_eq!(json["view"], "topics=title");
    assert_eq!(json["rows"][0]["sources"][0]["url"], "https://example.org/1");
    assert_eq!(json["rows"][1]["stance"], "");
}

#[test]
fn the_export_is_in_the_readers_language_throughout() {
    let d = small();
    let v = ViewState { actors: vec![ActorId::new("CCC")], topics: vec![TopicId::new("title")], ..Default::default() };
    let rows = export_rows(&d, &v, Lang::Fr);
    assert_eq!(rows[0].stance_label, "Aucune position publique trouvée");
    let csv = to_csv(&rows);
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark, so spreadsheets read UTF-8");
    assert!(csv.ends_with("CCC,Cedonia,state,title,,Aucune position publique trouvée,,,,,,\r\n"), "{csv}");
}

#[test]
fn the_summary_says_where_compared_actors_agree_and_counts_stances_otherwise() {
    let d = small();
    let topic_ids = |ts: &[&stances::model::Topic]| ts.iter().map(|t| t.id.to_string()).collect::<Vec<_>>();
    match summary(&d, &view(&["AAA", "BBB"]), Lang::En) {
        Summary::Compare { actors, agree, differ, unknown } => {
            assert_eq!(actors.len(), 2);
            assert_eq!(
                (topic_ids(&agree), topic_ids(&differ), topic_ids(&unknown)),
                (vec!["scope".into()], vec![], vec!["title".into()])
            );
        }
        other => panic!("{other:?}"),
    }
    // Table: scope is broad for AAA and BBB, nobody else; title long (BBB), short (NGO).
    match summary(&d, &ViewState::default(), Lang::En) {
        Summary::Counts { shown, topics } => {
            assert_eq!(shown, 4);
            let scope: Vec<(&str, usize)> = topics[0].stances.iter().map(|(s, n)| (s.id.as_str(), *n)).collect();
            assert_eq!((scope, topics[0].without), (vec![("broad", 2)], 2));
            let title: Vec<(&str, usize)> = topics[1].stances.iter().map(|(s, n)| (s.id.as_str(), *n)).collect();
            assert_eq!((title, topics[1].without), (vec![("short", 1), ("long", 1)], 2));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_topic_without_an_overall_position_shows_its_sub_question_stances() {
    let d = small();
    let ccc = ActorId::new("CCC");
    let scope = d.topic(&TopicId::new("scope")).unwrap();
    let subs: Vec<(&str, &str)> =
        subquestion_stances(&d, &ccc, scope, None).iter().map(|(q, h)| (q.id.as_str(), h.stance.id.as_str())).collect();
    assert_eq!(subs, [("content", "narrow")]);
    // Not yet said in 2020: nothing.
    assert!(subquestion_stances(&d, &ccc, scope, date("2020")).is_empty());
    assert!(subquestion_stances(&d, &ActorId::new("AAA"), scope, None).is_empty());
}

#[test]
fn wide_tables_page_by_a_cell_budget() {
    assert_eq!(rows_per_page(3), 40);
    assert_eq!(rows_per_page(12), 10);
    assert_eq!(rows_per_page(1), 100);
    assert_eq!(rows_per_page(0), 100);
    assert!(rows_per_page(12) * 12 <= CELLS_PER_PAGE);
}

#[test]
fn a_search_keeps_the_space_being_typed_and_the_url_trims_it() {
    let d = small();
    let v = ViewState::default().apply(Action::SetQuery("talks ".into()), &d);
    assert_eq!(v.q, "talks ", "the search box must not lose the space before the next word");
    assert_eq!(stances::url::encode(&v), "q=talks");
    let v = v.apply(Action::SetQuery("   ".into()), &d);
    assert_eq!(stances::url::encode(&v), "");
    assert_eq!(table(&d, &v, Lang::En).rows.len(), 4, "blank search filters nothing");
    let long = ViewState::default().apply(Action::SetQuery("x".repeat(500)), &d);
    assert_eq!(long.q.chars().count(), 200);
}
