//! Chooses actors by name: the chosen ones as removable chips, and a list to add one more.

use crate::i18n::{t, Key};
use crate::model::{Dataset, Lang};
use crate::query::{Action, ViewState};
use crate::ui::parts::tx;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActorPickerProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<crate::ui::Store>,
    /// How many may be chosen; the add list disappears at the limit.
    #[prop_or(usize::MAX)]
    pub max: usize,
}

#[function_component(ActorPicker)]
pub fn actor_picker(props: &ActorPickerProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let chosen: Vec<_> = props.view.actors.iter().filter_map(|id| d.actor(id)).collect();
    let mut others: Vec<_> = d.actors.iter().filter(|a| !props.view.actors.contains(&a.id)).collect();
    crate::order::sort_by_cached_key(&mut others, |a| crate::fold::lowercase(a.name.get(lang)));
    let on_add = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let id = select.value();
            if !id.is_empty() {
                dispatch.dispatch(Action::ToggleActor(id.as_str().into()));
            }
            select.set_value("");
        })
    };
    html! {
        <div class="st-picker">
            <ul class="st-chips" aria-label={tx(lang, Key::ActorsChosen)}>
                { for chosen.iter().map(|a| {
                    let dispatch = props.dispatch.clone();
                    let id = a.id.clone();
                    let name = a.name.get(lang).to_owned();
                    html! {
                        <li key={a.id.to_string()} class="st-chip">
                            { &name }
                            <button type="button" class="st-chip-remove" aria-label={t(lang, Key::RemoveActor, &[("name", &name)])}
                                onclick={Callback::from(move |_| dispatch.dispatch(Action::ToggleActor(id.clone())))}>{ "×" }</button>
                        </li>
                    }
                }) }
            </ul>
            if chosen.len() < props.max {
                <label class="st-field">
                    <span>{ tx(lang, Key::AddActor) }</span>
                    <select onchange={on_add}>
                        <option value="" selected=true>{ tx(lang, Key::ChooseActor) }</option>
                        { for others.iter().map(|a| html! {
                            <option key={a.id.to_string()} value={a.id.to_string()}>{ a.name.get(lang) }</option>
                        }) }
                    </select>
                </label>
            }
        </div>
    }
}
