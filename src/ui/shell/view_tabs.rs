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
    // A tab pointed at or reached by keyboard is likely to be chosen: the module that draws it
    // starts downloading then, so choosing it waits less or not at all.
    let warm = Callback::from(|_: FocusEvent| crate::ui::shell::annex_host::preload());
    let warm_pointer = Callback::from(|_: PointerEvent| crate::ui::shell::annex_host::preload());
    html! {
        <nav class="st-tabs" aria-label={tx(props.lang, Key::Views)}>
            { for View::ALL.into_iter().map(|view| {
                let dispatch = props.dispatch.clone();
                let current = view == props.current;
                html! {
                    <button type="button" key={view.id()} class={classes!("st-tab", current.then_some("st-current"))}
                        aria-pressed={current.to_string()}
                        onfocus={view.on_demand().then(|| warm.clone())}
                        onpointerenter={view.on_demand().then(|| warm_pointer.clone())}
                        onclick={Callback::from(move |_| dispatch.dispatch(Action::SetView(view)))}>
                        { tx(props.lang, view_key(view)) }
                    </button>
                }
            }) }
        </nav>
    }
}
