//! Which dataset a widget shows: the bundled one, and where it lives, or a foreign one, named.
//! Both the loader (`app`) and the loaded widget need these, so they live apart from either.

use crate::model::Lang;
use crate::ui::browser::bundle_base;

pub const BUNDLED_DATA: &str = "data/un-cybercrime-convention.json";
/// What the first view needs of it in one language, written beside it at build time
/// (`Dataset::outline`).
pub fn bundled_outline(lang: Lang) -> String {
    format!("{}data/un-cybercrime-convention.outline.{}.json", bundle_base(), lang.code())
}

/// The bundled dataset's address, wherever this bundle is served from.
pub fn bundled_address() -> String {
    format!("{}{BUNDLED_DATA}", bundle_base())
}

/// The whole bundled dataset, from the bundle's own origin only.
pub async fn fetch_bundled() -> crate::ui::browser::fetch::Loaded {
    let address = bundled_address();
    crate::ui::browser::fetch::fetch_dataset(&address, crate::ui::browser::fetch::own_origin(&address)).await
}

/// A dataset that is not the bundled one, named so that nobody can pass it off as ours.
#[derive(Clone, Debug, PartialEq)]
pub struct Foreign {
    pub name: String,
    pub address: String,
}
