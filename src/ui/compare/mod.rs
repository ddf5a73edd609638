//! Compare: two to four actors in columns, questions in rows, agreement marked in text and
//! symbol, pairwise scores with their method, the agreement matrix, and what changed.

pub(crate) mod changes;
pub(crate) mod matrix;

use crate::i18n::{list, t, Key};
use crate::model::Lang;
use crate::query::{compare, compare_summary, Agreement, Cell, CompareRow, View};
use crate::ui::compare::changes::ChangesList;
use crate::ui::compare::matrix::AgreementMatrix;
use crate::ui::parts::actor_picker::ActorPicker;
use crate::ui::parts::strips::StanceStrips;
use crate::ui::parts::summary_text::live_summary;
use crate::ui::parts::{date_text, held_badge, reports_button, sources_label, tx, Subject, ViewProps};
use std::rc::Rc;
use yew::prelude::*;

fn agreement_text(a: Agreement) -> (&'static str, Key, &'static str) {
    match a {
        Agreement::Agree => ("✓", Key::Agree, "st-agree"),
        Agreement::Differ => ("✗", Key::Differ, "st-differ"),
        Agreement::Incomplete => ("–", Key::NotComparable, "st-incomplete"),
    }
}

#[function_component(CompareView)]
pub fn compare_view(props: &ViewProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let model = compare(d, &props.view);
    let picker = html! {
        <ActorPicker dataset={Rc::clone(d)} view={props.view.clone()} {lang} dispatch={props.dispatch.clone()} max={View::MAX_COMPARED} />
    };
    let strips = html! { <StanceStrips dataset={Rc::clone(d)} view={props.view.clone()} {lang} dispatch={props.dispatch.clone()} /> };
    if model.actors.len() < 2 {
        return html! {
            <section class="st-compare" aria-label={tx(lang, Key::ViewCompare)}>
                { strips }
                { picker }
                <p class="st-empty">{ tx(lang, Key::ChooseTwo) }</p>
            </section>
        };
    }
    let names: Vec<String> = model.actors.iter().map(|a| a.name.get(lang).to_owned()).collect();
    let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let left_out: Vec<&str> = model.left_out.iter().map(|a| a.name.get(lang)).collect();
    let mut caption = t(lang, Key::Comparing, &[("names", &list(lang, &name_refs))]);
    if let Some(at) = props.view.at {
        caption = format!("{caption} ({})", date_text(at, lang));
    }
    html! {
        <section class="st-compare" aria-label={tx(lang, Key::ViewCompare)}>
            { strips }
            { picker }
            { live_summary(&compare_summary(&model), lang) }
            if !left_out.is_empty() {
                <p class="st-notice">{ t(lang, Key::LeftOut, &[("names", &list(lang, &left_out))]) }</p>
            }
            <div class="st-scroll">
            <table class="st-table st-compare-table">
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ tx(lang, Key::QuestionColumn) }</th>
                        { for names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }
                        <th scope="col">{ tx(lang, Key::AgreementColumn) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for model.rows.iter().map(|row| compare_row(row, &names, lang, &props.open)) }
                </tbody>
            </table>
            </div>
            <section class="st-scores" aria-label={tx(lang, Key::HowOften)}>
                <h3>{ tx(lang, Key::HowOften) }</h3>
                <p class="st-method">{ tx(lang, Key::Method) }</p>
                <ul>
                    { for model.pairs.iter().map(|(i, j, c)| {
                        let (a, b) = (names[*i].as_str(), names[*j].as_str());
                        html! {
                            <li>{ match c.percent() {
                                Some(p) => t(lang, Key::PairScore, &[("a", a), ("b", b), ("agree", &c.agree.to_string()),
                                    ("n", &c.compared().to_string()), ("p", &p.to_string())]),
                                None => t(lang, Key::PairNone, &[("a", a), ("b", b)]),
                            } }</li>
                        }
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
                Cell::NoPosition => html! { <td class="st-cell st-none">{ tx(lang, Key::NoPosition) }</td> },
                Cell::Held(h) => html! {
                    <td class="st-cell">
                        { held_badge(h, row.topic, lang) }
                        <span class="st-date">{ date_text(h.date, lang) }</span>
                        { reports_button(h.index, sources_label(h.position.sources.len(), lang),
                            Some(t(lang, Key::OnTopic, &[("actor", name), ("topic", row.topic.label.get(lang))])), open) }
                    </td>
                },
            }) }
            <td class={classes!("st-agreement", class)}><span aria-hidden="true">{ symbol }</span>{ " " }{ tx(lang, text) }</td>
        </tr>
    }
}
