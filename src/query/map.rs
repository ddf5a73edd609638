//! The map view's facts: the world geometry file read back (tolerantly: a bad line is skipped,
//! never fatal), and, for the view's colouring, which legend entry each state falls in.
//! The geometry is built at build time by `scripts/build-map.mjs`; its format is described
//! there.

use super::resolve::{stance_at, Cell, Held};
use super::table::has_treaty_record;
use super::table::shown_topics;
use super::treaty::{standing, Stage, Standing};
use super::view::{MapColor, ViewState};
use crate::model::{Actor, ActorId, ActorKind, Dataset, Stance, Topic};

#[derive(Debug, PartialEq)]
pub struct Geometry {
    pub width: u32,
    pub height: u32,
    pub shapes: Vec<Shape>,
}

#[derive(Debug, PartialEq)]
pub struct Shape {
    /// ISO 3166-1 alpha-3, as the dataset names states; `None` for land that has none.
    pub id: Option<ActorId>,
    /// An SVG path in the geometry's frame; empty for a state too small to draw.
    pub path: String,
    /// Where its marker goes (the middle of its largest part).
    pub at: (u32, u32),
    /// Too small to see at world scale: it gets a marker.
    pub small: bool,
}

/// Reads the geometry file; `None` when it is not one (wrong header), so the view can say so.
pub fn parse_geometry(text: &str) -> Option<Geometry> {
    let mut lines = text.lines();
    let mut header = lines.next()?.split('\t');
    if header.next()? != "stances-map/1" {
        return None;
    }
    let width = header.next()?.parse().ok()?;
    let height = header.next()?.parse().ok()?;
    let shapes = lines
        .filter_map(|line| {
            let mut f = line.split('\t');
            let id = f.next()?;
            let x = f.next()?.parse().ok()?;
            let y = f.next()?.parse().ok()?;
            let small = f.next()? == "1";
            let path = f.next()?;
            // Paths are drawn as they are: only what the build writes may pass.
            let safe = path.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | 'M' | 'm' | 'l' | 'z'));
            let id = (id != "-").then(|| ActorId::new(id));
            (safe && (small || !path.is_empty())).then(|| Shape { id, path: path.to_owned(), at: (x, y), small })
        })
        .collect();
    Some(Geometry { width, height, shapes })
}

/// What the map colours by, resolved against the dataset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Coloring<'d> {
    Topic(&'d Topic),
    /// Signed, ratified (or joined), or neither, from the depositary's actions.
    Treaty,
}

/// One entry of the legend: a stance, or "no public position found".
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fill<'d> {
    /// A stance and its place on the scale.
    Stance(&'d Stance, usize),
    NoPosition,
    Stage(Stage),
}

#[derive(Debug, PartialEq)]
pub struct MapEntry<'d> {
    pub actor: &'d Actor,
    /// Index into [`MapModel::legend`].
    pub fill: usize,
    pub held: Option<Held<'d>>,
    /// Its standing with the treaty, when the map is coloured by it.
    pub standing: Option<Standing>,
}

#[derive(Debug, PartialEq)]
pub struct MapModel<'d> {
    pub coloring: Coloring<'d>,
    /// Along the scale, then "no public position found" (or the treaty's stages, "not signed"
    /// last); with how many of the dataset's states fall in each.
    pub legend: Vec<(Fill<'d>, usize)>,
    /// Every state of the dataset, in dataset order. States the dataset does not have are on
    /// the map too, as "no public position found" ([`MapModel::fill_of`]).
    pub states: Vec<MapEntry<'d>>,
}

impl<'d> MapModel<'d> {
    /// The legend entry of a shape's state; a state the dataset lacks has no public position.
    pub fn fill_of(&self, id: &ActorId) -> usize {
        self.entry(id).map_or(self.legend.len() - 1, |e| e.fill)
    }

    /// A scan, not a hash map: two hundred states, and a hash map of another key type would
    /// be more code in every reader's download.
    pub fn entry(&self, id: &ActorId) -> Option<&MapEntry<'d>> {
        self.states.iter().find(|e| &e.actor.id == id)
    }
}

/// The colouring the view asks for: its `color=` topic, else the first shown topic. `None`
/// only for a dataset without topics. The treaty colouring needs a treaty record: a dataset
/// without one is coloured by topic rather than showing every state as not signed.
pub fn coloring<'d>(d: &'d Dataset, v: &ViewState) -> Option<Coloring<'d>> {
    if v.color == Some(MapColor::Treaty) && has_treaty_record(d) {
        return Some(Coloring::Treaty);
    }
    let topic = match &v.color {
        Some(MapColor::Topic(id)) => d.topic(id),
        _ => None,
    };
    topic.or_else(|| shown_topics(d, v).first().copied()).or(d.topics.first()).map(Coloring::Topic)
}

/// Each state's place in the legend for the view's colouring, as of the view's date. The map
/// ignores the table's actor, search and stance filters: it always shows the whole world.
pub fn map_model<'d>(d: &'d Dataset, v: &ViewState) -> Option<MapModel<'d>> {
    let coloring = coloring(d, v)?;
    let states = d.actors.iter().filter(|a| a.kind == ActorKind::State);
    let topic = match coloring {
        Coloring::Topic(topic) => topic,
        Coloring::Treaty => {
            // Stage::ALL is bound, signed, not signed: "not signed" last, where a state the
            // dataset lacks falls.
            let mut legend: Vec<(Fill, usize)> = Stage::ALL.iter().map(|s| (Fill::Stage(*s), 0)).collect();
            let states = states
                .map(|actor| {
                    let standing = standing(d, &actor.id, v.at);
                    let fill = Stage::ALL.iter().position(|s| *s == standing.stage).unwrap_or(legend.len() - 1);
                    legend[fill].1 += 1;
                    MapEntry { actor, fill, held: None, standing: Some(standing) }
                })
                .collect();
            return Some(MapModel { coloring, legend, states });
        }
    };
    let mut legend: Vec<(Fill, usize)> =
        topic.scale.iter().enumerate().map(|(rank, s)| (Fill::Stance(s, rank), 0)).collect();
    legend.push((Fill::NoPosition, 0));
    let none = legend.len() - 1;
    let states: Vec<MapEntry> = states
        .map(|actor| {
            let held = match stance_at(d, &actor.id, topic, None, v.at) {
                Cell::Held(h) => Some(h),
                Cell::NoPosition => None,
            };
            let fill = held.map_or(none, |h| h.rank);
            legend[fill].1 += 1;
            MapEntry { actor, fill, held, standing: None }
        })
        .collect();
    Some(MapModel { coloring, legend, states })
}
