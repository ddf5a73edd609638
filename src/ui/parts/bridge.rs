//! How the page's module reaches the on-demand module (`ui::annex`): what a mounted view is
//! given, and the handle it returns. In the page these cross a JS boundary (`ui::shell::annex_host`);
//! the browser tests run both in one instance ([`register_in_process`]), where the dataset is
//! handed over instead of downloaded again.

use crate::model::{Dataset, Lang};
use crate::query::{Message, Subject};
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

/// What the module draws into the element it is given.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// The view the query names (`View::on_demand`).
    View,
    /// The embed dialog for the query's view, its iframe titled so at first.
    Embed { title: String },
    /// The reports behind a position or an event, in a dialog.
    Reports(Subject),
    /// The list a printout of the view ends with: every source behind what it shows.
    Print,
}

impl Part {
    /// As the two strings that cross to the module.
    pub fn to_parts(&self) -> (&'static str, String) {
        match self {
            Part::View => ("view", String::new()),
            Part::Embed { title } => ("embed", title.clone()),
            Part::Reports(subject) => subject.to_parts(),
            Part::Print => ("print", String::new()),
        }
    }

    pub fn from_parts(kind: &str, value: String) -> Part {
        match kind {
            "embed" => Part::Embed { title: value },
            "print" => Part::Print,
            _ => Subject::from_parts(kind, value).map_or(Part::View, Part::Reports),
        }
    }
}

/// Everything a mounted view needs besides its element.
#[derive(Clone)]
pub struct Config {
    pub part: Part,
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

/// A download of the view's data, written by the on-demand module (the export code is not in
/// the default page either).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Export {
    Csv,
    Json,
}

impl Export {
    pub fn id(self) -> &'static str {
        match self {
            Export::Csv => "csv",
            Export::Json => "json",
        }
    }

    pub fn parse(id: &str) -> Option<Export> {
        [Export::Csv, Export::Json].into_iter().find(|e| e.id() == id)
    }
}

pub type Send = Rc<dyn Fn(Message)>;
pub type Mounting = Pin<Box<dyn Future<Output = Result<Box<dyn Mounted>, String>>>>;
pub type Mount = fn(Element, Config, Send) -> Mounting;
/// What the status line says once the file is offered, or why it could not be.
pub type Exporting = Pin<Box<dyn Future<Output = Result<String, String>>>>;
pub type ExportFn = fn(Config, Export) -> Exporting;

/// The on-demand module's two entries, when it runs in this instance.
#[derive(Clone, Copy)]
pub struct InProcess {
    pub mount: Mount,
    pub export: ExportFn,
}

thread_local! {
    static IN_PROCESS: Cell<Option<InProcess>> = const { Cell::new(None) };
}

/// Makes this instance run the on-demand views and exports itself instead of loading the module
/// (the browser tests, which are one wasm). The page's build never calls it, so never links them.
pub fn register_in_process(entries: InProcess) {
    IN_PROCESS.with(|m| m.set(Some(entries)));
}

pub fn in_process() -> Option<InProcess> {
    IN_PROCESS.with(Cell::get)
}
