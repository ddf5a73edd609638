//! The full module: the page's module with every view in it, which a page or embed opening on a
//! view other than the table loads instead (index.html and www/embed.js choose). It would
//! otherwise need the page's module and the on-demand one, downloaded both; here the on-demand
//! views run in this instance, as in the browser tests.

include!("page_exports.rs");

#[cfg(target_arch = "wasm32")]
fn main() {
    stances::ui::annex::run_in_process();
    stances::ui::start();
}
