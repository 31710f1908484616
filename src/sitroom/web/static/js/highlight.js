// Render a document's text with extraction spans highlighted. The text is split
// at every span boundary and each piece becomes a text node inside a <span>;
// nothing from the document is ever parsed as HTML.

import { el } from "./dom.js";

/**
 * spans: [{start, end, kind, label, eventId?}] with kind in
 * event | claim | place | actor | time | flag | evidence.
 * focus: a span (same object or {start, end}) to mark and scroll to.
 */
export function renderHighlighted(text, spans, { focus = null, onEventClick = null } = {}) {
  const container = el("div", { class: "doc-text" });
  const len = text.length;
  const clean = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(len, s.end) }));
  if (focus) clean.push({ start: focus.start, end: focus.end, kind: "focus", label: focus.label || "evidence" });
  const cuts = new Set([0, len]);
  for (const s of clean) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= len).sort((a, b) => a - b);
  let focusNode = null;
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = clean.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) {
      container.append(piece);
      continue;
    }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const node = el("span", {
      class: ["hl", ...kinds.map((k) => `hl-${k}`)].join(" "),
      title: covering.filter((s) => s.kind !== "focus").map((s) => s.label).join("\n") || null,
    }, piece);
    const event = covering.find((s) => s.eventId != null);
    if (event && onEventClick) {
      node.classList.add("clickable");
      node.addEventListener("click", () => onEventClick(event.eventId));
    }
    if (kinds.includes("focus") && !focusNode) focusNode = node;
    container.append(node);
  }
  return { node: container, focusNode };
}

/** Spans for every extraction of a document view (as returned by /api/documents/{id}). */
export function documentSpans(doc) {
  const spans = [];
  for (const e of doc.events || []) {
    spans.push({ start: e.evidence_start, end: e.evidence_end, kind: "event", eventId: e.id,
      label: `event: ${e.event_type} / ${e.sub_event_type}${e.modality && e.modality !== "asserted" ? ` (${e.modality})` : ""}` });
  }
  for (const c of doc.claims || []) {
    spans.push({ start: c.quote_start ?? c.start, end: c.quote_end ?? c.end, kind: "claim",
      label: `claim (${c.kind})${c.speaker ? ` by ${c.speaker}` : ""}${c.modality ? `, ${c.modality}` : ""}` });
  }
  for (const p of doc.places || []) {
    spans.push({ start: p.start, end: p.end, kind: "place", label: `place: ${p.name || p.text}${p.country ? `, ${p.country}` : ""}${p.level ? ` (${p.level})` : ""}` });
  }
  for (const a of doc.actors || []) {
    spans.push({ start: a.start, end: a.end, kind: "actor", label: `${a.kind === "person" ? "person" : "actor"}: ${a.name}${a.role ? `, ${a.role}` : ""}` });
  }
  for (const f of doc.flags || []) {
    spans.push({ start: f.start, end: f.end, kind: "flag", label: `content flag: ${f.flag}` });
  }
  return spans;
}
