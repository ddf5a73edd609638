//! How the page's module reaches the on-demand module (`ui::annex`): what a mounted view is
//! given, and the handle it returns. In the page these cross a JS boundary (`ui::shell::annex_host`);
//! the browser tests run both in one instance ([`register_in_process`]), where the dataset is
//! handed over instead of downloaded again.

use crate::model::{Dataset, Lang};
use crate::query::Message;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use web_sys::Element;

/// Where the on-demand module finds the dataset the page shows.
#[derive(Clone)]
pub enum Data {
    /// Downloaded again by address and allowed origins: `www/download.js` holds one download
    /// per address for the whole page, so this costs a parse, not the network.
    Address { address: String, origins: Option<Vec<String>> },
    /// The same instance (browser tests): the dataset itself.
    Loaded(Rc<Dataset>),
}

/// Everything a mounted view needs besides its element.
#[derive(Clone)]
pub struct Config {
    pub data: Data,
    pub query: String,
    pub lang: Lang,
    pub embedded: bool,
}

/// A view the on-demand module has mounted.
pub trait Mounted {
    /// The page's view or language changed.
    fn update(&mut self, query: &str, lang: Lang);
    /// Takes the view down (the reader switched to one the page draws itself).
    fn unmount(self: Box<Self>);
}

pub type Send = Rc<dyn Fn(Message)>;
pub type Mounting = Pin<Box<dyn Future<Output = Result<Box<dyn Mounted>, String>>>>;
pub type Mount = fn(Element, Config, Send) -> Mounting;

thread_local! {
    static IN_PROCESS: Cell<Option<Mount>> = const { Cell::new(None) };
}

/// Makes this instance mount the on-demand views itself instead of loading the module (the
/// browser tests, which are one wasm). The page's build never calls it, so never links them.
pub fn register_in_process(mount: Mount) {
    IN_PROCESS.with(|m| m.set(Some(mount)));
}

pub fn in_process() -> Option<Mount> {
    IN_PROCESS.with(Cell::get)
}
