//! Fetching a dataset, with a distinct, explainable failure for each way it can go wrong.

use crate::model::{load, load_outline, Dataset, DatasetError, Fault, MAX_BYTES};
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
    let text =
        JsFuture::from(body).await.ok().and_then(|t| t.as_string()).ok_or_else(|| fail(FetchFailure::Unreadable))?;
    read(&text).map_err(|e| LoadError::Invalid { address: address.to_owned(), faults: e.faults })
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
