//! Yew components: they render view state and dispatch [`crate::query::Action`]s; every rule
//! they follow lives in `query`, `url` or `model`.

mod app;
mod browser;
mod error_panel;
mod filters;
mod notices;
mod store;
mod table_view;
mod widget;

pub use app::{App, AppProps};
pub use error_panel::{ErrorPanel, ErrorPanelProps, LoadError};
pub use store::Store;
pub use table_view::{TableView, TableViewProps};
pub use widget::{Widget, WidgetProps};
