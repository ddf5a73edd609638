//! The default view as static HTML, written into `index.html` at build time, so that a reader
//! sees the table before the WebAssembly has loaded; the widget replaces it when it starts. It
//! uses the widget's own query and words, and its class names, so nothing shifts.

use crate::i18n::{kind_key, list, stage_symbol, standing_words, t, text, Key};
use crate::model::{Dataset, Lang, PartialDate};
use crate::query::{rows_per_page, status_date, strips, subquestion_stances, table, Cell, Standing, ViewState};
use crate::url::embed::escape_html as esc;

/// How many of the first page's rows are written into the page: the first view on a screen
/// 1,200 pixels tall (a phone shows the stance strips above them).
pub const PRERENDERED_ROWS: usize = 12;

/// The default table view, in English, as the widget first renders it.
pub fn default_view_html(d: &Dataset) -> String {
    let lang = Lang::En;
    let model = table(d, &ViewState::default(), lang);
    let negotiation = d.negotiation.short_name.get(lang);
    let topics: Vec<&str> = model.topics.iter().map(|t| t.label.get(lang)).collect();
    let caption = t(lang, Key::CaptionLatest, &[("negotiation", negotiation), ("topics", &list(lang, &topics))]);
    let count =
        t(lang, Key::ActorsShown, &[("n", &model.rows.len().to_string()), ("total", &model.total_actors.to_string())]);
    let mut html = format!(
        "<div class=\"st-widget st-theme-auto st-prerendered\" lang=\"en\" dir=\"ltr\">\
         <header class=\"st-header\"><h2 class=\"st-title\">{}</h2><p class=\"st-lede\">{}</p></header>\
         <section class=\"st-table-view\">{}<p class=\"st-count\">{}</p><div class=\"st-scroll\"><table class=\"st-table\">\
         <caption>{}</caption><thead><tr><th scope=\"col\">{}</th>",
        esc(negotiation),
        esc(d.negotiation.description.get(lang)),
        strips_html(d),
        esc(&count),
        esc(&caption),
        esc(text(lang, Key::ActorColumn))
    );
    for topic in &model.topics {
        html += &format!(
            "<th scope=\"col\"><span class=\"st-topic\">{}</span><span class=\"st-question\">{}</span></th>",
            esc(topic.label.get(lang)),
            esc(topic.question.get(lang))
        );
    }
    if model.treaty {
        html +=
            &format!("<th scope=\"col\"><span class=\"st-topic\">{}</span></th>", esc(text(lang, Key::TreatyStatus)));
    }
    html += "</tr></thead><tbody>";
    // The first rows of the widget's first page, as many as a tall screen shows: the first
    // paint lays out every row it is given, and the widget replaces them all when it starts.
    for row in model.rows.iter().take(rows_per_page(model.topics.len()).min(PRERENDERED_ROWS)) {
        html += &format!(
            "<tr><th scope=\"row\"><span class=\"st-actor\">{}</span><span class=\"st-kind\">{}</span></th>",
            esc(row.actor.name.get(lang)),
            esc(text(lang, kind_key(row.actor.kind)))
        );
        for (cell, topic) in row.cells.iter().zip(&model.topics) {
            html += &match cell {
                Cell::NoPosition => {
                    let parts = subquestion_stances(d, &row.actor.id, topic, None);
                    if parts.is_empty() {
                        format!("<td class=\"st-cell st-none\">{}</td>", esc(text(lang, Key::NoPosition)))
                    } else {
                        let items: String = parts
                            .iter()
                            .map(|(q, h)| {
                                format!(
                                    "<li><span class=\"st-part-question\">{}: </span><span class=\"st-stance st-rank-{}-of-{}\">\
                                     <span class=\"st-symbol\" aria-hidden=\"true\">{}</span><span class=\"st-label\">{}</span></span>\
                                     <span class=\"st-date\">{}</span></li>",
                                    esc(q.label.get(lang)),
                                    h.rank,
                                    topic.scale.len(),
                                    esc(&h.stance.symbol),
                                    esc(h.stance.label.get(lang)),
                                    esc(&h.date.display_en())
                                )
                            })
                            .collect();
                        format!(
                            "<td class=\"st-cell st-parts\"><span class=\"st-none-overall\">{}</span><ul class=\"st-part-list\">{items}</ul></td>",
                            esc(text(lang, Key::NoOverall))
                        )
                    }
                }
                Cell::Held(h) => format!(
                    "<td class=\"st-cell\"><span class=\"st-stance st-rank-{}-of-{}\"><span class=\"st-symbol\" aria-hidden=\"true\">{}</span>\
                     <span class=\"st-label\">{}</span></span><span class=\"st-date\">{}</span></td>",
                    h.rank,
                    topic.scale.len(),
                    esc(&h.stance.symbol),
                    esc(h.stance.label.get(lang)),
                    esc(&h.date.display_en())
                ),
            };
        }
        if model.treaty {
            html += &treaty_cell(row.standing.as_ref(), status_date(d));
        }
        html += "</tr>";
    }
    html += "</tbody></table></div></section></div>";
    html
}

/// The treaty column's cell as the widget draws it.
fn treaty_cell(s: Option<&Standing>, status: Option<PartialDate>) -> String {
    let Some(s) = s else { return "<td class=\"st-cell st-treaty\"></td>".to_owned() };
    let (key, date) = standing_words(s, status);
    let on = |key, date: PartialDate| esc(&t(Lang::En, key, &[("date", &date.display_en())]));
    let domestic = s
        .domestic
        .map(|d| format!("<span class=\"st-domestic\">{}</span>", on(Key::TreatyDomestic, d)))
        .unwrap_or_default();
    format!(
        "<td class=\"st-cell st-treaty st-stage-{}\"><span class=\"st-symbol\" aria-hidden=\"true\">{}</span>\
         <span class=\"st-label\">{}</span>{domestic}</td>",
        s.stage.code(),
        stage_symbol(s.stage),
        date.map_or_else(|| esc(text(Lang::En, key)), |d| on(key, d))
    )
}

/// The stance strips as the widget draws them; their choices are plain text until it starts.
fn strips_html(d: &Dataset) -> String {
    let lang = Lang::En;
    let mut html =
        format!("<div class=\"st-strips\" role=\"group\" aria-label=\"{}\">", esc(text(lang, Key::StripsLabel)));
    for strip in strips(d, &ViewState::default(), lang) {
        let n = strip.topic.scale.len();
        let class = |rank: usize| if rank < n { format!("st-rank-{rank}-of-{n}") } else { "st-none".to_owned() };
        let name = |s: &crate::query::StripSegment| {
            s.stance.map_or(text(lang, Key::NoPosition), |st| st.label.get(lang)).to_owned()
        };
        let symbol = |s: &crate::query::StripSegment| s.stance.map_or("–".to_owned(), |st| st.symbol.clone());
        html += &format!("<div class=\"st-strip\"><span class=\"st-strip-topic\">{}</span><div class=\"st-strip-bar\" aria-hidden=\"true\">", esc(strip.topic.label.get(lang)));
        for (s, (l, w)) in strip.segments.iter().zip(strip.extents()) {
            html += &format!(
                "<span class=\"st-strip-seg st-l-{l} st-w-{w} {}\" title=\"{}: {}\">{}</span>",
                class(s.rank),
                esc(&name(s)),
                s.count,
                esc(&symbol(s))
            );
        }
        html += "</div><ul class=\"st-strip-legend\">";
        for s in &strip.segments {
            html += &format!(
                "<li><span class=\"st-strip-choice\"><span class=\"st-swatch {}\" aria-hidden=\"true\">{}</span><span class=\"st-strip-label\">{}</span> <strong>{}</strong></span></li>",
                class(s.rank),
                esc(&symbol(s)),
                esc(&name(s)),
                s.count
            );
        }
        html += "</ul></div>";
    }
    html + "</div>"
}

/// Puts the pre-rendered view inside `<div id="stances" …>` of a built page, in place of what
/// the page held there; `None` when the page has no such element.
pub fn insert_into_page(page: &str, view: &str) -> Option<String> {
    let open = page.find("id=\"stances\"")?;
    let start = open + page[open..].find('>')? + 1;
    let end = start + page[start..].find("</div>\n  </main>")?;
    Some(format!("{}{view}{}", &page[..start], &page[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_table_is_prerendered_with_the_widgets_words_and_escapes_data() {
        let d = crate::model::load(include_str!("../tests/fixtures/small.json")).unwrap();
        let html = default_view_html(&d);
        assert!(html.contains("<caption>Demo: positions on Scope and Title, latest reported</caption>"), "{html}");
        assert_eq!(html.matches("<tr><th scope=\"row\">").count(), 4);
        // The stance strips lead: scope is broad 2, no position 2, drawn as two halves.
        assert!(html.find("st-strips") < html.find("<table"));
        assert!(html.contains("st-strip-seg st-l-0 st-w-50 st-rank-1-of-2"), "{html}");
        assert!(html.contains("No public position found</span> <strong>2</strong>"));
        assert!(html.contains("<span class=\"st-label\">Broad</span></span><span class=\"st-date\">June 2022</span>"));
        let hostile = crate::model::load(include_str!("../tests/bad-data/html-everywhere.json")).unwrap();
        let html = default_view_html(&hostile);
        assert!(!html.contains("<img") && !html.contains("<script"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"));
    }

    #[test]
    fn only_the_first_view_of_a_long_table_is_prerendered() {
        let d = crate::model::load(include_str!("../www/data/un-cybercrime-convention.json")).unwrap();
        assert!(d.actors.len() > PRERENDERED_ROWS);
        assert_eq!(default_view_html(&d).matches("<tr><th scope=\"row\">").count(), PRERENDERED_ROWS);
    }

    #[test]
    fn the_view_goes_inside_the_mount_point() {
        let page = "<main><div id=\"stances\" class=\"stances\">\n<p>Loading</p>\n    </div>\n  </main>";
        assert_eq!(
            insert_into_page(page, "<b>T</b>").unwrap(),
            "<main><div id=\"stances\" class=\"stances\"><b>T</b></div>\n  </main>"
        );
        assert_eq!(insert_into_page("<p>no mount</p>", "x"), None);
    }
}
