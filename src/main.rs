//! The page's module, which a page opening on the table loads. In the browser: mount on our own
//! page (`#stances`), or, when `embed.js` loaded us, into every `[data-stances]` element of the
//! host page; the other views come from the on-demand module (src/annex.rs) when they open.
//! A page opening on another view loads the full module (src/full.rs) instead. Natively there
//! is nothing to run; `cargo test` covers the core.

include!("page_exports.rs");

#[cfg(target_arch = "wasm32")]
fn main() {
    stances::ui::start();
}
