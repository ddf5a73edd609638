//! Lowercasing, for search and for sorting by name. `str::to_lowercase` carries the standard
//! library's Unicode case tables (11.4 KB of the WebAssembly); in the browser, text that is not
//! ASCII is lowercased by JavaScript's `toLowerCase`, which follows the same Unicode mapping.

/// `s` in lower case, as `str::to_lowercase` gives it.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::JsString::from(s).to_lower_case())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        s.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::lowercase;

    #[test]
    fn lowercases_as_the_standard_library_does() {
        for s in ["RUS", "Côte d'Ivoire", "ÉTATS-UNIS", "ΟΔΟΣ", "Россия", "中国", ""] {
            assert_eq!(lowercase(s), s.to_lowercase());
        }
    }
}
