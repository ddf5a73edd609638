//! The rules a dataset must keep beyond its shape: references resolve, ids are unique, stances
//! sit on their topic's scale, every position has a source, URLs are http(s), text is of sane
//! length. Every broken rule becomes a [`Fault`] with its JSON path.

use super::fault::quoted;
use super::ids::is_valid_id;
use super::{Certainty, Dataset, EventKind, Fault, SourceClass, SourceId, Tally, Text, Topic, Votes};
use std::collections::{HashMap, HashSet};
use std::fmt::Display;

/// Ids of records that failed to parse, so references to them are not reported twice.
#[derive(Default)]
pub struct Unparsed {
    /// The negotiation record failed to parse: its fields are not checked again.
    pub negotiation: bool,
    pub topics: Vec<String>,
    pub actors: Vec<String>,
    pub sources: Vec<String>,
    pub events: Vec<String>,
    pub articles: Vec<String>,
    /// Where in each list the records that failed to parse were, so the faults of the records
    /// after them name their place in the file, not in what was read.
    pub skipped: Vec<(&'static str, usize)>,
}

impl Unparsed {
    /// The place in the file's `list` of the `i`-th record read from it.
    fn index(&self, list: &str, i: usize) -> usize {
        let mut at = i;
        for &(_, skipped) in self.skipped.iter().filter(|(l, _)| *l == list) {
            if skipped <= at {
                at += 1;
            }
        }
        at
    }
}

const MAX_ID: usize = 64;
const MAX_LABEL: usize = 200;
const MAX_TITLE: usize = 500;
const MAX_QUOTE: usize = 600;
const MAX_SUMMARY: usize = 2000;
const MAX_URL: usize = 2048;
const MAX_SYMBOL: usize = 8;

struct Checker<'a> {
    faults: &'a mut Vec<Fault>,
}

/// A value's JSON path, written out only when the value has a fault: a large dataset is
/// almost all valid, and writing every path out was most of the time spent checking it.
type Path<'p> = &'p dyn Fn() -> String;

/// The path of a list's record, as `positions[12]`, for the paths inside it.
struct Rec(&'static str, usize);

impl Display for Rec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}

impl Checker<'_> {
    fn fault(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.faults.push(Fault::new(path, reason));
    }

    fn id(&mut self, path: Path, id: &str) {
        if !is_valid_id(id) {
            self.fault(
                path(),
                format!("{} is not a valid id: use 1 to {MAX_ID} letters, digits, '-', '_' or '.'", quoted(id)),
            );
        }
    }

    fn str(&mut self, path: Path, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.fault(path(), "is empty");
        } else if value.len() > max && value.chars().count() > max {
            self.fault(path(), format!("is {} characters long; the limit is {max}", value.chars().count()));
        }
    }

    fn opt_str(&mut self, path: Path, value: Option<&str>, max: usize) {
        if let Some(v) = value {
            self.str(path, v, max);
        }
    }

    fn text(&mut self, path: Path, text: &Text, max: usize) {
        if matches!(text, Text::Translated(_)) && text.in_code("en").is_none() {
            self.fault(path(), "has translations but no \"en\" entry to fall back on");
        }
        for (lang, value) in text.variants() {
            self.str(&|| lang.map_or_else(path, |l| format!("{}.{l}", path())), value, max);
        }
    }

    fn url(&mut self, path: Path, url: &str) {
        let lower = url.trim_start().to_ascii_lowercase();
        let host = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
        match host {
            None => self.fault(path(), format!("{} is not an http(s) URL", quoted(&truncate(url)))),
            Some("") => self.fault(path(), "has no host"),
            Some(_) if url.len() > MAX_URL => self.fault(path(), format!("is longer than {MAX_URL} characters")),
            Some(_) if url.chars().any(|c| c.is_whitespace() || c.is_control()) => {
                self.fault(path(), "contains spaces or control characters")
            }
            Some(_) => {}
        }
    }

    /// Reports ids seen twice in one list; returns the set of ids for reference checks.
    fn unique<'d>(&mut self, list: &str, ids: impl Iterator<Item = (usize, &'d str)>) -> Ids<'d> {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids {
            self.id(&|| format!("{list}[{i}].id"), id);
            if let Some(first) = seen.insert(id, i) {
                self.fault(format!("{list}[{i}].id"), format!("{} is already the id of {list}[{first}]", quoted(id)));
                seen.insert(id, first);
            }
        }
        Ids::new(seen.into_keys().collect())
    }
}

/// A set of ids, sorted to be searched: a dataset makes hundreds of thousands of references,
/// and a few comparisons each cost the WebAssembly far less than hashing each (most of the time
/// checking took), with no input that makes them slow.
struct Ids<'a>(Vec<&'a str>);

impl<'a> Ids<'a> {
    fn new(mut ids: Vec<&'a str>) -> Self {
        crate::order::sort_dedup(&mut ids);
        Self(ids)
    }

    fn contains(&self, id: &str) -> bool {
        self.0.binary_search(&id).is_ok()
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(60).collect()
}

/// A set of known ids, counting those whose records failed to parse as known.
struct Known<'a> {
    ids: Ids<'a>,
    unparsed: &'a [String],
    what: &'static str,
}

impl Known<'_> {
    fn check(&self, c: &mut Checker, path: Path, id: &str) {
        if !self.ids.contains(id) && !self.unparsed.iter().any(|u| u == id) {
            c.fault(path(), format!("{} is not {} in this dataset", quoted(id), self.what));
        }
    }
}

/// `outline`: `d` was read as an outline (see `Dataset::outline`), so the words it leaves out
/// are not required. Said by the reader, not read off `d.schema`, which stays a placeholder
/// when the schema tag itself is wrong.
pub fn validate(d: &Dataset, outline: bool, unparsed: &Unparsed, faults: &mut Vec<Fault>) {
    let mut c = Checker { faults };
    let n = &d.negotiation;
    if !unparsed.negotiation {
        c.id(&|| "negotiation.id".into(), &n.id);
        c.text(&|| "negotiation.name".into(), &n.name, MAX_TITLE);
        c.text(&|| "negotiation.short_name".into(), &n.short_name, MAX_LABEL);
        c.text(&|| "negotiation.description".into(), &n.description, MAX_SUMMARY);
        c.str(&|| "negotiation.body".into(), &n.body, MAX_LABEL);
    }

    let topics = Known {
        ids: c.unique("topics", d.topics.iter().enumerate().map(|(i, t)| (unparsed.index("topics", i), t.id.as_str()))),
        unparsed: &unparsed.topics,
        what: "a topic",
    };
    let actors = Known {
        ids: c.unique("actors", d.actors.iter().enumerate().map(|(i, a)| (unparsed.index("actors", i), a.id.as_str()))),
        unparsed: &unparsed.actors,
        what: "an actor",
    };
    let sources = Known {
        ids: c.unique(
            "sources",
            d.sources.iter().enumerate().map(|(i, s)| (unparsed.index("sources", i), s.id.as_str())),
        ),
        unparsed: &unparsed.sources,
        what: "a source",
    };
    let events = Known {
        ids: c.unique("events", d.events.iter().enumerate().map(|(i, e)| (unparsed.index("events", i), e.id.as_str()))),
        unparsed: &unparsed.events,
        what: "an event",
    };

    let articles = Known {
        ids: c.unique(
            "articles",
            d.articles.iter().enumerate().map(|(i, a)| (unparsed.index("articles", i), a.id.as_str())),
        ),
        unparsed: &unparsed.articles,
        what: "an article",
    };

    if d.topics.is_empty() && unparsed.topics.is_empty() {
        c.fault("topics", "is empty; a dataset compares at least one topic");
    }
    for (i, t) in d.topics.iter().enumerate() {
        let i = unparsed.index("topics", i);
        check_topic(&mut c, i, t);
    }

    for (i, a) in d.actors.iter().enumerate() {
        let i = unparsed.index("actors", i);
        let at = Rec("actors", i);
        c.text(&|| format!("{at}.name"), &a.name, MAX_LABEL);
        c.opt_str(&|| format!("{at}.region"), a.region.as_deref(), MAX_LABEL);
        for (j, m) in a.members.iter().enumerate() {
            actors.check(&mut c, &|| format!("{at}.members[{j}]"), m.as_str());
        }
        if let Some(aff) = &a.affiliation {
            actors.check(&mut c, &|| format!("{at}.affiliation"), aff.as_str());
        }
    }

    for (i, s) in d.sources.iter().enumerate() {
        let i = unparsed.index("sources", i);
        let at = Rec("sources", i);
        c.str(&|| format!("{at}.publisher"), &s.publisher, MAX_LABEL);
        c.str(&|| format!("{at}.title"), &s.title, MAX_TITLE);
        c.opt_str(&|| format!("{at}.author"), s.author.as_deref(), MAX_LABEL);
        c.opt_str(&|| format!("{at}.language"), s.language.as_deref(), 16);
        c.opt_str(&|| format!("{at}.summary"), s.summary.as_deref(), MAX_SUMMARY);
        c.opt_str(&|| format!("{at}.note"), s.note.as_deref(), MAX_SUMMARY);
        if let Some(url) = &s.url {
            c.url(&|| format!("{at}.url"), url);
        }
        if let Some(mirror) = &s.mirror {
            c.url(&|| format!("{at}.mirror"), mirror);
        }
    }
    let weak =
        Ids::new(d.sources.iter().filter(|s| s.class == Some(SourceClass::Weak)).map(|s| s.id.as_str()).collect());

    // An outline keeps how many sources a position cites (the table counts them) but not which,
    // nor the sources themselves, the summaries and descriptions.
    let whole = !outline;
    let source_list = |c: &mut Checker, at: &dyn Display, list: &[super::SourceId]| {
        if !whole {
            return;
        }
        if list.is_empty() {
            c.fault(format!("{at}.sources"), "is empty; name at least one source");
        }
        for (j, s) in list.iter().enumerate() {
            sources.check(c, &|| format!("{at}.sources[{j}]"), s.as_str());
        }
    };

    // The rules of evidence: a weak source may stand beside another, never alone.
    let weak_only = |c: &mut Checker, at: &dyn Display, list: &[SourceId]| {
        if whole && !list.is_empty() && list.iter().all(|s| weak.contains(s.as_str())) {
            c.fault(
                format!("{at}.sources"),
                "rests on weak sources alone; cite a primary, press, civil-society or research source beside them",
            );
        }
    };

    for (i, e) in d.events.iter().enumerate() {
        let i = unparsed.index("events", i);
        let at = Rec("events", i);
        c.text(&|| format!("{at}.title"), &e.title, MAX_TITLE);
        if whole {
            c.text(&|| format!("{at}.description"), &e.description, MAX_SUMMARY);
        }
        c.opt_str(&|| format!("{at}.place"), e.place.as_deref(), MAX_LABEL);
        if e.end_date.is_some_and(|end| end.last_day() < e.date.first_day()) {
            c.fault(format!("{at}.end_date"), format!("is before the start date {}", e.date));
        }
        source_list(&mut c, &at, &e.sources);
        if let Some(votes) = &e.votes {
            check_votes(&mut c, &at, e.tally, votes, &actors);
        }
    }

    let mut seen_actions = HashSet::new();
    for (i, a) in d.actions.iter().enumerate() {
        let i = unparsed.index("actions", i);
        let at = Rec("actions", i);
        actors.check(&mut c, &|| format!("{at}.actor"), a.actor.as_str());
        c.opt_str(&|| format!("{at}.note"), a.note.as_deref(), MAX_SUMMARY);
        source_list(&mut c, &at, &a.sources);
        if !seen_actions.insert((a.actor.as_str(), a.kind, a.date)) {
            c.fault(
                at.to_string(),
                format!("repeats a {} by {} on {}", a.kind.code(), quoted(a.actor.as_str()), a.date),
            );
        }
    }
    if let Some(status) = &d.treaty_status {
        source_list(&mut c, &"treaty_status", &status.sources);
        c.opt_str(&|| "treaty_status.note".into(), status.note.as_deref(), MAX_SUMMARY);
    }

    for (i, p) in d.positions.iter().enumerate() {
        let i = unparsed.index("positions", i);
        let at = Rec("positions", i);
        actors.check(&mut c, &|| format!("{at}.actor"), p.actor.as_str());
        topics.check(&mut c, &|| format!("{at}.topic"), p.topic.as_str());
        if let Some(topic) = d.topic(&p.topic) {
            check_on_topic(&mut c, &at, topic, p.subquestion.as_ref().map(|s| s.as_str()));
            if topic.stance(&p.stance).is_none() {
                let scale: Vec<_> = topic.scale.iter().map(|s| s.id.as_str()).collect();
                c.fault(
                    format!("{at}.stance"),
                    format!(
                        "{} is not on the scale of topic {} ({})",
                        quoted(p.stance.as_str()),
                        quoted(topic.id.as_str()),
                        scale.join(", ")
                    ),
                );
            }
        }
        if let Some(e) = &p.event {
            events.check(&mut c, &|| format!("{at}.event"), e.as_str());
        }
        if p.date.is_none() && p.event.is_none() {
            c.fault(format!("{at}.date"), "missing; give a date or an event that dates the position");
        }
        if whole {
            c.str(&|| format!("{at}.summary"), &p.summary, MAX_SUMMARY);
        }
        source_list(&mut c, &at, &p.sources);
        weak_only(&mut c, &at, &p.sources);
        if let Some(q) = &p.quote {
            c.str(&|| format!("{at}.quote.text"), &q.text, MAX_QUOTE);
            c.str(&|| format!("{at}.quote.speaker"), &q.speaker, MAX_LABEL);
            if !p.sources.contains(&q.source) {
                c.fault(
                    format!("{at}.quote.source"),
                    format!("{} is not among the position's sources", quoted(q.source.as_str())),
                );
            }
        }
        if let (Certainty::Inferred(basis), true) = (&p.certainty, whole) {
            c.str(&|| format!("{at}.certainty.inferred"), basis, MAX_SUMMARY);
        }
        for (j, r) in p.articles.iter().enumerate() {
            // "14(3)" names article 14: the paragraph is the author's precision, not an id.
            articles.check(&mut c, &|| format!("{at}.articles[{j}]"), r.article.as_str());
        }
    }

    for (i, a) in d.articles.iter().enumerate() {
        let i = unparsed.index("articles", i);
        let at = Rec("articles", i);
        c.text(&|| format!("{at}.heading"), &a.heading, MAX_TITLE);
        if a.topics.is_empty() {
            c.fault(format!("{at}.topics"), "is empty; name the topic(s) the article settles");
        }
        for (j, t) in a.topics.iter().enumerate() {
            topics.check(&mut c, &|| format!("{at}.topics[{j}]"), t.as_str());
        }
        if let Some(sq) = &a.subquestion {
            let on_a_topic =
                a.topics.iter().filter_map(|t| d.topic(t)).any(|t| t.subquestions.iter().any(|s| &s.id == sq));
            if !on_a_topic && !a.topics.is_empty() && a.topics.iter().all(|t| d.topic(t).is_some()) {
                c.fault(
                    format!("{at}.subquestion"),
                    format!("{} is not a sub-question of the article's topics", quoted(sq.as_str())),
                );
            }
        }
        if whole {
            c.str(&|| format!("{at}.summary"), &a.summary, MAX_SUMMARY);
            c.opt_str(&|| format!("{at}.note"), a.note.as_deref(), MAX_SUMMARY);
        }
        if let Some(q) = &a.quote {
            c.str(&|| format!("{at}.quote.text"), &q.text, MAX_QUOTE);
            c.str(&|| format!("{at}.quote.speaker"), &q.speaker, MAX_LABEL);
            if !a.sources.contains(&q.source) {
                c.fault(
                    format!("{at}.quote.source"),
                    format!("{} is not among the article's sources", quoted(q.source.as_str())),
                );
            }
        }
        for (j, h) in a.history.iter().enumerate() {
            let at = format!("{at}.history[{j}]");
            if whole {
                c.str(&|| format!("{at}.summary"), &h.summary, MAX_SUMMARY);
            }
            source_list(&mut c, &at, &h.sources);
            weak_only(&mut c, &at, &h.sources);
        }
        for (j, v) in a.votes.iter().enumerate() {
            let path = format!("{at}.votes[{j}]");
            match d.event(v) {
                Some(e) if e.kind != EventKind::Vote => {
                    c.fault(path, format!("{} is an event, but not of kind \"vote\"", quoted(v.as_str())))
                }
                Some(_) => {}
                None => events.check(&mut c, &|| path.clone(), v.as_str()),
            }
        }
        source_list(&mut c, &at, &a.sources);
        weak_only(&mut c, &at, &a.sources);
    }

    for (i, o) in d.outcomes.iter().enumerate() {
        let i = unparsed.index("outcomes", i);
        let at = Rec("outcomes", i);
        topics.check(&mut c, &|| format!("{at}.topic"), o.topic.as_str());
        if let Some(topic) = d.topic(&o.topic) {
            check_on_topic(&mut c, &at, topic, o.subquestion.as_ref().map(|s| s.as_str()));
        }
        for (j, a) in o.articles.iter().enumerate() {
            c.str(&|| format!("{at}.articles[{j}]"), a, MAX_LABEL);
        }
        if whole {
            c.str(&|| format!("{at}.summary"), &o.summary, MAX_SUMMARY);
        }
        source_list(&mut c, &at, &o.sources);
    }
}

/// The per-state lists name known actors once each and add up to the official tally.
fn check_votes(c: &mut Checker, at: &dyn Display, tally: Option<Tally>, votes: &Votes, actors: &Known) {
    let Some(tally) = tally else {
        c.fault(format!("{at}.votes"), "is given without a tally; add the official \"tally\"");
        return;
    };
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let lists = [("yes", &votes.yes), ("no", &votes.no), ("abstain", &votes.abstain), ("absent", &votes.absent)];
    for (choice, list) in lists {
        for (j, id) in list.iter().enumerate() {
            let path = format!("{at}.votes.{choice}[{j}]");
            actors.check(c, &|| path.clone(), id.as_str());
            if let Some(first) = seen.insert(id.as_str(), choice) {
                c.fault(path, format!("{} is already listed under {}", quoted(id.as_str()), quoted(first)));
            }
        }
    }
    for (choice, list, official) in
        [("yes", &votes.yes, tally.yes), ("no", &votes.no, tally.no), ("abstain", &votes.abstain, tally.abstain)]
    {
        if list.len() != official as usize {
            c.fault(
                format!("{at}.votes.{choice}"),
                format!("lists {} states but the tally says {official}", list.len()),
            );
        }
    }
}

fn check_topic(c: &mut Checker, i: usize, t: &Topic) {
    let at = format!("topics[{i}]");
    c.text(&|| format!("{at}.label"), &t.label, MAX_LABEL);
    c.text(&|| format!("{at}.question"), &t.question, MAX_TITLE);
    if t.scale.is_empty() {
        c.fault(format!("{at}.scale"), "is empty; a topic needs at least one stance");
    }
    c.unique(&format!("{at}.scale"), t.scale.iter().map(|s| s.id.as_str()).enumerate());
    for (j, s) in t.scale.iter().enumerate() {
        c.text(&|| format!("{at}.scale[{j}].label"), &s.label, MAX_LABEL);
        c.text(&|| format!("{at}.scale[{j}].description"), &s.description, MAX_SUMMARY);
        c.str(&|| format!("{at}.scale[{j}].symbol"), &s.symbol, MAX_SYMBOL);
    }
    c.unique(&format!("{at}.subquestions"), t.subquestions.iter().map(|s| s.id.as_str()).enumerate());
    for (j, s) in t.subquestions.iter().enumerate() {
        c.text(&|| format!("{at}.subquestions[{j}].label"), &s.label, MAX_LABEL);
        c.text(&|| format!("{at}.subquestions[{j}].question"), &s.question, MAX_TITLE);
    }
}

fn check_on_topic(c: &mut Checker, at: &dyn Display, topic: &Topic, subquestion: Option<&str>) {
    if let Some(sq) = subquestion {
        if !topic.subquestions.iter().any(|s| s.id.as_str() == sq) {
            c.fault(
                format!("{at}.subquestion"),
                format!("{} is not a sub-question of topic {}", quoted(sq), quoted(topic.id.as_str())),
            );
        }
    }
}
