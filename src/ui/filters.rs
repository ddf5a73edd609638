//! The table's controls: search, topics shown, sort order and the "as of" date. Each control
//! dispatches one action; what it means is decided in `query`.

use crate::model::{Dataset, Lang, PartialDate};
use crate::query::{Action, Sort, ViewState};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<super::Store>,
}

#[function_component(Filters)]
pub fn filters(props: &FiltersProps) -> Html {
    let d = &props.dataset;
    let v = &props.view;
    let on_search = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetQuery(input.value()));
        })
    };
    let on_sort = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            let sort = if value == "name" {
                Sort::Name
            } else {
                Sort::Topic(value.as_str().into())
            };
            dispatch.dispatch(Action::SetSort(sort));
        })
    };
    let on_at = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetAt(PartialDate::parse(&input.value()).ok()));
        })
    };
    let sort_value = match &v.sort {
        Sort::Name => "name".to_owned(),
        Sort::Topic(t) => t.to_string(),
    };
    let shown = v.shown_topic_ids(d);
    html! {
        <form class="st-filters" role="search" aria-label="Filter the table" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <label class="st-field">
                <span>{ "Search actors and positions" }</span>
                <input type="search" value={v.q.clone()} oninput={on_search} />
            </label>
            <fieldset class="st-field st-topics">
                <legend>{ "Topics shown" }</legend>
                { for d.topics.iter().map(|t| {
                    let dispatch = props.dispatch.clone();
                    let id = t.id.clone();
                    html! {
                        <label key={t.id.to_string()} class="st-check">
                            <input type="checkbox" checked={shown.contains(&t.id)}
                                onchange={Callback::from(move |_| dispatch.dispatch(Action::ToggleTopic(id.clone())))} />
                            { t.label.get(props.lang) }
                        </label>
                    }
                }) }
            </fieldset>
            <label class="st-field">
                <span>{ "Sort by" }</span>
                <select onchange={on_sort}>
                    <option value="name" selected={sort_value == "name"}>{ "Name" }</option>
                    { for d.topics.iter().map(|t| html! {
                        <option key={t.id.to_string()} value={t.id.to_string()} selected={sort_value == t.id.as_str()}>
                            { format!("{} ({})", t.label.get(props.lang), scale_summary(t, props.lang)) }
                        </option>
                    }) }
                </select>
            </label>
            <label class="st-field">
                <span>{ "Positions as of (empty: latest)" }</span>
                <input type="date" value={v.at.map(|d| d.to_string()).unwrap_or_default()} onchange={on_at} />
            </label>
        </form>
    }
}

fn scale_summary(t: &crate::model::Topic, lang: Lang) -> String {
    let labels: Vec<&str> = t.scale.iter().map(|s| s.label.get(lang)).collect();
    labels.join(" → ")
}
