//! The few facts the widget reads from, and writes to, the browser.

pub(crate) mod fetch;

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
    window().navigator().language().as_deref().and_then(Lang::parse)
}

/// Writes the view into the address bar without a new history entry, keeping the host page's
/// own parameters; does nothing when the address already says it.
pub fn replace_url(view: &ViewState) {
    let w = window();
    let location = w.location();
    let current = location.search().unwrap_or_default();
    let query = crate::url::merge_into(&current, view);
    let wanted = if query.is_empty() { String::new() } else { format!("?{query}") };
    if wanted == current {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = w.history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{wanted}{hash}")));
    }
}

/// The origins a dataset may come from: the page's own and those it allows in
/// `<meta name="stances-data-origins" content="https://a.example https://b.example">`; `None`
/// for any origin (`any_origin`: an address the host page's own author wrote). Checked both
/// against the address asked for and against where the answer came from, after redirects.
pub fn dataset_origins(any_origin: bool) -> Option<Vec<String>> {
    if any_origin {
        return None;
    }
    let w = window();
    let meta = w.document().and_then(|d| d.query_selector("meta[name='stances-data-origins']").ok().flatten());
    let content = meta.and_then(|m| m.get_attribute("content")).unwrap_or_default();
    let listed = content.split_whitespace().filter_map(|o| web_sys::Url::new(o).ok()).map(|u| u.origin());
    let mut origins: Vec<String> = w.location().origin().into_iter().collect();
    origins.extend(listed);
    Some(origins)
}

/// Resolves a dataset address against the page; `None` when it is not http(s), or its origin is
/// not one of `origins` (`None`: any).
pub fn dataset_url(address: &str, origins: Option<&[String]>) -> Option<String> {
    let href = window().location().href().ok()?;
    let url = web_sys::Url::new_with_base(address, &href).ok()?;
    let web = matches!(url.protocol().as_str(), "http:" | "https:");
    let allowed = origins.is_none_or(|o| o.contains(&url.origin()));
    (web && allowed).then(|| url.href())
}

/// Offers `content` as a file download, without a server: a Blob behind a temporary link.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = window().document().ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    web_sys::Url::revoke_object_url(&url)
}

/// Puts text on the clipboard; fails where the browser refuses (no permission, no focus).
pub async fn copy_text(text: &str) -> Result<(), wasm_bindgen::JsValue> {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.map(|_| ())
}

/// The folder the widget's files are served from, ending in `/`: where `embed.js` said it is,
/// else the folder of this page.
pub fn bundle_base() -> String {
    let configured = js_sys::Reflect::get(&js_sys::global(), &"__stances".into())
        .ok()
        .and_then(|cfg| js_sys::Reflect::get(&cfg, &"base".into()).ok())
        .and_then(|b| b.as_string());
    configured.unwrap_or_else(|| {
        let href = window().location().href().unwrap_or_default();
        let path = href.split(['?', '#']).next().unwrap_or_default();
        match path.rfind('/') {
            Some(i) => path[..=i].to_owned(),
            None => path.to_owned(),
        }
    })
}
