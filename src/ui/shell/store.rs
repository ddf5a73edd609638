//! The one reducer that owns the view state, with the dataset it is applied to.

use crate::model::Dataset;
use crate::query::{Action, ViewState};
use std::rc::Rc;
use yew::Reducible;

pub struct Store {
    pub dataset: Rc<Dataset>,
    pub view: ViewState,
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let view = self.view.apply(action, &self.dataset);
        if view == self.view {
            // The same Rc tells yew nothing changed, so nothing re-renders.
            return self;
        }
        Rc::new(Store { dataset: Rc::clone(&self.dataset), view })
    }
}
