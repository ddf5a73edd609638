//! What the reader sees when a dataset cannot be shown: which file, and each fault by record
//! and field, so its author can fix it.

use crate::model::Fault;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Unreachable { address: String, reason: String },
    Invalid { address: String, faults: Vec<Fault> },
}

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    pub error: LoadError,
}

/// Long fault lists are cut so the panel stays readable; the count says how many there were.
const SHOWN_FAULTS: usize = 50;

#[function_component(ErrorPanel)]
pub fn error_panel(props: &ErrorPanelProps) -> Html {
    let body = match &props.error {
        LoadError::Unreachable { address, reason } => html! {
            <p>{ format!("The dataset at {address} could not be loaded: {reason}.") }</p>
        },
        LoadError::Invalid { address, faults } => {
            let n = faults.len();
            html! {
                <>
                <p>{ format!("The dataset at {address} has {n} {}, so it is not shown:", if n == 1 { "fault" } else { "faults" }) }</p>
                <ul class="st-faults">
                    { for faults.iter().take(SHOWN_FAULTS).map(|f| html! {
                        <li><code>{ f.path.clone() }</code>{ ": " }{ f.reason.clone() }</li>
                    }) }
                </ul>
                if n > SHOWN_FAULTS {
                    <p>{ format!("…and {} more.", n - SHOWN_FAULTS) }</p>
                }
                </>
            }
        }
    };
    html! {
        <section class="st-error" role="alert">
            <h2>{ "This dataset cannot be shown" }</h2>
            { body }
        </section>
    }
}
