//! Mounting: our own page (`#stances`, view from the address bar), or every `[data-stances]`
//! element of a host page (view from its `data-*` attributes, inside a shadow root so that
//! neither page's styles reach the other).

use crate::ui::shell::app::{App, AppProps};
use crate::ui::shell::host::Host;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, ShadowRootInit, ShadowRootMode};

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// What a module's `main` does: on our own page, mounts its widget; loaded by `embed.js`, every
/// `[data-stances]` element of the host page.
pub fn start() {
    crate::ui::shell::panic::install_hook();
    if is_script_embed() {
        mount_embeds();
    } else {
        mount_page();
    }
}

/// Mounts the page's widget, if this is our page.
pub fn mount_page() {
    let Some(document) = document() else { return };
    let Some(root) = document.get_element_by_id("stances") else { return };
    root.set_inner_html("");
    // The page's note for when the widget cannot start (see index.html): it has started.
    if let Ok(Some(stalled)) = document.query_selector(".st-stalled") {
        stalled.remove();
    }
    let search = crate::ui::browser::location_search();
    let (view, notices) = crate::url::decode(&search);
    let host = if view.embed { Host::Frame } else { Host::Page };
    if host == Host::Frame {
        if let Some(html) = document.document_element() {
            let _ = html.class_list().add_1("st-embedded");
        }
        let child_id = crate::url::pairs(&search).into_iter().find(|(k, _)| k == "childId").map(|(_, v)| v);
        crate::ui::shell::frame::report_height(child_id);
        crate::ui::shell::frame::forward_escape();
    }
    crate::ui::shell::panic::register_root(&root);
    yew::Renderer::<App>::with_root_and_props(root, AppProps { view, notices, host }).render();
}

/// The address of our stylesheet, as `embed.js` announced it.
fn stylesheet() -> Option<String> {
    let cfg = js_sys::Reflect::get(&js_sys::global(), &"__stances".into()).ok()?;
    js_sys::Reflect::get(&cfg, &"css".into()).ok()?.as_string()
}

/// Whether `embed.js` loaded us (rather than our own page).
pub fn is_script_embed() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &"__stances".into()).is_ok_and(|v| v.is_object())
}

/// Mounts a widget into every `[data-stances]` element not mounted yet.
// One copy for the start and for `stances_mount` (elements added later), not one inlined in each.
#[inline(never)]
pub fn mount_embeds() {
    let Some(document) = document() else { return };
    let Ok(found) = document.query_selector_all("[data-stances]") else { return };
    for i in 0..found.length() {
        let Some(element) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        if element.shadow_root().is_some() {
            continue;
        }
        if let Err(e) = mount_one(&document, &element) {
            web_sys::console::error_2(&"stances: could not mount".into(), &e);
        }
    }
}

fn mount_one(document: &Document, element: &Element) -> Result<(), wasm_bindgen::JsValue> {
    let names = element.get_attribute_names();
    let attrs = (0..names.length())
        .filter_map(|i| names.get(i).as_string())
        .filter_map(|name| element.get_attribute(&name).map(|value| (name, value)))
        .collect::<Vec<_>>();
    let (view, notices) = crate::url::decode_pairs(crate::url::embed::attribute_pairs(
        attrs.iter().map(|(n, v)| (n.as_str(), v.clone())),
    ));
    let shadow = element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    if let Some(href) = stylesheet() {
        let link = document.create_element("link")?;
        link.set_attribute("rel", "stylesheet")?;
        link.set_attribute("href", &href)?;
        shadow.append_child(&link)?;
    }
    let root = document.create_element("div")?;
    root.set_class_name("stances");
    shadow.append_child(&root)?;
    let host = Host::Script(element.clone());
    crate::ui::shell::panic::register_root(&root);
    yew::Renderer::<App>::with_root_and_props(root, AppProps { view, notices, host }).render();
    Ok(())
}
