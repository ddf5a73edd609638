//! The records of a `stances/1` dataset, as they are written in JSON.

use super::{
    ActorId, Article, DraftStage, EventId, HistoryEntry, PartialDate, SourceId, StanceId, SubquestionId, Text, TopicId,
};
use serde::{Deserialize, Serialize};
use std::cell::OnceCell;
use std::collections::HashMap;

pub const SCHEMA: &str = "stances/1";

/// Compared by value natively (the tests compare what was read with what was meant). In the
/// browser a dataset is compared only as a component's `Rc<Dataset>` prop, and a dataset read is
/// never changed, so there two datasets are equal when they are the same one: no code compares
/// every position (a deep comparison cost 1.1 KB brotli of the page's wasm, and 10 ms per
/// keystroke on the stress dataset before `Rc`'s pointer check).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, PartialEq, Eq))]
pub struct Dataset {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("const" = "stances/1")))]
    pub schema: String,
    pub negotiation: Negotiation,
    pub topics: Vec<Topic>,
    pub actors: Vec<Actor>,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub events: Vec<Event>,
    pub positions: Vec<Position>,
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
    /// Treaty actions by the depositary's record (and domestic steps), in any order.
    #[serde(default)]
    pub actions: Vec<TreatyAction>,
    /// The date the treaty actions are complete to: a state with none "has not signed as of"
    /// this date, never "holds no stance".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treaty_status: Option<TreatyStatus>,
    /// The adopted text's articles that the topics concern. Left out of outlines: they load
    /// with the whole dataset.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<super::Article>,
    /// Built on first use, so that finding an actor's positions does not scan them all.
    #[serde(skip)]
    pub index: PositionIndex,
}

#[cfg(target_arch = "wasm32")]
impl PartialEq for Dataset {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

#[cfg(target_arch = "wasm32")]
impl Eq for Dataset {}

/// An actor's positions, by topic, then sub-question (`None`: the topic as a whole).
type ByQuestion = HashMap<TopicId, HashMap<Option<SubquestionId>, Vec<(usize, Option<PartialDate>)>>>;

/// Positions grouped by actor, topic and sub-question, in file order, each with the date it
/// holds from. Derived from the positions alone: it never makes two datasets unequal, and a
/// clone starts without one.
#[derive(Default)]
pub struct PositionIndex(OnceCell<HashMap<ActorId, ByQuestion>>);

impl PartialEq for PositionIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for PositionIndex {}

// Fails to compile if a field ever makes the dataset lose `Eq` (a float, say).
const _: fn() = || {
    fn eq<T: Eq>() {}
    eq::<Dataset>();
};

impl Clone for PositionIndex {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl std::fmt::Debug for PositionIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PositionIndex")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Negotiation {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = r"^[A-Za-z0-9._-]{1,64}$")))]
    pub id: String,
    pub name: Text,
    pub short_name: Text,
    pub description: Text,
    /// The forum, e.g. "UN General Assembly, Ad Hoc Committee".
    pub body: String,
    pub start_date: PartialDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: TopicId,
    pub label: Text,
    pub question: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subquestions: Vec<Subquestion>,
    /// Ordered: sorting by a topic follows this order.
    pub scale: Vec<Stance>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Subquestion {
    pub id: SubquestionId,
    pub label: Text,
    pub question: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Stance {
    pub id: StanceId,
    pub label: Text,
    pub description: Text,
    /// Shown beside the label so that the stance never rests on colour alone.
    pub symbol: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    State,
    Bloc,
    Organisation,
    Person,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: ActorId,
    pub name: Text,
    pub kind: ActorKind,
    /// UN regional group for states, e.g. "Eastern European".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// A bloc's members.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<ActorId>,
    /// A person's organisation or state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<ActorId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    News,
    Ngo,
    UnDocument,
    Government,
    Academic,
}

/// How far a reader can trust a source on its own (the rules of evidence): a position never
/// rests on `Weak` sources alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum SourceClass {
    /// The UN's own records, or a government's or bloc's own statement.
    Primary,
    /// News organisations with editors and a correction policy.
    Press,
    CivilSociety,
    Research,
    /// Aggregators, reprints, content farms, machine-generated summaries.
    Weak,
}

impl SourceClass {
    pub const ALL: [SourceClass; 5] =
        [SourceClass::Primary, SourceClass::Press, SourceClass::CivilSociety, SourceClass::Research, SourceClass::Weak];

    pub fn code(self) -> &'static str {
        match self {
            SourceClass::Primary => "primary",
            SourceClass::Press => "press",
            SourceClass::CivilSociety => "civil-society",
            SourceClass::Research => "research",
            SourceClass::Weak => "weak",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    pub kind: SourceKind,
    pub publisher: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    pub date: PartialDate,
    /// http(s) only; validation rejects anything else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = r"^[hH][tT][tT][pP][sS]?://\S+$")))]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// What the source covers, in our words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// A caveat a reader should see, e.g. that a report was machine-generated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Left out only by datasets made before classes existed; the bundled one classes all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<SourceClass>,
    /// Where the source was read when that is a copy of the original at `url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = r"^[hH][tT][tT][pP][sS]?://\S+$")))]
    pub mirror: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    Resolution,
    Session,
    Vote,
    Adoption,
    Signature,
    Ratification,
    Report,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: EventId,
    pub date: PartialDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    pub kind: EventKind,
    pub title: Text,
    pub description: Text,
    pub sources: Vec<SourceId>,
    /// A recorded vote's official count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tally: Option<Tally>,
    /// Who voted how, where the per-state record is known; the lists add up to `tally`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<Votes>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Tally {
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Votes {
    #[serde(default)]
    pub yes: Vec<ActorId>,
    #[serde(default)]
    pub no: Vec<ActorId>,
    #[serde(default)]
    pub abstain: Vec<ActorId>,
    /// Members present in the record who cast no vote; not part of the tally.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent: Vec<ActorId>,
}

/// A step towards being bound by the treaty. Not a stance: it never counts in agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ActionKind {
    Signature,
    Ratification,
    Acceptance,
    Approval,
    Accession,
    /// A parliament's or president's approval at home: not a deposit with the depositary.
    DomesticApproval,
}

impl ActionKind {
    pub const ALL: [ActionKind; 6] = [
        ActionKind::Signature,
        ActionKind::Ratification,
        ActionKind::Acceptance,
        ActionKind::Approval,
        ActionKind::Accession,
        ActionKind::DomesticApproval,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ActionKind::Signature => "signature",
            ActionKind::Ratification => "ratification",
            ActionKind::Acceptance => "acceptance",
            ActionKind::Approval => "approval",
            ActionKind::Accession => "accession",
            ActionKind::DomesticApproval => "domestic-approval",
        }
    }

    /// Ratification, acceptance, approval and accession all make a state a party (once in force).
    pub fn binds(self) -> bool {
        matches!(self, ActionKind::Ratification | ActionKind::Acceptance | ActionKind::Approval | ActionKind::Accession)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TreatyAction {
    pub actor: ActorId,
    pub kind: ActionKind,
    pub date: PartialDate,
    pub sources: Vec<SourceId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TreatyStatus {
    /// The date of the status record the actions were read from.
    pub as_of: PartialDate,
    pub sources: Vec<SourceId>,
    /// What a reader should know of the record's completeness, shown with every status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How we know a position: a source says so, or we deduced it (and say from what).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    Reported,
    /// The basis of the inference, e.g. "member of the EU, which spoke for its members".
    Inferred(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    pub speaker: String,
    pub source: SourceId,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub actor: ActorId,
    pub topic: TopicId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subquestion: Option<SubquestionId>,
    pub stance: StanceId,
    /// When the position was stated; may be left out when `event` dates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
    /// What the sources report, in our words.
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    pub sources: Vec<SourceId>,
    pub certainty: Certainty,
    /// The articles (or paragraphs, `"14(3)"`) of the adopted text the position argued about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<super::ArticleRef>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub topic: TopicId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subquestion: Option<SubquestionId>,
    pub articles: Vec<String>,
    pub summary: String,
    pub sources: Vec<SourceId>,
}

// How each record is read from JSON (`json.rs`), field by field in declaration order: `req`
// fields must be given, `opt` ones take their default when left out. A field added to a record
// above is added here too, or the build fails.
crate::json_record!(Negotiation { id: req, name: req, short_name: req, description: req, body: req, start_date: req });
crate::json_record!(Topic { id: req, label: req, question: req, subquestions: opt, scale: req });
crate::json_record!(Subquestion { id: req, label: req, question: req });
crate::json_record!(Stance { id: req, label: req, description: req, symbol: req });
crate::json_record!(Actor { id: req, name: req, kind: req, region: opt, members: opt, affiliation: opt });
crate::json_record!(Source {
    id: req,
    kind: req,
    publisher: req,
    title: req,
    author: opt,
    date: req,
    url: opt,
    language: opt,
    summary: opt,
    note: opt,
    class: opt,
    mirror: opt,
});
crate::json_record!(Event {
    id: req,
    date: req,
    end_date: opt,
    place: opt,
    kind: req,
    title: req,
    description: req,
    sources: req,
    tally: opt,
    votes: opt,
});
crate::json_record!(Tally { yes: req, no: req, abstain: req });
crate::json_record!(Votes { yes: opt, no: opt, abstain: opt, absent: opt });
crate::json_record!(TreatyAction { actor: req, kind: req, date: req, sources: req, note: opt });
crate::json_record!(TreatyStatus { as_of: req, sources: req, note: opt });
crate::json_record!(Quote { text: req, speaker: req, source: req });
crate::json_record!(Position {
    actor: req,
    topic: req,
    subquestion: opt,
    stance: req,
    date: opt,
    event: opt,
    summary: req,
    quote: opt,
    sources: req,
    certainty: req,
    articles: opt,
});
crate::json_record!(Article {
    id: req,
    heading: req,
    topics: req,
    subquestion: opt,
    summary: req,
    quote: opt,
    history: opt,
    votes: opt,
    sources: req,
    note: opt,
});
crate::json_record!(HistoryEntry { stage: req, date: req, summary: req, sources: req });
crate::json_enum!(DraftStage {
    ZeroDraft: "zero-draft",
    RevisedDraft: "revised-draft",
    UpdatedDraft: "updated-draft",
    Adopted: "adopted",
});
crate::json_record!(Outcome { topic: req, subquestion: opt, articles: req, summary: req, sources: req });
crate::json_enum!(ActorKind { State: "state", Bloc: "bloc", Organisation: "organisation", Person: "person" });
crate::json_enum!(SourceKind {
    News: "news",
    Ngo: "ngo",
    UnDocument: "un-document",
    Government: "government",
    Academic: "academic",
});
crate::json_enum!(SourceClass {
    Primary: "primary",
    Press: "press",
    CivilSociety: "civil-society",
    Research: "research",
    Weak: "weak",
});
crate::json_enum!(ActionKind {
    Signature: "signature",
    Ratification: "ratification",
    Acceptance: "acceptance",
    Approval: "approval",
    Accession: "accession",
    DomesticApproval: "domestic-approval",
});
crate::json_enum!(EventKind {
    Resolution: "resolution",
    Session: "session",
    Vote: "vote",
    Adoption: "adoption",
    Signature: "signature",
    Ratification: "ratification",
    Report: "report",
});

impl super::json::FromJson for Certainty {
    fn read(c: &mut super::json::Cursor) -> Result<Self, super::json::Error> {
        use super::json::VariantForm;
        match c.variant(&["reported", "inferred"])? {
            (0, VariantForm::Name) => Ok(Certainty::Reported),
            (0, VariantForm::Object) => {
                if !c.null() {
                    return Err(c.invalid_type("unit"));
                }
                c.end_variant().map(|()| Certainty::Reported)
            }
            (_, VariantForm::Name) => Err(c.err("invalid type: unit variant, expected newtype variant")),
            (_, VariantForm::Object) => {
                let basis = c.string()?;
                c.end_variant().map(|()| Certainty::Inferred(basis))
            }
        }
    }
}

impl Dataset {
    pub fn topic(&self, id: &TopicId) -> Option<&Topic> {
        self.topics.iter().find(|t| &t.id == id)
    }

    pub fn actor(&self, id: &ActorId) -> Option<&Actor> {
        self.actors.iter().find(|a| &a.id == id)
    }

    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.sources.iter().find(|s| &s.id == id)
    }

    pub fn event(&self, id: &EventId) -> Option<&Event> {
        self.events.iter().find(|e| &e.id == id)
    }

    pub fn article(&self, id: &super::ArticleId) -> Option<&super::Article> {
        self.articles.iter().find(|a| &a.id == id)
    }

    /// The actor's positions on the question (the topic as a whole when `subquestion` is
    /// `None`), in file order: each as its index in `positions` and the date it holds from.
    pub fn positions_on(
        &self,
        actor: &ActorId,
        topic: &TopicId,
        subquestion: Option<&SubquestionId>,
    ) -> &[(usize, Option<PartialDate>)] {
        let index = self.index.0.get_or_init(|| {
            let event_dates: HashMap<&EventId, PartialDate> = self.events.iter().map(|e| (&e.id, e.date)).collect();
            let mut map: HashMap<ActorId, ByQuestion> = HashMap::new();
            // Files list an actor's positions together, and those on one question together:
            // one lookup a run of them, not one a position (a key is copied only when new).
            let positions = &self.positions;
            let mut i = 0;
            while let Some(first) = positions.get(i) {
                let by_topic = slot(&mut map, &first.actor);
                while let Some(p) = positions.get(i).filter(|p| p.actor == first.actor) {
                    let list = slot(slot(by_topic, &p.topic), &p.subquestion);
                    let same =
                        |q: &&Position| q.actor == p.actor && q.topic == p.topic && q.subquestion == p.subquestion;
                    while let Some(q) = positions.get(i).filter(same) {
                        list.push((i, q.date.or_else(|| q.event.as_ref().and_then(|e| event_dates.get(e).copied()))));
                        i += 1;
                    }
                }
            }
            map
        });
        index
            .get(actor)
            .and_then(|topics| topics.get(topic))
            .and_then(|questions| questions.get(&subquestion.cloned()))
            .map_or(&[], Vec::as_slice)
    }

    /// The date a position holds from: its own, else its event's.
    pub fn position_date(&self, position: &Position) -> Option<PartialDate> {
        position.date.or_else(|| position.event.as_ref().and_then(|e| self.event(e)).map(|e| e.date))
    }
}

/// The entry of `map` for `key`, made (with a copy of the key) if it is not there.
fn slot<'m, K: Clone + Eq + std::hash::Hash, V: Default>(map: &'m mut HashMap<K, V>, key: &K) -> &'m mut V {
    if !map.contains_key(key) {
        map.insert(key.clone(), V::default());
    }
    map.get_mut(key).expect("inserted above")
}

impl Topic {
    pub fn stance(&self, id: &StanceId) -> Option<&Stance> {
        self.scale.iter().find(|s| &s.id == id)
    }

    /// Where a stance sits on the scale, for sorting by this topic.
    pub fn stance_rank(&self, id: &StanceId) -> Option<usize> {
        self.scale.iter().position(|s| &s.id == id)
    }
}
