// The dashboard's shared state: the filters from the side panel, the timeline's
// date range, the tab, the table's order, the map's layer and bounds. Views subscribe and re-query
// when it changes. The state lives in the URL's query string (the selected event or
// document in its #hash), so a reload or a shared link restores the same view.

const listeners = new Set();

// Filter keys as the API names them; the URL uses the same names, so a view's URL
// and its /api twin share their query string.
export const FILTER_KEYS = ["event_type", "actor", "country", "admin1", "place", "modality", "min_confidence", "source"];

// The event table's columns that sort, as /api/events names them; "-" for descending.
export const DEFAULT_SORT = "-date";
const SORT = /^-?(date|type|country|fatalities|confidence)$/;

export const state = {
  filters: {},           // event_type[], actor, country, admin1, place, modality, min_confidence, source
  range: null,           // {since, until} from the timeline brush or the URL, or null
  last: null,            // N when the range is "the last N days" (?last=7d): a link that stays current
  interval: "day",
  tab: "events",         // events, claims, control, documents
  mode: "events",        // the map's layer: events or control
  bounds: null,          // [west, south, east, north] of the map, once moved or restored
  docQuery: "",          // the Documents tab's search (?q=)
  sort: DEFAULT_SORT,    // the event table's order (?sort=, as /api/events takes it)
  dataExtent: null,      // {first, last} dates of every stored event
  filteredExtent: null,  // {first, last} dates of the events matching the filters (not the range)
};

export function onChange(fn) {
  listeners.add(fn);
}

/** Update part of the state, write it to the URL and tell every view what changed. */
export function update(patch, what) {
  if ("range" in patch && !("last" in patch)) patch = { ...patch, last: null };  // a brushed range is fixed dates
  Object.assign(state, patch);
  writeUrl();
  for (const fn of listeners) fn(what);
}

/** Update without telling the views (the map reporting its own bounds). */
export function quietly(patch) {
  Object.assign(state, patch);
  writeUrl();
}

/** The API query for the current filters; `withRange` adds the brushed dates. */
export function eventQuery(withRange = true) {
  const q = { ...state.filters };
  if (withRange && state.range) {
    q.since = state.range.since;
    q.until = state.range.until;
  }
  return q;
}

/** The date the control view shows: the end of the selected range, else the newest event
 * matching the filters (not another country's newest) when daily bars give it exactly, else null. */
export function asOfDate() {
  if (state.range && state.range.until) return state.range.until;
  if (state.interval === "day" && state.filteredExtent && state.filteredExtent.last) return state.filteredExtent.last;
  return null;  // weekly bars end on Sundays, past the newest event: the caller asks the API for it
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const TABS = new Set(["events", "claims", "control", "documents"]);
const LAST_DAYS = /^\s*(\d{1,5})\s*d\s*$/i;

/** The local calendar day as YYYY-MM-DD. */
function isoDay(d) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The last `days` days up to and including today, as a range. */
export function lastDays(days, now = new Date()) {
  const first = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1));
  return { since: isoDay(first), until: isoDay(now) };
}

/** Read the view from a query string (location.search). Unknown keys are ignored. */
export function readUrl(search = location.search) {
  const qs = new URLSearchParams(search);
  const filters = {};
  for (const key of FILTER_KEYS) {
    const values = qs.getAll(key).map((v) => v.trim()).filter(Boolean);
    if (!values.length) continue;
    if (key === "event_type") filters.event_type = values;
    else if (key === "min_confidence") {
      const n = Number(values[0]);
      if (n > 0 && n <= 1) filters.min_confidence = n;
    } else filters[key] = values[0];
  }
  const since = qs.get("since"), until = qs.get("until");
  const last = LAST_DAYS.exec(qs.get("last") || "");
  const days = last ? Number(last[1]) : 0;
  let range = since && until && ISO_DAY.test(since) && ISO_DAY.test(until) ? { since, until } : null;
  // One end alone, or a malformed date, is kept as given: the API answers it, or names what is wrong
  // with it, rather than the dashboard dropping it silently.
  if (!range && (since || until)) range = { since: since || undefined, until: until || undefined };
  if (days >= 1) range = lastDays(days);
  const bounds = (qs.get("bounds") || "").split(",").map(Number);
  return {
    filters,
    range,
    last: days >= 1 ? days : null,
    tab: TABS.has(qs.get("tab")) ? qs.get("tab") : "events",
    mode: qs.get("map") === "control" ? "control" : "events",
    interval: qs.get("interval") === "week" ? "week" : "day",
    intervalChosen: qs.has("interval"),
    bounds: bounds.length === 4 && bounds.every(Number.isFinite) ? bounds : null,
    docQuery: (qs.get("q") || "").trim(),
    sort: SORT.test(qs.get("sort") || "") ? qs.get("sort") : DEFAULT_SORT,
  };
}

/** The query string of the current view (filters first, in the API's names). */
export function viewQuery({ withView = true } = {}) {
  const qs = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = state.filters[key];
    if (v == null || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => qs.append(key, x));
    else qs.append(key, v);
  }
  if (state.range && !(withView && state.last)) {
    if (state.range.since) qs.set("since", state.range.since);
    if (state.range.until) qs.set("until", state.range.until);
  }
  if (withView) {
    if (state.last) qs.set("last", `${state.last}d`);
    if (state.tab !== "events") qs.set("tab", state.tab);
    if (state.mode !== "events") qs.set("map", state.mode);
    if (state.intervalChosen) qs.set("interval", state.interval);
    if (state.bounds) qs.set("bounds", state.bounds.map((x) => x.toFixed(3)).join(","));
    if (state.docQuery) qs.set("q", state.docQuery);
    if (state.sort && state.sort !== DEFAULT_SORT) qs.set("sort", state.sort);
  }
  return qs.toString();
}

function writeUrl() {
  const q = viewQuery();
  const url = `${location.pathname}${q ? `?${q}` : ""}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
}
