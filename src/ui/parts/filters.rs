//! The table's controls: search, topics shown, sort order and the "as of" date. Each control
//! dispatches one action; what it means is decided in `query`.

use crate::i18n::Key;
use crate::model::{ActorKind, Dataset, Lang, PartialDate};
use crate::query::{groups, kind_id, parse_kind, Action, Sort, ViewState};
use crate::ui::parts::provenance::stage_key;
use crate::ui::parts::tx;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<crate::ui::Store>,
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
            let sort = if value == "name" { Sort::Name } else { Sort::Topic(value.as_str().into()) };
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
    let on_kind = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetKind(parse_kind(&select.value())));
        })
    };
    let on_group = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            dispatch.dispatch(Action::SetGroup((!value.is_empty()).then_some(value)));
        })
    };
    let on_treaty = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetTreaty(crate::query::Stage::parse(&select.value())));
        })
    };
    let treaty_value = v.treaty.first().map(|s| s.code()).unwrap_or("");
    let kind_value = v.kinds.first().map(|k| kind_id(*k)).unwrap_or("");
    let group_value = v.group.clone().unwrap_or_default();
    let sort_value = match &v.sort {
        Sort::Name => "name".to_owned(),
        Sort::Topic(t) => t.to_string(),
    };
    let shown = v.shown_topic_ids(d);
    html! {
        <form class="st-filters" role="search" aria-label={tx(props.lang, Key::FilterTable)} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <label class="st-field">
                <span>{ tx(props.lang, Key::Search) }</span>
                <input type="search" value={v.q.clone()} oninput={on_search} />
            </label>
            { topic_checkboxes(d, v, props.lang, &props.dispatch) }
            <label class="st-field">
                <span>{ tx(props.lang, Key::SortBy) }</span>
                <select onchange={on_sort}>
                    <option value="name" selected={sort_value == "name"}>{ tx(props.lang, Key::SortName) }</option>
                    { for d.topics.iter().map(|t| html! {
                        <option key={t.id.to_string()} value={t.id.to_string()} selected={sort_value == t.id.as_str()}>
                            { format!("{} ({})", t.label.get(props.lang), scale_summary(t, props.lang)) }
                        </option>
                    }) }
                </select>
            </label>
            <label class="st-field">
                <span>{ tx(props.lang, Key::KindOfActor) }</span>
                <select onchange={on_kind}>
                    <option value="" selected={kind_value.is_empty()}>{ tx(props.lang, Key::AllKinds) }</option>
                    { for [ActorKind::State, ActorKind::Bloc, ActorKind::Organisation, ActorKind::Person].into_iter()
                        .filter(|k| d.actors.iter().any(|a| a.kind == *k))
                        .map(|k| html! {
                            <option key={kind_id(k)} value={kind_id(k)} selected={kind_value == kind_id(k)}>{ crate::ui::parts::kind_label(k, props.lang) }</option>
                        }) }
                </select>
            </label>
            <label class="st-field">
                <span>{ tx(props.lang, Key::RegionOrGroup) }</span>
                <select onchange={on_group}>
                    <option value="" selected={group_value.is_empty()}>{ tx(props.lang, Key::All) }</option>
                    { for groups(d, props.lang).into_iter().map(|g| html! {
                        <option key={g.id.clone()} value={g.id.clone()} selected={group_value == g.id}>{ g.label }</option>
                    }) }
                </select>
            </label>
            if crate::query::has_treaty_record(d) {
                <label class="st-field">
                    <span>{ tx(props.lang, Key::TreatyStatus) }</span>
                    <select onchange={on_treaty}>
                        <option value="" selected={treaty_value.is_empty()}>{ tx(props.lang, Key::All) }</option>
                        { for crate::query::Stage::ALL.into_iter().map(|s| html! {
                            <option key={s.code()} value={s.code()} selected={treaty_value == s.code()}>{ tx(props.lang, stage_key(s)) }</option>
                        }) }
                    </select>
                </label>
            }
            { for d.topics.iter().filter(|t| shown.contains(&t.id)).map(|t| {
                let dispatch = props.dispatch.clone();
                let topic = t.id.clone();
                let current = v.stance.iter().find(|f| f.topic == t.id).map(|f| f.stance.to_string()).unwrap_or_default();
                let on_stance = Callback::from(move |e: Event| {
                    let select: HtmlSelectElement = e.target_unchecked_into();
                    let value = select.value();
                    dispatch.dispatch(Action::SetStanceFilter(topic.clone(), (!value.is_empty()).then(|| value.as_str().into())));
                });
                html! {
                    <label class="st-field" key={format!("stance-{}", t.id)}>
                        <span>{ crate::i18n::t(props.lang, Key::TopicStance, &[("topic", t.label.get(props.lang))]) }</span>
                        <select onchange={on_stance}>
                            <option value="" selected={current.is_empty()}>{ tx(props.lang, Key::Any) }</option>
                            { for t.scale.iter().map(|s| html! {
                                <option key={s.id.to_string()} value={s.id.to_string()} selected={current == s.id.as_str()}>
                                    { format!("{} {}", s.symbol, s.label.get(props.lang)) }
                                </option>
                            }) }
                        </select>
                    </label>
                }
            }) }
            <label class="st-field">
                <span>{ tx(props.lang, Key::AsOf) }</span>
                <input type="date" value={v.at.map(|d| d.to_string()).unwrap_or_default()} onchange={on_at} />
            </label>
        </form>
    }
}

fn scale_summary(t: &crate::model::Topic, lang: Lang) -> String {
    let labels: Vec<&str> = t.scale.iter().map(|s| s.label.get(lang)).collect();
    labels.join(" → ")
}

/// Which topics are shown: one checkbox each (the last one shown cannot be unticked).
pub fn topic_checkboxes(
    d: &Dataset,
    v: &ViewState,
    lang: Lang,
    dispatch: &UseReducerDispatcher<crate::ui::Store>,
) -> Html {
    let shown = v.shown_topic_ids(d);
    html! {
        <fieldset class="st-field st-topics">
            <legend>{ tx(lang, Key::TopicsShown) }</legend>
            { for d.topics.iter().map(|t| {
                let dispatch = dispatch.clone();
                let id = t.id.clone();
                html! {
                    <label key={t.id.to_string()} class="st-check">
                        <input type="checkbox" checked={shown.contains(&t.id)}
                            onchange={Callback::from(move |_| dispatch.dispatch(Action::ToggleTopic(id.clone())))} />
                        { t.label.get(lang) }
                    </label>
                }
            }) }
        </fieldset>
    }
}
