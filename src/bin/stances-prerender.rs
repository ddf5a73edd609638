//! Build step (a Trunk hook): writes the default view into a built `index.html` so the first
//! table row paints before the WebAssembly loads. `stances-prerender PAGE DATASET`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [page_path, data_path] = args.as_slice() else {
        eprintln!("usage: stances-prerender PAGE.html DATASET.json");
        std::process::exit(2);
    };
    let read = |p: &str| {
        std::fs::read_to_string(p).unwrap_or_else(|e| {
            eprintln!("stances-prerender: cannot read {p}: {e}");
            std::process::exit(1)
        })
    };
    let dataset = stances::model::load(&read(data_path)).unwrap_or_else(|e| {
        eprintln!("stances-prerender: {data_path}: {e}");
        std::process::exit(1)
    });
    let view = stances::prerender::default_view_html(&dataset);
    let Some(page) = stances::prerender::insert_into_page(&read(page_path), &view) else {
        eprintln!("stances-prerender: {page_path} has no <div id=\"stances\">");
        std::process::exit(1)
    };
    if let Err(e) = std::fs::write(page_path, page) {
        eprintln!("stances-prerender: cannot write {page_path}: {e}");
        std::process::exit(1)
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
