//! Small pieces every view shares: how a stance, a date and an actor kind are shown.

pub(crate) mod actor_picker;
pub mod bridge;
pub(crate) mod dialog;
pub(crate) mod filters;
pub(crate) mod provenance;
pub(crate) mod strips;
pub(crate) mod summary_text;

use crate::i18n::{t, Key};
use crate::model::{ActorKind, Dataset, Lang, PartialDate, Stance, Topic};
use crate::query::{Held, Reason, ViewState};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// What every view component is given: the data, the view state, the reader's language, the
/// reducer to dispatch to, and how to open the reports behind something.
#[derive(Properties, PartialEq)]
pub struct ViewProps {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<crate::ui::Store>,
    pub open: Callback<Subject>,
}

thread_local! {
    /// Whether the widgets of this page are embedded in someone else's (iframe or script): one
    /// wasm instance serves either our own page or embeds, never both, so a flag set when a
    /// widget renders is enough, and costs the default page far less than a yew context.
    static EMBEDDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub fn set_embedded(embedded: bool) {
    EMBEDDED.with(|e| e.set(embedded));
}

/// Whether the view being drawn is inside an embed (which pages its table shorter).
pub fn is_embedded() -> bool {
    EMBEDDED.with(std::cell::Cell::get)
}

pub use crate::query::Subject;

/// The stance as text and symbol, shaded by its place on the scale as a second channel only.
pub fn stance_badge(stance: &Stance, rank: usize, topic: &Topic, lang: Lang) -> Html {
    html! {
        <span class={classes!("st-stance", format!("st-rank-{rank}-of-{}", topic.scale.len()))}>
            <span class="st-symbol" aria-hidden="true">{ &stance.symbol }</span>
            <span class="st-label">{ stance.label.get(lang) }</span>
        </span>
    }
}

pub fn held_badge(held: &Held, topic: &Topic, lang: Lang) -> Html {
    stance_badge(held.stance, held.rank, topic, lang)
}

/// [`t`]'s text with each value in a `<bdi>`, for sentences that carry text from a link or a
/// dataset (a name, an address): bidirectional controls in it cannot reorder our words.
pub fn t_isolated(lang: Lang, key: Key, args: &[(&str, &str)]) -> Html {
    use crate::i18n::Segment;
    html! {
        { for crate::i18n::segments(lang, key, args).into_iter().map(|s| match s {
            Segment::Words(w) => html! { { w } },
            Segment::Value(v) => html! { <bdi>{ v }</bdi> },
        }) }
    }
}

/// The reader's words for `key`.
pub fn tx(lang: Lang, key: Key) -> &'static str {
    crate::i18n::text(lang, key)
}

thread_local! {
    /// Intl formatters are costly to build and a table formats hundreds of dates.
    static FORMATS: RefCell<HashMap<(Lang, u8), js_sys::Intl::DateTimeFormat>> = RefCell::new(HashMap::new());
}

/// A date in the reader's language, at the precision the source gave ("August 2023" is not
/// "1 August 2023"), by the browser's Intl API rather than a bundled locale database.
pub fn date_text(date: PartialDate, lang: Lang) -> String {
    // English is written as `Intl` would write it in en-GB, without the 20 ms or so that
    // making the first formatter costs a page (and as the pre-rendered table writes it).
    if lang == Lang::En {
        return date.display_en();
    }
    let precision = date.precision();
    let formatted = FORMATS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let format = cache.entry((lang, precision)).or_insert_with(|| {
            let options = js_sys::Object::new();
            let set = |k: &str, v: &str| js_sys::Reflect::set(&options, &k.into(), &v.into());
            let _ = set("timeZone", "UTC");
            let _ = set("year", "numeric");
            if precision >= 2 {
                let _ = set("month", "long");
            }
            if precision >= 3 {
                let _ = set("day", "numeric");
            }
            // UN English writes "28 February 2022", as British English does.
            let locale = if lang == Lang::En { "en-GB" } else { lang.code() };
            js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&locale.into()), &options)
        });
        let (y, m, d) = date.first_day();
        let ms = js_sys::Date::utc(f64::from(y), f64::from(m) - 1.0);
        let at = js_sys::Date::new(&(ms + (f64::from(d) - 1.0) * 86_400_000.0).into());
        format.format().call1(&wasm_bindgen::JsValue::NULL, &at).ok().and_then(|s| s.as_string())
    });
    formatted.unwrap_or_else(|| date.display_en())
}

pub fn kind_label(kind: ActorKind, lang: Lang) -> &'static str {
    tx(lang, crate::i18n::kind_key(kind))
}

/// The name of a view, as its tab and the embed title say it.
pub fn view_key(view: crate::query::View) -> Key {
    use crate::query::View;
    match view {
        View::Table => Key::ViewTable,
        View::Compare => Key::ViewCompare,
        View::Timeline => Key::ViewTimeline,
        View::Sources => Key::ViewSources,
        View::Articles => Key::ViewArticles,
        View::Map => Key::ViewMap,
    }
}

/// Why part of a link was ignored, in the reader's words.
pub fn reason_text(reason: &Reason, lang: Lang) -> String {
    let key = match reason {
        Reason::View => Key::IgnoredView,
        Reason::Id => Key::IgnoredId,
        Reason::TooMany => Key::IgnoredTooMany,
        Reason::Date => Key::IgnoredDate,
        Reason::TooLong => Key::IgnoredTooLong,
        Reason::Pair => Key::IgnoredPair,
        Reason::Sort => Key::IgnoredSort,
        Reason::Lang => Key::IgnoredLang,
        Reason::Theme => Key::IgnoredTheme,
        Reason::Embed => Key::IgnoredEmbed,
        Reason::Data => Key::IgnoredData,
        Reason::Repeated => Key::IgnoredRepeated,
        Reason::Range => Key::IgnoredRange,
        Reason::Kind => Key::IgnoredKind,
        Reason::GroupId => Key::IgnoredGroupId,
        Reason::UnknownActor => Key::UnknownActor,
        Reason::UnknownTopic => Key::UnknownTopic,
        Reason::UnknownStance(topic) => return t(lang, Key::UnknownStance, &[("topic", topic.as_str())]),
        Reason::UnknownGroup => Key::UnknownGroup,
        Reason::UnknownSort => Key::UnknownSort,
        Reason::ForeignData => Key::ForeignData,
        Reason::Stage => Key::IgnoredTreaty,
        Reason::UnknownArticle => Key::UnknownArticle,
        Reason::DataFailed => Key::DataFailed,
        Reason::LinkTooLong => {
            return t(lang, Key::IgnoredLinkTooLong, &[("max", &crate::url::MAX_QUERY.to_string())]);
        }
        Reason::More(n) => return t(lang, Key::MoreNotices, &[("n", &n.to_string())]),
        Reason::Color => Key::IgnoredColor,
    };
    tx(lang, key).to_owned()
}

/// A button that opens the reports behind a position. `context` names what it is about for
/// a screen reader ("Russia on Scope"), since "2 sources" alone says little out of its row.
pub fn reports_button(index: usize, text: String, context: Option<String>, open: &Callback<Subject>) -> Html {
    let open = open.clone();
    let label = context.map(|c| format!("{c}: {text}"));
    html! {
        <button type="button" class="st-linkish" aria-label={label} onclick={Callback::from(move |_| open.emit(Subject::Position(index)))}>
            { text }
        </button>
    }
}

/// The same button for a container that handles its clicks itself ([`on_position_click`]): a
/// table page creates no closure and registers no listener per cell.
pub fn position_button(index: usize, text: String, context: Option<String>) -> Html {
    let label = context.map(|c| format!("{c}: {text}"));
    html! {
        <button type="button" class="st-linkish" aria-label={label} data-position={index.to_string()}>
            { text }
        </button>
    }
}

/// One click handler for every [`position_button`] inside the element it is put on.
pub fn on_position_click(open: &Callback<Subject>) -> Callback<MouseEvent> {
    let open = open.clone();
    Callback::from(move |e: MouseEvent| {
        let target = e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
        let index = target
            .and_then(|t| t.closest("button[data-position]").ok().flatten())
            .and_then(|b| b.get_attribute("data-position"))
            .and_then(|i| i.parse().ok());
        if let Some(index) = index {
            open.emit(Subject::Position(index));
        }
    })
}

pub fn sources_label(n: usize, lang: Lang) -> String {
    t(lang, Key::SourcesCount, &[("n", &n.to_string())])
}

/// Lanes or positions listed before a "show more" button: enough for any real dataset, few
/// enough that a huge one renders without a long task.
pub const PAGE: usize = 50;

/// How many of a long list to show, `page` at first and a page more at each "show more", back
/// to one page whenever the view changes.
#[hook]
pub fn use_page(view: &ViewState, page: usize) -> (usize, Callback<()>) {
    // `_eq`: resetting to the page size it already has must not render the view a second time.
    let shown = use_state_eq(|| page);
    {
        let shown = shown.clone();
        use_effect_with((view.clone(), page), move |(_, page)| shown.set(*page));
    }
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + page))
    };
    (*shown, more)
}

/// The "show more" button under a list cut at `shown` of `total`, adding `page` at a time;
/// nothing when all show.
pub fn show_more(shown: usize, total: usize, page: usize, more: &Callback<()>, lang: Lang) -> Html {
    if shown >= total {
        return html! {};
    }
    let n = page.min(total - shown);
    let text = t(lang, Key::ShowMore, &[("n", &n.to_string()), ("rest", &(total - shown).to_string())]);
    html! { <button type="button" class="st-button st-secondary st-more" onclick={more.reform(|_| ())}>{ text }</button> }
}
