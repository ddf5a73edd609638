//! The pictures in headless Chromium on the hand-made fixture: stance strips, the map (with a
//! tiny hand-made geometry) and the timeline's markers.
#![cfg(target_arch = "wasm32")]

use stances::query::{View, ViewState};
use stances::ui::{Host, Widget, WidgetProps};
use wasm_bindgen_test::*;
use web_sys::Element;

mod common;
use common::{click, container, small, texts, until};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(initial: ViewState) -> Element {
    let root = container();
    let props =
        WidgetProps { dataset: small(), initial, notices: vec![], host: Host::Script(root.clone()), foreign: None };
    yew::Renderer::<Widget>::with_root_and_props(root.clone(), props).render();
    until(&root, |r| r.query_selector(".st-tabs").unwrap().is_some()).await;
    root
}

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
    until(&root, |r| r.query_selector_all(".st-table tbody tr").unwrap().length() == 2).await;
    assert_eq!(texts(&root, ".st-table tbody th .st-actor"), ["Aland", "Bodia"]);
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
    until(&root, |r| r.query_selector(".st-table-view").unwrap().is_some()).await;
    assert_eq!(texts(&root, ".st-table tbody th .st-actor"), ["Watchers"]);
}
