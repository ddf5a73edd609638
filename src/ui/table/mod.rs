//! The table view: a real table (caption, column and row headers) of actors by topics. Each
//! cell gives the stance as text and symbol, its date, and a button to the reports behind it.

use crate::i18n::{list, t, Key};
use crate::model::{Certainty, Dataset, Lang, PartialDate, Topic};
use crate::query::{
    emptied_by, rows_per_page, status_date, subquestion_stances, table, table_summary, Action, Cell, Filter, Standing,
    EMBED_ROWS,
};
use crate::ui::parts::provenance::standing_cell;
use crate::ui::parts::strips::StanceStrips;
use crate::ui::parts::summary_text::live_summary;
use crate::ui::parts::{
    date_text, is_embedded, kind_label, on_position_click, position_button, show_more, sources_label, t_isolated, tx,
    use_page, ViewProps,
};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// What one row shows. Kept between renders (see `use_row_cache`), so that sorting and
/// filtering hand each row the same `Rc` and yew skips re-rendering it: with `Eq`, comparing
/// two `Rc`s of the same row is a pointer comparison.
#[derive(PartialEq, Eq)]
struct RowData {
    actor: String,
    kind: &'static str,
    cells: Vec<CellData>,
    /// The treaty column's cell, when the dataset keeps a treaty record.
    treaty: Option<(Option<Standing>, Option<PartialDate>)>,
    lang: Lang,
}

#[derive(PartialEq, Eq)]
enum CellData {
    None,
    /// No position on the topic as a whole, but on some of its sub-questions.
    Parts(Vec<PartData>),
    Held {
        index: usize,
        symbol: String,
        label: String,
        rank_class: String,
        date: String,
        inferred: bool,
        sources: usize,
        topic: String,
    },
}

fn filter_key(f: Filter) -> Key {
    match f {
        Filter::Actors => Key::FilterActors,
        Filter::Kind => Key::FilterKind,
        Filter::Group => Key::FilterGroup,
        Filter::Search => Key::FilterSearch,
        Filter::Stance => Key::FilterStance,
        Filter::AsOf => Key::FilterAsOf,
        Filter::Treaty => Key::FilterTreaty,
    }
}

#[function_component(TableView)]
pub fn table_view(props: &ViewProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let model = table(d, &props.view, lang);
    let page = if is_embedded() { EMBED_ROWS } else { rows_per_page(model.topics.len()) };
    let (shown, more) = use_page(&props.view, page);
    // A row's content depends on the dataset, the date, the topics shown and the language only.
    let cache = use_memo((Rc::as_ptr(d) as usize, props.view.at, props.view.topics.clone(), lang), |_| {
        RefCell::new(HashMap::<String, Rc<RowData>>::new())
    });
    let rows: Vec<Rc<RowData>> = model
        .rows
        .iter()
        .take(shown)
        .map(|r| {
            Rc::clone(cache.borrow_mut().entry(r.actor.id.to_string()).or_insert_with(|| {
                let actor = r.actor.name.get(lang).to_owned();
                let cells = r
                    .cells
                    .iter()
                    .zip(&model.topics)
                    .map(|(c, t)| cell_data(d, &r.actor.id, props.view.at, c, t, lang))
                    .collect();
                let treaty = model.treaty.then(|| (r.standing, status_date(d)));
                Rc::new(RowData { actor, kind: kind_label(r.actor.kind, lang), cells, treaty, lang })
            }))
        })
        .collect();
    let topic_names: Vec<&str> = model.topics.iter().map(|t| t.label.get(lang)).collect();
    let negotiation = d.negotiation.short_name.get(lang);
    let topics = list(lang, &topic_names);
    let caption = match props.view.at {
        // The dataset's name sits in our sentence: isolated, it cannot reorder it.
        Some(at) => t_isolated(
            lang,
            Key::CaptionAsOf,
            &[("negotiation", negotiation), ("topics", &topics), ("date", &date_text(at, lang))],
        ),
        None => t_isolated(lang, Key::CaptionLatest, &[("negotiation", negotiation), ("topics", &topics)]),
    };
    let count =
        t(lang, Key::ActorsShown, &[("n", &model.rows.len().to_string()), ("total", &model.total_actors.to_string())]);
    let clear = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ClearFilters))
    };
    let empty_reason = if rows.is_empty() {
        let blame: Vec<&str> = emptied_by(d, &props.view, lang).into_iter().map(|f| tx(lang, filter_key(f))).collect();
        if blame.is_empty() {
            tx(lang, Key::NoMatch).to_owned()
        } else {
            t(lang, Key::NoMatchBecause, &[("filters", &list(lang, &blame))])
        }
    } else {
        String::new()
    };
    let warm_pointer = Callback::from(|_: PointerEvent| crate::ui::shell::annex_host::preload());
    let warm_focus = Callback::from(|_: FocusEvent| crate::ui::shell::annex_host::preload());
    html! {
        <section class="st-table-view" aria-label={tx(lang, Key::ViewTable)}>
            <StanceStrips dataset={Rc::clone(d)} view={props.view.clone()} {lang} dispatch={props.dispatch.clone()} />
            { live_summary(&table_summary(&model), lang) }
            <p class="st-count">{ count }</p>
            if rows.is_empty() {
                <div class="st-empty">
                    <p>{ empty_reason }</p>
                    <button type="button" class="st-button" onclick={clear}>{ tx(lang, Key::ClearFilters) }</button>
                </div>
            } else {
                <div class="st-scroll">
                <table class="st-table">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tx(lang, Key::ActorColumn) }</th>
                            { for model.topics.iter().map(|t| topic_header(t, lang)) }
                            if model.treaty {
                                <th scope="col"><span class="st-topic">{ tx(lang, Key::TreatyStatus) }</span></th>
                            }
                        </tr>
                    </thead>
                    // Pointed at or reached by keyboard, a cell is likely to be opened: the
                    // module that draws its reports starts downloading then.
                    <tbody onclick={on_position_click(&props.open)} onpointerover={warm_pointer} onfocusin={warm_focus}>
                        // Unkeyed on purpose: after a filter or sort, row n is patched in place
                        // (its texts and classes change) instead of a new row being built,
                        // which halved the time of a keystroke in the search on the stress
                        // dataset (p95 90 ms to 40 ms).
                        { for rows.into_iter().map(|row| html! { <TableRow {row} /> }) }
                    </tbody>
                </table>
                </div>
                { show_more(shown, model.rows.len(), page, &more, lang) }
                if let Some(note) = d.treaty_status.as_ref().and_then(|s| s.note.as_ref()).filter(|_| model.treaty) {
                    <p class="st-note">{ t(lang, Key::TreatyRecordNote, &[("note", note)]) }</p>
                }
            }
        </section>
    }
}

fn topic_header(t: &Topic, lang: Lang) -> Html {
    html! {
        <th scope="col" key={t.id.to_string()}>
            <span class="st-topic">{ t.label.get(lang) }</span>
            <span class="st-question">{ t.question.get(lang) }</span>
        </th>
    }
}

#[derive(PartialEq, Eq)]
struct PartData {
    index: usize,
    question: String,
    symbol: String,
    label: String,
    rank_class: String,
    date: String,
}

fn cell_data(
    d: &Dataset,
    actor: &crate::model::ActorId,
    at: Option<PartialDate>,
    cell: &Cell,
    topic: &Topic,
    lang: Lang,
) -> CellData {
    let Cell::Held(h) = cell else {
        let parts: Vec<PartData> = subquestion_stances(d, actor, topic, at)
            .into_iter()
            .map(|(q, h)| PartData {
                index: h.index,
                question: q.label.get(lang).to_owned(),
                symbol: h.stance.symbol.clone(),
                label: h.stance.label.get(lang).to_owned(),
                rank_class: format!("st-rank-{}-of-{}", h.rank, topic.scale.len()),
                date: date_text(h.date, lang),
            })
            .collect();
        return if parts.is_empty() { CellData::None } else { CellData::Parts(parts) };
    };
    CellData::Held {
        index: h.index,
        symbol: h.stance.symbol.clone(),
        label: h.stance.label.get(lang).to_owned(),
        rank_class: format!("st-rank-{}-of-{}", h.rank, topic.scale.len()),
        date: date_text(h.date, lang),
        inferred: matches!(h.position.certainty, Certainty::Inferred(_)),
        sources: h.position.sources.len(),
        topic: topic.label.get(lang).to_owned(),
    }
}

#[derive(Properties, PartialEq)]
struct TableRowProps {
    row: Rc<RowData>,
}

#[function_component(TableRow)]
fn table_row(props: &TableRowProps) -> Html {
    let row = &props.row;
    html! {
        <tr>
            <th scope="row">
                <span class="st-actor">{ &row.actor }</span>
                <span class="st-kind">{ row.kind }</span>
            </th>
            { for row.cells.iter().map(|c| render_cell(row, c)) }
            if let Some((standing, status)) = &row.treaty {
                { standing_cell(standing.as_ref(), *status, row.lang) }
            }
        </tr>
    }
}

fn render_cell(row: &RowData, cell: &CellData) -> Html {
    let lang = row.lang;
    match cell {
        CellData::None => html! { <td class="st-cell st-none">{ tx(lang, Key::NoPosition) }</td> },
        CellData::Parts(parts) => html! {
            <td class="st-cell st-parts">
                <span class="st-none-overall">{ tx(lang, Key::NoOverall) }</span>
                <ul class="st-part-list">
                    { for parts.iter().map(|p| html! {
                        <li key={p.index}>
                            <span class="st-part-question">{ format!("{}: ", p.question) }</span>
                            <span class={classes!("st-stance", p.rank_class.clone())}>
                                <span class="st-symbol" aria-hidden="true">{ &p.symbol }</span>
                                <span class="st-label">{ &p.label }</span>
                            </span>
                            <span class="st-date">{ &p.date }</span>
                            { position_button(p.index, tx(lang, Key::Reports).to_owned(),
                                Some(t(lang, Key::OnTopic, &[("actor", &row.actor), ("topic", &p.question)]))) }
                        </li>
                    }) }
                </ul>
            </td>
        },
        CellData::Held { index, symbol, label, rank_class, date, inferred, sources, topic } => html! {
            <td class="st-cell">
                <span class={classes!("st-stance", rank_class.clone())}>
                    <span class="st-symbol" aria-hidden="true">{ symbol }</span>
                    <span class="st-label">{ label }</span>
                </span>
                <span class="st-date">{ date }</span>
                if *inferred {
                    <span class="st-inferred">{ tx(lang, Key::Inferred) }</span>
                }
                { position_button(*index, sources_label(*sources, lang), Some(t(lang, Key::OnTopic, &[("actor", &row.actor), ("topic", topic)]))) }
            </td>
        },
    }
}
