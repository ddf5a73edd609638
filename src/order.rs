//! One sort for the whole crate.
//!
//! Each `sort_by` with a closure of its own is a separate copy of the standard library's sort
//! in the WebAssembly, about 3.6 KB apiece: ten of them were a fifteenth of the binary. These
//! sort positions (indices) through a comparator behind `dyn`, so the library's stable sort is
//! compiled once, and then move the items into that order.

use std::cmp::Ordering;

/// The stable order of `0..n` under `cmp`; the only place the library's sort is instantiated.
fn stable_order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

fn rearrange<T>(items: &mut Vec<T>, order: Vec<usize>) {
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Like `slice::sort_by`: stable, equal items keep their order.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    rearrange(items, order);
}

/// Like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Like `slice::sort_by_cached_key`: each key is computed once (a lowercased name, say).
pub fn sort_by_cached_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = stable_order(items.len(), &|a, b| keys[a].cmp(&keys[b]));
    rearrange(items, order);
}

/// Sorted, without duplicates.
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
    items.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        let words = ["pear", "Fig", "apple", "fig", "Apple", "kiwi", "date", "PEAR", "plum", "fig"];
        for n in 0..=words.len() {
            let mut ours: Vec<&str> = words[..n].to_vec();
            let mut theirs = ours.clone();
            sort_by_key(&mut ours, |w| w.to_lowercase());
            theirs.sort_by_key(|w| w.to_lowercase());
            assert_eq!(ours, theirs);
            let mut cached: Vec<&str> = words[..n].to_vec();
            sort_by_cached_key(&mut cached, |w| w.len());
            let mut expected: Vec<&str> = words[..n].to_vec();
            expected.sort_by_key(|w| w.len());
            assert_eq!(cached, expected);
            let mut reversed: Vec<&str> = words[..n].to_vec();
            sort_by(&mut reversed, |a, b| b.cmp(a));
            let mut expected: Vec<&str> = words[..n].to_vec();
            expected.sort_by(|a, b| b.cmp(a));
            assert_eq!(reversed, expected);
        }
    }

    #[test]
    fn sort_dedup_leaves_each_value_once_in_order() {
        let mut v = vec![3, 1, 3, 2, 1, 9, 0];
        sort_dedup(&mut v);
        assert_eq!(v, [0, 1, 2, 3, 9]);
        let mut empty: Vec<u8> = Vec::new();
        sort_dedup(&mut empty);
        assert!(empty.is_empty());
    }
}
