//! Where a widget lives, which decides where its view state is written: the page's address bar
//! (our own page, or our page inside an iframe), or its element's `data-*` attributes (a script
//! embed, which never touches the host page's URL).

use crate::query::ViewState;
use web_sys::Element;

#[derive(Clone, Debug, PartialEq)]
pub enum Host {
    /// `index.html` opened directly.
    Page,
    /// `index.html?embed=1` inside another page's iframe.
    Frame,
    /// Mounted by `embed.js` into a `[data-stances]` element of someone else's page.
    Script(Element),
}

impl Host {
    pub fn owns_address_bar(&self) -> bool {
        !matches!(self, Host::Script(_))
    }

    /// Keeps the view where this host keeps it.
    pub fn write(&self, view: &ViewState) {
        match self {
            Host::Page | Host::Frame => crate::ui::browser::replace_url(view),
            Host::Script(element) => write_attributes(element, view),
        }
    }
}

/// Replaces the contract's `data-*` attributes with the view's canonical ones.
fn write_attributes(element: &Element, view: &ViewState) {
    for name in crate::url::PARAMS {
        let attr = if name == "data" { "data-src".to_owned() } else { format!("data-{name}") };
        let _ = element.remove_attribute(&attr);
    }
    for (name, value) in crate::url::encode_pairs(view) {
        let attr = if name == "data" { "data-src".to_owned() } else { format!("data-{name}") };
        let _ = element.set_attribute(&attr, &value);
    }
}
