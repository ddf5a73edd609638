//! Yew components: they render view state and dispatch [`crate::query::Action`]s; every rule
//! they follow lives in `query`, `url` or `model`.

mod actor_picker;
mod app;
mod browser;
mod changes;
mod compare_view;
mod error_panel;
mod fetch;
mod filters;
mod frame;
mod host;
mod matrix;
mod mount;
mod notices;
mod panic;
mod parts;
mod settings;
mod share;
mod sources_panel;
mod sources_view;
mod store;
mod summary_text;
mod table_view;
mod timeline_view;
mod view_tabs;
mod widget;

pub use app::{App, AppProps, Foreign};
pub use error_panel::{ErrorPanel, ErrorPanelProps};
pub use fetch::{FetchFailure, LoadError};
pub use host::Host;
pub use mount::{is_script_embed, mount_embeds, mount_page};
pub use panic::install_hook;
pub use parts::{Subject, ViewProps};
pub use store::Store;
pub use table_view::TableView;
pub use widget::{Widget, WidgetProps};
