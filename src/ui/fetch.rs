//! Fetching a dataset, with a distinct, explainable failure for each way it can go wrong.

use crate::model::{load, load_outline, Dataset, DatasetError, Fault, Lang, MAX_BYTES};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How long a dataset may take before the widget stops waiting and says so.
pub const TIMEOUT_SECONDS: u32 = 10;

#[derive(Clone, Debug, PartialEq)]
pub enum FetchFailure {
    /// Unreachable, refused, or blocked by CORS: browsers do not tell these apart.
    Network,
    Timeout,
    Status(u16, String),
    ContentType(String),
    TooLarge,
    Unreadable,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Unreachable { address: String, failure: FetchFailure },
    Invalid { address: String, faults: Vec<Fault> },
}

/// A dataset is JSON; `text/plain` is allowed too, as raw file hosts serve JSON that way.
fn acceptable_type(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence.is_empty() || essence.ends_with("json") || essence == "text/plain"
}

pub async fn fetch_dataset(address: &str) -> Result<Dataset, LoadError> {
    fetch_and_read(address, load).await
}

/// The bundled dataset's outline, written beside it at build time (see `Dataset::outline`).
pub async fn fetch_outline(address: &str) -> Result<Dataset, LoadError> {
    fetch_and_read(address, load_outline).await
}

async fn fetch_and_read(address: &str, read: fn(&str) -> Result<Dataset, DatasetError>) -> Result<Dataset, LoadError> {
    let text = fetch_text(address).await?;
    read(&text).map_err(|e| LoadError::Invalid { address: address.to_owned(), faults: e.faults })
}

/// Makes `lang`'s interface text available, fetching its table once; on any failure the
/// interface stays in English, which is said in the console for the page's author.
pub async fn ensure_lang(lang: Lang) {
    if crate::i18n::is_ready(lang) {
        return;
    }
    let address = format!("{}i18n/{}.json", super::browser::bundle_base(), lang.code());
    let table = match fetch_text(&address).await {
        Ok(json) => crate::i18n::table::parse_table(lang, &json),
        // In English: this is for the page's author, in the console.
        Err(LoadError::Unreachable { failure, .. }) => Err(super::error_panel::failure_text(&failure, Lang::En)),
        Err(LoadError::Invalid { .. }) => Err("not a table".to_owned()),
    };
    match table {
        // Another call may have finished first.
        Ok(texts) if !crate::i18n::is_ready(lang) => crate::i18n::table::install(lang, texts),
        Ok(_) => {}
        Err(why) => web_sys::console::warn_1(&format!("stances: {address}: {why}; showing English").into()),
    }
}

async fn fetch_text(address: &str) -> Result<String, LoadError> {
    let fail = |failure| LoadError::Unreachable { address: address.to_owned(), failure };
    let window = web_sys::window().ok_or_else(|| fail(FetchFailure::Network))?;
    let controller = web_sys::AbortController::new().map_err(|_| fail(FetchFailure::Network))?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let request = JsFuture::from(window.fetch_with_str_and_init(address, &init));
    let timeout = yew::platform::time::sleep(Duration::from_secs(TIMEOUT_SECONDS.into()));
    let response: web_sys::Response = match first_of(request, timeout).await {
        Some(Ok(response)) => response.dyn_into().map_err(|_| fail(FetchFailure::Network))?,
        Some(Err(_)) => return Err(fail(FetchFailure::Network)),
        None => {
            controller.abort();
            return Err(fail(FetchFailure::Timeout));
        }
    };
    if !response.ok() {
        return Err(fail(FetchFailure::Status(response.status(), response.status_text())));
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let content_type = header("content-type").unwrap_or_default();
    if !acceptable_type(&content_type) {
        return Err(fail(FetchFailure::ContentType(content_type)));
    }
    if header("content-length").and_then(|l| l.parse::<usize>().ok()).is_some_and(|l| l > MAX_BYTES) {
        controller.abort();
        return Err(fail(FetchFailure::TooLarge));
    }
    let body = response.text().map_err(|_| fail(FetchFailure::Unreadable))?;
    JsFuture::from(body).await.ok().and_then(|t| t.as_string()).ok_or_else(|| fail(FetchFailure::Unreadable))
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
