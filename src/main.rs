//! Entry point. In the browser: mount on our own page (`#stances`), or, when `embed.js` loaded
//! us, into every `[data-stances]` element of the host page. Natively there is nothing to run;
//! `cargo test` covers the core.

/// Talc in place of the standard library's dlmalloc: smaller, and as fast for our allocations.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the wasm build is single-threaded, which is what `new_global` requires.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

#[cfg(target_arch = "wasm32")]
fn main() {
    stances::ui::install_hook();
    if stances::ui::is_script_embed() {
        stances::ui::mount_embeds();
    } else {
        stances::ui::mount_page();
    }
}

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
