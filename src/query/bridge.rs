//! What the page's module and the on-demand module (the views a reader opens rarely) say to
//! each other. They are two wasm instances with two memories, so they talk in strings: the view
//! as its query string (the URL codec is already its exact, tested form) and what to open as a
//! kind and a value.

use crate::model::{ArticleId, EventId};

/// What a panel of reports is about.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    /// A position, by its index in the dataset.
    Position(usize),
    Event(EventId),
}

impl Subject {
    /// As the two strings that cross from one module to the other.
    pub fn to_parts(&self) -> (&'static str, String) {
        match self {
            Subject::Position(i) => ("position", i.to_string()),
            Subject::Event(id) => ("event", id.as_str().to_owned()),
        }
    }

    pub fn from_parts(kind: &str, value: String) -> Option<Subject> {
        match kind {
            "position" => value.parse().ok().map(Subject::Position),
            "event" => Some(Subject::Event(EventId::new(value))),
            _ => None,
        }
    }
}

/// What the on-demand module reports to the page's module.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// The reader changed the view (its query string); the page's reducer takes it over.
    View(String),
    /// The reader asked for the reports behind something.
    Open(Subject),
    /// The reader asked for the articles view on these articles (from a position's reports).
    Articles(Vec<ArticleId>),
    /// The reader closed what the module showed (the embed dialog, the reports).
    Closed,
}

impl Message {
    /// As the two strings that cross from one module to the other.
    pub fn to_parts(&self) -> (&'static str, String) {
        match self {
            Message::View(query) => ("view", query.clone()),
            Message::Open(subject) => subject.to_parts(),
            // Ids are kept to an alphabet without commas (`model::is_valid_id`).
            Message::Articles(ids) => ("articles", ids.iter().map(ArticleId::as_str).collect::<Vec<_>>().join(",")),
            Message::Closed => ("closed", String::new()),
        }
    }

    /// `None` for anything else: a message this build does not know changes nothing.
    pub fn from_parts(kind: &str, value: String) -> Option<Message> {
        match kind {
            "view" => Some(Message::View(value)),
            "articles" => Some(Message::Articles(
                value.split(',').filter(|id| !id.is_empty()).map(|id| ArticleId::new(id.to_owned())).collect(),
            )),
            "closed" => Some(Message::Closed),
            _ => Subject::from_parts(kind, value).map(Message::Open),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_survive_the_crossing() {
        for m in [
            Message::View("view=map&color=treaty".into()),
            Message::Open(Subject::Position(12)),
            Message::Open(Subject::Event(EventId::new("ahc-6"))),
            Message::Articles(vec![ArticleId::new("6"), ArticleId::new("Title")]),
            Message::Articles(vec![]),
            Message::Closed,
        ] {
            let (kind, value) = m.to_parts();
            assert_eq!(Message::from_parts(kind, value), Some(m));
        }
        assert_eq!(Message::from_parts("position", "x".into()), None);
        assert_eq!(Message::from_parts("position", "-1".into()), None);
        assert_eq!(Message::from_parts("delete", String::new()), None);
    }
}
