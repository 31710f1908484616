// The offline basemap: country outlines (world-atlas), admin-1 boundaries (Natural Earth,
// named as GeoNames spells them) from zoom 4, and place labels (provinces, towns by
// population, districts) placed without overlap. Everything is shipped in the package.
/* global L, topojson */

import { el } from "./dom.js";

const WORLD_URL = "static/vendor/world-atlas/countries-50m.json";
const ADMIN1_URL = "static/basemap/admin1.json";
const LABELS_URL = (iso2) => `static/basemap/labels/${iso2}.json`;
const ANTARCTICA = "010"; // ISO 3166-1 numeric, the feature id in world-atlas
const ADMIN1_MIN_ZOOM = 4;
const LABEL_MIN_ZOOM = 5;
const MAX_LABELS = 220;

/** Fold a name for matching: lower case, no accents ("Herāt" = "herat"). */
export function fold(s) {
  return String(s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

export class Basemap {
  constructor(map, renderer) {
    this.map = map;
    this.renderer = renderer;
    this.countries = [];       // world-atlas features
    this.admin1 = [];          // {feature, name, country, keys:Set, bounds, lat, lon}
    this.labelCache = new Map();
    map.createPane("labels").style.zIndex = 450; // above the markers' canvas, below tooltips and popups
    map.getPane("labels").style.pointerEvents = "none";
    this.labels = L.layerGroup([], { pane: "labels" }).addTo(map);
    this.admin1Layer = null;
    map.on("zoomend", () => this.toggleAdmin1());
    map.on("moveend", () => this.drawLabels());
  }

  async loadCountries() {
    const topo = await (await fetch(WORLD_URL)).json();
    const countries = topojson.feature(topo, topo.objects.countries);
    // Antarctica reaches the pole, which Web Mercator cannot draw; no conflict map needs it.
    countries.features = countries.features.filter((f) => f.id !== ANTARCTICA);
    for (const f of countries.features) unwrapGeometry(f.geometry);
    this.countries = countries.features;
    L.geoJSON(countries, {
      renderer: this.renderer, pane: "basemap", interactive: false,
      smoothFactor: 1.5, // simplify outlines a little more: fewer vertices to draw on every pan
      style: { color: "#8d9aa5", weight: 0.7, fillColor: "#eeebe3", fillOpacity: 1 },
    }).addTo(this.map);
  }

  async loadAdmin1() {
    const topo = await (await fetch(ADMIN1_URL)).json();
    const fc = topojson.feature(topo, topo.objects.admin1);
    for (const f of fc.features) unwrapGeometry(f.geometry);
    this.admin1Layer = L.geoJSON(fc, {
      renderer: this.renderer, pane: "basemap", interactive: false, smoothFactor: 1,
      style: { color: "#7d8a96", weight: 0.8, dashArray: "4 3", fill: false },
      onEachFeature: (f, layer) => {
        const p = f.properties;
        this.admin1.push({
          feature: f, name: p.name, country: p.country, bounds: layer.getBounds(), lat: p.lat, lon: p.lon,
          keys: new Set([p.name, ...(p.alt ? p.alt.split("|") : [])].map(fold)),
        });
      },
    });
    this.toggleAdmin1();
    this.drawLabels();
    this.map.getContainer().dataset.admin1 = String(this.admin1.length);
  }

  /** Outline the province the filters name (null clears it). */
  outline(unit) {
    if (this.outlined) this.map.removeLayer(this.outlined);
    this.outlined = unit ? L.geoJSON(unit.feature, {
      renderer: this.renderer, pane: "basemap", interactive: false,
      style: { color: "#24527a", weight: 2.5, fillColor: "#24527a", fillOpacity: 0.06 },
    }).addTo(this.map) : null;
  }

  toggleAdmin1() {
    if (!this.admin1Layer) return;
    const show = this.map.getZoom() >= ADMIN1_MIN_ZOOM;
    if (show && !this.map.hasLayer(this.admin1Layer)) this.admin1Layer.addTo(this.map);
    if (!show && this.map.hasLayer(this.admin1Layer)) this.map.removeLayer(this.admin1Layer);
  }

  /** The admin-1 unit named `name` (any spelling the data knows), in `country` (ISO2) when given. */
  findAdmin1(name, country) {
    const key = fold(name);
    if (!key) return null;
    const cc = country && country.length === 2 ? country.toUpperCase() : null;
    return this.admin1.find((a) => a.keys.has(key) && (!cc || a.country === cc)) || null;
  }

  /** Bounds of a country given as ISO2 (its provinces) or as a name (its outline). */
  countryBounds(country) {
    if (!country) return null;
    const value = country.trim();
    if (value.length === 2) {
      const units = this.admin1.filter((a) => a.country === value.toUpperCase());
      if (units.length) return units.reduce((b, a) => b.extend(a.bounds), L.latLngBounds(units[0].bounds.getSouthWest(), units[0].bounds.getNorthEast()));
    }
    const key = fold(value);
    const f = this.countries.find((c) => fold(c.properties && c.properties.name) === key);
    return f ? L.geoJSON(f).getBounds() : null;
  }

  /** Countries (ISO2) whose provinces touch the view. */
  countriesInView() {
    const view = this.map.getBounds();
    return [...new Set(this.admin1.filter((a) => a.country && view.intersects(a.bounds)).map((a) => a.country))];
  }

  async labelsOf(iso2) {
    if (!this.labelCache.has(iso2)) {
      this.labelCache.set(iso2, fetch(LABELS_URL(iso2)).then((r) => (r.ok ? r.json() : { admin2: [], places: [] }))
        .catch(() => ({ admin2: [], places: [] })));
    }
    return this.labelCache.get(iso2);
  }

  /** Provinces, cities, districts, then towns by population, each kept only where it overlaps no earlier label. */
  async drawLabels() {
    const zoom = this.map.getZoom();
    const seq = (this.labelSeq = (this.labelSeq || 0) + 1);
    if (zoom < LABEL_MIN_ZOOM || !this.admin1.length) {
      this.labels.clearLayers();
      this.map.getContainer().dataset.labels = "0";
      return;
    }
    const view = this.map.getBounds();
    const iso = this.countriesInView().slice(0, 12);
    const sets = await Promise.all(iso.map((c) => this.labelsOf(c)));
    if (seq !== this.labelSeq) return;
    const candidates = [];
    if (zoom <= 9) {
      for (const a of this.admin1) {
        if (a.lat != null && view.contains([a.lat, a.lon])) candidates.push({ name: a.name, lat: a.lat, lon: a.lon, cls: "lbl-admin1" });
      }
    }
    const minPop = zoom >= 9 ? 0 : zoom >= 8 ? 1000 : zoom >= 7 ? 5000 : zoom >= 6 ? 15000 : 100000;
    const places = [];
    for (const set of sets) {
      for (const [name, lat, lon, pop] of set.places) {
        if (pop >= minPop && view.contains([lat, lon])) places.push({ name, lat, lon, pop, cls: pop >= 100000 ? "lbl-city" : "lbl-town" });
      }
    }
    places.sort((a, b) => b.pop - a.pop);
    // Cities first, then districts (what an analyst reads a province by), then the smaller towns.
    const big = places.filter((p) => p.pop >= 20000);
    candidates.push(...big.slice(0, 300));
    if (zoom >= 6.5) {
      for (const set of sets) {
        for (const [name, lat, lon] of set.admin2) {
          if (view.contains([lat, lon])) candidates.push({ name, lat, lon, cls: "lbl-admin2" });
        }
      }
    }
    candidates.push(...places.filter((p) => p.pop < 20000).slice(0, 500));
    const placed = [];
    const layers = [];
    for (const c of candidates) {
      if (layers.length >= MAX_LABELS) break;
      const p = this.map.latLngToContainerPoint([c.lat, c.lon]);
      const w = c.name.length * (c.cls === "lbl-admin1" ? 7.5 : 6.5) + 8, h = 14;
      const box = [p.x - w / 2, p.y - h, p.x + w / 2, p.y + 4];
      if (placed.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
      placed.push(box);
      const dot = c.cls === "lbl-city" || c.cls === "lbl-town";
      const node = el("div", { class: `map-label ${c.cls}` }, dot ? el("span", { class: "lbl-dot" }) : null, c.name);
      layers.push(L.marker([c.lat, c.lon], {
        pane: "labels", interactive: false, keyboard: false,
        icon: L.divIcon({ html: node, className: "map-label-icon", iconSize: null }),
      }));
    }
    this.labels.clearLayers();
    for (const l of layers) this.labels.addLayer(l);
    this.map.getContainer().dataset.labels = String(layers.length);
  }
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
