//! The articles view: the adopted text's articles grouped by topic, each with what it settles,
//! how its wording moved (by date), the recorded votes on it, and the positions that argued
//! about it grouped by stance. The dataset records who argued, not who "won": a position is
//! listed under the stance it took, and the reader judges it against the final wording.

use super::resolve::Held;
use super::table::selected_actors;
use super::view::ViewState;
use crate::model::{Actor, Article, ArticleId, Dataset, Event, HistoryEntry, Lang, Topic};
use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
pub struct ArticlesModel<'d> {
    pub groups: Vec<ArticleGroup<'d>>,
    /// Articles shown, of `total` in the dataset.
    pub shown: usize,
    pub total: usize,
    /// Articles the view picks that this dataset does not have (a stale link).
    pub unknown: Vec<ArticleId>,
}

/// The articles listed under a topic: those whose first shown topic it is.
#[derive(Debug, PartialEq)]
pub struct ArticleGroup<'d> {
    pub topic: &'d Topic,
    pub articles: Vec<ArticleCard<'d>>,
}

#[derive(Debug, PartialEq)]
pub struct ArticleCard<'d> {
    pub article: &'d Article,
    /// Its topics, in the article's order.
    pub topics: Vec<&'d Topic>,
    /// Earliest first; equal dates in draft order.
    pub history: Vec<&'d HistoryEntry>,
    /// The recorded votes on it, each with its tally when the dataset has one.
    pub votes: Vec<&'d Event>,
    /// The positions that argued about it, by topic and stance along the scale.
    pub sides: Vec<Side<'d>>,
}

/// The positions on one topic that took one stance and named the article.
#[derive(Debug, PartialEq)]
pub struct Side<'d> {
    pub topic: &'d Topic,
    pub held: Vec<Argued<'d>>,
}

#[derive(Debug, PartialEq)]
pub struct Argued<'d> {
    pub actor: &'d Actor,
    pub held: Held<'d>,
    /// The paragraphs it named (`"14(3)"`), when it named more than the whole article.
    pub paragraphs: Vec<String>,
}

impl Side<'_> {
    pub fn stance(&self) -> &crate::model::Stance {
        // A side is made from at least one position, all of one stance.
        self.held[0].held.stance
    }
}

/// Article ids in reading order: numbers by value (`6` before `14`), then names (`Preamble`,
/// `Title`) alphabetically. The URL lists picked articles in this order.
pub fn article_order(a: &ArticleId, b: &ArticleId) -> Ordering {
    order_key(a).cmp(&order_key(b))
}

/// A string that sorts as [`article_order`] does: `0`, the number padded to 20 digits, the id
/// (a number); `1` and the id in lower case (a name). A `String` key shares its sort with the
/// other name sorts: a comparator of its own cost the WebAssembly about a kilobyte.
fn order_key(id: &ArticleId) -> String {
    let s = id.as_str();
    let digits = s.trim_start_matches('0');
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && s.parse::<u64>().is_ok() {
        let mut key = String::with_capacity(21 + s.len());
        key.push('0');
        key.extend(std::iter::repeat_n('0', 20 - digits.len()));
        key.push_str(digits);
        key.push_str(s);
        key
    } else {
        let mut key = String::with_capacity(1 + s.len());
        key.push('1');
        key.push_str(&s.to_ascii_lowercase());
        key
    }
}

/// Unique, in [`article_order`].
pub fn canonical_articles(mut ids: Vec<ArticleId>) -> Vec<ArticleId> {
    crate::order::sort_by_cached_key(&mut ids, order_key);
    ids.dedup();
    ids
}

/// Whether a search matches an article: its number, with or without "Article"/"Art." before
/// it and a paragraph after it ("art. 14(3)" finds 14), or words of its heading.
pub fn matches_article(article: &Article, needle: &str, lang: Lang) -> bool {
    let needle = crate::fold::lowercase(needle.trim());
    if needle.is_empty() {
        return true;
    }
    let number = ["articles", "article", "arts.", "art.", "art"]
        .iter()
        .find_map(|p| needle.strip_prefix(p))
        .unwrap_or(&needle)
        .trim();
    let number = number.split('(').next().unwrap_or(number);
    (!number.is_empty() && article.id.as_str().eq_ignore_ascii_case(number))
        || crate::fold::lowercase(article.heading.get(lang)).contains(&needle)
        || crate::fold::lowercase(article.heading.en()).contains(&needle)
}

pub fn articles_view<'d>(d: &'d Dataset, v: &ViewState, lang: Lang) -> ArticlesModel<'d> {
    let picked: Vec<&Article> = v
        .articles
        .iter()
        .filter_map(|id| d.articles.iter().find(|a| a.id.as_str().eq_ignore_ascii_case(id.as_str())))
        .collect();
    let unknown = v
        .articles
        .iter()
        .filter(|id| !d.articles.iter().any(|a| a.id.as_str().eq_ignore_ascii_case(id.as_str())))
        .cloned()
        .collect();
    let shown_topic = |t: &crate::model::TopicId| v.topics.is_empty() || v.topics.contains(t);
    let actors: Vec<&Actor> = selected_actors(d, v).collect();

    let mut groups: Vec<ArticleGroup> = Vec::new();
    let mut shown = 0;
    for article in &d.articles {
        // Picked articles show whatever the topic filter says: the reader asked for them.
        let home = if v.articles.is_empty() {
            article.topics.iter().find(|t| shown_topic(t))
        } else if picked.iter().any(|p| std::ptr::eq(*p, article)) {
            article.topics.first()
        } else {
            None
        };
        let Some(topic) = home.and_then(|t| d.topic(t)) else { continue };
        if !matches_article(article, &v.q, lang) {
            continue;
        }
        shown += 1;
        let card = card(d, article, &actors, lang);
        match groups.iter_mut().find(|g| g.topic.id == topic.id) {
            Some(g) => g.articles.push(card),
            None => groups.push(ArticleGroup { topic, articles: vec![card] }),
        }
    }
    // Topics in the dataset's order, articles in the dataset's order within each.
    let rank = |t: &Topic| d.topics.iter().position(|x| x.id == t.id);
    crate::order::sort_by_key(&mut groups, |g| rank(g.topic));
    ArticlesModel { groups, shown, total: d.articles.len(), unknown }
}

fn card<'d>(d: &'d Dataset, article: &'d Article, actors: &[&'d Actor], lang: Lang) -> ArticleCard<'d> {
    let mut history: Vec<&HistoryEntry> = article.history.iter().collect();
    // Plain keys, not a comparator: each `sort_by` closure is a sort of its own in the wasm.
    crate::order::sort_by_key(&mut history, |h| (h.date.first_day(), h.stage));
    let votes = article.votes.iter().filter_map(|id| d.event(id)).collect();

    let mut sides: Vec<Side> = Vec::new();
    for (index, p) in d.positions.iter().enumerate() {
        let named: Vec<_> = p.articles.iter().filter(|r| r.article == article.id).collect();
        if named.is_empty() {
            continue;
        }
        let (Some(actor), Some(topic)) = (actors.iter().find(|a| a.id == p.actor), d.topic(&p.topic)) else {
            continue;
        };
        let (Some(stance), Some(rank), Some(date)) =
            (topic.stance(&p.stance), topic.stance_rank(&p.stance), d.position_date(p))
        else {
            continue;
        };
        let held = Held { index, position: p, stance, rank, date };
        let paragraphs = named.iter().filter(|r| !r.paragraph.is_empty()).map(|r| r.to_string()).collect();
        let argued = Argued { actor, held, paragraphs };
        match sides.iter_mut().find(|s| s.topic.id == topic.id && s.stance().id == stance.id) {
            Some(side) => side.held.push(argued),
            None => sides.push(Side { topic, held: vec![argued] }),
        }
    }
    // The article's own topics first, then the dataset's order; along each scale.
    let topic_rank = |t: &Topic| {
        let own = article.topics.iter().position(|x| *x == t.id);
        own.unwrap_or_else(|| {
            article.topics.len() + d.topics.iter().position(|x| x.id == t.id).unwrap_or(d.topics.len())
        })
    };
    crate::order::sort_by_key(&mut sides, |s| (topic_rank(s.topic), s.held[0].held.rank));
    for side in &mut sides {
        crate::order::sort_by_cached_key(&mut side.held, |a| {
            (crate::fold::lowercase(a.actor.name.get(lang)), a.held.date)
        });
    }
    let topics = article.topics.iter().filter_map(|t| d.topic(t)).collect();
    ArticleCard { article, topics, history, votes, sides }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_string_key_orders_as_numbers_then_names() {
        let old = |id: &ArticleId| {
            let s = id.as_str();
            let number = s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse::<u64>().ok()).flatten();
            (number.is_none(), number, s.to_ascii_lowercase())
        };
        let words = ["14", "6", "Title", "preamble", "006", "6", "0", "99999999999999999999", "18446744073709551615"];
        let ids: Vec<ArticleId> = words.iter().map(|w| ArticleId::new(*w)).collect();
        for a in &ids {
            for b in &ids {
                assert_eq!(article_order(a, b), old(a).cmp(&old(b)), "{a} {b}");
            }
        }
        let sorted = canonical_articles(ids);
        let names: Vec<&str> = sorted.iter().map(|a| a.as_str()).collect();
        assert_eq!(names, ["0", "006", "6", "14", "18446744073709551615", "99999999999999999999", "preamble", "Title"]);
    }
}
