// Dashboard bootstrap: wires the filters, the timeline brush, the map, the
// tables and the detail panel to one shared state, and routes #/event/N and
// #/document/N links to the detail panel.

import { getJSON, postIngest } from "./api.js";
import { orderTypes, typeColor } from "./colors.js";
import { DetailPanel } from "./detail.js";
import { clear, el, fmtNumber, showError } from "./dom.js";
import { EventMap } from "./map.js";
import { asOfDate, eventQuery, onChange, state, update } from "./state.js";
import { claimTable, documentTable, eventTable, loadControl } from "./tables.js";
import { Timeline } from "./timeline.js";

// The newest this many matching events go on the map; the status line says when there are more.
const MAP_POINT_LIMIT = 20000;
// Past this many days a bar per day gets thinner than a pixel: switch to weeks unless the user chose days.
const MAX_DAY_BARS = 400;
let intervalChosen = false;

const openEvent = (id) => { location.hash = `#/event/${id}`; };
const openDocument = (id) => { location.hash = `#/document/${id}`; };

const detail = new DetailPanel(document.getElementById("detail"), document.getElementById("detail-body"), {
  onLocate: (e) => eventMap.highlight(e.lat, e.lon),
  onSelect: (e) => eventMap.select(e && e.lat, e && e.lon),
});
const eventMap = new EventMap("map", { onEventClick: openEvent });
const timeline = new Timeline(document.getElementById("timeline"), {
  onBrush: (range) => update({ range }, "range"),
});
const events = eventTable(openEvent);
const claims = claimTable(openDocument);
const documents = documentTable(openDocument);
let activeTab = "events";

// --- data loading -------------------------------------------------------------------

async function loadSummary() {
  const s = await getJSON("summary");
  const summary = document.getElementById("summary");
  clear(summary).append(...[
    stat(s.documents, "documents"), stat(s.events, "events"), stat(s.incidents, "incidents"),
    stat(s.claims, "claims"), stat(s.places, "places"),
    s.failures ? stat(s.failures, "failed inputs") : null,
  ].filter(Boolean));
  state.dataExtent = s.date_range ? { first: s.date_range[0], last: s.date_range[1] } : null;
  buildTypeFilter(Object.keys(s.events_by_type || {}));
  return s;
}

function stat(n, label) {
  return el("span", { class: "stat" }, el("b", { text: fmtNumber(n) }), ` ${label}`);
}

async function loadFacets() {
  const [actors, places] = await Promise.all([
    getJSON("actors", { limit: 500 }).catch(() => ({ items: [] })),
    getJSON("places", { limit: 1000 }).catch(() => ({ items: [] })),
  ]);
  fillDatalist("actor-list", actors.items.map((a) => a.name));
  fillDatalist("country-list", places.items.map((p) => p.country));
  fillDatalist("admin1-list", places.items.map((p) => p.admin1));
}

function fillDatalist(id, values) {
  const list = clear(document.getElementById(id));
  for (const v of [...new Set(values.filter(Boolean))].sort()) list.append(el("option", { value: v }));
}

// Answers can arrive out of order when filters change quickly: each loader draws only its latest.
const latest = { timeline: 0, map: 0 };

async function loadTimeline() {
  const { filters } = state;
  const seq = ++latest.timeline;
  try {
    const data = await getJSON("stats", { ...filters, interval: state.interval });
    if (seq !== latest.timeline) return;
    if (state.interval === "day" && !intervalChosen && daySpan(data.items) > MAX_DAY_BARS) {
      state.interval = "week";
      document.getElementById("interval").value = "week";
      return loadTimeline();
    }
    timeline.render(data.items, state.interval);
    timeline.setRange(state.range);
  } catch (err) {
    showError(`timeline: ${err.message}`);
  }
}

function daySpan(items) {
  if (!items.length) return 0;
  const days = items.map((i) => Date.parse(i.start));
  return (Math.max(...days) - Math.min(...days)) / 86400000 + 1;
}

async function loadMap() {
  const status = document.getElementById("map-status");
  status.textContent = "loading…";
  const seq = ++latest.map;
  try {
    const data = await getJSON("events/points", { ...eventQuery(), limit: MAP_POINT_LIMIT });
    if (seq !== latest.map) return;
    const shown = eventMap.setEvents(data.points);
    const unlocated = data.total - shown;
    status.textContent = `${fmtNumber(shown)} events on the map` +
      (data.truncated ? ` (first ${fmtNumber(MAP_POINT_LIMIT)} of ${fmtNumber(data.total)})` : "") +
      (unlocated > 0 && !data.truncated ? `, ${fmtNumber(unlocated)} not located` : "");
    document.getElementById("map").dataset.markers = String(shown);
  } catch (err) {
    status.textContent = "";
    showError(`map: ${err.message}`);
  }
}

async function loadControlView() {
  const asOf = asOfDate();
  const rows = await loadControl(asOf, state.range ? "the end of the timeline selection" : "the latest event date");
  if (rows) eventMap.setControl(rows, asOf);
}

function loadActiveTab() {
  if (activeTab === "events") events.load(eventQuery());
  else if (activeTab === "claims") claims.load(claimQuery());
  else if (activeTab === "control") loadControlView();
  else if (activeTab === "documents") documents.load({ q: document.querySelector("#doc-search [name=q]").value });
}

function claimQuery() {
  const q = { since: state.range && state.range.since, until: state.range && state.range.until };
  if (state.filters.actor) q.speaker = state.filters.actor;
  if (state.filters.modality) q.modality = state.filters.modality;
  return q;
}

onChange((what) => {
  if (what === "filters") loadTimeline();
  if (what === "interval") return loadTimeline();
  const label = document.getElementById("range-label");
  label.textContent = state.range ? `${state.range.since} → ${state.range.until}` : "";
  document.getElementById("clear-brush").hidden = !state.range;
  timeline.setRange(state.range);
  loadMap();
  loadActiveTab();
  if (eventMap.mode === "control" && activeTab !== "control") loadControlView();
});

// --- filters ---------------------------------------------------------------------------

function buildTypeFilter(types) {
  const box = document.getElementById("type-filter");
  // Rebuilt after an ingest may bring new types: keep what the user ticked.
  const ticked = new Set([...box.querySelectorAll("input:checked")].map((i) => i.value));
  clear(box);
  const legend = clear(document.getElementById("legend"));
  if (!types.length) box.append(el("p", { class: "hint", text: "No events stored yet." }));
  for (const type of orderTypes(types)) {
    box.append(el("label", { class: "check" },
      el("input", { type: "checkbox", name: "event_type", value: type, checked: ticked.has(type) || null }), swatch(type), type));
    legend.append(el("li", {}, swatch(type), type));
  }
}

/** A small colour square for an event type (colour set through CSSOM: CSP forbids inline style attributes). */
function swatch(type) {
  const node = el("span", { class: "swatch", "aria-hidden": "true" });
  node.style.background = typeColor(type);
  return node;
}

function readFilters(form) {
  const data = new FormData(form);
  const filters = {};
  const types = data.getAll("event_type");
  if (types.length) filters.event_type = types;
  for (const key of ["actor", "country", "admin1", "modality", "source"]) {
    const v = String(data.get(key) || "").trim();
    if (v) filters[key] = v;
  }
  const conf = Number(data.get("min_confidence"));
  if (conf > 0) filters.min_confidence = conf;
  return filters;
}

const form = document.getElementById("filter-form");
form.addEventListener("submit", (e) => {
  e.preventDefault();
  update({ filters: readFilters(form) }, "filters");
});
form.addEventListener("change", (e) => {
  if (e.target.name === "event_type" || e.target.name === "modality") update({ filters: readFilters(form) }, "filters");
});
form.addEventListener("reset", () => setTimeout(() => {
  document.getElementById("confidence-value").textContent = "0.00";
  update({ filters: {}, range: null }, "filters");
}));
form.min_confidence.addEventListener("input", () => {
  document.getElementById("confidence-value").textContent = Number(form.min_confidence.value).toFixed(2);
});
document.getElementById("interval").addEventListener("change", (e) => {
  intervalChosen = true;
  update({ interval: e.target.value }, "interval");
});
document.getElementById("clear-brush").addEventListener("click", () => update({ range: null }, "range"));

// --- tabs and map mode ----------------------------------------------------------------

for (const button of document.querySelectorAll(".tabs [data-tab]")) {
  button.addEventListener("click", () => {
    activeTab = button.dataset.tab;
    for (const b of document.querySelectorAll(".tabs [data-tab]")) b.classList.toggle("active", b === button);
    for (const panel of document.querySelectorAll(".tab-panel")) panel.hidden = panel.id !== `tab-${activeTab}`;
    loadActiveTab();
  });
}
for (const button of document.querySelectorAll(".map-mode [data-mode]")) {
  button.addEventListener("click", () => {
    for (const b of document.querySelectorAll(".map-mode [data-mode]")) b.classList.toggle("active", b === button);
    eventMap.setMode(button.dataset.mode);
    document.getElementById("map-status").hidden = button.dataset.mode === "control";
    if (button.dataset.mode === "control") loadControlView();
  });
}
document.getElementById("doc-search").addEventListener("submit", (e) => {
  e.preventDefault();
  documents.load({ q: e.target.q.value });
});

// --- ingest form ----------------------------------------------------------------------

document.getElementById("ingest-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const f = e.target;
  const out = document.getElementById("ingest-result");
  const token = f.token.value;
  let body;
  if (f.file.files.length) {
    body = new FormData();
    body.append("file", f.file.files[0]);
    for (const key of ["title", "source", "published"]) if (f[key].value) body.append(key, f[key].value);
  } else {
    body = {};
    for (const key of ["text", "url", "title", "source", "published"]) if (f[key].value) body[key] = f[key].value;
  }
  out.textContent = "ingesting…";
  try {
    const r = await postIngest(body, token);
    out.textContent = `ingested ${r.ingested}, duplicates ${r.duplicates}, failed ${r.failed.length}` +
      (r.failed.length ? `: ${r.failed.map((x) => x.reason).join("; ")}` : "");
    f.text.value = "";
    await loadSummary();
    update({}, "filters");
  } catch (err) {
    out.textContent = `refused: ${err.message}`;
  }
});

// --- routing --------------------------------------------------------------------------

function route() {
  const m = location.hash.match(/^#\/(event|document)\/(\d+)$/);
  if (!m) return;
  if (m[1] === "event") detail.showEvent(m[2]);
  else detail.showDocument(m[2], { onEventClick: openEvent });
}
window.addEventListener("hashchange", route);

// --- start ----------------------------------------------------------------------------

async function start() {
  // Everything loads in parallel; the outlines do not hold up the data.
  const basemap = eventMap.loadBasemap().catch((err) => showError(`basemap: ${err.message}`));
  const summary = loadSummary().catch((err) => showError(`summary: ${err.message}`));
  loadFacets();
  await Promise.all([basemap, summary, loadTimeline(), loadMap(), events.load(eventQuery())]);
  route();
  document.body.dataset.ready = "true";
}

start();
