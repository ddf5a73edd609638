//! The JSON Schema of `stances/1`, generated from the model's types so that it cannot drift from
//! what the parser accepts. It describes the shape; the rules across records (references,
//! unique ids, stances on their scale, lengths) are validation's, and `check` applies them.
//!
//! The types whose JSON is hand-written in the model get hand-written schemas here.

use crate::model::{ArticleRef, Certainty, Dataset, PartialDate, Text};
use schemars::{generate::SchemaSettings, json_schema, JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;

/// Where the schema is committed, relative to the crate.
pub const PATH: &str = "www/schema/stances-1.schema.json";

/// The same pattern as `PartialDate::parse` accepts in shape; it cannot say that a day exists.
const DATE_PATTERN: &str = r"^\d{4}(-\d{2}(-\d{2})?)?$";

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Text given once, or per language code (\"en\", \"fr\", ...) with an \"en\" entry that readers of a missing language fall back on.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "additionalProperties": { "type": "string" },
                    "required": ["en"]
                }
            ]
        })
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.",
            "type": "string",
            "pattern": DATE_PATTERN
        })
    }
}

impl JsonSchema for Certainty {
    fn schema_name() -> Cow<'static, str> {
        "Certainty".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "How we know a position: \"reported\" when a source says so, or {\"inferred\": \"...\"} saying what it was deduced from (a bloc's statement, a vote).",
            "oneOf": [
                { "const": "reported" },
                {
                    "type": "object",
                    "properties": { "inferred": { "type": "string", "minLength": 1 } },
                    "required": ["inferred"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl JsonSchema for ArticleRef {
    fn schema_name() -> Cow<'static, str> {
        "ArticleRef".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An article's id, then any paragraphs in parentheses: \"6\", \"14(3)\", \"40(22)(a)\".",
            "type": "string",
            "pattern": r"^[A-Za-z0-9._-]{1,64}(\([A-Za-z0-9]{1,8}\))*$"
        })
    }
}

/// The schema of a whole dataset file.
pub fn schema() -> Schema {
    let mut schema = SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<Dataset>();
    schema.insert("title".into(), "stances/1 dataset".into());
    // `model::load` refuses unknown top-level fields, though `Dataset` itself does not say so.
    schema.insert("additionalProperties".into(), false.into());
    schema.insert(
        "description".into(),
        "Where actors stand on the questions of a negotiation, with a source behind every claim. \
         Shape only: `stances-data check` also enforces references, unique ids, stances on their \
         topic's scale, http(s) URLs and text lengths."
            .into(),
    );
    schema
}

/// The schema as committed: the bundled dataset's layout, one space per level.
pub fn to_json() -> Result<String, serde_json::Error> {
    super::to_json(&schema())
}
