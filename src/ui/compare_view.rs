//! Compare: two to four actors in columns, questions in rows, agreement marked in text and
//! symbol, pairwise scores with their method, the agreement matrix, and what changed.

use super::actor_picker::ActorPicker;
use super::changes::ChangesList;
use super::matrix::AgreementMatrix;
use super::parts::{date_text, held_badge, reports_button, sources_label, Subject, ViewProps};
use crate::model::Lang;
use crate::query::{compare, Agreement, Cell, CompareRow, View};
use std::rc::Rc;
use yew::prelude::*;

fn agreement_text(a: Agreement) -> (&'static str, &'static str, &'static str) {
    match a {
        Agreement::Agree => ("✓", "Agree", "st-agree"),
        Agreement::Differ => ("✗", "Differ", "st-differ"),
        Agreement::Incomplete => ("–", "Not comparable", "st-incomplete"),
    }
}

#[function_component(CompareView)]
pub fn compare_view(props: &ViewProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let model = compare(d, &props.view);
    let picker = html! {
        <ActorPicker dataset={Rc::clone(d)} view={props.view.clone()} {lang} dispatch={props.dispatch.clone()}
            max={View::MAX_COMPARED} label="the comparison" />
    };
    if model.actors.len() < 2 {
        return html! {
            <section class="st-compare" aria-label="Compare">
                { picker }
                <p class="st-empty">{ "Choose two to four actors to compare them side by side." }</p>
            </section>
        };
    }
    let names: Vec<String> = model.actors.iter().map(|a| a.name.get(lang).to_owned()).collect();
    let as_of = props.view.at.map(|at| format!(", as of {}", date_text(at, lang))).unwrap_or_default();
    html! {
        <section class="st-compare" aria-label="Compare">
            { picker }
            if !model.left_out.is_empty() {
                <p class="st-notice">{ format!("Only four actors fit side by side; left out: {}.",
                    model.left_out.iter().map(|a| a.name.get(lang)).collect::<Vec<_>>().join(", ")) }</p>
            }
            <div class="st-scroll">
            <table class="st-table st-compare-table">
                <caption>{ format!("Comparing {}{as_of}", names.join(", ")) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Question" }</th>
                        { for names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }
                        <th scope="col">{ "Agreement" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for model.rows.iter().map(|row| compare_row(row, &names, lang, &props.open)) }
                </tbody>
            </table>
            </div>
            <section class="st-scores" aria-label="Agreement scores">
                <h3>{ "How often they agree" }</h3>
                <p class="st-method">{ "Counted over the questions above (each topic and each sub-question) on which both have a public position: the share where they hold the same stance. A question where either has no public position counts for neither." }</p>
                <ul>
                    { for model.pairs.iter().map(|(i, j, c)| html! {
                        <li>{ match c.percent() {
                            Some(p) => format!("{} and {}: agree on {} of {} questions ({p}%)", names[*i], names[*j], c.agree, c.compared()),
                            None => format!("{} and {}: no question where both have a public position", names[*i], names[*j]),
                        } }</li>
                    }) }
                </ul>
            </section>
            <AgreementMatrix dataset={Rc::clone(d)} view={props.view.clone()} {lang} />
            <ChangesList dataset={Rc::clone(d)} view={props.view.clone()} {lang} dispatch={props.dispatch.clone()} open={props.open.clone()} />
        </section>
    }
}

fn compare_row(row: &CompareRow, names: &[String], lang: Lang, open: &Callback<Subject>) -> Html {
    let (symbol, text, class) = agreement_text(row.agreement);
    let question = match row.subquestion {
        None => html! { <span class="st-topic">{ row.topic.label.get(lang) }</span> },
        Some(sq) => html! { <span class="st-subquestion">{ sq.label.get(lang) }</span> },
    };
    let key = format!("{}/{}", row.topic.id, row.subquestion.map_or("", |s| s.id.as_str()));
    html! {
        <tr key={key} class={classes!(row.subquestion.is_some().then_some("st-sub"))}>
            <th scope="row">{ question }</th>
            { for row.cells.iter().zip(names).map(|(cell, name)| match cell {
                Cell::NoPosition => html! { <td class="st-cell st-none">{ "No public position found" }</td> },
                Cell::Held(h) => html! {
                    <td class="st-cell">
                        { held_badge(h, row.topic, lang) }
                        <span class="st-date">{ date_text(h.date, lang) }</span>
                        { reports_button(h.index, sources_label(h.position.sources.len()), Some(format!("{name} on {}", row.topic.label.get(lang))), open) }
                    </td>
                },
            }) }
            <td class={classes!("st-agreement", class)}><span aria-hidden="true">{ symbol }</span>{ " " }{ text }</td>
        </tr>
    }
}
