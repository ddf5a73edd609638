//! The CSV layout of a dataset: which files, which columns, and the JSON field each column
//! fills. Import and export both read these tables, so the two cannot drift apart.

/// How a cell becomes a JSON value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Free text, kept exactly as written.
    Free,
    /// An id, a kind, a date or a URL: surrounding spaces are dropped, since a spreadsheet hides
    /// them and none of these may contain one.
    Code,
    /// Text that may be translated: the base column holds English (or the only text), and
    /// `<header>_<lang>` columns hold translations.
    Translatable,
    /// Ids separated by `;`.
    Ids,
    /// Free-text items separated by `;`; `\;` is a literal semicolon and `\\` a backslash.
    Items,
    /// `reported`, or `inferred: <basis>`.
    Certainty,
    /// A whole number of zero or more, such as a vote count.
    Count,
}

#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub header: &'static str,
    /// The field inside the record: one key, or two for a field of a nested object (a quote).
    pub field: &'static [&'static str],
    pub kind: Kind,
    /// The JSON field is required (within its nested object, for nested fields).
    pub required: bool,
}

impl Column {
    /// Columns of a nested object may be left out of the file when no row uses it.
    pub fn header_required(&self) -> bool {
        self.required && self.field.len() == 1
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Table {
    pub file: &'static str,
    /// The dataset's list this file holds, e.g. `positions`.
    pub list: &'static str,
    pub required: bool,
    pub columns: &'static [Column],
}

impl Table {
    pub fn column(&self, header: &str) -> Option<&'static Column> {
        self.columns.iter().find(|c| c.header == header)
    }
}

/// A column named as its field, which is most of them.
macro_rules! col {
    ($header:literal, $kind:ident, $required:literal) => {{
        const FIELD: &[&str] = &[$header];
        Column { header: $header, field: FIELD, kind: Kind::$kind, required: $required }
    }};
}

pub const ACTORS: Table = Table {
    file: "actors.csv",
    list: "actors",
    required: true,
    columns: &[
        col!("id", Code, true),
        col!("name", Translatable, true),
        col!("kind", Code, true),
        col!("region", Free, false),
        col!("members", Ids, false),
        col!("affiliation", Code, false),
    ],
};

pub const SOURCES: Table = Table {
    file: "sources.csv",
    list: "sources",
    required: true,
    columns: &[
        col!("id", Code, true),
        col!("kind", Code, true),
        col!("publisher", Free, true),
        col!("title", Free, true),
        col!("author", Free, false),
        col!("date", Code, true),
        col!("url", Code, false),
        col!("language", Code, false),
        col!("summary", Free, false),
        col!("note", Free, false),
        col!("class", Code, false),
        col!("mirror", Code, false),
    ],
};

pub const EVENTS: Table = Table {
    file: "events.csv",
    list: "events",
    required: false,
    columns: &[
        col!("id", Code, true),
        col!("date", Code, true),
        col!("end_date", Code, false),
        col!("place", Free, false),
        col!("kind", Code, true),
        col!("title", Translatable, true),
        col!("description", Translatable, true),
        col!("sources", Ids, true),
        Column { header: "tally_yes", field: &["tally", "yes"], kind: Kind::Count, required: true },
        Column { header: "tally_no", field: &["tally", "no"], kind: Kind::Count, required: true },
        Column { header: "tally_abstain", field: &["tally", "abstain"], kind: Kind::Count, required: true },
        Column { header: "votes_yes", field: &["votes", "yes"], kind: Kind::Ids, required: false },
        Column { header: "votes_no", field: &["votes", "no"], kind: Kind::Ids, required: false },
        Column { header: "votes_abstain", field: &["votes", "abstain"], kind: Kind::Ids, required: false },
        Column { header: "votes_absent", field: &["votes", "absent"], kind: Kind::Ids, required: false },
    ],
};

pub const POSITIONS: Table = Table {
    file: "positions.csv",
    list: "positions",
    required: true,
    columns: &[
        col!("actor", Code, true),
        col!("topic", Code, true),
        col!("subquestion", Code, false),
        col!("stance", Code, true),
        col!("date", Code, false),
        col!("event", Code, false),
        col!("summary", Free, true),
        Column { header: "quote_text", field: &["quote", "text"], kind: Kind::Free, required: true },
        Column { header: "quote_speaker", field: &["quote", "speaker"], kind: Kind::Free, required: true },
        Column { header: "quote_source", field: &["quote", "source"], kind: Kind::Code, required: true },
        col!("sources", Ids, true),
        col!("certainty", Certainty, true),
        col!("articles", Ids, false),
    ],
};

pub const OUTCOMES: Table = Table {
    file: "outcomes.csv",
    list: "outcomes",
    required: false,
    columns: &[
        col!("topic", Code, true),
        col!("subquestion", Code, false),
        col!("articles", Items, true),
        col!("summary", Free, true),
        col!("sources", Ids, true),
    ],
};

pub const ACTIONS: Table = Table {
    file: "actions.csv",
    list: "actions",
    required: false,
    columns: &[
        col!("actor", Code, true),
        col!("kind", Code, true),
        col!("date", Code, true),
        col!("sources", Ids, true),
        col!("note", Free, false),
    ],
};

pub const ARTICLES: Table = Table {
    file: "articles.csv",
    list: "articles",
    required: false,
    columns: &[
        col!("id", Code, true),
        col!("heading", Translatable, true),
        col!("topics", Ids, true),
        col!("subquestion", Code, false),
        col!("summary", Free, true),
        Column { header: "quote_text", field: &["quote", "text"], kind: Kind::Free, required: true },
        Column { header: "quote_speaker", field: &["quote", "speaker"], kind: Kind::Free, required: true },
        Column { header: "quote_source", field: &["quote", "source"], kind: Kind::Code, required: true },
        col!("votes", Ids, false),
        col!("sources", Ids, true),
        col!("note", Free, false),
    ],
};

/// Each article's `history`, one row per stage, joined to its article by the `article` column:
/// a list inside a record does not fit one spreadsheet row. Not one of [`TABLES`], which hold
/// the dataset's top-level lists; import and export fold it into `articles`.
pub const ARTICLE_HISTORY: Table = Table {
    file: "article_history.csv",
    list: "article_history",
    required: false,
    columns: &[
        col!("article", Code, true),
        col!("stage", Code, true),
        col!("date", Code, true),
        col!("summary", Free, true),
        col!("sources", Ids, true),
    ],
};

/// The field of an article that [`ARTICLE_HISTORY`] holds.
pub const HISTORY_FIELD: &str = "history";

pub const TABLES: [Table; 7] = [ACTORS, SOURCES, EVENTS, POSITIONS, OUTCOMES, ACTIONS, ARTICLES];

/// The JSON file beside the CSVs: the negotiation and the topics, whose scales, sub-questions
/// and translations do not fit one row each.
pub const SKELETON: &str = "dataset.json";

/// The keys the skeleton holds; the rest of the dataset comes from the CSV files.
pub const SKELETON_KEYS: [&str; 4] = ["schema", "negotiation", "topics", "treaty_status"];

/// The separator of list cells.
pub const SEPARATOR: char = ';';

/// Headers starting with this are the newsroom's own notes, ignored on import.
pub const NOTE_PREFIX: char = '#';

pub fn table_for_list(list: &str) -> Option<&'static Table> {
    const ALL: &[Table] = &TABLES;
    ALL.iter().find(|t| t.list == list)
}
