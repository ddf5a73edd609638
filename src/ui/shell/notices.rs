//! Tells the reader which parts of a link were ignored, and why, so a stale or mistyped link
//! never fails silently.

use crate::i18n::Key;
use crate::model::Lang;
use crate::query::Notice;
use crate::ui::parts::{reason_text, tx};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub lang: Lang,
}

#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let open = use_state(|| true);
    if props.notices.is_empty() || !*open {
        return html! {};
    }
    let dismiss = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    html! {
        <aside class="st-notice" role="status">
            <p>{ tx(props.lang, Key::LinkIgnored) }</p>
            <ul>
                // The value is the link's, so it is isolated: U+202E in it cannot reverse our words.
                { for props.notices.iter().map(|n| if n.param.is_empty() {
                    html! { <li>{ reason_text(&n.reason, props.lang) }</li> }
                } else {
                    html! { <li><code><bdi>{ format!("{}={}", n.param, n.value) }</bdi></code>{ " — " }{ reason_text(&n.reason, props.lang) }</li> }
                }) }
            </ul>
            <button type="button" class="st-button" onclick={dismiss}>{ tx(props.lang, Key::Dismiss) }</button>
        </aside>
    }
}
