//! Components mounted in headless Chromium: what they render from a known dataset, and how
//! they respond to a reader's input.
#![cfg(target_arch = "wasm32")]

use stances::model::{load, Dataset, Fault};
use stances::query::ViewState;
use stances::ui::{ErrorPanel, Host, Widget, WidgetProps};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

mod common;
use common::{container, small, texts, until};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_widget(dataset: Rc<Dataset>, initial: ViewState) -> Element {
    let root = container();
    let props = WidgetProps { dataset, initial, notices: vec![], host: Host::Script(root.clone()), foreign: None };
    yew::Renderer::<Widget>::with_root_and_props(root.clone(), props).render();
    root
}

#[wasm_bindgen_test]
async fn the_widget_renders_a_captioned_table_of_actors_by_topics() {
    let root = mount_widget(small(), ViewState::default());
    until(&root, |r| r.query_selector("table").unwrap().is_some()).await;
    assert_eq!(texts(&root, "caption"), ["Demo: positions on Scope and Title, latest reported"]);
    assert_eq!(texts(&root, "thead th .st-topic"), ["Scope", "Title"]);
    assert_eq!(texts(&root, "tbody th .st-actor"), ["Aland", "Bodia", "Cedonia", "Watchers"]);
    // Stance as text and symbol; a missing position says so and is not a stance.
    let aland = texts(&root, "tbody tr:nth-child(1) td");
    assert!(aland[0].starts_with("●Broad"), "{aland:?}");
    assert!(aland[0].contains("June 2022"), "{aland:?}");
    assert_eq!(aland[1], "No public position found");
    // An inferred position says so in the cell; its basis is in the reports panel.
    assert_eq!(texts(&root, "tbody tr:nth-child(2) td:nth-of-type(1) .st-inferred"), ["Inferred"]);
    assert_eq!(texts(&root, "tbody tr:nth-child(1) td:nth-of-type(1) .st-inferred"), Vec::<String>::new());
    assert_eq!(texts(&root, ".st-count"), ["Actors shown: 4 of 4"]);
    let button = root.query_selector("tbody tr:nth-child(2) td button").unwrap().unwrap();
    assert_eq!(button.get_attribute("aria-label").as_deref(), Some("Bodia on Scope: Sources (1)"));
}

#[wasm_bindgen_test]
async fn typing_a_search_filters_the_rows() {
    let root = mount_widget(small(), ViewState::default());
    until(&root, |r| r.query_selector("input[type=search]").unwrap().is_some()).await;
    let input: HtmlInputElement = root.query_selector("input[type=search]").unwrap().unwrap().dyn_into().unwrap();
    input.set_value("summit");
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    until(&root, |r| texts(r, ".st-count") == ["Actors shown: 1 of 4"]).await;
    assert_eq!(texts(&root, "tbody th .st-actor"), ["Watchers"]);
    // A script-embed host keeps the view in its element's data-* attributes.
    until(&root, |r| r.get_attribute("data-q").as_deref() == Some("summit")).await;
}

#[wasm_bindgen_test]
async fn an_empty_result_offers_to_clear_the_filters() {
    let view = ViewState { q: "no such thing".into(), ..ViewState::default() };
    let root = mount_widget(small(), view);
    until(&root, |r| r.query_selector(".st-empty button").unwrap().is_some()).await;
    assert!(root.query_selector("table").unwrap().is_none());
    let button: web_sys::HtmlElement = root.query_selector(".st-empty button").unwrap().unwrap().dyn_into().unwrap();
    button.click();
    until(&root, |r| texts(r, ".st-count") == ["Actors shown: 4 of 4"]).await;
}

#[wasm_bindgen_test]
async fn text_from_data_is_rendered_as_text_never_as_html() {
    let mut raw: serde_json::Value = serde_json::from_str(include_str!("fixtures/small.json")).unwrap();
    raw["actors"][0]["name"] = "<img src=x onerror=alert(1)>".into();
    raw["positions"][1]["summary"] = "<script>window.pwned = 1</script>".into();
    let dataset = Rc::new(load(&raw.to_string()).unwrap());
    let root = mount_widget(dataset, ViewState::default());
    until(&root, |r| r.query_selector("table").unwrap().is_some()).await;
    assert!(root.query_selector("img, script").unwrap().is_none());
    assert!(texts(&root, "tbody th .st-actor").contains(&"<img src=x onerror=alert(1)>".to_owned()));
}

#[wasm_bindgen_test]
async fn the_error_panel_names_each_faulty_record_and_field() {
    let root = container();
    let faults = vec![
        Fault::new("positions[3].stance", "\"huge\" is not on the scale of topic \"scope\""),
        Fault::new("sources[0].url", "\"javascript:x\" is not an http(s) URL"),
    ];
    let error = stances::ui::LoadError::Invalid { address: "data/x.json".into(), faults };
    yew::Renderer::<ErrorPanel>::with_root_and_props(
        root.clone(),
        stances::ui::ErrorPanelProps { error, lang: stances::model::Lang::En, on_fallback: None },
    )
    .render();
    until(&root, |r| r.query_selector("[role=alert]").unwrap().is_some()).await;
    assert_eq!(
        texts(&root, ".st-faults li"),
        [
            "positions[3].stance: \"huge\" is not on the scale of topic \"scope\"",
            "sources[0].url: \"javascript:x\" is not an http(s) URL"
        ]
    );
    assert!(texts(&root, "p")[0].contains("data/x.json has faults, so it is not shown. Faults found: 2."));
}

#[wasm_bindgen_test]
fn text_that_is_not_ascii_is_lowercased_by_javascript_as_rust_would() {
    for (s, lower) in [
        ("Côte d'Ivoire", "côte d'ivoire"),
        ("ÉTATS-UNIS, ΟΔΟΣ", "états-unis, οδος"),
        ("РОССИЯ", "россия"),
        ("中国 RUS", "中国 rus"),
    ] {
        assert_eq!(stances::fold::lowercase(s), lower);
        assert_eq!(s.to_lowercase(), lower);
    }
}

#[wasm_bindgen_test]
fn english_dates_read_as_intl_writes_them_in_british_english() {
    // The widget writes English dates itself (no Intl formatter to build); they must not differ.
    for text in ["2023", "2023-08", "2023-08-21", "2022-02-01", "1999-12-31", "2024-05-09"] {
        let date = stances::model::PartialDate::parse(text).unwrap();
        let options = js_sys::Object::new();
        let fields: &[(&str, &str)] =
            &[("timeZone", "UTC"), ("year", "numeric"), ("month", "long"), ("day", "numeric")];
        for (k, v) in &fields[..date.precision() as usize + 1] {
            js_sys::Reflect::set(&options, &(*k).into(), &(*v).into()).unwrap();
        }
        let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&"en-GB".into()), &options);
        let (y, m, d) = date.first_day();
        let at = js_sys::Date::new(
            &(js_sys::Date::utc(f64::from(y), f64::from(m) - 1.0) + f64::from(d - 1) * 86_400_000.0).into(),
        );
        let intl = format.format().call1(&wasm_bindgen::JsValue::NULL, &at).unwrap().as_string().unwrap();
        assert_eq!(date.display_en(), intl, "{text}");
    }
}
