//! Issue 14's articles: validation by JSON path, the outline leaving them out, the articles
//! view's model (groups, history, votes, sides, search, picks) and its export. The fixture is
//! tests/fixtures/articles.json: small.json plus three articles, two votes and links.

use serde_json::{json, Value};
use stances::model::{load, ArticleId, Fault, Lang};
use stances::query::{article_rows, articles_csv, articles_view, ViewState};

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/articles.json")).unwrap()
}

fn faults(v: &Value) -> Vec<String> {
    match load(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.faults.iter().map(Fault::to_string).collect(),
    }
}

fn dataset() -> stances::model::Dataset {
    load(include_str!("fixtures/articles.json")).unwrap()
}

#[test]
fn the_fixture_is_valid_and_reads_paragraph_references() {
    let d = dataset();
    assert_eq!(d.articles.len(), 3);
    let refs: Vec<String> = d.positions[1].articles.iter().map(|r| r.to_string()).collect();
    assert_eq!(refs, ["2(2)", "Title"]);
    assert_eq!(d.positions[1].articles[0].article.as_str(), "2");
}

#[test]
fn broken_articles_and_references_are_reported_at_their_paths() {
    let mut v = fixture();
    let copy = v["articles"][0].clone();
    v["articles"].as_array_mut().unwrap().push(copy);
    v["articles"][1]["topics"] = json!([]);
    v["articles"][0]["votes"] = json!(["e1", "v9"]);
    v["articles"][0]["history"][0]["sources"] = json!([]);
    v["articles"][0]["quote"] = json!({"text": "x", "speaker": "Art. 1", "source": "s1"});
    v["articles"][2]["sources"] = json!(["w1"]);
    v["articles"][2]["topics"] = json!(["scope", "nope"]);
    v["articles"][1]["history"][0]["sources"] = json!(["w1"]);
    v["positions"][0]["articles"] = json!(["99", "2(1)"]);
    assert_eq!(
        faults(&v),
        [
            "articles[3].id: \"Title\" is already the id of articles[0]",
            "positions[0].articles[0]: \"99\" is not an article in this dataset",
            "articles[0].quote.source: \"s1\" is not among the article's sources",
            "articles[0].history[0].sources: is empty; name at least one source",
            "articles[0].votes[0]: \"e1\" is an event, but not of kind \"vote\"",
            "articles[0].votes[1]: \"v9\" is not an event in this dataset",
            "articles[1].topics: is empty; name the topic(s) the article settles",
            "articles[1].history[0].sources: rests on weak sources alone; cite a primary, press, civil-society or research source beside them",
            "articles[2].topics[1]: \"nope\" is not a topic in this dataset",
            "articles[2].sources: rests on weak sources alone; cite a primary, press, civil-society or research source beside them",
        ]
    );
}

#[test]
fn malformed_references_and_stages_are_located() {
    let mut v = fixture();
    v["positions"][2]["articles"] = json!(["2", "14[3]"]);
    v["articles"][2]["history"] = json!([{"stage": "final", "date": "2022", "summary": "x", "sources": ["s3"]}]);
    v["articles"][1]["subquestion"] = json!("nope");
    let found = faults(&v);
    assert_eq!(found.len(), 3, "{found:#?}");
    // The reader stops at the item, so the path names it.
    assert!(found[0].starts_with("positions[2].articles[1]: \"14[3]\" is not an article reference"), "{found:#?}");
    assert!(found[1].starts_with("articles[2].history[0].stage: unknown variant `final`"), "{found:#?}");
    assert_eq!(found[2], "articles[1].subquestion: \"nope\" is not a sub-question of the article's topics");
}

#[test]
fn the_outline_leaves_articles_and_links_out() {
    let outline = dataset().outline(Lang::En);
    assert!(outline.articles.is_empty());
    assert!(outline.positions.iter().all(|p| p.articles.is_empty()));
    let json = serde_json::to_string(&outline).unwrap();
    assert!(!json.contains("\"articles\""), "{json}");
    stances::model::load_outline(&json).unwrap();
}

#[test]
fn articles_are_grouped_by_their_first_shown_topic_in_dataset_order() {
    let d = dataset();
    let m = articles_view(&d, &ViewState::default(), Lang::En);
    let groups: Vec<(&str, Vec<&str>)> = m
        .groups
        .iter()
        .map(|g| (g.topic.id.as_str(), g.articles.iter().map(|c| c.article.id.as_str()).collect()))
        .collect();
    assert_eq!(groups, [("scope", vec!["2", "10"]), ("title", vec!["Title"])]);
    assert_eq!((m.shown, m.total), (3, 3));
    // With scope hidden, article 2 moves to its other topic.
    let v = ViewState { topics: vec!["title".into()], ..Default::default() };
    let m = articles_view(&d, &v, Lang::En);
    assert_eq!(m.groups.len(), 1);
    let ids: Vec<&str> = m.groups[0].articles.iter().map(|c| c.article.id.as_str()).collect();
    assert_eq!(ids, ["Title", "2"]);
}

/// A stance's id and who held it, with the paragraphs each named.
type StanceAndWho<'a> = (&'a str, Vec<(&'a str, Vec<String>)>);

#[test]
fn a_card_has_its_history_by_date_its_votes_and_the_positions_by_stance() {
    let d = dataset();
    let m = articles_view(&d, &ViewState::default(), Lang::En);
    let two = &m.groups[0].articles[0];
    let stages: Vec<(String, &str)> = two.history.iter().map(|h| (h.date.to_string(), h.stage.code())).collect();
    assert_eq!(stages, [("2021-11".into(), "revised-draft"), ("2022-06-01".into(), "adopted")]);
    assert_eq!(two.votes.len(), 1);
    assert_eq!(two.votes[0].tally.map(|t| (t.yes, t.no, t.abstain)), Some((20, 100, 10)));
    let sides: Vec<StanceAndWho> = two
        .sides
        .iter()
        .map(|s| (s.stance().id.as_str(), s.held.iter().map(|a| (a.actor.id.as_str(), a.paragraphs.clone())).collect()))
        .collect();
    assert_eq!(
        sides,
        [("narrow", vec![("AAA", vec![])]), ("broad", vec![("AAA", vec!["2(2)".to_owned()]), ("BBB", vec![])])]
    );
    // The title: its own topic's stances first (along the scale), then another topic's.
    let title = &m.groups[1].articles[0];
    let sides: Vec<(&str, &str, usize)> =
        title.sides.iter().map(|s| (s.topic.id.as_str(), s.stance().id.as_str(), s.held[0].held.index)).collect();
    assert_eq!(sides, [("title", "short", 5), ("title", "long", 3), ("scope", "broad", 1)]);
    assert_eq!(title.votes[0].tally, None);
    assert_eq!(title.history[0].stage.code(), "zero-draft");
}

#[test]
fn the_actor_filter_narrows_who_argued() {
    let d = dataset();
    let v = ViewState { actors: vec!["BBB".into()], ..Default::default() };
    let m = articles_view(&d, &v, Lang::En);
    let who: Vec<&str> =
        m.groups[0].articles[0].sides.iter().flat_map(|s| &s.held).map(|a| a.actor.id.as_str()).collect();
    assert_eq!(who, ["BBB"]);
}

#[test]
fn search_matches_numbers_and_headings_and_picks_override_topics() {
    let d = dataset();
    let ids = |v: ViewState| -> Vec<String> {
        let m = articles_view(&d, &v, Lang::Fr);
        m.groups.iter().flat_map(|g| &g.articles).map(|c| c.article.id.to_string()).collect()
    };
    let q = |q: &str| ViewState { q: q.into(), ..Default::default() };
    assert_eq!(ids(q("2")), ["2"]);
    assert_eq!(ids(q("Art. 2(1)")), ["2"]);
    assert_eq!(ids(q("article 10")), ["10"]);
    assert_eq!(ids(q("LAUNDER")), ["10"]);
    assert_eq!(ids(q("titre")), ["Title"], "the heading in the reader's language");
    assert_eq!(ids(q("title of")), ["Title"], "and in English");
    assert_eq!(ids(q("1")), Vec::<String>::new());
    let picked = ViewState {
        articles: vec![ArticleId::new("10"), ArticleId::new("title"), ArticleId::new("99")],
        topics: vec!["title".into()],
        ..Default::default()
    };
    assert_eq!(ids(picked.clone()), ["10", "Title"]);
    assert_eq!(articles_view(&d, &picked, Lang::En).unknown, vec![ArticleId::new("99")]);
}

#[test]
fn the_export_has_a_row_per_article_with_history_votes_positions_and_sources() {
    let d = dataset();
    let v = ViewState { articles: vec![ArticleId::new("2")], ..Default::default() };
    let rows = article_rows(&d, &v, Lang::En);
    assert_eq!(rows.len(), 1);
    let csv = articles_csv(&rows);
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next().unwrap(),
        "article,heading,topics,summary,quote,history,votes,positions,source_titles,source_urls,source_dates,note"
    );
    assert_eq!(
        lines.next().unwrap(),
        "2,Offences,Scope | Title,\"A short list of offences, no content offences.\",“each State Party shall” (Article 2(1) of the adopted text),\
         2021-11 revised-draft: The list grew. | 2022-06-01 adopted: Cut back.,\
         \"Vote on deleting Article 2(2) (2022-05-30): 20 yes, 100 no, 10 abstain\",\
         Aland: Narrow (2021-03-01) | Aland: Broad (2022-06) [2(2)] | Bodia: Broad (2021),\
         Talks end | The adopted text | Talks open | A reprint, | https://example.org/text | https://example.org/1 | ,2022-06 | 2022-06-01 | 2021-03-01 | 2022-06,"
    );
}
