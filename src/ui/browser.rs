//! The few facts the widget reads from, and writes to, the browser.

use crate::model::Lang;
use crate::query::ViewState;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the widget runs in a browser window")
}

/// The page's query string, with its `?`.
pub fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

/// The reader's language as the browser reports it, when it is one the widget speaks.
pub fn browser_lang() -> Option<Lang> {
    window()
        .navigator()
        .language()
        .as_deref()
        .and_then(Lang::parse)
}

/// Writes the view into the address bar without a new history entry, keeping the host page's
/// own parameters; does nothing when the address already says it.
pub fn replace_url(view: &ViewState) {
    let w = window();
    let location = w.location();
    let current = location.search().unwrap_or_default();
    let query = crate::url::merge_into(&current, view);
    let wanted = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    if wanted == current {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{wanted}{hash}")),
        );
    }
}

/// Resolves a dataset address against the page; `None` when it leaves the page's origin.
pub fn same_origin_url(address: &str) -> Option<String> {
    let href = window().location().href().ok()?;
    let url = web_sys::Url::new_with_base(address, &href).ok()?;
    let page = web_sys::Url::new(&href).ok()?;
    (url.origin() == page.origin()).then(|| url.href())
}
