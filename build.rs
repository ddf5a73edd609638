//! Turns the translators' files, `i18n/LANG.ftl` (Fluent), into the Rust the crate compiles:
//! the `Key` enum (one per message of `en.ftl`, in its order), English's texts (compiled into
//! every build) and their fingerprint, and for native builds every other language's texts,
//! which tests check and `stances-prerender` writes as the tables the page fetches. Fluent is
//! read here, at build time, so the page carries no Fluent runtime.
//!
//! Only the part of Fluent that tables can carry is accepted: text, `{ $variable }`, string
//! literals (`{ "{" }`), and at most one plural select on a variable with CLDR category
//! names as keys. A fault in `en.ftl` stops the build (it defines the keys); a fault in another
//! file is passed on to the tests, which name the file and line, and the message falls back to
//! English meanwhile.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/i18n/plural.rs"]
mod plural;

/// A message as written: its line, the variable it selects on, and its forms as
/// (category, text), where a message without plural forms has one, with category "", and
/// which form is the default (`*[…]`), the one a category without its own form takes.
struct Source {
    line: usize,
    selector: Option<String>,
    forms: Vec<(String, String)>,
    default: usize,
}

struct Catalogue {
    code: String,
    file: String,
    messages: Vec<(String, Source)>,
    faults: Vec<String>,
}

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=src/i18n/plural.rs");
    let mut files: Vec<_> = std::fs::read_dir("i18n")
        .expect("the i18n folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut catalogues: Vec<Catalogue> = files.iter().map(|p| read_catalogue(p)).collect();
    let en_at = catalogues.iter().position(|c| c.code == "en").expect("i18n/en.ftl");
    let en = catalogues.remove(en_at);
    if !en.faults.is_empty() {
        panic!("i18n/en.ftl defines the keys and must be faultless:\n{}", en.faults.join("\n"));
    }
    let out = generate(&en, &catalogues);
    let path = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("i18n.rs");
    std::fs::write(path, out).expect("write i18n.rs");
}

fn read_catalogue(path: &Path) -> Catalogue {
    let code = path.file_stem().and_then(|s| s.to_str()).expect("a file name").to_owned();
    let file = format!("i18n/{code}.ftl");
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{file}: {e}"));
    let line_of = |offset: usize| source[..offset.min(source.len())].matches('\n').count() + 1;
    let mut faults = Vec::new();
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                faults.push(format!("{file}:{}: not valid Fluent: {}", line_of(e.pos.start), e.kind));
            }
            r
        }
    };
    let mut messages = Vec::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name;
                let line = find_line(&source, id);
                let Some(value) = m.value.filter(|_| m.attributes.is_empty()) else {
                    faults.push(format!("{file}:{line}: `{id}`: attributes and empty messages are not supported"));
                    continue;
                };
                if messages.iter().any(|(k, _): &(String, Source)| k == id) {
                    faults.push(format!("{file}:{line}: `{id}` is given twice"));
                    continue;
                }
                match read_message(&value) {
                    Ok((selector, forms, default)) => {
                        messages.push((id.to_owned(), Source { line, selector, forms, default }))
                    }
                    Err(why) => faults.push(format!("{file}:{line}: `{id}`: {why}")),
                }
            }
            Entry::Term(t) => faults.push(format!(
                "{file}:{}: `-{}`: terms are not supported; write the text out",
                find_line(&source, &format!("-{}", t.id.name)),
                t.id.name
            )),
            _ => {}
        }
    }
    Catalogue { code, file, messages, faults }
}

fn find_line(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|l| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map_or(0, |i| i + 1)
}

/// The forms of a message: text before the select, each variant, text after it.
type Forms = (Option<String>, Vec<(String, String)>, usize);

fn read_message(value: &Pattern<&str>) -> Result<Forms, String> {
    let (mut head, mut tail) = (String::new(), String::new());
    let mut select = None;
    for element in &value.elements {
        let out = if select.is_some() { &mut tail } else { &mut head };
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression: Expression::Inline(e) } => out.push_str(&inline(e)?),
            PatternElement::Placeable { expression: Expression::Select { selector, variants } } => {
                if select.is_some() {
                    return Err("two selects in one message; write it as one".to_owned());
                }
                let InlineExpression::VariableReference { id } = selector else {
                    return Err("a select must be on a variable (`{ $n -> … }`)".to_owned());
                };
                let mut forms = Vec::new();
                for v in variants {
                    let VariantKey::Identifier { name } = v.key else {
                        return Err("numeric variants are not supported; use CLDR's categories".to_owned());
                    };
                    let mut text = String::new();
                    for e in &v.value.elements {
                        match e {
                            PatternElement::TextElement { value } => text.push_str(value),
                            PatternElement::Placeable { expression: Expression::Inline(e) } => {
                                text.push_str(&inline(e)?)
                            }
                            PatternElement::Placeable { .. } => return Err("a select inside a select".to_owned()),
                        }
                    }
                    forms.push((name.to_owned(), text, v.default));
                }
                select = Some((id.name.to_owned(), forms));
            }
        }
    }
    Ok(match select {
        None => (None, vec![(String::new(), head)], 0),
        Some((var, forms)) => {
            let default = forms.iter().position(|f| f.2).unwrap_or(0);
            let forms = forms.into_iter().map(|(cat, text, _)| (cat, format!("{head}{text}{tail}")));
            (Some(var), forms.collect(), default)
        }
    })
}

fn inline(e: &InlineExpression<&str>) -> Result<String, String> {
    match e {
        InlineExpression::VariableReference { id } => Ok(format!("{{{}}}", id.name)),
        InlineExpression::StringLiteral { value } => Ok(unescape(value)),
        InlineExpression::NumberLiteral { value } => Ok((*value).to_owned()),
        _ => Err("only `{ $variable }` and string literals can be placed in a text".to_owned()),
    }
}

/// Fluent string literals escape `\"`, `\\` and code points (`\u00A0`, `\U01F600`).
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(u @ ('u' | 'U')) => {
                let hex: String = chars.by_ref().take(if u == 'u' { 4 } else { 6 }).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The text the page stores for a message in the language `code`: the text itself, or its
/// forms in the language's category order, a missing one taking the default variant's text.
fn stored(code: &str, s: &Source) -> String {
    let Some(var) = &s.selector else { return s.forms[0].1.clone() };
    let default = &s.forms[s.default].1;
    let form = |cat: &str| s.forms.iter().find(|(c, _)| c == cat).map_or(default, |f| &f.1);
    match plural::categories(plural::rule(code)) {
        [only] => form(only).to_owned(),
        cats => {
            cats.iter().fold(format!("{}{var}", plural::MARK), |acc, c| format!("{acc}{}{}", plural::MARK, form(c)))
        }
    }
}

fn camel(id: &str) -> String {
    id.split('-').map(|w| w[..1].to_uppercase() + &w[1..]).collect()
}

fn generate(en: &Catalogue, others: &[Catalogue]) -> String {
    let mut out = String::from("// @generated by build.rs from i18n/*.ftl: edit those files, not this.\n\n");
    out += "/// One piece of interface text: a message of `i18n/en.ftl` (`cannot-show` is `CannotShow`).\n";
    out += "/// Placeholders in braces (`{n}`) are filled by [`t`].\n";
    out += "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Key {\n";
    for (id, s) in &en.messages {
        let forms: Vec<&str> = s.forms.iter().map(|(_, text)| text.as_str()).collect();
        writeln!(out, "    /// `{id}`: {}\n    {},", forms.join(" / ").replace('\n', " "), camel(id)).unwrap();
    }
    out += "}\n\nimpl Key {\n    pub const ALL: &'static [Key] = &[\n";
    for (id, _) in &en.messages {
        writeln!(out, "        Key::{},", camel(id)).unwrap();
    }
    out += "    ];\n}\n\n";
    let texts: Vec<String> = en.messages.iter().map(|(_, s)| stored("en", s)).collect();
    // FNV-1a over every English text in key order: it changes whenever a key or its text does.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in texts.iter().flat_map(|t| t.bytes().chain([0])) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    writeln!(out, "/// Fingerprint of the English texts, which a fetched table must carry.").unwrap();
    writeln!(out, "pub(crate) const FINGERPRINT: &str = \"{hash:016x}\";\n").unwrap();
    writeln!(out, "/// English, by key: compiled into every build.").unwrap();
    writeln!(out, "pub(crate) static EN: [&str; {}] = {texts:?};\n", texts.len()).unwrap();

    out += "/// Every language's file as read, for the tests and the tables (not in the browser build).\n";
    out += "#[cfg(not(target_arch = \"wasm32\"))]\npub(crate) static CATALOGUES: &[Catalogue] = &[\n";
    for c in std::iter::once(en).chain(others) {
        let by_key = |id: &str| c.messages.iter().find(|(k, _)| k == id).map(|(_, s)| s);
        writeln!(out, "    Catalogue {{\n        code: {:?},\n        file: {:?},\n        texts: &[", c.code, c.file)
            .unwrap();
        for (id, _) in &en.messages {
            writeln!(out, "            {:?},", by_key(id).map(|s| stored(&c.code, s))).unwrap();
        }
        out += "        ],\n        sources: &[\n";
        for (id, _) in &en.messages {
            match by_key(id) {
                None => out += "            None,\n",
                Some(s) => writeln!(
                    out,
                    "            Some(Source {{ line: {}, selector: {:?}, forms: &{:?} }}),",
                    s.line, s.selector, s.forms
                )
                .unwrap(),
            }
        }
        let unknown: Vec<(&str, usize)> = c
            .messages
            .iter()
            .filter(|(id, _)| !en.messages.iter().any(|(k, _)| k == id))
            .map(|(id, s)| (id.as_str(), s.line))
            .collect();
        writeln!(out, "        ],\n        unknown: &{unknown:?},\n        faults: &{:?},\n    }},", c.faults).unwrap();
    }
    out += "];\n";
    out
}
