//! Each view's component mounted in headless Chromium on the hand-made fixture.
#![cfg(target_arch = "wasm32")]

use stances::model::{ActorId, PartialDate};
use stances::query::{View, ViewState};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

mod common;
use common::{click, mount, texts, until};

wasm_bindgen_test_configure!(run_in_browser);

fn compare_of(ids: &[&str]) -> ViewState {
    ViewState { view: View::Compare, actors: ids.iter().map(|i| ActorId::new(*i)).collect(), ..Default::default() }
}

#[wasm_bindgen_test]
async fn compare_marks_agreement_and_scores_the_pair() {
    let root = mount(compare_of(&["AAA", "BBB"])).await;
    assert_eq!(texts(&root, ".st-compare-table caption"), ["Comparing Aland and Bodia"]);
    assert_eq!(texts(&root, ".st-compare-table td.st-agreement"), ["✓ Agree", "– Not comparable"]);
    assert_eq!(texts(&root, ".st-scores li"), ["Aland and Bodia: same stance on 1 of 1 question compared (100%)"]);
    assert_eq!(texts(&root, ".st-matrix caption"), ["Agreement overall", "Agreement on Scope", "Agreement on Title"]);
}

#[wasm_bindgen_test]
async fn compare_as_of_a_date_and_what_changed() {
    let view = ViewState {
        at: PartialDate::parse("2021-12").ok(),
        from: PartialDate::parse("2022").ok(),
        ..compare_of(&["AAA", "BBB"])
    };
    let root = mount(view).await;
    assert_eq!(texts(&root, ".st-compare-table td.st-agreement"), ["✗ Differ", "– Not comparable"]);
    let changes = texts(&root, ".st-changes");
    assert!(changes[0].starts_with("What changed since 2022"), "{changes:?}");
    assert_eq!(texts(&root, ".st-change-list li .st-date"), ["June 2022"]);
    assert!(texts(&root, ".st-changes")[0].contains("No position reported or changed in this range."));
}

#[wasm_bindgen_test]
async fn the_timeline_places_events_and_lanes_in_order() {
    let root = mount(ViewState { view: View::Timeline, ..Default::default() }).await;
    assert_eq!(texts(&root, ".st-event-list button"), ["First session", "Adoption"]);
    // Markers say what the event is, not a letter.
    assert_eq!(texts(&root, ".st-event-track .st-marker"), ["Session", "Adoption"]);
    // One lane per actor, a band per topic.
    assert_eq!(texts(&root, ".st-lane-label"), ["Aland", "Bodia", "Watchers"]);
    assert_eq!(
        texts(&root, ".st-band > .st-sr-only"),
        ["Aland · Scope", "Bodia · Scope", "Bodia · Title", "Watchers · Title"]
    );
    let aland = root.query_selector_all(".st-lane:first-child .st-seg").unwrap();
    assert_eq!(aland.length(), 2);
    let second: Element = aland.item(1).unwrap().dyn_into().unwrap();
    assert!(second.class_name().contains("st-changed"), "{}", second.class_name());
    // 2021-03-01 is 425 of 883 days in: 48% along the axis, placed by class, not inline style.
    let first: Element = aland.item(0).unwrap().dyn_into().unwrap();
    assert!(first.class_name().contains("st-l-48"), "{}", first.class_name());
    assert!(first.get_attribute("style").is_none());
    assert_eq!(texts(&root, ".st-timeline > p.st-none"), ["No public position on the shown topics: Cedonia."]);
}

#[wasm_bindgen_test]
async fn the_sources_view_lists_sources_newest_first_with_their_positions() {
    let root = mount(ViewState { view: View::Sources, ..Default::default() }).await;
    // The sources view comes from the on-demand module, mounted once its dataset is read.
    until(&root, |r| r.query_selector(".st-source-title").unwrap().is_some()).await;
    assert_eq!(texts(&root, ".st-source-title"), ["Talks end", "Talks open"]);
    assert_eq!(texts(&root, ".st-reading summary"), ["Positions it reports: 2", "Positions it reports: 4"]);
    assert_eq!(texts(&root, ".st-sources-view .st-count"), ["Sources shown: 2 of 2"]);
}

#[wasm_bindgen_test]
async fn a_cell_opens_its_reports_with_quote_and_certainty() {
    let root = mount(ViewState::default()).await;
    click(&root, "button[aria-label='Bodia on Title: Sources (1)']");
    until(&root, |r| r.query_selector("dialog[open]").unwrap().is_some()).await;
    assert_eq!(texts(&root, "dialog h3"), ["Bodia on Title"]);
    assert_eq!(texts(&root, "dialog .st-quote p"), ["“a long name”"]);
    assert_eq!(texts(&root, "dialog .st-certainty"), ["Reported: a source below says so."]);
    click(&root, "dialog .st-dialog-head button");
    until(&root, |r| r.query_selector("dialog").unwrap().is_none()).await;
    click(&root, "button[aria-label='Bodia on Scope: Sources (1)']");
    until(&root, |r| r.query_selector("dialog[open]").unwrap().is_some()).await;
    assert_eq!(
        texts(&root, "dialog .st-certainty"),
        ["Inferred, not reported directly: member of a bloc that asked for it."]
    );
}

#[wasm_bindgen_test]
async fn tabs_switch_views_and_keep_the_selection() {
    let root = mount(compare_of(&["AAA", "NGO"])).await;
    assert_eq!(texts(&root, ".st-tab[aria-pressed='true']"), ["Compare"]);
    click(&root, ".st-tab:nth-child(1)");
    until(&root, |r| r.query_selector(".st-table-view").unwrap().is_some()).await;
    assert_eq!(texts(&root, "tbody th .st-actor"), ["Aland", "Watchers"]);
}

/// The articles view on tests/fixtures/articles.json (small.json plus three articles).
async fn mount_articles(initial: ViewState) -> Element {
    use stances::ui::{Host, Widget, WidgetProps};
    let root = common::container();
    let dataset = std::rc::Rc::new(stances::model::load(include_str!("fixtures/articles.json")).unwrap());
    let props = WidgetProps { dataset, initial, notices: vec![], host: Host::Script(root.clone()), foreign: None };
    yew::Renderer::<Widget>::with_root_and_props(root.clone(), props).render();
    until(&root, |r| r.query_selector(".st-articles").unwrap().is_some()).await;
    root
}

#[wasm_bindgen_test]
async fn the_articles_view_groups_articles_and_shows_history_votes_and_sides() {
    let root = mount_articles(ViewState { view: View::Articles, ..Default::default() }).await;
    assert_eq!(texts(&root, ".st-article-group > h3"), ["Scope", "Title"]);
    assert_eq!(
        texts(&root, ".st-article h4"),
        ["Article 2 · Offences", "Article 10 · Laundering", "Title · Title of the convention"]
    );
    assert_eq!(texts(&root, ".st-count"), ["Articles shown: 3 of 3"]);
    let first = root.query_selector(".st-article").unwrap().unwrap();
    assert_eq!(texts(&first, ".st-history .st-date"), ["November 2021", "1 June 2022"]);
    assert_eq!(
        texts(&first, ".st-votes li"),
        ["30 May 2022 · Vote on deleting Article 2(2): 20 in favour, 100 against, 10 abstentions"]
    );
    assert_eq!(texts(&first, ".st-argued button"), ["Aland, 1 March 2021", "Aland, June 2022 · 2(2)", "Bodia, 2021"]);
    assert_eq!(texts(&root, ".st-article .st-none"), ["No position in this dataset names this article."]);
    // Picking one article narrows the view; the picker says which is picked.
    click(&root, ".st-article-picker button[title='Laundering']");
    until(&root, |r| texts(r, ".st-count") == ["Articles shown: 1 of 3"]).await;
    assert_eq!(texts(&root, ".st-article-picker [aria-pressed='true']"), ["Article 10"]);
    assert_eq!(texts(&root, ".st-article .st-none"), ["No position in this dataset names this article."]);
}

#[wasm_bindgen_test]
async fn a_positions_reports_link_to_its_articles() {
    let root =
        mount_articles(ViewState { view: View::Articles, articles: vec!["10".into()], ..Default::default() }).await;
    click(&root, ".st-article-picker button[title='Offences']");
    until(&root, |r| r.query_selector(".st-argued button").unwrap().is_some()).await;
    click(&root, ".st-argued button[data-position='1']");
    until(&root, |r| r.query_selector("dialog[open]").unwrap().is_some()).await;
    assert_eq!(texts(&root, "dialog .st-articles-link a"), ["Articles: 2(2), Title"]);
    let href = root.query_selector("dialog .st-articles-link a").unwrap().unwrap().get_attribute("href");
    assert_eq!(href.as_deref(), Some("?view=articles&article=2,Title"));
    click(&root, "dialog .st-articles-link a");
    until(&root, |r| r.query_selector("dialog").unwrap().is_none()).await;
    // The count read "2 of 3" before the link was followed too: wait for the picks the link
    // names (listed in the dataset's order) rather than for the count.
    until(&root, |r| texts(r, ".st-article-picker [aria-pressed='true']") == ["Title", "Article 2"]).await;
    assert_eq!(texts(&root, ".st-count"), ["Articles shown: 2 of 3"]);
}
