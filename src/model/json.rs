//! A small JSON reader for the dataset, its outlines and the interface's language tables, in
//! place of serde_json in the WebAssembly (serde_json and the serde derives cost the page
//! about 16 KB brotli). It says what serde_json says, where serde_json says it: the same
//! syntax errors at the same line and column, and inside a record the same reasons ("missing
//! field `title`", "invalid type: integer `42`, expected a string") at the same place, so a
//! fault keeps its JSON path. `tests/json_reader.rs` checks that against serde_json on every
//! dataset, outline and bad-data file.
//!
//! Where it differs, on purpose: a number of the wrong type is quoted as written (serde_json
//! writes `1e2` as `100.0`); a quoted string escapes only quotes, backslashes and control
//! characters (no Unicode tables for `{:?}`); and a bad value in a record's last field (a date,
//! say) is placed at the value, where serde_json places it past the closing brace and so names
//! the record instead of the field. Numbers are read as integers only: parsing floats would add
//! kilobytes of tables.

use super::fault::quoted;
use std::borrow::Cow;

/// What reads one entry of an object: the reader, the key, and where the key ended.
type EntryFn<'f, R, K> = dyn FnMut(&mut R, K, usize) -> Result<(), Error> + 'f;

/// What is wrong and the byte offset of the place serde_json would name (see [`super::locate`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub reason: String,
    pub at: usize,
}

/// What serde_json says of a number, list or object where a named value (an enum) belongs,
/// in words an author can act on.
pub const NOT_A_NAME: &str = "expected a string naming one of the allowed values";

/// Checks that `text` is one JSON value and nothing else, as `serde_json::from_str::<IgnoredAny>`
/// does; the error reads like serde_json's, with its line and column.
pub fn check_syntax(text: &str) -> Result<(), String> {
    syntax(text, &mut Vec::new())
}

/// [`check_syntax`], and when `text` is an object, its entries in file order, each key with
/// the text of its value: found by the same pass, so a large file is not read through a second
/// time to find them.
pub fn check_object(text: &str) -> Result<Option<Vec<(String, &str)>>, String> {
    let mut spans = Vec::new();
    syntax(text, &mut spans)?;
    if !text.trim_start().starts_with('{') {
        return Ok(None);
    }
    let entry = |&(key, value, end): &(usize, usize, usize)| {
        let key = Cursor::at(text, key).string_body().unwrap_or_default();
        (key, text[value..end].trim())
    };
    Ok(Some(spans.iter().map(entry).collect()))
}

fn syntax(text: &str, spans: &mut Vec<(usize, usize, usize)>) -> Result<(), String> {
    let mut c = Cursor::new(text);
    let result = c.skip_checked(spans).and_then(|()| match c.ws() {
        Some(_) => Err(c.peek_err("trailing characters")),
        None => Ok(()),
    });
    result.map_err(|e| {
        let before = &text.as_bytes()[..e.at];
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = 1 + before[..line_start].iter().filter(|&&b| b == b'\n').count();
        format!("{} at line {line} column {}", e.reason, e.at - line_start)
    })
}

/// A value read from JSON. Implemented for the dataset's records (with [`crate::json_record`]),
/// strings, lists, options and integers.
pub trait FromJson: Sized {
    fn read(c: &mut Cursor) -> Result<Self, Error>;
}

/// Reads a whole `text` as `T`; the error's offset is into `text`.
pub fn from_str<T: FromJson>(text: &str) -> Result<T, Error> {
    T::read(&mut Cursor::new(text))
}

/// A position in JSON text. Outside [`check_syntax`] the text is known to be valid JSON, so
/// only type errors are reported; anything else still ends in an error, never a panic.
pub struct Cursor<'a> {
    text: &'a str,
    pub i: usize,
}

/// What [`Cursor::string_or_map`] found.
pub enum StringOrMap {
    String(String),
    Map(Vec<(String, String)>),
}

/// How an enum's variant was written: `"name"`, or `{"name": value}` with the cursor at the value.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum VariantForm {
    Name,
    Object,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { text, i: 0 }
    }

    pub fn at(text: &'a str, i: usize) -> Self {
        Self { text, i }
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.i).copied()
    }

    #[inline(always)]
    fn bump(&mut self) -> Option<u8> {
        let b = self.peek();
        self.i += usize::from(b.is_some());
        b
    }

    /// Skips whitespace; the next byte, not consumed.
    pub fn ws(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.i) {
            if !matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
                return Some(b);
            }
            self.i += 1;
        }
        None
    }

    /// Past the bytes of a string that need no unescaping or checking: up to its closing
    /// quote, a backslash, a control character or the end. The loop every string goes through,
    /// so it reads the bytes directly (a call per byte was most of the reading time).
    #[inline(always)]
    fn plain(&mut self) {
        let bytes = self.text.as_bytes();
        let mut i = self.i;
        while let Some(&b) = bytes.get(i) {
            if b == b'"' || b == b'\\' || b < 0x20 {
                break;
            }
            i += 1;
        }
        self.i = i;
    }

    /// An error at the current position (serde_json's `error`).
    pub fn err(&self, reason: impl Into<String>) -> Error {
        Error { reason: reason.into(), at: self.i }
    }

    /// An error just past the next byte (serde_json's `peek_error`).
    fn peek_err(&self, reason: &str) -> Error {
        Error { reason: reason.into(), at: (self.i + 1).min(self.text.len()) }
    }

    // --- syntax check: serde_json's `ignore_value`, error for error --------------------------

    /// Reads past one value, checking it; each entry of an object at the top is noted in
    /// `spans` as its key's opening quote, its value's start and its value's end (the comma
    /// or brace after it), for [`check_object`].
    fn skip_checked(&mut self, spans: &mut Vec<(usize, usize, usize)>) -> Result<(), Error> {
        // The lists and objects we are in, innermost in `enclosing`; no recursion, so no depth
        // limit (serde_json has none here either).
        let mut outer: Vec<u8> = Vec::new();
        let mut enclosing: Option<u8> = None;
        // The top-level entry being read: its key's quote and its value's start.
        let mut entry: Option<(usize, usize)> = None;
        loop {
            let Some(b) = self.ws() else { return Err(self.peek_err("EOF while parsing a value")) };
            let opened = match b {
                b'n' | b't' | b'f' => {
                    self.i += 1;
                    let rest: &[u8] = match b {
                        b'n' => b"ull",
                        b't' => b"rue",
                        _ => b"alse",
                    };
                    for &want in rest {
                        match self.bump() {
                            None => return Err(self.err("EOF while parsing a value")),
                            Some(got) if got != want => return Err(self.err("expected ident")),
                            Some(_) => {}
                        }
                    }
                    None
                }
                b'-' => {
                    self.i += 1;
                    self.skip_number()?;
                    None
                }
                b'0'..=b'9' => {
                    self.skip_number()?;
                    None
                }
                b'"' => {
                    self.i += 1;
                    self.skip_string_checked()?;
                    None
                }
                b'[' | b'{' => {
                    outer.extend(enclosing.take());
                    self.i += 1;
                    Some(b)
                }
                _ => return Err(self.peek_err("expected value")),
            };
            let (mut accept_comma, mut frame) = match opened {
                Some(f) => (false, f),
                None => match enclosing.take().or_else(|| outer.pop()) {
                    Some(f) => (true, f),
                    None => return Ok(()),
                },
            };
            // After a value: close what ends here, then expect the next element or key.
            loop {
                let next = self.ws();
                if outer.is_empty() && matches!(next, Some(b',' | b'}')) {
                    if let Some((key, value)) = entry.take() {
                        spans.push((key, value, self.i));
                    }
                }
                match next {
                    Some(b',') if accept_comma => {
                        self.i += 1;
                        break;
                    }
                    Some(b']') if frame == b'[' => {}
                    Some(b'}') if frame == b'{' => {}
                    Some(_) if accept_comma => {
                        let list = frame == b'[';
                        return Err(self.peek_err(if list { "expected `,` or `]`" } else { "expected `,` or `}`" }));
                    }
                    Some(_) => break,
                    None => {
                        let list = frame == b'[';
                        return Err(self.peek_err(if list {
                            "EOF while parsing a list"
                        } else {
                            "EOF while parsing an object"
                        }));
                    }
                }
                self.i += 1;
                match outer.pop() {
                    Some(f) => frame = f,
                    None => return Ok(()),
                }
                accept_comma = true;
            }
            if frame == b'{' {
                match self.ws() {
                    Some(b'"') => self.i += 1,
                    Some(_) => return Err(self.peek_err("key must be a string")),
                    None => return Err(self.peek_err("EOF while parsing an object")),
                }
                let key = self.i - 1;
                self.skip_string_checked()?;
                match self.ws() {
                    Some(b':') => self.i += 1,
                    Some(_) => return Err(self.peek_err("expected `:`")),
                    None => return Err(self.peek_err("EOF while parsing an object")),
                }
                if outer.is_empty() {
                    entry = Some((key, self.i));
                }
            }
            enclosing = Some(frame);
        }
    }

    fn digits(&mut self) -> bool {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i > start
    }

    fn skip_number(&mut self) -> Result<(), Error> {
        match self.bump() {
            Some(b'0') => {
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.peek_err("invalid number"));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.err("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !self.digits() {
                return Err(self.peek_err("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if !matches!(self.bump(), Some(b'0'..=b'9')) {
                return Err(self.err("invalid number"));
            }
            self.digits();
        }
        Ok(())
    }

    /// Past the closing quote of a string whose opening quote was read.
    fn skip_string_checked(&mut self) -> Result<(), Error> {
        loop {
            self.plain();
            match self.peek() {
                None => return Err(self.err("EOF while parsing a string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.i += 1;
                    match self.bump() {
                        None => return Err(self.err("EOF while parsing a string")),
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {}
                        Some(b'u') => {
                            self.hex4()?;
                        }
                        Some(_) => return Err(self.err("invalid escape")),
                    }
                }
                Some(0..=0x1f) => {
                    return Err(self.err("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                Some(_) => self.i += 1,
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let Some(hex) = self.text.as_bytes().get(self.i..self.i + 4) else {
            self.i = self.text.len();
            return Err(self.err("EOF while parsing a string"));
        };
        self.i += 4;
        let mut n = 0;
        for &h in hex {
            let d = match h {
                b'0'..=b'9' => h - b'0',
                b'a'..=b'f' => h - b'a' + 10,
                b'A'..=b'F' => h - b'A' + 10,
                _ => return Err(self.err("invalid escape")),
            };
            n = n * 16 + u32::from(d);
        }
        Ok(n)
    }

    // --- reading values of valid JSON ---------------------------------------------------------

    /// Skips one value (valid JSON assumed; on anything else it still moves on and stops).
    pub fn skip(&mut self) {
        let mut depth = 0usize;
        loop {
            match self.ws() {
                None => return,
                Some(b'"') => {
                    self.i += 1;
                    loop {
                        self.plain();
                        match self.bump() {
                            None | Some(b'"') => break,
                            Some(b'\\') => {
                                self.bump();
                            }
                            Some(_) => {}
                        }
                    }
                }
                Some(b'[' | b'{') => {
                    self.i += 1;
                    depth += 1;
                    continue;
                }
                Some(b']' | b'}') if depth > 0 => {
                    self.i += 1;
                    depth -= 1;
                }
                Some(b',' | b':') if depth > 0 => {
                    self.i += 1;
                    continue;
                }
                Some(_) => {
                    self.i += 1;
                    while let Some(b'-' | b'+' | b'.' | b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z') = self.peek() {
                        self.i += 1;
                    }
                }
            }
            if depth == 0 {
                return;
            }
        }
    }

    /// The string whose opening quote is next, unescaped.
    fn string_body(&mut self) -> Result<String, Error> {
        self.i += 1;
        let mut out = String::new();
        let mut start = self.i;
        loop {
            self.plain();
            match self.peek() {
                None => return Err(self.err("EOF while parsing a string")),
                Some(b'"') => {
                    let rest = &self.text[start..self.i];
                    self.i += 1;
                    // Most strings have no escape: one copy of the exact size.
                    return Ok(if out.is_empty() { rest.to_owned() } else { out + rest });
                }
                Some(b'\\') => {
                    out.push_str(&self.text[start..self.i]);
                    self.i += 1;
                    let c = match self.bump() {
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        Some(b) if b.is_ascii() => char::from(b),
                        _ => return Err(self.err("invalid escape")),
                    };
                    out.push(c);
                    start = self.i;
                }
                Some(_) => self.i += 1,
            }
        }
    }

    /// An object's key, whose opening quote is next: the text itself when it has no escapes, as
    /// keys do (a copy of every key was a fifth of the time spent reading a large file).
    fn key(&mut self) -> Result<Cow<'a, str>, Error> {
        let start = self.i;
        self.i += 1;
        self.plain();
        if self.peek() == Some(b'"') {
            self.i += 1;
            return Ok(Cow::Borrowed(&self.text[start + 1..self.i - 1]));
        }
        self.i = start;
        self.string_body().map(Cow::Owned)
    }

    /// The character of a `\u` escape (and of its low surrogate), `\u` read.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let n = self.hex4()?;
        let lone = "lone leading surrogate in hex escape";
        if (0xDC00..=0xDFFF).contains(&n) {
            return Err(self.err(lone));
        }
        if !(0xD800..=0xDBFF).contains(&n) {
            return char::from_u32(n).ok_or_else(|| self.err(lone));
        }
        for want in [b'\\', b'u'] {
            match self.peek() {
                None => return Err(self.err("EOF while parsing a string")),
                Some(b) if b == want => self.i += 1,
                Some(_) => {
                    self.i += 1;
                    return Err(self.err("unexpected end of hex escape"));
                }
            }
        }
        let low = self.hex4()?;
        if !(0xDC00..=0xDFFF).contains(&low) {
            return Err(self.err(lone));
        }
        char::from_u32(0x1_0000 + ((n - 0xD800) << 10) + (low - 0xDC00)).ok_or_else(|| self.err(lone))
    }

    /// serde_json's "invalid type" error for the value that is next, where `expected` belongs:
    /// a scalar is read past, a list or object is not.
    pub fn invalid_type(&mut self, expected: &str) -> Error {
        let found = match self.ws() {
            Some(b'n') => {
                self.skip();
                "null".to_owned()
            }
            Some(b't') => {
                self.skip();
                "boolean `true`".to_owned()
            }
            Some(b'f') => {
                self.skip();
                "boolean `false`".to_owned()
            }
            Some(b'"') => match self.string_body() {
                Ok(s) => format!("string {}", quoted(&s)),
                Err(e) => return e,
            },
            Some(b'[') => "sequence".to_owned(),
            Some(b'{') => "map".to_owned(),
            Some(b'-' | b'0'..=b'9') => {
                let n = self.number();
                let float = n.contains(['.', 'e', 'E']);
                format!("{} `{n}`", if float { "floating point" } else { "integer" })
            }
            _ => return self.peek_err("expected value"),
        };
        self.err(format!("invalid type: {found}, expected {expected}"))
    }

    fn number(&mut self) -> &'a str {
        let start = self.i;
        self.skip();
        &self.text[start..self.i]
    }

    /// A string, or serde_json's error for what is there instead.
    pub fn string(&mut self) -> Result<String, Error> {
        match self.ws() {
            Some(b'"') => self.string_body(),
            _ => Err(self.invalid_type("a string")),
        }
    }

    /// True for `null`, read past; false with the value still to read.
    pub fn null(&mut self) -> bool {
        if self.ws() == Some(b'n') {
            self.skip();
            true
        } else {
            false
        }
    }

    /// A list, each element read by `item`.
    pub fn list(&mut self, item: &mut dyn FnMut(&mut Self) -> Result<(), Error>) -> Result<(), Error> {
        if self.ws() != Some(b'[') {
            return Err(self.invalid_type("a sequence"));
        }
        self.i += 1;
        self.elements(item)?;
        self.i += 1;
        Ok(())
    }

    /// The elements of a list whose `[` was read, up to its `]` (not read).
    fn elements(&mut self, item: &mut dyn FnMut(&mut Self) -> Result<(), Error>) -> Result<(), Error> {
        loop {
            match self.ws() {
                Some(b']') | None => return Ok(()),
                Some(b',') => self.i += 1,
                Some(_) => item(self)?,
            }
        }
    }

    /// Each entry of an object, its key with the value still to read (and to be read past).
    pub fn for_each_entry(
        &mut self,
        entry: &mut dyn FnMut(&mut Self, String) -> Result<(), Error>,
    ) -> Result<(), Error> {
        if self.ws() != Some(b'{') {
            return Err(self.invalid_type("a map"));
        }
        self.i += 1;
        self.entries(&mut |c, key, _| entry(c, key.into_owned()))
    }

    /// The entries of an object whose `{` was read, each key with the value still to read, up
    /// to and including its `}`.
    fn entries(&mut self, entry: &mut EntryFn<'_, Self, Cow<'a, str>>) -> Result<(), Error> {
        loop {
            match self.ws() {
                Some(b'}') | None => {
                    self.bump();
                    return Ok(());
                }
                Some(b',') => self.i += 1,
                Some(_) => {
                    let key = self.key()?;
                    let after_key = self.i;
                    self.ws();
                    self.i += 1; // the colon
                    entry(self, key, after_key)?;
                }
            }
        }
    }

    /// A string, or a map from strings to strings in file order (repeats kept); anything else
    /// is refused as `expected` says, where serde_json's `deserialize_any` refuses it.
    pub fn string_or_map(&mut self, expected: &str) -> Result<StringOrMap, Error> {
        match self.ws() {
            Some(b'"') => Ok(StringOrMap::String(self.string_body()?)),
            Some(b'{') => {
                self.i += 1;
                let mut map = Vec::new();
                self.entries(&mut |c, key, _| {
                    map.push((key.into_owned(), c.string()?));
                    Ok(())
                })?;
                Ok(StringOrMap::Map(map))
            }
            Some(b'[') => {
                // serde_json looks past the `[`, and reads past an empty list, before saying so.
                self.i += 1;
                if self.ws() == Some(b']') {
                    self.i += 1;
                }
                Err(self.err(format!("invalid type: sequence, expected {expected}")))
            }
            _ => Err(self.invalid_type(expected)),
        }
    }

    /// A record: an object of the named `fields`, each value read by `field` with its index.
    /// Unknown and repeated fields are refused. A list gives the fields in order, as serde
    /// reads it, and must give each `required` one.
    pub fn record(
        &mut self,
        name: &str,
        fields: &[&str],
        required: &[bool],
        field: &mut dyn FnMut(&mut Self, usize) -> Result<(), Error>,
    ) -> Result<(), Error> {
        match self.ws() {
            Some(b'{') => {
                self.i += 1;
                let mut seen = 0u64;
                self.entries(&mut |c, key, after_key| {
                    let Some(i) = fields.iter().position(|f| *f == key) else {
                        return Err(Error {
                            reason: format!("unknown field `{key}`, {}", one_of(fields)),
                            at: after_key,
                        });
                    };
                    if seen & (1 << i) != 0 {
                        return Err(Error { reason: format!("duplicate field `{key}`"), at: after_key });
                    }
                    seen |= 1 << i;
                    field(c, i)
                })
            }
            Some(b'[') => {
                self.i += 1;
                let mut n = 0;
                self.elements(&mut |c| {
                    if n == fields.len() {
                        return Err(c.peek_err("trailing characters"));
                    }
                    field(c, n)?;
                    n += 1;
                    Ok(())
                })?;
                self.i += 1;
                // serde counts the fields it had, optional ones given their default.
                if let Some(k) = required[n..].iter().position(|r| *r) {
                    let reason =
                        format!("invalid length {}, expected struct {name} with {} elements", n + k, fields.len());
                    return Err(self.err(reason));
                }
                Ok(())
            }
            _ => Err(self.invalid_type(&format!("struct {name}"))),
        }
    }

    /// serde's fault for the first field, in declaration order, that is `required` and not
    /// `given`. One check before the record is built: a `return` per field cost the
    /// WebAssembly the cleanup of every field read before it.
    pub fn missing(&self, fields: &[&str], required: &[bool], given: &[bool]) -> Result<(), Error> {
        match (0..fields.len()).find(|&i| required[i] && !given[i]) {
            Some(i) => Err(self.err(format!("missing field `{}`", fields[i]))),
            None => Ok(()),
        }
    }

    /// An enum's variant, by name (`names`), written as `"name"` or `{"name": value}`.
    pub fn variant(&mut self, names: &[&str]) -> Result<(usize, VariantForm), Error> {
        let form = match self.ws() {
            Some(b'"') => VariantForm::Name,
            Some(b'{') => {
                self.i += 1;
                if self.ws() != Some(b'"') {
                    return Err(self.peek_err(NOT_A_NAME));
                }
                VariantForm::Object
            }
            _ => return Err(self.peek_err(NOT_A_NAME)),
        };
        let name = self.string_body()?;
        let Some(i) = names.iter().position(|n| *n == name) else {
            return Err(self.err(format!("unknown variant `{name}`, {}", one_of(names))));
        };
        if form == VariantForm::Object {
            self.ws();
            self.i += 1; // the colon
        }
        Ok((i, form))
    }

    /// The index in `names` of a variant that carries no value: `"name"`, or `{"name": null}`.
    pub fn unit_variant(&mut self, names: &[&str]) -> Result<usize, Error> {
        let (i, form) = self.variant(names)?;
        if form == VariantForm::Object {
            if !self.null() {
                return Err(self.invalid_type("unit"));
            }
            self.end_variant()?;
        }
        Ok(i)
    }

    /// The end of a `{"name": value}` variant, its value read.
    pub fn end_variant(&mut self) -> Result<(), Error> {
        if self.ws() == Some(b'}') {
            self.i += 1;
            Ok(())
        } else {
            Err(self.err(NOT_A_NAME))
        }
    }
}

/// A required field's value, which [`Cursor::missing`] has found given.
pub fn given<T>(value: Option<T>) -> T {
    match value {
        Some(v) => v,
        None => unreachable!("a missing field is reported before the record is built"),
    }
}

/// serde's list of what was expected: "expected `a`", "expected `a` or `b`", "expected one of
/// `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    let ticked: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match ticked.as_slice() {
        [] => "there are no fields".to_owned(),
        [one] => format!("expected {one}"),
        [a, b] => format!("expected {a} or {b}"),
        _ => format!("expected one of {}", ticked.join(", ")),
    }
}

impl FromJson for String {
    fn read(c: &mut Cursor) -> Result<Self, Error> {
        c.string()
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(c: &mut Cursor) -> Result<Self, Error> {
        if c.null() {
            Ok(None)
        } else {
            T::read(c).map(Some)
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(c: &mut Cursor) -> Result<Self, Error> {
        let mut out = Vec::new();
        c.list(&mut |c| {
            out.push(T::read(c)?);
            Ok(())
        })?;
        Ok(out)
    }
}

impl FromJson for u32 {
    fn read(c: &mut Cursor) -> Result<Self, Error> {
        let start = c.i;
        match c.ws() {
            Some(b'-' | b'0'..=b'9') => {}
            _ => return Err(c.invalid_type("u32")),
        }
        let n = c.number();
        if n.contains(['.', 'e', 'E']) {
            c.i = start;
            return Err(c.invalid_type("u32"));
        }
        let negative = n.starts_with('-');
        let value = n
            .trim_start_matches('-')
            .bytes()
            .try_fold(0u32, |v, d| v.checked_mul(10)?.checked_add(u32::from(d - b'0')));
        match value {
            Some(v) if !negative => Ok(v),
            Some(0) => Ok(0),
            _ => Err(c.err(format!("invalid value: integer `{n}`, expected u32"))),
        }
    }
}

/// `FromJson` for a record type: the fields in declaration order, each `req` (must be given) or
/// `opt` (its default when left out). Adding a field to a record is one line here; the struct
/// literal this builds fails to compile until the two agree.
#[macro_export]
macro_rules! json_record {
    ($ty:ident { $($field:ident: $kind:ident),* $(,)? }) => {
        impl $crate::model::json::FromJson for $ty {
            fn read(c: &mut $crate::model::json::Cursor) -> Result<Self, $crate::model::json::Error> {
                const FIELDS: &[&str] = &[$(stringify!($field)),*];
                const REQUIRED: &[bool] = &[$($crate::json_record!(@required $kind)),*];
                $(let mut $field = None;)*
                c.record(stringify!($ty), FIELDS, REQUIRED, &mut |c, i| {
                    let mut n = 0;
                    $(
                        if i == n {
                            $field = Some($crate::model::json::FromJson::read(c)?);
                        }
                        n += 1;
                    )*
                    let _ = n;
                    Ok(())
                })?;
                c.missing(FIELDS, REQUIRED, &[$($field.is_some()),*])?;
                Ok($ty { $($field: $crate::json_record!(@take $kind $field),)* })
            }
        }
    };
    (@required req) => { true };
    (@required opt) => { false };
    (@take req $field:ident) => { $crate::model::json::given($field) };
    (@take opt $field:ident) => { $field.unwrap_or_default() };
}

/// `FromJson` for an enum of named values, each variant with its name in JSON.
#[macro_export]
macro_rules! json_enum {
    ($ty:ident { $($variant:ident: $name:literal),* $(,)? }) => {
        impl $crate::model::json::FromJson for $ty {
            fn read(c: &mut $crate::model::json::Cursor) -> Result<Self, $crate::model::json::Error> {
                const VALUES: &[$ty] = &[$($ty::$variant),*];
                let i = c.unit_variant(&[$($name),*])?;
                Ok(VALUES[i])
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_read_like_serde_json() {
        for text in [
            "",
            "{",
            "[1,",
            "[1 2]",
            "{\"a\" 1}",
            "{\"a\":}",
            "{1:2}",
            "tru",
            "nul",
            "-",
            "01",
            "1.",
            "1e",
            "\"abc",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\u12g4\"",
            "[1,]",
            "{\"a\":1,}",
            "1 2",
            "\"a\nb\"",
            "[[[[",
            "{\"a\":[1,{\"b\":",
            "\n\n  [1, 2}",
            "\"\\ud800\"",
        ] {
            let ours = check_syntax(text).err();
            let theirs = serde_json::from_str::<serde::de::IgnoredAny>(text).err().map(|e| e.to_string());
            assert_eq!(ours, theirs, "{text:?}");
        }
    }

    #[test]
    fn the_syntax_check_finds_an_objects_entries() {
        let text = " {\"a\" : [1, {\"b\": 2}] ,\"\\u0063\":\"x,}\"\n, \"d\":{}, \"a\": null\n} ";
        let entries = check_object(text).unwrap().unwrap();
        let want = [("a", "[1, {\"b\": 2}]"), ("c", "\"x,}\""), ("d", "{}"), ("a", "null")];
        assert_eq!(entries, want.map(|(k, v)| (k.to_owned(), v)));
        assert_eq!(check_object("{}").unwrap().unwrap(), []);
        assert_eq!(check_object(" [{\"a\": 1}]").unwrap(), None);
        assert_eq!(check_object("{\"a\": 1,}").unwrap_err(), check_syntax("{\"a\": 1,}").unwrap_err());
    }

    #[test]
    fn strings_unescape_like_serde_json() {
        for text in [r#""plain""#, r#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#, r#""é""#] {
            assert_eq!(from_str::<String>(text).unwrap(), serde_json::from_str::<String>(text).unwrap());
        }
        assert_eq!(from_str::<String>(r#""\udc00""#).unwrap_err().reason, "lone leading surrogate in hex escape");
    }
}
