// Builds the world map the map view draws (`www/data/world-map.txt`) from Natural Earth's
// 1:50m countries as npm `world-atlas` ships them (TopoJSON), so that the widget needs no
// geography library and the default page does not carry the map: the view fetches this file
// when it opens.
//
// Steps: decode the shared arcs; project every point with Equal Earth (an equal-area
// projection, so no state looks bigger than it is); simplify each arc once (Douglas–Peucker),
// which keeps neighbours' borders identical, so no gaps open between them; round to whole
// units of a 2000-wide frame; write each state's rings as a compact SVG path with relative
// moves. States too small to see at world scale get a marker point, as do UN members the
// 1:50m file lacks. Arcs along the antimeridian are unwrapped (see below). Antarctica is left out: no state, and a sixth of the height.
//
// Output, one line each, tab-separated:
//   `stances-map/1 <width> <height>`                      the header
//   `<ISO alpha-3 or -> <x> <y> <small 0|1> <svg path>`    a shape: id, marker point, path
// `-` is land that is no ISO country (Somaliland, Kosovo, ...): drawn, never coloured.
//
// Usage: node scripts/build-map.mjs [tolerance] (run by `make map`; the output is committed).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { brotliCompressSync } from "node:zlib";

const require = createRequire(import.meta.url);
const iso = require("i18n-iso-countries");
const topo = JSON.parse(readFileSync(new URL("../node_modules/world-atlas/countries-50m.json", import.meta.url)));
const OUT = new URL("../www/data/world-map.txt", import.meta.url);
const TOLERANCE = Number(process.argv[2] ?? 0.6);
const WIDTH = 2000;

// The 193 UN member states, to check each has a shape or a marker.
const UN = `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM
ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND
IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV
MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN
PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB
SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY
UZB VUT VEN VNM YEM ZMB ZWE`.split(/\s+/);
if (UN.length !== 193) throw new Error(`UN list has ${UN.length} members`);
// Longitude and latitude of members the 1:50m file has no polygon for.
const POINTS = { TUV: [179.2, -8.5] };

// Equal Earth (Šavrič, Patterson, Jenny 2018).
const [A1, A2, A3, A4, M] = [1.340264, -0.081106, 0.000893, 0.003796, Math.sqrt(3) / 2];
function equalEarth(lon, lat) {
  const l = (lon * Math.PI) / 180, p = (lat * Math.PI) / 180;
  const t = Math.asin(M * Math.sin(p)), t2 = t * t, t6 = t2 * t2 * t2;
  const x = (l * Math.cos(t)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, y];
}
const XMAX = equalEarth(180, 0)[0];
const [LAT_TOP, LAT_BOTTOM] = [84, -57];
const SCALE = WIDTH / (2 * XMAX);
const Y0 = equalEarth(0, LAT_TOP)[1];
const HEIGHT = Math.ceil((Y0 - equalEarth(0, LAT_BOTTOM)[1]) * SCALE);
const project = (lon, lat) => {
  const [x, y] = equalEarth(lon, lat);
  return [(x + XMAX) * SCALE, (Y0 - y) * SCALE];
};

// Decode delta-encoded, quantized arcs into projected points.
const [kx, ky] = topo.transform.scale, [tx, ty] = topo.transform.translate;
// An arc that runs along the antimeridian jumps from 180 to -180 and back (Chukotka, Fiji):
// unwrapped, it stays continuous and its far side falls just outside the frame, instead of
// drawing a band across the whole map.
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0, shift = 0, last = null;
  return arc.map(([dx, dy]) => {
    x += dx; y += dy;
    const lon = x * kx + tx;
    if (last !== null && lon + shift - last > 180) shift -= 360;
    else if (last !== null && lon + shift - last < -180) shift += 360;
    last = lon + shift;
    return project(last, y * ky + ty);
  });
});

function simplify(points, tol) {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a], [bx, by] = points[b];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    let worst = -1, far = 0;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > far) { far = d; worst = i; }
    }
    if (far > tol) { keep[worst] = 1; stack.push([a, worst], [worst, b]); }
  }
  return points.filter((_, i) => keep[i]);
}
const simple = arcs.map((a) => simplify(a, TOLERANCE));

function ring(indices) {
  const out = [];
  for (const i of indices) {
    const arc = i >= 0 ? simple[i] : simple[~i].slice().reverse();
    out.push(...(out.length ? arc.slice(1) : arc));
  }
  return out.map(([x, y]) => [Math.round(x), Math.round(y)]);
}
const area = (r) => Math.abs(r.reduce((s, [x, y], i) => { const [u, v] = r[(i + 1) % r.length]; return s + x * v - u * y; }, 0) / 2);
function centroid(r) {
  const xs = r.map((p) => p[0]), ys = r.map((p) => p[1]);
  return [Math.round((Math.min(...xs) + Math.max(...xs)) / 2), Math.round((Math.min(...ys) + Math.max(...ys)) / 2)];
}
// Numbers separated by a space, or by nothing before a minus sign: "l3 4-2-1".
const nums = (ns) => ns.map((n, i) => (i > 0 && n >= 0 ? " " : "") + n).join("");
function path(rings) {
  let d = "", [cx, cy] = [0, 0], first = true;
  for (const r of rings) {
    const [x0, y0] = r[0];
    d += (first ? "M" : "m") + nums(first ? [x0, y0] : [x0 - cx, y0 - cy]);
    first = false;
    const rel = [];
    let [px, py] = [x0, y0];
    for (const [x, y] of r.slice(1, -1)) {
      if (x === px && y === py) continue;
      rel.push(x - px, y - py);
      [px, py] = [x, y];
    }
    d += "l" + nums(rel) + "z";
    // After `z` the current point is the ring's start.
    [cx, cy] = [x0, y0];
  }
  return d;
}

const lines = [`stances-map/1\t${WIDTH}\t${HEIGHT}`];
const seen = new Set();
// Features of one state (Australia and its Coral Sea Islands share an id) become one shape.
const byId = new Map();
let anonymous = 0;
for (const g of topo.objects.countries.geometries) {
  if (g.id === "010") continue; // Antarctica
  const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  const id = (g.id && iso.numericToAlpha3(g.id)) || `-${anonymous++}`;
  byId.set(id, [...(byId.get(id) ?? []), ...polys.flatMap((p) => p.map(ring))]);
}
for (const [key, all] of byId) {
  const id = key.startsWith("-") ? "-" : key;
  const rings = all.filter((r) => r.length >= 4 && area(r) > 0.5);
  const biggest = all.reduce((b, r) => (area(r) > area(b) ? r : b), all[0]);
  const total = all.reduce((s, r) => s + area(r), 0);
  // About 12,000 km2 or less: a few pixels at the widths the widget is read at.
  const small = UN.includes(id) && total < 30;
  const [x, y] = centroid(biggest);
  if (!rings.length && !small) continue;
  seen.add(id);
  lines.push([id, x, y, small ? 1 : 0, rings.length ? path(rings) : ""].join("\t"));
}
for (const [id, [lon, lat]] of Object.entries(POINTS)) {
  if (seen.has(id)) continue;
  const [x, y] = project(lon, lat).map(Math.round);
  seen.add(id);
  lines.push([id, x, y, 1, ""].join("\t"));
}
const missing = UN.filter((id) => !seen.has(id));
if (missing.length) throw new Error(`UN members with no shape or marker: ${missing.join(" ")}`);
const text = lines.join("\n") + "\n";
writeFileSync(OUT, text);
const br = brotliCompressSync(Buffer.from(text)).length;
console.log(`world-map.txt: ${lines.length - 1} shapes, ${text.length} bytes, ${br} brotli, ${lines.filter((l) => l.split("\t")[3] === "1").length} markers, ${WIDTH}x${HEIGHT}`);
