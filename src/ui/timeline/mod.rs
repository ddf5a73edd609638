//! The timeline: events on a time axis and, per shown actor, a lane with a thin band per topic
//! whose stance changes where the position changed. Places come from `query::timeline` as
//! fractions; CSS classes (st-l-N, st-w-N, in whole percent) put them on the axis without
//! inline styles, so the view works under a strict Content-Security-Policy, and
//! `inset-inline-start` makes it run right to left in Arabic. On a narrow screen the lanes
//! stack vertically.

mod events;

use crate::i18n::Key;
use crate::model::ActionKind;
use crate::query::{table, table_summary, timeline};
use crate::ui::compare::changes::range_inputs;
use crate::ui::parts::provenance::action_key;
use crate::ui::parts::summary_text::live_summary;
use crate::ui::parts::{date_text, show_more, tx, use_page, Subject, ViewProps, PAGE};
use events::{kind_key, markers, EventTrack};
use yew::prelude::*;

fn percent(x: f64) -> usize {
    (x * 100.0).round().clamp(0.0, 100.0) as usize
}

fn place(from: f64, to: f64) -> Classes {
    let left = percent(from);
    let width = percent(to).saturating_sub(left).max(1).min(100 - left.min(99));
    classes!(format!("st-l-{left}"), format!("st-w-{width}"))
}

/// A treaty action's word: signature, or the deposit that binds (ratification and its kin).
#[function_component(TimelineView)]
pub fn timeline_view(props: &ViewProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let t = timeline(d, &props.view, lang);
    let rows = t.by_actor();
    let (shown, more) = use_page(&props.view, PAGE);
    let open_event = |id: &crate::model::EventId| {
        let open = props.open.clone();
        let id = id.clone();
        Callback::from(move |_| open.emit(Subject::Event(id.clone())))
    };
    html! {
        <section class="st-timeline" aria-label={tx(lang, Key::ViewTimeline)}>
            { live_summary(&table_summary(&table(d, &props.view, lang)), lang) }
            <div class="st-axis" aria-hidden="true">
                { for t.ticks.iter().map(|(year, at)| html! { <span key={*year} class={classes!("st-tick", format!("st-l-{}", percent(*at)))}>{ year }</span> }) }
            </div>
            <EventTrack markers={markers(&t, lang)} {lang} open={props.open.clone()} />
            <h3>{ tx(lang, Key::PositionsOverTime) }</h3>
            <ol class="st-lanes">
                { for rows.iter().take(shown).map(|(actor, lanes)| {
                    let name = actor.name.get(lang);
                    html! {
                        <li key={actor.id.to_string()} class="st-lane">
                            <span class="st-lane-label">{ name }</span>
                            <ul class="st-bands">
                                // Signatures and ratifications, marks on the lane; the words
                                // are in the treaty column of the table and the map.
                                <li class="st-band st-action-band" aria-hidden="true">
                                    { for t.actions_of(actor).into_iter().map(|(a, at)| html! {
                                        <span class={classes!("st-action-mark", format!("st-l-{}", percent(at.min(0.98))), format!("st-act-{}", a.kind.code()))}
                                            title={format!("{}: {}", tx(lang, action_key(a.kind)), date_text(a.date, lang))}>
                                            { if a.kind == ActionKind::Signature { "✍" } else { "●" } }
                                        </span>
                                    }) }
                                </li>
                                { for lanes.iter().map(|lane| {
                                    let topic = lane.topic.label.get(lang);
                                    html! {
                                        <li key={lane.topic.id.to_string()} class="st-band">
                                            <span class="st-sr-only">{ format!("{name} · {topic}") }</span>
                                            <ol class="st-track">
                                                { for lane.segments.iter().map(|s| {
                                                    let open = props.open.clone();
                                                    let index = s.held.index;
                                                    let label = s.held.stance.label.get(lang);
                                                    let when = date_text(s.held.date, lang);
                                                    html! {
                                                        <li key={index} class={classes!("st-seg", place(s.from, s.to),
                                                                format!("st-rank-{}-of-{}", s.held.rank, lane.topic.scale.len()), s.changed.then_some("st-changed"))}>
                                                            <button type="button" title={format!("{topic}: {label} · {when}")} onclick={Callback::from(move |_| open.emit(Subject::Position(index)))}>
                                                                <span class="st-sr-only">{ format!("{name} · {topic}: ") }</span>
                                                                <span aria-hidden="true">{ &s.held.stance.symbol }</span>
                                                                <span class="st-seg-text">{ format!("{label} · {when}") }</span>
                                                                if s.changed {
                                                                    <span class="st-sr-only">{ format!(" ({})", tx(lang, Key::Changed)) }</span>
                                                                }
                                                            </button>
                                                        </li>
                                                    }
                                                }) }
                                            </ol>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </li>
                    }
                }) }
            </ol>
            { show_more(shown, rows.len(), PAGE, &more, lang) }
            if !t.without_positions.is_empty() {
                <p class="st-none">{ crate::i18n::t(lang, Key::NoPositionsOn, &[("names", &crate::i18n::list(lang, &t.without_positions.iter().map(|a| a.name.get(lang)).collect::<Vec<_>>()))]) }</p>
            }
            { range_inputs(&props.view, lang, &props.dispatch) }
            <p class="st-count">{ crate::i18n::t(lang, Key::TimelineSpan, &[("start", &date_text(t.start, lang)), ("end", &date_text(t.end, lang)), ("events", &t.events.len().to_string()), ("lanes", &rows.len().to_string())]) }</p>
            <h3>{ tx(lang, Key::Events) }</h3>
            <ol class="st-event-list">
                { for t.events.iter().map(|e| html! {
                    <li key={e.event.id.to_string()}>
                        <span class="st-date">{ date_text(e.event.date, lang) }</span>
                        <span class="st-event-kind">{ tx(lang, kind_key(e.event.kind)) }</span>
                        <button type="button" class="st-linkish" onclick={open_event(&e.event.id)}>{ e.event.title.get(lang) }</button>
                    </li>
                }) }
            </ol>
        </section>
    }
}
