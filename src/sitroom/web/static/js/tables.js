// The tabular views under the map: events, claims, control as of a date, documents.

import { getJSON } from "./api.js";
import { controllerColor, typeColor } from "./colors.js";
import { clear, el, fmtConfidence, fmtDate, fmtNumber, showError } from "./dom.js";

const PAGE = 50;

/** Row attributes that open something on click, and on Enter for keyboard users. */
function activate(open) {
  return { tabindex: 0, onclick: open, onkeydown: (ev) => { if (ev.key === "Enter") open(); } };
}

/** A paged table bound to an API list endpoint returning {total, items}. */
class PagedTable {
  constructor(table, pager, { path, row, empty }) {
    this.tbody = table.querySelector("tbody");
    this.pager = pager;
    this.path = path;
    this.row = row;
    this.empty = empty;
    this.offset = 0;
    this.params = {};
    this.sort = null;
  }

  async load(params, { keepPage = false } = {}) {
    if (params) this.params = params;
    if (!keepPage) this.offset = 0;
    // Filters can change faster than answers come back: only the latest request may draw.
    const seq = (this.seq = (this.seq || 0) + 1);
    let data;
    try {
      data = await getJSON(this.path, { ...this.params, limit: PAGE, offset: this.offset, sort: this.sort });
    } catch (err) {
      if (seq === this.seq) showError(`${this.path}: ${err.message}`);
      return;
    }
    if (seq !== this.seq) return;
    clear(this.tbody);
    const cols = this.tbody.parentElement.querySelectorAll("thead th").length;
    // A name no stored event has ("no place matches 'Atlantis'") is said: a typo is not "no events".
    const notes = data.notes && data.notes.length ? ` Note: ${data.notes.join("; ")}.` : "";
    if (!data.items.length) this.tbody.append(el("tr", {}, el("td", { colspan: cols, class: "empty", text: this.empty + notes })));
    for (const item of data.items) this.tbody.append(this.row(item));
    this.drawPager(data.total ?? null, data.items.length, data.has_more, data.total_exact !== false);
    if (data.total != null) this.tbody.parentElement.dataset.total = String(data.total);
  }

  /** Pager text "1–50 of 812" ("of about 812" for an estimated total: the API says when it estimates);
   * lists without a total (documents) say "1–50" and "more". */
  drawPager(total, shown, hasMore, exact = true) {
    const from = shown ? this.offset + 1 : 0;
    const to = this.offset + shown;
    const atEnd = total != null && exact ? to >= total : total != null ? shown < PAGE : !hasMore;
    clear(this.pager).append(
      el("button", { type: "button", disabled: this.offset === 0 || null, onclick: () => { this.offset -= PAGE; this.load(null, { keepPage: true }); } }, "‹ prev"),
      el("span", { class: "pager-info", text: `${fmtNumber(from)}–${fmtNumber(to)}${total != null ? ` of ${exact ? "" : "about "}${fmtNumber(total)}` : hasMore ? " and more" : ""}` }),
      el("button", { type: "button", disabled: atEnd || null, onclick: () => { this.offset += PAGE; this.load(null, { keepPage: true }); } }, "next ›"),
    );
  }
}

/** An actor cell; one the report does not name (supplied by an ACLED convention) is marked "by rule". */
function actorCell(name, byRule) {
  if (!name || !byRule) return el("td", { text: name || "" });
  return el("td", {}, name, " ", el("span", { class: "by-rule", title: "supplied by ACLED's coding rules: the report does not name this actor", text: "by rule" }));
}

/** The events table; `sort` is the order to start with (from the URL), `onSort` hears each new order. */
export function eventTable(onSelect, { sort = "-date", onSort = () => {} } = {}) {
  const table = document.getElementById("event-table");
  const t = new PagedTable(table, document.getElementById("event-pager"), {
    path: "events",
    empty: "No events match these filters.",
    row: (e) => {
      const tr = el("tr", { class: "clickable", dataset: { id: e.id }, ...activate(() => onSelect(e.id)) },
        el("td", { text: fmtDate(e.date_start, e.date_end) }),
        el("td", {}, el("span", { class: "swatch", "aria-hidden": "true" }), e.event_type),
        el("td", { text: e.sub_event_type || "" }),
        actorCell(e.actor1, e.actor1_by_rule),
        actorCell(e.actor2, e.actor2_by_rule),
        el("td", { text: [e.location_name, e.admin1 !== e.location_name ? e.admin1 : null, e.country].filter(Boolean).join(", ") }),
        el("td", { class: "num", text: e.fatalities ?? "" }),
        el("td", { text: e.modality || "" }),
        el("td", { text: e.source || "" }),
        el("td", { class: "num", text: fmtConfidence(e.confidence) }));
      tr.querySelector(".swatch").style.background = typeColor(e.event_type);
      return tr;
    },
  });
  t.sort = sort;
  // Sortable headers: click toggles descending/ascending.
  for (const th of table.querySelectorAll("th[data-sort]")) {
    th.classList.add("sortable");
    th.addEventListener("click", () => {
      const key = th.dataset.sort;
      t.sort = t.sort === `-${key}` ? key : `-${key}`;
      for (const other of table.querySelectorAll("th[data-sort]")) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", t.sort.startsWith("-") ? "descending" : "ascending");
      onSort(t.sort);
      t.load();
    });
  }
  const key = t.sort.replace(/^-/, "");
  const th = table.querySelector(`th[data-sort="${key}"]`);
  if (th) th.setAttribute("aria-sort", t.sort.startsWith("-") ? "descending" : "ascending");
  return t;
}

export function claimTable(onDocument) {
  return new PagedTable(document.getElementById("claim-table"), document.getElementById("claim-pager"), {
    path: "claims",
    empty: "No claims match these filters.",
    row: (c) => el("tr", { class: "clickable", ...activate(() => onDocument(c.document_id)) },
      el("td", { text: c.document_published ? `${c.document_published}${c.document_published_inferred ? " (inferred)" : ""}` : "" }),
      el("td", { text: speakerText(c) }),
      el("td", { class: "quote", text: c.quote }),
      el("td", { class: "nowrap", text: c.kind }),
      el("td", { class: "nowrap", text: c.modality }),
      // One deadline per claim, as the API, `sitroom show` and the ledger give it: the window's last day
      // ("by August" is due August 31); the window itself is in the tooltip.
      el("td", { class: "nowrap deadline", text: c.deadline || "",
                 title: c.deadline_start && c.deadline_end && c.deadline_start !== c.deadline_end
                   ? `window ${fmtDate(c.deadline_start, c.deadline_end)}` : null }),
      el("td", { title: c.status_reason || null, text: c.status || (c.deadline ? "open" : "") })),
  });
}

/** "Name, role, organisation" without repeats: a speaker that is its own organisation shows once ("RSF", not "RSF, RSF"). */
export function speakerText(c) {
  const seen = new Set();
  const parts = [];
  for (const part of [c.speaker, c.speaker_role, c.speaker_organisation]) {
    const key = String(part || "").trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    parts.push(String(part).trim());
  }
  return parts.join(", ") || "unattributed";
}

export function documentTable(onDocument) {
  return new PagedTable(document.getElementById("doc-table"), document.getElementById("doc-pager"), {
    path: "documents",
    empty: "No documents match these filters.",
    row: (d) => el("tr", { class: "clickable", ...activate(() => onDocument(d.id)) },
      el("td", { text: d.published ? `${d.published}${d.published_inferred ? " (inferred)" : ""}` : "" }),
      el("td", { text: d.title || d.uri || `document ${d.id}` }),
      el("td", { text: d.source || "" }),
      el("td", { class: "num", text: d.events })),
  });
}

/** The control table; returns the rows so the map can colour the same places. */
export async function loadControl(asOf, why, filters = {}) {
  const tbody = document.querySelector("#control-table tbody");
  document.getElementById("control-asof").textContent =
    `Who controls each place as of ${asOf} (${why}), from territory capture events and control claims. Drag on the timeline to pick another date.`;
  const seq = (loadControl.seq = (loadControl.seq || 0) + 1);
  let data;
  try {
    data = await getJSON("control", { as_of: asOf, country: filters.country, admin1: filters.admin1 });
  } catch (err) {
    showError(`control: ${err.message}`);
    return null;
  }
  if (seq !== loadControl.seq) return null;  // a newer date was asked for meanwhile
  clear(tbody);
  if (!data.items.length) tbody.append(el("tr", {}, el("td", { colspan: 4, class: "empty", text: "No control information up to this date." })));
  for (const row of data.items) {
    const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
    swatch.style.background = controllerColor(row.controller);
    const notes = [row.contested ? "contested" : null, row.claimed_only ? "claimed only" : null, row.partial ? "parts only" : null].filter(Boolean).join(", ");
    tbody.append(el("tr", {},
      el("td", { text: [row.place, row.admin1 !== row.place ? row.admin1 : null].filter(Boolean).join(", ") }),
      el("td", {}, swatch, row.controller, notes ? el("span", { class: "hint", text: ` (${notes})` }) : null),
      el("td", { text: row.since_label || row.since || "" }),
      el("td", { class: "quote" }, (row.evidence || []).map((ev) => el("div", { class: "evidence-line" },
        el("a", { href: ev.kind === "event" ? `#/event/${ev.id}` : `#/document/${ev.document_id}` },
          `${ev.date || "undated"}${ev.date_end ? `..${ev.date_end}` : ""}${ev.date_inferred ? " (inferred)" : ""} · ${ev.kind}${ev.sub_event_type ? ` (${ev.sub_event_type})` : ""}, ${ev.modality}${ev.source ? `, ${ev.source}` : ""}`),
        el("div", { text: ev.text })))),
    ));
  }
  return data.items;
}
