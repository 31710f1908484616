// Dashboard bootstrap: wires the filters, the timeline brush, the map, the
// tables and the detail panel to one shared state kept in the URL (state.js), and
// routes #/event/N and #/document/N links to the detail panel.

import { getJSON, postIngest } from "./api.js";
import { orderTypes, typeColor } from "./colors.js";
import { DetailPanel } from "./detail.js";
import { clear, el, fmtNumber, showError } from "./dom.js";
import { EventMap } from "./map.js";
import { drawFacets, drawViewLinks, fillForm } from "./facets.js";
import { asOfDate, eventQuery, onChange, quietly, readUrl, state, update } from "./state.js";
import { claimTable, documentTable, eventTable, loadControl } from "./tables.js";
import { denseWindow, outsideAll, Timeline } from "./timeline.js";

// The newest this many matching events go on the map; the status line says when there are more.
const MAP_POINT_LIMIT = 20000;
// Past this many days a bar per day gets thinner than a pixel: switch to weeks unless the user chose days.
const MAX_DAY_BARS = 400;
const initial = readUrl();
Object.assign(state, {
  filters: initial.filters, range: initial.range, last: initial.last, tab: initial.tab, mode: initial.mode,
  interval: initial.interval, intervalChosen: initial.intervalChosen, bounds: initial.bounds,
  docQuery: initial.docQuery, sort: initial.sort,
});

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
const events = eventTable(openEvent, { sort: state.sort, onSort: (sort) => quietly({ sort }) });
const claims = claimTable(openDocument);
const documents = documentTable(openDocument);
// Every move once the view is drawn (a zoom, a drag, a fit to new filters, "locate") goes into the URL
// at once, so the address bar always reproduces the extent on screen; the first fit of a fresh page does not.
eventMap.onMove((bounds) => { if (document.body.dataset.ready) quietly({ bounds }); });

// --- data loading -------------------------------------------------------------------

async function loadSummary() {
  const s = await getJSON("summary");
  const summary = document.getElementById("summary");
  clear(summary).append(...[
    stat(s.documents, "documents"), stat(s.events, "events"), stat(s.incidents, "incidents"),
    stat(s.claims, "claims"), stat(s.places, "places"),
    // Failed inputs open the list of them: which input, why, when.
    s.failures ? el("button", { type: "button", class: "link stat", id: "failures-toggle", "aria-controls": "failures",
                                onclick: toggleFailures }, el("b", { text: fmtNumber(s.failures) }), " failed inputs") : null,
  ].filter(Boolean));
  state.dataExtent = s.date_range ? { first: s.date_range[0], last: s.date_range[1] } : null;
  buildTypeFilter(Object.keys(s.events_by_type || {}));
  return s;
}

/** Show or hide the failed inputs: each input (file name and line, or URL), the reason and when. */
async function toggleFailures() {
  const panel = document.getElementById("failures");
  if (!panel.hidden) {
    panel.hidden = true;
    return;
  }
  const tbody = clear(panel.querySelector("tbody"));
  try {
    const data = await getJSON("failures", { limit: 1000 });
    for (const f of data.items) {
      tbody.append(el("tr", {}, el("td", { class: "nowrap", text: f.source }), el("td", { text: f.reason }),
        el("td", { class: "nowrap", text: f.at.replace("T", " ").replace(/\+00:00$/, "") })));
    }
    document.getElementById("failures-title").textContent =
      `${fmtNumber(data.total)} failed input${data.total === 1 ? "" : "s"}` +
      (data.total > data.items.length ? ` (newest ${fmtNumber(data.items.length)} shown)` : "");
    panel.hidden = false;
  } catch (err) {
    showError(`failed inputs: ${err.message}`);
  }
}
document.getElementById("failures-close").addEventListener("click", () => { document.getElementById("failures").hidden = true; });

function stat(n, label) {
  return el("span", { class: "stat" }, el("b", { text: fmtNumber(n) }), ` ${label}`);
}

// The newest facet counts: the type checkboxes, rebuilt when the summary comes in, get their counts back.
let lastFacets = null;

async function loadFacetCounts() {
  const seq = ++latest.facets;
  try {
    const data = await getJSON("events/facets", eventQuery());
    if (seq !== latest.facets) return;
    lastFacets = data;
    drawFacets(data, state.filters, (filters) => update({ filters }, "filters"));
  } catch (err) {
    showError(`facets: ${err.message}`);
  }
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
const latest = { timeline: 0, map: 0, facets: 0, rangeNote: 0 };

async function loadTimeline() {
  const { filters } = state;
  const seq = ++latest.timeline;
  try {
    const [data, all] = await Promise.all([
      getJSON("stats", { ...filters, interval: state.interval }),
      getJSON("events", { ...filters, limit: 1 }),  // its total counts the undated events too
    ]);
    if (seq !== latest.timeline) return;
    const dated = data.items.reduce((n, i) => n + i.count, 0);
    // An estimated total (the API's total_exact false) says nothing about a few undated events.
    const undated = all.total_exact === false ? 0 : Math.max(0, all.total - dated);
    const note = document.getElementById("timeline-undated");
    note.hidden = !undated;
    note.textContent = `${fmtNumber(undated)} undated not shown`;
    state.filteredExtent = extentOf(data.items);
    if (state.interval === "day" && !state.intervalChosen && daySpan(data.items) > MAX_DAY_BARS) {
      state.interval = "week";
      document.getElementById("interval").value = "week";
      return loadTimeline();
    }
    timeline.range = state.range;
    timeline.render(data.items, state.interval);
    noteEmptyRange();
    drawTimelineToggle();
  } catch (err) {
    showError(`timeline: ${err.message}`);
  }
}

function drawTimelineToggle() {
  const outside = Number(document.getElementById("timeline").dataset.outside || 0);
  const toggle = document.getElementById("timeline-all");
  // Over selected dates no event falls in, "show all dates" has nothing to widen: the note offers the data's days.
  toggle.hidden = Boolean(timeline.emptyWindow) || (!outside && !timeline.showAll);
  toggle.textContent = timeline.showAll ? "dense range only" : `show all dates (${outside} outside)`;
}

/**
 * When the selected dates lie wholly after (or before) every event matching the filters — ?last=7d on a
 * store whose newest report is older — say so, with the newest (earliest) event's date, as the brief
 * does, and offer the same number of days ending there.
 */
async function noteEmptyRange() {
  const note = document.getElementById("range-empty");
  const win = timeline.emptyWindow;
  const seq = ++latest.rangeNote;
  if (!win) {
    note.hidden = true;
    return;
  }
  const later = !timeline.outside.before;  // the events all come after the selected dates
  let day = null;
  try {
    const data = await getJSON("events", { ...state.filters, sort: later ? "date" : "-date", limit: 1 });
    const e = data.items[0];
    day = e ? (later ? e.date_start : e.date_end || e.date_start) : null;
  } catch (err) {
    showError(`timeline: ${err.message}`);
  }
  if (seq !== latest.rangeNote || !day) return;
  const days = Math.round((Date.parse(win.until) - Date.parse(win.since)) / 86400000) + 1;
  const range = later ? { since: day, until: addDays(day, days - 1) } : { since: addDays(day, -(days - 1)), until: day };
  clear(note).append(
    `No events from ${win.since} to ${win.until}: the ${later ? "earliest" : "newest"} event matching the filters is dated ${day}. `,
    el("button", { type: "button", class: "link", onclick: () => update({ range }, "range") },
      `Show the ${days} day${days === 1 ? "" : "s"} ${later ? "from" : "up to"} ${day}`));
  note.hidden = false;
}

function addDays(day, n) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
}

/** First and last dates of the events matching the filters: the control view's default "as of". */
function extentOf(items) {
  if (!items.length) return null;
  return { first: items.map((i) => i.start).sort()[0], last: items.map((i) => i.end || i.start).sort().pop() };
}

/** Days the timeline's axis will span: the dense range and the selected dates, as the timeline draws it. */
function daySpan(items) {
  if (!items.length) return 0;
  const empty = outsideAll(items, state.range);  // the axis is then the selected days alone
  if (empty) return (Date.parse(empty.until) - Date.parse(empty.since)) / 86400000 + 1;
  const dense = denseWindow(items);
  const kept = dense ? items.filter((i) => i.start >= dense.lo && i.start <= dense.hi) : items;
  const days = kept.map((i) => Date.parse(i.start));
  const { since, until } = state.range || {};
  for (const day of [since, until]) if (day && !Number.isNaN(Date.parse(day))) days.push(Date.parse(day));
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
    fitView();
    const about = data.total_exact === false ? "about " : "";  // an estimated total, as the API says
    const unlocated = about ? 0 : data.total - shown;
    status.textContent = `${fmtNumber(shown)} event${shown === 1 ? "" : "s"} on the map` +
      (data.truncated ? ` (first ${fmtNumber(MAP_POINT_LIMIT)} of ${about}${fmtNumber(data.total)})` : "") +
      (unlocated > 0 && !data.truncated ? `, ${fmtNumber(unlocated)} not located` : "");
    document.getElementById("map").dataset.markers = String(shown);
  } catch (err) {
    status.textContent = "";
    showError(`map: ${err.message}`);
  }
}

// The place the map was last fitted to: a new country or province filter fits the map again.
let fittedPlace = null;
let restored = false;

function fitView() {
  const { country, admin1 } = state.filters;
  // Any new filter fits the map again: to the province or country named, else to the matching points
  // (?place=Garmser is one event; the world view would hide it).
  const key = JSON.stringify(state.filters);
  if (!restored && state.bounds) {
    eventMap.showBounds(state.bounds);  // a shared or reloaded view: its own bounds, not a fit
    restored = true;
    fittedPlace = key;
  }
  if (!eventMap.basemap.admin1.length) return;  // the provinces are still loading: come back when they are in
  const unit = admin1 ? eventMap.basemap.findAdmin1(admin1, country) : null;
  eventMap.basemap.outline(unit);
  if (key === fittedPlace) return;
  const placed = (country || admin1) && eventMap.fitToPlace(country, admin1);
  // No markers yet (the outlines came in first): fit when they arrive, not never.
  if (!placed && !eventMap.fitToMarkers()) return;
  fittedPlace = key;
}

async function loadControlView() {
  const asOf = asOfDate() || await newestEventDate();
  const why = state.range && state.range.until ? "the end of the selected dates" : "the newest event matching the filters";
  const rows = await loadControl(asOf, why, state.filters);
  if (rows) eventMap.setControl(rows, asOf);
}

/** The last day of the newest event matching the filters (the timeline's weekly bars end later), else today. */
async function newestEventDate() {
  try {
    const data = await getJSON("events", { ...state.filters, sort: "-date", limit: 1 });
    const e = data.items[0];
    if (e && (e.date_end || e.date_start)) return e.date_end || e.date_start;
  } catch (err) {
    showError(`control: ${err.message}`);
  }
  return state.dataExtent && state.dataExtent.last || new Date().toISOString().slice(0, 10);
}

function loadActiveTab() {
  if (state.tab === "events") return events.load(eventQuery());
  if (state.tab === "claims") return claims.load(claimQuery());
  if (state.tab === "control") return loadControlView();
  return documents.load({ ...eventQuery(), q: state.docQuery });
}

/** Claims in documents reporting events that match the filters; the dates are the documents' publication dates. */
function claimQuery() {
  const { modality, ...scope } = state.filters;  // modality here is the events' (claims have their own)
  return { ...scope, since: state.range && state.range.since, until: state.range && state.range.until };
}

onChange((what) => {
  if (what === "filters") {
    loadTimeline();
    fillForm(form, state.filters);
  }
  if (what === "interval") return loadTimeline();
  const label = document.getElementById("range-label");
  label.textContent = state.range ? `${state.range.since || "…"} → ${state.range.until || "…"}` : "";
  document.getElementById("clear-brush").hidden = !state.range;
  timeline.setRange(state.range);
  noteEmptyRange();
  drawTimelineToggle();
  drawViewLinks(eventQuery());
  loadFacetCounts();
  loadMap();
  loadActiveTab();
  if (eventMap.mode === "control" && state.tab !== "control") loadControlView();
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
  if (lastFacets) drawFacets(lastFacets, state.filters, (filters) => update({ filters }, "filters"));
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
  for (const key of ["actor", "country", "admin1", "place", "modality", "source"]) {
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
  update({ interval: e.target.value, intervalChosen: true }, "interval");
});
document.getElementById("timeline-all").addEventListener("click", () => {
  timeline.setShowAll(!timeline.showAll);
  loadTimeline();
});
document.getElementById("clear-brush").addEventListener("click", () => update({ range: null }, "range"));

// --- tabs and map mode ----------------------------------------------------------------

function showTab(tab) {
  for (const b of document.querySelectorAll(".tabs [data-tab]")) b.classList.toggle("active", b.dataset.tab === tab);
  for (const panel of document.querySelectorAll(".tab-panel")) panel.hidden = panel.id !== `tab-${tab}`;
}

function showMode(mode) {
  for (const b of document.querySelectorAll(".map-mode [data-mode]")) b.classList.toggle("active", b.dataset.mode === mode);
  eventMap.setMode(mode);
  if (!document.body.dataset.ready && state.bounds) eventMap.fitControlNext = false;  // a shared view keeps its extent
  document.getElementById("map-status").hidden = mode === "control";
  if (mode === "control") loadControlView();
}

for (const button of document.querySelectorAll(".tabs [data-tab]")) {
  button.addEventListener("click", () => {
    quietly({ tab: button.dataset.tab });
    showTab(state.tab);
    loadActiveTab();
  });
}
for (const button of document.querySelectorAll(".map-mode [data-mode]")) {
  button.addEventListener("click", () => {
    quietly({ mode: button.dataset.mode });
    showMode(state.mode);
  });
}
document.getElementById("doc-search").addEventListener("submit", (e) => {
  e.preventDefault();
  quietly({ docQuery: e.target.q.value.trim() });  // into the URL (?q=): a shared link finds the same documents
  documents.load({ ...eventQuery(), q: state.docQuery });
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
  fillForm(form, state.filters);
  document.querySelector("#doc-search [name=q]").value = state.docQuery;
  document.getElementById("interval").value = state.interval;
  showTab(state.tab);
  drawViewLinks(eventQuery());
  const label = document.getElementById("range-label");
  label.textContent = state.range ? `${state.range.since || "…"} → ${state.range.until || "…"}` : "";
  document.getElementById("clear-brush").hidden = !state.range;
  // Everything loads in parallel; the outlines do not hold up the data.
  const basemap = eventMap.loadBasemap().then(() => fitView()).catch((err) => showError(`basemap: ${err.message}`));
  const summary = loadSummary().catch((err) => showError(`summary: ${err.message}`));
  loadFacets();
  await Promise.all([summary, loadTimeline(), loadMap(), loadFacetCounts()]);
  fillForm(form, state.filters);  // the type checkboxes exist once the summary is in
  if (state.mode !== "events") showMode(state.mode);
  await Promise.all([loadActiveTab(), basemap]);
  route();
  document.body.dataset.ready = "true";
}

start();
