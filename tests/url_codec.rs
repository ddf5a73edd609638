//! The URL contract: total decoding, canonical encoding, round trips, stale links.

use stances::model::{load, ActorId, ActorKind, ArticleId, Lang, PartialDate, StanceId, TopicId};
use stances::query::{MapColor, Reason, Sort, Stage, StanceFilter, Theme, View, ViewState};
use stances::url::{decode, encode, merge_into};

fn small() -> stances::model::Dataset {
    load(include_str!("fixtures/small.json")).unwrap()
}

fn full_view() -> ViewState {
    ViewState {
        view: View::Compare,
        actors: vec![ActorId::new("AAA"), ActorId::new("BBB")],
        topics: vec![TopicId::new("scope")],
        kinds: vec![ActorKind::State, ActorKind::Bloc],
        group: Some("african".into()),
        at: Some(PartialDate::parse("2023-08").unwrap()),
        from: Some(PartialDate::parse("2021").unwrap()),
        to: Some(PartialDate::parse("2024-12-24").unwrap()),
        q: "data flow & AI".into(),
        stance: vec![StanceFilter { topic: TopicId::new("scope"), stance: StanceId::new("broad") }],
        sort: Sort::Topic(TopicId::new("scope")),
        lang: Some(Lang::Ar),
        theme: Theme::Dark,
        embed: true,
        data: Some("https://example.org/other.json".into()),
        treaty: vec![Stage::Signed, Stage::Bound],
        articles: vec![ArticleId::new("6"), ArticleId::new("14"), ArticleId::new("Title")],
        color: Some(MapColor::Topic(TopicId::new("title"))),
    }
}

#[test]
fn the_default_view_is_the_empty_query() {
    assert_eq!(encode(&ViewState::default()), "");
    assert_eq!(decode(""), (ViewState::default(), vec![]));
    assert_eq!(decode("?"), (ViewState::default(), vec![]));
}

#[test]
fn every_parameter_round_trips() {
    let v = full_view();
    let query = encode(&v);
    assert_eq!(
        query,
        "view=compare&actors=AAA,BBB&topics=scope&kind=bloc,state&group=african&at=2023-08&from=2021&to=2024-12-24&q=data%20flow%20%26%20AI\
         &stance=scope:broad&sort=scope&lang=ar&theme=dark&embed=1&data=https://example.org/other.json&treaty=ratified,signed&color=title\
         &article=6,14,Title"
    );
    let (back, notices) = decode(&query);
    assert_eq!(notices, vec![]);
    assert_eq!(back, v);
}

#[test]
fn equal_views_have_equal_urls_whatever_order_they_were_written_in() {
    let (a, _) = decode("actors=USA,RUS,USA&topics=title,scope&view=table");
    let (b, _) = decode("topics=scope,title&actors=RUS,USA");
    assert_eq!(a, b);
    assert_eq!(encode(&a), "actors=RUS,USA&topics=scope,title");
}

#[test]
fn garbage_decodes_to_a_valid_view_and_says_what_was_ignored() {
    let (v, notices) = decode("view=pie&actors=RUS,<script>,&at=yesterday&lang=xx&theme=neon&embed=maybe&sort=a:b&stance=scope,title:x:y&data=javascript:alert(1)&%zz=1&q=ok");
    assert_eq!(v, ViewState { q: "ok".into(), actors: vec![ActorId::new("RUS")], ..ViewState::default() });
    let ignored: Vec<(&str, &str)> = notices.iter().map(|n| (n.param.as_str(), n.value.as_str())).collect();
    assert_eq!(
        ignored,
        [
            ("view", "pie"),
            ("actors", "<script>"),
            ("at", "yesterday"),
            ("lang", "xx"),
            ("theme", "neon"),
            ("embed", "maybe"),
            ("sort", "a:b"),
            ("stance", "scope"),
            ("stance", "title:x:y"),
            ("data", "javascript:alert(1)"),
        ]
    );
}

#[test]
fn arbitrary_bytes_never_panic_and_always_reencode_stably() {
    let inputs = [
        "%",
        "%%%",
        "=&=&==",
        "&&&",
        "view",
        "actors=,,,",
        "q=%F0%9F%92",
        "at=2023-02-30",
        "to=2020&from=2021",
        "+++=+++",
    ];
    for input in inputs {
        let (v, _) = decode(input);
        let once = encode(&v);
        let (again, notices) = decode(&once);
        assert_eq!(again, v, "{input}");
        assert_eq!(notices, vec![], "{input}");
        assert_eq!(encode(&again), once, "{input}");
    }
}

#[test]
fn a_reversed_range_is_ignored_with_a_notice() {
    let (v, notices) = decode("from=2024&to=2021");
    assert_eq!((v.from, v.to), (None, None));
    assert_eq!(notices[0].param, "to");
}

#[test]
fn the_first_of_a_repeated_parameter_wins() {
    let (v, notices) = decode("view=timeline&view=table");
    assert_eq!(v.view, View::Timeline);
    assert_eq!(notices.len(), 1);
}

#[test]
fn host_parameters_are_kept_and_ours_replaced() {
    let (v, _) = decode("view=compare&actors=RUS");
    assert_eq!(
        merge_into("utm_source=news&view=table&actors=USA&ref=a%20b", &v),
        "utm_source=news&ref=a%20b&view=compare&actors=RUS"
    );
    assert_eq!(merge_into("?utm_source=x", &ViewState::default()), "utm_source=x");
}

#[test]
fn stale_links_fall_back_to_what_the_dataset_has() {
    let d = small();
    let (v, _) = decode("actors=aaa,ZZZ,bbb&topics=SCOPE,budget&stance=scope:BROAD,scope:huge,nope:x&sort=budget");
    let (v, notices) = v.reconcile(&d);
    assert_eq!(v.actors, [ActorId::new("AAA"), ActorId::new("BBB")]);
    assert_eq!(v.topics, [TopicId::new("scope")]);
    assert_eq!(v.stance, [StanceFilter { topic: TopicId::new("scope"), stance: StanceId::new("broad") }]);
    assert_eq!(v.sort, Sort::Name);
    let ignored: Vec<(&str, &str)> = notices.iter().map(|n| (n.param.as_str(), n.value.as_str())).collect();
    assert_eq!(
        ignored,
        [("actors", "ZZZ"), ("topics", "budget"), ("stance", "nope:x"), ("stance", "scope:huge"), ("sort", "budget")]
    );
}

#[test]
fn naming_every_topic_is_the_same_view_as_naming_none() {
    let d = small();
    let (v, _) = decode("topics=title,scope");
    let (v, _) = v.reconcile(&d);
    assert!(v.topics.is_empty());
    assert_eq!(encode(&v), "");
}

fn with_articles() -> stances::model::Dataset {
    load(include_str!("fixtures/articles.json")).unwrap()
}

#[test]
fn article_picks_decode_to_article_ids_in_reading_order() {
    let (v, notices) = decode("view=articles&article=Title,24,6,14(3),6,bad!,40(22)(a),14()");
    assert_eq!(v.view, View::Articles);
    let ids: Vec<&str> = v.articles.iter().map(|a| a.as_str()).collect();
    assert_eq!(ids, ["6", "14", "24", "40", "Title"]);
    assert_eq!(
        notices,
        vec![
            stances::query::Notice::new("article", "bad!", stances::query::Reason::Id),
            stances::query::Notice::new("article", "14()", stances::query::Reason::Id),
        ]
    );
    assert_eq!(encode(&v), "view=articles&article=6,14,24,40,Title");
    assert_eq!(decode(&encode(&v)).0, v);
}

#[test]
fn article_picks_meet_the_dataset_case_insensitively_and_stale_ones_are_reported() {
    let d = with_articles();
    let (v, _) = decode("view=articles&article=title,99,2");
    let (v, notices) = v.reconcile(&d);
    assert_eq!(v.articles, vec![ArticleId::new("2"), ArticleId::new("Title")]);
    assert_eq!(notices, vec![stances::query::Notice::new("article", "99", stances::query::Reason::UnknownArticle)]);
    // An outline has no articles to check against: the picks wait for the whole dataset.
    let outline = d.outline(Lang::En);
    let (kept, notices) = decode("article=99,2").0.reconcile(&outline);
    assert_eq!(kept.articles, vec![ArticleId::new("2"), ArticleId::new("99")]);
    assert_eq!(notices, vec![]);
}

#[test]
fn articles_actions_toggle_clear_and_open_from_a_position() {
    use stances::query::Action;
    let d = with_articles();
    let v = ViewState { q: "laundering".into(), ..Default::default() };
    let v = v.apply(Action::ToggleArticle(ArticleId::new("Title")), &d);
    let v = v.apply(Action::ToggleArticle(ArticleId::new("2")), &d);
    let v = v.apply(Action::ToggleArticle(ArticleId::new("nope")), &d);
    assert_eq!(encode(&v), "q=laundering&article=2,Title");
    let v = v.apply(Action::ToggleArticle(ArticleId::new("Title")), &d);
    assert_eq!(encode(&v), "q=laundering&article=2");
    assert_eq!(encode(&v.apply(Action::AllArticles, &d)), "q=laundering");
    let opened = v.apply(Action::OpenArticles(vec![ArticleId::new("10"), ArticleId::new("2")]), &d);
    assert_eq!(encode(&opened), "view=articles&article=2,10");
}

#[test]
fn a_flood_of_bad_ids_gives_ten_notices_and_a_count_of_the_rest() {
    use stances::query::{Notice, Reason, MAX_NOTICES};
    // 2,000 invalid ids, well within the length a link may have.
    let query = format!("actors={}", vec!["a!"; 2000].join(","));
    let (v, notices) = decode(&query);
    assert!(v.actors.is_empty());
    assert_eq!(notices.len(), MAX_NOTICES + 1);
    assert_eq!(notices[0], Notice::new("actors", "a!", Reason::Id));
    assert_eq!(notices[MAX_NOTICES].reason, Reason::More(1990));
    // A repeated parameter is summed up the same way.
    let (_, notices) = decode(&vec!["view=table"; 501].join("&"));
    assert_eq!(notices.len(), MAX_NOTICES + 1);
    assert_eq!(notices[MAX_NOTICES].reason, Reason::More(490));
}

#[test]
fn a_link_is_read_only_up_to_its_length_limit_and_says_so() {
    use stances::query::{Reason, MAX_NOTICES};
    use stances::url::MAX_QUERY;
    // 4,000 bad topics (12 KB), then 50,000 bad actors (150 KB): the cut falls before `actors`,
    // at the last whole parameter within the limit, so those ids are never parsed.
    let bad = |n| vec!["a!"; n].join(",");
    let query = format!("?view=compare&q=x&topics={}&actors={}&lang=fr", bad(4000), bad(50_000));
    assert!(query.len() > MAX_QUERY);
    let (v, notices) = decode(&query);
    assert_eq!((v.view, v.q.as_str(), v.lang), (View::Compare, "x", None));
    assert_eq!(notices.len(), MAX_NOTICES + 1);
    assert_eq!(notices[0].reason, Reason::LinkTooLong);
    assert_eq!(notices[1].param, "topics");
    assert_eq!(notices[MAX_NOTICES].reason, Reason::More(4000 - (MAX_NOTICES - 1)));
}

#[test]
fn treaty_stages_decode_in_any_case_and_unknown_ones_are_named() {
    let (v, notices) = decode("treaty=Signed,party,NONE,signed");
    assert_eq!(v.treaty, [Stage::NotSigned, Stage::Signed]);
    let ignored: Vec<(&str, &str)> = notices.iter().map(|n| (n.param.as_str(), n.value.as_str())).collect();
    assert_eq!(ignored, [("treaty", "party")]);
    assert_eq!(encode(&v), "treaty=none,signed");
}

#[test]
fn the_maps_colouring_decodes_totally_and_encodes_canonically() {
    let (v, n) = decode("view=map&color=TREATY");
    assert_eq!((v.view, v.color.clone(), n), (View::Map, Some(MapColor::Treaty), vec![]));
    assert_eq!(encode(&v), "view=map&color=treaty");
    let (v, _) = decode("view=map&color=title");
    assert_eq!(v.color, Some(MapColor::Topic(TopicId::new("title"))));
    // Not an id: ignored with a reason, the default kept.
    let (v, n) = decode("view=map&color=<b>");
    assert_eq!(v.color, None);
    assert_eq!(n[0].reason, Reason::Color);
    assert_eq!(decode("color=").0.color, None);
}

#[test]
fn the_first_shown_topic_spelt_out_is_the_default_colouring_and_unknown_topics_are_dropped() {
    let d = small();
    let (v, _) = decode("view=map&color=SCOPE");
    let (v, notices) = v.reconcile(&d);
    assert_eq!((v.color.clone(), notices), (None, vec![]));
    assert_eq!(encode(&v), "view=map");
    let (v, _) = decode("view=map&color=Title");
    assert_eq!(v.reconcile(&d).0.color, Some(MapColor::Topic(TopicId::new("title"))));
    let (v, _) = decode("view=map&color=nope");
    let (v, notices) = v.reconcile(&d);
    assert_eq!(v.color, None);
    assert_eq!(notices[0].reason, Reason::UnknownTopic);
    // Hiding scope makes title the first shown topic: its colouring becomes the default.
    let v = ViewState { view: View::Map, color: Some(MapColor::Topic(TopicId::new("title"))), ..Default::default() };
    let v = v.apply(stances::query::Action::ToggleTopic(TopicId::new("scope")), &d);
    assert_eq!((v.topics.clone(), v.color.clone()), (vec![TopicId::new("title")], None));
    let v = v.apply(stances::query::Action::SetColor(Some(MapColor::Treaty)), &d);
    assert_eq!(encode(&v), "view=map&topics=title&color=treaty");
}
