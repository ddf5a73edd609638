//! A state's treaty record, opened from the map coloured by treaty status: where it stands,
//! each action (signature, ratification…) with the reports behind it, then the record's own
//! source and what it does not cover.

use crate::i18n::{t, Key};
use crate::model::{ActorId, Dataset, Lang};
use crate::query::{standing, status_date, treaty_actions};
use crate::ui::parts::dialog::Dialog;
use crate::ui::parts::provenance::{action_key, standing_text};
use crate::ui::parts::{date_text, tx};
use crate::ui::sources::panel::source_item;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TreatyRecordProps {
    pub dataset: Rc<Dataset>,
    pub actor: ActorId,
    pub lang: Lang,
    pub on_close: Callback<()>,
}

#[function_component(TreatyRecord)]
pub fn treaty_record(props: &TreatyRecordProps) -> Html {
    let (d, lang) = (&props.dataset, props.lang);
    let name = d.actor(&props.actor).map_or(props.actor.to_string(), |a| a.name.get(lang).to_owned());
    let heading = t(lang, Key::TreatyReports, &[("actor", &name)]);
    let sources = |ids: &[crate::model::SourceId]| {
        html! { <ul class="st-reports">{ for ids.iter().filter_map(|s| d.source(s)).map(|s| source_item(s, None, lang)) }</ul> }
    };
    html! {
        <Dialog {heading} {lang} on_close={props.on_close.clone()}>
            <p>{ standing_text(&standing(d, &props.actor, None), status_date(d), lang) }</p>
            { for treaty_actions(d, &props.actor).into_iter().map(|a| html! {
                <>
                <h4>{ format!("{} · {}", tx(lang, action_key(a.kind)), date_text(a.date, lang)) }</h4>
                if let Some(note) = &a.note { <p class="st-note">{ t(lang, Key::Note, &[("note", note)]) }</p> }
                { sources(&a.sources) }
                </>
            }) }
            if let Some(status) = &d.treaty_status {
                <h4>{ tx(lang, Key::ReportedBy) }</h4>
                { sources(&status.sources) }
                if let Some(note) = &status.note { <p class="st-note">{ t(lang, Key::TreatyRecordNote, &[("note", note)]) }</p> }
            }
        </Dialog>
    }
}
