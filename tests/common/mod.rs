//! Helpers for the browser tests: mount a component, wait for what it renders, read it back.
#![allow(dead_code)]

use stances::model::{load, Dataset};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub fn small() -> Rc<Dataset> {
    Rc::new(load(include_str!("../fixtures/small.json")).unwrap())
}

/// A fresh element in the page's body to mount into.
/// A fresh element in the page. The tests are one wasm, so the on-demand views (map, sources,
/// articles) are mounted in it rather than fetched as the page's second module.
pub fn container() -> Element {
    stances::ui::annex::run_in_process();
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// Yew renders asynchronously: wait until the DOM answers `ready`, for at most two seconds.
pub async fn until(root: &Element, ready: impl Fn(&Element) -> bool) {
    for _ in 0..100 {
        if ready(root) {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out; the DOM is: {}", root.inner_html());
}

/// The trimmed text of every element matching `selector`, in document order.
pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default().trim().to_owned()).collect()
}

pub fn click(root: &Element, selector: &str) {
    let el: HtmlElement =
        root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap();
    el.click();
}

/// Mounts a whole widget on the hand-made fixture, as a script embed would, and waits for it.
pub async fn mount(initial: stances::query::ViewState) -> Element {
    use stances::ui::{Host, Widget, WidgetProps};
    let root = container();
    let on_demand = initial.view.on_demand();
    let props =
        WidgetProps { dataset: small(), initial, notices: vec![], host: Host::Script(root.clone()), foreign: None };
    yew::Renderer::<Widget>::with_root_and_props(root.clone(), props).render();
    until(&root, |r| r.query_selector(".st-tabs").unwrap().is_some()).await;
    if on_demand {
        // Drawn by the on-demand module (in this instance), once its stylesheet was asked for.
        until(&root, |r| r.query_selector(".st-annex > div > *").unwrap().is_some()).await;
    }
    root
}
