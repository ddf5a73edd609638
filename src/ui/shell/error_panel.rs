//! What the reader sees when a dataset cannot be shown: which file, and each fault by record
//! and field, so its author can fix it.

use crate::i18n::{t, Key};
use crate::model::Lang;
use crate::ui::parts::{t_isolated, tx};
use yew::prelude::*;

pub use crate::ui::browser::fetch::{FetchFailure, LoadError};

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    pub error: LoadError,
    #[prop_or_default]
    pub lang: Lang,
    /// Offered when the failed dataset was not the bundled one.
    #[prop_or_default]
    pub on_fallback: Option<Callback<()>>,
}

pub fn failure_text(failure: &FetchFailure, lang: Lang) -> String {
    match failure {
        FetchFailure::Network => tx(lang, Key::FetchNetwork).to_owned(),
        FetchFailure::Timeout => {
            t(lang, Key::FetchTimeout, &[("seconds", &crate::ui::browser::fetch::TIMEOUT_SECONDS.to_string())])
        }
        FetchFailure::Status(code, text) => t(lang, Key::FetchStatus, &[("status", format!("{code} {text}").trim())]),
        FetchFailure::ContentType(kind) => t(lang, Key::FetchType, &[("type", kind)]),
        FetchFailure::TooLarge => {
            t(lang, Key::FetchTooLarge, &[("limit", &format!("{} MB", crate::model::MAX_BYTES / (1024 * 1024)))])
        }
        FetchFailure::Unreadable => tx(lang, Key::FetchUnreadable).to_owned(),
        FetchFailure::TooSlow => {
            t(lang, Key::FetchTooSlow, &[("seconds", &crate::ui::browser::fetch::DOWNLOAD_SECONDS.to_string())])
        }
        FetchFailure::Redirected(origin) => t(lang, Key::FetchRedirected, &[("origin", origin)]),
    }
}

/// Why the whole dataset, which holds the reports, did not come, where the reports would be.
pub fn whole_failed(error: &LoadError, lang: Lang) -> Html {
    let said = match error {
        LoadError::Unreachable { address, failure } => {
            t_isolated(lang, Key::ReportsFailed, &[("address", address), ("reason", &failure_text(failure, lang))])
        }
        LoadError::Invalid { address, faults } => {
            t_isolated(lang, Key::HasFaults, &[("address", address), ("n", &faults.len().to_string())])
        }
    };
    html! { <p class="st-error" role="alert">{ said }</p> }
}

/// A load failure in one line, for a message that names it in passing.
pub fn load_error_text(error: &LoadError, lang: Lang) -> String {
    match error {
        LoadError::Unreachable { failure, .. } => failure_text(failure, lang),
        LoadError::Invalid { faults, .. } => faults.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
    }
}

/// Long fault lists are cut so the panel stays readable; the count says how many there were.
const SHOWN_FAULTS: usize = 50;

#[function_component(ErrorPanel)]
pub fn error_panel(props: &ErrorPanelProps) -> Html {
    let lang = props.lang;
    let body = match &props.error {
        LoadError::Unreachable { address, failure } => html! {
            <p>{ t_isolated(lang, Key::Unreachable, &[("address", address), ("reason", &failure_text(failure, lang))]) }</p>
        },
        LoadError::Invalid { address, faults } => {
            let n = faults.len();
            html! {
                <>
                <p>{ t_isolated(lang, Key::HasFaults, &[("address", address), ("n", &n.to_string())]) }</p>
                <ul class="st-faults">
                    { for faults.iter().take(SHOWN_FAULTS).map(|f| html! {
                        // Both quote the data, so each is isolated from the other and from our words.
                        <li><code><bdi>{ f.path.clone() }</bdi></code>{ ": " }<bdi>{ f.reason.clone() }</bdi></li>
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
            if let Some(fallback) = &props.on_fallback {
                <button type="button" class="st-button" onclick={fallback.reform(|_| ())}>{ tx(lang, Key::UseBundled) }</button>
            }
        </section>
    }
}
