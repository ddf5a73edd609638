//! The pictures in headless Chromium on the hand-made fixture: stance strips, the map (with a
//! tiny hand-made geometry) and the timeline's markers.
#![cfg(target_arch = "wasm32")]

use stances::query::{View, ViewState};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

mod common;
use common::{click, mount, texts, until};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn stance_strips_lead_the_table_and_a_segment_filters_it() {
    let root = mount(ViewState::default()).await;
    let first = root.query_selector(".st-table-view > *").unwrap().unwrap();
    assert_eq!(first.class_name(), "st-strips");
    assert_eq!(texts(&root, ".st-strip-topic"), ["Scope", "Title"]);
    // The counts in words: broad 2, no public position 2 (which is not a button).
    assert_eq!(texts(&root, ".st-strip:first-child .st-strip-choice"), ["●Broad 2", "–No public position found 2"]);
    assert_eq!(root.query_selector_all(".st-strip:first-child button.st-strip-choice").unwrap().length(), 1);
    click(&root, ".st-strip:first-child button.st-strip-choice");
    // Rows are patched in place, so wait for their words, not only their number.
    until(&root, |r| texts(r, ".st-table tbody th .st-actor") == ["Aland", "Bodia"]).await;
    assert_eq!(texts(&root, "button.st-strip-choice[aria-pressed='true']"), ["●Broad 2"]);
    // The title strip now counts only those two: long 1 (Bodia), none 1 (Aland).
    assert_eq!(texts(&root, ".st-strip:nth-child(2) .st-strip-choice"), ["LLong 1", "–No public position found 1"]);
    // Again clears the filter.
    click(&root, "button.st-strip-choice[aria-pressed='true']");
    until(&root, |r| r.query_selector_all(".st-table tbody tr").unwrap().length() == 4).await;
}

#[wasm_bindgen_test]
async fn in_compare_a_segment_opens_the_table_of_its_holders() {
    let view = ViewState { view: View::Compare, ..Default::default() };
    let root = mount(view).await;
    assert!(root.query_selector(".st-compare > .st-strips").unwrap().is_some());
    click(&root, ".st-strip:nth-child(2) button.st-strip-choice");
    until(&root, |r| texts(r, ".st-table tbody th .st-actor") == ["Watchers"]).await;
}

const GEOMETRY: &str = "stances-map/1\t100\t50\n\
AAA\t10\t10\t0\tM0 0l10 0 0 10-10 0z\n\
BBB\t30\t10\t0\tM20 0l10 0 0 10z\n\
CCC\t50\t10\t0\tM40 0l10 0 0 10z\n\
-\t70\t10\t0\tM60 0l5 5z\n\
TUV\t90\t40\t1\t\n";

fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).get_attribute(name)
}

#[wasm_bindgen_test]
async fn the_map_colours_states_with_a_pattern_and_says_the_facts_in_words() {
    assert!(stances::ui::provide_geometry(GEOMETRY));
    let root = mount(ViewState { view: View::Map, ..Default::default() }).await;
    until(&root, |r| r.query_selector(".st-map-svg").unwrap().is_some()).await;
    // Scope: narrow (0), broad (1), no public position (2). Aland and Bodia are broad.
    assert_eq!(attr(&root, "[data-id='AAA']", "fill").unwrap(), "url(#st-pat-1)");
    assert_eq!(attr(&root, "[data-id='CCC']", "fill").unwrap(), "url(#st-pat-2)");
    assert_eq!(attr(&root, "[data-id='AAA']", "aria-label").unwrap(), "Aland: Broad · June 2022 · Sources (1)");
    assert_eq!(attr(&root, "[data-id='AAA']", "tabindex").unwrap(), "0");
    // No position: nothing to open, so not a control; its title still says so.
    assert_eq!(attr(&root, "[data-id='CCC']", "role"), None);
    assert_eq!(texts(&root, "[data-id='CCC'] title"), ["Cedonia: No public position found"]);
    // Tuvalu is not in the dataset and too small to see: a marker, no public position.
    assert_eq!(attr(&root, ".st-map-markers [data-id='TUV']", "fill").unwrap(), "url(#st-pat-2)");
    assert_eq!(
        texts(&root, ".st-map-legend li"),
        ["◔ Narrow 0", "● Broad 2", "– No public position found 1", "Small states, marked with a circle"]
    );
    // Each legend entry has a pattern: colour plus motif.
    assert_eq!(root.query_selector_all(".st-map-defs pattern").unwrap().length(), 3);
    // Activating a state opens its reports (a click on an SVG shape, which has no .click()).
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &{
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    root.query_selector("[data-id='AAA']").unwrap().unwrap().dispatch_event(&event).unwrap();
    until(&root, |r| r.query_selector("dialog[open]").unwrap().is_some()).await;
}

#[wasm_bindgen_test]
async fn the_map_redraws_as_of_a_date_and_by_another_topic_and_has_its_facts_as_a_table() {
    assert!(stances::ui::provide_geometry(GEOMETRY));
    let view =
        ViewState { view: View::Map, at: stances::model::PartialDate::parse("2021-12").ok(), ..Default::default() };
    let root = mount(view).await;
    until(&root, |r| r.query_selector(".st-map-svg").unwrap().is_some()).await;
    // Aland was narrow until 2022-06.
    assert_eq!(attr(&root, "[data-id='AAA']", "fill").unwrap(), "url(#st-pat-0)");
    let select: web_sys::HtmlSelectElement =
        root.query_selector(".st-map-controls select").unwrap().unwrap().dyn_into().unwrap();
    select.set_value("title");
    // As a browser fires it: a change bubbles (the map is drawn by a second yew app inside the
    // widget's, which sees only events that reach its own root).
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    // Title: Bodia long (1); Aland no position (2).
    until(&root, |r| r.query_selector("[data-id='AAA'][fill='url(#st-pat-2)']").unwrap().is_some()).await;
    assert_eq!(attr(&root, "[data-id='BBB']", "fill").unwrap(), "url(#st-pat-1)");
    click(&root, ".st-map-facts summary");
    until(&root, |r| r.query_selector(".st-map-table").unwrap().is_some()).await;
    assert_eq!(texts(&root, ".st-map-table tbody th"), ["Aland", "Bodia", "Cedonia"]);
    assert_eq!(texts(&root, ".st-map-table tbody tr:nth-child(2) td"), ["L Long", "5 March 2021", "Sources (1)"]);
}

#[wasm_bindgen_test]
async fn close_events_share_a_marker_that_opens_their_list() {
    // Zoomed out so far that the fixture's two events (15 months apart) fall in one marker.
    let view =
        ViewState { view: View::Timeline, from: stances::model::PartialDate::parse("1900").ok(), ..Default::default() };
    let root = mount(view).await;
    until(&root, |r| r.query_selector(".st-event-track .st-marker").unwrap().is_some()).await;
    assert_eq!(texts(&root, ".st-event-track .st-marker"), ["2 events, 1 March 2021 – 1 June 2022"]);
    click(&root, ".st-event-track .st-marker");
    until(&root, |r| r.query_selector(".st-cluster-list").unwrap().is_some()).await;
    assert_eq!(
        texts(&root, ".st-cluster-list button"),
        ["Session: First session (1 March 2021)", "Adoption: Adoption (1 June 2022)"]
    );
}
