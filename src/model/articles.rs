//! The adopted text's articles that the topics concern: what each settles, how its wording
//! moved across the drafts, and the recorded votes on it; and the references by which
//! positions name the articles they argued about (`"6"`, `"14(3)"`).

use super::{ArticleId, EventId, PartialDate, Quote, SourceId, SubquestionId, Text, TopicId};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The article's number (`"6"`) or name (`"Title"`, `"Preamble"`).
    pub id: ArticleId,
    pub heading: Text,
    /// The topics it settles, the first being the one it is listed under.
    pub topics: Vec<TopicId>,
    /// The sub-question of one of its topics that it settles, if one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subquestion: Option<SubquestionId>,
    /// What the article settles, in our words.
    pub summary: String,
    /// Short exact words of the adopted text, attributed to the document that holds them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    /// How its wording stood or moved at each stage, in any order (readers see it by date).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryEntry>,
    /// Events of kind `vote` on this article.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<EventId>,
    pub sources: Vec<SourceId>,
    /// A caveat a reader should see beside the article, e.g. that its heading was read in a
    /// description rather than in the UN text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The drafts the negotiation went through. Ordered as they came.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DraftStage {
    /// The Chair's zero draft (June 2023).
    ZeroDraft,
    /// The revised draft (November 2023).
    RevisedDraft,
    /// The updated draft (May 2024).
    UpdatedDraft,
    /// The text as adopted.
    Adopted,
}

impl DraftStage {
    pub const ALL: [DraftStage; 4] =
        [DraftStage::ZeroDraft, DraftStage::RevisedDraft, DraftStage::UpdatedDraft, DraftStage::Adopted];

    pub fn code(self) -> &'static str {
        match self {
            DraftStage::ZeroDraft => "zero-draft",
            DraftStage::RevisedDraft => "revised-draft",
            DraftStage::UpdatedDraft => "updated-draft",
            DraftStage::Adopted => "adopted",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    pub stage: DraftStage,
    pub date: PartialDate,
    /// How the wording stood at this stage, or how it moved, in our words.
    pub summary: String,
    pub sources: Vec<SourceId>,
}

/// A position's reference to an article, perhaps to a paragraph of it: `"14"`, `"14(3)"`,
/// `"40(22)(a)"`. Read into its parts so that a reference is always to an article id.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ArticleRef {
    pub article: ArticleId,
    /// The paragraphs as written, `"(3)"` or `"(22)(a)"`; empty for the whole article.
    pub paragraph: String,
}

impl ArticleRef {
    /// Reads `"14(3)"`; `None` when it is not an article id followed by zero or more
    /// parenthesised paragraph numbers or letters.
    pub fn parse(s: &str) -> Option<ArticleRef> {
        let (id, mut rest) = s.find('(').map_or((s, ""), |i| s.split_at(i));
        if !super::is_valid_id(id) {
            return None;
        }
        let paragraph = rest;
        while !rest.is_empty() {
            let (inner, after) = rest.strip_prefix('(')?.split_once(')')?;
            if inner.is_empty() || inner.len() > 8 || !inner.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return None;
            }
            rest = after;
        }
        Some(ArticleRef { article: ArticleId::new(id), paragraph: paragraph.to_owned() })
    }
}

impl fmt::Display for ArticleRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.article, self.paragraph)
    }
}

impl Serialize for ArticleRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl super::json::FromJson for ArticleRef {
    fn read(c: &mut super::json::Cursor) -> Result<Self, super::json::Error> {
        let start = c.i;
        let s = c.string()?;
        ArticleRef::parse(&s).ok_or_else(|| super::json::Error { reason: not_a_reference(&s), at: start })
    }
}

fn not_a_reference(s: &str) -> String {
    format!(
        "{} is not an article reference: expected an article id, then paragraphs in parentheses if any, e.g. \"14\" or \"14(3)\"",
        super::quoted(s)
    )
}

impl<'de> Deserialize<'de> for ArticleRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        ArticleRef::parse(&s).ok_or_else(|| serde::de::Error::custom(not_a_reference(&s)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_name_an_article_and_perhaps_its_paragraphs() {
        let r = ArticleRef::parse("14(3)").unwrap();
        assert_eq!((r.article.as_str(), r.paragraph.as_str()), ("14", "(3)"));
        assert_eq!(ArticleRef::parse("40(22)(a)").unwrap().to_string(), "40(22)(a)");
        assert_eq!(ArticleRef::parse("Title").unwrap().paragraph, "");
        for bad in ["", "(3)", "14(", "14()", "14(3", "14 (3)", "14(3)x", "a,b", "14(3-4)"] {
            assert_eq!(ArticleRef::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn stages_are_read_in_kebab_case_and_ordered_as_they_came() {
        let s: DraftStage = serde_json::from_str("\"updated-draft\"").unwrap();
        assert_eq!(s, DraftStage::UpdatedDraft);
        assert!(DraftStage::ZeroDraft < DraftStage::Adopted);
        assert!(DraftStage::ALL.iter().all(|s| serde_json::to_string(s).unwrap() == format!("\"{}\"", s.code())));
    }
}
