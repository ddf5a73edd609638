// The pages a newsroom would use instead, built from the same dataset: a static pre-rendered
// table (the floor: no script at all), a Tabulator table, and a TimelineJS3 timeline.

/** Each actor's latest topic-level stance label per topic, as our table shows by default. */
export function latestTable(d) {
  const date = (p) => p.date ?? d.events.find((e) => e.id === p.event)?.date ?? '';
  const latest = new Map();
  d.positions.forEach((p, i) => {
    if (p.subquestion) return;
    const key = `${p.actor}/${p.topic}`;
    const prev = latest.get(key);
    if (!prev || date(p) >= date(prev.p)) latest.set(key, { p, i });
  });
  const label = (t) => (typeof t === 'string' ? t : t.en);
  const topics = d.topics.map((t) => ({ id: t.id, label: label(t.label), scale: t.scale }));
  const rows = d.actors
    .map((a) => {
      const row = { actor: label(a.name) };
      for (const t of topics) {
        const hit = latest.get(`${a.id}/${t.id}`);
        const stance = hit && t.scale.find((s) => s.id === hit.p.stance);
        row[t.id] = stance ? `${stance.symbol} ${label(stance.label)} (${date(hit.p)})` : 'No public position found';
      }
      return row;
    })
    .sort((x, y) => x.actor.localeCompare(y.actor));
  return { topics, rows };
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function staticPage(d) {
  const { topics, rows } = latestTable(d);
  const head = topics.map((t) => `<th scope="col">${esc(t.label)}</th>`).join('');
  const body = rows.map((r) => `<tr><th scope="row">${esc(r.actor)}</th>${topics.map((t) => `<td>${esc(r[t.id])}</td>`).join('')}</tr>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static table</title><link rel="icon" href="data:,">
<style>table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}</style></head><body>
<table><caption>Positions</caption><thead><tr><th scope="col">Actor</th>${head}</tr></thead><tbody>
${body}
</tbody></table></body></html>`;
}

export function tabulatorPage(dataUrl) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tabulator table</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="vendor/tabulator.min.css"></head><body><div id="table"></div>
<script src="vendor/tabulator.min.js"></script><script type="module">
import { latestTable } from './peers.mjs';
const d = await (await fetch(${JSON.stringify(dataUrl)})).json();
const { topics, rows } = latestTable(d);
window.peerTable = new Tabulator('#table', {
  data: rows, layout: 'fitDataStretch', height: '600px',
  columns: [{ title: 'Actor', field: 'actor', headerFilter: 'input' }, ...topics.map((t) => ({ title: t.label, field: t.id }))],
});
</script></body></html>`;
}

export function timelinePage(dataUrl) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS3 timeline</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="vendor/timeline.css"></head><body><div id="timeline" style="height:600px"></div>
<script src="vendor/timeline.js"></script><script type="module">
const d = await (await fetch(${JSON.stringify(dataUrl)})).json();
const label = (t) => (typeof t === 'string' ? t : t.en);
const date = (s) => { const [year, month, day] = s.split('-'); return { year, month, day }; };
const events = d.events.map((e) => ({ start_date: date(e.date), end_date: e.end_date ? date(e.end_date) : undefined,
  text: { headline: label(e.title), text: label(e.description) } }));
window.peerTimeline = new TL.Timeline('timeline', { events }, { font: null, theme: null });
</script></body></html>`;
}
