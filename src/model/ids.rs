//! Identifier newtypes, so an actor id can never be passed where a topic id is meant.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(
            #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = r"^[A-Za-z0-9._-]{1,64}$")))] String,
        );

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl super::json::FromJson for $name {
            fn read(c: &mut super::json::Cursor) -> Result<Self, super::json::Error> {
                c.string().map(Self)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }
    };
}

id_type!(
    /// An actor: ISO 3166-1 alpha-3 for states (`RUS`), short codes for the rest (`EU`, `EFF`).
    ActorId
);
id_type!(
    /// A compared question, such as `scope`.
    TopicId
);
id_type!(
    /// A sub-question of a topic, such as `content-offences`.
    SubquestionId
);
id_type!(
    /// A point on a topic's scale, such as `narrow`.
    StanceId
);
id_type!(
    /// An article or document that reports positions or events.
    SourceId
);
id_type!(
    /// A dated step of the negotiation.
    EventId
);
id_type!(
    /// An article of the adopted text, by its number (`6`, `14`) or name (`Title`, `Preamble`).
    ArticleId
);

/// Ids travel in URLs inside comma- and colon-separated lists, so they are kept to a safe
/// alphabet; this says whether `id` fits it.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_allow_codes_and_slugs_but_not_url_separators() {
        assert!(is_valid_id("RUS"));
        assert!(is_valid_id("content-offences"));
        assert!(is_valid_id("rfn.2023_08"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a,b"));
        assert!(!is_valid_id("scope:narrow"));
        assert!(!is_valid_id("with space"));
        assert!(!is_valid_id(&"x".repeat(65)));
    }
}
