//! What embedding needs that is not view state: the snippets a newsroom pastes, and the
//! messages an iframe posts to the page around it.

use super::{encode, encode_pairs};
use crate::query::ViewState;

/// The message type our iframe posts with its height (documented in the README).
pub const HEIGHT_MESSAGE: &str = "stances:height";

/// Escapes text for HTML element content or a double-quoted attribute value.
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The iframe snippet for a view; `base` is the address of the bundle's folder, ending in `/`.
pub fn iframe_snippet(base: &str, view: &ViewState, title: &str) -> String {
    let v = ViewState { embed: true, ..view.clone() };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"600\" loading=\"lazy\" style=\"border:0\"></iframe>",
        escape_html(&format!("{base}index.html?{}", encode(&v))),
        escape_html(title)
    )
}

/// The script snippet: a `data-stances` element carrying the view as `data-*` attributes, and
/// the loader that mounts every such element on the page.
pub fn script_snippet(base: &str, view: &ViewState) -> String {
    let v = ViewState { embed: false, ..view.clone() };
    let attrs: String = encode_pairs(&v)
        .into_iter()
        .map(|(k, val)| {
            let name = if k == "data" { "src" } else { k };
            format!(" data-{name}=\"{}\"", escape_html(&val))
        })
        .collect();
    format!(
        "<div data-stances{attrs}></div>\n<script type=\"module\" src=\"{}\"></script>",
        escape_html(&format!("{base}embed.js"))
    )
}

/// The pym.js child message that tells a pym.js parent the frame's height.
pub fn pym_height_message(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

/// The origin the embedding page states in the frame's address (`host=https://news.example`):
/// the one origin whose messages (the theme) the frame then obeys, for host pages that send no
/// referrer. `None` unless it is an http(s) origin and nothing more: no path, query or user.
pub fn stated_host(query: &str) -> Option<String> {
    let (_, value) = super::pairs(query).into_iter().find(|(k, _)| k.eq_ignore_ascii_case("host"))?;
    let value = value.trim();
    let value = value.strip_suffix('/').unwrap_or(value).to_ascii_lowercase();
    let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"))?;
    let fits = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']');
    (!rest.is_empty() && rest.len() <= 255 && rest.bytes().all(fits)).then_some(value)
}

/// The attributes of a script embed, as decodable pairs: `data-view` is `view`, `data-src`
/// is the dataset (`data`).
pub fn attribute_pairs<'a>(attrs: impl IntoIterator<Item = (&'a str, String)>) -> Vec<(String, String)> {
    attrs
        .into_iter()
        .filter_map(|(name, value)| {
            let key = name.strip_prefix("data-")?;
            let key = if key == "src" { "data" } else { key };
            (key != "stances").then(|| (key.to_owned(), value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActorId;
    use crate::query::View;

    fn compare() -> ViewState {
        ViewState { view: View::Compare, actors: vec![ActorId::new("RUS"), ActorId::new("USA")], ..Default::default() }
    }

    #[test]
    fn the_iframe_snippet_carries_the_view_in_embed_mode_and_a_title() {
        let s = iframe_snippet("https://example.org/stances/", &compare(), "Who wanted \"broad\"");
        assert_eq!(
            s,
            "<iframe src=\"https://example.org/stances/index.html?view=compare&amp;actors=RUS,USA&amp;embed=1\" \
             title=\"Who wanted &quot;broad&quot;\" width=\"100%\" height=\"600\" loading=\"lazy\" style=\"border:0\"></iframe>"
        );
    }

    #[test]
    fn the_script_snippet_carries_the_view_as_data_attributes() {
        let v = ViewState { data: Some("/other.json".into()), embed: true, ..compare() };
        assert_eq!(
            script_snippet("https://example.org/s/", &v),
            "<div data-stances data-view=\"compare\" data-actors=\"RUS,USA\" data-src=\"/other.json\"></div>\n\
             <script type=\"module\" src=\"https://example.org/s/embed.js\"></script>"
        );
    }

    #[test]
    fn attributes_decode_like_the_url_and_back() {
        let attrs = [
            ("data-stances", String::new()),
            ("data-view", "compare".into()),
            ("data-actors", "USA,RUS".into()),
            ("data-src", "/x.json".into()),
            ("id", "a".into()),
        ];
        let (v, notices) = crate::url::decode_pairs(attribute_pairs(attrs));
        assert_eq!(notices, vec![]);
        assert_eq!(v, ViewState { data: Some("/x.json".into()), ..compare() });
    }

    #[test]
    fn the_stated_host_is_an_http_origin_or_nothing() {
        assert_eq!(stated_host("?embed=1&host=https%3A%2F%2FNews.Example%2F"), Some("https://news.example".into()));
        assert_eq!(stated_host("host=http://127.0.0.1:8080"), Some("http://127.0.0.1:8080".into()));
        for bad in [
            "host=",
            "host=news.example",
            "host=javascript:alert(1)",
            "host=https://a.example/path",
            "host=https://user@a.example",
            "host=https://",
            "embed=1",
        ] {
            assert_eq!(stated_host(bad), None, "{bad}");
        }
    }

    #[test]
    fn pym_messages_use_the_child_format() {
        assert_eq!(pym_height_message("example-1", 734), "pymxPYMxexample-1xPYMxheightxPYMx734");
    }
}
