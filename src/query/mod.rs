//! View state and everything derived from it and the dataset: pure functions, no browser.

mod action;
mod article_export;
mod articles;
mod bridge;
mod compare;
mod export;
mod groups;
mod map;
mod reconcile;
mod resolve;
mod sources;
mod strip;
mod summary;
mod table;
mod timeline;
mod treaty;
mod view;

pub use action::Action;
pub use article_export::{article_rows, articles_csv, articles_json, ArticleRow};
pub use articles::{
    article_order, articles_view, canonical_articles, matches_article, Argued, ArticleCard, ArticleGroup,
    ArticlesModel, Side,
};
pub use bridge::{Message, Subject};
pub use compare::{agreement_matrix, changes, compare, Agreement, Change, CompareModel, CompareRow, Matrix, PairCount};
pub use export::{export_rows, to_csv, to_json, ExportRow, ExportSource};
pub use groups::{find_group, groups, in_group, region_slug, Group};
pub use map::{coloring, map_model, parse_geometry, Coloring, Fill, Geometry, MapEntry, MapModel, Shape};
pub use reconcile::{find_actor, normalise_topics};
pub use resolve::{history, known_by, stance_at, subquestion_stances, Cell, Held};
pub use sources::{reading_list, reports, ReadingItem, Report};
pub use strip::{strips, Strip, StripSegment};
pub use summary::{compare_summary, summary, table_summary, Summary, TopicCount};
pub use table::{
    can_join, emptied_by, has_treaty_record, rows_per_page, selected_actors, shown_topics, table, Filter, Row,
    TableModel, CELLS_PER_PAGE, EMBED_ROWS,
};
pub use timeline::{day_number, timeline, EventCluster, EventMark, Lane, Segment, TimelineModel, MARKER_WIDTH};
pub use treaty::{stage_counts, standing, status_date, treaty_actions, Stage, Standing};
pub use view::{
    canonical, cap_notices, kind_id, parse_kind, MapColor, Notice, Reason, Sort, StanceFilter, Theme, View, ViewState,
    MAX_NOTICES,
};
