//! The embed dialog: the iframe and script snippets for the current view, a title to give the
//! iframe, and a live preview. Drawn by the on-demand module (`ui::annex`): most readers never
//! open it.

use crate::i18n::{t, Key};
use crate::model::Lang;
use crate::query::ViewState;
use crate::ui::browser::bundle_base;
use crate::ui::parts::dialog::Dialog;
use crate::ui::parts::tx;
use crate::url::embed::{iframe_snippet, script_snippet};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub view: ViewState,
    pub lang: Lang,
    pub title: String,
    pub on_close: Callback<()>,
}

#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &EmbedDialogProps) -> Html {
    let preview_frame = use_node_ref();
    let title = use_state(|| props.title.clone());
    {
        let preview_frame = preview_frame.clone();
        use_effect_with((), move |_| {
            // Escape pressed inside the live preview never reaches this page; the preview says
            // so with a message (`frame::forward_escape`), heeded only from that frame.
            let listener = EventListener::new(&crate::ui::browser::window(), "message", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
                let frame = preview_frame.cast::<web_sys::HtmlIFrameElement>();
                let from_preview = matches!((event.source(), frame.as_ref().and_then(|f| f.content_window())), (Some(s), Some(f)) if js_sys::Object::is(&s, &f));
                let kind = js_sys::Reflect::get(&event.data(), &"type".into()).ok().and_then(|t| t.as_string());
                if from_preview && kind.as_deref() == Some(crate::ui::shell::frame::ESCAPE_MESSAGE) {
                    let dialog = frame.and_then(|f| f.closest("dialog").ok().flatten());
                    if let Some(d) = dialog.and_then(|d| d.dyn_into::<HtmlDialogElement>().ok()) {
                        d.close();
                    }
                }
            });
            move || drop(listener)
        });
    }
    let base = bundle_base();
    let iframe = iframe_snippet(&base, &props.view, &title);
    let script = script_snippet(&base, &props.view);
    let preview = format!("{base}index.html?{}", crate::url::encode(&ViewState { embed: true, ..props.view.clone() }));
    let on_title = {
        let title = title.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            title.set(input.value());
        })
    };
    let lang = props.lang;
    html! {
        <Dialog heading={tx(lang, Key::EmbedThisView).to_owned()} {lang} class="st-embed-dialog" on_close={props.on_close.clone()}>
            <label class="st-field">
                <span>{ tx(lang, Key::EmbedTitle) }</span>
                <input type="text" required=true value={(*title).clone()} oninput={on_title} />
            </label>
            <label class="st-field">
                <span>{ tx(lang, Key::EmbedIframe) }</span>
                <textarea readonly=true rows="4" value={iframe} />
            </label>
            <label class="st-field">
                <span>{ tx(lang, Key::EmbedScript) }</span>
                <textarea readonly=true rows="3" value={script} />
            </label>
            <h4>{ tx(lang, Key::Preview) }</h4>
            <iframe ref={preview_frame} class="st-preview" src={preview} title={t(lang, Key::PreviewOf, &[("title", &title)])} loading="lazy"></iframe>
        </Dialog>
    }
}
