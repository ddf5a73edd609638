//! Small pieces every view shares: how a stance, a date and an actor kind are shown.

use crate::model::{ActorKind, Dataset, Lang, PartialDate, Stance, Topic};
use crate::query::{Held, ViewState};
use std::rc::Rc;
use yew::prelude::*;

/// What every view component is given: the data, the view state, the reader's language, the
/// reducer to dispatch to, and how to open the reports behind something.
#[derive(Properties, PartialEq)]
pub struct ViewProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<super::Store>,
    pub open: Callback<Subject>,
}

/// What a panel of reports is about.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    /// A position, by its index in the dataset.
    Position(usize),
    Event(crate::model::EventId),
}

/// The stance as text and symbol, shaded by its place on the scale as a second channel only.
pub fn stance_badge(stance: &Stance, rank: usize, topic: &Topic, lang: Lang) -> Html {
    html! {
        <span class={classes!("st-stance", format!("st-rank-{rank}-of-{}", topic.scale.len()))}>
            <span class="st-symbol" aria-hidden="true">{ &stance.symbol }</span>
            <span class="st-label">{ stance.label.get(lang) }</span>
        </span>
    }
}

pub fn held_badge(held: &Held, topic: &Topic, lang: Lang) -> Html {
    stance_badge(held.stance, held.rank, topic, lang)
}

pub fn date_text(date: PartialDate, _lang: Lang) -> String {
    date.display_en()
}

pub fn kind_label(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::State => "state",
        ActorKind::Bloc => "group of states",
        ActorKind::Organisation => "organisation",
        ActorKind::Person => "person",
    }
}

/// A button that opens the reports behind a position. `context` names what it is about for
/// a screen reader ("Russia on Scope"), since "2 sources" alone says little out of its row.
pub fn reports_button(index: usize, text: String, context: Option<String>, open: &Callback<Subject>) -> Html {
    let open = open.clone();
    let label = context.map(|c| format!("{c}: {text}"));
    html! {
        <button type="button" class="st-linkish" aria-label={label} onclick={Callback::from(move |_| open.emit(Subject::Position(index)))}>
            { text }
        </button>
    }
}

pub fn sources_label(n: usize) -> String {
    if n == 1 {
        "1 source".to_owned()
    } else {
        format!("{n} sources")
    }
}
