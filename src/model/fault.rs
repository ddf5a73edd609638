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

/// `s` in double quotes, with quotes, backslashes and control characters escaped: what `{:?}`
/// writes for the texts of a dataset, without its Unicode tables.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_ascii_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn quoting_escapes_what_debug_escapes_in_dataset_text() {
        for s in ["plain", "with \"quotes\" and \\", "line\nbreak\ttab", "Portée 中文", "\u{1}"] {
            assert_eq!(quoted(s), format!("{s:?}"));
        }
    }
}
