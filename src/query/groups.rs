//! Groups an actor can be filtered by: the UN regional groups states belong to, and blocs
//! (an actor whose `members` the dataset lists).

use crate::model::{Actor, ActorKind, Dataset, Lang};

/// The URL form of a region name: "Western European and Others" is `western-european-and-others`.
pub fn region_slug(region: &str) -> String {
    let mut slug = String::new();
    for c in region.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

#[derive(Debug, PartialEq, Eq, Clone)]
pub struct Group {
    /// What `group=` holds: a region slug or a bloc's actor id.
    pub id: String,
    pub label: String,
}

/// Every group the dataset offers: regions first, in name order, then blocs with members.
pub fn groups(d: &Dataset, lang: Lang) -> Vec<Group> {
    let mut regions: Vec<&str> = d.actors.iter().filter_map(|a| a.region.as_deref()).collect();
    crate::order::sort_dedup(&mut regions);
    let blocs = d.actors.iter().filter(|a| a.kind == ActorKind::Bloc && !a.members.is_empty());
    regions
        .into_iter()
        .map(|r| Group { id: region_slug(r), label: r.to_owned() })
        .chain(blocs.map(|b| Group { id: b.id.to_string(), label: b.name.get(lang).to_owned() }))
        .collect()
}

/// The spelling of `group` the dataset knows, if any (ids and slugs match in any case).
pub fn find_group(d: &Dataset, group: &str) -> Option<String> {
    groups(d, Lang::En).into_iter().map(|g| g.id).find(|id| id.eq_ignore_ascii_case(group))
}

/// Whether the actor is in the group: a state of that region, a bloc's member, or the bloc.
pub fn in_group(d: &Dataset, actor: &Actor, group: &str) -> bool {
    if actor.region.as_deref().is_some_and(|r| region_slug(r) == group) || actor.id.as_str() == group {
        return true;
    }
    d.actors.iter().any(|b| b.id.as_str() == group && b.members.contains(&actor.id))
}

#[cfg(test)]
mod tests {
    use super::region_slug;

    #[test]
    fn slugs_are_lowercase_and_hyphenated() {
        assert_eq!(region_slug("Western European and Others"), "western-european-and-others");
        assert_eq!(region_slug("Latin American & Caribbean "), "latin-american-caribbean");
        assert_eq!(region_slug("Asia-Pacific"), "asia-pacific");
    }
}
