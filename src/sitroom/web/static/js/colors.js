// Colours by event type (ACLED's six first) and by controller on the control map.

const TYPE_COLORS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};

// For the non-ACLED types (diplomacy, statements, disasters, crime) and anything new.
const EXTRA = ["#17becf", "#bcbd22", "#e377c2", "#7f7f7f", "#393b79", "#637939", "#843c39", "#7b4173"];
const assigned = new Map();

export function typeColor(type) {
  if (TYPE_COLORS[type]) return TYPE_COLORS[type];
  if (!assigned.has(type)) assigned.set(type, EXTRA[assigned.size % EXTRA.length]);
  return assigned.get(type);
}

/** Known ACLED types first, then the others alphabetically. */
export function orderTypes(types) {
  const acled = Object.keys(TYPE_COLORS);
  return [...new Set(types)].sort((a, b) => {
    const ia = acled.indexOf(a), ib = acled.indexOf(b);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
    return a.localeCompare(b);
  });
}

const CONTROLLER_PALETTE = ["#b2182b", "#2166ac", "#1b7837", "#e08214", "#762a83", "#35978f", "#8c510a", "#4d4d4d"];
const controllers = new Map();

/** A stable colour per controller name; "contested"/unknown get grey. */
export function controllerColor(name) {
  if (!name || /contested|unknown/i.test(name)) return "#999999";
  if (!controllers.has(name)) controllers.set(name, CONTROLLER_PALETTE[controllers.size % CONTROLLER_PALETTE.length]);
  return controllers.get(name);
}

/** Marker radius in pixels grows with the square root of fatalities, so area tracks the count. */
export function radiusFor(fatalities) {
  const f = Math.max(0, Number(fatalities) || 0);
  return Math.min(22, 5 + 2.2 * Math.sqrt(f));
}
