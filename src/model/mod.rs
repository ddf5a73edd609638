//! The dataset of schema `stances/1`: its types, parsing with located faults, and validation.

mod articles;
mod dataset;
mod date;
mod fault;
mod ids;
pub mod json;
mod lang;
mod locate;
mod outline;
mod parse;
mod text;
mod validate;

pub use articles::{Article, ArticleRef, DraftStage, HistoryEntry};
pub use dataset::*;
pub use date::{DateError, PartialDate};
pub use fault::{quoted, write_quoted, DatasetError, Fault};
pub use ids::{is_valid_id, ActorId, ArticleId, EventId, SourceId, StanceId, SubquestionId, TopicId};
pub use lang::Lang;
pub use outline::OUTLINE_SCHEMA;
pub use parse::{decode_text, load, load_outline, MAX_BYTES};
pub use text::Text;
