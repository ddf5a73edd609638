//! Plural forms: CLDR's categories for each language we ship, which one a count takes, and how
//! a text with plural forms is stored. Shared with `build.rs` (by path), which writes the forms
//! in the order given here, so the build and the page cannot disagree on it.
//!
//! Counts here are whole numbers, so only CLDR's integer rules are needed (CLDR 46,
//! `plurals.xml`). `other` is always last: it is the form a count that fits no rule takes.

/// The plural categories of the language with this code, in the order the stored forms follow.
pub fn categories(code: &str) -> &'static [&'static str] {
    match code {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "ru" => &["one", "few", "many", "other"],
        "fr" | "es" | "pt" => &["one", "many", "other"],
        "zh" => &["other"],
        _ => &["one", "other"],
    }
}

/// The index in [`categories`] of the form that the count `n` takes.
pub fn form_index(code: &str, n: u64) -> usize {
    let (d10, d100) = (n % 10, n % 100);
    // fr, es, pt: "many" is for exact millions ("1 000 000 de documents").
    let many = |one: bool| {
        if one {
            0
        } else if n != 0 && n % 1_000_000 == 0 {
            1
        } else {
            2
        }
    };
    match code {
        "ar" => match n {
            0..=2 => n as usize,
            _ if (3..=10).contains(&d100) => 3,
            _ if (11..=99).contains(&d100) => 4,
            _ => 5,
        },
        "ru" => {
            if d10 == 1 && d100 != 11 {
                0
            } else if (2..=4).contains(&d10) && !(12..=14).contains(&d100) {
                1
            } else {
                2
            }
        }
        "fr" | "pt" => many(n < 2),
        "es" => many(n == 1),
        "zh" => 0,
        _ => usize::from(n != 1),
    }
}

/// Marks a stored text as plural forms: `MARK var MARK form MARK form …`, one form per
/// category. A control character, so no translation can contain it by accident.
pub const MARK: char = '\u{1}';

/// The form of `template` for the count among `args` (by the name the text selects on); a
/// text without plural forms as it is. `code` is the language the text is in.
#[allow(dead_code)] // build.rs shares this file and only writes forms
pub fn choose<'a>(code: &str, template: &'a str, args: &[(&str, &str)]) -> &'a str {
    let Some(rest) = template.strip_prefix(MARK) else { return template };
    let mut parts = rest.split(MARK);
    let var = parts.next().unwrap_or_default();
    let count = args.iter().find(|(name, _)| *name == var).and_then(|(_, v)| v.parse::<usize>().ok());
    // A count that is not a whole number takes "other", the last form. (usize, not u64: its
    // parser is in the page already.)
    let index = count.map_or(usize::MAX, |n| form_index(code, n as u64));
    let mut form = "";
    for (i, f) in parts.enumerate() {
        form = f;
        if i == index {
            break;
        }
    }
    form
}
