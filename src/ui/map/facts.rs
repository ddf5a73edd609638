//! The map's facts as a table, for keyboards and screen readers (and anyone who would rather
//! read): each state of the dataset with its stance, date and reports, in a disclosure so that
//! the map stays first and an embed stays short.

use crate::i18n::stage_symbol;
use crate::i18n::{t, Key};
use crate::model::{Dataset, Lang};
use crate::query::ViewState;
use crate::query::{map_model, status_date, Coloring};
use crate::ui::parts::provenance::standing_text;
use crate::ui::parts::{date_text, on_position_click, position_button, sources_label, tx, Subject};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapFactsProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
    pub open: Callback<Subject>,
}

#[function_component(MapFacts)]
pub fn map_facts(props: &MapFactsProps) -> Html {
    let lang = props.lang;
    // Built only when opened: a closed disclosure costs nothing on a large dataset.
    let opened = use_state(|| false);
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| opened.set(e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open()))
    };
    let Some(model) = map_model(&props.dataset, &props.view) else { return html! {} };
    let topic = match model.coloring {
        Coloring::Topic(topic) => topic.label.get(lang),
        Coloring::Treaty => tx(lang, Key::TreatyStatus),
    };
    let known = model.states.iter().filter(|e| e.held.is_some() || e.standing.is_some()).count();
    let body = (*opened).then(|| {
        html! {
            <div class="st-scroll">
            <table class="st-table st-map-table">
                <caption>{ t(lang, Key::StatesShown, &[("n", &model.states.len().to_string()), ("known", &known.to_string())]) }</caption>
                <thead><tr>
                    <th scope="col">{ tx(lang, Key::ActorColumn) }</th>
                    <th scope="col">{ format!("{topic} · {}", tx(lang, Key::StanceColumn)) }</th>
                    <th scope="col">{ tx(lang, Key::DateColumn) }</th>
                    <th scope="col">{ tx(lang, Key::Reports) }</th>
                </tr></thead>
                <tbody onclick={on_position_click(&props.open)}>
                    { for model.states.iter().map(|e| {
                        let name = e.actor.name.get(lang);
                        if let Some(standing) = &e.standing {
                            return html! {
                                <tr key={e.actor.id.to_string()}>
                                    <th scope="row">{ name }</th>
                                    <td colspan="3"><span aria-hidden="true">{ stage_symbol(standing.stage) }{ " " }</span>{ standing_text(standing, status_date(&props.dataset), lang) }</td>
                                </tr>
                            };
                        }
                        match &e.held {
                            Some(h) => html! {
                                <tr key={e.actor.id.to_string()}>
                                    <th scope="row">{ name }</th>
                                    <td><span aria-hidden="true">{ &h.stance.symbol }{ " " }</span>{ h.stance.label.get(lang) }</td>
                                    <td>{ date_text(h.date, lang) }</td>
                                    <td>{ position_button(h.index, sources_label(h.position.sources.len(), lang),
                                        Some(t(lang, Key::OnTopic, &[("actor", name), ("topic", topic)]))) }</td>
                                </tr>
                            },
                            None => html! {
                                <tr key={e.actor.id.to_string()}>
                                    <th scope="row">{ name }</th>
                                    <td class="st-none" colspan="3">{ tx(lang, Key::NoPosition) }</td>
                                </tr>
                            },
                        }
                    }) }
                </tbody>
            </table>
            </div>
        }
    });
    html! {
        <details class="st-map-facts" {ontoggle}>
            <summary>{ tx(lang, Key::MapFacts) }</summary>
            { body.unwrap_or_default() }
        </details>
    }
}
