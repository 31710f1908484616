// The side panel: an event with its evidence sentence highlighted in its
// document, and the document view with every extraction highlighted.

import { getJSON } from "./api.js";
import { typeColor } from "./colors.js";
import { clear, el, fmtConfidence, fmtDate, showError } from "./dom.js";
import { documentSpans, renderHighlighted } from "./highlight.js";

export class DetailPanel {
  constructor(panel, body, { onLocate, onSelect }) {
    this.panel = panel;
    this.body = body;
    this.onLocate = onLocate;
    this.onSelect = onSelect;
    panel.querySelector("#detail-close").addEventListener("click", () => {
      this.close();
      if (location.hash) history.pushState(null, "", location.pathname + location.search);
    });
  }

  close() {
    this.onSelect(null);
    this.panel.hidden = true;
    clear(this.body);
  }

  open(...nodes) {
    clear(this.body).append(...nodes.filter(Boolean));
    this.panel.hidden = false;
    this.body.scrollTop = 0;
    this.panel.scrollTop = 0;
  }

  async showEvent(id) {
    let data;
    try {
      data = await getJSON(`events/${encodeURIComponent(id)}`);
    } catch (err) {
      showError(`Event ${id}: ${err.message}`);
      return;
    }
    const e = data.event;
    const doc = data.document;
    this.onSelect(e);
    const evidence = { start: e.evidence_start, end: e.evidence_end, label: "evidence" };
    const rendered = doc && doc.text != null
      ? renderHighlighted(doc.text, [], { focus: evidence })
      : { node: el("p", { class: "evidence-only" }, el("mark", { class: "hl hl-focus", text: e.evidence_text || e.evidence_sentence || "" })), focusNode: null };

    const others = data.same_incident || [];
    // The evidence sentence under the summary: the panel opens at the top (type, actors, source), and
    // the sentence is read there without scrolling; the document below highlights it in context.
    const sentence = doc && doc.text != null && e.evidence_end > e.evidence_start
      ? doc.text.slice(e.evidence_start, e.evidence_end) : (e.evidence_text || "");
    this.open(
      el("div", { class: "detail-head" },
        el("span", { class: "type-badge", dataset: { type: e.event_type } }, e.event_type),
        el("h2", { text: e.sub_event_type || "" })),
      el("dl", { class: "facts" },
        fact("Date", `${fmtDate(e.date_start, e.date_end)}${e.date_from_publication ? ` (${e.date_from_publication})`
          : e.date_precision && e.date_precision !== "day" ? ` (${e.date_precision})` : ""}`),
        fact("Location", placeText(e)),
        fact("Actor 1", actorText(e.actor1, e.actor1_inter, e.actor1_by_rule)),
        fact("Actor 2", actorText(e.actor2, e.actor2_inter, e.actor2_by_rule)),
        fact("Fatalities", casualties(e)),
        fact("Modality", [e.modality, ...(e.hedges && e.hedges.length ? [`hedges: ${e.hedges.join(", ")}`] : [])].join(" · ")),
        fact("Reported by", e.source || "unattributed"),
        fact("Outlet", doc ? [doc.source || "unknown outlet",
          doc.published ? `, published ${doc.published}${doc.published_inferred ? " (inferred)" : ""}` : "",
          doc.url ? " · " : "", doc.url ? externalLink(doc.url) : ""] : ""),
        fact("Confidence", fmtConfidence(e.confidence)),
        fact("PLOVER / CAMEO", [e.plover_type, e.cameo_root].filter(Boolean).join(" / ")),
        fact("Extractor", e.extractor || ""),
        fact("Provenance", `document ${e.document_id}, sentence ${e.evidence_sentence ?? "?"}, characters ${e.evidence_start}–${e.evidence_end}`),
      ),
      sentence ? el("blockquote", { class: "evidence-quote" }, el("mark", { class: "hl", text: sentence })) : null,
      el("div", { class: "detail-actions" },
        el("button", { type: "button", onclick: () => this.onLocate(e) }, "Show on map"),
        el("a", { href: `#/document/${e.document_id}`, class: "button" }, "Document view (all extractions)")),
      el("h3", {}, "Evidence in ", docTitle(doc, e)),
      rendered.node,
      el("h3", { text: `Other reports of the same incident (${others.length})` }),
      others.length
        ? el("ul", { class: "others" }, others.map((o) => el("li", {},
            el("a", { href: `#/event/${o.id}` }, `${fmtDate(o.date_start, o.date_end)} · ${o.document_title || `document ${o.document_id}`}`),
            ` — ${o.source || "unattributed"}, ${o.modality}, fatalities ${o.fatalities ?? "not stated"}`)))
        : el("p", { class: "hint", text: "No other report of this incident is stored: single source." }),
    );
    const typeBadge = this.body.querySelector(".type-badge");
    typeBadge.style.background = typeColor(e.event_type);
  }

  async showDocument(id, { onEventClick } = {}) {
    let view;
    try {
      view = await getJSON(`documents/${encodeURIComponent(id)}`);
    } catch (err) {
      showError(`Document ${id}: ${err.message}`);
      return;
    }
    const doc = view.document;
    const spans = documentSpans(view);
    const rendered = renderHighlighted(view.text || "", spans, { onEventClick });
    const pub = view.published || {};
    const counts = [
      ["event", (view.events || []).length, "events"], ["claim", (view.claims || []).length, "claims"],
      ["place", (view.places || []).length, "places"], ["actor", (view.actors || []).length, "actors"],
      ["flag", (view.flags || []).length, "content flags"],
    ];
    this.open(
      el("div", { class: "detail-head" }, el("h2", {}, docTitle(doc))),
      el("dl", { class: "facts" },
        fact("Published", pub.value ? `${pub.value} (${pub.inferred ? "inferred" : pub.source})` : "unknown"),
        fact("Source", doc.source || ""),
        fact("URL", doc.url ? externalLink(doc.url) : ""),
        fact("Language", doc.language || ""),
        fact("Extractor", doc.extractor_version || ""),
        doc.duplicate_of ? fact("Near-duplicate of", el("a", { href: `#/document/${doc.duplicate_of}` }, `document ${doc.duplicate_of}`)) : null,
        doc.extraction_error ? fact("Extraction error", doc.extraction_error) : null,
      ),
      el("ul", { class: "hl-key" }, counts.map(([kind, n, label]) => el("li", {}, el("span", { class: `hl hl-${kind}`, text: label }), ` ${n}`))),
      el("p", { class: "hint", text: "Hover a highlight to see what was extracted; click an event sentence to open the event." }),
      rendered.node,
    );
  }
}

/** A link that opens outside the app, only for http(s) URLs; anything else is shown as plain text. */
function externalLink(url) {
  const a = el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, url);
  return a.hasAttribute("href") ? a : el("span", { text: url });
}

function fact(label, value) {
  if (value == null || value === "") return null;
  return [el("dt", { text: label }), el("dd", {}, value)];
}

function docTitle(doc, e) {
  const title = (doc && doc.title) || (e && e.document_title) || `document ${(doc && doc.id) || (e && e.document_id)}`;
  return el("span", { class: "doc-title", text: title });
}

function placeText(e) {
  const parts = [e.location_name, e.admin2, e.admin1, e.country].filter(Boolean);
  const uniq = parts.filter((p, i) => parts.indexOf(p) === i);
  let s = uniq.join(", ");
  if (e.lat != null && e.lon != null) s += ` (${Number(e.lat).toFixed(3)}, ${Number(e.lon).toFixed(3)})`;
  if (e.geo_precision) s += ` · geo precision ${e.geo_precision}`;
  return s || "not located";
}

function actorText(name, inter, byRule) {
  if (!name) return "";
  const text = inter ? `${name} (inter ${inter})` : name;
  // An actor the report does not name, supplied by an ACLED convention, is not the report's word.
  return byRule ? [text, " ", el("span", { class: "by-rule", title: "supplied by ACLED's coding rules: the report does not name this actor", text: "by rule, not named in the report" })] : text;
}

function casualties(e) {
  const parts = [];
  parts.push(`${e.fatalities ?? "not stated"}`);
  if (e.injured != null) parts.push(`injured ${e.injured}`);
  if (e.arrested != null) parts.push(`arrested ${e.arrested}`);
  // How a figure was read when it is not the report's own number (an ACLED convention, a stated zero).
  const text = parts.join(" · ");
  return e.fatalities_note ? `${text} (${e.fatalities_note})` : text;
}
