//! Properties of the URL codec over arbitrary input: decoding never fails and always yields a
//! valid view; decoding a canonical encoding gives the same view back with no notice; equal
//! views encode equally, however their lists were ordered.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stances::model::{is_valid_id, ActorId, PartialDate, TopicId};
use stances::query::{Sort, StanceFilter, ViewState};
use stances::url::{decode, encode};

/// A valid view holds only what its fields promise: ids in the safe alphabet, lists sorted and
/// unique, a range in order, a short search.
fn assert_valid(v: &ViewState) {
    let sorted_unique = |ids: Vec<&str>| ids.windows(2).all(|w| w[0] < w[1]);
    assert!(v.actors.iter().all(|a| is_valid_id(a.as_str())));
    assert!(sorted_unique(v.actors.iter().map(ActorId::as_str).collect()));
    assert!(sorted_unique(v.topics.iter().map(TopicId::as_str).collect()));
    assert!(v.stance.windows(2).all(|w| w[0] < w[1]));
    assert!(v.kinds.windows(2).all(|w| w[0] < w[1]));
    assert!(v.q.chars().count() <= 200);
    if let (Some(f), Some(t)) = (v.from, v.to) {
        assert!(f <= t);
    }
    if let Sort::Topic(t) = &v.sort {
        assert!(is_valid_id(t.as_str()));
    }
}

/// Query strings built from the contract's own pieces, mixed with junk, so that the
/// interesting paths are reached often.
fn query_strategy() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "view",
        "actors",
        "topics",
        "kind",
        "group",
        "at",
        "from",
        "to",
        "q",
        "stance",
        "sort",
        "lang",
        "theme",
        "embed",
        "data",
        "utm_source",
        "VIEW",
        "",
    ]);
    let value = prop_oneof![
        prop::sample::select(vec![
            "table",
            "compare",
            "timeline",
            "RUS,USA",
            "usa,,rus",
            "scope:narrow",
            "2023-08",
            "2023-02-30",
            "2021",
            "dark",
            "ar",
            "1",
            "state,bloc",
            "african",
            "https://x.org/a.json",
            "javascript:alert(1)",
            "%E2%9C%93",
            "a%2Cb",
            "+",
            "%",
            "name",
        ])
        .prop_map(str::to_owned),
        "\\PC{0,30}",
    ];
    prop::collection::vec((key, value), 0..8)
        .prop_map(|pairs| pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_decodes_to_a_valid_view(query in "\\PC{0,200}") {
        let (v, _) = decode(&query);
        assert_valid(&v);
    }

    #[test]
    fn contract_shaped_queries_decode_to_valid_views(query in query_strategy()) {
        let (v, _) = decode(&query);
        assert_valid(&v);
    }

    #[test]
    fn decoding_a_canonical_encoding_is_the_identity(query in query_strategy()) {
        let (v, _) = decode(&query);
        let canonical = encode(&v);
        let (again, notices) = decode(&canonical);
        prop_assert_eq!(&again, &v);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(encode(&again), canonical);
    }

    #[test]
    fn equal_views_have_equal_encodings(
        actors in prop::collection::vec("[A-Z]{3}", 0..6),
        topics in prop::collection::vec("[a-z]{1,8}", 0..4),
        stances in prop::collection::vec(("[a-z]{1,6}", "[a-z]{1,6}"), 0..4),
        at in prop::option::of((2000u16..2030, 1u8..13, 1u8..29)),
    ) {
        let at = at.map(|(y, m, d)| PartialDate::ymd(y, m, d));
        let make = |reverse: bool| {
            let mut a: Vec<ActorId> = actors.iter().map(|s| ActorId::new(s.as_str())).collect();
            let mut t: Vec<TopicId> = topics.iter().map(|s| TopicId::new(s.as_str())).collect();
            let mut s: Vec<StanceFilter> = stances.iter().map(|(t, s)| StanceFilter { topic: t.as_str().into(), stance: s.as_str().into() }).collect();
            if reverse {
                a.reverse();
                t.reverse();
                s.reverse();
            }
            ViewState { actors: a, topics: t, stance: s, at, ..ViewState::default() }
        };
        let (one, _) = decode(&encode(&make(false)));
        let (two, _) = decode(&encode(&make(true)));
        prop_assert_eq!(&one, &two);
        prop_assert_eq!(encode(&one), encode(&two));
    }
}
