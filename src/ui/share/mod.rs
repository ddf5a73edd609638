//! Sharing the current view: copy its link, embed it (iframe or script snippet, with a live
//! preview), download it as CSV or JSON (written by the on-demand module), or print it with its
//! sources.

pub(crate) mod embed_dialog;

use crate::i18n::{t, Key};
use crate::model::{Dataset, Lang};
use crate::query::{export_rows, Message, ViewState};
use crate::ui::browser::{bundle_base, copy_text};
use crate::ui::parts::bridge::{Data, Export, Part};
use crate::ui::parts::{tx, view_key};
use crate::ui::shell::annex_host::{export, AnnexHost};
use crate::ui::shell::dataset::dataset_request;
use crate::ui::shell::host::Host;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
    pub host: Host,
    /// Prints the view, once the list of its sources is drawn (by the on-demand module).
    #[prop_or_default]
    pub on_print: Callback<()>,
}

/// The link to this exact view on its own page, without embed chrome.
pub fn full_view_link(view: &ViewState) -> String {
    let v = ViewState { embed: false, ..view.clone() };
    let query = crate::url::encode(&v);
    let sep = if query.is_empty() { "" } else { "?" };
    format!("{}index.html{sep}{query}", bundle_base())
}

#[function_component(ShareBar)]
pub fn share_bar(props: &ShareBarProps) -> Html {
    let status = use_state(String::new);
    let embed_open = use_state(|| false);
    let link = full_view_link(&props.view);
    let copy = {
        let status = status.clone();
        let link = link.clone();
        let lang = props.lang;
        Callback::from(move |_| {
            let status = status.clone();
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match copy_text(&link).await {
                    Ok(()) => status.set(tx(lang, Key::LinkCopied).to_owned()),
                    Err(_) => status.set(t(lang, Key::CopyThisLink, &[("link", &link)])),
                }
            });
        })
    };
    // The files are written by the on-demand module, which reads the whole dataset itself.
    let output = |kind: Export| {
        let (v, lang, status) = (props.view.clone(), props.lang, status.clone());
        let script = matches!(props.host, Host::Script(_));
        let loaded = (!props.dataset.is_outline()).then(|| Rc::clone(&props.dataset));
        Callback::from(move |_| {
            status.set(tx(lang, Key::LoadingReports).to_owned());
            let (address, origins) = dataset_request(v.data.as_deref(), script);
            let data = match (&loaded, crate::ui::parts::bridge::in_process()) {
                (Some(d), Some(_)) => Data::Loaded(Rc::clone(d)),
                _ => Data::Address { address, origins },
            };
            let (query, status) = (crate::url::encode(&v), status.clone());
            wasm_bindgen_futures::spawn_local(async move { status.set(export(data, query, lang, kind).await) });
        })
    };
    let print = props.on_print.reform(|_| ());
    if props.host != Host::Page {
        // An embed ends as a newsroom graphic does: where the data comes from, the data, and
        // the way to the full view.
        let d = &props.dataset;
        return html! {
            <footer class="st-embed-footer">
                <span class="st-source-line">{ t(props.lang, Key::SourceLine, &[("name", d.negotiation.name.get(props.lang))]) }</span>
                <button type="button" class="st-linkish" onclick={output(Export::Csv)}>{ tx(props.lang, Key::DownloadData) }</button>
                <a href={link} target="_blank" rel="noopener">{ tx(props.lang, Key::OpenFullView) }</a>
                <span class="st-share-status" role="status">{ (*status).clone() }</span>
            </footer>
        };
    }
    let open_embed = {
        let embed_open = embed_open.clone();
        Callback::from(move |_| embed_open.set(true))
    };
    // The dialog is drawn by the on-demand module, which says when the reader closed it.
    let close_embed = {
        let embed_open = embed_open.clone();
        Callback::from(move |message| {
            if message == Message::Closed {
                embed_open.set(false);
            }
        })
    };
    // Only our own page gets here (an embed returned its footer above).
    let embed = (*embed_open).then(|| {
        let (address, origins) = dataset_request(props.view.data.as_deref(), false);
        let title = format!(
            "{}: {}",
            props.dataset.negotiation.short_name.get(props.lang),
            tx(props.lang, view_key(props.view.view))
        );
        html! {
            <AnnexHost part={Part::Embed { title }} dataset={Rc::clone(&props.dataset)} {address} {origins} view={props.view.clone()}
                lang={props.lang} embedded=false on_message={close_embed} />
        }
    });
    html! {
        <div class="st-share" role="group" aria-label={tx(props.lang, Key::ShareAndExport)}>
            <button type="button" class="st-button st-secondary" onclick={copy}>{ tx(props.lang, Key::CopyLink) }</button>
            <button type="button" class="st-button st-secondary" onclick={open_embed}>{ tx(props.lang, Key::Embed) }</button>
            <button type="button" class="st-button st-secondary" onclick={output(Export::Csv)}>{ tx(props.lang, Key::DownloadCsv) }</button>
            <button type="button" class="st-button st-secondary" onclick={output(Export::Json)}>{ tx(props.lang, Key::DownloadJson) }</button>
            <button type="button" class="st-button st-secondary" onclick={print}>{ tx(props.lang, Key::Print) }</button>
            <span class="st-share-status" role="status">{ (*status).clone() }</span>
            { for embed }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintSourcesProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
}

/// Printed under the view (and hidden on screen): the link to the view and every source behind
/// what it shows, so a printout can be checked.
#[function_component(PrintSources)]
pub fn print_sources(props: &PrintSourcesProps) -> Html {
    let rows = export_rows(&props.dataset, &props.view, props.lang);
    let mut seen = Vec::new();
    for s in rows.iter().flat_map(|r| &r.sources) {
        if !seen.iter().any(|x: &&crate::query::ExportSource| x.title == s.title && x.url == s.url) {
            seen.push(s);
        }
    }
    let link = full_view_link(&props.view);
    html! {
        <section class="st-print-only" aria-hidden="true">
            <h3>{ tx(props.lang, Key::PrintSources) }</h3>
            <p><a href={link.clone()}>{ tx(props.lang, Key::PrintOnline) }</a></p>
            <ol>
                { for seen.iter().map(|s| html! {
                    <li>
                        { format!("{}, {}: ", s.publisher, s.date) }
                        if let Some(url) = &s.url { <a href={url.clone()}>{ &s.title }</a> } else { { &s.title } }
                    </li>
                }) }
            </ol>
        </section>
    }
}
