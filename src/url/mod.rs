//! The URL contract v1: view state to and from a query string. Decoding is total (any string
//! gives a valid view, and each ignored part is reported as a [`Notice`]); encoding is canonical
//! (defaults left out, parameters and lists in a fixed order), so equal views have equal URLs.
//! The same names, as `data-*` attributes, configure script embeds.

pub mod embed;
mod percent;

use crate::model::{is_valid_id, ActorId, ArticleRef, Lang, PartialDate, StanceId, TopicId};
use crate::query::{
    canonical, canonical_articles, cap_notices, kind_id, parse_kind, MapColor, Notice, Reason, Sort, Stage,
    StanceFilter, Theme, View, ViewState,
};

/// The contract's parameters, in the order a canonical URL lists them. Extend, never rename.
pub const PARAMS: [&str; 18] = [
    "view", "actors", "topics", "kind", "group", "at", "from", "to", "q", "stance", "sort", "lang", "theme", "embed",
    "data", "treaty", "color", "article",
];

const MAX_LIST: usize = 300;
const MAX_Q: usize = 200;
const MAX_DATA_URL: usize = 2048;
/// The longest query string read: room for every parameter at its own limit, and a bound on the
/// work any link can cause (a link of 50,000 ids is cut here, not parsed to the end).
pub const MAX_QUERY: usize = 16 * 1024;

/// Splits a query string (with or without its leading `?`) into decoded pairs.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent::decode(k), percent::decode(v))
        })
        .collect()
}

/// Reads a view from a query string. Parameters outside the contract belong to the host page
/// and are skipped silently.
pub fn decode(query: &str) -> (ViewState, Vec<Notice>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.len() <= MAX_QUERY {
        return decode_pairs(pairs(query));
    }
    // Cut at the last whole parameter within the limit, so no value is read half (and, `&`
    // being ASCII, no character either).
    let end = query.as_bytes()[..MAX_QUERY].iter().rposition(|&b| b == b'&').unwrap_or(0);
    let (view, mut notices) = decode_pairs(pairs(&query[..end]));
    notices.insert(0, Notice::new("", "", Reason::LinkTooLong));
    (view, cap_notices(notices))
}

/// Reads a view from name/value pairs, e.g. a script embed's `data-*` attributes.
pub fn decode_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> (ViewState, Vec<Notice>) {
    let mut v = ViewState::default();
    let mut notices = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (key, value) in pairs {
        let key = key.to_ascii_lowercase();
        if !PARAMS.contains(&key.as_str()) {
            continue;
        }
        if seen.contains(&key) {
            notices.push(Notice::new(&key, &value, Reason::Repeated));
            continue;
        }
        seen.push(key.clone());
        let value = value.trim();
        let mut ignore = |reason: Reason| notices.push(Notice::new(&key, value, reason));
        match key.as_str() {
            "view" => match View::parse(value) {
                Some(view) => v.view = view,
                None => ignore(Reason::View),
            },
            "actors" => v.actors = id_list(&key, value, &mut notices).into_iter().map(ActorId::new).collect(),
            "topics" => v.topics = id_list(&key, value, &mut notices).into_iter().map(TopicId::new).collect(),
            "kind" => {
                for k in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match parse_kind(k) {
                        Some(kind) => v.kinds.push(kind),
                        None => notices.push(Notice::new(&key, k, Reason::Kind)),
                    }
                }
            }
            "group" => match value {
                "" => {}
                g if is_valid_id(g) => v.group = Some(g.to_owned()),
                _ => ignore(Reason::GroupId),
            },
            "at" => v.at = date(value, &mut ignore),
            "from" => v.from = date(value, &mut ignore),
            "to" => v.to = date(value, &mut ignore),
            "q" => {
                if value.chars().count() > MAX_Q {
                    ignore(Reason::TooLong);
                }
                v.q = value.chars().take(MAX_Q).collect::<String>().trim().to_owned();
            }
            "stance" => v.stance = stance_list(value, &mut notices),
            "sort" => match value {
                "" | "name" => v.sort = Sort::Name,
                id if is_valid_id(id) => v.sort = Sort::Topic(TopicId::new(id)),
                _ => ignore(Reason::Sort),
            },
            "lang" => match Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(value)) {
                Some(lang) => v.lang = Some(lang),
                None => ignore(Reason::Lang),
            },
            "theme" => match Theme::parse(value) {
                Some(theme) => v.theme = theme,
                None => ignore(Reason::Theme),
            },
            "embed" => match value {
                "1" | "true" => v.embed = true,
                "" | "0" | "false" => v.embed = false,
                _ => ignore(Reason::Embed),
            },
            "data" => match data_url(value) {
                Ok(url) => v.data = url,
                Err(()) => ignore(Reason::Data),
            },
            "treaty" => {
                for s in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match Stage::parse(s) {
                        Some(stage) => v.treaty.push(stage),
                        None => notices.push(Notice::new(&key, s, Reason::Stage)),
                    }
                }
            }
            "article" => {
                for item in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    // A paragraph ("14(3)") opens its article: the view shows whole articles.
                    match ArticleRef::parse(item) {
                        Some(_) if v.articles.len() == MAX_LIST => {
                            notices.push(Notice::new(&key, item, Reason::TooMany));
                            break;
                        }
                        Some(r) => v.articles.push(r.article),
                        None => notices.push(Notice::new(&key, item, Reason::Id)),
                    }
                }
            }
            "color" => match value {
                "" => v.color = None,
                t if t.eq_ignore_ascii_case("treaty") => v.color = Some(MapColor::Treaty),
                id if is_valid_id(id) => v.color = Some(MapColor::Topic(TopicId::new(id))),
                _ => ignore(Reason::Color),
            },
            _ => unreachable!("every name in PARAMS is matched"),
        }
    }
    if let (Some(from), Some(to)) = (v.from, v.to) {
        if from > to {
            notices.push(Notice::new("to", &to.to_string(), Reason::Range));
            v.from = None;
            v.to = None;
        }
    }
    v.actors = canonical(v.actors);
    v.topics = canonical(v.topics);
    v.stance = canonical(v.stance);
    v.kinds = canonical(v.kinds);
    v.treaty = canonical(v.treaty);
    v.articles = canonical_articles(v.articles);
    (v, cap_notices(notices))
}

fn id_list(key: &str, value: &str, notices: &mut Vec<Notice>) -> Vec<String> {
    let mut ids = Vec::new();
    for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if !is_valid_id(id) {
            notices.push(Notice::new(key, id, Reason::Id));
        } else if ids.len() == MAX_LIST {
            notices.push(Notice::new(key, id, Reason::TooMany));
            break;
        } else {
            ids.push(id.to_owned());
        }
    }
    ids
}

fn stance_list(value: &str, notices: &mut Vec<Notice>) -> Vec<StanceFilter> {
    let mut filters = Vec::new();
    for pair in value.split(',').map(str::trim).filter(|s| !s.is_empty()).take(MAX_LIST) {
        match pair.split_once(':') {
            Some((t, s)) if is_valid_id(t) && is_valid_id(s) => {
                filters.push(StanceFilter { topic: TopicId::new(t), stance: StanceId::new(s) })
            }
            _ => notices.push(Notice::new("stance", pair, Reason::Pair)),
        }
    }
    filters
}

fn date(value: &str, ignore: &mut impl FnMut(Reason)) -> Option<PartialDate> {
    if value.is_empty() {
        return None;
    }
    PartialDate::parse(value).map_err(|_| ignore(Reason::Date)).ok()
}

/// A dataset address: a path on this site or an http(s) URL. Whether its origin is allowed is
/// for the page to decide, since only the page knows its own origin.
fn data_url(value: &str) -> Result<Option<String>, ()> {
    if value.is_empty() {
        return Ok(None);
    }
    if value.len() > MAX_DATA_URL || value.chars().any(|c| c.is_control()) {
        return Err(());
    }
    let lower = value.to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s).filter(|s| !s.contains('/'));
    match scheme {
        None | Some("http") | Some("https") => Ok(Some(value.to_owned())),
        Some(_) => Err(()),
    }
}

/// The view's parameters that differ from the default, in contract order.
pub fn encode_pairs(v: &ViewState) -> Vec<(&'static str, String)> {
    let join = |items: Vec<String>| canonical(items).join(",");
    let mut out = Vec::new();
    if v.view != View::default() {
        out.push(("view", v.view.id().to_owned()));
    }
    if !v.actors.is_empty() {
        out.push(("actors", join(v.actors.iter().map(|a| a.to_string()).collect())));
    }
    if !v.topics.is_empty() {
        out.push(("topics", join(v.topics.iter().map(|t| t.to_string()).collect())));
    }
    if !v.kinds.is_empty() {
        out.push(("kind", join(v.kinds.iter().map(|k| kind_id(*k).to_owned()).collect())));
    }
    if let Some(group) = &v.group {
        out.push(("group", group.clone()));
    }
    for (name, d) in [("at", v.at), ("from", v.from), ("to", v.to)] {
        if let Some(d) = d {
            out.push((name, d.to_string()));
        }
    }
    if !v.q.trim().is_empty() {
        out.push(("q", v.q.trim().to_owned()));
    }
    if !v.stance.is_empty() {
        out.push(("stance", join(v.stance.iter().map(|f| format!("{}:{}", f.topic, f.stance)).collect())));
    }
    if let Sort::Topic(t) = &v.sort {
        out.push(("sort", t.to_string()));
    }
    if let Some(lang) = v.lang {
        out.push(("lang", lang.code().to_owned()));
    }
    if v.theme != Theme::default() {
        out.push(("theme", v.theme.id().to_owned()));
    }
    if v.embed {
        out.push(("embed", "1".to_owned()));
    }
    if let Some(data) = &v.data {
        out.push(("data", data.clone()));
    }
    if !v.treaty.is_empty() {
        out.push(("treaty", join(v.treaty.iter().map(|s| s.code().to_owned()).collect())));
    }
    match &v.color {
        None => {}
        Some(MapColor::Treaty) => out.push(("color", "treaty".to_owned())),
        Some(MapColor::Topic(t)) => out.push(("color", t.to_string())),
    }
    if !v.articles.is_empty() {
        // Reading order (6 before 14), not the alphabet's: `join` would sort them again.
        let ids: Vec<String> = canonical_articles(v.articles.clone()).iter().map(|a| a.to_string()).collect();
        out.push(("article", ids.join(",")));
    }
    out
}

/// The canonical query string of a view, without `?`; empty for the default view.
pub fn encode(v: &ViewState) -> String {
    join_query(encode_pairs(v).iter().map(|(k, val)| (*k, val.as_str())))
}

/// Replaces the contract's parameters in an existing query string with the view's, keeping the
/// host page's own parameters where they were.
pub fn merge_into(existing: &str, v: &ViewState) -> String {
    let foreign: Vec<(String, String)> =
        pairs(existing).into_iter().filter(|(k, _)| !PARAMS.contains(&k.to_ascii_lowercase().as_str())).collect();
    let ours = encode_pairs(v);
    join_query(foreign.iter().map(|(k, v)| (k.as_str(), v.as_str())).chain(ours.iter().map(|(k, v)| (*k, v.as_str()))))
}

fn join_query<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    pairs.map(|(k, v)| format!("{}={}", percent::encode(k), percent::encode(v))).collect::<Vec<_>>().join("&")
}
