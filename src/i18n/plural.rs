//! Plural forms: CLDR's categories for each language we ship, which one a count takes, and how
//! a text with plural forms is stored. Shared with `build.rs` (by path), which writes the forms
//! in the order given here, so the build and the page cannot disagree on it.
//!
//! Counts here are whole numbers, so only CLDR's integer rules are needed (CLDR 46,
//! `plurals.xml`). `other` is always last: it is the form a count that fits no rule takes.
//! Written for size as much as for reading: each version was measured in the page's wasm.

/// Which of CLDR's integer rules a language follows. An enum rather than the language code,
/// so that the page picks a form without comparing strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// en: 1 is "one".
    One,
    /// zh: no plural forms.
    Other,
    /// fr, pt: 0 and 1 are "one", exact millions "many" ("1 000 000 de documents").
    OneIncludingZeroMany,
    /// es: 1 is "one", exact millions "many".
    OneMany,
    /// ru: one (21), few (22–24), many (25–30, 11–14).
    Russian,
    /// ar: zero, one, two, few (3–10), many (11–99) by the last two digits.
    Arabic,
}

/// The rule of the language with this code.
pub fn rule(code: &str) -> Rule {
    match code {
        "ar" => Rule::Arabic,
        "ru" => Rule::Russian,
        "fr" | "pt" => Rule::OneIncludingZeroMany,
        "es" => Rule::OneMany,
        "zh" => Rule::Other,
        _ => Rule::One,
    }
}

/// The plural categories of a rule, in the order the stored forms follow.
pub fn categories(rule: Rule) -> &'static [&'static str] {
    match rule {
        Rule::Arabic => &["zero", "one", "two", "few", "many", "other"],
        Rule::Russian => &["one", "few", "many", "other"],
        Rule::OneIncludingZeroMany | Rule::OneMany => &["one", "many", "other"],
        Rule::Other => &["other"],
        Rule::One => &["one", "other"],
    }
}

/// The index in [`categories`] of the form that the count `n` takes.
pub fn form_index(rule: Rule, n: u64) -> usize {
    let (d10, d100) = (n % 10, n % 100);
    // "one" 0, "many" 1 (exact millions), "other" 2.
    let many = |one: bool| usize::from(!one) + usize::from(!one && (n == 0 || n % 1_000_000 != 0));
    match rule {
        Rule::Arabic => match n {
            0..=2 => n as usize,
            _ if (3..=10).contains(&d100) => 3,
            _ if (11..=99).contains(&d100) => 4,
            _ => 5,
        },
        Rule::Russian if d10 == 1 && d100 != 11 => 0,
        Rule::Russian if (2..=4).contains(&d10) && !(12..=14).contains(&d100) => 1,
        Rule::Russian => 2,
        Rule::OneIncludingZeroMany => many(n < 2),
        Rule::OneMany => many(n == 1),
        Rule::Other => 0,
        Rule::One => usize::from(n != 1),
    }
}

/// Marks a stored text as plural forms: `MARK var MARK form MARK form …`, one form per
/// category. A control character, so no translation can contain it by accident.
pub const MARK: char = '\u{1}';

/// The form of `template` for the count among `args` (by the name the text selects on); a
/// text without plural forms as it is. `rule` is that of the language the text is in.
#[allow(dead_code)] // build.rs shares this file and only writes forms
pub fn choose<'a>(rule: Rule, template: &'a str, args: &[(&str, &str)]) -> &'a str {
    let Some(rest) = template.strip_prefix(MARK) else { return template };
    let Some((var, mut forms)) = rest.split_once(MARK) else { return rest };
    // A count that is not a whole number takes "other", the last form.
    let count = args.iter().find(|(name, _)| *name == var).and_then(|(_, v)| whole_number(v));
    let index = count.map_or(usize::MAX, |n| form_index(rule, n));
    for _ in 0..index {
        match forms.split_once(MARK) {
            Some((_, next)) => forms = next,
            None => break,
        }
    }
    forms.split_once(MARK).map_or(forms, |(form, _)| form)
}

/// `"12"` as 12; anything else, a sign or a decimal point included, as none. By hand: the
/// standard parser, with its overflow checks, cost the page more.
#[allow(dead_code)]
fn whole_number(text: &str) -> Option<u64> {
    let n = text.bytes().try_fold(0u64, |n, b| b.is_ascii_digit().then(|| n.wrapping_mul(10) + u64::from(b - b'0')));
    n.filter(|_| !text.is_empty())
}
