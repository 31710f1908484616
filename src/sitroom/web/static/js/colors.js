// Colours by event type (ACLED's six first) and by controller on the control map.

const TYPE_COLORS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};

/** A hue from a name (FNV-1a hash): the same name gets the same colour on every page load. */
function hashHue(name) {
  let h = 0x811c9dc5;
  for (const ch of String(name)) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 360;
}

/** ACLED's six keep their fixed colours; any other type (diplomacy, disasters, crime, new ones)
 * gets a colour derived from its name, so it is stable across loads, filters and machines. */
export function typeColor(type) {
  if (TYPE_COLORS[type]) return TYPE_COLORS[type];
  return `hsl(${hashHue(type)}, 55%, 42%)`;
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

/** A stable colour per controller name (from the name, not the order seen); "contested"/unknown get grey. */
export function controllerColor(name) {
  if (!name || /contested|unknown/i.test(name)) return "#999999";
  return `hsl(${hashHue(name)}, 65%, 40%)`;
}

/** Marker radius in pixels grows with the square root of fatalities, so area tracks the count. */
export function radiusFor(fatalities) {
  const f = Math.max(0, Number(fatalities) || 0);
  return Math.min(22, 5 + 2.2 * Math.sqrt(f));
}
