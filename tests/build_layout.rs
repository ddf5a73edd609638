//! How the build lays out its outputs: `make serve` (whose build carries Trunk's live-reload
//! client) never writes into `dist/`, the release bundle `make dist` builds.

#![cfg(not(target_arch = "wasm32"))]

/// The commands of a Makefile target, up to the next blank line.
fn recipe(makefile: &str, target: &str) -> String {
    let start = makefile.find(&format!("\n{target}:")).unwrap_or_else(|| panic!("no target {target}"));
    makefile[start + 1..].split("\n\n").next().unwrap_or_default().to_owned()
}

#[test]
fn make_serve_builds_apart_from_the_release_bundle() {
    let makefile = std::fs::read_to_string("Makefile").unwrap();
    let serve = recipe(&makefile, "serve");
    assert!(serve.contains("trunk serve") && serve.contains("--dist dist-serve"), "{serve}");
    assert!(!recipe(&makefile, "dist").contains("dist-serve"));
    let ignored = std::fs::read_to_string(".gitignore").unwrap();
    assert!(ignored.lines().any(|l| l == "/dist-serve"), "dist-serve/ is not committed");
}
