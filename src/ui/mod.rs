//! yew components (filled in next)
