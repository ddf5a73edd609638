// Included by both modules that start a page (src/main.rs, src/full.rs): the allocator, and what
// they export to JS. Not a module of the library: exports there would land in the on-demand
// module too, pulling the page's code in with them.

/// Talc in place of the standard library's dlmalloc: smaller, and as fast for our allocations.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the wasm build is single-threaded, which is what `new_global` requires.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// Mounts every `[data-stances]` element not mounted yet: `embed.js` calls it for elements a page
/// adds after it ran (a single-page app rendering late), and pages may call it too.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn stances_mount() {
    stances::ui::mount_embeds();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("stances runs in the browser: `make serve`, then open http://127.0.0.1:8080");
}

/// Test builds only (`--features test-hooks`): panics on purpose, so that end-to-end tests can
/// check what a reader sees when the widget fails.
#[cfg(all(target_arch = "wasm32", feature = "test-hooks"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn stances_debug_panic(message: &str) {
    panic!("debug panic requested: {message}");
}
