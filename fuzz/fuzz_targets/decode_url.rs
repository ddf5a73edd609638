//! Any query string decodes to a view whose canonical encoding decodes back to it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let (view, _) = stances::url::decode(&query);
    let canonical = stances::url::encode(&view);
    assert_eq!(stances::url::decode(&canonical).0, view);
});
