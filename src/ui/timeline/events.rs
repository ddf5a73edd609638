//! The timeline's event track: markers a tenth of the axis wide, placed by class, each saying
//! what its event is ("Session", "Vote") or, where events are close, how many share it; a
//! cluster opens into its list when clicked. The track is the picture; the list of events
//! under the timeline is what keyboards and screen readers use, so the track is hidden from
//! them (and nothing in it takes focus).

use crate::i18n::{t, Key};
use crate::model::{EventKind, Lang};
use crate::query::{EventCluster, TimelineModel, MARKER_WIDTH};
use crate::ui::parts::{date_text, tx, Subject};
use yew::prelude::*;

pub fn kind_key(kind: EventKind) -> Key {
    match kind {
        EventKind::Resolution => Key::EventResolution,
        EventKind::Session => Key::EventSession,
        EventKind::Vote => Key::EventVote,
        EventKind::Adoption => Key::EventAdoption,
        EventKind::Signature => Key::EventSignature,
        EventKind::Ratification => Key::EventRatification,
        EventKind::Report => Key::EventReport,
    }
}

fn percent(x: f64) -> usize {
    (x * 100.0).round().clamp(0.0, 100.0) as usize
}

#[derive(Properties, PartialEq)]
pub struct TrackProps {
    /// One per cluster of close events, built by [`markers`].
    pub markers: Vec<Marker>,
    pub lang: Lang,
    pub open: Callback<Subject>,
}

#[derive(Clone, PartialEq)]
pub struct Marker {
    pub cluster: EventCluster,
    pub label: String,
    pub title: String,
    pub kind: &'static str,
    /// The events it stands for: id, kind word, title and date, for the opened list.
    pub events: Vec<(crate::model::EventId, String)>,
}

/// The markers of a timeline, one per cluster of close events.
pub fn markers(model: &TimelineModel, lang: Lang) -> Vec<Marker> {
    model
        .clusters(MARKER_WIDTH)
        .into_iter()
        .map(|c| {
            let events = &model.events[c.events.clone()];
            let first = events[0].event;
            let words = |e: &crate::model::Event| {
                format!("{}: {} ({})", tx(lang, kind_key(e.kind)), e.title.get(lang), date_text(e.date, lang))
            };
            let (label, kind) = if events.len() == 1 {
                (tx(lang, kind_key(first.kind)).to_owned(), kind_class(first.kind))
            } else {
                let (start, end) = (date_text(first.date, lang), date_text(events[events.len() - 1].event.date, lang));
                let n = events.len().to_string();
                (t(lang, Key::EventsCluster, &[("n", &n), ("start", &start), ("end", &end)]), "st-ev-cluster")
            };
            let list: Vec<_> = events.iter().map(|e| (e.event.id.clone(), words(e.event))).collect();
            let title = list.iter().map(|(_, w)| w.as_str()).collect::<Vec<_>>().join("\n");
            Marker { cluster: c, label, title, kind, events: list }
        })
        .collect()
}

fn kind_class(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Session => "st-ev-session",
        EventKind::Vote | EventKind::Adoption => "st-ev-decision",
        EventKind::Signature | EventKind::Ratification => "st-ev-treaty",
        EventKind::Resolution | EventKind::Report => "st-ev-document",
    }
}

#[function_component(EventTrack)]
pub fn event_track(props: &TrackProps) -> Html {
    let opened = use_state(|| None::<usize>);
    let open_list = opened.and_then(|i| props.markers.get(i));
    html! {
        <div class="st-event-area">
            <div class="st-track st-event-track" aria-hidden="true">
                { for props.markers.iter().enumerate().map(|(i, m)| {
                    let left = percent(m.cluster.left);
                    let onclick = {
                        let (opened, open) = (opened.clone(), props.open.clone());
                        let single = (m.events.len() == 1).then(|| m.events[0].0.clone());
                        Callback::from(move |_: MouseEvent| match &single {
                            Some(id) => open.emit(Subject::Event(id.clone())),
                            None => opened.set(if *opened == Some(i) { None } else { Some(i) }),
                        })
                    };
                    html! {
                        <span key={i} class={classes!("st-marker", m.kind, format!("st-l-{left}"), format!("st-w-{}", percent(MARKER_WIDTH)))}
                            title={m.title.clone()} {onclick}>{ &m.label }</span>
                    }
                }) }
            </div>
            if let Some(m) = open_list {
                <ul class="st-cluster-list">
                    { for m.events.iter().map(|(id, words)| {
                        let (open, id2) = (props.open.clone(), id.clone());
                        html! {
                            <li key={id.to_string()}>
                                <button type="button" class="st-linkish" onclick={Callback::from(move |_| open.emit(Subject::Event(id2.clone())))}>{ words }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
