//! Percent-encoding for query strings, leaving `,` and `:` readable so shared links stay legible
//! (`actors=RUS,USA`, `stance=scope:narrow`).

/// Decodes `%XX` and `+`; a broken escape is kept literally rather than rejected, and bytes that
/// are not UTF-8 become U+FFFD.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Encodes everything but unreserved characters and the list separators `,` and `:`.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',' | b':' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes_plus_and_broken_escapes() {
        assert_eq!(decode("a%20b+c"), "a b c");
        assert_eq!(decode("%E2%9C%93"), "✓");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn encodes_so_that_decoding_returns_the_input() {
        for s in ["RUS,USA", "scope:narrow", "a b&c=d#e", "Côte d’Ivoire", "%2C", "+"] {
            assert_eq!(decode(&encode(s)), s);
        }
        assert_eq!(encode("RUS,USA"), "RUS,USA");
        assert_eq!(encode("a b"), "a%20b");
    }
}
