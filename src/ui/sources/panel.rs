//! The reports behind a cell, a change or an event, in a modal dialog (`parts::dialog`):
//! publisher, date, title, quote, link, and how certain the position is.

use crate::i18n::{t, Key};
use crate::model::{Certainty, Dataset, Lang, Source};
use crate::query::{reports, Held};
use crate::ui::parts::dialog::Dialog;
use crate::ui::parts::{date_text, held_badge, tx, Subject};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcesPanelProps {
    pub dataset: Rc<Dataset>,
    pub subject: Subject,
    pub lang: Lang,
    pub on_close: Callback<()>,
    /// Opens the articles view on these articles (a position's "Articles: 6, 24").
    #[prop_or_default]
    pub open_articles: Callback<Vec<crate::model::ArticleId>>,
}

#[function_component(SourcesPanel)]
pub fn sources_panel(props: &SourcesPanelProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let (heading, body) = match &props.subject {
        Subject::Position(index) => match d.positions.get(*index) {
            Some(p) => position_body(d, *index, p, lang, &props.open_articles),
            None => (tx(lang, Key::Reports).to_owned(), html! { <p>{ tx(lang, Key::PositionGone) }</p> }),
        },
        Subject::Event(id) => match d.event(id) {
            Some(e) => {
                let when = match e.end_date {
                    Some(end) => {
                        t(lang, Key::DateRange, &[("from", &date_text(e.date, lang)), ("to", &date_text(end, lang))])
                    }
                    None => date_text(e.date, lang),
                };
                let place = e.place.as_deref().map(|p| format!(", {p}")).unwrap_or_default();
                let sources: Vec<&Source> = e.sources.iter().filter_map(|s| d.source(s)).collect();
                (
                    e.title.get(lang).to_owned(),
                    html! {
                        <>
                        <p class="st-meta">{ format!("{when}{place}") }</p>
                        <p>{ e.description.get(lang) }</p>
                        <h4>{ tx(lang, Key::ReportedBy) }</h4>
                        <ul class="st-reports">{ for sources.iter().map(|s| source_item(s, None, lang)) }</ul>
                        </>
                    },
                )
            }
            None => (tx(lang, Key::Reports).to_owned(), html! { <p>{ tx(lang, Key::EventGone) }</p> }),
        },
    };
    html! { <Dialog {heading} {lang} on_close={props.on_close.clone()}>{ body }</Dialog> }
}

fn position_body(
    d: &Dataset,
    index: usize,
    p: &crate::model::Position,
    lang: Lang,
    open_articles: &Callback<Vec<crate::model::ArticleId>>,
) -> (String, Html) {
    let actor = d.actor(&p.actor).map_or(p.actor.to_string(), |a| a.name.get(lang).to_owned());
    let Some(topic) = d.topic(&p.topic) else {
        return (actor, html! {});
    };
    let question = p.subquestion.as_ref().and_then(|s| topic.subquestions.iter().find(|q| &q.id == s)).map_or_else(
        || topic.label.get(lang).to_owned(),
        |q| format!("{}: {}", topic.label.get(lang), q.label.get(lang)),
    );
    let badge = match (topic.stance(&p.stance), topic.stance_rank(&p.stance), d.position_date(p)) {
        (Some(stance), Some(rank), Some(date)) => {
            held_badge(&Held { index, position: p, stance, rank, date }, topic, lang)
        }
        _ => html! {},
    };
    let date = d.position_date(p).map(|x| date_text(x, lang)).unwrap_or_default();
    let event =
        p.event.as_ref().and_then(|e| d.event(e)).map(|e| format!(" · {}", e.title.get(lang))).unwrap_or_default();
    let certainty = match &p.certainty {
        Certainty::Reported => {
            html! { <p class="st-certainty">{ tx(lang, Key::CertaintyReported) }</p> }
        }
        Certainty::Inferred(basis) => html! {
            <p class="st-certainty st-inferred">{ t(lang, Key::CertaintyInferred, &[("basis", basis)]) }</p>
        },
    };
    let list = reports(d, p);
    (
        t(lang, Key::OnTopic, &[("actor", &actor), ("topic", &question)]),
        html! {
            <>
            <p>{ badge }<span class="st-meta">{ format!(" {date}{event}") }</span></p>
            <p>{ &p.summary }</p>
            { certainty }
            { articles_link(p, lang, open_articles) }
            <h4>{ tx(lang, Key::ReportedBy) }</h4>
            <ul class="st-reports">{ for list.iter().map(|r| source_item(r.source, r.quote, lang)) }</ul>
            </>
        },
    )
}

/// "Articles: 14(3), 24", a link to the articles view on those articles: a real link (it opens
/// in a new tab too), followed inside the widget when clicked, so a script embed keeps its page.
fn articles_link(p: &crate::model::Position, lang: Lang, open: &Callback<Vec<crate::model::ArticleId>>) -> Html {
    if p.articles.is_empty() {
        return html! {};
    }
    let ids: Vec<crate::model::ArticleId> = p.articles.iter().map(|r| r.article.clone()).collect();
    let target = crate::query::ViewState {
        view: crate::query::View::Articles,
        articles: crate::query::canonical_articles(ids.clone()),
        ..Default::default()
    };
    let href = format!("?{}", crate::url::encode(&target));
    let named: Vec<String> = p.articles.iter().map(ToString::to_string).collect();
    let open = open.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        open.emit(ids.clone());
    });
    html! {
        <p class="st-articles-link"><a {href} {onclick}>{ t(lang, Key::ArticlesLink, &[("list", &named.join(", "))]) }</a></p>
    }
}

pub(crate) fn source_item(s: &Source, quote: Option<&crate::model::Quote>, lang: Lang) -> Html {
    let title = match &s.url {
        Some(url) => {
            html! { <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ &s.title }</a> }
        }
        None => html! { <cite>{ &s.title }</cite> },
    };
    html! {
        <li key={s.id.to_string()}>
            <span class="st-publisher">{ &s.publisher }</span>
            { format!(", {}", date_text(s.date, lang)) }
            if let Some(author) = &s.author { { format!(", {author}") } }
            { " " }{ crate::ui::parts::provenance::class_and_mirror(s, lang) }
            <br />
            { title }
            if let Some(q) = quote {
                <blockquote class="st-quote">
                    <p>{ format!("“{}”", q.text) }</p>
                    <footer>{ format!("— {}", q.speaker) }</footer>
                </blockquote>
            }
            if let Some(note) = &s.note {
                <p class="st-note">{ t(lang, Key::Note, &[("note", note)]) }</p>
            }
        </li>
    }
}
