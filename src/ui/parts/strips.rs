//! Stance strips: per shown topic, a bar of how many actors hold each stance, leading the
//! table and compare views. The bar is the picture (for the mouse, too); the row of buttons
//! under it says the same counts in words and is what keyboards and screen readers use.
//! The arithmetic is `query::strips`.

use crate::i18n::Key;
use crate::model::{Dataset, Lang, StanceId, TopicId};
use crate::query::{strips, Action, View, ViewState};
use crate::ui::parts::tx;
use crate::ui::Store;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StripsProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<Store>,
}

#[function_component(StanceStrips)]
pub fn stance_strips(props: &StripsProps) -> Html {
    let lang = props.lang;
    let in_compare = props.view.view == View::Compare;
    // One callback for every segment: the stance travels in the event's data attributes.
    let choose = {
        let dispatch = props.dispatch.clone();
        use_callback(in_compare, move |(topic, stance, selected): (TopicId, StanceId, bool), in_compare| {
            dispatch.dispatch(Action::SetStanceFilter(topic, (!selected).then_some(stance)));
            // Compare shows the chosen few; the holders of a stance are listed by the table.
            if *in_compare {
                dispatch.dispatch(Action::SetView(View::Table));
            }
        })
    };
    let all = strips(&props.dataset, &props.view, lang);
    html! {
        <div class="st-strips" role="group" aria-label={tx(lang, Key::StripsLabel)}>
            { for all.iter().map(|strip| {
                let n = strip.topic.scale.len();
                let rank_class = |rank: usize| if rank < n { format!("st-rank-{rank}-of-{n}") } else { "st-none".to_owned() };
                let click = |stance: Option<&crate::model::Stance>, selected: bool| {
                    let choose = choose.clone();
                    let topic = strip.topic.id.clone();
                    stance.map(|s| {
                        let id = s.id.clone();
                        Callback::from(move |_: MouseEvent| choose.emit((topic.clone(), id.clone(), selected)))
                    })
                };
                html! {
                    <div class="st-strip" key={strip.topic.id.to_string()}>
                        <span class="st-strip-topic">{ strip.topic.label.get(lang) }</span>
                        // The picture, for the eye and the mouse; its facts are the buttons below.
                        <div class="st-strip-bar" aria-hidden="true">
                            { for strip.segments.iter().zip(strip.extents()).filter(|(s, _)| s.count > 0).map(|(s, (l, w))| html! {
                                <span class={classes!("st-strip-seg", format!("st-l-{l}"), format!("st-w-{w}"), rank_class(s.rank), s.selected.then_some("st-selected"))}
                                    title={format!("{}: {}", s.stance.map_or(tx(lang, Key::NoPosition), |st| st.label.get(lang)), s.count)}
                                    onclick={click(s.stance, s.selected)}>
                                    { s.stance.map_or("–", |st| st.symbol.as_str()) }
                                </span>
                            }) }
                        </div>
                        <ul class="st-strip-legend">
                            { for strip.segments.iter().map(|s| {
                                let body = html! {
                                    <>
                                    <span class={classes!("st-swatch", rank_class(s.rank))} aria-hidden="true">{ s.stance.map_or("–", |st| st.symbol.as_str()) }</span>
                                    <span class="st-strip-label">{ s.stance.map_or(tx(lang, Key::NoPosition), |st| st.label.get(lang)) }</span>
                                    { " " }<strong>{ s.count }</strong>
                                    </>
                                };
                                html! {
                                    <li key={s.rank}>
                                        if s.stance.is_some() {
                                            <button type="button" class="st-strip-choice" aria-pressed={s.selected.to_string()} onclick={click(s.stance, s.selected)}>{ body }</button>
                                        } else {
                                            // Not a stance, so not a filter: said, not offered.
                                            <span class="st-strip-choice st-none-choice">{ body }</span>
                                        }
                                    </li>
                                }
                            }) }
                        </ul>
                    </div>
                }
            }) }
        </div>
    }
}
