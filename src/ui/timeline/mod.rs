//! The timeline: events on a time axis and, per shown actor and topic, a lane whose stance
//! changes where the position changed. Places come from `query::timeline` as fractions; CSS
//! classes (st-l-N, st-w-N, in whole percent) put them on the axis without inline styles, so
//! the view works under a strict Content-Security-Policy, and `inset-inline-start` makes it
//! run right to left in Arabic. On a narrow screen the same lists stack vertically.

use crate::i18n::Key;
use crate::model::EventKind;
use crate::query::{table, table_summary, timeline};
use crate::ui::compare::changes::range_inputs;
use crate::ui::parts::summary_text::live_summary;
use crate::ui::parts::{date_text, show_more, tx, use_page, Subject, ViewProps, PAGE};
use yew::prelude::*;

fn percent(x: f64) -> usize {
    (x * 100.0).round().clamp(0.0, 100.0) as usize
}

fn place(from: f64, to: f64) -> Classes {
    let left = percent(from);
    let width = percent(to).saturating_sub(left).max(1).min(100 - left.min(99));
    classes!(format!("st-l-{left}"), format!("st-w-{width}"))
}

fn event_symbol(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Resolution => "R",
        EventKind::Session => "S",
        EventKind::Vote => "V",
        EventKind::Adoption => "A",
        EventKind::Signature => "✍",
        EventKind::Ratification => "✓",
        EventKind::Report => "i",
    }
}

#[function_component(TimelineView)]
pub fn timeline_view(props: &ViewProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let t = timeline(d, &props.view, lang);
    let (shown, more) = use_page(&props.view, PAGE);
    let open_event = |id: &crate::model::EventId| {
        let open = props.open.clone();
        let id = id.clone();
        Callback::from(move |_| open.emit(Subject::Event(id.clone())))
    };
    html! {
        <section class="st-timeline" aria-label={tx(lang, Key::ViewTimeline)}>
            { live_summary(&table_summary(&table(d, &props.view, lang)), lang) }
            { range_inputs(&props.view, lang, &props.dispatch) }
            <p class="st-count">{ crate::i18n::t(lang, Key::TimelineSpan, &[("start", &date_text(t.start, lang)), ("end", &date_text(t.end, lang)), ("events", &t.events.len().to_string()), ("lanes", &t.lanes.len().to_string())]) }</p>
            <div class="st-axis" aria-hidden="true">
                { for t.ticks.iter().map(|(year, at)| html! { <span key={*year} class={classes!("st-tick", format!("st-l-{}", percent(*at)))}>{ year }</span> }) }
            </div>
            <div class="st-track st-event-track" aria-hidden="true">
                { for t.events.iter().map(|e| html! {
                    <span key={e.event.id.to_string()} class={classes!("st-marker", place(e.at, e.until))} title={e.event.title.get(lang).to_owned()}>
                        { event_symbol(e.event.kind) }
                    </span>
                }) }
            </div>
            <h3>{ tx(lang, Key::Events) }</h3>
            <ol class="st-event-list">
                { for t.events.iter().map(|e| html! {
                    <li key={e.event.id.to_string()}>
                        <span class="st-date">{ date_text(e.event.date, lang) }</span>
                        <span class="st-symbol" aria-hidden="true">{ event_symbol(e.event.kind) }</span>
                        <button type="button" class="st-linkish" onclick={open_event(&e.event.id)}>{ e.event.title.get(lang) }</button>
                    </li>
                }) }
            </ol>
            <h3>{ tx(lang, Key::PositionsOverTime) }</h3>
            <ol class="st-lanes">
                { for t.lanes.iter().take(shown).map(|lane| {
                    let name = lane.actor.name.get(lang);
                    let topic = lane.topic.label.get(lang);
                    html! {
                        <li key={format!("{}/{}", lane.actor.id, lane.topic.id)} class="st-lane">
                            <span class="st-lane-label">{ format!("{name} · {topic}") }</span>
                            <ol class="st-track">
                                { for lane.segments.iter().map(|s| {
                                    let open = props.open.clone();
                                    let index = s.held.index;
                                    let label = s.held.stance.label.get(lang);
                                    let when = date_text(s.held.date, lang);
                                    html! {
                                        <li key={index} class={classes!("st-seg", place(s.from, s.to),
                                                format!("st-rank-{}-of-{}", s.held.rank, lane.topic.scale.len()), s.changed.then_some("st-changed"))}>
                                            // The visible text is part of the name (WCAG 2.5.3); the
                                            // lane's actor and topic are said only to screen readers.
                                            <button type="button" onclick={Callback::from(move |_| open.emit(Subject::Position(index)))}>
                                                <span class="st-sr-only">{ format!("{name} · {topic}: ") }</span>
                                                <span aria-hidden="true">{ &s.held.stance.symbol }{ " " }</span>
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
            </ol>
            { show_more(shown, t.lanes.len(), PAGE, &more, lang) }
            if !t.without_positions.is_empty() {
                <p class="st-none">{ crate::i18n::t(lang, Key::NoPositionsOn, &[("names", &crate::i18n::list(lang, &t.without_positions.iter().map(|a| a.name.get(lang)).collect::<Vec<_>>()))]) }</p>
            }
        </section>
    }
}
