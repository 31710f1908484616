// The offline map: the shipped basemap (country outlines, admin-1 boundaries, labels),
// events as clustered circle markers coloured by type and sized by fatalities, and a
// control layer shading provinces (or marking towns and districts) by controller.
/* global L */

import { Basemap } from "./basemap.js";
import { controllerColor, radiusFor, typeColor } from "./colors.js";
import { el } from "./dom.js";

export class EventMap {
  constructor(container, { onEventClick }) {
    this.onEventClick = onEventClick;
    this.map = L.map(container, {
      preferCanvas: true, // canvas draws thousands of circle markers without a DOM node each
      worldCopyJump: false,
      maxBounds: [[-75, -250], [85, 250]],
      maxBoundsViscosity: 0.7,
      minZoom: 2,
      maxZoom: 12,
      zoomSnap: 0.5,
    }).setView([30, 40], 3);
    // The zoom, on the map's element: what a test (or a user's inspector) reads to know how close it is.
    const zoomAttr = () => { this.map.getContainer().dataset.zoom = String(this.map.getZoom()); };
    this.map.on("zoomend", zoomAttr);
    zoomAttr();
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Boundaries: Natural Earth · Labels: GeoNames");
    // Two canvases: the outlines are redrawn only when the view moves, not each time markers change.
    this.map.createPane("basemap").style.zIndex = 250;
    this.baseRenderer = L.canvas({ pane: "basemap", padding: 0.3 });
    this.renderer = L.canvas({ padding: 0.5 });
    this.events = L.markerClusterGroup({
      chunkedLoading: true,   // add markers in slices so the page stays responsive
      maxClusterRadius: 45,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: (cluster) => clusterIcon(cluster),
    });
    this.control = L.layerGroup();
    this.controlLegend = L.control({ position: "bottomleft" });
    this.controlLegend.onAdd = () => (this.legendNode = el("div", { class: "map-legend" }));
    this.mode = "events";
    this.events.addTo(this.map);
    this.fittedOnce = false;
    this.markerCount = 0;
    this.basemap = new Basemap(this.map, this.baseRenderer);
    // The view on the element too, for tests and for anyone reading the page's state.
    this.map.on("moveend", () => {
      const b = this.map.getBounds(), node = this.map.getContainer();
      node.dataset.zoom = String(this.map.getZoom());
      node.dataset.bounds = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((x) => x.toFixed(3)).join(",");
    });
  }

  /** Tell `fn` the map's bounds [west, south, east, north] after every move, whoever made it. */
  onMove(fn) {
    this.map.on("moveend", () => {
      const b = this.map.getBounds();
      fn([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    });
  }

  /** Show [west, south, east, north] (a restored view). */
  showBounds(bounds) {
    this.fittedOnce = true;
    this.map.fitBounds([[bounds[1], bounds[0]], [bounds[3], bounds[2]]], { animate: false });
  }

  /** Fit the map to the province or country of the filters; false when the basemap does not know it. */
  fitToPlace(country, admin1) {
    let bounds = null;
    const unit = admin1 ? this.basemap.findAdmin1(admin1, country) : null;
    if (unit) bounds = unit.bounds;
    if (!bounds && country) bounds = this.basemap.countryBounds(country);
    if (!bounds || !bounds.isValid()) return false;
    this.fittedOnce = true;
    this.map.fitBounds(bounds.pad(0.05), { animate: false, maxZoom: 9 });
    return true;
  }

  /** Fit to the markers on the map (a filter without a known place). */
  /** Fit the map to the event markers; false when there are none yet. */
  fitToMarkers() {
    const latlngs = this.events.getLayers().map((m) => m.getLatLng());
    if (latlngs.length) this.fitTo(latlngs);
    return latlngs.length > 0;
  }

  /** Load the basemap shipped with the package: outlines first, then provinces and labels. */
  async loadBasemap() {
    await this.basemap.loadCountries();
    await this.basemap.loadAdmin1();
    // Control rows drawn before the provinces came in showed a province as a point: draw them again.
    if (this.lastControl && this.mode === "control") this.setControl(...this.lastControl);
  }

  /** Replace the event markers. `points` are [id, lat, lon, type, fatalities, date] rows. */
  setEvents(points) {
    this.events.clearLayers();
    const markers = [];
    for (const [id, lat, lon, type, fatalities, date] of points) {
      if (lat == null || lon == null) continue;
      const marker = L.circleMarker([lat, lon], {
        renderer: this.renderer,
        radius: radiusFor(fatalities),
        color: "#222",
        weight: 0.8,
        fillColor: typeColor(type),
        fillOpacity: 0.85,
      });
      marker.eventId = id;
      marker.eventType = type;
      marker.bindTooltip(() => el("div", {},
        el("strong", { text: type }), el("br"),
        `${date || "undated"} · ${fatalities != null ? `${fatalities} killed` : "fatalities not stated"}`));
      marker.on("click", () => this.onEventClick(id));
      markers.push(marker);
    }
    this.events.addLayers(markers);
    this.markerCount = markers.length;
    if (!this.fittedOnce && markers.length) {
      this.fitTo(markers.map((m) => m.getLatLng()));
      this.fittedOnce = true;
    }
    return markers.length;
  }

  fitTo(latlngs) {
    const bounds = L.latLngBounds(latlngs);
    if (bounds.isValid()) this.map.fitBounds(bounds.pad(0.3), { maxZoom: 7, animate: false });
  }

  /** Draw control rows: a province the store knows as a unit is shaded with its controller's colour;
   * a town or district (no boundary shipped below admin-1) is a coloured point. */
  setControl(rows, asOf) {
    this.lastControl = [rows, asOf];
    this.control.clearLayers();
    const controllers = new Map();
    let areas = 0, points = 0;
    for (const row of rows) {
      const style = {
        color: "#111", weight: 1, fillColor: controllerColor(row.controller),
        dashArray: row.contested ? "4 3" : null,
      };
      // A claim about parts of a province ("most areas of Kunduz") does not colour the whole province.
      const unit = row.level === "admin1" && !row.partial ? this.basemap.findAdmin1(row.place, row.country) : null;
      let shape;
      if (unit) {
        shape = L.geoJSON(unit.feature, {
          renderer: this.renderer, style: { ...style, weight: 1.5, fillOpacity: row.claimed_only ? 0.2 : 0.45 },
        });
        areas++;
      } else if (row.lat != null && row.lon != null) {
        shape = L.circleMarker([row.lat, row.lon], {
          ...style, renderer: this.renderer, radius: 8, fillOpacity: row.claimed_only ? 0.45 : 0.9,
        });
        // The point covers the basemap's own label for the place: name it beside the point instead.
        this.control.addLayer(L.tooltip({ permanent: true, direction: "right", offset: [9, 0], className: "control-label",
                                          interactive: false }).setLatLng([row.lat, row.lon]).setContent(row.place || ""));
        points++;
      } else continue;
      controllers.set(row.controller, (controllers.get(row.controller) || 0) + 1);
      shape.bindTooltip(() => el("div", {},
        el("strong", { text: row.place || "" }), el("br"),
        `${row.controller || "unknown"} since ${row.since_label || row.since || "?"}`,
        row.contested ? " (contested)" : "", row.claimed_only ? " (claimed only)" : "",
        row.partial ? " (parts only)" : ""));
      this.control.addLayer(shape);
    }
    if (this.fitControlNext && this.control.getLayers().length) {
      this.fitControlNext = false;
      this.fitClearOfLegend();
    }
    this.map.getContainer().dataset.controlAreas = String(areas);
    this.map.getContainer().dataset.controlPoints = String(points);
    this.drawControlLegend(controllers, asOf, { areas, points });
  }

  drawControlLegend(controllers, asOf, { areas, points }) {
    if (!this.legendNode) return;
    const node = this.legendNode;
    while (node.firstChild) node.removeChild(node.firstChild);
    node.append(el("strong", { text: `Control as of ${asOf || "?"}` }));
    if (!controllers.size) node.append(el("div", { class: "hint", text: "no control information for this view" }));
    for (const [name, n] of [...controllers].sort((a, b) => b[1] - a[1])) {
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = controllerColor(name);
      node.append(el("div", {}, swatch, `${name} (${n})`));
    }
    node.append(el("div", { class: "hint legend-shapes" },
      el("span", { class: "legend-area" }), ` shaded area: a province (admin-1) (${areas})`, el("br"),
      el("span", { class: "legend-point" }), ` point: a town or district (no boundary shipped), or parts of a province (${points})`, el("br"),
      "dashed: contested · pale: claimed only"));
  }

  /** Fit the control shapes in the part of the map the legend (bottom left) leaves free, so it hides none. */
  fitClearOfLegend() {
    let bounds = null;
    this.control.eachLayer((layer) => {
      const b = layer.getBounds ? layer.getBounds() : layer.getLatLng ? L.latLngBounds([layer.getLatLng()]) : null;
      if (b && b.isValid()) bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
    });
    if (!bounds) return;
    const box = this.legendNode ? this.legendNode.getBoundingClientRect() : { width: 0, height: 0 };
    const view = this.map.getBounds();
    const size = this.map.getSize();
    // Already in view and clear of the legend's corner: leave the analyst's view alone.
    const sw = this.map.latLngToContainerPoint(bounds.getSouthWest());
    if (view.contains(bounds) && sw.x > box.width + 10 && sw.y < size.y - box.height - 10) return;
    this.map.fitBounds(bounds, { paddingBottomLeft: [box.width + 20, box.height + 20], paddingTopRight: [40, 50],
                                 maxZoom: 8, animate: false });
  }

  setMode(mode) {
    this.fitControlNext = mode === "control" && this.mode !== "control";
    this.mode = mode;
    if (mode === "control") {
      this.map.removeLayer(this.events);
      this.control.addTo(this.map);
      this.controlLegend.addTo(this.map);
    } else {
      this.map.removeLayer(this.control);
      this.controlLegend.remove();
      this.events.addTo(this.map);
    }
  }

  /** Ring the selected event, so the detail panel and the map point at the same thing. */
  select(lat, lon) {
    if (this.selected) this.map.removeLayer(this.selected);
    this.selected = null;
    if (lat == null || lon == null) return;
    this.selected = L.circleMarker([lat, lon], {
      renderer: this.renderer, radius: 16, color: "#111", weight: 2.5, fill: false, interactive: false,
    }).addTo(this.map);
  }

  highlight(lat, lon) {
    if (lat == null || lon == null) return;
    this.map.setView([lat, lon], Math.max(this.map.getZoom(), 7));
  }
}

/** A cluster disc coloured by the most frequent event type inside it, sized by count. */
function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const counts = new Map();
  for (const m of children) counts.set(m.eventType, (counts.get(m.eventType) || 0) + 1);
  let top = null;
  for (const [type, n] of counts) if (top === null || n > counts.get(top)) top = type;
  const n = children.length;
  const size = Math.round(Math.min(56, 24 + 6 * Math.log10(n + 1) * 2));
  const node = el("div", { class: "cluster-disc", title: `${n} events, mostly ${top}` },
    el("span", { text: n >= 1000 ? `${Math.round(n / 100) / 10}k` : String(n) }));
  node.style.setProperty("--c", typeColor(top));
  node.style.width = node.style.height = `${size}px`;
  node.style.lineHeight = `${size}px`;
  return L.divIcon({ html: node, className: "cluster-icon", iconSize: L.point(size, size) });
}
