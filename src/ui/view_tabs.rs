//! Switches between the four views; the selection stays as it is.

use crate::query::{Action, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub current: View,
    pub dispatch: UseReducerDispatcher<super::Store>,
}

fn label(view: View) -> &'static str {
    match view {
        View::Table => "Table",
        View::Compare => "Compare",
        View::Timeline => "Timeline",
        View::Sources => "Sources",
    }
}

#[function_component(ViewTabs)]
pub fn view_tabs(props: &ViewTabsProps) -> Html {
    html! {
        <nav class="st-tabs" aria-label="Views">
            { for View::ALL.into_iter().map(|view| {
                let dispatch = props.dispatch.clone();
                let current = view == props.current;
                html! {
                    <button type="button" key={view.id()} class={classes!("st-tab", current.then_some("st-current"))}
                        aria-pressed={current.to_string()}
                        onclick={Callback::from(move |_| dispatch.dispatch(Action::SetView(view)))}>
                        { label(view) }
                    </button>
                }
            }) }
        </nav>
    }
}
