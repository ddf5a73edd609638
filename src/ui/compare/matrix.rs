//! Who sides with whom: a table of the compared actors against each other, overall and per
//! topic. Each cell says the counts in words; its shading repeats them as a second channel.

use crate::i18n::{t, Key};
use crate::model::{Dataset, Lang};
use crate::query::{agreement_matrix, compare, shown_topics, PairCount, ViewState};
use crate::ui::parts::tx;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AgreementMatrixProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
}

fn shade(c: PairCount) -> &'static str {
    match c.percent() {
        None => "st-m-none",
        Some(p) if p >= 67 => "st-m-high",
        Some(p) if p >= 34 => "st-m-mid",
        Some(_) => "st-m-low",
    }
}

fn cell_text(c: PairCount, lang: Lang) -> String {
    match c.percent() {
        Some(p) => t(
            lang,
            Key::MatrixCell,
            &[("p", &p.to_string()), ("agree", &c.agree.to_string()), ("n", &c.compared().to_string())],
        ),
        None => tx(lang, Key::MatrixNone).to_owned(),
    }
}

#[function_component(AgreementMatrix)]
pub fn agreement_matrix_view(props: &AgreementMatrixProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let actors = compare(d, &props.view).actors;
    let topics = shown_topics(d, &props.view);
    let m = agreement_matrix(d, &actors, &topics, props.view.at);
    let names: Vec<&str> = actors.iter().map(|a| a.name.get(lang)).collect();
    let table = |caption: String, counts: &Vec<Vec<PairCount>>| {
        html! {
            <table class="st-table st-matrix">
                <caption>{ caption }</caption>
                <thead><tr><td></td>{ for names.iter().map(|n| html! { <th scope="col">{ *n }</th> }) }</tr></thead>
                <tbody>
                    { for counts.iter().enumerate().map(|(i, row)| html! {
                        <tr>
                            <th scope="row">{ names[i] }</th>
                            { for row.iter().enumerate().map(|(j, c)| if i == j {
                                html! { <td class="st-m-self">{ "—" }</td> }
                            } else {
                                html! { <td class={shade(*c)}>{ cell_text(*c, lang) }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        }
    };
    html! {
        <section class="st-matrices" aria-label={tx(lang, Key::WhoSides)}>
            <h3>{ tx(lang, Key::WhoSides) }</h3>
            <div class="st-scroll">{ table(tx(lang, Key::MatrixOverall).to_owned(), &m.overall) }</div>
            { for m.per_topic.iter().map(|(topic, counts)| html! {
                <div class="st-scroll" key={topic.id.to_string()}>{ table(t(lang, Key::MatrixTopic, &[("topic", topic.label.get(lang))]), counts) }</div>
            }) }
        </section>
    }
}
