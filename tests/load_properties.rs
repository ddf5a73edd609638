//! The loader on damaged input: truncations, byte flips and splices of a valid dataset always
//! end in a dataset or in located faults, never a panic.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stances::model::load;

const SMALL: &str = include_str!("fixtures/small.json");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn truncated_files_give_faults(cut in 0usize..SMALL.trim_end().len()) {
        let text = &SMALL[..SMALL.floor_char_boundary(cut)];
        let err = load(text).unwrap_err();
        prop_assert!(!err.faults.is_empty());
    }

    #[test]
    fn damaged_bytes_never_panic(edits in prop::collection::vec((0usize..SMALL.len(), any::<u8>()), 1..6)) {
        let mut bytes = SMALL.as_bytes().to_vec();
        for (at, b) in edits {
            bytes[at] = b;
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Err(e) = load(&text) {
            prop_assert!(e.faults.iter().all(|f| !f.path.is_empty() && !f.reason.is_empty()));
        }
    }

    #[test]
    fn spliced_values_never_panic(at in 0usize..SMALL.len(), junk in "[\\[\\]{}\":,0-9a-z\\\\ ]{0,20}") {
        let at = SMALL.floor_char_boundary(at);
        let text = format!("{}{junk}{}", &SMALL[..at], &SMALL[at..]);
        let _ = load(&text);
    }
}
