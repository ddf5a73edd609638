//! The map: each state coloured by its stance on one topic, with a pattern as well as a colour
//! and a legend in words; hover or focus says the stance, date and sources; activating a state
//! opens its reports; the same facts as a table follow. The geometry (`data/world-map.txt`) is
//! fetched when the map first opens, never with the default page. The facts are
//! `query::map_model`; this file draws them.

mod facts;
mod treaty_record;

use crate::i18n::stage_symbol;
use crate::i18n::{t, Key};
use crate::model::{ActorId, Dataset, Lang, PartialDate};
use crate::query::{
    has_treaty_record, map_model, parse_geometry, status_date, Action, Coloring, Fill, Geometry, MapColor, MapModel,
    Stage,
};
use crate::ui::parts::provenance::{stage_key, standing_text};
use crate::ui::parts::{date_text, sources_label, tx, Subject, ViewProps};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

thread_local! {
    /// Fetched once per page: switching views and back does not fetch it again.
    static GEOMETRY: RefCell<Option<Rc<Geometry>>> = const { RefCell::new(None) };
}

/// Gives the map its geometry without fetching it (a page that inlines it, and the browser
/// tests); `false` when the text is not a geometry file.
pub fn provide_geometry(text: &str) -> bool {
    let parsed = parse_geometry(text).map(Rc::new);
    let ok = parsed.is_some();
    GEOMETRY.with(|g| *g.borrow_mut() = parsed);
    ok
}

#[derive(Clone, PartialEq)]
enum Load {
    Waiting,
    Ready(Rc<Geometry>),
    Failed(String),
}

/// The legend entry's look: a palette colour spread along the scale, and a pattern by place.
fn fill_class(model: &MapModel, fill: usize) -> String {
    match model.legend.get(fill).map(|(f, _)| *f) {
        Some(Fill::Stance(_, rank)) => {
            let n = model.legend.len() - 1;
            // Ranks spread over a five-colour diverging palette: 2 stances are its two ends.
            let step = if n > 1 { (rank * 4 + (n - 1) / 2) / (n - 1) } else { 0 };
            format!("st-mf-{step}")
        }
        // Bound the darkest, signed the lighter blue, not signed as "no position".
        Some(Fill::Stage(Stage::Bound)) => "st-mf-0".to_owned(),
        Some(Fill::Stage(Stage::Signed)) => "st-mf-1".to_owned(),
        _ => "st-mf-none".to_owned(),
    }
}

/// The words for a state: name, stance, date, sources; what hover, focus and the title say.
fn state_words(d: &Dataset, model: &MapModel, id: &ActorId, lang: Lang) -> String {
    let Some(entry) = model.entry(id) else { return format!("{id}: {}", tx(lang, Key::NoPosition)) };
    let name = entry.actor.name.get(lang);
    if let Some(standing) = &entry.standing {
        return format!("{name}: {}", standing_text(standing, status_date(d), lang));
    }
    match &entry.held {
        Some(h) => format!(
            "{name}: {} · {} · {}",
            h.stance.label.get(lang),
            date_text(h.date, lang),
            sources_label(h.position.sources.len(), lang)
        ),
        None => format!("{name}: {}", tx(lang, Key::NoPosition)),
    }
}

fn legend_label(fill: Fill, lang: Lang) -> (String, String) {
    match fill {
        Fill::Stance(s, _) => (s.symbol.clone(), s.label.get(lang).to_owned()),
        Fill::NoPosition => ("–".to_owned(), tx(lang, Key::NoPosition).to_owned()),
        Fill::Stage(stage) => (stage_symbol(stage).to_owned(), tx(lang, stage_key(stage)).to_owned()),
    }
}

/// The id a mouse or keyboard event is about: the `data-id` of the shape it hit.
fn target_id(e: &Event) -> Option<ActorId> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    el.closest("[data-id]").ok()??.get_attribute("data-id").map(ActorId::new)
}

#[function_component(MapView)]
pub fn map_view(props: &ViewProps) -> Html {
    let lang = props.lang;
    let d = &props.dataset;
    let load = use_state(|| GEOMETRY.with(|g| g.borrow().clone()).map_or(Load::Waiting, Load::Ready));
    {
        let load = load.clone();
        use_effect_with((), move |_| {
            if *load == Load::Waiting {
                wasm_bindgen_futures::spawn_local(async move {
                    let address = crate::ui::shell::dataset::map_geometry_address();
                    let result = crate::ui::browser::fetch::fetch_text(&address).await;
                    load.set(match result.map(|text| parse_geometry(&text)) {
                        Ok(Some(g)) => {
                            let g = Rc::new(g);
                            GEOMETRY.with(|cell| *cell.borrow_mut() = Some(Rc::clone(&g)));
                            Load::Ready(g)
                        }
                        Ok(None) => Load::Failed(address),
                        Err(e) => Load::Failed(format!(
                            "{address}: {}",
                            crate::ui::shell::error_panel::load_error_text(&e, lang)
                        )),
                    });
                });
            }
        });
    }
    let hovered = use_state(|| None::<ActorId>);
    let Some(model) = map_model(d, &props.view) else { return html! {} };
    let (subject, selected) = match model.coloring {
        Coloring::Topic(topic) => (topic.label.get(lang), topic.id.to_string()),
        Coloring::Treaty => (tx(lang, Key::TreatyStatus), "treaty".to_owned()),
    };
    let when = props.view.at.map_or_else(|| tx(lang, Key::Latest).to_owned(), |at| date_text(at, lang));
    let caption = t(lang, Key::MapCaption, &[("topic", subject), ("date", &when)]);

    // The shapes carry what they open (a position, or a state's treaty record, shown here), so
    // one handler serves them all.
    let record = use_state(|| None::<ActorId>);
    let activate = {
        let (open, record) = (props.open.clone(), record.clone());
        move |e: &Event| -> bool {
            let shape = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let Some(shape) = shape.and_then(|el| el.closest("[data-position],[data-treaty]").ok().flatten()) else {
                return false;
            };
            if let Some(i) = shape.get_attribute("data-position").and_then(|i| i.parse().ok()) {
                open.emit(Subject::Position(i));
            } else if let Some(id) = shape.get_attribute("data-treaty") {
                record.set(Some(ActorId::new(id)));
            }
            true
        }
    };
    let on_click = {
        let activate = activate.clone();
        Callback::from(move |e: MouseEvent| {
            activate(&e);
        })
    };
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if (e.key() == "Enter" || e.key() == " ") && activate(&e) {
            e.prevent_default();
        }
    });
    let on_point = {
        let hovered = hovered.clone();
        Callback::from(move |e: Event| hovered.set(target_id(&e)))
    };
    let on_color = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let color = if value == "treaty" { MapColor::Treaty } else { MapColor::Topic(value.as_str().into()) };
            dispatch.dispatch(Action::SetColor(Some(color)));
        })
    };
    let on_at = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetAt(PartialDate::parse(&input.value()).ok()));
        })
    };
    let info = (*hovered).as_ref().map(|id| state_words(d, &model, id, lang));
    let graphic = match &*load {
        Load::Waiting => html! { <p class="st-loading" role="status">{ tx(lang, Key::MapLoading) }</p> },
        Load::Failed(reason) => {
            html! { <p class="st-error" role="alert">{ t(lang, Key::MapFailed, &[("reason", reason)]) }</p> }
        }
        Load::Ready(g) => draw(d, g, &model, lang, &caption, on_click, on_key, on_point),
    };
    html! {
        <section class="st-map-view" aria-label={tx(lang, Key::ViewMap)}>
            // The patterns, apart from the map so that the legend has them while it loads.
            <svg class="st-map-defs" aria-hidden="true" width="0" height="0">
                <defs>{ for (0..model.legend.len()).map(|i| pattern(&model, i)) }</defs>
            </svg>
            <figure class="st-map">
                { graphic }
                <figcaption class="st-map-info">{ info.unwrap_or_else(|| caption.clone()) }</figcaption>
            </figure>
            if let Some(actor) = (*record).clone() {
                <treaty_record::TreatyRecord dataset={Rc::clone(d)} {actor} {lang} on_close={Callback::from(move |()| record.set(None))} />
            }
            <ul class="st-map-legend" aria-label={tx(lang, Key::Legend)}>
                { for model.legend.iter().enumerate().map(|(i, (fill, n))| {
                    let (symbol, label) = legend_label(*fill, lang);
                    html! {
                        <li key={i}>
                            <svg class="st-map-swatch" viewBox="0 0 24 16" aria-hidden="true"><rect width="24" height="16" fill={format!("url(#st-pat-{i})")} /></svg>
                            <span aria-hidden="true">{ symbol }</span>{ " " }{ label }{ " " }<strong>{ n }</strong>
                        </li>
                    }
                }) }
                <li class="st-map-small-note"><svg class="st-map-swatch" viewBox="0 0 24 16" aria-hidden="true"><circle cx="12" cy="8" r="6" class="st-map-ring" /></svg>{ tx(lang, Key::SmallStates) }</li>
            </ul>
            <div class="st-map-controls">
                <label class="st-field">
                    <span>{ tx(lang, Key::ColorBy) }</span>
                    <select onchange={on_color}>
                        { for d.topics.iter().map(|tp| html! {
                            <option key={tp.id.to_string()} value={tp.id.to_string()} selected={tp.id.as_str() == selected}>{ tp.label.get(lang) }</option>
                        }) }
                        if has_treaty_record(d) {
                            <option key="treaty" value="treaty" selected={selected == "treaty"}>{ tx(lang, Key::TreatyStatus) }</option>
                        }
                    </select>
                </label>
                <label class="st-field">
                    <span>{ tx(lang, Key::AsOf) }</span>
                    <input type="date" value={props.view.at.map(|d| d.to_string()).unwrap_or_default()} onchange={on_at} />
                </label>
            </div>
            <facts::MapFacts dataset={Rc::clone(d)} view={props.view.clone()} {lang} open={props.open.clone()} />
        </section>
    }
}

/// The SVG: land that is no state, the states (filled with their legend entry's pattern), then
/// markers for the small states on top. Handlers are on the group,
/// one each, not on each of the ~200 shapes.
#[allow(clippy::too_many_arguments)]
fn draw(
    d: &Dataset,
    g: &Geometry,
    model: &MapModel,
    lang: Lang,
    caption: &str,
    on_click: Callback<MouseEvent>,
    on_key: Callback<KeyboardEvent>,
    on_point: Callback<Event>,
) -> Html {
    let shape = |id: &ActorId, path: &str, focusable: bool| {
        let fill = model.fill_of(id);
        let words = state_words(d, model, id, lang);
        // The fill is the pattern alone: a colour class here would override it (CSS beats a
        // presentation attribute). Only a state with reports to open is a control; the rest
        // are pictures with a title.
        let entry = model.entry(id).filter(|_| focusable);
        let opens = entry.and_then(|e| e.held.map(|h| h.index));
        // Coloured by treaty status, a state of the dataset opens its treaty record.
        let treaty = entry.filter(|e| e.standing.is_some()).map(|e| e.actor.id.to_string());
        let interactive = opens.is_some() || treaty.is_some();
        html! {
            <path key={id.to_string()} d={path.to_owned()} class="st-map-shape"
                fill={format!("url(#st-pat-{fill})")} data-id={id.to_string()} data-position={opens.map(|i| i.to_string())} data-treaty={treaty}
                tabindex={interactive.then_some("0")} role={interactive.then_some("button")} aria-label={interactive.then(|| words.clone())}>
                <title>{ words }</title>
            </path>
        }
    };
    html! {
        <svg class="st-map-svg" viewBox={format!("0 0 {} {}", g.width, g.height)} role="group" aria-label={caption.to_owned()}
            onclick={on_click} onkeydown={on_key} onmouseover={on_point.reform(|e: MouseEvent| e.into())} onfocusin={on_point.reform(|e: FocusEvent| e.into())}>
            <g class="st-map-land" aria-hidden="true">
                { for g.shapes.iter().filter(|s| s.id.is_none()).enumerate().map(|(i, s)| html! { <path key={i} d={s.path.clone()} /> }) }
            </g>
            <g>
                { for g.shapes.iter().filter_map(|s| s.id.as_ref().filter(|_| !s.path.is_empty()).map(|id| shape(id, &s.path, !s.small))) }
            </g>
            <g class="st-map-markers">
                { for g.shapes.iter().filter(|s| s.small).filter_map(|s| s.id.as_ref().map(|id| {
                    let (x, y) = s.at;
                    // A ring of a fixed size around the state's spot, drawn as a path so it is
                    // handled like every other shape.
                    let ring = format!("M{} {}a9 9 0 1 0 18 0a9 9 0 1 0-18 0z", x.saturating_sub(9), y);
                    shape(id, &ring, true)
                })) }
            </g>
        </svg>
    }
}

/// Entry `i`'s pattern: its colour, and a motif by its place (none, stripes, dots, cross,
/// lines) in the page's background colour, so the entries differ in greyscale too.
fn pattern(model: &MapModel, i: usize) -> Html {
    let motif = if i + 1 == model.legend.len() { 0 } else { i % 5 };
    let lines = match motif {
        1 => html! { <path d="M0 12L12 0" class="st-pat-line" /> },
        2 => html! { <circle cx="6" cy="6" r="2.2" class="st-pat-dot" /> },
        3 => html! { <path d="M0 12L12 0M0 0L12 12" class="st-pat-line" /> },
        4 => html! { <path d="M0 6H12" class="st-pat-line" /> },
        _ => html! {},
    };
    html! {
        <pattern key={i} id={format!("st-pat-{i}")} width="12" height="12" patternUnits="userSpaceOnUse">
            <rect width="12" height="12" class={fill_class(model, i)} />
            { lines }
        </pattern>
    }
}
