//! What the reader sees when a dataset cannot be shown: which file, and each fault by record
//! and field, so its author can fix it.

use super::parts::tx;
use crate::i18n::{t, Key};
use crate::model::{Fault, Lang};
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Unreachable { address: String, reason: String },
    Invalid { address: String, faults: Vec<Fault> },
}

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    pub error: LoadError,
    #[prop_or_default]
    pub lang: Lang,
}

/// Long fault lists are cut so the panel stays readable; the count says how many there were.
const SHOWN_FAULTS: usize = 50;

#[function_component(ErrorPanel)]
pub fn error_panel(props: &ErrorPanelProps) -> Html {
    let lang = props.lang;
    let body = match &props.error {
        LoadError::Unreachable { address, reason } => html! {
            <p>{ t(lang, Key::Unreachable, &[("address", address), ("reason", reason)]) }</p>
        },
        LoadError::Invalid { address, faults } => {
            let n = faults.len();
            html! {
                <>
                <p>{ t(lang, Key::HasFaults, &[("address", address), ("n", &n.to_string())]) }</p>
                <ul class="st-faults">
                    { for faults.iter().take(SHOWN_FAULTS).map(|f| html! {
                        <li><code>{ f.path.clone() }</code>{ ": " }{ f.reason.clone() }</li>
                    }) }
                </ul>
                if n > SHOWN_FAULTS {
                    <p>{ t(lang, Key::MoreFaults, &[("n", &(n - SHOWN_FAULTS).to_string())]) }</p>
                }
                </>
            }
        }
    };
    html! {
        <section class="st-error" role="alert">
            <h2>{ tx(lang, Key::CannotShow) }</h2>
            { body }
        </section>
    }
}
