//! Loads the dataset the view asks for, then hands over to the [`Widget`]; a dataset that fails
//! to load or validate shows what is wrong instead of an empty box, and offers the bundled one.

use crate::model::Dataset;
use crate::query::{cap_notices, Notice, Reason, ViewState};
use crate::ui::browser::fetch::{both, ensure_lang, fetch_dataset, fetch_outline, LoadError};
use crate::ui::browser::{browser_lang, dataset_origins, dataset_url};
use crate::ui::shell::dataset::{bundled_outline, fetch_bundled, Foreign};
use crate::ui::shell::error_panel::ErrorPanel;
use crate::ui::shell::host::Host;
use crate::ui::shell::widget::Widget;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The view decoded from the URL (or embed attributes), before it meets the dataset.
    pub view: ViewState,
    pub notices: Vec<Notice>,
    pub host: Host,
}

enum Load {
    Loading,
    Ready(Rc<Dataset>, ViewState, Vec<Notice>, Option<Foreign>),
    Failed(LoadError),
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_state(|| Load::Loading);
    // After a foreign dataset failed, the reader may ask for the bundled one instead.
    let bundled_only = use_state(|| false);
    let lang = props.view.lang.or_else(browser_lang).unwrap_or_default();
    {
        let state = state.clone();
        let props = props.clone();
        use_effect_with(*bundled_only, move |bundled_only| {
            let mut props = props;
            if *bundled_only {
                // It was an address this page may load, and it failed: not "another site's".
                if let Some(data) = props.view.data.take() {
                    props.notices.push(Notice::new("data", &data, Reason::DataFailed));
                }
            }
            state.set(Load::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                state.set(load_view(props).await);
            });
        });
    }
    match &*state {
        Load::Loading => {
            html! { <p class="st-loading" role="status">{ crate::i18n::text(lang, crate::i18n::Key::Loading) }</p> }
        }
        Load::Failed(error) => {
            let on_fallback = (props.view.data.is_some() && !*bundled_only).then(|| {
                let bundled_only = bundled_only.clone();
                Callback::from(move |_| bundled_only.set(true))
            });
            html! { <ErrorPanel error={error.clone()} {lang} {on_fallback} /> }
        }
        Load::Ready(dataset, view, notices, foreign) => html! {
            <Widget dataset={Rc::clone(dataset)} initial={view.clone()} notices={notices.clone()} host={props.host.clone()} foreign={foreign.clone()} />
        },
    }
}

async fn load_view(props: AppProps) -> Load {
    let mut notices = props.notices;
    let mut view = props.view;
    // The host page's author chose a script embed's dataset; a link's is the reader's, so it is
    // trusted only from this site or the origins the page allows.
    let origins = dataset_origins(matches!(props.host, Host::Script(_)));
    // `None`: the bundled dataset.
    let foreign = match view.data.as_deref() {
        None => None,
        Some(requested) => match dataset_url(requested, origins.as_deref()) {
            Some(url) => Some(url),
            None => {
                notices.push(Notice::new("data", requested, Reason::ForeignData));
                view.data = None;
                None
            }
        },
    };
    // The interface's words in the reader's language arrive with the data, not after it.
    let lang = view.lang.or_else(browser_lang).unwrap_or_default();
    let dataset = async {
        match &foreign {
            Some(address) => fetch_dataset(address, origins).await,
            // The outline first; a bundle without one (an older copy) still works from the whole.
            None => match fetch_outline(&bundled_outline(lang)).await {
                Ok(outline) => Ok(outline),
                Err(_) => fetch_bundled().await,
            },
        }
    };
    let (loaded, ()) = both(dataset, ensure_lang(lang)).await;
    // Parsing a large dataset is one long task; rendering it starts a fresh one.
    mark("stances:parsed");
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
    match loaded {
        Ok((dataset, from)) => {
            let (view, more) = view.reconcile(&dataset);
            notices.extend(more);
            // Named in the reader's language, at the address the bytes came from.
            let foreign =
                foreign.map(|_| Foreign { name: dataset.negotiation.name.get(lang).to_owned(), address: from });
            Load::Ready(dataset, view, cap_notices(notices), foreign)
        }
        Err(error) => Load::Failed(error),
    }
}

/// A performance mark the benchmark reads (the Performance API, so any profiler shows it too).
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
