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
