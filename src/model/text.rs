//! Text that may be given once or per language: `"Scope"` or `{"en": "Scope", "fr": "Portée"}`.

use super::Lang;
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    Plain(String),
    /// By language code, sorted by code, each code once; validation requires an `en` entry to
    /// fall back on. A list, not a map: six entries at most, and a map type of its own cost
    /// the WebAssembly 20 KB of code.
    Translated(Vec<(String, String)>),
}

impl Text {
    /// The text in `lang`, else English, else any translation, so a reader never sees a key.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Translated(map) => self
                .in_code(lang.code())
                .or_else(|| self.in_code(Lang::En.code()))
                .or_else(|| map.first().map(|(_, v)| v.as_str()))
                .unwrap_or(""),
        }
    }

    pub fn en(&self) -> &str {
        self.get(Lang::En)
    }

    /// The text in exactly this language code, if there is one.
    pub fn in_code(&self, code: &str) -> Option<&str> {
        match self {
            Text::Plain(_) => None,
            Text::Translated(map) => map.iter().find(|(k, _)| k == code).map(|(_, v)| v.as_str()),
        }
    }

    /// Every variant with the language it is in (`None` for plain text), for validation.
    pub fn variants(&self) -> Vec<(Option<&str>, &str)> {
        match self {
            Text::Plain(s) => vec![(None, s.as_str())],
            Text::Translated(map) => map.iter().map(|(k, v)| (Some(k.as_str()), v.as_str())).collect(),
        }
    }
}

/// What a text must be, in the words of a fault.
const EXPECTED: &str = "a string, or an object mapping language codes to strings";

impl Text {
    /// From an object's entries in file order: sorted by code, and a repeated code counts
    /// once, its last value (as JSON readers generally do).
    fn from_entries(entries: Vec<(String, String)>) -> Text {
        let mut map: Vec<(String, String)> = Vec::with_capacity(entries.len());
        for (k, v) in entries {
            match map.iter_mut().find(|(code, _)| *code == k) {
                Some(entry) => entry.1 = v,
                None => map.push((k, v)),
            }
        }
        crate::order::sort_by(&mut map, |a, b| a.0.cmp(&b.0));
        Text::Translated(map)
    }
}

impl super::json::FromJson for Text {
    fn read(c: &mut super::json::Cursor) -> Result<Self, super::json::Error> {
        Ok(match c.string_or_map(EXPECTED)? {
            super::json::StringOrMap::String(s) => Text::Plain(s),
            super::json::StringOrMap::Map(entries) => Text::from_entries(entries),
        })
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(s) => serializer.serialize_str(s),
            Text::Translated(map) => {
                let mut out = serializer.serialize_map(Some(map.len()))?;
                for (code, text) in map {
                    out.serialize_entry(code, text)?;
                }
                out.end()
            }
        }
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
                f.write_str(EXPECTED)
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_owned()))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Text, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = access.next_entry::<String, String>()? {
                    entries.push(entry);
                }
                Ok(Text::from_entries(entries))
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
    fn translations_are_kept_sorted_once_each_and_written_back_as_an_object() {
        let t: Text = serde_json::from_str(r#"{"fr": "x", "en": "Scope", "fr": "Portée"}"#).unwrap();
        assert_eq!(t, Text::Translated(vec![("en".into(), "Scope".into()), ("fr".into(), "Portée".into())]));
        assert_eq!(serde_json::to_string(&t).unwrap(), r#"{"en":"Scope","fr":"Portée"}"#);
        assert_eq!(serde_json::to_string(&Text::from("Title")).unwrap(), r#""Title""#);
        assert_eq!(t.in_code("fr"), Some("Portée"));
        assert_eq!(t.in_code("ar"), None);
    }

    #[test]
    fn wrong_type_says_what_is_expected() {
        let err = serde_json::from_str::<Text>("42").unwrap_err().to_string();
        assert!(err.contains("a string, or an object mapping language codes"), "{err}");
    }
}
