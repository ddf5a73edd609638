//! Build step (a Trunk hook): writes the default view into a built `index.html` so the first
//! table row paints before the WebAssembly loads; the dataset's outline in each language (the
//! first view's data, see `Dataset::outline`) as `OUTLINE_STEM.LANG.json`; and the interface's
//! non-English tables, which the browser build fetches instead of compiling in.
//! `stances-prerender PAGE DATASET [OUTLINE_STEM [I18N_DIR]]`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (page_path, data_path, outline_path, i18n_dir) = match args.as_slice() {
        [page, data] => (page, data, None, None),
        [page, data, outline] => (page, data, Some(outline), None),
        [page, data, outline, i18n] => (page, data, Some(outline), Some(i18n)),
        _ => {
            eprintln!("usage: stances-prerender PAGE.html DATASET.json [OUTLINE_STEM [I18N_DIR]]");
            std::process::exit(2);
        }
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
    let write = |path: &str, text: String| {
        if let Err(e) = std::fs::write(path, text) {
            eprintln!("stances-prerender: cannot write {path}: {e}");
            std::process::exit(1)
        }
    };
    write(page_path, page);
    if let Some(stem) = outline_path {
        for lang in stances::model::Lang::ALL {
            let outline = serde_json::to_string(&dataset.outline(lang)).expect("a dataset serialises");
            write(&format!("{stem}.{}.json", lang.code()), outline);
        }
    }
    if let Some(dir) = i18n_dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("stances-prerender: cannot create {dir}: {e}");
            std::process::exit(1)
        }
        for lang in stances::model::Lang::ALL.into_iter().filter(|l| *l != stances::model::Lang::En) {
            write(&format!("{dir}/{}.json", lang.code()), stances::i18n::table::table_json(lang));
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
