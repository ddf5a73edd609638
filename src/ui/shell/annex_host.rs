//! The page's side of what the on-demand module draws (every view but the table, the reports
//! dialog, the embed dialog): an element for it (`ui::annex`, its own wasm) to draw into,
//! loaded the first time one of them opens.
//! The view state stays here, in the page's reducer: the module is told every change and tells
//! back the reader's, as query strings; "open the reports" comes back to the page's dialog.

use crate::i18n::Key;
use crate::model::{Dataset, Lang};
use crate::query::{Message, ViewState};
use crate::ui::parts::bridge::{in_process, Config, Data, Export, Mounted, Part, Send};
use crate::ui::parts::{t_isolated, tx};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::prelude::*;

#[wasm_bindgen(module = "/www/annex.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadAnnex)]
    fn load_annex(base: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = mountAnnex)]
    #[allow(clippy::too_many_arguments)]
    fn mount_annex(
        base: &str,
        root: &Element,
        address: &str,
        origins: Option<String>,
        query: &str,
        lang: &str,
        embedded: bool,
        part: &str,
        value: &str,
        send: &js_sys::Function,
    ) -> js_sys::Promise;
    #[wasm_bindgen(js_name = exportAnnex)]
    fn export_annex(
        base: &str,
        address: &str,
        origins: Option<String>,
        query: &str,
        lang: &str,
        kind: &str,
    ) -> js_sys::Promise;
    #[wasm_bindgen(js_name = styleAnnex)]
    fn style_annex(base: &str, root: &Element) -> js_sys::Promise;
    #[wasm_bindgen(js_name = updateAnnex)]
    fn update_annex(handle: &JsValue, query: &str, lang: &str);
    #[wasm_bindgen(js_name = unmountAnnex)]
    fn unmount_annex(handle: &JsValue);
}

/// Starts fetching the on-demand module (a tab about to be chosen, a view whose dataset is
/// still loading), so that opening the view waits for one download, not two in a row.
pub fn preload() {
    if in_process().is_none() {
        let _ = load_annex(&crate::ui::browser::bundle_base());
    }
}

/// The module's handle, as its JS class.
struct InModule {
    handle: JsValue,
    // Lives as long as the view: the module calls it for every message.
    _send: Closure<dyn Fn(String, String)>,
}

impl Mounted for InModule {
    fn update(&mut self, query: &str, lang: Lang) {
        update_annex(&self.handle, query, lang.code());
    }

    fn unmount(self: Box<Self>) {
        unmount_annex(&self.handle);
    }
}

/// What a failed promise of the module says.
fn reason(e: &JsValue) -> String {
    e.as_string().or_else(|| js_sys::JSON::stringify(e).ok().map(String::from)).unwrap_or_default()
}

/// Offers the view's data as a file, written by the on-demand module; returns what the status
/// line should say.
pub async fn export(data: Data, query: String, lang: Lang, kind: Export) -> String {
    let done = match (in_process(), data) {
        (Some(entries), data) => {
            (entries.export)(Config { part: Part::View, data, query, lang, embedded: false }, kind).await
        }
        (None, Data::Address { address, origins }) => {
            let base = crate::ui::browser::bundle_base();
            let promise = export_annex(&base, &address, origins.map(|o| o.join(" ")), &query, lang.code(), kind.id());
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(said) => Ok(said.as_string().unwrap_or_default()),
                Err(e) => Err(reason(&e)),
            }
        }
        (None, Data::Loaded(_)) => Err("no dataset address".into()),
    };
    done.unwrap_or_else(|why| crate::i18n::t(lang, Key::ViewFailed, &[("reason", &why)]))
}

async fn mount(root: Element, config: Config, send: Send) -> Result<Box<dyn Mounted>, String> {
    if let Some(entries) = in_process() {
        // The full module has the views; their stylesheet is the on-demand module's.
        let _ = wasm_bindgen_futures::JsFuture::from(style_annex(&crate::ui::browser::bundle_base(), &root)).await;
        return (entries.mount)(root, config, send).await;
    }
    let Data::Address { address, origins } = config.data else {
        return Err("no dataset address".into());
    };
    let send = Closure::<dyn Fn(String, String)>::new(move |kind: String, value: String| {
        if let Some(message) = Message::from_parts(&kind, value) {
            send(message);
        }
    });
    let base = crate::ui::browser::bundle_base();
    let (part, value) = config.part.to_parts();
    let promise = mount_annex(
        &base,
        &root,
        &address,
        origins.map(|o| o.join(" ")),
        &config.query,
        config.lang.code(),
        config.embedded,
        part,
        &value,
        send.as_ref().unchecked_ref(),
    );
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(handle) => Ok(Box::new(InModule { handle, _send: send })),
        Err(e) => Err(reason(&e)),
    }
}

#[derive(Properties, PartialEq)]
pub struct AnnexHostProps {
    /// What the module draws here: the view, or the embed dialog.
    #[prop_or(Part::View)]
    pub part: Part,
    pub dataset: Rc<Dataset>,
    /// Where the dataset came from, for the module to read it again.
    pub address: String,
    pub origins: Option<Vec<String>>,
    pub view: ViewState,
    pub lang: Lang,
    pub embedded: bool,
    /// What the module reports (`query::Message`), taken up after its call returns.
    pub on_message: Callback<Message>,
    /// Called once what the module draws is there (for a printout, also when it cannot be).
    #[prop_or_default]
    pub on_ready: Callback<()>,
}

enum Status {
    Loading,
    Ready,
    Failed(String),
}

#[function_component(AnnexHost)]
pub fn annex_host(props: &AnnexHostProps) -> Html {
    let node = use_node_ref();
    let status = use_state(|| Status::Loading);
    let mounted = use_mut_ref(|| None::<Box<dyn Mounted>>);
    // What the view is now, for a module that finishes loading after it changed.
    let latest = use_mut_ref(|| (String::new(), props.lang));
    *latest.borrow_mut() = (crate::url::encode(&props.view), props.lang);
    {
        let (node, status, mounted, latest) = (node.clone(), status.clone(), mounted.clone(), latest.clone());
        let (on_message, on_ready) = (props.on_message.clone(), props.on_ready.clone());
        // The page may hold only the outline, which has no reports: the module reads the whole.
        let data = if in_process().is_some() && !props.dataset.is_outline() {
            Data::Loaded(Rc::clone(&props.dataset))
        } else {
            Data::Address { address: props.address.clone(), origins: props.origins.clone() }
        };
        let (embedded, part) = (props.embedded, props.part.clone());
        let printing = part == Part::Print;
        use_effect_with((), move |_| {
            let alive = Rc::new(Cell::new(true));
            // Taken up after the module's call returns: a message sent while it renders must not
            // reach back into it (its update, from the page's next render) before it is done.
            let send: Send = Rc::new(move |message| {
                let on_message = on_message.clone();
                wasm_bindgen_futures::spawn_local(async move { on_message.emit(message) });
            });
            if let Some(root) = node.cast::<Element>() {
                let (query, lang) = latest.borrow().clone();
                let config = Config { part, data, query, lang, embedded };
                let (alive, mounted) = (Rc::clone(&alive), Rc::clone(&mounted));
                wasm_bindgen_futures::spawn_local(async move {
                    match mount(root, config, send).await {
                        // Taken down before it arrived: it never shows.
                        Ok(view) if !alive.get() => view.unmount(),
                        Ok(mut view) => {
                            let (query, lang) = latest.borrow().clone();
                            view.update(&query, lang);
                            *mounted.borrow_mut() = Some(view);
                            status.set(Status::Ready);
                            on_ready.emit(());
                        }
                        Err(why) if alive.get() => {
                            // A printout asked for is printed without its sources rather than
                            // never.
                            if printing {
                                on_ready.emit(());
                            }
                            status.set(Status::Failed(why));
                        }
                        Err(_) => {}
                    }
                });
            }
            move || {
                alive.set(false);
                if let Some(view) = mounted.borrow_mut().take() {
                    view.unmount();
                }
            }
        });
    }
    {
        let mounted = mounted.clone();
        use_effect_with(latest.borrow().clone(), move |(query, lang)| {
            if let Some(view) = mounted.borrow_mut().as_mut() {
                view.update(query, *lang);
            }
        });
    }
    let lang = props.lang;
    if props.part == Part::Print {
        // Nothing on screen: what is printed comes when it comes (a printout asked for by the
        // print button waits for it).
        return html! { <div class="st-annex" ref={node}></div> };
    }
    // The reports open over the view: until their dialog shows, a note that they are coming (or
    // why not, with a way to put it away) floats where the reader can see it.
    let reports = matches!(props.part, Part::Reports(_));
    let (loading, class) = if reports { (Key::LoadingReports, "st-toast") } else { (Key::LoadingView, "") };
    let dismiss = {
        let on_message = props.on_message.clone();
        Callback::from(move |_| on_message.emit(Message::Closed))
    };
    html! {
        <div class="st-annex">
            { match &*status {
                Status::Loading => html! { <p class={classes!("st-loading", class)} role="status">{ tx(lang, loading) }</p> },
                Status::Failed(why) => html! {
                    <div class={classes!("st-error", class)} role="alert">
                        <p>{ t_isolated(lang, Key::ViewFailed, &[("reason", why)]) }</p>
                        if reports {
                            <button type="button" class="st-button" onclick={dismiss}>{ tx(lang, Key::Close) }</button>
                        }
                    </div>
                },
                Status::Ready => html! {},
            } }
            <div ref={node}></div>
        </div>
    }
}
