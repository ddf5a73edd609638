//! Fetching a dataset, with a distinct, explainable failure for each way it can go wrong.

use crate::model::{decode_text, load, load_outline, Dataset, DatasetError, Fault, Lang, MAX_BYTES};
use std::cell::RefCell;
use std::rc::Rc;
use std::task::{Poll, Waker};
use wasm_bindgen_futures::JsFuture;

/// How long a dataset's server may take to answer before the widget stops waiting and says so.
pub const TIMEOUT_SECONDS: u32 = 10;
/// How long the whole download may take, answer and body: a body that drips or never ends must
/// not hold "Loading…" on screen (and its bytes in memory) for good.
pub const DOWNLOAD_SECONDS: u32 = 20;

#[derive(Clone, Debug, PartialEq)]
pub enum FetchFailure {
    /// Unreachable, refused, or blocked by CORS: browsers do not tell these apart.
    Network,
    Timeout,
    /// The body did not arrive in full within [`DOWNLOAD_SECONDS`].
    TooSlow,
    Status(u16, String),
    ContentType(String),
    TooLarge,
    Unreadable,
    /// The server redirected to this origin, which the request could not have named itself.
    Redirected(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Unreachable { address: String, failure: FetchFailure },
    Invalid { address: String, faults: Vec<Fault> },
}

/// A dataset as loaded, with the address its bytes really came from (after any redirect), which
/// is what a foreign dataset's label must name.
pub type Loaded = Result<(Rc<Dataset>, String), LoadError>;

/// Loads a dataset, once per address on a page however many widgets ask for it: twenty embeds
/// of one dataset share one download and one parse. `origins` are those the bytes may come from
/// (`None`: any, for an address the host page's author wrote).
pub async fn fetch_dataset(address: &str, origins: Option<Vec<String>>) -> Loaded {
    fetch_and_read(address, origins, load).await
}

/// The bundled dataset's outline, written beside it at build time (see `Dataset::outline`).
pub async fn fetch_outline(address: &str) -> Loaded {
    fetch_and_read(address, own_origin(address), load_outline).await
}

/// The bundle's own files may come only from the origin they were asked of.
pub fn own_origin(address: &str) -> Option<Vec<String>> {
    // An address that does not parse matches no origin (an empty list would allow any).
    Some(vec![web_sys::Url::new(address).map(|u| u.origin()).unwrap_or_else(|_| "-".into())])
}

async fn fetch_and_read(
    address: &str,
    origins: Option<Vec<String>>,
    read: fn(&str) -> Result<Dataset, DatasetError>,
) -> Loaded {
    // A failure is not kept: a later widget (or a retry) asks again.
    let key = format!("{address} {}", origins.as_ref().map_or_else(|| "*".to_owned(), |o| o.join(" ")));
    let address = address.to_owned();
    once_per_page(key, || async move {
        let (bytes, from) = fetch_bytes(&address, origins.as_deref()).await?;
        let invalid = |e: DatasetError| LoadError::Invalid { address: from.clone(), faults: e.faults };
        let dataset = decode_text(&bytes).and_then(read).map_err(invalid)?;
        Ok((Rc::new(dataset), from))
    })
    .await
}

/// Makes `lang`'s interface text available, fetching its table once per page (widgets asking
/// together share the download); on any failure the interface stays in English, which is said
/// in the console for the page's author.
pub async fn ensure_lang(lang: Lang) {
    if crate::i18n::is_ready(lang) {
        return;
    }
    let address = format!("{}i18n/{}.json", crate::ui::browser::bundle_base(), lang.code());
    let table = match fetch_bytes(&address, own_origin(&address).as_deref()).await {
        Ok((bytes, _)) => {
            decode_text(&bytes).map_err(|e| e.to_string()).and_then(|json| crate::i18n::table::parse_table(lang, json))
        }
        // In English: this is for the page's author, in the console.
        Err(e) => Err(crate::ui::shell::error_panel::load_error_text(&e, Lang::En)),
    };
    match table {
        // Another widget may have installed it first.
        Ok(texts) if !crate::i18n::is_ready(lang) => crate::i18n::table::install(lang, texts),
        Ok(_) => {}
        Err(why) => web_sys::console::warn_1(&format!("stances: {address}: {why}; showing English").into()),
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/www/download.js")]
extern "C" {
    /// The download itself (see `www/download.js`), one per address on the page.
    fn download(url: &str, origins: &str, max: usize, answer_ms: u32, total_ms: u32) -> js_sys::Promise;
}

/// A file of the bundle as text (the map's geometry), bounded like every download and only
/// from the bundle's own origin.
pub async fn fetch_text(address: &str) -> Result<String, LoadError> {
    let (bytes, from) = fetch_bytes(address, own_origin(address).as_deref()).await?;
    decode_text(&bytes).map(str::to_owned).map_err(|e| LoadError::Invalid { address: from, faults: e.faults })
}

/// Starts downloading a file of the bundle that a view about to open will ask for (the map's
/// geometry while its module and the dataset load): the view's own request then finds it
/// arriving or arrived (`www/download.js` holds one download per address for the page).
pub fn prefetch(address: &str) {
    let origins = own_origin(address).map(|o| o.join(" ")).unwrap_or_default();
    let _ = download(address, &origins, MAX_BYTES, TIMEOUT_SECONDS * 1000, DOWNLOAD_SECONDS * 1000);
}

/// The body's bytes and the address they came from, or why not. The whole download is bounded:
/// the answer within [`TIMEOUT_SECONDS`], all of it within [`DOWNLOAD_SECONDS`], and at most
/// [`MAX_BYTES`] counted as they arrive; and the answer must come from one of `origins` (`None`:
/// any), after redirects: a redirect on an allowed site must not pass off another site's file.
async fn fetch_bytes(address: &str, origins: Option<&[String]>) -> Result<(Vec<u8>, String), LoadError> {
    let origins = origins.map(|o| o.join(" ")).unwrap_or_default();
    let promise = download(address, &origins, MAX_BYTES, TIMEOUT_SECONDS * 1000, DOWNLOAD_SECONDS * 1000);
    let field = |v: &wasm_bindgen::JsValue, k: wasm_bindgen::JsValue| js_sys::Reflect::get(v, &k).unwrap_or_default();
    match JsFuture::from(promise).await {
        Ok(done) => {
            let bytes = js_sys::Uint8Array::new(&field(&done, "bytes".into())).to_vec();
            Ok((bytes, field(&done, "url".into()).as_string().unwrap_or_else(|| address.to_owned())))
        }
        Err(why) => {
            let text = |i: u32| field(&why, i.into()).as_string().unwrap_or_default();
            let failure = match text(0).as_str() {
                "timeout" => FetchFailure::Timeout,
                "slow" => FetchFailure::TooSlow,
                "redirect" => FetchFailure::Redirected(text(1)),
                "status" => FetchFailure::Status(field(&why, 1.into()).as_f64().unwrap_or(0.0) as u16, text(2)),
                "type" => FetchFailure::ContentType(text(1)),
                "large" => FetchFailure::TooLarge,
                "unreadable" => FetchFailure::Unreadable,
                _ => FetchFailure::Network,
            };
            Err(LoadError::Unreachable { address: address.to_owned(), failure })
        }
    }
}

thread_local! {
    /// Dataset loads in progress or done on this page, by address and origins.
    static LOADS: RefCell<Vec<(String, Rc<RefCell<Slot>>)>> = const { RefCell::new(Vec::new()) };
}

#[derive(Default)]
struct Slot {
    value: Option<Loaded>,
    waiting: Vec<Waker>,
}

/// The result of `make()`, computed once per page for `key`: callers that come while it runs
/// wait for it, later ones get it at once. A failure is handed to those waiting, then
/// forgotten, so the next caller tries again.
async fn once_per_page<F: std::future::Future<Output = Loaded>>(key: String, make: impl FnOnce() -> F) -> Loaded {
    let found = LOADS.with(|loads| loads.borrow().iter().find(|(k, _)| *k == key).map(|(_, slot)| Rc::clone(slot)));
    if let Some(slot) = found {
        return std::future::poll_fn(|cx| {
            let mut slot = slot.borrow_mut();
            match &slot.value {
                Some(value) => Poll::Ready(value.clone()),
                None => {
                    slot.waiting.push(cx.waker().clone());
                    Poll::Pending
                }
            }
        })
        .await;
    }
    let slot = Rc::new(RefCell::new(Slot::default()));
    LOADS.with(|loads| loads.borrow_mut().push((key.clone(), Rc::clone(&slot))));
    let value = make().await;
    if value.is_err() {
        LOADS.with(|loads| loads.borrow_mut().retain(|(k, _)| *k != key));
    }
    let waiting = {
        let mut slot = slot.borrow_mut();
        slot.value = Some(value.clone());
        std::mem::take(&mut slot.waiting)
    };
    waiting.into_iter().for_each(Waker::wake);
    value
}

/// Both results, the two futures making progress together.
pub async fn both<A, B>(a: impl std::future::Future<Output = A>, b: impl std::future::Future<Output = B>) -> (A, B) {
    use std::pin::pin;
    let (mut a, mut b) = (pin!(a), pin!(b));
    let (mut done_a, mut done_b) = (None, None);
    std::future::poll_fn(move |cx| {
        if done_a.is_none() {
            if let Poll::Ready(v) = a.as_mut().poll(cx) {
                done_a = Some(v);
            }
        }
        if done_b.is_none() {
            if let Poll::Ready(v) = b.as_mut().poll(cx) {
                done_b = Some(v);
            }
        }
        match (done_a.is_some(), done_b.is_some()) {
            (true, true) => Poll::Ready((done_a.take().expect("ready"), done_b.take().expect("ready"))),
            _ => Poll::Pending,
        }
    })
    .await
}
