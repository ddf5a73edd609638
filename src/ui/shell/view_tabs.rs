//! Switches between the four views; the selection stays as it is.

use crate::i18n::Key;
use crate::model::Lang;
use crate::query::{Action, View};
use crate::ui::parts::{tx, view_key};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub current: View,
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<crate::ui::Store>,
}

#[function_component(ViewTabs)]
pub fn view_tabs(props: &ViewTabsProps) -> Html {
    html! {
        <nav class="st-tabs" aria-label={tx(props.lang, Key::Views)}>
            { for View::ALL.into_iter().map(|view| {
                let dispatch = props.dispatch.clone();
                let current = view == props.current;
                html! {
                    <button type="button" key={view.id()} class={classes!("st-tab", current.then_some("st-current"))}
                        aria-pressed={current.to_string()}
                        onclick={Callback::from(move |_| dispatch.dispatch(Action::SetView(view)))}>
                        { tx(props.lang, view_key(view)) }
                    </button>
                }
            }) }
        </nav>
    }
}
