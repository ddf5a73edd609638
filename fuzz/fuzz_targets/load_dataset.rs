//! The dataset parser and validator must return faults, never panic or hang, on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = stances::model::load(text) {
            assert!(!e.faults.is_empty());
        }
    }
});
