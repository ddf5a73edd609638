//! Language and theme: chosen here, or by `lang=` and `theme=`, else the browser's.

use crate::i18n::Key;
use crate::model::Lang;
use crate::query::{Action, Theme};
use crate::ui::parts::tx;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    /// The language shown (chosen or the browser's).
    pub lang: Lang,
    pub theme: Theme,
    pub dispatch: UseReducerDispatcher<crate::ui::Store>,
}

/// Each language named in itself, so a reader finds their own whatever is shown.
fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "العربية",
        Lang::Zh => "中文",
        Lang::En => "English",
        Lang::Fr => "Français",
        Lang::Ru => "Русский",
        Lang::Es => "Español",
    }
}

#[function_component(Settings)]
pub fn settings(props: &SettingsProps) -> Html {
    let lang = props.lang;
    let on_lang = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let chosen = Lang::parse(&select.value());
            let dispatch = dispatch.clone();
            // Switched once its words are here, so nothing is drawn half in English.
            wasm_bindgen_futures::spawn_local(async move {
                crate::ui::browser::fetch::ensure_lang(
                    chosen.or_else(crate::ui::browser::browser_lang).unwrap_or_default(),
                )
                .await;
                dispatch.dispatch(Action::SetLang(chosen));
            });
        })
    };
    let on_theme = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetTheme(Theme::parse(&select.value()).unwrap_or_default()));
        })
    };
    html! {
        <div class="st-settings" role="group" aria-label={tx(lang, Key::Settings)}>
            <label class="st-field st-inline">
                <span>{ tx(lang, Key::Language) }</span>
                <select onchange={on_lang}>
                    { for Lang::ALL.into_iter().map(|l| html! {
                        <option key={l.code()} value={l.code()} lang={l.code()} selected={l == lang}>
                            { native_name(l) }
                        </option>
                    }) }
                </select>
            </label>
            <label class="st-field st-inline">
                <span>{ tx(lang, Key::Theme) }</span>
                <select onchange={on_theme}>
                    { for [(Theme::Auto, Key::ThemeAuto), (Theme::Light, Key::ThemeLight), (Theme::Dark, Key::ThemeDark)].into_iter().map(|(t, k)| html! {
                        <option key={t.id()} value={t.id()} selected={props.theme == t}>{ tx(lang, k) }</option>
                    }) }
                </select>
            </label>
        </div>
    }
}
