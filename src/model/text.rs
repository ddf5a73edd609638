//! Text that may be given once or per language: `"Scope"` or `{"en": "Scope", "fr": "Portée"}`.

use super::Lang;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Text {
    Plain(String),
    /// Keyed by language code; validation requires an `en` entry to fall back on.
    Translated(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, else English, else any translation, so a reader never sees a key.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Translated(map) => map
                .get(lang.code())
                .or_else(|| map.get(Lang::En.code()))
                .or_else(|| map.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }

    pub fn en(&self) -> &str {
        self.get(Lang::En)
    }

    /// Every variant with the language it is in (`None` for plain text), for validation.
    pub fn variants(&self) -> Vec<(Option<&str>, &str)> {
        match self {
            Text::Plain(s) => vec![(None, s.as_str())],
            Text::Translated(map) => map.iter().map(|(k, v)| (Some(k.as_str()), v.as_str())).collect(),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}

// Hand-written so that a wrong type says what is expected instead of serde's
// "data did not match any variant of untagged enum".
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or an object mapping language codes to strings")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_owned()))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Text, A::Error> {
                let mut map = BTreeMap::new();
                while let Some((k, v)) = access.next_entry::<String, String>()? {
                    map.insert(k, v);
                }
                Ok(Text::Translated(map))
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english_then_anything() {
        let t: Text = serde_json::from_str(r#"{"en": "Scope", "fr": "Portée"}"#).unwrap();
        assert_eq!(t.get(Lang::Fr), "Portée");
        assert_eq!(t.get(Lang::Ar), "Scope");
        let only_fr: Text = serde_json::from_str(r#"{"fr": "Portée"}"#).unwrap();
        assert_eq!(only_fr.get(Lang::Zh), "Portée");
        let plain: Text = serde_json::from_str(r#""Title""#).unwrap();
        assert_eq!(plain.get(Lang::Ru), "Title");
    }

    #[test]
    fn wrong_type_says_what_is_expected() {
        let err = serde_json::from_str::<Text>("42").unwrap_err().to_string();
        assert!(err.contains("a string, or an object mapping language codes"), "{err}");
    }
}
