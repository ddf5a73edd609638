use stances::model::{load, Lang, TopicId};
use stances::query::{table, Sort, ViewState};
use std::time::Instant;
fn main() {
    let text = std::fs::read_to_string("target/bench/stress.json").unwrap();
    let t = Instant::now();
    let d = load(&text).unwrap();
    println!("load {:?}", t.elapsed());
    let v = ViewState::default();
    let t = Instant::now(); let m = table(&d, &v, Lang::En); println!("table default {:?} rows {}", t.elapsed(), m.rows.len());
    let t = Instant::now(); let m = table(&d, &v, Lang::En); println!("table default again {:?} rows {}", t.elapsed(), m.rows.len());
    let v = ViewState { q: "State 3".into(), ..Default::default() };
    let t = Instant::now(); let m = table(&d, &v, Lang::En); println!("table q {:?} rows {}", t.elapsed(), m.rows.len());
    let v = ViewState { sort: Sort::Topic(d.topics[1].id.clone()), ..Default::default() };
    let t = Instant::now(); let m = table(&d, &v, Lang::En); println!("table sort {:?} rows {}", t.elapsed(), m.rows.len());
    let _ = TopicId::new("x");
}
