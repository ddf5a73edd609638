//! Interface text in the six UN languages (and Portuguese, behind the `pt` feature). The texts
//! are data: one Fluent file per language in `i18n/`, which build.rs turns into `Key` and the
//! texts (see docs/TRANSLATING.md). English defines the keys; any other language may lack a
//! text, which then falls back to English, never to a key, and a test fails naming the file and
//! key until it is added. The browser build carries English only and fetches the others as
//! data ([`table`]).

pub mod plural;
pub mod table;

use crate::model::{ActorKind, Lang};

// `Key`, `EN`, `FINGERPRINT` and, natively, `CATALOGUES`: written by build.rs from i18n/*.ftl.
include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

/// A language's file as build.rs read it (native builds only: tests and the tables).
#[cfg(not(target_arch = "wasm32"))]
#[cfg_attr(not(test), allow(dead_code))] // the tables need only the texts; the tests read the rest
pub(crate) struct Catalogue {
    pub code: &'static str,
    pub file: &'static str,
    /// By key: the text the page stores (plural forms encoded, see [`plural::MARK`]).
    pub texts: &'static [Option<&'static str>],
    /// By key: the message as written, for the tests to name its line.
    pub sources: &'static [Option<Source>],
    /// Messages the file has and en.ftl does not, with their lines.
    pub unknown: &'static [(&'static str, usize)],
    /// What the file has that the build cannot use, each "FILE:LINE: what".
    pub faults: &'static [&'static str],
}

/// A message as written: its forms as (CLDR category, text), or one form with category "".
#[cfg(not(target_arch = "wasm32"))]
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Source {
    pub line: usize,
    pub selector: Option<&'static str>,
    pub forms: &'static [(&'static str, &'static str)],
}

/// The word for a kind of actor, as table rows and the pre-rendered page show it.
pub fn kind_key(kind: ActorKind) -> Key {
    match kind {
        ActorKind::State => Key::KindState,
        ActorKind::Bloc => Key::KindBloc,
        ActorKind::Organisation => Key::KindOrganisation,
        ActorKind::Person => Key::KindPerson,
    }
}

/// The words for an actor's standing with the treaty, and the date they name: "Signed {date}",
/// "Ratified or joined {date}", or "No signature on record as of {date}" (the status date).
pub fn standing_words(
    s: &crate::query::Standing,
    status_date: Option<crate::model::PartialDate>,
) -> (Key, Option<crate::model::PartialDate>) {
    use crate::query::Stage;
    match (s.stage, s.bound, s.signed, status_date) {
        (Stage::Bound, Some((_, date)), _, _) => (Key::TreatyBoundOn, Some(date)),
        (Stage::Signed, _, Some(date), _) => (Key::TreatySignedOn, Some(date)),
        (_, _, _, Some(date)) => (Key::TreatyNotSigned, Some(date)),
        _ => (Key::TreatyNeither, None),
    }
}

/// The stage's symbol, so that it never rests on colour alone.
pub fn stage_symbol(stage: crate::query::Stage) -> &'static str {
    use crate::query::Stage;
    match stage {
        Stage::Bound => "●",
        Stage::Signed => "◐",
        Stage::NotSigned => "○",
    }
}

/// The text for `key` in `lang`, else in English. A text with plural forms needs [`t`].
pub fn text(lang: Lang, key: Key) -> &'static str {
    translation(lang, key).unwrap_or(english(key))
}

/// The plural rule of `lang`: [`plural::rule`] of its code, by a match the page does without
/// comparing strings (a test holds the two together).
fn plural_rule(lang: Lang) -> plural::Rule {
    use plural::Rule;
    match lang {
        Lang::Ar => Rule::Arabic,
        Lang::Ru => Rule::Russian,
        Lang::Fr => Rule::OneIncludingZeroMany,
        #[cfg(feature = "pt")]
        Lang::Pt => Rule::OneIncludingZeroMany,
        Lang::Es => Rule::OneMany,
        Lang::Zh => Rule::Other,
        Lang::En => Rule::One,
    }
}

/// English, compiled in. Not inlined: one bounds check for the whole crate, where each of the
/// hundreds of places that ask for a text would carry its own.
#[inline(never)]
fn english(key: Key) -> &'static str {
    EN[key as usize]
}

/// The translation proper, without falling back.
#[cfg(not(target_arch = "wasm32"))]
pub fn translation(lang: Lang, key: Key) -> Option<&'static str> {
    CATALOGUES.iter().find(|c| c.code == lang.code()).and_then(|c| c.texts[key as usize])
}

/// The translation proper, without falling back: English, or a table fetched and installed.
#[cfg(target_arch = "wasm32")]
pub fn translation(lang: Lang, key: Key) -> Option<&'static str> {
    match lang {
        Lang::En => Some(english(key)),
        _ => table::installed(lang, key),
    }
}

/// Whether `lang` can be shown now rather than falling back to English.
pub fn is_ready(lang: Lang) -> bool {
    lang == Lang::En || cfg!(not(target_arch = "wasm32")) || table::installed(lang, Key::Loading).is_some()
}

/// The text for `key` with its `{name}` placeholders filled in.
/// A text with plural forms takes the one its count (an argument, `n` say) needs in `lang`.
pub fn t(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    fill(template(lang, key, args), args)
}

/// The template [`t`] fills: the text in `lang`, else English, in the plural form the count
/// among `args` takes in the language the text is in. Not inlined into `t` and `segments`.
#[inline(never)]
fn template(lang: Lang, key: Key, args: &[(&str, &str)]) -> &'static str {
    let (rule, text) = match translation(lang, key) {
        Some(s) => (plural_rule(lang), s),
        None => (plural::Rule::One, english(key)),
    };
    plural::choose(rule, text, args)
}

/// `template` with each `{name}` of `args` replaced by its value, in one pass, so that a value
/// holding braces is never filled in turn. The same cut as [`segments`], which also keeps the
/// page from carrying a second way of doing it.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    for segment in split_template(template, args) {
        let (Segment::Words(s) | Segment::Value(s)) = segment;
        out.push_str(s);
    }
    out
}

/// A template cut at its placeholders, for text whose values must stay apart from the words
/// around them: the interface puts each value in its own `<bdi>`, so that a name or address
/// holding bidirectional controls (U+202E) cannot reorder the sentence it sits in.
#[derive(Debug, PartialEq)]
pub enum Segment<'a> {
    Words(&'a str),
    Value(&'a str),
}

/// [`t`]'s text as segments: the template's words, and each filled placeholder as a value.
pub fn segments<'a>(lang: Lang, key: Key, args: &[(&str, &'a str)]) -> Vec<Segment<'a>> {
    split_template(template(lang, key, args), args)
}

pub fn split_template<'a>(template: &'a str, args: &[(&str, &'a str)]) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else { break };
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                out.push(Segment::Words(before));
                out.push(Segment::Value(value));
            }
            // Not ours to fill: kept as written, as `fill` does.
            None => out.push(Segment::Words(&rest[..before.len() + name.len() + 2])),
        }
        rest = tail;
    }
    out.push(Segment::Words(rest));
    out.retain(|s| s != &Segment::Words(""));
    out
}

/// The placeholders a template uses, sorted, to check translations keep them.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out: Vec<&str> =
        template.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect();
    crate::order::sort_dedup(&mut out);
    out
}

/// "a, b and c" in the reader's language.
pub fn list(lang: Lang, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => {
            let sep = if lang == Lang::Zh {
                "、"
            } else if lang == Lang::Ar {
                "، "
            } else {
                ", "
            };
            t(lang, Key::ListAnd, &[("list", &init.join(sep)), ("last", last)])
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn en() -> &'static Catalogue {
        CATALOGUES.iter().find(|c| c.code == "en").expect("en.ftl")
    }

    /// The message id a key has in the files: `PairScore` is `pair-score`.
    fn id(key: Key) -> String {
        let mut out = String::new();
        for (i, c) in format!("{key:?}").chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    /// "i18n/fr.ftl:88: `pair-score`", where a fault is.
    fn at(c: &Catalogue, key: Key) -> String {
        let line = c.sources[key as usize].as_ref().map_or(String::new(), |s| format!(":{}", s.line));
        format!("{}{line}: `{}`", c.file, id(key))
    }

    fn english_placeholders(key: Key) -> Vec<&'static str> {
        let forms = en().sources[key as usize].as_ref().map_or(&[][..], |s| s.forms);
        let mut all: Vec<&str> = forms.iter().flat_map(|(_, text)| placeholders(text)).collect();
        crate::order::sort_dedup(&mut all);
        all
    }

    #[test]
    fn every_file_is_fluent_the_build_can_use() {
        let mut wrong: Vec<String> = CATALOGUES.iter().flat_map(|c| c.faults.iter().map(|f| (*f).to_owned())).collect();
        for c in CATALOGUES {
            for (id, line) in c.unknown {
                wrong.push(format!(
                    "{}:{line}: `{id}` is not a message of i18n/en.ftl (misspelt, or removed there?)",
                    c.file
                ));
            }
        }
        assert!(wrong.is_empty(), "faults in the translation files:\n{}", wrong.join("\n"));
    }

    #[test]
    fn every_shipped_language_has_a_file() {
        for lang in Lang::ALL {
            assert!(CATALOGUES.iter().any(|c| c.code == lang.code()), "no i18n/{}.ftl", lang.code());
        }
    }

    #[test]
    fn every_language_has_every_key() {
        let mut missing = Vec::new();
        for c in CATALOGUES {
            let gaps: Vec<String> = Key::ALL
                .iter()
                .filter(|key| c.texts[**key as usize].is_none_or(|s| s.trim().is_empty()))
                .map(|key| format!("{}: `{}` is missing (English: {:?})", c.file, id(*key), EN[*key as usize]))
                .collect();
            // A language not built in (Portuguese without its feature) may lag behind English,
            // so that adding a key does not wait for its translators; it is listed, and it must
            // be complete to be built in (`cargo test --features pt`).
            if Lang::ALL.iter().any(|l| l.code() == c.code) {
                missing.extend(gaps);
            } else if !gaps.is_empty() {
                eprintln!("not built in, so not yet required:\n{}", gaps.join("\n"));
            }
        }
        assert!(missing.is_empty(), "missing translations:\n{}", missing.join("\n"));
    }

    #[test]
    fn translations_keep_the_placeholders_of_english() {
        let mut wrong = Vec::new();
        for c in CATALOGUES {
            for key in Key::ALL {
                let Some(source) = &c.sources[*key as usize] else { continue };
                let want = english_placeholders(*key);
                let mut all = Vec::new();
                for (category, text) in source.forms {
                    let have = placeholders(text);
                    if let Some(extra) = have.iter().find(|p| !want.contains(p)) {
                        let form = if category.is_empty() { String::new() } else { format!(" [{category}]") };
                        wrong.push(format!("{}{form}: {{ ${extra} }} is not a placeholder of English", at(c, *key)));
                    }
                    all.extend(have);
                }
                crate::order::sort_dedup(&mut all);
                if let Some(lost) = want.iter().find(|p| !all.contains(p)) {
                    wrong.push(format!("{}: no form uses {{ ${lost} }}, which English has", at(c, *key)));
                }
            }
        }
        assert!(wrong.is_empty(), "placeholders differ from English:\n{}", wrong.join("\n"));
    }

    #[test]
    fn plural_forms_are_complete_for_each_languages_categories() {
        let mut wrong = Vec::new();
        for c in CATALOGUES {
            let needed = plural::categories(plural::rule(c.code));
            for key in Key::ALL {
                let Some(source) = &c.sources[*key as usize] else { continue };
                let english_is_plural = en().sources[*key as usize].as_ref().is_some_and(|s| s.selector.is_some());
                let given: Vec<&str> = match source.selector {
                    Some(var) => {
                        if !english_placeholders(*key).contains(&var) {
                            wrong.push(format!("{}: selects on ${var}, not a placeholder of English", at(c, *key)));
                        }
                        source.forms.iter().map(|(category, _)| *category).collect()
                    }
                    // A text without forms is the "other" form.
                    None if english_is_plural => vec!["other"],
                    None => continue,
                };
                let missing: Vec<&str> = needed.iter().copied().filter(|n| !given.contains(n)).collect();
                if !missing.is_empty() {
                    wrong.push(format!(
                        "{}: plural forms missing: {} ({} has {})",
                        at(c, *key),
                        missing.join(", "),
                        c.code,
                        needed.join(", ")
                    ));
                }
                for extra in given.iter().filter(|g| !needed.contains(g)) {
                    wrong.push(format!("{}: [{extra}] is not a plural category of {}", at(c, *key), c.code));
                }
            }
        }
        assert!(wrong.is_empty(), "incomplete plural forms:\n{}", wrong.join("\n"));
    }

    #[test]
    fn counts_take_the_form_their_language_needs() {
        // CLDR's examples for each rule (plurals.xml), one count per category at least.
        let cases: &[(&str, &[(u64, &str)])] = &[
            ("en", &[(0, "other"), (1, "one"), (2, "other"), (21, "other")]),
            ("fr", &[(0, "one"), (1, "one"), (2, "other"), (1_000_000, "many"), (1_000_001, "other")]),
            ("es", &[(0, "other"), (1, "one"), (2, "other"), (2_000_000, "many")]),
            ("pt", &[(0, "one"), (1, "one"), (2, "other"), (1_000_000, "many")]),
            (
                "ru",
                &[
                    (1, "one"),
                    (21, "one"),
                    (11, "many"),
                    (2, "few"),
                    (22, "few"),
                    (12, "many"),
                    (5, "many"),
                    (0, "many"),
                    (111, "many"),
                ],
            ),
            ("zh", &[(0, "other"), (1, "other"), (2, "other")]),
            (
                "ar",
                &[
                    (0, "zero"),
                    (1, "one"),
                    (2, "two"),
                    (3, "few"),
                    (110, "few"),
                    (11, "many"),
                    (199, "many"),
                    (100, "other"),
                    (102, "other"),
                ],
            ),
        ];
        for (code, counts) in cases {
            let rule = plural::rule(code);
            for (n, category) in *counts {
                assert_eq!(plural::categories(rule)[plural::form_index(rule, *n)], *category, "{code} {n}");
            }
        }
        for lang in Lang::ALL {
            assert_eq!(plural_rule(lang), plural::rule(lang.code()), "{lang:?}");
        }
        let en = plural::Rule::One;
        let stored = "\u{1}n\u{1}{n} event\u{1}{n} events";
        assert_eq!(plural::choose(en, stored, &[("n", "1")]), "{n} event");
        assert_eq!(plural::choose(en, stored, &[("n", "7")]), "{n} events");
        assert_eq!(plural::choose(en, stored, &[("n", "many")]), "{n} events", "not a count: other");
        for not_whole in ["", "-1", "1.0", "1 "] {
            assert_eq!(plural::choose(en, stored, &[("n", not_whole)]), "{n} events", "{not_whole:?}");
        }
        let ru = plural_rule(Lang::Ru);
        let forms = "\u{1}n\u{1}one\u{1}few\u{1}many\u{1}other";
        assert_eq!(
            ["1", "3", "11", "x"].map(|n| plural::choose(ru, forms, &[("n", n)])),
            ["one", "few", "many", "other"]
        );
        assert_eq!(plural::choose(en, "{n} of {total}", &[("n", "1")]), "{n} of {total}");
    }

    #[test]
    fn a_count_takes_its_form_in_the_readers_language() {
        let events = |lang, n: &str| t(lang, Key::EventsCluster, &[("n", n), ("start", "2021"), ("end", "2024")]);
        assert_eq!(events(Lang::En, "1"), "1 event, 2021 – 2024");
        assert_eq!(events(Lang::En, "3"), "3 events, 2021 – 2024");
        assert_eq!(events(Lang::Ru, "21"), "21 событие, 2021 – 2024");
        assert_eq!(events(Lang::Ru, "24"), "24 события, 2021 – 2024");
        assert_eq!(events(Lang::Ru, "25"), "25 событий, 2021 – 2024");
        assert_eq!(events(Lang::Ar, "2"), "حدثان، 2021 – 2024");
        assert_eq!(events(Lang::Ar, "11"), "11 حدثًا، 2021 – 2024");
        assert_eq!(events(Lang::Zh, "1"), "1 个事件，2021 – 2024");
        // A text without forms is filled as before.
        assert_eq!(t(Lang::Fr, Key::SourcesCount, &[("n", "1")]), "Sources (1)");
    }

    #[test]
    fn the_fingerprint_is_of_every_english_text() {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in EN.iter().flat_map(|t| t.bytes().chain([0])) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        assert_eq!(FINGERPRINT, format!("{hash:016x}"));
        assert_eq!(EN.len(), Key::ALL.len());
        assert_eq!(en().texts.iter().map(|t| t.unwrap_or_default()).collect::<Vec<_>>(), EN);
    }

    #[test]
    fn templates_split_into_words_and_values() {
        use Segment::{Value, Words};
        let spoof = "\u{202e}moc.elgoog";
        assert_eq!(
            split_template(
                "Not the bundled dataset: showing “{name}” from {address}.",
                &[("name", "X"), ("address", spoof)]
            ),
            [Words("Not the bundled dataset: showing “"), Value("X"), Words("” from "), Value(spoof), Words(".")]
        );
        assert_eq!(split_template("{n} of {total}", &[("n", "3")]), [Value("3"), Words(" of {total}")]);
    }

    #[test]
    fn filling_and_lists() {
        assert_eq!(fill("{n} of {total}", &[("n", "3"), ("total", "9")]), "3 of 9");
        assert_eq!(fill("{a} and {b}", &[("a", "{b}"), ("b", "x")]), "{b} and x", "a value is not filled in turn");
        assert_eq!(fill("{a} and {c}", &[("a", "1")]), "1 and {c}");
        assert_eq!(placeholders("{b} and {a} and {b}"), ["a", "b"]);
        assert_eq!(list(Lang::En, &["scope", "title", "safeguards"]), "scope, title and safeguards");
        assert_eq!(list(Lang::En, &["scope"]), "scope");
        assert_eq!(id(Key::PairScore), "pair-score");
    }
}
