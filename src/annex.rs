//! The on-demand module: the views a reader opens rarely (`View::on_demand`), a wasm of its own
//! that the page's module fetches the first time one opens (`www/annex.js`), so that their code
//! is not in the default page. Nothing runs when it loads; the page mounts views through
//! [`annex_mount`]. The views themselves are `stances::ui::annex`.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the wasm build is single-threaded, which is what `new_global` requires.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

#[cfg(target_arch = "wasm32")]
mod exports {
    use stances::model::Lang;
    use stances::query::Message;
    use stances::ui::bridge::{Config, Data, Export, Mounted, Part};
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;

    /// A mounted view, as the page's module holds it.
    #[wasm_bindgen]
    pub struct AnnexHandle(Option<Box<dyn Mounted>>);

    #[wasm_bindgen]
    impl AnnexHandle {
        pub fn update(&mut self, query: &str, lang: &str) {
            if let Some(view) = self.0.as_mut() {
                view.update(query, Lang::parse(lang).unwrap_or_default());
            }
        }

        pub fn unmount(&mut self) {
            if let Some(view) = self.0.take() {
                view.unmount();
            }
        }
    }

    fn config(
        address: String,
        origins: Option<String>,
        query: String,
        lang: &str,
        embedded: bool,
        part: Part,
    ) -> Config {
        let origins = origins.map(|o| o.split_whitespace().map(str::to_owned).collect());
        Config {
            part,
            data: Data::Address { address, origins },
            query,
            lang: Lang::parse(lang).unwrap_or_default(),
            embedded,
        }
    }

    /// Offers the view `query` names as a file (`kind`: `csv` or `json`); resolves to what the
    /// page's status line should say.
    #[wasm_bindgen]
    pub async fn annex_export(
        address: String,
        origins: Option<String>,
        query: String,
        lang: String,
        kind: String,
    ) -> Result<String, JsValue> {
        stances::ui::install_hook();
        let kind = Export::parse(&kind).ok_or_else(|| JsValue::from(format!("no export named {kind}")))?;
        stances::ui::annex::export(config(address, origins, query, &lang, false, Part::View), kind)
            .await
            .map_err(JsValue::from)
    }

    /// Mounts the on-demand view `query` names into `root`, or with `part` `embed` the embed
    /// dialog for it (its iframe titled `value`), with `position` or `event` the reports behind
    /// the one `value` names (`Part::from_parts`). `origins`: those the dataset may come
    /// from, space-separated (`None`: any); `send(kind, value)` carries the view's messages to
    /// the page (`stances::query::Message`).
    #[wasm_bindgen]
    #[allow(clippy::too_many_arguments)]
    pub async fn annex_mount(
        root: web_sys::Element,
        address: String,
        origins: Option<String>,
        query: String,
        lang: String,
        embedded: bool,
        part: String,
        value: String,
        send: js_sys::Function,
    ) -> Result<AnnexHandle, JsValue> {
        stances::ui::install_hook();
        let config = config(address, origins, query, &lang, embedded, Part::from_parts(&part, value));
        let send = Rc::new(move |message: Message| {
            let (kind, value) = message.to_parts();
            let _ = send.call2(&JsValue::NULL, &kind.into(), &value.into());
        });
        match stances::ui::annex::mount(root, config, send).await {
            Ok(view) => Ok(AnnexHandle(Some(view))),
            Err(why) => Err(why.into()),
        }
    }
}

fn main() {}
