//! What changed between two dates, per compared actor: each stance first reported or changed
//! in the range, with the reports behind it.

use crate::i18n::{t, Key};
use crate::model::{Lang, PartialDate};
use crate::query::{changes, compare, Action, ViewState};
use crate::ui::parts::{date_text, held_badge, reports_button, tx, ViewProps};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The range inputs every range-aware view shares.
pub fn range_inputs(view: &ViewState, lang: Lang, dispatch: &UseReducerDispatcher<crate::ui::Store>) -> Html {
    let input = |label: Key, value: Option<PartialDate>, is_from: bool| {
        let dispatch = dispatch.clone();
        let (from, to) = (view.from, view.to);
        let onchange = Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            let date = PartialDate::parse(&el.value()).ok();
            let (f, t) = if is_from { (date, to) } else { (from, date) };
            dispatch.dispatch(Action::SetRange(f, t));
        });
        html! {
            <label class="st-field">
                <span>{ tx(lang, label) }</span>
                <input type="date" value={value.map(|d| d.to_string()).unwrap_or_default()} {onchange} />
            </label>
        }
    };
    html! {
        <div class="st-range">
            { input(Key::RangeFrom, view.from, true) }
            { input(Key::RangeTo, view.to, false) }
        </div>
    }
}

#[function_component(ChangesList)]
pub fn changes_list(props: &ViewProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let actors = compare(d, &props.view).actors;
    let heading = match (props.view.from, props.view.to) {
        (None, None) => tx(lang, Key::ChangedAll).to_owned(),
        (Some(f), None) => t(lang, Key::ChangedSince, &[("from", &date_text(f, lang))]),
        (None, Some(to)) => t(lang, Key::ChangedUntil, &[("to", &date_text(to, lang))]),
        (Some(f), Some(to)) => {
            t(lang, Key::ChangedBetween, &[("from", &date_text(f, lang)), ("to", &date_text(to, lang))])
        }
    };
    html! {
        <section class="st-changes" aria-label={tx(lang, Key::ChangedAll)}>
            <h3>{ heading }</h3>
            { range_inputs(&props.view, lang, &props.dispatch) }
            { for actors.iter().map(|a| {
                let list = changes(d, a, &props.view);
                let name = a.name.get(lang);
                html! {
                    <div key={a.id.to_string()}>
                        <h4>{ name }</h4>
                        if list.is_empty() {
                            <p class="st-none">{ tx(lang, Key::NoChange) }</p>
                        } else {
                            <ul class="st-change-list">
                                { for list.iter().map(|c| {
                                    let index = c.after.index;
                                    let question = match c.subquestion {
                                        Some(sq) => format!("{}: {}", c.topic.label.get(lang), sq.label.get(lang)),
                                        None => c.topic.label.get(lang).to_owned(),
                                    };
                                    let context = t(lang, Key::OnTopic, &[("actor", name), ("topic", &question)]);
                                    html! {
                                        <li key={index}>
                                            <span class="st-date">{ date_text(c.after.date, lang) }</span>
                                            { format!("{question}: ") }
                                            if let Some(before) = &c.before {
                                                { held_badge(before, c.topic, lang) }{ " → " }
                                            } else {
                                                { tx(lang, Key::FirstReported) }{ " " }
                                            }
                                            { held_badge(&c.after, c.topic, lang) }
                                            { " " }
                                            { reports_button(index, tx(lang, Key::Reports).to_owned(), Some(context), &props.open) }
                                        </li>
                                    }
                                }) }
                            </ul>
                        }
                    </div>
                }
            }) }
        </section>
    }
}
