//! The articles view: the adopted text article by article, grouped by topic, each with what it
//! settles, how its wording moved, the votes on it and the positions that argued about it
//! (`query::articles_view`). Picking articles and searching are the view's own controls.

mod card;

use crate::i18n::{t, Key};
use crate::query::{articles_view, Action};
use crate::ui::parts::{on_position_click, tx, ViewProps};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(ArticlesView)]
pub fn articles_view_component(props: &ViewProps) -> Html {
    let d = &props.dataset;
    let lang = props.lang;
    let v = &props.view;
    let model = articles_view(d, v, lang);
    let on_search = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetQuery(input.value()));
        })
    };
    // One handler for every position button in the view, not one closure per button.
    let on_click = on_position_click(&props.open);
    let all = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::AllArticles))
    };
    if d.articles.is_empty() {
        return html! {
            <section class="st-articles" aria-label={tx(lang, Key::ViewArticles)}>
                <p class="st-none">{ tx(lang, Key::NoArticles) }</p>
            </section>
        };
    }
    html! {
        <section class="st-articles" aria-label={tx(lang, Key::ViewArticles)}>
            <div class="st-filters">
                <label class="st-field">
                    <span>{ tx(lang, Key::SearchArticles) }</span>
                    <input type="search" value={v.q.clone()} oninput={on_search} />
                </label>
            </div>
            <div class="st-article-picker" role="group" aria-label={tx(lang, Key::ChooseArticles)}>
                <button type="button" aria-pressed={v.articles.is_empty().to_string()} onclick={all}>
                    { tx(lang, Key::AllArticles) }
                </button>
                { for d.articles.iter().map(|a| {
                    let dispatch = props.dispatch.clone();
                    let id = a.id.clone();
                    let pressed = v.articles.iter().any(|p| p.as_str().eq_ignore_ascii_case(a.id.as_str()));
                    html! {
                        <button type="button" key={a.id.to_string()} aria-pressed={pressed.to_string()}
                            title={a.heading.get(lang).to_owned()}
                            onclick={Callback::from(move |_| dispatch.dispatch(Action::ToggleArticle(id.clone())))}>
                            { card::number(&a.id, lang) }
                        </button>
                    }
                }) }
            </div>
            <p class="st-count" role="status">{ t(lang, Key::ArticlesShown, &[("n", &model.shown.to_string()), ("total", &model.total.to_string())]) }</p>
            if !model.unknown.is_empty() {
                <p class="st-note">{ t(lang, Key::ArticlesUnknown, &[("list", &model.unknown.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", "))]) }</p>
            }
            <div class="st-article-groups" onclick={on_click}>
                { for model.groups.iter().map(|g| html! {
                    <section key={g.topic.id.to_string()} class="st-article-group">
                        <h3>{ g.topic.label.get(lang) }</h3>
                        <ol class="st-article-list">
                            { for g.articles.iter().map(|c| html! {
                                <li key={c.article.id.to_string()}>{ card::article_card(d, c, lang, &props.open) }</li>
                            }) }
                        </ol>
                    </section>
                }) }
            </div>
        </section>
    }
}
