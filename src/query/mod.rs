//! View state and everything derived from it and the dataset: pure functions, no browser.

mod action;
mod reconcile;
mod table;
mod view;

pub use action::Action;
pub use reconcile::{find_actor, normalise_topics};
pub use table::{stance_at, table, Cell, Held, Row, TableModel};
pub use view::{canonical, Notice, Sort, StanceFilter, Theme, View, ViewState};
