//! A loaded widget: owns the view state, keeps it where its host keeps it (address bar or
//! data-* attributes), and lays out heading, settings, notices, view tabs, sharing and the
//! current view, with a live summary for screen readers.

use crate::i18n::{text, Key};
use crate::model::{Dataset, Lang};
use crate::query::{Action, Message, Notice, Theme, View, ViewState};
use crate::ui::browser::fetch::LoadError;
use crate::ui::browser::{browser_lang, location_search};
use crate::ui::parts::bridge::Part;
use crate::ui::parts::filters::Filters;
use crate::ui::parts::{set_embedded, t_isolated, Subject};
use crate::ui::share::ShareBar;
use crate::ui::shell::annex_host::{preload, AnnexHost};
use crate::ui::shell::dataset::{dataset_request, fetch_bundled, Foreign};
use crate::ui::shell::error_panel::whole_failed;
use crate::ui::shell::host::Host;
use crate::ui::shell::notices::Notices;
use crate::ui::shell::settings::Settings;
use crate::ui::shell::store::Store;
use crate::ui::shell::view_tabs::ViewTabs;
use crate::ui::table::TableView;
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub dataset: Rc<Dataset>,
    pub initial: ViewState,
    pub notices: Vec<Notice>,
    pub host: Host,
    /// Set when the dataset is not the bundled one.
    #[prop_or_default]
    pub foreign: Option<Foreign>,
}

#[function_component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let store = {
        let dataset = Rc::clone(&props.dataset);
        let view = props.initial.clone();
        use_reducer(move || Store { dataset, view })
    };
    let dispatch = store.dispatcher();

    {
        let host = props.host.clone();
        use_effect_with(store.view.clone(), move |view| host.write(view));
    }
    {
        // Back and forward restore the view the address then held.
        let dispatch = dispatch.clone();
        let dataset = Rc::clone(&props.dataset);
        let owns_address_bar = props.host.owns_address_bar();
        use_effect_with((), move |_| {
            let listener = owns_address_bar.then(|| {
                EventListener::new(&crate::ui::browser::window(), "popstate", move |_| {
                    let (view, _) = crate::url::decode(&location_search());
                    let (view, _) = view.reconcile(&dataset);
                    dispatch.dispatch(Action::Restore(Box::new(view)));
                })
            });
            move || drop(listener)
        });
    }
    {
        // Inside an iframe, the host page may set the theme; only it, from its own origin.
        let dispatch = dispatch.clone();
        let framed = props.host == Host::Frame;
        use_effect_with((), move |_| {
            let listener = framed.then(|| {
                crate::ui::shell::frame::listen_for_theme(move |theme| dispatch.dispatch(Action::SetTheme(theme)))
            });
            move || drop(listener)
        });
    }

    // The sources list a printout ends with is costly on a large dataset: built only to print.
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = crate::ui::browser::window();
            let (on, off) = (printing.clone(), printing);
            let before = EventListener::new(&window, "beforeprint", move |_| on.set(true));
            let after = EventListener::new(&window, "afterprint", move |_| off.set(false));
            move || drop((before, after))
        });
    }

    // Which reports are open is not part of the view (a link never opens a dialog).
    let panel = use_state(|| None::<Subject>);
    let open = {
        let panel = panel.clone();
        use_callback((), move |subject: Subject, _| panel.set(Some(subject)))
    };

    // The bundled page starts from the dataset's outline, which draws the default table; the
    // whole dataset is fetched once, when the reader asks for something that needs it.
    let whole = use_state(|| None::<Result<Rc<Dataset>, LoadError>>);
    // The print button prints once the list of sources a printout ends with is drawn.
    let print_asked = use_state(|| false);
    let on_print = {
        let print_asked = print_asked.clone();
        use_callback((), move |_: (), _| print_asked.set(true))
    };
    let asked_now = use_mut_ref(|| false);
    *asked_now.borrow_mut() = *print_asked;
    let on_print_ready = {
        let print_asked = print_asked.clone();
        use_callback((), move |_: (), _| {
            if asked_now.replace(false) {
                print_asked.set(false);
                let _ = crate::ui::browser::window().print();
            }
        })
    };
    let d = match &*whole {
        Some(Ok(whole)) => Rc::clone(whole),
        _ => Rc::clone(&store.dataset),
    };
    let v = &store.view;
    let lang = store.view.lang.or_else(browser_lang).unwrap_or(Lang::En);
    // An outline is in one language; another needs the whole dataset's translations.
    // (The reports dialog reads the whole dataset in the on-demand module.)
    let needs_whole = d
        .outline_lang()
        .is_some_and(|outline_lang| outline_lang != lang || v.view != View::Table || !v.q.trim().is_empty());
    {
        let whole = whole.clone();
        let fetching = use_mut_ref(|| false);
        use_effect_with(needs_whole, move |needs| {
            if *needs && whole.is_none() && !fetching.replace(true) {
                wasm_bindgen_futures::spawn_local(async move {
                    whole.set(Some(fetch_bundled().await.map(|(dataset, _)| dataset)));
                });
            }
        });
    }

    let d = &d;
    // Said where the words will appear, so the reader knows they are coming (or why not).
    let waiting = match &*whole {
        Some(Err(error)) => whole_failed(error, lang),
        _ => html! { <p class="st-loading" role="status">{ text(lang, Key::LoadingReports) }</p> },
    };
    {
        // The on-demand module downloads while the dataset does, and the map's geometry with
        // them: opening the map waits for the slowest of three, not for them in a row.
        let (on_demand, map) = (v.view.on_demand(), v.view == View::Map);
        use_effect_with((on_demand, map), move |(on_demand, map)| {
            if *on_demand {
                preload();
            }
            if *map {
                crate::ui::browser::fetch::prefetch(&crate::ui::shell::dataset::map_geometry_address());
            }
        });
    }
    // The on-demand view's changes and requests, as the reader's own.
    let on_annex = {
        let (dispatch, open) = (dispatch.clone(), open.clone());
        use_callback((), move |message: Message, _| match message {
            Message::View(query) => dispatch.dispatch(Action::Restore(Box::new(crate::url::decode(&query).0))),
            Message::Open(subject) => open.emit(subject),
            Message::Articles(_) | Message::Closed => {}
        })
    };
    // Where the on-demand module reads the dataset again.
    let (address, origins) = dataset_request(v.data.as_deref(), matches!(props.host, Host::Script(_)));
    let view = match v.view {
        _ if d.is_outline() && v.view != View::Table => waiting.clone(),
        View::Table => html! {
            <>
            if needs_whole { { waiting.clone() } }
            <TableView dataset={Rc::clone(d)} view={v.clone()} {lang} dispatch={dispatch.clone()} open={open.clone()} />
            </>
        },
        View::Compare | View::Timeline | View::Map | View::Sources | View::Articles => html! {
            <AnnexHost dataset={Rc::clone(d)} address={address.clone()} origins={origins.clone()} view={v.clone()} {lang}
                embedded={props.host != Host::Page} on_message={on_annex.clone()} />
        },
    };
    // The reports dialog, drawn by the on-demand module: closed, or left for the articles a
    // position argued about.
    let on_reports = {
        let (dispatch, panel) = (dispatch.clone(), panel.clone());
        use_callback((), move |message: Message, _| match message {
            Message::Closed => panel.set(None),
            Message::Articles(ids) => {
                panel.set(None);
                dispatch.dispatch(Action::OpenArticles(ids));
            }
            Message::View(_) | Message::Open(_) => {}
        })
    };
    // Picture first: what a reader changes rarely (filters, language, theme; in an embed the
    // other views too) sits behind one control, and the view leads.
    let embedded = props.host != Host::Page;
    set_embedded(embedded);
    let tabs = html! { <ViewTabs current={v.view} {lang} dispatch={dispatch.clone()} /> };
    let options = html! {
        <details class="st-options">
            <summary class="st-button st-secondary">{ text(lang, Key::Options) }</summary>
            if embedded { { tabs.clone() } }
            <Settings {lang} theme={v.theme} dispatch={dispatch.clone()} />
            if matches!(v.view, View::Table | View::Timeline) {
                <Filters dataset={Rc::clone(d)} view={v.clone()} {lang} dispatch={dispatch.clone()} />
            }
        </details>
    };
    let share =
        html! { <ShareBar dataset={Rc::clone(d)} view={v.clone()} {lang} host={props.host.clone()} {on_print} /> };
    let theme = match v.theme {
        Theme::Light => "st-theme-light",
        Theme::Dark => "st-theme-dark",
        Theme::Auto => "st-theme-auto",
    };
    html! {
        <div class={classes!("st-widget", theme, embedded.then_some("st-embed"))} lang={lang.code()} dir={if lang.is_rtl() { "rtl" } else { "ltr" }}>
            <header class="st-header">
                <h2 class="st-title" dir="auto">{ d.negotiation.short_name.get(lang) }</h2>
                if !embedded {
                    <p class="st-lede" dir="auto">{ d.negotiation.description.get(lang) }</p>
                }
            </header>
            if let Some(f) = &props.foreign {
                <p class="st-foreign" role="note">{ t_isolated(lang, Key::ForeignDataset, &[("name", &f.name), ("address", &f.address)]) }</p>
            }
            <Notices notices={props.notices.clone()} {lang} />
            if embedded {
                { view }
                <div class="st-toolbar">{ options }</div>
                { share }
            } else {
                { tabs }
                <div class="st-toolbar">{ options }{ share }</div>
                { view }
            }
            // The articles view lists its own sources under each article.
            if (*printing || *print_asked) && !matches!(v.view, View::Sources | View::Articles) {
                <AnnexHost part={Part::Print} dataset={Rc::clone(d)} address={address.clone()} origins={origins.clone()}
                    view={v.clone()} {lang} {embedded} on_message={Callback::noop()} on_ready={on_print_ready} />
            }
            if let Some(subject) = (*panel).clone() {
                <AnnexHost key={{ let (kind, id) = subject.to_parts(); format!("{kind}:{id}") }} part={Part::Reports(subject.clone())} dataset={Rc::clone(d)} address={address.clone()}
                    origins={origins.clone()} view={v.clone()} {lang} {embedded} on_message={on_reports} />
            }
        </div>
    }
}
