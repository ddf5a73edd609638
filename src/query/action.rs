//! What a reader can do to the view, and how each action changes it. The UI's reducer calls
//! [`ViewState::apply`]; keeping it here lets the rules be tested without a browser.

use super::reconcile::normalise_topics;
use super::view::Theme;
use super::view::{canonical, Sort, View, ViewState};
use crate::model::{ActorId, ActorKind, ArticleId, Dataset, Lang, PartialDate, StanceId, TopicId};

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetView(View),
    /// Show or hide one topic's column; the last shown topic cannot be hidden.
    ToggleTopic(TopicId),
    ShowAllTopics,
    SetQuery(String),
    SetSort(Sort),
    SetAt(Option<PartialDate>),
    ToggleActor(ActorId),
    /// Show only actors of one kind; `None` shows every kind.
    SetKind(Option<ActorKind>),
    /// Show only one region or bloc; `None` shows all.
    SetGroup(Option<String>),
    /// Show only holders of this stance on this topic; `None` clears the topic's filter.
    SetStanceFilter(TopicId, Option<StanceId>),
    SetRange(Option<PartialDate>, Option<PartialDate>),
    /// Show only actors at this stage of the treaty; `None` shows all.
    SetTreaty(Option<super::Stage>),
    ClearActors,
    /// Back to every actor and topic, no search, no stance filter, latest positions.
    ClearFilters,
    /// `None` follows the browser's language.
    SetLang(Option<Lang>),
    SetTheme(Theme),
    /// A whole view, e.g. from the browser's back button. Boxed: a view state is several times
    /// the size of every other action.
    Restore(Box<ViewState>),
    /// Show or hide one article in the articles view (none picked shows all).
    ToggleArticle(ArticleId),
    /// Back to every article.
    AllArticles,
    /// The articles view with just these articles and no search that could hide them: where a
    /// position's "Articles: 6, 24" leads.
    OpenArticles(Vec<ArticleId>),
    /// What the map colours states by; `None` is the first shown topic.
    SetColor(Option<super::view::MapColor>),
}

impl ViewState {
    pub fn apply(&self, action: Action, d: &Dataset) -> ViewState {
        let mut v = self.clone();
        match action {
            Action::SetView(view) => v.view = view,
            Action::ToggleTopic(topic) => {
                let mut shown = v.shown_topic_ids(d);
                if let Some(i) = shown.iter().position(|t| *t == topic) {
                    if shown.len() > 1 {
                        shown.remove(i);
                    }
                } else if d.topic(&topic).is_some() {
                    shown.push(topic);
                }
                v.topics = normalise_topics(d, shown);
            }
            Action::ShowAllTopics => v.topics.clear(),
            // Kept as typed: the search box shows this value, so trimming here would eat the
            // space a reader just typed between two words. Matching and the URL trim it.
            Action::SetQuery(q) => v.q = q.chars().take(200).collect(),
            Action::SetSort(sort) => v.sort = sort,
            Action::SetAt(at) => v.at = at,
            Action::ToggleActor(actor) => {
                if let Some(i) = v.actors.iter().position(|a| *a == actor) {
                    v.actors.remove(i);
                } else if d.actor(&actor).is_some() {
                    v.actors.push(actor);
                    v.actors = canonical(v.actors);
                }
            }
            Action::ClearActors => v.actors.clear(),
            Action::SetKind(kind) => v.kinds = kind.into_iter().collect(),
            Action::SetGroup(group) => v.group = group.filter(|g| !g.is_empty()),
            Action::SetTreaty(stage) => v.treaty = stage.into_iter().collect(),
            Action::SetStanceFilter(topic, stance) => {
                v.stance.retain(|f| f.topic != topic);
                if let Some(stance) = stance {
                    v.stance.push(super::view::StanceFilter { topic, stance });
                    v.stance = canonical(v.stance);
                }
            }
            Action::SetRange(from, to) => {
                // A reversed range is read the way it was surely meant.
                let (from, to) = match (from, to) {
                    (Some(f), Some(t)) if f > t => (Some(t), Some(f)),
                    other => other,
                };
                v.from = from;
                v.to = to;
            }
            Action::ClearFilters => {
                v.actors.clear();
                v.topics.clear();
                v.q.clear();
                v.stance.clear();
                v.kinds.clear();
                v.group = None;
                v.at = None;
                v.treaty.clear();
                v.articles.clear();
            }
            Action::SetLang(lang) => v.lang = lang,
            Action::SetTheme(theme) => v.theme = theme,
            Action::Restore(state) => v = *state,
            Action::ToggleArticle(id) => {
                if let Some(i) = v.articles.iter().position(|a| *a == id) {
                    v.articles.remove(i);
                } else if d.article(&id).is_some() {
                    v.articles.push(id);
                    v.articles = super::articles::canonical_articles(v.articles);
                }
            }
            Action::AllArticles => v.articles.clear(),
            Action::OpenArticles(ids) => {
                v.view = super::View::Articles;
                v.q.clear();
                v.articles = super::articles::canonical_articles(ids);
            }
            Action::SetColor(color) => v.color = color,
        }
        // Hiding a topic can make the map's colouring the default one: keep the link canonical.
        let color = v.color.take();
        v.color = v.normalise_color(d, color);
        v
    }

    /// The ids of the topics shown, in the dataset's order.
    pub fn shown_topic_ids(&self, d: &Dataset) -> Vec<TopicId> {
        d.topics
            .iter()
            .filter(|t| self.topics.is_empty() || self.topics.contains(&t.id))
            .map(|t| t.id.clone())
            .collect()
    }
}
