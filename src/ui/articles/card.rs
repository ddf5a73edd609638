//! One article: heading, what it settles, its adopted wording, how the wording moved, the
//! recorded votes, the positions that argued about it by stance, and its sources.

use crate::i18n::{t, Key};
use crate::model::{ArticleId, Dataset, DraftStage, Lang, SourceId};
use crate::query::ArticleCard;
use crate::ui::parts::{date_text, position_button, stance_badge, tx, Subject};
use yew::prelude::*;

/// "Article 6" for a number, the id itself for a named part ("Title", "Preamble").
pub fn number(id: &ArticleId, lang: Lang) -> String {
    if id.as_str().bytes().all(|b| b.is_ascii_digit()) {
        t(lang, Key::ArticleNumber, &[("n", id.as_str())])
    } else {
        id.to_string()
    }
}

fn stage_key(stage: DraftStage) -> Key {
    match stage {
        DraftStage::ZeroDraft => Key::StageZeroDraft,
        DraftStage::RevisedDraft => Key::StageRevisedDraft,
        DraftStage::UpdatedDraft => Key::StageUpdatedDraft,
        DraftStage::Adopted => Key::StageAdopted,
    }
}

/// The sources as links (text, never HTML), publisher first.
fn source_links(d: &Dataset, ids: &[SourceId], lang: Lang) -> Html {
    html! {
        <ul class="st-article-sources">
            { for ids.iter().filter_map(|id| d.source(id)).map(|s| html! {
                <li key={s.id.to_string()}>
                    { format!("{}, {}: ", s.publisher, date_text(s.date, lang)) }
                    if let Some(url) = &s.url {
                        <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ &s.title }</a>
                    } else {
                        <cite>{ &s.title }</cite>
                    }
                    { " " }{ crate::ui::parts::provenance::class_and_mirror(s, lang) }
                </li>
            }) }
        </ul>
    }
}

pub fn article_card(d: &Dataset, c: &ArticleCard, lang: Lang, open: &Callback<Subject>) -> Html {
    let a = c.article;
    let name = number(&a.id, lang);
    let heading = a.heading.get(lang);
    let title = if heading == name { name.clone() } else { format!("{name} · {heading}") };
    html! {
        <article class="st-article">
            <h4>{ title }</h4>
            <p class="st-meta">{ c.topics.iter().map(|t| t.label.get(lang)).collect::<Vec<_>>().join(" · ") }</p>
            <p>{ &a.summary }</p>
            if let Some(note) = &a.note {
                <p class="st-note">{ t(lang, Key::Note, &[("note", note)]) }</p>
            }
            if let Some(q) = &a.quote {
                <blockquote class="st-quote">
                    <p>{ format!("“{}”", q.text) }</p>
                    <footer>{ format!("— {}", q.speaker) }</footer>
                </blockquote>
            }
            if !c.history.is_empty() {
                <h5>{ tx(lang, Key::WordingHistory) }</h5>
                <ol class="st-history">
                    { for c.history.iter().enumerate().map(|(i, h)| html! {
                        <li key={i}>
                            <span class="st-date">{ date_text(h.date, lang) }</span>
                            { " · " }<strong>{ tx(lang, stage_key(h.stage)) }</strong>
                            <p>{ &h.summary }</p>
                            { source_links(d, &h.sources, lang) }
                        </li>
                    }) }
                </ol>
            }
            if !c.votes.is_empty() {
                <h5>{ tx(lang, Key::RecordedVotes) }</h5>
                <ul class="st-votes">
                    { for c.votes.iter().map(|e| {
                        let open = open.clone();
                        let id = e.id.clone();
                        let tally = match e.tally {
                            Some(n) => t(lang, Key::TallyLine, &[("yes", &n.yes.to_string()), ("no", &n.no.to_string()), ("abstain", &n.abstain.to_string())]),
                            None => tx(lang, Key::NoTally).to_owned(),
                        };
                        html! {
                            <li key={e.id.to_string()}>
                                <span class="st-date">{ date_text(e.date, lang) }</span>{ " · " }
                                <button type="button" class="st-linkish" onclick={Callback::from(move |_| open.emit(Subject::Event(id.clone())))}>
                                    { e.title.get(lang) }
                                </button>
                                { format!(": {tally}") }
                            </li>
                        }
                    }) }
                </ul>
            }
            <h5>{ tx(lang, Key::ArguedAbout) }</h5>
            if c.sides.is_empty() {
                <p class="st-none">{ tx(lang, Key::NoneArgued) }</p>
            } else {
                <ul class="st-sides">
                    { for c.sides.iter().map(|s| html! {
                        <li key={format!("{}/{}", s.topic.id, s.stance().id)}>
                            { stance_badge(s.stance(), s.held[0].held.rank, s.topic, lang) }
                            if c.topics.len() > 1 || c.topics.first().is_none_or(|t| t.id != s.topic.id) {
                                <span class="st-meta">{ format!(" ({})", s.topic.label.get(lang)) }</span>
                            }
                            <ul class="st-argued">
                                { for s.held.iter().map(|p| {
                                    let mut text = format!("{}, {}", p.actor.name.get(lang), date_text(p.held.date, lang));
                                    if !p.paragraphs.is_empty() {
                                        text.push_str(&format!(" · {}", p.paragraphs.join(", ")));
                                    }
                                    let context = format!("{name}, {}", s.stance().label.get(lang));
                                    html! { <li key={p.held.index}>{ position_button(p.held.index, text, Some(context)) }</li> }
                                }) }
                            </ul>
                        </li>
                    }) }
                </ul>
            }
            <h5>{ tx(lang, Key::ArticleSources) }</h5>
            { source_links(d, &a.sources, lang) }
        </article>
    }
}
