//! The view's data as a file (CSV or JSON): the articles view exports its articles, one row
//! each; the others export positions.

use crate::i18n::{t, Key};
use crate::model::{Dataset, Lang};
use crate::query::{article_rows, articles_csv, articles_json, export_rows, to_csv, to_json, View, ViewState};
use crate::ui::browser::download;
use crate::ui::parts::bridge::Export;
use crate::ui::parts::tx;

/// Offers the file; returns what the status line should say.
pub fn produce(kind: Export, d: &Dataset, v: &ViewState, lang: Lang) -> String {
    let query = crate::url::encode(v);
    let result = match kind {
        Export::Csv if v.view == View::Articles => {
            let rows = article_rows(d, v, lang);
            download("stances-articles.csv", "text/csv;charset=utf-8", &articles_csv(&rows)).map(|()| rows.len())
        }
        Export::Json if v.view == View::Articles => {
            let rows = article_rows(d, v, lang);
            download("stances-articles.json", "application/json", &articles_json(&rows, d, &query)).map(|()| rows.len())
        }
        Export::Csv => {
            let rows = export_rows(d, v, lang);
            download("stances.csv", "text/csv;charset=utf-8", &to_csv(&rows)).map(|()| rows.len())
        }
        Export::Json => {
            let rows = export_rows(d, v, lang);
            download("stances.json", "application/json", &to_json(&rows, d, &query, lang)).map(|()| rows.len())
        }
    };
    match result {
        Ok(n) => t(lang, Key::Downloaded, &[("n", &n.to_string())]),
        Err(_) => tx(lang, Key::DownloadRefused).to_owned(),
    }
}
