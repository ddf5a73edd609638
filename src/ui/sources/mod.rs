//! The reading list: every source behind the dataset, newest first, each with the positions it
//! reports; narrowed by the chosen actors, topics and the search.

pub(crate) mod panel;

use crate::i18n::{t, Key};
use crate::model::SourceKind;
use crate::query::{reading_list, Action};
use crate::ui::parts::actor_picker::ActorPicker;
use crate::ui::parts::filters::topic_checkboxes;
use crate::ui::parts::{date_text, reports_button, show_more, tx, use_page, ViewProps, PAGE};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn kind_text(kind: SourceKind) -> Key {
    match kind {
        SourceKind::News => Key::SourceNews,
        SourceKind::Ngo => Key::SourceNgo,
        SourceKind::UnDocument => Key::SourceUn,
        SourceKind::Government => Key::SourceGovernment,
        SourceKind::Academic => Key::SourceAcademic,
    }
}

#[function_component(SourcesView)]
pub fn sources_view(props: &ViewProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let items = reading_list(d, &props.view);
    // A page of sources at a time: the bundled dataset's 224, with their summaries, took 100 ms
    // to lay out when switching to this view.
    let (shown, more) = use_page(&props.view, PAGE);
    let on_search = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetQuery(input.value()));
        })
    };
    html! {
        <section class="st-sources-view" aria-label={tx(lang, Key::ViewSources)}>
            <div class="st-filters">
                <label class="st-field">
                    <span>{ tx(lang, Key::SearchSources) }</span>
                    <input type="search" value={props.view.q.clone()} oninput={on_search} />
                </label>
                { topic_checkboxes(d, &props.view, lang, &props.dispatch) }
            </div>
            <ActorPicker dataset={Rc::clone(d)} view={props.view.clone()} {lang} dispatch={props.dispatch.clone()} />
            <p class="st-count" role="status">{ t(lang, Key::SourcesShown, &[("n", &items.len().to_string()), ("total", &d.sources.len().to_string())]) }</p>
            <ol class="st-reading">
                { for items.iter().take(shown).map(|item| {
                    let s = item.source;
                    html! {
                        <li key={s.id.to_string()} class="st-source">
                            <p class="st-meta">{ format!("{} · {} · {}", tx(lang, kind_text(s.kind)), s.publisher, date_text(s.date, lang)) }
                                if let Some(a) = &s.author { { format!(" · {a}") } }
                                { " · " }{ crate::ui::parts::provenance::class_and_mirror(s, lang) }</p>
                            <h3 class="st-source-title">
                                if let Some(url) = &s.url {
                                    <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ &s.title }</a>
                                } else {
                                    { &s.title }
                                }
                            </h3>
                            if let Some(summary) = &s.summary { <p>{ summary }</p> }
                            if let Some(note) = &s.note { <p class="st-note">{ t(lang, Key::Note, &[("note", note)]) }</p> }
                            if !item.positions.is_empty() {
                                <ReportedPositions dataset={Rc::clone(d)} positions={item.positions.iter().map(|(i, _)| *i).collect::<Vec<_>>()} {lang} open={props.open.clone()} />
                            }
                        </li>
                    }
                }) }
            </ol>
            { show_more(shown, items.len(), PAGE, &more, lang) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ReportedPositionsProps {
    dataset: Rc<crate::model::Dataset>,
    /// Indexes into the dataset's positions.
    positions: Vec<usize>,
    lang: crate::model::Lang,
    open: Callback<crate::ui::parts::Subject>,
}

/// A source's positions, behind a disclosure whose list is built only once it is opened: a
/// large dataset's reading list would otherwise create thousands of hidden buttons.
#[function_component(ReportedPositions)]
fn reported_positions(props: &ReportedPositionsProps) -> Html {
    let expanded = use_state(|| false);
    let ontoggle = {
        let expanded = expanded.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            expanded.set(details.open());
        })
    };
    let (d, lang, n) = (&props.dataset, props.lang, props.positions.len());
    html! {
        <details {ontoggle}>
            <summary>{ t(lang, Key::ReportsPositions, &[("n", &n.to_string())]) }</summary>
            if *expanded {
                <ul>
                    { for props.positions.iter().take(PAGE).filter_map(|&index| d.positions.get(index).map(|p| (index, p))).map(|(index, p)| {
                        let actor = d.actor(&p.actor).map_or(p.actor.to_string(), |a| a.name.get(lang).to_owned());
                        let topic = d.topic(&p.topic);
                        let label = topic.and_then(|t| t.stance(&p.stance)).map(|s| s.label.get(lang).to_owned()).unwrap_or_default();
                        let topic = topic.map(|t| t.label.get(lang).to_owned()).unwrap_or_default();
                        html! {
                            <li key={index}>
                                { reports_button(index, format!("{}: {label}", t(lang, Key::OnTopic, &[("actor", &actor), ("topic", &topic)])), None, &props.open) }
                            </li>
                        }
                    }) }
                </ul>
                if n > PAGE {
                    <p>{ t(lang, Key::AndMore, &[("n", &(n - PAGE).to_string())]) }</p>
                }
            }
        </details>
    }
}
