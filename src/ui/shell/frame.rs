//! Inside an iframe: tell the parent page how tall the widget is whenever that changes, both as
//! our own documented message and in pym.js's child format, so that a newsroom page already
//! running pym.js resizes the frame unchanged.

use crate::url::embed::{pym_height_message, HEIGHT_MESSAGE};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Starts reporting the document's height to the parent window. `child_id` is the id pym.js's
/// parent put in the frame's address, when there is one.
pub fn report_height(child_id: Option<String>) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
    let last = std::cell::Cell::new(0u32);
    let measured = root.clone();
    let post = move || {
        let height = measured.get_bounding_client_rect().height().ceil() as u32;
        if height == last.replace(height) {
            return;
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // Height is not a secret, and the frame cannot know its parent's origin in advance.
        let _ = parent.post_message(&message, "*");
        if let Some(id) = &child_id {
            let _ = parent.post_message(&pym_height_message(id, height).into(), "*");
        }
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // The observer lives as long as the page; so must its callback.
        callback.forget();
    }
}

/// Tells the parent page that Escape was pressed in the frame (`{type: "stances:escape"}`), since
/// key events do not cross a frame's border: a dialog around the frame (our own Embed dialog's
/// live preview) can then close. Not while a dialog of the frame is open: that Escape is its own.
pub fn forward_escape() {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    let Some(document) = window.document() else { return };
    let doc = document.clone();
    gloo::events::EventListener::new(&document, "keydown", move |event| {
        let escape = event.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|e| e.key() == "Escape");
        if escape && doc.query_selector("dialog[open]").ok().flatten().is_none() {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &ESCAPE_MESSAGE.into());
            // Says nothing but that a key was pressed; the frame cannot know its parent's origin.
            let _ = parent.post_message(&message, "*");
        }
    })
    .forget();
}

/// The message a frame posts to its parent when Escape is pressed in it.
pub const ESCAPE_MESSAGE: &str = "stances:escape";

/// Follows the host page's theme: `{type: "stances:theme", theme: "light" | "dark" | "auto"}`,
/// acted on only when it comes from the parent window and from the origin of the page that
/// embedded us: the one it states in our address (`host=https://news.example`), else our
/// referrer's. Anything else is ignored; with neither, the console says what to add.
pub fn listen_for_theme(on_theme: impl Fn(crate::query::Theme) + 'static) -> gloo::events::EventListener {
    let window = web_sys::window().expect("a window");
    let parent = window.parent().ok().flatten();
    let stated = crate::url::embed::stated_host(&crate::ui::browser::location_search());
    let referrer = window.document().map(|d| d.referrer()).filter(|r| !r.is_empty());
    let embedder = stated.or(referrer).and_then(|r| web_sys::Url::new(&r).ok()).map(|u| u.origin());
    if embedder.is_none() {
        web_sys::console::info_1(
            &"stances: theme messages are ignored: add host=<your origin> to the frame's address".into(),
        );
    }
    gloo::events::EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
        let from_parent = match (event.source(), &parent) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, parent),
            _ => false,
        };
        if !from_parent || embedder.as_deref() != Some(event.origin().as_str()) {
            return;
        }
        let data = event.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok().and_then(|v| v.as_string());
        if field("type").as_deref() == Some(THEME_MESSAGE) {
            if let Some(theme) = field("theme").as_deref().and_then(crate::query::Theme::parse) {
                on_theme(theme);
            }
        }
    })
}

/// The message type a host page sends to set the theme (documented in the README).
pub const THEME_MESSAGE: &str = "stances:theme";
