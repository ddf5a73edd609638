//! What changed between two dates, per compared actor: each stance first reported or changed
//! in the range, with the reports behind it.

use super::parts::{date_text, held_badge, reports_button, ViewProps};
use crate::model::PartialDate;
use crate::query::{changes, compare, Action, ViewState};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The range inputs every range-aware view shares.
pub fn range_inputs(view: &ViewState, dispatch: &UseReducerDispatcher<super::Store>) -> Html {
    let input = |label: &'static str, value: Option<PartialDate>, is_from: bool| {
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
                <span>{ label }</span>
                <input type="date" value={value.map(|d| d.to_string()).unwrap_or_default()} {onchange} />
            </label>
        }
    };
    html! {
        <div class="st-range">
            { input("From (empty: the start)", view.from, true) }
            { input("To (empty: the latest)", view.to, false) }
        </div>
    }
}

#[function_component(ChangesList)]
pub fn changes_list(props: &ViewProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let actors = compare(d, &props.view).actors;
    let range = match (props.view.from, props.view.to) {
        (None, None) => "over the whole negotiation".to_owned(),
        (Some(f), None) => format!("since {}", date_text(f, lang)),
        (None, Some(t)) => format!("until {}", date_text(t, lang)),
        (Some(f), Some(t)) => format!("between {} and {}", date_text(f, lang), date_text(t, lang)),
    };
    html! {
        <section class="st-changes" aria-label="What changed">
            <h3>{ format!("What changed {range}") }</h3>
            { range_inputs(&props.view, &props.dispatch) }
            { for actors.iter().map(|a| {
                let list = changes(d, a, &props.view);
                html! {
                    <div key={a.id.to_string()}>
                        <h4>{ a.name.get(lang) }</h4>
                        if list.is_empty() {
                            <p class="st-none">{ "No position reported or changed in this range." }</p>
                        } else {
                            <ul class="st-change-list">
                                { for list.iter().map(|c| {
                                    let index = c.after.index;
                                    let question = match c.subquestion {
                                        Some(sq) => format!("{}: {}", c.topic.label.get(lang), sq.label.get(lang)),
                                        None => c.topic.label.get(lang).to_owned(),
                                    };
                                    html! {
                                        <li key={index}>
                                            <span class="st-date">{ date_text(c.after.date, lang) }</span>
                                            { format!("{question}: ") }
                                            if let Some(before) = &c.before {
                                                { held_badge(before, c.topic, lang) }{ " → " }
                                            } else {
                                                { "first reported as " }
                                            }
                                            { held_badge(&c.after, c.topic, lang) }
                                            { " " }
                                            { reports_button(index, "reports".to_owned(), Some(format!("{} on {question}", a.name.get(lang))), &props.open) }
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
