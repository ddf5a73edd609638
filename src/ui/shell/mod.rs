//! The widget around the views: loading the dataset, mounting on a page or a host's element,
//! the reducer that owns the view state, settings, tabs, notices and failure panels.

pub(crate) mod annex_host;
pub(crate) mod app;
pub(crate) mod dataset;
pub(crate) mod error_panel;
pub(crate) mod frame;
pub(crate) mod host;
pub(crate) mod mount;
pub(crate) mod notices;
pub(crate) mod panic;
pub(crate) mod settings;
pub(crate) mod store;
pub(crate) mod view_tabs;
pub(crate) mod widget;
