//! Entry point. In the browser: read the view from the address bar and mount the widget on
//! `#stances`. Natively there is nothing to run; `cargo test` covers the core.

#[cfg(target_arch = "wasm32")]
fn main() {
    use stances::ui::{App, AppProps};
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let Some(root) = document.get_element_by_id("stances") else {
        return;
    };
    root.set_inner_html("");
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (view, notices) = stances::url::decode(&search);
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            view,
            notices,
            writes_url: true,
        },
    )
    .render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("stances runs in the browser: `make serve`, then open http://127.0.0.1:8080");
}
