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

/// Where a widget's dataset is read from and the origins it may come from: the bundled one, or
/// the `data=` address the loader accepted (as `app` asks for it, so a second request for it,
/// from the on-demand module, is the same download).
pub fn dataset_request(data: Option<&str>, script_embed: bool) -> (String, Option<Vec<String>>) {
    use crate::ui::browser::{dataset_origins, dataset_url, fetch::own_origin};
    match data {
        None => {
            let address = bundled_address();
            let origins = own_origin(&address);
            (address, origins)
        }
        Some(requested) => {
            let origins = dataset_origins(script_embed);
            (dataset_url(requested, origins.as_deref()).unwrap_or_default(), origins)
        }
    }
}

/// A dataset that is not the bundled one, named so that nobody can pass it off as ours.
#[derive(Clone, Debug, PartialEq)]
pub struct Foreign {
    pub name: String,
    pub address: String,
}

/// The map's world geometry, fetched when the map first opens (see `ui::map`).
pub fn map_geometry_address() -> String {
    format!("{}data/world-map.txt", bundle_base())
}
