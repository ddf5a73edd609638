//! Placeholder until translated: every string falls back to English.

use super::Key;

pub fn text(_key: Key) -> Option<&'static str> {
    None
}
