//! Traces a validation fault's JSON path (`positions[3].quote.source`) back to the file, row and
//! column the author wrote it in (`positions.csv row 5, column quote_source`).

use super::columns::{table_for_list, Kind, Table, SKELETON};
use super::problem::{Location, Problem};
use crate::model::Fault;
use std::collections::HashMap;

/// The spreadsheet row of each record, by list name, in record order.
pub type Rows = HashMap<&'static str, Vec<usize>>;

pub fn locate(fault: &Fault, rows: &Rows) -> Problem {
    let at = in_table(&fault.path, rows).unwrap_or_else(|| Location::file(SKELETON));
    Problem { at, path: Some(fault.path.clone()), reason: fault.reason.clone() }
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
        locate(&Fault::new(path, "r"), &rows).to_string()
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
    }
}
