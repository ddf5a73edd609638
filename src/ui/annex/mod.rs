//! The on-demand module's side: every view but the table (`View::on_demand`), the reports
//! dialog, the embed dialog, the exports and the sources a printout ends with.
//! Built as its own wasm (`src/annex.rs`), fetched the first time one is asked for, so their
//! code is not in the default page. A view is mounted into an element the page's module gives
//! it, keeps its own reducer and reports every change back as a query string; the page's
//! module stays the one owner of the view state.

mod export;

use crate::i18n::Key;
use crate::model::{Dataset, Lang};
use crate::query::{Action, Message, Subject, View, ViewState};
use crate::ui::articles::ArticlesView;
use crate::ui::browser::fetch::LoadError;
use crate::ui::compare::CompareView;
use crate::ui::map::MapView;
use crate::ui::parts::bridge::{Config, Data, Export, Exporting, InProcess, Mounted, Mounting, Part, Send};
use crate::ui::parts::dialog::Dialog;
use crate::ui::parts::{set_embedded, tx};
use crate::ui::share::embed_dialog::EmbedDialog;
use crate::ui::share::PrintSources;
use crate::ui::shell::error_panel::{load_error_text, whole_failed};
use crate::ui::shell::store::Store;
use crate::ui::sources::panel::SourcesPanel;
use crate::ui::sources::SourcesView;
use crate::ui::timeline::TimelineView;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, Clone)]
pub struct AnnexProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
    pub send: Send,
}

impl PartialEq for AnnexProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset) && self.view == other.view && self.lang == other.lang
    }
}

#[function_component(Annex)]
fn annex(props: &AnnexProps) -> Html {
    let store = {
        let (dataset, view) = (Rc::clone(&props.dataset), props.view.clone());
        use_reducer(move || Store { dataset, view })
    };
    let dispatch = store.dispatcher();
    {
        // The page changed the view (a tab, the address bar, back): follow it. Only a change:
        // a first run that came after the reader's first choice here would undo it.
        let dispatch = dispatch.clone();
        let last = use_mut_ref(|| props.view.clone());
        use_effect_with(props.view.clone(), move |view| {
            if *view != *last.borrow() {
                *last.borrow_mut() = view.clone();
                dispatch.dispatch(Action::Restore(Box::new(view.clone())));
            }
        });
    }
    {
        // The reader changed it here: the page takes it over (and sends it back, the same).
        let (send, from_page) = (Rc::clone(&props.send), props.view.clone());
        use_effect_with(store.view.clone(), move |view| {
            if *view != from_page {
                send(Message::View(crate::url::encode(view)));
            }
        });
    }
    let open = {
        let send = Rc::clone(&props.send);
        Callback::from(move |subject| send(Message::Open(subject)))
    };
    let (d, v, lang) = (Rc::clone(&store.dataset), store.view.clone(), props.lang);
    match v.view {
        View::Map => html! { <MapView dataset={d} view={v} {lang} {dispatch} {open} /> },
        View::Articles => html! { <ArticlesView dataset={d} view={v} {lang} {dispatch} {open} /> },
        View::Sources => html! { <SourcesView dataset={d} view={v} {lang} {dispatch} {open} /> },
        View::Compare => html! { <CompareView dataset={d} view={v} {lang} {dispatch} {open} /> },
        View::Timeline => html! { <TimelineView dataset={d} view={v} {lang} {dispatch} {open} /> },
        // The page draws it itself and unmounts this one first.
        View::Table => html! {},
    }
}

/// Props that follow the page's view and language (the rest stays as mounted).
trait FollowsPage: Clone {
    fn follow(&self, view: ViewState, lang: Lang) -> Self;
}

impl FollowsPage for AnnexProps {
    fn follow(&self, view: ViewState, lang: Lang) -> Self {
        AnnexProps { view, lang, ..self.clone() }
    }
}

impl FollowsPage for PrintProps {
    fn follow(&self, view: ViewState, lang: Lang) -> Self {
        PrintProps { view, lang, ..self.clone() }
    }
}

impl FollowsPage for ReportsProps {
    fn follow(&self, _: ViewState, lang: Lang) -> Self {
        ReportsProps { lang, ..self.clone() }
    }
}

impl FollowsPage for EmbedProps {
    fn follow(&self, view: ViewState, lang: Lang) -> Self {
        EmbedProps { view, lang, ..self.clone() }
    }
}

/// A mounted app (a view, or the embed dialog) and the props it was last given.
struct Handle<C: BaseComponent> {
    app: yew::AppHandle<C>,
    props: C::Properties,
}

impl<C: BaseComponent> Mounted for Handle<C>
where
    C::Properties: FollowsPage,
{
    fn update(&mut self, query: &str, lang: Lang) {
        // As the page reconciled it (see `load`).
        let (view, _) = crate::url::decode(query);
        self.props = self.props.follow(view, lang);
        self.app.update(self.props.clone());
    }

    fn unmount(self: Box<Self>) {
        self.app.destroy();
    }
}

/// The dataset a config names, with the interface's words in its language, and the view its
/// query holds: the page's view, as the page reconciled it (a pick the page keeps, such as an
/// article not in the outline it started from, is said by the view here, not dropped).
async fn load(config: &Config) -> Result<(Rc<Dataset>, ViewState), LoadError> {
    let (loaded, ()) = crate::ui::browser::fetch::both(
        async {
            match &config.data {
                Data::Loaded(dataset) => Ok(Rc::clone(dataset)),
                Data::Address { address, origins } => {
                    crate::ui::browser::fetch::fetch_dataset(address, origins.clone()).await.map(|(d, _)| d)
                }
            }
        },
        crate::ui::browser::fetch::ensure_lang(config.lang),
    )
    .await;
    let (view, _) = crate::url::decode(&config.query);
    Ok((loaded?, view))
}

/// Mounts what the config names into `root`: the on-demand view the query names, once its
/// dataset and words are in, or the embed dialog.
pub fn mount(root: Element, config: Config, send: Send) -> Mounting {
    Box::pin(async move {
        set_embedded(config.embedded);
        crate::ui::shell::panic::register_root(&root);
        if let Part::Embed { title } = &config.part {
            crate::ui::browser::fetch::ensure_lang(config.lang).await;
            let (view, _) = crate::url::decode(&config.query);
            let props = EmbedProps { view, lang: config.lang, title: title.clone(), send };
            let app = render_apart::<Embed>(&root, props.clone());
            return Ok(Box::new(Handle { app, props }) as Box<dyn Mounted>);
        }
        let loaded = load(&config).await;
        if let Part::Reports(subject) = config.part {
            // The reports' dialog says why they did not come, where they would have been.
            let loaded = loaded.map(|(dataset, _)| dataset).map_err(|e| whole_failed(&e, config.lang));
            let props = ReportsProps { loaded, subject, lang: config.lang, send };
            let app = render_apart::<Reports>(&root, props.clone());
            return Ok(Box::new(Handle { app, props }) as Box<dyn Mounted>);
        }
        let (dataset, view) = loaded.map_err(|e| load_error_text(&e, config.lang))?;
        if config.part == Part::Print {
            let props = PrintProps { dataset, view, lang: config.lang };
            let app = render_apart::<Print>(&root, props.clone());
            return Ok(Box::new(Handle { app, props }) as Box<dyn Mounted>);
        }
        let props = AnnexProps { dataset, view, lang: config.lang, send };
        let app = render_apart::<Annex>(&root, props.clone());
        Ok(Box::new(Handle { app, props }) as Box<dyn Mounted>)
    })
}

#[derive(Properties, Clone)]
pub struct EmbedProps {
    pub view: ViewState,
    pub lang: Lang,
    pub title: String,
    pub send: Send,
}

impl PartialEq for EmbedProps {
    fn eq(&self, other: &Self) -> bool {
        self.view == other.view && self.lang == other.lang && self.title == other.title
    }
}

#[function_component(Embed)]
fn embed(props: &EmbedProps) -> Html {
    let send = Rc::clone(&props.send);
    let on_close = Callback::from(move |()| send(Message::Closed));
    html! { <EmbedDialog view={props.view.clone()} lang={props.lang} title={props.title.clone()} {on_close} /> }
}

#[derive(Properties, Clone)]
pub struct ReportsProps {
    /// The whole dataset, or why it could not be read.
    pub loaded: Result<Rc<Dataset>, Html>,
    pub subject: Subject,
    pub lang: Lang,
    pub send: Send,
}

impl PartialEq for ReportsProps {
    fn eq(&self, other: &Self) -> bool {
        let same = match (&self.loaded, &other.loaded) {
            (Ok(a), Ok(b)) => Rc::ptr_eq(a, b),
            (Err(a), Err(b)) => a == b,
            _ => false,
        };
        same && self.subject == other.subject && self.lang == other.lang
    }
}

#[function_component(Reports)]
fn reports(props: &ReportsProps) -> Html {
    let send = Rc::clone(&props.send);
    let on_close = Callback::from(move |()| send(Message::Closed));
    let send = Rc::clone(&props.send);
    let open_articles = Callback::from(move |ids| send(Message::Articles(ids)));
    match &props.loaded {
        Ok(dataset) => html! {
            <SourcesPanel dataset={Rc::clone(dataset)} subject={props.subject.clone()} lang={props.lang} {on_close} {open_articles} />
        },
        Err(why) => html! {
            <Dialog heading={tx(props.lang, Key::Reports).to_owned()} lang={props.lang} {on_close}>{ why.clone() }</Dialog>
        },
    }
}

#[derive(Properties, Clone)]
pub struct PrintProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
}

impl PartialEq for PrintProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset) && self.view == other.view && self.lang == other.lang
    }
}

#[function_component(Print)]
fn print(props: &PrintProps) -> Html {
    html! { <PrintSources dataset={Rc::clone(&props.dataset)} view={props.view.clone()} lang={props.lang} /> }
}

/// Offers the view's data as a file.
pub fn export(config: Config, kind: Export) -> Exporting {
    Box::pin(async move {
        let (dataset, view) = load(&config).await.map_err(|e| load_error_text(&e, config.lang))?;
        Ok(export::produce(kind, &dataset, &view, config.lang))
    })
}

/// Yew marks each app's root element with a number (`__yew_subtree_id`) and hands an event to
/// the app whose mark is nearest its target, counting from 1 in each wasm instance. This view
/// sits inside the page's app, which the other instance counts: under the same number, the
/// page's app would take this view's clicks for its own (and run its own handlers). So when the
/// next number is the page's, an empty app on a detached element takes it first.
fn render_apart<C: BaseComponent>(root: &Element, props: C::Properties) -> yew::AppHandle<C> {
    let mark = |el: &Element| js_sys::Reflect::get(el, &"__yew_subtree_id".into()).ok().and_then(|v| v.as_f64());
    let mut page = None;
    let mut at = root.parent_element();
    while let (None, Some(el)) = (page, at) {
        page = mark(&el);
        at = el.parent_element().or_else(|| {
            el.parent_node()
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::ShadowRoot>(n).ok())
                .map(|s| s.host())
        });
    }
    if let Some(page) = page {
        loop {
            let Ok(probe) =
                crate::ui::browser::window().document().map_or(Err(JsValue::NULL), |d| d.create_element("div"))
            else {
                break;
            };
            let app = yew::Renderer::<Probe>::with_root(probe.clone()).render();
            let taken = mark(&probe);
            app.destroy();
            if taken.is_none_or(|n| n + 1.0 != page) {
                break;
            }
        }
    }
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render()
}

#[function_component(Probe)]
fn probe() -> Html {
    html! {}
}

/// The browser tests' one instance mounts the on-demand views itself.
pub fn run_in_process() {
    crate::ui::parts::bridge::register_in_process(InProcess { mount, export });
}
