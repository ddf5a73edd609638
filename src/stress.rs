//! A stress dataset for the benchmark: 193 states, 10 blocs, 20 organisations, 12 topics with
//! two sub-questions each, 15 sessions, and a position per actor, topic and session (about
//! 53,000 positions). Deterministic, so every run measures the same data.

use serde_json::{json, Value};

const STATES: usize = 193;
const BLOCS: usize = 10;
const ORGANISATIONS: usize = 20;
const TOPICS: usize = 12;
const EVENTS: usize = 15;
/// Topics whose sub-questions also get a position per actor and session.
const TOPICS_WITH_SUBQUESTION_POSITIONS: usize = 2;
const REGIONS: [&str; 5] =
    ["African", "Asia-Pacific", "Eastern European", "Latin American and Caribbean", "Western European and Others"];

/// A small linear congruential generator: enough to spread stances, and the same every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

pub fn stress_dataset() -> Value {
    let mut rng = Lcg(2024);
    let states = (1..=STATES).map(|i| {
        json!({"id": format!("S{i:03}"), "name": format!("State {i}"), "kind": "state", "region": REGIONS[i % REGIONS.len()]})
    });
    let blocs = (1..=BLOCS).map(|b| {
        let members: Vec<String> = (1..=STATES).filter(|i| i % BLOCS == b - 1).map(|i| format!("S{i:03}")).collect();
        json!({"id": format!("B{b:02}"), "name": format!("Bloc {b}"), "kind": "bloc", "members": members})
    });
    let organisations = (1..=ORGANISATIONS)
        .map(|o| json!({"id": format!("O{o:02}"), "name": format!("Organisation {o}"), "kind": "organisation"}));
    let actors: Vec<Value> = states.chain(blocs).chain(organisations).collect();

    let topics: Vec<Value> = (1..=TOPICS)
        .map(|t| {
            json!({
                "id": format!("t{t:02}"), "label": format!("Topic {t}"), "question": format!("What about topic {t}?"),
                "subquestions": [
                    {"id": "q1", "label": "First part", "question": "And its first part?"},
                    {"id": "q2", "label": "Second part", "question": "And its second part?"}
                ],
                "scale": [
                    {"id": "s0", "label": "Low", "description": "The low end.", "symbol": "◔"},
                    {"id": "s1", "label": "Middle", "description": "In between.", "symbol": "◑"},
                    {"id": "s2", "label": "High", "description": "The high end.", "symbol": "●"}
                ]
            })
        })
        .collect();
    let sources: Vec<Value> = (1..=EVENTS)
        .map(|e| {
            json!({"id": format!("src{e:02}"), "kind": "news", "publisher": "Stress Wire", "title": format!("Report on session {e}"),
                   "date": format!("{}-{:02}-15", 2020 + (e - 1) / 12, (e - 1) % 12 + 1), "url": format!("https://example.org/{e}")})
        })
        .collect();
    let events: Vec<Value> = (1..=EVENTS)
        .map(|e| {
            json!({"id": format!("e{e:02}"), "date": format!("{}-{:02}-10", 2020 + (e - 1) / 12, (e - 1) % 12 + 1),
                   "kind": "session", "title": format!("Session {e}"), "description": "A session.", "sources": [format!("src{e:02}")]})
        })
        .collect();

    let mut positions = Vec::new();
    for actor in &actors {
        let id = actor["id"].as_str().unwrap_or_default();
        for t in 1..=TOPICS {
            let subquestions: &[Option<&str>] =
                if t <= TOPICS_WITH_SUBQUESTION_POSITIONS { &[None, Some("q1"), Some("q2")] } else { &[None] };
            for sq in subquestions {
                for e in 1..=EVENTS {
                    let mut p = json!({
                        "actor": id, "topic": format!("t{t:02}"), "stance": format!("s{}", rng.next(3)),
                        "event": format!("e{e:02}"), "summary": format!("Stated at session {e}."),
                        "sources": [format!("src{e:02}")], "certainty": "reported"
                    });
                    if let Some(sq) = sq {
                        p["subquestion"] = json!(sq);
                    }
                    positions.push(p);
                }
            }
        }
    }
    json!({
        "schema": "stances/1",
        "negotiation": {"id": "stress", "name": "Stress test negotiation", "short_name": "Stress test",
                        "description": "A generated dataset for the benchmark.", "body": "Benchmark", "start_date": "2020-01"},
        "topics": topics, "actors": actors, "sources": sources, "events": events, "positions": positions
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_stress_dataset_is_valid_and_the_promised_size() {
        let text = super::stress_dataset().to_string();
        let d = crate::model::load(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.actors.len(), 223);
        assert_eq!(d.topics.len(), 12);
        assert_eq!(d.events.len(), 15);
        // 223 actors x (12 topics + 2 x 2 sub-questions) x 15 sessions.
        assert_eq!(d.positions.len(), 223 * 16 * 15);
        assert!(text.len() < crate::model::MAX_BYTES, "{} bytes", text.len());
    }
}
