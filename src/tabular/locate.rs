//! Traces a validation fault's JSON path (`positions[3].quote.source`) back to the file, row and
//! column the author wrote it in (`positions.csv row 5, column quote_source`).

use super::columns::{table_for_list, Kind, Table, ARTICLE_HISTORY, SKELETON};
use super::problem::{Location, Problem};
use crate::model::Fault;
use std::collections::HashMap;

/// The spreadsheet row of each record, by list name, in record order.
pub type Rows = HashMap<&'static str, Vec<usize>>;

/// The row in article_history.csv of `articles[i].history[j]`, as `history[i][j]`.
pub type HistoryRows = Vec<Vec<usize>>;

pub fn locate(fault: &Fault, rows: &Rows, history: &HistoryRows) -> Problem {
    let at = in_history(&fault.path, history)
        .or_else(|| in_table(&fault.path, rows))
        .unwrap_or_else(|| Location::file(SKELETON));
    Problem { at, path: Some(fault.path.clone()), reason: fault.reason.clone() }
}

/// `articles[i].history[j].field` is a row of article_history.csv.
fn in_history(path: &str, history: &HistoryRows) -> Option<Location> {
    let rest = path.strip_prefix("articles[")?;
    let (i, rest) = rest.split_once(']')?;
    let (j, rest) = rest.strip_prefix(".history[")?.split_once(']')?;
    let mut at = Location::file(ARTICLE_HISTORY.file);
    let row = history.get(i.parse::<usize>().ok()?)?.get(j.parse::<usize>().ok()?).copied();
    at.row = row;
    if let (Some(field), Some(_)) = (rest.strip_prefix('.'), row) {
        (at.column, at.item) = column(&ARTICLE_HISTORY, field);
    }
    Some(at)
}

fn in_table(path: &str, rows: &Rows) -> Option<Location> {
    let (list, rest) = path.split_once('[')?;
    let table = table_for_list(list)?;
    let (index, rest) = rest.split_once(']')?;
    let mut at = Location::file(table.file);
    let row = index.parse::<usize>().ok().and_then(|i| rows.get(table.list)?.get(i).copied());
    let Some(row) = row else { return Some(at) };
    at.row = Some(row);
    if let Some(field) = rest.strip_prefix('.') {
        (at.column, at.item) = column(table, field);
    }
    Some(at)
}

/// The column a field path within one record names, and the 1-based item of a list cell.
fn column(table: &Table, field: &str) -> (Option<String>, Option<usize>) {
    let end = field.find(['.', '[']).unwrap_or(field.len());
    let (head, rest) = field.split_at(end);
    let item = rest
        .strip_prefix('[')
        .and_then(|r| r.split_once(']'))
        .and_then(|(n, _)| n.parse::<usize>().ok())
        .map(|n| n + 1);
    let sub = rest.strip_prefix('.').map(|r| r.split(['.', '[']).next().unwrap_or(r));
    let columns = table.columns.iter().filter(|c| c.field[0] == head);
    for column in columns {
        match (column.field, sub) {
            ([_], Some(lang)) if column.kind == Kind::Translatable && lang != "en" => {
                return (Some(format!("{}_{lang}", column.header)), None);
            }
            ([_], _) => return (Some(column.header.to_owned()), item),
            ([_, inner], Some(sub)) if *inner == sub => return (Some(column.header.to_owned()), None),
            _ => {}
        }
    }
    (None, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(path: &str) -> String {
        let rows: Rows = [("positions", vec![2, 4, 5]), ("actors", vec![2, 3])].into_iter().collect();
        locate(&Fault::new(path, "r"), &rows, &vec![vec![], vec![7, 9]]).to_string()
    }

    #[test]
    fn paths_map_to_cells() {
        assert_eq!(at("positions[1].stance"), "positions.csv row 4, column stance [positions[1].stance]: r");
        assert_eq!(
            at("positions[2].sources[0]"),
            "positions.csv row 5, column sources (item 1) [positions[2].sources[0]]: r"
        );
        assert_eq!(
            at("positions[0].quote.source"),
            "positions.csv row 2, column quote_source [positions[0].quote.source]: r"
        );
        assert_eq!(
            at("positions[0].certainty.inferred"),
            "positions.csv row 2, column certainty [positions[0].certainty.inferred]: r"
        );
        assert_eq!(at("actors[1].name.fr"), "actors.csv row 3, column name_fr [actors[1].name.fr]: r");
        assert_eq!(at("actors[1].name.en"), "actors.csv row 3, column name [actors[1].name.en]: r");
        assert_eq!(at("actors[1]"), "actors.csv row 3 [actors[1]]: r");
        assert_eq!(at("topics[0].scale[1].label"), "dataset.json [topics[0].scale[1].label]: r");
        assert_eq!(at("positions[9].stance"), "positions.csv [positions[9].stance]: r");
        assert_eq!(
            at("articles[1].history[1].sources[0]"),
            "article_history.csv row 9, column sources (item 1) [articles[1].history[1].sources[0]]: r"
        );
        assert_eq!(at("articles[1].history[5].date"), "article_history.csv [articles[1].history[5].date]: r");
    }
}
