// The offline map: Natural Earth country outlines (vendored world-atlas TopoJSON)
// as the only basemap, events as clustered circle markers coloured by type and
// sized by fatalities, and a control layer colouring places by controller.
/* global L, topojson */

import { controllerColor, radiusFor, typeColor } from "./colors.js";
import { el } from "./dom.js";

const WORLD_URL = "static/vendor/world-atlas/countries-50m.json";
const ANTARCTICA = "010"; // ISO 3166-1 numeric, the feature id in world-atlas

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
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Country outlines: Natural Earth via world-atlas");
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
  }

  /** Load the country outlines shipped with the package. */
  async loadBasemap() {
    const response = await fetch(WORLD_URL);
    const topo = await response.json();
    const countries = topojson.feature(topo, topo.objects.countries);
    // Antarctica reaches the pole, which Web Mercator cannot draw; no conflict map needs it.
    countries.features = countries.features.filter((f) => f.id !== ANTARCTICA);
    for (const f of countries.features) unwrapGeometry(f.geometry);
    L.geoJSON(countries, {
      renderer: this.baseRenderer,
      pane: "basemap",
      interactive: false,
      smoothFactor: 1.5, // simplify outlines a little more: fewer vertices to draw on every pan
      style: { color: "#8d9aa5", weight: 0.7, fillColor: "#eeebe3", fillOpacity: 1 },
    }).addTo(this.map);
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
        `${date || "undated"} · ${fatalities ?? 0} killed`));
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
    if (bounds.isValid()) this.map.fitBounds(bounds.pad(0.3), { maxZoom: 7 });
  }

  /** Draw control rows ({place, lat, lon, controller, since, ...}) as coloured discs. */
  setControl(rows, asOf) {
    this.control.clearLayers();
    const controllers = new Map();
    for (const row of rows) {
      if (row.lat == null || row.lon == null) continue;
      const disc = L.circleMarker([row.lat, row.lon], {
        renderer: this.renderer,
        radius: 9,
        color: "#111",
        weight: 1,
        fillColor: controllerColor(row.controller),
        fillOpacity: row.claimed_only ? 0.45 : 0.9, // only claimed, no event: paler
        dashArray: row.contested ? "3 2" : null,
      });
      controllers.set(row.controller, (controllers.get(row.controller) || 0) + 1);
      disc.bindTooltip(() => el("div", {},
        el("strong", { text: row.place || row.place_name || "" }), el("br"),
        `${row.controller || "unknown"} since ${row.since || "?"}`,
        row.contested ? " (contested)" : "", row.claimed_only ? " (claimed only)" : ""));
      this.control.addLayer(disc);
    }
    this.drawControlLegend(controllers, asOf);
  }

  drawControlLegend(controllers, asOf) {
    if (!this.legendNode) return;
    const node = this.legendNode;
    while (node.firstChild) node.removeChild(node.firstChild);
    node.append(el("strong", { text: `Control as of ${asOf || "?"}` }));
    if (!controllers.size) node.append(el("div", { class: "hint", text: "no control information yet" }));
    for (const [name, n] of [...controllers].sort((a, b) => b[1] - a[1])) {
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = controllerColor(name);
      node.append(el("div", {}, swatch, `${name} (${n})`));
    }
  }

  setMode(mode) {
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

/**
 * Rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to -180 and
 * would be drawn as lines across the whole map. Shift the points after each jump by 360
 * degrees so every ring stays continuous, a little past 180 where it belongs.
 */
function unwrapGeometry(geometry) {
  if (!geometry) return;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates]
    : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let shift = 0;
      for (let i = 1; i < ring.length; i++) {
        const jump = ring[i][0] + shift - ring[i - 1][0];
        if (jump > 180) shift -= 360;
        else if (jump < -180) shift += 360;
        ring[i] = [ring[i][0] + shift, ring[i][1]];
      }
    }
  }
}
