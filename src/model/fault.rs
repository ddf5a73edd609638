//! What is wrong with a dataset, located by JSON path, so an author can find and fix it.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    /// A JSON path such as `positions[3].stance`; `$` is the whole file.
    pub path: String,
    pub reason: String,
}

impl Fault {
    pub fn new(path: impl Into<String>, reason: impl Into<String>) -> Self {
        Self { path: path.into(), reason: reason.into() }
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// Every fault found in a dataset, in file order; never empty.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct DatasetError {
    pub faults: Vec<Fault>,
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.faults.len();
        writeln!(f, "the dataset has {n} fault{}:", if n == 1 { "" } else { "s" })?;
        for fault in &self.faults {
            writeln!(f, "  {fault}")?;
        }
        Ok(())
    }
}

/// `s` as a JSON string, to name a value in a message: in double quotes, with quotes,
/// backslashes and control characters escaped (what `{:?}` does for a dataset's text, without
/// its Unicode tables).
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_quoted(&mut out, s);
    out
}

/// Appends `s` as a JSON string, escaped exactly as serde_json escapes it.
pub fn write_quoted(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[(u32::from(c) >> 4) as usize]));
                out.push(char::from(HEX[(u32::from(c) & 15) as usize]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn quotes_as_serde_json_and_as_debug_does_for_dataset_text() {
        for s in ["plain", "with \"quotes\" and \\", "line\nbreak\ttab", "Portée 中文 😀", "</script>"] {
            assert_eq!(quoted(s), format!("{s:?}"));
        }
        for s in ["plain", "\"quoted\" \\ back", "tab\tnew\nline\r", "\u{1}\u{8}\u{c}\u{1f}", "Portée 中文 😀"] {
            assert_eq!(quoted(s), serde_json::to_string(s).unwrap());
        }
    }
}
