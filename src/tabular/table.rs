//! A plain text table with columns padded to line up, numbers to the right.

pub struct TextTable {
    headers: Vec<String>,
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl TextTable {
    /// `right[i]` aligns column `i` to the right, for numbers.
    pub fn new(headers: &[&str], right: &[bool]) -> Self {
        Self { headers: headers.iter().map(|h| (*h).to_owned()).collect(), right: right.to_vec(), rows: Vec::new() }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn render(&self) -> String {
        let width = |i: usize| {
            std::iter::once(&self.headers).chain(&self.rows).filter_map(|r| r.get(i)).map(|c| c.chars().count()).max()
        };
        let widths: Vec<usize> = (0..self.headers.len()).map(|i| width(i).unwrap_or(0)).collect();
        let mut out = String::new();
        for row in std::iter::once(&self.headers).chain(&self.rows) {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(i, cell)| {
                    let w = widths.get(i).copied().unwrap_or(0);
                    if self.right.get(i).copied().unwrap_or(false) {
                        format!("{cell:>w$}")
                    } else {
                        format!("{cell:<w$}")
                    }
                })
                .collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_text_left_and_numbers_right() {
        let mut t = TextTable::new(&["topic", "n"], &[false, true]);
        t.row(vec!["scope".into(), "12".into()]);
        t.row(vec!["é".into(), "3".into()]);
        assert_eq!(t.render(), "topic   n\nscope  12\né       3\n");
    }
}
