//! What the page's module and the on-demand module (the views a reader opens rarely) say to
//! each other. They are two wasm instances with two memories, so they talk in strings: the view
//! as its query string (the URL codec is already its exact, tested form) and what to open as a
//! kind and a value.

use crate::model::EventId;

/// What a panel of reports is about.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    /// A position, by its index in the dataset.
    Position(usize),
    Event(EventId),
}

/// What the on-demand module reports to the page's module.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// The reader changed the view (its query string); the page's reducer takes it over.
    View(String),
    /// The reader asked for the reports behind something.
    Open(Subject),
    /// The reader closed what the module showed (the embed dialog).
    Closed,
}

impl Message {
    /// As the two strings that cross from one module to the other.
    pub fn to_parts(&self) -> (&'static str, String) {
        match self {
            Message::View(query) => ("view", query.clone()),
            Message::Open(Subject::Position(i)) => ("position", i.to_string()),
            Message::Open(Subject::Event(id)) => ("event", id.as_str().to_owned()),
            Message::Closed => ("closed", String::new()),
        }
    }

    /// `None` for anything else: a message this build does not know changes nothing.
    pub fn from_parts(kind: &str, value: String) -> Option<Message> {
        match kind {
            "view" => Some(Message::View(value)),
            "position" => value.parse().ok().map(|i| Message::Open(Subject::Position(i))),
            "event" => Some(Message::Open(Subject::Event(EventId::new(value)))),
            "closed" => Some(Message::Closed),
            _ => None,
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
