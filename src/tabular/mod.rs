//! The dataset authors' tools, behind the `stances-data` command: check a dataset, build one from
//! the CSV files a newsroom keeps in a spreadsheet and back, report its coverage, and print its
//! JSON Schema. Native only: nothing here reaches the widget.

pub mod cells;
pub mod cli;
pub mod columns;
pub mod csv_export;
pub mod csv_import;
pub mod locate;
pub mod problem;
pub mod schema;
pub mod skeleton;
pub mod stats;
pub mod table;

pub use csv_export::export;
pub use csv_import::{import, Files};
pub use problem::{ExportError, ImportError, Location, Problem};
pub use stats::{stats, Stats};

use serde::Serialize;

/// JSON in the bundled dataset's layout: one space per level, non-ASCII text as is, and a final
/// line break.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    let mut out = Vec::new();
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut out, serde_json::ser::PrettyFormatter::with_indent(b" "));
    value.serialize(&mut serializer)?;
    out.push(b'\n');
    // serde_json writes only UTF-8.
    String::from_utf8(out).map_err(|e| serde::ser::Error::custom(e.to_string()))
}

/// Text from a file, without the byte-order mark spreadsheet programs put first.
pub fn decode_utf8(bytes: &[u8]) -> Result<&str, String> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(format!("is not UTF-8 text (line {line}); save it as \"CSV UTF-8\" or UTF-8 JSON"))
        }
    }
}
