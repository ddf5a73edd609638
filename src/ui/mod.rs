//! Yew components: they render view state and dispatch [`crate::query::Action`]s; every rule
//! they follow lives in `query`, `url` or `model`.
//!
//! One folder per view (`table`, `compare`, `timeline`, `map`, `sources`, `share`), the pieces several
//! views use in `parts`, the widget around the views (loading, mounting, settings, the reducer)
//! in `shell`, and the browser's APIs (address bar, fetching) in `browser`.

pub mod annex;
pub(crate) mod articles;
pub(crate) mod browser;
pub(crate) mod compare;
pub(crate) mod map;
pub(crate) mod parts;
pub(crate) mod share;
pub(crate) mod shell;
pub(crate) mod sources;
pub(crate) mod table;
pub(crate) mod timeline;

pub use browser::fetch::{FetchFailure, LoadError};
pub use map::provide_geometry;
pub use parts::bridge;
pub use parts::{Subject, ViewProps};
pub use shell::app::{App, AppProps};
pub use shell::dataset::Foreign;
pub use shell::error_panel::{ErrorPanel, ErrorPanelProps};
pub use shell::host::Host;
pub use shell::mount::{is_script_embed, mount_embeds, mount_page, start};
pub use shell::panic::install_hook;
pub use shell::store::Store;
pub use shell::widget::{Widget, WidgetProps};
pub use table::TableView;
