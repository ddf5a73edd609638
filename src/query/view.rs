//! The view state: everything that decides what a reader sees, and nothing else. It is what the
//! URL encodes, and what the UI's reducer owns.

use crate::model::{ActorId, ActorKind, ArticleId, Lang, PartialDate, StanceId, TopicId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Table,
    Compare,
    Timeline,
    Sources,
    /// The adopted text article by article.
    Articles,
    Map,
}

impl View {
    /// Compare shows two to four actors side by side.
    pub const MAX_COMPARED: usize = 4;

    pub const ALL: [View; 6] = [View::Table, View::Compare, View::Timeline, View::Map, View::Sources, View::Articles];

    pub fn id(self) -> &'static str {
        match self {
            View::Table => "table",
            View::Compare => "compare",
            View::Timeline => "timeline",
            View::Sources => "sources",
            View::Articles => "articles",
            View::Map => "map",
        }
    }

    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id().eq_ignore_ascii_case(s))
    }

    /// Views whose code is not in the default page, which draws the table: a reader who never
    /// opens another view never downloads it (the on-demand module, fetched the first time one
    /// opens, or when its tab is pointed at). A page or embed that opens on one of them loads
    /// one module with every view instead (the "full" build), never both.
    pub fn on_demand(self) -> bool {
        self != View::Table
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.id().eq_ignore_ascii_case(s))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum Sort {
    #[default]
    Name,
    /// Along that topic's scale, actors with no position last.
    Topic(TopicId),
}

/// `color=`: what the map colours states by.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MapColor {
    /// Each state's stance on this topic.
    Topic(TopicId),
    /// Signed, ratified (or joined), or neither, from the dataset's treaty actions.
    Treaty,
}

/// `stance=topic:stance`: show only actors holding that stance on that topic.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StanceFilter {
    pub topic: TopicId,
    pub stance: StanceId,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ViewState {
    pub view: View,
    /// Sorted and unique; empty means all (table) or none chosen yet (compare).
    pub actors: Vec<ActorId>,
    /// Sorted and unique; empty means every topic.
    pub topics: Vec<TopicId>,
    /// Only actors of these kinds; sorted and unique, empty means every kind.
    pub kinds: Vec<ActorKind>,
    /// Only actors in this group: a region slug or a bloc's id.
    pub group: Option<String>,
    /// Show each actor's latest position on or before this date; `None` is the latest.
    pub at: Option<PartialDate>,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    pub q: String,
    /// Sorted and unique.
    pub stance: Vec<StanceFilter>,
    /// Only actors at these stages of the treaty; sorted and unique, empty means all.
    pub treaty: Vec<super::Stage>,
    pub sort: Sort,
    /// `None` follows the browser.
    pub lang: Option<Lang>,
    pub theme: Theme,
    pub embed: bool,
    /// Address of a dataset other than the bundled one.
    pub data: Option<String>,
    /// The articles the articles view shows; empty means all. Unique, in
    /// [`super::article_order`].
    pub articles: Vec<ArticleId>,
    /// What the map colours by; `None` is the first shown topic (a default that depends on the
    /// dataset, so `reconcile` turns that topic, spelt out, back into `None`).
    pub color: Option<MapColor>,
}

/// Why part of a link was ignored; the interface words it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    View,
    Id,
    TooMany,
    Date,
    TooLong,
    Pair,
    Sort,
    Lang,
    Theme,
    Embed,
    Data,
    Repeated,
    Range,
    Kind,
    GroupId,
    UnknownActor,
    UnknownTopic,
    UnknownStance(TopicId),
    UnknownGroup,
    UnknownSort,
    /// Not a stage of the treaty (`ratified`, `signed`, `none`).
    Stage,
    /// A dataset address from another site, which a link may not load.
    ForeignData,
    /// `article=` names no article of this dataset.
    UnknownArticle,
    /// A dataset this page may load, which failed; the reader chose the bundled one instead.
    DataFailed,
    /// The query string was longer than [`crate::url::MAX_QUERY`]; the rest was not read.
    LinkTooLong,
    /// This many further notices, not listed one by one.
    More(usize),
    /// `color=` neither a topic id nor `treaty`.
    Color,
}

/// A part of a URL (or of embed attributes) that was ignored, and why; shown to the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub param: String,
    pub value: String,
    pub reason: Reason,
}

impl Notice {
    pub fn new(param: &str, value: &str, reason: Reason) -> Self {
        let value = if value.chars().count() > 80 {
            format!("{}…", value.chars().take(80).collect::<String>())
        } else {
            value.to_owned()
        };
        Self { param: param.to_owned(), value, reason }
    }
}

/// How many notices are listed one by one; a link with 50,000 bad ids must not render 50,000
/// lines.
pub const MAX_NOTICES: usize = 10;

/// Keeps the first [`MAX_NOTICES`] notices and sums up the rest (including an earlier summary)
/// as one `Reason::More`, so notices from several steps can be capped again when joined.
pub fn cap_notices(notices: Vec<Notice>) -> Vec<Notice> {
    let mut kept = Vec::with_capacity(MAX_NOTICES + 1);
    let mut more = 0;
    for n in notices {
        match n.reason {
            Reason::More(k) => more += k,
            _ if kept.len() < MAX_NOTICES => kept.push(n),
            _ => more += 1,
        }
    }
    if more > 0 {
        kept.push(Notice::new("", "", Reason::More(more)));
    }
    kept
}

/// Sorts and removes duplicates, so that equal selections are equal values (and equal URLs).
pub fn canonical<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    crate::order::sort_dedup(&mut items);
    items
}

/// The URL spelling of an actor kind.
pub fn kind_id(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::State => "state",
        ActorKind::Bloc => "bloc",
        ActorKind::Organisation => "organisation",
        ActorKind::Person => "person",
    }
}

pub fn parse_kind(s: &str) -> Option<ActorKind> {
    [ActorKind::State, ActorKind::Bloc, ActorKind::Organisation, ActorKind::Person]
        .into_iter()
        .find(|k| kind_id(*k).eq_ignore_ascii_case(s))
}
