//! If the widget's code ever panics, the reader gets a panel that says so, offers a reload and
//! shows the details to report, in place of a widget that silently stopped answering. Yew's
//! state is gone by then, so the panel is plain DOM, written into every mounted widget.

use crate::i18n::{text, Key};
use crate::model::Lang;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

thread_local! {
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a widget's root so a panic can replace what it shows.
pub fn register_root(root: &Element) {
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
}

/// Must go through yew: its renderer installs its own hook otherwise, on every mount.
pub fn install_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let details = format!(
            "{info}\n\n{}\n{}",
            web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default(),
            web_sys::window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default()
        );
        web_sys::console::error_1(&details.clone().into());
        ROOTS.with(|roots| {
            for root in roots.borrow().iter() {
                let _ = show_panel(root, &details);
            }
        });
    }));
}

fn show_panel(root: &Element, details: &str) -> Result<(), JsValue> {
    let lang = root
        .query_selector("[lang]")?
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_default();
    let document = root.owner_document().ok_or("no document")?;
    let el = |tag: &str, content: &str| -> Result<Element, JsValue> {
        let e = document.create_element(tag)?;
        e.set_text_content(Some(content));
        Ok(e)
    };
    let panel = document.create_element("section")?;
    panel.set_class_name("st-error st-panic");
    panel.set_attribute("role", "alert")?;
    panel.set_attribute("lang", lang.code())?;
    let title = el("h2", text(lang, Key::PanicTitle))?;
    panel.append_child(&title)?;
    let explanation = el("p", text(lang, Key::PanicText))?;
    panel.append_child(&explanation)?;
    let reload = el("button", text(lang, Key::PanicReload))?;
    reload.set_attribute("type", "button")?;
    reload.set_class_name("st-button");
    let on_reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    reload.add_event_listener_with_callback("click", on_reload.as_ref().unchecked_ref())?;
    // The page is broken and will be reloaded; the listener may live as long as it does.
    on_reload.forget();
    panel.append_child(&reload)?;
    let more = document.create_element("details")?;
    let summary = el("summary", text(lang, Key::PanicDetails))?;
    more.append_child(&summary)?;
    let pre = el("pre", details)?;
    more.append_child(&pre)?;
    panel.append_child(&more)?;
    root.set_text_content(None);
    root.append_child(&panel)?;
    Ok(())
}
