//! Writes the benchmark's stress dataset: `cargo run --release --bin stances-stress -- OUT.json`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: stances-stress OUT.json");
        std::process::exit(2);
    };
    let text = stances::stress::stress_dataset().to_string();
    if let Err(e) = std::fs::write(&out, &text) {
        eprintln!("stances-stress: cannot write {out}: {e}");
        std::process::exit(1);
    }
    println!("wrote {out}: {} bytes", text.len());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
