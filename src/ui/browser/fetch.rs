//! Fetching a dataset, with a distinct, explainable failure for each way it can go wrong.

use crate::model::{decode_text, load, load_outline, Dataset, DatasetError, Fault, Lang, MAX_BYTES};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use std::task::{Poll, Waker};
use std::time::Duration;
use wasm_bindgen::JsCast;
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

/// A dataset is JSON; `text/plain` is allowed too, as raw file hosts serve JSON that way.
fn acceptable_type(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence.is_empty() || essence.ends_with("json") || essence == "text/plain"
}

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
    Some(web_sys::Url::new(address).map(|u| vec![u.origin()]).unwrap_or_default())
}

async fn fetch_and_read(
    address: &str,
    origins: Option<Vec<String>>,
    read: fn(&str) -> Result<Dataset, DatasetError>,
) -> Loaded {
    // A failure is not kept: a later widget (or a retry) asks again.
    let key = format!("{address} {origins:?}");
    let address = address.to_owned();
    once_per_page(key, Result::is_ok, || async move {
        let (bytes, from) = fetch_bytes(&address, origins.as_deref()).await?;
        let invalid = |e: DatasetError| LoadError::Invalid { address: from.clone(), faults: e.faults };
        let dataset = decode_text(&bytes).and_then(read).map_err(invalid)?;
        Ok((Rc::new(dataset), from))
    })
    .await
}

/// Makes `lang`'s interface text available, fetching its table once per page; on any failure
/// the interface stays in English, which is said in the console for the page's author.
pub async fn ensure_lang(lang: Lang) {
    if crate::i18n::is_ready(lang) {
        return;
    }
    let address = format!("{}i18n/{}.json", crate::ui::browser::bundle_base(), lang.code());
    once_per_page(
        address.clone(),
        |_| true,
        || async move {
            let table = match fetch_bytes(&address, own_origin(&address).as_deref()).await {
                Ok((bytes, _)) => decode_text(&bytes)
                    .map_err(|e| format!("{:?}", e.faults))
                    .and_then(|json| crate::i18n::table::parse_table(lang, json)),
                Err(e) => Err(format!("{e:?}")),
            };
            match table {
                Ok(texts) if !crate::i18n::is_ready(lang) => crate::i18n::table::install(lang, texts),
                Ok(_) => {}
                Err(why) => web_sys::console::warn_1(&format!("stances: {address}: {why}; showing English").into()),
            }
        },
    )
    .await
}

/// A file of the bundle as text (the map's geometry), bounded like every download and only
/// from the bundle's own origin.
pub async fn fetch_text(address: &str) -> Result<String, LoadError> {
    let (bytes, from) = fetch_bytes(address, own_origin(address).as_deref()).await?;
    decode_text(&bytes).map(str::to_owned).map_err(|e| LoadError::Invalid { address: from, faults: e.faults })
}

/// The body's bytes and the address they came from, or why not. The whole download is bounded:
/// the answer within [`TIMEOUT_SECONDS`], all of it within [`DOWNLOAD_SECONDS`], and at most
/// [`MAX_BYTES`] counted as they arrive (after decompression, so a small compressed body that
/// inflates past the cap stops at the cap; a Content-Length is not trusted).
async fn fetch_bytes(address: &str, origins: Option<&[String]>) -> Result<(Vec<u8>, String), LoadError> {
    let fail = |failure| LoadError::Unreachable { address: address.to_owned(), failure };
    let window = web_sys::window().ok_or_else(|| fail(FetchFailure::Network))?;
    let controller = web_sys::AbortController::new().map_err(|_| fail(FetchFailure::Network))?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let request = JsFuture::from(window.fetch_with_str_and_init(address, &init));
    let mut deadline = std::pin::pin!(sleep(DOWNLOAD_SECONDS));
    let answer = first_of(request, sleep(TIMEOUT_SECONDS)).await;
    let response: web_sys::Response = match answer {
        Some(Ok(response)) => response.dyn_into().map_err(|_| fail(FetchFailure::Network))?,
        Some(Err(_)) => return Err(fail(FetchFailure::Network)),
        None => {
            controller.abort();
            return Err(fail(FetchFailure::Timeout));
        }
    };
    let download = async {
        // Where the bytes come from, not where they were asked for: a redirect on an allowed
        // site must not pass off another site's file.
        let from = response.url();
        let origin = web_sys::Url::new(&from).map(|u| u.origin()).unwrap_or_default();
        if origins.is_some_and(|allowed| !allowed.contains(&origin)) {
            return Err(FetchFailure::Redirected(origin));
        }
        if !response.ok() {
            return Err(FetchFailure::Status(response.status(), response.status_text()));
        }
        let header = |name: &str| response.headers().get(name).ok().flatten();
        let content_type = header("content-type").unwrap_or_default();
        if !acceptable_type(&content_type) {
            return Err(FetchFailure::ContentType(content_type));
        }
        if header("content-length").and_then(|l| l.parse::<usize>().ok()).is_some_and(|l| l > MAX_BYTES) {
            return Err(FetchFailure::TooLarge);
        }
        read_body(&response).await.map(|bytes| (bytes, from))
    };
    let result = match first_of(download, deadline.as_mut()).await {
        Some(result) => result,
        None => Err(FetchFailure::TooSlow),
    };
    if result.is_err() {
        // Stops the download, whatever state it is in.
        controller.abort();
    }
    result.map_err(fail)
}

/// The body, chunk by chunk, until it ends or passes [`MAX_BYTES`].
async fn read_body(response: &web_sys::Response) -> Result<Vec<u8>, FetchFailure> {
    let Some(stream) = response.body() else { return Ok(Vec::new()) };
    let reader: web_sys::ReadableStreamDefaultReader =
        stream.get_reader().dyn_into().map_err(|_| FetchFailure::Unreadable)?;
    let mut bytes = Vec::new();
    loop {
        let step = JsFuture::from(reader.read()).await.map_err(|_| FetchFailure::Unreadable)?;
        let field = |name: &str| js_sys::Reflect::get(&step, &name.into()).unwrap_or_default();
        if field("done").is_truthy() {
            return Ok(bytes);
        }
        let chunk: js_sys::Uint8Array = field("value").dyn_into().map_err(|_| FetchFailure::Unreadable)?;
        let start = bytes.len();
        let end = start + chunk.length() as usize;
        if end > MAX_BYTES {
            return Err(FetchFailure::TooLarge);
        }
        bytes.resize(end, 0);
        chunk.copy_to(&mut bytes[start..]);
    }
}

fn sleep(seconds: u32) -> impl std::future::Future<Output = ()> {
    yew::platform::time::sleep(Duration::from_secs(seconds.into()))
}

thread_local! {
    /// Loads in progress or done on this page, by key, each a `Slot<T>`.
    static SHARED: RefCell<Vec<(String, Rc<dyn Any>)>> = const { RefCell::new(Vec::new()) };
}

struct Slot<T> {
    value: Option<T>,
    waiting: Vec<Waker>,
}

/// The value of `make()`, computed once per page for `key`: callers that come while it runs wait
/// for it, later ones get it at once. A value `keep` refuses is handed to those waiting, then
/// forgotten, so the next caller tries again.
async fn once_per_page<T: Clone + 'static, F: std::future::Future<Output = T>>(
    key: String,
    keep: fn(&T) -> bool,
    make: impl FnOnce() -> F,
) -> T {
    let found = SHARED.with(|shared| {
        let shared = shared.borrow();
        let (_, slot) = shared.iter().find(|(k, _)| *k == key)?;
        Rc::clone(slot).downcast::<RefCell<Slot<T>>>().ok()
    });
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
    let slot = Rc::new(RefCell::new(Slot::<T> { value: None, waiting: Vec::new() }));
    SHARED.with(|shared| shared.borrow_mut().push((key.clone(), Rc::clone(&slot) as Rc<dyn Any>)));
    let value = make().await;
    if !keep(&value) {
        SHARED.with(|shared| shared.borrow_mut().retain(|(k, _)| *k != key));
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
    use std::task::Poll;
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

/// The first of a request and a timer: `None` when the timer won.
async fn first_of<T>(
    work: impl std::future::Future<Output = T>,
    timer: impl std::future::Future<Output = ()>,
) -> Option<T> {
    use std::pin::pin;
    use std::task::Poll;
    let mut work = pin!(work);
    let mut timer = pin!(timer);
    std::future::poll_fn(move |cx| {
        if let Poll::Ready(v) = work.as_mut().poll(cx) {
            return Poll::Ready(Some(v));
        }
        if timer.as_mut().poll(cx).is_ready() {
            return Poll::Ready(None);
        }
        Poll::Pending
    })
    .await
}
