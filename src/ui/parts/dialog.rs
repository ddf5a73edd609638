//! A modal dialog with a heading and a close button: the browser's `<dialog>`, which traps
//! focus while it is open, closes on Escape, and returns focus to the control that opened it.

use crate::i18n::Key;
use crate::model::Lang;
use crate::ui::parts::tx;
use web_sys::HtmlDialogElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DialogProps {
    pub heading: String,
    pub lang: Lang,
    pub on_close: Callback<()>,
    /// Beside `st-dialog`.
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Dialog)]
pub fn dialog(props: &DialogProps) -> Html {
    let dialog = use_node_ref();
    {
        // Opened again when it shows something else (a dialog left open that changed subject).
        let dialog = dialog.clone();
        use_effect_with(props.heading.clone(), move |_| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                if !d.open() {
                    let _ = d.show_modal();
                }
            }
        });
    }
    let on_close_event = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: Event| on_close.emit(()))
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
        })
    };
    html! {
        <dialog ref={dialog} class={classes!("st-dialog", props.class.clone())} aria-label={props.heading.clone()} onclose={on_close_event}>
            <div class="st-dialog-head">
                <h3>{ &props.heading }</h3>
                <button type="button" class="st-button" onclick={close}>{ tx(props.lang, Key::Close) }</button>
            </div>
            { props.children.clone() }
        </dialog>
    }
}
