//! Names the field a parse error is in. The reader (`json.rs`) says where it stopped, as
//! serde_json would; reading the record's text up to there gives the path of the value it was
//! reading, as `quote.source` or `sources[2]`. (A crate tracking the path while parsing did
//! this before, at the cost of a second copy of every record's parser in the WebAssembly.)

enum Frame {
    /// The key whose value is being read, once it has been read.
    Object(Option<String>),
    Array(usize),
}

/// The path, inside one record's JSON `text`, of the value being read when `offset` bytes had
/// been read; empty for the record itself. `text` is valid JSON (it was read as a raw value).
pub fn path_at(text: &str, offset: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object(None)),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(key)) => *key = None,
                None => {}
            },
            b'"' => {
                let close = string_end(bytes, i);
                if let Some(Frame::Object(key @ None)) = stack.last_mut() {
                    *key = Some(unescape(&text[i + 1..close.saturating_sub(1).max(i + 1)]));
                }
                i = close;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The index just past the string that opens at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// A key as written, escapes resolved; keys in our files are plain, so this is seldom used.
fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_owned();
    }
    super::json::from_str(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path at the end of `upto`, which must be a prefix of `text`.
    fn at(text: &str, upto: &str) -> String {
        assert!(text.starts_with(upto));
        path_at(text, upto.len())
    }

    #[test]
    fn names_keys_and_indices_down_to_the_value() {
        let t = r#"{"id": "a", "quote": {"text": 7}, "sources": ["s1", 3], "name": {"fr": 1}}"#;
        assert_eq!(at(t, r#"{"id": "a""#), "id");
        assert_eq!(at(t, r#"{"id": "a", "quote": {"text": 7"#), "quote.text");
        assert_eq!(at(t, r#"{"id": "a", "quote": {"text": 7}, "sources": ["s1", 3"#), "sources[1]");
        // serde_json peeks at a list or object of the wrong type without reading into it.
        assert_eq!(at(t, r#"{"id": "a", "quote": {"text": 7}, "sources": "#), "sources");
        assert_eq!(at(t, r#"{"id": "a", "quote": {"text": 7}, "sources": ["#), "sources[0]");
        assert_eq!(at(t, r#"{"id": "a", "quote": {"text": 7}, "sources": ["s1", 3], "name": {"fr": 1"#), "name.fr");
        assert_eq!(at(t, t), "", "after the record: the record itself");
    }

    #[test]
    fn strings_with_brackets_quotes_and_escaped_keys_do_not_confuse_it() {
        let t = r#"{"a\"b": "x [ { , }", "c": [{"d": "]"}, {"e": 5}]}"#;
        assert_eq!(at(t, r#"{"a\"b": "x [ { , }""#), "a\"b");
        assert_eq!(at(t, r#"{"a\"b": "x [ { , }", "c": [{"d": "]"}, {"e": 5"#), "c[1].e");
    }
}
