//! What went wrong while importing, said in the author's terms: the file and spreadsheet row and
//! column to fix, with the JSON path too when the fault came from validation.

use std::fmt;

/// A place in the author's files. `row` is 1-based as a spreadsheet shows it (the header is
/// row 1); `item` is 1-based within a `;`-separated cell.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub row: Option<usize>,
    pub column: Option<String>,
    pub item: Option<usize>,
}

impl Location {
    pub fn file(file: &str) -> Self {
        Self { file: file.to_owned(), ..Self::default() }
    }

    pub fn cell(file: &str, row: usize, column: &str) -> Self {
        Self { file: file.to_owned(), row: Some(row), column: Some(column.to_owned()), item: None }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(row) = self.row {
            write!(f, " row {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, "{} column {column}", if self.row.is_some() { "," } else { "" })?;
        }
        if let Some(item) = self.item {
            write!(f, " (item {item})")?;
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub at: Location,
    /// The JSON path of a validation fault, so the output matches what `check` and the widget say.
    pub path: Option<String>,
    pub reason: String,
}

impl Problem {
    pub fn new(at: Location, reason: impl Into<String>) -> Self {
        Self { at, path: None, reason: reason.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.at)?;
        if let Some(path) = &self.path {
            write!(f, " [{path}]")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// Every problem found while importing; never empty.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct ImportError {
    pub problems: Vec<Problem>,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.problems {
            writeln!(f, "{p}")?;
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// A guard against silent loss: a field the CSV layout has no column for.
    #[error("{path}.{field} has no CSV column, so exporting would lose it")]
    NoColumn { path: String, field: String },
    #[error("{path}: expected {expected}")]
    Shape { path: String, expected: &'static str },
    #[error("cannot write {file}: {reason}")]
    Write { file: String, reason: String },
}
