//! The table view: a real table (caption, column and row headers) of actors by topics. Each
//! cell gives the stance as text and symbol, its date, and a button to the reports behind it.

use super::parts::{kind_label, reports_button, sources_label, Subject, ViewProps};
use crate::model::{Certainty, Lang, Topic};
use crate::query::{emptied_by, table, Action, Cell, Filter};
use std::rc::Rc;
use yew::prelude::*;

/// What one row shows, computed once per render so that unchanged rows skip re-rendering.
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

fn filter_name(f: Filter) -> &'static str {
    match f {
        Filter::Actors => "the chosen actors",
        Filter::Kind => "the kind of actor",
        Filter::Group => "the group",
        Filter::Search => "the search",
        Filter::Stance => "the stance filter",
        Filter::AsOf => "the \"as of\" date",
    }
}

#[function_component(TableView)]
pub fn table_view(props: &ViewProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let model = table(d, &props.view, lang);
    let rows: Vec<(String, Rc<RowData>)> = model
        .rows
        .iter()
        .map(|r| {
            let actor = r.actor.name.get(lang).to_owned();
            let cells = r.cells.iter().zip(&model.topics).map(|(c, t)| cell_data(c, t, lang)).collect();
            (r.actor.id.to_string(), Rc::new(RowData { actor, kind: kind_label(r.actor.kind), cells }))
        })
        .collect();
    let topic_names: Vec<&str> = model.topics.iter().map(|t| t.label.get(lang)).collect();
    let as_of =
        props.view.at.map(|at| format!(", as of {}", at.display_en())).unwrap_or_else(|| ", latest reported".into());
    let caption = format!("{}: positions on {}{as_of}", d.negotiation.short_name.get(lang), topic_names.join(", "));
    let count = format!("{} of {} actors", model.rows.len(), model.total_actors);
    let clear = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ClearFilters))
    };
    let empty_reason = if rows.is_empty() {
        let blame: Vec<&str> = emptied_by(d, &props.view, lang).into_iter().map(filter_name).collect();
        if blame.is_empty() {
            "No actor matches these filters together.".to_owned()
        } else {
            format!("No actor matches; it is {} that leaves nobody.", blame.join(" or "))
        }
    } else {
        String::new()
    };
    html! {
        <section class="st-table-view" aria-label="Table">
            <p class="st-count" role="status">{ count }</p>
            if rows.is_empty() {
                <div class="st-empty">
                    <p>{ empty_reason }</p>
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
                        { for rows.into_iter().map(|(id, row)| html! { <TableRow key={id} {row} open={props.open.clone()} /> }) }
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

fn cell_data(cell: &Cell, topic: &Topic, lang: Lang) -> CellData {
    let Cell::Held(h) = cell else {
        return CellData::None;
    };
    CellData::Held {
        index: h.index,
        symbol: h.stance.symbol.clone(),
        label: h.stance.label.get(lang).to_owned(),
        rank_class: format!("st-rank-{}-of-{}", h.rank, topic.scale.len()),
        date: h.date.display_en(),
        inferred: matches!(h.position.certainty, Certainty::Inferred(_)),
        sources: h.position.sources.len(),
        topic: topic.label.get(lang).to_owned(),
    }
}

#[derive(Properties, PartialEq)]
struct TableRowProps {
    row: Rc<RowData>,
    open: Callback<Subject>,
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
            { for row.cells.iter().map(|c| render_cell(&row.actor, c, &props.open)) }
        </tr>
    }
}

fn render_cell(actor: &str, cell: &CellData, open: &Callback<Subject>) -> Html {
    match cell {
        CellData::None => html! { <td class="st-cell st-none">{ "No public position found" }</td> },
        CellData::Held { index, symbol, label, rank_class, date, inferred, sources, topic } => {
            html! {
                <td class="st-cell">
                    <span class={classes!("st-stance", rank_class.clone())}>
                        <span class="st-symbol" aria-hidden="true">{ symbol }</span>
                        <span class="st-label">{ label }</span>
                    </span>
                    <span class="st-date">{ date }</span>
                    if *inferred {
                        <span class="st-inferred">{ "Inferred" }</span>
                    }
                    { reports_button(*index, sources_label(*sources), Some(format!("{actor} on {topic}")), open) }
                </td>
            }
        }
    }
}
