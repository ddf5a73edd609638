//! Interface text in the six UN languages. English is complete by construction (its table is
//! an exhaustive match); any other language may lack a string, which then falls back to
//! English, never to a key, and a test fails until it is added. The browser build carries
//! English only and fetches the others as data ([`table`]).

#[cfg(not(target_arch = "wasm32"))]
mod ar;
mod en;
#[cfg(not(target_arch = "wasm32"))]
mod es;
#[cfg(not(target_arch = "wasm32"))]
mod fr;
#[cfg(not(target_arch = "wasm32"))]
mod ru;
pub mod table;
#[cfg(not(target_arch = "wasm32"))]
mod zh;

use crate::model::{ActorKind, Lang};

macro_rules! keys {
    ($($key:ident),* $(,)?) => {
        /// One piece of interface text. Placeholders in braces (`{n}`) are filled by [`t`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }
    };
}

keys! {
    // Loading and errors
    Loading, CannotShow, Unreachable, LoadingReports, ReportsFailed, HasFaults, MoreFaults, LinkIgnored, Dismiss, ForeignDataset,
    // Why part of a link was ignored
    IgnoredView, IgnoredId, IgnoredTooMany, IgnoredDate, IgnoredTooLong, IgnoredPair, IgnoredSort,
    IgnoredLang, IgnoredTheme, IgnoredEmbed, IgnoredData, IgnoredRepeated, IgnoredRange, IgnoredKind,
    IgnoredGroupId, UnknownActor, UnknownTopic, UnknownStance, UnknownGroup, UnknownSort, ForeignData,
    DataFailed, IgnoredLinkTooLong, MoreNotices,
    // Views and navigation
    Views, ViewTable, ViewCompare, ViewTimeline, ViewSources,
    // Table and filters
    FilterTable, Search, TopicsShown, SortBy, SortName, AsOf, KindOfActor, AllKinds, RegionOrGroup, All,
    TopicStance, Any, KindState, KindBloc, KindOrganisation, KindPerson, ActorColumn, NoPosition,
    Inferred, SourcesCount, ActorsShown, CaptionLatest, CaptionAsOf, NoMatch, NoMatchBecause,
    FilterActors, FilterKind, FilterGroup, FilterSearch, FilterStance, FilterAsOf, ClearFilters, OnTopic,
    // Compare
    AddActor, ChooseActor, RemoveActor, ChooseTwo, LeftOut, Comparing, QuestionColumn, AgreementColumn,
    Agree, Differ, NotComparable, HowOften, Method, PairScore, PairNone, WhoSides, MatrixOverall,
    MatrixTopic, MatrixNone, MatrixCell, ActorsChosen,
    // What changed
    ChangedAll, ChangedSince, ChangedUntil, ChangedBetween, RangeFrom, RangeTo, NoChange, FirstReported,
    Reports,
    // Timeline
    TimelineSpan, Events, PositionsOverTime, Changed, NoPositionsOn,
    // Sources
    SearchSources, SourcesShown, ReportsPositions, Note, SourceNews, SourceNgo, SourceUn,
    SourceGovernment, SourceAcademic, ReportedBy, CertaintyReported, CertaintyInferred, Close,
    PositionGone, EventGone, DateRange,
    // Share, embed, print
    ShareAndExport, CopyLink, Embed, DownloadCsv, DownloadJson, Print, LinkCopied, CopyThisLink,
    Downloaded, DownloadRefused, OpenFullView, EmbedThisView, EmbedTitle, EmbedIframe, EmbedScript,
    Preview, PreviewOf, PrintSources, PrintOnline,
    // Settings
    Language, Theme, ThemeLight, ThemeDark, ThemeAuto,
    // The summary of what a view shows
    SummaryAgree, SummaryDiffer, SummaryUnknown, SummaryJoin, ListAnd, TableSummary, TopicCounts, StanceCount,
    NoPositionCount, Settings,
    // Fetching a dataset, and the panel shown if the widget itself fails
    UseBundled, FetchNetwork, FetchTimeout, FetchStatus, FetchType, FetchTooLarge, FetchUnreadable, FetchRedirected, FetchTooSlow, PanicTitle,
    PanicText, PanicReload, PanicDetails, ShowMore, AndMore, NoOverall,
    // Pictures: strips, the map, embeds' chrome, the timeline's event kinds
    StripsLabel, ViewMap, ColorBy, TreatyStatus, TreatyRatified, TreatySigned, TreatyNeither, MapLoading, MapFailed, MapCaption, MapFacts, Latest, StanceColumn, DateColumn, SmallStates, Legend, StatesShown, IgnoredColor, Options, DownloadData, SourceLine, EventResolution, EventSession, EventVote, EventAdoption, EventSignature, EventRatification, EventReport, EventsCluster,
    // The treaty record and the classes of sources
    IgnoredTreaty, FilterTreaty, TreatyNotSigned, TreatySignedOn, TreatyBoundOn, TreatyDomestic, TreatyRecordNote, ClassPrimary, ClassPress, ClassCivilSociety, ClassResearch, ClassWeak, ReadAtCopy,
    // The articles view
    ViewArticles, SearchArticles, ChooseArticles, AllArticles, ArticlesShown, ArticlesUnknown, NoArticles, ArticleNumber, WordingHistory, StageZeroDraft, StageRevisedDraft, StageUpdatedDraft, StageAdopted, RecordedVotes, TallyLine, NoTally, ArguedAbout, NoneArgued, ArticleSources, ArticlesLink, UnknownArticle,
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

/// The text for `key` in `lang`, else in English.
pub fn text(lang: Lang, key: Key) -> &'static str {
    translation(lang, key).unwrap_or_else(|| en::text(key))
}

/// The translation proper, without falling back.
#[cfg(not(target_arch = "wasm32"))]
pub fn translation(lang: Lang, key: Key) -> Option<&'static str> {
    match lang {
        Lang::En => Some(en::text(key)),
        Lang::Fr => fr::text(key),
        Lang::Es => es::text(key),
        Lang::Ru => ru::text(key),
        Lang::Zh => zh::text(key),
        Lang::Ar => ar::text(key),
    }
}

/// The translation proper, without falling back: English, or a table fetched and installed.
#[cfg(target_arch = "wasm32")]
pub fn translation(lang: Lang, key: Key) -> Option<&'static str> {
    match lang {
        Lang::En => Some(en::text(key)),
        _ => table::installed(lang, key),
    }
}

/// Whether `lang` can be shown now rather than falling back to English.
pub fn is_ready(lang: Lang) -> bool {
    lang == Lang::En || cfg!(not(target_arch = "wasm32")) || table::installed(lang, Key::Loading).is_some()
}

/// The text for `key` with its `{name}` placeholders filled in.
pub fn t(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    fill(text(lang, key), args)
}

pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
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
    split_template(text(lang, key), args)
}

pub fn split_template<'a>(template: &'static str, args: &[(&str, &'a str)]) -> Vec<Segment<'a>> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_string_english_has() {
        let mut missing = Vec::new();
        for lang in Lang::ALL {
            for key in Key::ALL {
                if translation(lang, *key).is_none_or(|s| s.trim().is_empty()) {
                    missing.push(format!("{}: {key:?}", lang.code()));
                }
            }
        }
        assert!(missing.is_empty(), "missing translations:\n{}", missing.join("\n"));
    }

    #[test]
    fn translations_keep_the_placeholders_of_english() {
        let mut wrong = Vec::new();
        for lang in Lang::ALL {
            for key in Key::ALL {
                if let Some(s) = translation(lang, *key) {
                    if placeholders(s) != placeholders(en::text(*key)) {
                        wrong.push(format!("{}: {key:?}: {s}", lang.code()));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "placeholders differ from English:\n{}", wrong.join("\n"));
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
        assert_eq!(placeholders("{b} and {a} and {b}"), ["a", "b"]);
        assert_eq!(list(Lang::En, &["scope", "title", "safeguards"]), "scope, title and safeguards");
        assert_eq!(list(Lang::En, &["scope"]), "scope");
    }
}
