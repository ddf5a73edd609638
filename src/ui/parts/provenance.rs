//! How far a source can be trusted and where it was read, and where an actor stands with the
//! treaty: the words every view shows beside a source or a state.

use crate::i18n::{stage_symbol, standing_words, t, Key};
use crate::model::{Lang, PartialDate, Source, SourceClass};
use crate::query::{Stage, Standing};
use crate::ui::parts::{date_text, tx};
use yew::prelude::*;

pub fn class_key(class: SourceClass) -> Key {
    match class {
        SourceClass::Primary => Key::ClassPrimary,
        SourceClass::Press => Key::ClassPress,
        SourceClass::CivilSociety => Key::ClassCivilSociety,
        SourceClass::Research => Key::ClassResearch,
        SourceClass::Weak => Key::ClassWeak,
    }
}

/// The source's class as a labelled badge (a word, not a colour), and a link to the copy it was
/// read at when that is not the original.
pub fn class_and_mirror(s: &Source, lang: Lang) -> Html {
    html! {
        <>
            if let Some(class) = s.class {
                <span class={classes!("st-class", format!("st-class-{}", class.code()))}>{ tx(lang, class_key(class)) }</span>
            }
            if let Some(mirror) = &s.mirror {
                <a class="st-mirror" href={mirror.clone()} target="_blank" rel="noopener noreferrer">{ tx(lang, Key::ReadAtCopy) }</a>
            }
        </>
    }
}

/// The stage's name, as the filter and the map's legend give it.
pub fn stage_key(stage: Stage) -> Key {
    match stage {
        Stage::Bound => Key::TreatyRatified,
        Stage::Signed => Key::TreatySigned,
        Stage::NotSigned => Key::TreatyNeither,
    }
}

/// "Signed 25 October 2025", "Ratified or joined …", or "No signature on record as of …".
pub fn standing_text(s: &Standing, status_date: Option<PartialDate>, lang: Lang) -> String {
    let (key, date) = standing_words(s, status_date);
    t(lang, key, &[("date", &date.map(|d| date_text(d, lang)).unwrap_or_default())])
}

/// A table cell of the actor's standing; empty for actors that cannot join a treaty.
pub fn standing_cell(s: Option<&Standing>, status_date: Option<PartialDate>, lang: Lang) -> Html {
    let Some(s) = s else { return html! { <td class="st-cell st-treaty"></td> } };
    html! {
        <td class={classes!("st-cell", "st-treaty", format!("st-stage-{}", s.stage.code()))}>
            <span class="st-symbol" aria-hidden="true">{ stage_symbol(s.stage) }</span>
            <span class="st-label">{ standing_text(s, status_date, lang) }</span>
            if let Some(date) = s.domestic {
                <span class="st-domestic">{ t(lang, Key::TreatyDomestic, &[("date", &date_text(date, lang))]) }</span>
            }
        </td>
    }
}

/// The name of a kind of treaty action.
pub fn action_key(kind: crate::model::ActionKind) -> Key {
    use crate::model::ActionKind;
    match kind {
        ActionKind::Signature => Key::EventSignature,
        ActionKind::Ratification => Key::EventRatification,
        ActionKind::Acceptance => Key::ActionAcceptance,
        ActionKind::Approval => Key::ActionApproval,
        ActionKind::Accession => Key::ActionAccession,
        ActionKind::DomesticApproval => Key::ActionDomestic,
    }
}
