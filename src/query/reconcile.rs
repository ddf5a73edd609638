//! Fits a decoded view to the dataset it will show: ids are matched case-insensitively to the
//! dataset's own spelling, and what the dataset does not have is dropped with a notice (a stale
//! link still opens a valid view).

use super::view::{canonical, MapColor, Notice, Reason, Sort, StanceFilter, ViewState};
use crate::model::{ActorId, Dataset, TopicId};

impl ViewState {
    pub fn reconcile(&self, d: &Dataset) -> (ViewState, Vec<Notice>) {
        let mut notices = Vec::new();
        let mut v = self.clone();

        let actors = v.actors.iter().filter_map(|id| {
            let found = d.actors.iter().find(|a| a.id.as_str().eq_ignore_ascii_case(id.as_str()));
            if found.is_none() {
                notices.push(Notice::new("actors", id.as_str(), Reason::UnknownActor));
            }
            found.map(|a| a.id.clone())
        });
        v.actors = canonical(actors.collect());

        let topic_of = |id: &TopicId| d.topics.iter().find(|t| t.id.as_str().eq_ignore_ascii_case(id.as_str()));
        let mut topics = Vec::new();
        for id in &v.topics {
            match topic_of(id) {
                Some(t) => topics.push(t.id.clone()),
                None => notices.push(Notice::new("topics", id.as_str(), Reason::UnknownTopic)),
            }
        }
        v.topics = normalise_topics(d, topics);

        let mut stance = Vec::new();
        for f in &v.stance {
            let value = format!("{}:{}", f.topic, f.stance);
            let Some(topic) = topic_of(&f.topic) else {
                notices.push(Notice::new("stance", &value, Reason::UnknownTopic));
                continue;
            };
            match topic.scale.iter().find(|s| s.id.as_str().eq_ignore_ascii_case(f.stance.as_str())) {
                Some(s) => stance.push(StanceFilter { topic: topic.id.clone(), stance: s.id.clone() }),
                None => notices.push(Notice::new("stance", &value, Reason::UnknownStance(topic.id.clone()))),
            }
        }
        v.stance = canonical(stance);

        if let Some(group) = &v.group {
            match super::groups::find_group(d, group) {
                Some(found) => v.group = Some(found),
                None => {
                    notices.push(Notice::new("group", group, Reason::UnknownGroup));
                    v.group = None;
                }
            }
        }

        // An outline carries no articles: the articles view checks its picks once the whole
        // dataset is in, and says which it does not have.
        if !d.is_outline() {
            let mut articles = Vec::new();
            for id in &v.articles {
                match d.articles.iter().find(|a| a.id.as_str().eq_ignore_ascii_case(id.as_str())) {
                    Some(a) => articles.push(a.id.clone()),
                    None => notices.push(Notice::new("article", id.as_str(), Reason::UnknownArticle)),
                }
            }
            v.articles = super::articles::canonical_articles(articles);
        }

        if let Sort::Topic(id) = &v.sort {
            v.sort = match topic_of(id) {
                Some(t) => Sort::Topic(t.id.clone()),
                None => {
                    notices.push(Notice::new("sort", id.as_str(), Reason::UnknownSort));
                    Sort::Name
                }
            };
        }
        if let Some(MapColor::Topic(id)) = &v.color {
            v.color = match topic_of(id) {
                Some(t) => Some(MapColor::Topic(t.id.clone())),
                None => {
                    notices.push(Notice::new("color", id.as_str(), Reason::UnknownTopic));
                    None
                }
            };
        }
        v.color = v.normalise_color(d, v.color.clone());
        (v, notices)
    }

    /// The first shown topic is the default colouring: spelt out, it is written as `None`, so
    /// that equal maps have equal links.
    pub fn normalise_color(&self, d: &Dataset, color: Option<MapColor>) -> Option<MapColor> {
        match color {
            Some(MapColor::Topic(t)) if self.shown_topic_ids(d).first() == Some(&t) => None,
            other => other,
        }
    }
}

/// Every topic chosen is the same view as none chosen (the default): keep the shorter form.
pub fn normalise_topics(d: &Dataset, topics: Vec<TopicId>) -> Vec<TopicId> {
    let topics = canonical(topics);
    if topics.len() == d.topics.len() {
        Vec::new()
    } else {
        topics
    }
}

/// The actor ids as the dataset spells them, for any spelling.
pub fn find_actor<'d>(d: &'d Dataset, id: &str) -> Option<&'d ActorId> {
    d.actors.iter().map(|a| &a.id).find(|a| a.as_str().eq_ignore_ascii_case(id))
}
