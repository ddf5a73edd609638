//! stances: compare where actors stand in a negotiation, with a source behind every claim.
//!
//! Layers, each depending only on those above it: [`model`] (the dataset), [`query`] (view
//! state and everything derived from it), [`url`] (view state as a query string), and `ui`
//! (yew components, compiled for the browser only).

pub mod fold;
pub mod i18n;
pub mod model;
pub mod order;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod query;
#[cfg(not(target_arch = "wasm32"))]
pub mod stress;
#[cfg(not(target_arch = "wasm32"))]
pub mod tabular;
pub mod url;

#[cfg(target_arch = "wasm32")]
pub mod ui;
