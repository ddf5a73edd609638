//! The six UN languages the interface speaks, and Portuguese with the `pt` feature (a language
//! waiting for review; docs/TRANSLATING.md). A variant only under its feature, so the default
//! build carries no trace of it.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    Zh,
    #[default]
    En,
    Fr,
    Ru,
    Es,
    #[cfg(feature = "pt")]
    Pt,
}

impl Lang {
    #[cfg(not(feature = "pt"))]
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];
    #[cfg(feature = "pt")]
    pub const ALL: [Lang; 7] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es, Lang::Pt];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
            #[cfg(feature = "pt")]
            Lang::Pt => "pt",
        }
    }

    /// Accepts a bare code or a browser tag such as `fr-CA` or `zh-Hans`, in any case.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_browser_tags() {
        assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
        assert_eq!(Lang::parse("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("AR"), Some(Lang::Ar));
        assert_eq!(Lang::parse("de"), None);
        // Portuguese only where it is built in.
        assert_eq!(Lang::parse("pt-BR").is_some(), cfg!(feature = "pt"));
        assert_eq!(Lang::parse(""), None);
    }
}
