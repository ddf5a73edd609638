//! Loads the dataset the view asks for, then hands over to the [`Widget`]; a dataset that fails
//! to load or validate shows what is wrong instead of an empty box.

use super::browser::{bundle_base, same_origin_url};
use super::error_panel::{ErrorPanel, LoadError};
use super::host::Host;
use super::widget::Widget;
use crate::model::{load, Dataset};
use crate::query::{Notice, Reason, ViewState};
use std::rc::Rc;
use yew::prelude::*;

pub const BUNDLED_DATA: &str = "data/un-cybercrime-convention.json";

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The view decoded from the URL (or embed attributes), before it meets the dataset.
    pub view: ViewState,
    pub notices: Vec<Notice>,
    pub host: Host,
}

/// A dataset that is not the bundled one, named so that nobody can pass it off as ours.
#[derive(Clone, Debug, PartialEq)]
pub struct Foreign {
    pub name: String,
    pub address: String,
}

enum Load {
    Loading,
    Ready(Rc<Dataset>, ViewState, Vec<Notice>, Option<Foreign>),
    Failed(LoadError),
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_state(|| Load::Loading);
    let lang = props.view.lang.or_else(super::browser::browser_lang).unwrap_or_default();
    {
        let state = state.clone();
        let props = props.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                state.set(load_view(props).await);
            });
        });
    }
    match &*state {
        Load::Loading => {
            html! { <p class="st-loading" role="status">{ crate::i18n::text(lang, crate::i18n::Key::Loading) }</p> }
        }
        Load::Failed(error) => html! { <ErrorPanel error={error.clone()} {lang} /> },
        Load::Ready(dataset, view, notices, foreign) => html! {
            <Widget dataset={Rc::clone(dataset)} initial={view.clone()} notices={notices.clone()} host={props.host.clone()} foreign={foreign.clone()} />
        },
    }
}

async fn load_view(props: AppProps) -> Load {
    let mut notices = props.notices;
    let mut view = props.view;
    let bundled = format!("{}{BUNDLED_DATA}", bundle_base());
    let address = match view.data.as_deref() {
        None => bundled,
        // The host page's author chose a script embed's dataset; a link's is the reader's.
        Some(requested) => match same_origin_url(requested, matches!(props.host, Host::Script(_))) {
            Some(url) => url,
            None => {
                notices.push(Notice::new("data", requested, Reason::ForeignData));
                view.data = None;
                bundled
            }
        },
    };
    match fetch_dataset(&address).await {
        Ok(dataset) => {
            let (view, more) = view.reconcile(&dataset);
            notices.extend(more);
            let foreign = view
                .data
                .is_some()
                .then(|| Foreign { name: dataset.negotiation.name.en().to_owned(), address: address.clone() });
            Load::Ready(Rc::new(dataset), view, notices, foreign)
        }
        Err(error) => Load::Failed(error),
    }
}

async fn fetch_dataset(address: &str) -> Result<Dataset, LoadError> {
    let failed = |reason: String| LoadError::Unreachable { address: address.to_owned(), reason };
    let response =
        gloo::net::http::Request::get(address).send().await.map_err(|e| failed(format!("the request failed ({e})")))?;
    if !response.ok() {
        return Err(failed(format!("the server answered {} {}", response.status(), response.status_text())));
    }
    let text = response.text().await.map_err(|e| failed(format!("the response could not be read ({e})")))?;
    load(&text).map_err(|e| LoadError::Invalid { address: address.to_owned(), faults: e.faults })
}
