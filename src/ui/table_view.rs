//! The table view: a real table (caption, column and row headers) of actors by topics. Each
//! cell gives the stance as text and symbol, its date and the sources that report it.

use crate::model::{Certainty, Dataset, Lang, Topic};
use crate::query::{table, Action, Cell, ViewState};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableViewProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<super::Store>,
}

/// What one row shows, computed once per render so rows compare cheaply and skip re-rendering.
#[derive(PartialEq)]
struct RowData {
    actor: String,
    kind: &'static str,
    cells: Vec<CellData>,
}

#[derive(PartialEq)]
enum CellData {
    None,
    Held {
        symbol: String,
        label: String,
        rank: usize,
        scale_len: usize,
        date: String,
        summary: String,
        inferred: Option<String>,
        sources: Vec<SourceLink>,
    },
}

#[derive(PartialEq)]
struct SourceLink {
    publisher: String,
    title: String,
    date: String,
    url: Option<String>,
}

#[function_component(TableView)]
pub fn table_view(props: &TableViewProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let model = table(d, &props.view, lang);
    let rows: Vec<(String, Rc<RowData>)> = model
        .rows
        .iter()
        .map(|r| {
            let data = RowData {
                actor: r.actor.name.get(lang).to_owned(),
                kind: kind_label(r.actor.kind),
                cells: r
                    .cells
                    .iter()
                    .zip(&model.topics)
                    .map(|(c, t)| cell_data(d, c, t, lang))
                    .collect(),
            };
            (r.actor.id.to_string(), Rc::new(data))
        })
        .collect();
    let topic_names: Vec<&str> = model.topics.iter().map(|t| t.label.get(lang)).collect();
    let as_of = props
        .view
        .at
        .map(|at| format!(", as of {}", at.display_en()))
        .unwrap_or_else(|| ", latest reported".into());
    let caption = format!(
        "{}: positions on {}{as_of}",
        d.negotiation.short_name.get(lang),
        topic_names.join(", ")
    );
    let count = format!("{} of {} actors", model.rows.len(), model.total_actors);
    let clear = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ClearFilters))
    };
    html! {
        <section class="st-table-view">
            <p class="st-count" role="status">{ count }</p>
            if rows.is_empty() {
                <div class="st-empty">
                    <p>{ "No actor matches these filters." }</p>
                    <button type="button" class="st-button" onclick={clear}>{ "Clear filters" }</button>
                </div>
            } else {
                <div class="st-scroll">
                <table class="st-table">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Actor" }</th>
                            { for model.topics.iter().map(|t| topic_header(t, lang)) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.into_iter().map(|(id, row)| html! { <TableRow key={id} {row} /> }) }
                    </tbody>
                </table>
                </div>
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

fn kind_label(kind: crate::model::ActorKind) -> &'static str {
    use crate::model::ActorKind::*;
    match kind {
        State => "state",
        Bloc => "group of states",
        Organisation => "organisation",
        Person => "person",
    }
}

fn cell_data(d: &Dataset, cell: &Cell, topic: &Topic, lang: Lang) -> CellData {
    let Cell::Held(h) = cell else {
        return CellData::None;
    };
    let sources = h
        .position
        .sources
        .iter()
        .filter_map(|id| d.source(id))
        .map(|s| SourceLink {
            publisher: s.publisher.clone(),
            title: s.title.clone(),
            date: s.date.display_en(),
            url: s.url.clone(),
        })
        .collect();
    CellData::Held {
        symbol: h.stance.symbol.clone(),
        label: h.stance.label.get(lang).to_owned(),
        rank: h.rank,
        scale_len: topic.scale.len(),
        date: h.date.display_en(),
        summary: h.position.summary.clone(),
        inferred: match &h.position.certainty {
            Certainty::Reported => None,
            Certainty::Inferred(basis) => Some(basis.clone()),
        },
        sources,
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
            { for row.cells.iter().map(render_cell) }
        </tr>
    }
}

fn render_cell(cell: &CellData) -> Html {
    match cell {
        CellData::None => html! { <td class="st-cell st-none">{ "No public position found" }</td> },
        CellData::Held {
            symbol,
            label,
            rank,
            scale_len,
            date,
            summary,
            inferred,
            sources,
        } => html! {
            <td class="st-cell">
                <span class={classes!("st-stance", format!("st-rank-{rank}-of-{scale_len}"))}>
                    <span class="st-symbol" aria-hidden="true">{ symbol }</span>
                    <span class="st-label">{ label }</span>
                </span>
                <span class="st-date">{ date }</span>
                if let Some(basis) = inferred {
                    <span class="st-inferred" title={basis.clone()}>{ format!("Inferred: {basis}") }</span>
                }
                <span class="st-summary">{ summary }</span>
                <ul class="st-sources" aria-label="Sources">
                    { for sources.iter().map(|s| html! {
                        <li>
                            if let Some(url) = &s.url {
                                <a href={url.clone()} title={s.title.clone()} target="_blank" rel="noopener noreferrer">{ &s.publisher }</a>
                            } else {
                                <span title={s.title.clone()}>{ &s.publisher }</span>
                            }
                            { format!(", {}", s.date) }
                        </li>
                    }) }
                </ul>
            </td>
        },
    }
}
