//! Translations as data. The browser build compiles in English only and fetches another
//! language's table when a reader needs it: each is about 2 KB brotli, where all five compiled
//! in cost every reader 10 KB. The tables are written at build time from the same Fluent
//! files (`i18n/*.ftl`) the tests check, a text with plural forms as its forms
//! ([`super::plural::MARK`]).
//!
//! A table is a JSON list of strings: the format tag, the language, a fingerprint of the
//! English texts it was made against, then one text per [`Key`] in [`Key::ALL`] order. The
//! fingerprint keeps a table from another build (a cached one, say) from ever being used:
//! the interface falls back to English instead of showing the wrong words.

use super::Key;
use crate::model::quoted;
use crate::model::Lang;
use std::cell::RefCell;

const FORMAT: &str = "stances-i18n/1";

/// FNV-1a over every English text in key order, computed by build.rs: changes whenever a key
/// or its text does.
pub fn fingerprint() -> &'static str {
    super::FINGERPRINT
}

/// The table for `lang`, as the build writes it.
#[cfg(not(target_arch = "wasm32"))]
pub fn table_json(lang: Lang) -> String {
    let head = [FORMAT.to_owned(), lang.code().to_owned(), fingerprint().to_owned()];
    let texts = Key::ALL.iter().map(|k| super::text(lang, *k).to_owned());
    serde_json::to_string(&head.into_iter().chain(texts).collect::<Vec<_>>()).expect("strings serialise")
}

/// Reads a table for `lang`; says what is wrong with one that does not fit this build.
pub fn parse_table(lang: Lang, json: &str) -> Result<Vec<String>, String> {
    let not_a_list = |e: String| format!("not a list of strings: {e}");
    crate::model::json::check_syntax(json).map_err(not_a_list)?;
    let mut items: Vec<String> = crate::model::json::from_str(json).map_err(|e| not_a_list(e.reason))?;
    if items.len() < 3 || items[0] != FORMAT {
        return Err(format!("not a {FORMAT} table"));
    }
    if items[1] != lang.code() {
        return Err(format!("a table for {}, not {}", quoted(&items[1]), quoted(lang.code())));
    }
    if items[2] != fingerprint() {
        return Err("made for another version of the interface".to_owned());
    }
    let texts = items.split_off(3);
    if texts.len() != Key::ALL.len() {
        return Err(format!("{} texts for {} keys", texts.len(), Key::ALL.len()));
    }
    Ok(texts)
}

thread_local! {
    // Leaked on purpose: at most five small tables per page, kept for the page's life, so
    // that `text` can go on handing out `&'static str`.
    static LOADED: RefCell<Vec<(Lang, &'static [&'static str])>> = const { RefCell::new(Vec::new()) };
}

/// Makes `texts` (from [`parse_table`]) the translation for `lang`.
pub fn install(lang: Lang, texts: Vec<String>) {
    let texts: Vec<&'static str> = texts.into_iter().map(|s| &*Box::leak(s.into_boxed_str())).collect();
    let texts: &'static [&'static str] = Box::leak(texts.into_boxed_slice());
    LOADED.with(|l| l.borrow_mut().push((lang, texts)));
}

/// The installed translation of `key`, if `lang` has one.
pub fn installed(lang: Lang, key: Key) -> Option<&'static str> {
    LOADED.with(|l| l.borrow().iter().find(|(l, _)| *l == lang).map(|(_, texts)| texts[key as usize]))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn keys_index_the_table_in_their_listed_order() {
        assert!(Key::ALL.iter().enumerate().all(|(i, k)| *k as usize == i));
    }

    #[test]
    fn a_table_round_trips_every_text_of_its_language() {
        for lang in [Lang::Fr, Lang::Ar] {
            let texts = parse_table(lang, &table_json(lang)).unwrap();
            for (key, text) in Key::ALL.iter().zip(&texts) {
                assert_eq!(text, super::super::text(lang, *key), "{key:?}");
            }
        }
    }

    #[test]
    fn a_table_that_does_not_fit_is_refused_with_a_reason() {
        let fr = table_json(Lang::Fr);
        assert_eq!(parse_table(Lang::Es, &fr).unwrap_err(), "a table for \"fr\", not \"es\"");
        let stale = fr.replacen(fingerprint(), "0123456789abcdef", 1);
        assert_eq!(parse_table(Lang::Fr, &stale).unwrap_err(), "made for another version of the interface");
        let mut items: Vec<String> = serde_json::from_str(&fr).unwrap();
        items.pop();
        let short = serde_json::to_string(&items).unwrap();
        assert!(parse_table(Lang::Fr, &short).unwrap_err().ends_with(&format!("for {} keys", Key::ALL.len())));
        assert!(parse_table(Lang::Fr, "{}").unwrap_err().starts_with("not a list of strings"));
        assert_eq!(parse_table(Lang::Fr, "[\"x\"]").unwrap_err(), "not a stances-i18n/1 table");
    }

    #[test]
    fn an_installed_table_is_what_installed_returns() {
        assert_eq!(installed(Lang::Zh, Key::Loading), None);
        let texts = parse_table(Lang::Zh, &table_json(Lang::Zh)).unwrap();
        install(Lang::Zh, texts);
        assert_eq!(installed(Lang::Zh, Key::Loading), Some(super::super::text(Lang::Zh, Key::Loading)));
        assert_eq!(installed(Lang::Ru, Key::Loading), None);
    }
}
