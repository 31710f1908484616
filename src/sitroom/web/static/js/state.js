// The dashboard's shared state: the filters from the side panel plus the
// timeline's date range. Views subscribe and re-query when it changes.

const listeners = new Set();

export const state = {
  filters: {},           // event_type[], actor, country, admin1, modality, min_confidence, source
  range: null,           // {since, until} from the timeline brush, or null
  interval: "day",
  dataExtent: null,      // {first, last} dates of the stored events
};

export function onChange(fn) {
  listeners.add(fn);
}

/** Update part of the state and tell every view what changed ("filters" or "range"). */
export function update(patch, what) {
  Object.assign(state, patch);
  for (const fn of listeners) fn(what);
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

/** The date the control view shows: the end of the brushed range, else the last event date. */
export function asOfDate() {
  if (state.range) return state.range.until;
  if (state.dataExtent && state.dataExtent.last) return state.dataExtent.last;
  return new Date().toISOString().slice(0, 10);
}
