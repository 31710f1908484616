// Facet counts beside the filters (type, actor, province, source under the current
// filters, as Datasette shows them), the links to the same view as JSON/CSV/GeoJSON
// from the API, and the form kept in step with the state restored from the URL.

import { query } from "./api.js";
import { clear, el, fmtNumber } from "./dom.js";

const FACET_TITLES = { actor: "Actor", admin1: "Province (admin1)", source: "Source" };

/** Counts next to each type checkbox, and clickable top values for actor, province and source. */
export function drawFacets(data, filters, setFilters) {
  // Estimated counts (a filter no roll-up holds, past the API's time budget) are marked as such.
  const approx = data.facets_exact === false;
  const count = (n) => (approx ? `~${fmtNumber(n)}` : fmtNumber(n));
  const byType = new Map((data.facets.event_type || []).map((f) => [f.value, f.count]));
  for (const label of document.querySelectorAll("#type-filter label.check")) {
    const input = label.querySelector("input");
    let badge = label.querySelector(".facet-count");
    if (!badge) label.append((badge = el("span", { class: "facet-count" })));
    badge.textContent = count(byType.get(input.value) || 0);
    badge.title = approx ? "an estimate" : "";
  }
  const box = clear(document.getElementById("facets"));
  box.dataset.total = String(data.total);
  for (const name of ["actor", "admin1", "source"]) {
    const values = data.facets[name] || [];
    const list = el("ul", { class: "facet-list", dataset: { facet: name } });
    for (const { value, count: n } of values) {
      const active = filters[name] === value;
      list.append(el("li", {},
        el("button", {
          type: "button", class: `link facet-value${active ? " active" : ""}`, title: active ? "remove this filter" : `filter on ${value}`,
          onclick: () => {
            const next = { ...filters };
            if (active) delete next[name];
            else next[name] = value;
            setFilters(next);
          },
        }, value),
        el("span", { class: "facet-count", text: count(n), title: approx ? "an estimate" : "" })));
    }
    if (!values.length) list.append(el("li", { class: "hint", text: "none" }));
    box.append(el("h3", { text: FACET_TITLES[name] }), list);
  }
}

/** The current view's rows from the API: the same query string on /api/events and the exports. */
export function drawViewLinks(q) {
  const qs = query(q);
  const abs = (path) => new URL(`${path}${qs}`, document.baseURI).href;
  const links = clear(document.getElementById("view-links"));
  links.append("This view as ",
    el("a", { href: abs("api/events"), id: "view-json", target: "_blank", rel: "noopener" }, "JSON"), " · ",
    el("a", { href: abs("api/export/acled-csv"), id: "view-csv" }, "CSV"), " · ",
    el("a", { href: abs("api/export/geojson"), id: "view-geojson" }, "GeoJSON"));
}

/** Put the filters into the form (after a reload, a shared link, or a facet click). */
export function fillForm(form, filters) {
  const types = new Set(filters.event_type || []);
  for (const input of form.querySelectorAll("input[name=event_type]")) input.checked = types.has(input.value);
  for (const key of ["actor", "country", "admin1", "place", "modality", "source"]) {
    if (form[key]) form[key].value = filters[key] || "";
  }
  form.min_confidence.value = String(filters.min_confidence || 0);
  document.getElementById("confidence-value").textContent = Number(filters.min_confidence || 0).toFixed(2);
}
