// Safe DOM building. Every piece of text from the store (document text, titles,
// actor names, quotes) is untrusted: it only ever reaches the page as a text
// node or an attribute value, never through innerHTML.

const SAFE_SCHEMES = new Set(["http:", "https:"]);

/** Create an element; string children become text nodes, `on*` keys take functions only. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  appendAll(node, children);
  return node;
}

/** Create an SVG element (for the timeline). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  setAttrs(node, attrs);
  appendAll(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key.startsWith("on")) {
      // Handlers are functions written here; a string would be code from data.
      if (typeof value === "function") node.addEventListener(key.slice(2), value);
      continue;
    }
    if (key === "class") node.setAttribute("class", value);
    else if (key === "text") node.textContent = String(value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "href") {
      const href = safeHref(value);
      if (href) node.setAttribute("href", href);
    } else node.setAttribute(key, String(value));
  }
}

function appendAll(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
}

/** An href only when it is an absolute http(s) URL or a local hash route; anything else (javascript:, data:) is dropped. */
export function safeHref(value) {
  const s = String(value || "").trim();
  if (s.startsWith("#")) return s;
  try {
    const url = new URL(s);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Remove all children. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function fmtNumber(n) {
  return n == null ? "" : Number(n).toLocaleString("en-US");
}

export function fmtConfidence(c) {
  return c == null ? "" : Number(c).toFixed(2);
}

/** "2021-07-08" or "2021-07-01 – 2021-07-15" for ranges. */
export function fmtDate(start, end) {
  if (!start) return "undated";
  if (end && end !== start) return `${start} – ${end}`;
  return start;
}

/** Show an error message in the banner (text only). */
export function showError(message) {
  const banner = document.getElementById("error-banner");
  banner.textContent = message;
  banner.hidden = false;
  clearTimeout(showError._timer);
  showError._timer = setTimeout(() => { banner.hidden = true; }, 8000);
}
