// A stacked bar chart of events per day (or week) by type, drawn in SVG, with a
// date-range brush: drag across bars to select, click one bar for a single
// period, double-click to clear. The brush reports {since, until} as ISO dates.
// The axis spans the shortest run of dates holding 95% of the events, so one mis-dated
// report years away does not squash the month that matters; the events left outside
// are counted at the axis ends, and "show all" widens the axis to every date.

import { orderTypes, typeColor } from "./colors.js";
import { clear, svg } from "./dom.js";

const MARGIN = { top: 8, right: 10, bottom: 22, left: 36 };
const DAY_MS = 86400000;
const DENSE_SHARE = 0.95;
// Trim only when the outliers would stretch the axis past twice the dense span.
const STRETCH = 2;

export class Timeline {
  constructor(svgEl, { onBrush }) {
    this.svg = svgEl;
    this.onBrush = onBrush;
    this.periods = [];   // [{start, end, counts: Map(type -> n), total}]
    this.range = null;
    this.dragFrom = null;
    window.addEventListener("resize", () => this.draw());
  }

  /** items: [{start, end, event_type, count}] from /api/stats; interval "day" or "week". */
  render(items, interval) {
    this.interval = interval;
    this.items = items;
    // Selected dates wholly before or after every event (?last=7d on an older store): the axis spans the
    // selection, empty, as the table is, with every event counted at the ends ("◂ 172 earlier").
    this.emptyWindow = outsideAll(items, this.range);
    if (this.emptyWindow) {
      this.outside = { before: 0, after: 0 };
      for (const i of items) this.outside[i.start < this.emptyWindow.since ? "before" : "after"] += i.count;
      this.trimmed = false;
      this.periods = windowPeriods(this.emptyWindow, interval);
      this.types = orderTypes(items.map((i) => i.event_type));
      this.draw();
      return;
    }
    // The chosen dates are always on the axis, empty days included: one event in a chosen week is one
    // bar among seven, not a bar across the whole width ("nothing else happened that week" shows).
    const chosen = validRange(this.range);
    let dense = this.showAll ? null : denseWindow(items);
    if (dense && chosen) dense = { lo: minDay(dense.lo, chosen.since), hi: maxDay(dense.hi, chosen.until) };
    this.outside = { before: 0, after: 0 };
    let shown = items;
    if (dense) {
      shown = items.filter((i) => i.start >= dense.lo && i.start <= dense.hi);
      for (const i of items) {
        if (i.start < dense.lo) this.outside.before += i.count;
        else if (i.start > dense.hi) this.outside.after += i.count;
      }
    }
    this.trimmed = Boolean(dense);
    this.periods = fillPeriods(shown, interval, chosen);
    this.types = orderTypes(items.map((i) => i.event_type));
    this.draw();
  }

  /** Widen the axis to every date (true) or back to the dense range (false). */
  setShowAll(all) {
    this.showAll = all;
    if (this.items) this.render(this.items, this.interval);
  }

  setRange(range) {
    this.range = range;
    // The axis spans the selected dates too (and a selection no event falls in is all of it): redraw it.
    if (this.items) this.render(this.items, this.interval);
    else this.drawSelection();
  }

  draw() {
    const root = clear(this.svg);
    const width = this.svg.clientWidth || 600;
    const height = this.svg.clientHeight || 130;
    root.setAttribute("viewBox", `0 0 ${width} ${height}`);
    this.plotW = width - MARGIN.left - MARGIN.right;
    this.plotH = height - MARGIN.top - MARGIN.bottom;
    const n = this.periods.length;
    if (!n) {
      root.append(svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "tl-empty", text: "no dated events" }));
      return;
    }
    if (this.emptyWindow) {
      root.append(svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "tl-empty",
        text: `no events from ${this.emptyWindow.since} to ${this.emptyWindow.until}` }));
    }
    const max = Math.max(1, ...this.periods.map((p) => p.total));
    const bw = this.plotW / n;
    const g = svg("g", { transform: `translate(${MARGIN.left},${MARGIN.top})` });
    root.append(g);

    // y axis: 0, half, max
    for (const v of niceTicks(max)) {
      const y = this.plotH - (v / max) * this.plotH;
      g.append(svg("line", { x1: 0, x2: this.plotW, y1: y, y2: y, class: "tl-grid" }));
      g.append(svg("text", { x: -5, y: y + 3, "text-anchor": "end", class: "tl-label", text: String(v) }));
    }
    this.bars = svg("g", { class: "tl-bars" });
    g.append(this.bars);
    this.periods.forEach((p, i) => {
      let y = this.plotH;
      for (const type of this.types) {
        const c = p.counts.get(type) || 0;
        if (!c) continue;
        const h = (c / max) * this.plotH;
        y -= h;
        this.bars.append(svg("rect", {
          x: i * bw + (bw > 4 ? 0.5 : 0), y, width: Math.max(1, bw - (bw > 4 ? 1 : 0)), height: h,
          fill: typeColor(type), "data-index": i,
        }, svg("title", { text: `${p.start}: ${c} ${type}` })));
      }
    });
    // x axis labels: about one every 90 px
    const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(this.plotW / 90))));
    for (let i = 0; i < n; i += every) {
      const x = i * bw + bw / 2;
      // Labels are ~60 px wide: keep them inside the plot instead of clipping at the edges.
      const anchor = x < 30 ? "start" : x > this.plotW - 30 ? "end" : "middle";
      g.append(svg("text", { x, y: this.plotH + 15, "text-anchor": anchor, class: "tl-label", text: this.periods[i].start }));
    }
    g.append(svg("line", { x1: 0, x2: this.plotW, y1: this.plotH, y2: this.plotH, class: "tl-axis" }));
    // Events outside the dense range: counted at the ends of the axis, not stretching it.
    const { before, after } = this.outside || {};
    if (before) g.append(svg("text", { x: 2, y: 10, class: "tl-outlier", "data-side": "before", text: `◂ ${before} earlier` }));
    if (after) g.append(svg("text", { x: this.plotW - 2, y: 10, "text-anchor": "end", class: "tl-outlier", "data-side": "after", text: `${after} later ▸` }));
    this.svg.dataset.outside = String((before || 0) + (after || 0));
    this.svg.dataset.first = this.periods[0].start;
    this.svg.dataset.last = this.periods[n - 1].end;

    this.selection = svg("rect", { class: "tl-selection", y: 0, height: this.plotH, x: 0, width: 0, visibility: "hidden" });
    g.append(this.selection);
    const overlay = svg("rect", { class: "tl-overlay", x: 0, y: 0, width: this.plotW, height: this.plotH });
    g.append(overlay);
    overlay.addEventListener("pointerdown", (e) => this.pointerDown(e, overlay));
    overlay.addEventListener("pointermove", (e) => this.pointerMove(e));
    overlay.addEventListener("pointerup", (e) => this.pointerUp(e, overlay));
    overlay.addEventListener("dblclick", () => {
      clearTimeout(this.clickTimer);
      this.onBrush(null);
    });
    this.drawSelection();
  }

  indexAt(event) {
    const rect = this.svg.getBoundingClientRect();
    const scale = rect.width / (this.svg.viewBox.baseVal.width || rect.width);
    const x = (event.clientX - rect.left) / scale - MARGIN.left;
    const i = Math.floor((x / this.plotW) * this.periods.length);
    return Math.max(0, Math.min(this.periods.length - 1, i));
  }

  pointerDown(event, overlay) {
    if (!this.periods.length) return;
    overlay.setPointerCapture(event.pointerId);
    this.dragFrom = this.indexAt(event);
    this.showIndices(this.dragFrom, this.dragFrom);
  }

  pointerMove(event) {
    if (this.dragFrom == null) return;
    this.showIndices(this.dragFrom, this.indexAt(event));
  }

  pointerUp(event, overlay) {
    if (this.dragFrom == null) return;
    overlay.releasePointerCapture(event.pointerId);
    const a = Math.min(this.dragFrom, this.indexAt(event));
    const b = Math.max(this.dragFrom, this.indexAt(event));
    this.dragFrom = null;
    const range = { since: this.periods[a].start, until: this.periods[b].end };
    clearTimeout(this.clickTimer);
    if (a === b) {
      // A click picks one period, but wait: it may be the first half of a double-click (clear).
      this.clickTimer = setTimeout(() => this.onBrush(range), 250);
    } else {
      this.onBrush(range);
    }
  }

  showIndices(a, b) {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    const bw = this.plotW / this.periods.length;
    this.selection.setAttribute("x", lo * bw);
    this.selection.setAttribute("width", (hi - lo + 1) * bw);
    this.selection.setAttribute("visibility", "visible");
  }

  drawSelection() {
    if (!this.selection) return;
    if (!this.range || !this.periods.length) {
      this.selection.setAttribute("visibility", "hidden");
      this.bars.classList.remove("tl-dimmed");
      return;
    }
    const idx = this.periods.map((p, i) => [p, i]).filter(([p]) => p.end >= this.range.since && p.start <= this.range.until).map(([, i]) => i);
    if (!idx.length) {
      this.selection.setAttribute("visibility", "hidden");
      return;
    }
    this.showIndices(idx[0], idx[idx.length - 1]);
  }
}

/**
 * The shortest run of dates [lo, hi] holding DENSE_SHARE of the events (two pointers over the
 * dated periods), or null when it would trim nothing worth trimming.
 */
export function denseWindow(items) {
  const byStart = new Map();
  let total = 0;
  for (const it of items) {
    if (!it.start) continue;
    byStart.set(it.start, (byStart.get(it.start) || 0) + it.count);
    total += it.count;
  }
  const days = [...byStart.keys()].sort();
  if (days.length < 3) return null;
  // 95% of a small set is all of it: from ten events on, one stray date may always be left out.
  const need = total >= 10 ? Math.min(Math.ceil(total * DENSE_SHARE), total - 1) : Math.ceil(total * DENSE_SHARE);
  const t = days.map(parseDay);
  let best = null, sum = 0, lo = 0;
  for (let hi = 0; hi < days.length; hi++) {
    sum += byStart.get(days[hi]);
    while (sum - byStart.get(days[lo]) >= need) sum -= byStart.get(days[lo++]);
    if (sum >= need && (!best || t[hi] - t[lo] < t[best[1]] - t[best[0]])) best = [lo, hi];
  }
  if (!best) return null;
  const full = t[t.length - 1] - t[0], dense = Math.max(DAY_MS, t[best[1]] - t[best[0]]);
  if (best[0] === 0 && best[1] === days.length - 1) return null;
  if (full < dense * STRETCH) return null;
  return { lo: days[best[0]], hi: days[best[1]] };
}

/** The selected range when every dated event lies before it or after it, else null. */
export function outsideAll(items, range) {
  if (!range || !range.since || !range.until || range.since > range.until) return null;
  const dated = items.filter((i) => i.start && i.count);
  if (!dated.length) return null;
  const before = dated.every((i) => (i.end || i.start) < range.since);
  const after = dated.every((i) => i.start > range.until);
  return before || after ? { since: range.since, until: range.until } : null;
}

/** Empty periods covering a range: days, or the weeks (from Monday) that hold it. */
function windowPeriods(range, interval) {
  const step = interval === "week" ? 7 : 1;
  let t = parseDay(range.since);
  if (step === 7) t -= ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS;  // back to its Monday
  const out = [];
  for (let k = 0; t <= parseDay(range.until) && k < 5000; t += step * DAY_MS, k++) {
    out.push({ start: isoDay(t), end: isoDay(t + (step - 1) * DAY_MS), counts: new Map(), total: 0 });
  }
  return out;
}

/** {since, until} when both are real dates in order, else null. */
function validRange(range) {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!range || !day.test(range.since || "") || !day.test(range.until || "") || range.since > range.until) return null;
  if (Number.isNaN(parseDay(range.since)) || Number.isNaN(parseDay(range.until))) return null;
  return range;
}

const minDay = (a, b) => (a < b ? a : b);
const maxDay = (a, b) => (a > b ? a : b);

/** One entry per period from the first to the last (widened to cover `span`, the chosen dates), gaps
 * filled by zero. */
function fillPeriods(items, interval, span = null) {
  const byStart = new Map();
  for (const it of items) {
    if (!it.start) continue;
    if (!byStart.has(it.start)) byStart.set(it.start, { start: it.start, end: it.end || it.start, counts: new Map(), total: 0 });
    const p = byStart.get(it.start);
    p.counts.set(it.event_type, (p.counts.get(it.event_type) || 0) + it.count);
    p.total += it.count;
  }
  const starts = [...byStart.keys()].sort();
  if (!starts.length) return [];
  const step = interval === "week" ? 7 : 1;
  const out = [];
  let first = parseDay(starts[0]);
  let last = parseDay(starts[starts.length - 1]);
  if (span) {
    // Whole periods on the same grid as the data's: back from the chosen first day by whole steps.
    const since = parseDay(span.since);
    if (first > since) first -= Math.ceil((first - since) / (step * DAY_MS)) * step * DAY_MS;
    last = Math.max(last, parseDay(span.until));
  }
  // Cap the filled span so a stray date decades away cannot create a million empty bars.
  for (let t = first, k = 0; t <= last && k < 5000; t += step * DAY_MS, k++) {
    const start = isoDay(t);
    out.push(byStart.get(start) || { start, end: isoDay(t + (step - 1) * DAY_MS), counts: new Map(), total: 0 });
  }
  return out;
}

function parseDay(s) {
  return Date.parse(`${s}T00:00:00Z`);
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function niceTicks(max) {
  if (max <= 1) return [0, 1];
  const half = Math.round(max / 2);
  return [...new Set([0, half, max])];
}
