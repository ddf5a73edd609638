//! The dataset authors' tools (`stances-data`): CSV export and import round-trip the datasets we
//! ship, CSV problems point at file, row and column, `check` prints faults by JSON path, `stats`
//! counts what a reader can count by hand, and the committed JSON Schema is the generated one.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use stances::model::{load, Dataset};
use stances::tabular::{export, import, schema, stats, Files, Problem};
use std::path::{Path, PathBuf};
use std::process::Command;

const BUNDLED: &str = "www/data/un-cybercrime-convention.json";
const SMALL: &str = "tests/fixtures/small.json";

fn dataset(path: &str) -> Dataset {
    let text = std::fs::read_to_string(path).unwrap();
    load(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn in_memory(files: Vec<(String, String)>) -> Files {
    files.into_iter().map(|(name, text)| (name, text.into_bytes())).collect()
}

fn fixture_dir(name: &str) -> Files {
    let mut files = Files::new();
    for entry in std::fs::read_dir(Path::new("tests/fixtures/csv").join(name)).unwrap() {
        let entry = entry.unwrap();
        files.insert(entry.file_name().to_string_lossy().into_owned(), std::fs::read(entry.path()).unwrap());
    }
    files
}

fn problems(files: &Files) -> Vec<String> {
    match import(files) {
        Ok(_) => vec!["ok".to_owned()],
        Err(e) => e.problems.iter().map(Problem::to_string).collect(),
    }
}

fn round_trip(original: &Dataset) -> Dataset {
    let files = export(original).unwrap_or_else(|e| panic!("{e}"));
    import(&in_memory(files)).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_bundled_dataset_round_trips_through_csv() {
    let original = dataset(BUNDLED);
    assert_eq!(round_trip(&original), original);
}

#[test]
fn the_small_fixture_round_trips_through_csv() {
    let original = dataset(SMALL);
    assert_eq!(round_trip(&original), original);
}

/// What the bundled data does not exercise: a translation map with English alone, free-text
/// items holding `;` and `\`, line breaks and quotes in cells, an empty list of articles,
/// members and affiliations, a colon in an inference's basis.
#[test]
fn awkward_values_round_trip_through_csv() {
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(SMALL).unwrap()).unwrap();
    v["actors"][0]["name"] = json!({"en": "Aland"});
    v["actors"][2]["name"] = json!({"en": "Cedonia", "de": "Zedonien", "zh-Hans": "塞多尼亚"});
    v["actors"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "BLOC", "name": "The bloc", "kind": "bloc", "members": ["AAA", "BBB"]}));
    v["actors"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "ann", "name": "Ann", "kind": "person", "affiliation": "NGO"}));
    v["outcomes"][0]["articles"] = json!(["Arts. 7;8", r"a\b", r"c\;", "=SUM(A1)"]);
    v["outcomes"]
        .as_array_mut()
        .unwrap()
        .push(json!({"topic": "title", "articles": [], "summary": "None.", "sources": ["s1"]}));
    v["positions"][0]["summary"] = json!("Two lines,\nwith \"quotes\"; and a semicolon.");
    v["positions"][2]["certainty"] = json!({"inferred": "from the vote: 79 to 60"});
    v["events"][0]["description"] = json!({"en": "Opened", "fr": "Ouverte", "ar": "افتتحت"});
    v["events"][1]["tally"] = json!({"yes": 2, "no": 0, "abstain": 1});
    v["events"][1]["votes"] = json!({"yes": ["AAA", "BBB"], "no": [], "abstain": ["CCC"], "absent": ["NGO"]});
    v["sources"][0]["class"] = json!("press");
    v["sources"][1]["class"] = json!("civil-society");
    v["sources"][1]["mirror"] = json!("https://copy.example/talks");
    v["actions"] = json!([
        {"actor": "AAA", "kind": "signature", "date": "2025-10-25", "sources": ["s1"]},
        {"actor": "AAA", "kind": "domestic-approval", "date": "2026-02", "sources": ["s1", "s2"], "note": "Parliament; no deposit yet"}
    ]);
    v["treaty_status"] = json!({"as_of": "2026-11-20", "sources": ["s2"]});
    let original = load(&v.to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(round_trip(&original), original);
}

/// The committed CSVs of the small fixture are what `export` writes, and read back as the
/// fixture: the documented layout does not change by accident.
#[test]
fn the_small_fixture_exports_to_the_committed_csv_files() {
    let exported = export(&dataset(SMALL)).unwrap();
    let committed = fixture_dir("small");
    assert_eq!(exported.len(), committed.len());
    for (name, text) in &exported {
        let on_disk = committed.get(name).map(|b| String::from_utf8_lossy(b).into_owned());
        assert_eq!(on_disk.as_deref(), Some(text.as_str()), "{name}");
    }
    assert_eq!(import(&committed).unwrap(), dataset(SMALL));
}

#[test]
fn csv_problems_name_file_row_and_column() {
    // Row 2 of positions.csv holds a line break, so row 3 starts on line 4: rows are counted
    // as a spreadsheet shows them. The note column `# checked by` is ignored.
    assert_eq!(
        problems(&fixture_dir("bad-row")),
        [
            "actors.csv row 4, column kind: is empty; this column is required",
            "positions.csv row 3, column certainty: expected `reported`, or `inferred: ` followed by what it was \
             deduced from, found \"probably\"",
            "positions.csv row 4, column certainty: the basis is empty; expected `reported`, or `inferred: ` \
             followed by what it was deduced from",
        ]
    );
}

#[test]
fn validation_faults_are_traced_back_to_their_cells() {
    assert_eq!(
        problems(&fixture_dir("invalid")),
        [
            "dataset.json [topics[1].scale[0].label]: is empty",
            "actors.csv row 3, column name [actors[1].name]: has translations but no \"en\" entry to fall back on",
            "sources.csv row 2, column url [sources[0].url]: \"ftp://example.org/1\" is not an http(s) URL",
            "positions.csv row 2, column stance [positions[0].stance]: \"huge\" is not on the scale of topic \
             \"scope\" (narrow, broad)",
            "positions.csv row 3, column sources (item 2) [positions[1].sources[1]]: \"s9\" is not a source in \
             this dataset",
            "positions.csv row 3, column quote_source [positions[1].quote.source]: \"s2\" is not among the \
             position's sources",
        ]
    );
}

/// The small fixture's files with one replaced, added or removed.
fn small_with(name: &str, text: Option<&str>) -> Files {
    let mut files = fixture_dir("small");
    match text {
        Some(t) => files.insert(name.to_owned(), t.as_bytes().to_vec()),
        None => files.remove(name),
    };
    files
}

#[test]
fn file_and_header_problems_are_reported_together() {
    let mut files = small_with("actors.csv", Some("id,nmae,kind\nAAA,Aland,state\n"));
    files.insert("position.csv".into(), b"actor\n".to_vec());
    files.insert("sources.csv".into(), b"id,kind,title,date\ns1,news,\xe9t\xe9,2021\n".to_vec());
    files.remove("positions.csv");
    assert_eq!(
        problems(&files),
        [
            "position.csv: unknown file; the CSV files are actors.csv, sources.csv, events.csv, positions.csv, \
             outcomes.csv, actions.csv, articles.csv, article_history.csv",
            "actors.csv row 1, column nmae: unknown column; expected id, name, kind, region, members, affiliation \
             (translations in columns such as name_fr; notes in columns starting with #)",
            "actors.csv row 1, column name: missing from the header; this column is required",
            "sources.csv: is not UTF-8 text (line 2); save it as \"CSV UTF-8\" or UTF-8 JSON",
            "positions.csv: missing; this file is required",
        ]
    );
}

#[test]
fn cells_are_read_as_a_spreadsheet_writes_them() {
    // A byte-order mark, CRLF line ends, blank rows, a trailing empty header, surrounding spaces
    // on ids and kinds, and `reported` in capitals all read as meant.
    let actors = "\u{feff}id,name,kind,region,\r\n AAA ,Aland, state ,Western European and Others,\r\n,,,,\r\n\
                  BBB,Bodia,state,African,\r\nCCC,Cedonia,state,,\r\nNGO,Watchers,organisation,,\r\n";
    let imported = import(&small_with("actors.csv", Some(actors))).unwrap_or_else(|e| panic!("{e}"));
    let mut expected = dataset(SMALL);
    expected.actors[1].name = "Bodia".into();
    assert_eq!(imported, expected);

    let positions =
        String::from_utf8(fixture_dir("small")["positions.csv"].clone()).unwrap().replace(",reported", ",REPORTED");
    assert_eq!(import(&small_with("positions.csv", Some(&positions))).unwrap(), dataset(SMALL));
}

#[test]
fn a_quote_needs_all_its_cells_and_english_has_one_column() {
    let positions = "actor,topic,stance,date,summary,quote_text,sources,certainty\n\
                     AAA,scope,narrow,2021,Few.,a long name,s1,reported\n";
    let actors = "id,name,name_en,name_fr,kind\nAAA,Aland,Aland,Alande,state\n";
    let mut files = small_with("positions.csv", Some(positions));
    files.insert("actors.csv".into(), actors.as_bytes().to_vec());
    assert_eq!(
        problems(&files),
        [
            "actors.csv row 2, column name_en: give the English in name or in name_en, not both",
            "positions.csv row 2, column quote_speaker: is empty, but the row has a quote: fill in quote_text, \
             quote_speaker, quote_source",
            "positions.csv row 2, column quote_source: is empty, but the row has a quote: fill in quote_text, \
             quote_speaker, quote_source",
        ]
    );
}

#[test]
fn the_skeleton_holds_only_the_negotiation_and_the_topics() {
    let text = r#"{"negotiation": {}, "topics": [], "actors": [], "colour": 1}"#;
    assert_eq!(
        problems(&small_with("dataset.json", Some(text))),
        [
            "dataset.json [actors]: \"actors\" belongs in actors.csv, not here",
            "dataset.json [colour]: unknown field \"colour\"; expected schema, negotiation, topics, treaty_status",
        ]
    );
    assert_eq!(
        problems(&small_with("dataset.json", None)),
        ["dataset.json: missing; it holds the negotiation and the topics (`stances-data export` writes one to start \
          from)"]
    );
}

#[test]
fn stats_of_the_small_fixture_match_a_count_by_hand() {
    let s = stats(&dataset(SMALL));
    let ids = |c: &stances::tabular::stats::TopicCoverage| {
        (
            c.with.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
            c.without.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
        )
    };
    // scope: AAA and BBB speak to the whole topic; CCC only to the `content` sub-question.
    assert_eq!(ids(&s.topics[0]), (vec!["AAA".into(), "BBB".into()], vec!["CCC".into(), "NGO".into()]));
    assert_eq!(ids(&s.topics[1]), (vec!["BBB".into(), "NGO".into()], vec!["AAA".into(), "CCC".into()]));
    let counts = |i: usize| {
        s.topics[i].questions.iter().map(|(q, n)| (q.as_ref().map(|q| q.to_string()), *n)).collect::<Vec<_>>()
    };
    assert_eq!(counts(0), [(None, 3), (Some("content".into()), 1)]);
    assert_eq!(counts(1), [(None, 2)]);
    let spread = s.sources_per_position.clone().unwrap();
    assert_eq!((spread.min, spread.median, spread.max, spread.single), (1, 1.0, 1, 6));
    assert_eq!((s.reported, s.inferred), (5, 1));
    assert_eq!(s.events_per_year.into_iter().collect::<Vec<_>>(), [(2021, 1), (2022, 1)]);
    // The first position is dated by its event e1 (2021-03-01).
    assert_eq!(s.positions_per_year.into_iter().collect::<Vec<_>>(), [(2021, 4), (2022, 2)]);
}

#[test]
fn stats_count_the_evidence_by_hand() {
    use stances::model::{ActionKind, SourceClass};
    let mut v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(SMALL).unwrap()).unwrap();
    v["sources"][0]["class"] = json!("primary");
    v["actions"] = json!([
        {"actor": "AAA", "kind": "signature", "date": "2025-10-25", "sources": ["s1"]},
        {"actor": "BBB", "kind": "signature", "date": "2025-10-25", "sources": ["s1"]},
        {"actor": "AAA", "kind": "ratification", "date": "2026-01", "sources": ["s1"]}
    ]);
    v["events"][0]["tally"] = json!({"yes": 1, "no": 0, "abstain": 0});
    let s = stats(&load(&v.to_string()).unwrap());
    let e = &s.evidence;
    // AAA, BBB and CCC are states; NGO is an organisation.
    assert_eq!((e.states, e.states_with_stance), (3, 3));
    assert_eq!(e.states_per_topic.iter().map(|(_, n)| *n).collect::<Vec<_>>(), [3, 1]);
    assert_eq!(e.actions[0], (ActionKind::Signature, 2));
    assert_eq!(e.actions[1], (ActionKind::Ratification, 1));
    assert_eq!(e.sources_by_class[0], (SourceClass::Primary, 1));
    assert_eq!(e.unclassed, 1);
    assert_eq!((e.weak_only, e.votes, e.votes_per_state), (0, 1, 0));
    let text = stances::tabular::stats::render(&s);
    assert!(text.contains("States with a stance: 3 of 3 states on any topic"), "{text}");
    assert!(text.contains("Positions resting on weak sources alone: 0; inferred: 1 of 6 (16.7%)"), "{text}");
}

#[test]
fn stats_render_as_aligned_tables() {
    let text = stances::tabular::stats::render(&stats(&dataset(SMALL)));
    assert_eq!(
        text,
        "\
demo: 4 actors, 6 positions, 2 sources, 2 events

Actors with a position on the topic as a whole
topic  with  without  actors without
scope     2        2  CCC, NGO
title     2        2  AAA, CCC

Positions per question
topic  question            positions
scope  (topic as a whole)          3
scope  content                     1
title  (topic as a whole)          2

Sources per position
min  median  max  with one source
  1       1    1                6

Positions by certainty
certainty  positions
reported           5
inferred           1

States with a stance: 3 of 3 states on any topic
topic  states with a stance
scope                     3
title                     1

Treaty actions by kind
kind               actions
signature                0
ratification             0
acceptance               0
approval                 0
accession                0
domestic-approval        0
Recorded votes: 0 with a tally, 0 with the per-state record

Sources by class
class          sources
primary              0
press                0
civil-society        0
research             0
weak                 0
(no class)           2
Positions resting on weak sources alone: 0; inferred: 1 of 6 (16.7%)

Per year
year  events  positions
2021       1          4
2022       1          2
"
    );
}

fn run(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_stances-data")).args(args).output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (output.status.code().unwrap_or(-1), text(output.stdout), text(output.stderr))
}

#[test]
fn check_prints_each_fault_by_json_path_and_fails() {
    let (status, out, _) = run(&["check", "tests/fixtures/broken.json"]);
    assert_eq!(status, 1);
    assert_eq!(
        out,
        "sources[0].url: \"javascript:alert(1)\" is not an http(s) URL\n\
         positions[0].stance: \"huge\" is not on the scale of topic \"scope\" (narrow, broad)\n\
         positions[1].sources: is empty; name at least one source\n"
    );
    // The bundled dataset grows; the fixture's counts are fixed.
    let (status, out, _) = run(&["check", "tests/fixtures/small.json"]);
    assert_eq!((status, out.as_str()), (0, "ok: 4 actors, 6 positions, 2 sources, 2 events\n"));
    let (status, _, _) = run(&["check", BUNDLED]);
    assert_eq!(status, 0);
    let (status, _, err) = run(&["check", "tests/fixtures/no-such-file.json"]);
    assert_eq!(status, 2, "{err}");
    // The widget and the tool name a file's encoding the same way.
    let (status, out, _) = run(&["check", "tests/bad-data/utf16.json"]);
    assert_eq!((status, out.as_str()), (1, "$: the file is UTF-16 text; save it as UTF-8\n"));
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("tabular-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn the_command_line_exports_and_imports_through_a_directory() {
    let dir = scratch("cli");
    let out = dir.join("out.json");
    let (status, _, err) = run(&["export", BUNDLED, dir.to_str().unwrap()]);
    assert_eq!(status, 0, "{err}");
    let (status, _, err) = run(&["import", dir.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(status, 0, "{err}");
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(load(&written).unwrap(), dataset(BUNDLED));
    // The bundled file's layout: one space per level, non-ASCII as is.
    assert!(written.starts_with("{\n \"schema\": \"stances/1\",\n \"negotiation\": {\n  \"id\""), "{written}");
    assert!(written.contains("Конвенция") && !written.contains("\\u"));
    let _ = std::fs::remove_dir_all(&dir);

    let (status, _, err) = run(&["import", "tests/fixtures/csv/bad-row"]);
    assert_eq!(status, 1);
    assert!(err.starts_with("actors.csv row 4, column kind: "), "{err}");
    let (status, _, err) = run(&["frobnicate"]);
    assert_eq!(status, 2);
    assert!(err.contains("usage: stances-data"), "{err}");
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let committed = std::fs::read_to_string(schema::PATH).unwrap_or_default();
    let generated = schema::to_json().unwrap();
    if committed != generated {
        let line = committed.lines().zip(generated.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
        panic!(
            "{} is out of date (first difference near line {line}); regenerate it with\n  \
             cargo run --bin stances-data -- schema -o {}",
            schema::PATH,
            schema::PATH
        );
    }
}

#[test]
fn the_schema_describes_the_hand_written_types() {
    let s: Value = serde_json::to_value(schema::schema()).unwrap();
    let defs = &s["$defs"];
    assert_eq!(defs["PartialDate"]["pattern"], r"^\d{4}(-\d{2}(-\d{2})?)?$");
    assert_eq!(defs["Certainty"]["oneOf"][0]["const"], "reported");
    assert_eq!(defs["Certainty"]["oneOf"][1]["required"], json!(["inferred"]));
    assert_eq!(defs["Text"]["anyOf"][0]["type"], "string");
    assert_eq!(defs["Text"]["anyOf"][1]["required"], json!(["en"]));
    assert_eq!(defs["ActorId"]["pattern"], "^[A-Za-z0-9._-]{1,64}$");
    assert_eq!(s["properties"]["schema"]["const"], "stances/1");
    assert_eq!(s["additionalProperties"], false);
    // Every record type refuses unknown fields, as the parser does.
    for name in ["Negotiation", "Topic", "Actor", "Source", "Event", "Position", "Quote", "Outcome"] {
        assert_eq!(defs[name]["additionalProperties"], false, "{name}");
    }
}

const ARTICLES: &str = "tests/fixtures/articles.json";

#[test]
fn articles_and_their_history_round_trip_through_two_csv_files() {
    let original = dataset(ARTICLES);
    let files = export(&original).unwrap();
    let file = |name: &str| files.iter().find(|(n, _)| n == name).map(|(_, t)| t.as_str()).unwrap();
    let articles = file("articles.csv");
    assert!(
        articles.starts_with(
            "id,heading,heading_fr,topics,subquestion,summary,quote_text,quote_speaker,quote_source,votes,sources,note\n\
         Title,Title of the convention,Titre de la convention,title,,"
        ),
        "{articles}"
    );
    assert_eq!(
        file("article_history.csv"),
        "article,stage,date,summary,sources\n\
         Title,adopted,2022-06-01,Adopted with both names.,s3\n\
         Title,zero-draft,2021-03-01,Left open in brackets.,s1\n\
         2,revised-draft,2021-11,The list grew.,s1; w1\n\
         2,adopted,2022-06-01,Cut back.,s3\n"
    );
    assert!(file("positions.csv").contains(",2(2); Title\n"), "{}", file("positions.csv"));
    assert_eq!(import(&in_memory(files)).unwrap(), original);
}

#[test]
fn history_rows_are_joined_to_their_article_and_traced_back_to_their_cells() {
    let mut files = in_memory(export(&dataset(ARTICLES)).unwrap());
    let history = "article,stage,date,summary,sources\n\
                   Title,adopted,2022-06-01,Adopted.,s3\n\
                   99,adopted,2022-06-01,Nowhere.,s3\n";
    files.insert("article_history.csv".into(), history.as_bytes().to_vec());
    assert_eq!(
        problems(&files),
        ["article_history.csv row 3, column article: \"99\" is not the id of a row of articles.csv"]
    );
    let history = "article,stage,date,summary,sources\n\
                   Title,adopted,2022-06-01,Adopted.,s3\n\
                   2,adopted,2022-06-01,Cut back.,nope\n\
                   2,final,2022-06-01,Cut back.,s3\n";
    files.insert("article_history.csv".into(), history.as_bytes().to_vec());
    let found = problems(&files);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with(
            "article_history.csv row 4, column stage [articles[1].history[1].stage]: unknown variant `final`"
        ),
        "{found:#?}"
    );
    let history = "article,stage,date,summary,sources\n\
                   Title,adopted,2022-06-01,Adopted.,s3\n\
                   2,adopted,2022-06-01,Cut back.,s3; nope\n";
    files.insert("article_history.csv".into(), history.as_bytes().to_vec());
    assert_eq!(
        problems(&files),
        ["article_history.csv row 3, column sources (item 2) [articles[1].history[0].sources[1]]: \"nope\" is not a source in this dataset"]
    );
}

#[test]
fn stats_count_articles_per_topic_and_positions_per_article() {
    let s = stats(&dataset(ARTICLES));
    let per_topic: Vec<(&str, usize)> = s.articles_per_topic.iter().map(|(t, n)| (t.as_str(), *n)).collect();
    assert_eq!(per_topic, [("scope", 2), ("title", 2)]);
    let per_article: Vec<(&str, usize)> = s.positions_per_article.iter().map(|(a, n)| (a.as_str(), *n)).collect();
    assert_eq!(per_article, [("Title", 3), ("2", 3), ("10", 0)]);
    let text = stances::tabular::stats::render(&s);
    assert!(text.contains("Positions per article\narticle  positions\nTitle            3\n2                3\n10               0\nLinks from positions to articles: 6\n"), "{text}");
}
