// The morning brief page (/brief): the window's new events by place and type, control changes,
// single-source claims and passed deadlines, each line linked to its evidence. The window lives in
// the URL (?since=YYYY-MM-DD&until=YYYY-MM-DD), so a brief can be bookmarked and shared.

import { getJSON, query } from "./api.js";
import { typeColor } from "./colors.js";
import { clear, el, showError } from "./dom.js";

const form = document.getElementById("brief-window");
const DAY = 86400000;

const iso = (d) => d.toISOString().slice(0, 10);
const today = () => iso(new Date(Date.now() - new Date().getTimezoneOffset() * 60000));
const addDays = (day, n) => iso(new Date(Date.parse(day) + n * DAY));

/** The window from the URL; "since yesterday" by default. */
function windowFromUrl() {
  const params = new URLSearchParams(location.search);
  const until = params.get("until") || today();
  const since = params.get("since") || addDays(until, -1);
  return { since, until };
}

// Links into the dashboard: the event's drill-down and the document view (see main.js's routes).
const dashboard = (hash) => new URL(`./${hash}`, location.href).href;
const eventLink = (id) => dashboard(`#/event/${id}`);
const documentLink = (id) => dashboard(`#/document/${id}`);

function evidence(ev) {
  const title = ev.document_title || `document ${ev.document_id}`;
  const sentence = ev.sentence != null ? `, sentence ${ev.sentence}` : "";
  return [
    el("blockquote", { text: ev.text }),
    el("div", { class: "ref" },
      el("a", { href: documentLink(ev.document_id), class: "doc-link", text: title }),
      ` (document ${ev.document_id}${sentence}${ev.published ? `, published ${ev.published}${ev.published_inferred ? " (inferred)" : ""}` : ""})`,
      ev.document_url ? [" · ", el("a", { href: ev.document_url, rel: "noopener noreferrer", text: "original" })] : null,
      ev.event_id != null ? [" · ", el("a", { href: eventLink(ev.event_id), class: "event-link", text: "event on the map" })] : null),
  ];
}

function eventLine(e) {
  let when = e.date_start || "undated";
  if (e.date_end && e.date_end !== e.date_start) when += ` – ${e.date_end}`;
  if (e.date_from_publication) when += ` (${e.date_from_publication})`;
  const actors = [[e.actor1, e.actor1_by_rule], [e.actor2, e.actor2_by_rule]].filter(([name]) => name)
    .map(([name, byRule]) => (byRule ? `${name} (by rule)` : name)).join(" vs ") || "unknown actors";
  const extra = [];
  if (e.fatalities) extra.push(`${e.fatalities} killed`);
  if (e.modality !== "asserted") extra.push(e.modality);
  extra.push(`${e.sources} source${e.sources === 1 ? "" : "s"}`);
  const swatch = el("span", { class: "swatch" });
  swatch.style.background = typeColor(e.event_type);  // CSSOM, which the CSP allows (no inline style attribute)
  return el("li", { dataset: { eventId: String(e.event_id) } },
    swatch,
    el("a", { class: "what", href: eventLink(e.event_id), text: `${e.sub_event_type}` }),
    `, ${when}: ${actors} (${extra.join(", ")})`,
    evidence(e.evidence));
}

const where = (place, admin1, country) =>
  [place, admin1 && admin1.toLowerCase() !== String(place).toLowerCase() ? admin1 : null, country].filter(Boolean).join(", ");

/** "1 place", "2 places": the summary line reads as a sentence (the Markdown brief says it the same way). */
const count = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;

function more(list, total, shown) {
  if (total > shown) list.append(el("li", { class: "more", text: `… and ${total - shown} more` }));
}

function render(b) {
  document.getElementById("brief-title").textContent =
    `Morning brief: ${b.since}${b.until !== b.since ? ` to ${b.until}` : ""}`;
  const t = b.totals;
  document.getElementById("brief-summary").textContent =
    `${count(t.events, "new event")} in ${count(t.places, "place")} ` +
    `(from ${count(t.documents, "document")} published in the window), ` +
    `${count(t.control_changes, "control change")}, ${count(t.single_source_claims, "single-source claim")}, ` +
    `${count(t.deadlines, "deadline")} passed.`;
  for (const [id, n] of [["n-events", t.events], ["n-control", t.control_changes],
                         ["n-claims", t.single_source_claims], ["n-deadlines", t.deadlines]]) {
    document.getElementById(id).textContent = `(${n})`;
  }

  const events = clear(document.getElementById("brief-events"));
  let shown = 0;
  for (const g of b.places) {
    const types = Object.entries(g.by_type).map(([type, n]) => `${type} ${n}`).join(", ");
    const list = el("ul", { class: "brief-lines" }, g.events.map(eventLine));
    shown += g.events.length;
    events.append(el("h4", {}, where(g.place, g.admin1, g.country), " ", el("span", { class: "types", text: types })), list);
  }
  if (!b.places.length) events.append(el("p", { class: "hint", text: "No new events in this window." }));
  else if (t.events > shown) events.append(el("p", { class: "more", text: `… and ${t.events - shown} more` }));

  const control = clear(document.getElementById("brief-control"));
  for (const c of b.control_changes) {
    const flags = [c.contested ? "contested" : null, c.claimed_only ? "claimed only" : null, c.partial ? "parts only" : null].filter(Boolean);
    control.append(el("li", {},
      el("span", { class: "what", text: where(c.place, c.admin1, c.country) }),
      `: ${c.before || "no controller known"} → ${c.after} since ${c.since_label || c.since || "an undated report"}`,
      flags.length ? ` (${flags.join(", ")})` : "",
      evidence(c.evidence)));
  }
  emptyNote(control, b.control_changes, "No place changed hands in this window.");
  more(control, t.control_changes, b.control_changes.length);

  const claims = clear(document.getElementById("brief-claims"));
  for (const c of b.single_source_claims) {
    claims.append(el("li", {},
      el("span", { class: "what", text: c.kind }),
      `, ${c.speaker || "unattributed"}${c.modality !== "asserted" ? ` (${c.modality})` : ""}${c.source ? `, in ${c.source}` : ""}`,
      evidence(c.evidence)));
  }
  emptyNote(claims, b.single_source_claims, "No single-source claims in this window.");
  more(claims, t.single_source_claims, b.single_source_claims.length);

  const deadlines = clear(document.getElementById("brief-deadlines"));
  for (const d of b.deadlines) {
    deadlines.append(el("li", {},
      el("span", { class: `status-${d.status}`, text: d.status.toUpperCase() }),
      `: ${d.kind} by ${d.speaker || "unattributed"}, made ${d.made_on || "?"}${d.made_on_inferred ? " (inferred)" : ""}, deadline ${d.deadline}: ${d.reason}`,
      d.evidence_event_ids.length
        ? [" — events: ", d.evidence_event_ids.map((id, i) => [i ? ", " : "", el("a", { href: eventLink(id), text: `#${id}` })])]
        : null,
      evidence(d.evidence)));
  }
  emptyNote(deadlines, b.deadlines, "No deadline passed in this window.");
  more(deadlines, t.deadlines, b.deadlines.length);
}

function emptyNote(list, items, text) {
  if (!items.length) list.append(el("li", { class: "hint", text }));
}

/** When the window is empty and the store's newest event is older, offer the store's latest day. */
async function offerLatest(b) {
  const note = document.getElementById("brief-empty");
  const button = document.getElementById("latest-day");
  note.hidden = true;
  let last = null;
  try {
    const s = await getJSON("summary");
    last = s.date_range ? s.date_range[1] : null;
  } catch {
    return;
  }
  if (!last) return;
  button.hidden = false;
  button.onclick = () => go(addDays(last, -1), last);
  const t = b.totals;
  if (!t.events && !t.control_changes && !t.single_source_claims && !t.deadlines && last < b.since) {
    note.hidden = false;
    clear(note).append(`Nothing in this window: the newest event in the store is dated ${last}. `,
      el("button", { type: "button", class: "link", text: "Show the brief for its last two days", onclick: () => go(addDays(last, -1), last) }));
  }
}

function go(since, until) {
  history.pushState(null, "", `brief${query({ since, until })}`);
  load();
}

async function load() {
  const win = windowFromUrl();
  form.elements.since.value = win.since;
  form.elements.until.value = win.until;
  for (const [id, path] of [["dl-md", "api/brief.md"], ["dl-html", "api/brief.html"], ["dl-json", "api/brief"]]) {
    document.getElementById(id).href = new URL(`${path}${query(win)}`, location.href).href;
  }
  document.body.dataset.ready = "false";
  try {
    const b = await getJSON("brief", win);
    render(b);
    await offerLatest(b);
  } catch (err) {
    showError(`brief: ${err.message}`);
  }
  document.body.dataset.ready = "true";
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  go(form.elements.since.value, form.elements.until.value);
});
for (const button of form.querySelectorAll("button[data-days]")) {
  button.addEventListener("click", () => go(addDays(today(), -Number(button.dataset.days)), today()));
}
window.addEventListener("popstate", load);
load();
