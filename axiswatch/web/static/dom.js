// Small helpers shared by every view: DOM building (never innerHTML with data),
// the API client, the filter state in the URL, colours and labels.

export const TYPES = ["attack", "strike", "plot", "killing", "arrest", "protest", "meeting",
  "statement", "sanction", "transfer"];
export const CERTAINTIES = ["confirmed", "reported", "claimed", "assessed", "alleged"];
export const COLORS = {
  attack: "#d1495b", strike: "#2e6fba", plot: "#8e5cc4", killing: "#7a4b2a",
  arrest: "#6b7785", protest: "#d97cb4", meeting: "#2f9e6e", statement: "#b59b1f",
  sanction: "#1a9fb0", transfer: "#e08a2c",
};
export const NODE_COLORS = {
  armed_group: "#d1495b", front_group: "#e08a2c", coalition: "#8e5cc4",
  state_body: "#2e6fba", person: "#2f9e6e", organization: "#6b7785",
};

/** Build an element: h("a", {href: "/x", class: "y"}, "text", child). Text is always text. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function svg(tag, attrs = {}) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  return el;
}

export function typeBadge(type) {
  return h("span", { class: `badge type-${type}` }, type || "?");
}

export function certaintyBadge(c) {
  return h("span", { class: `cert cert-${c}` }, c || "");
}

export function statusBadge(s) {
  return s ? h("span", { class: `status status-${s}` }, s) : null;
}

export function precisionLabel(p) {
  return p ? `${p}-level location` : "location precision unknown";
}

/** Entity links for a list of ids, with names from the API's `names` map. */
export function actorLinks(ids, names = {}) {
  if (!ids || !ids.length) return h("span", { class: "muted" }, "—");
  const out = h("span", { class: "actors" });
  ids.forEach((id, i) => {
    if (i) out.append(", ");
    out.append(h("a", { href: `/actor/${encodeURIComponent(id)}` }, names[id] || id));
  });
  return out;
}

export async function api(path, options = {}) {
  const response = await fetch(path, {
    headers: { Accept: "application/json", ...(options.headers || {}) },
    ...options,
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const err = body.error || { code: "AW605", message: response.statusText };
    throw new Error(`${err.code}: ${err.message}`);
  }
  return body;
}

const FILTER_KEYS = ["date_from", "date_to", "type", "actor", "country", "certainty", "q"];

/** The filter in the page's URL as URLSearchParams (only the filter keys). */
export function filterParams(search = window.location.search) {
  const src = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) for (const v of src.getAll(key)) if (v) out.append(key, v);
  return out;
}

/** Replace URL parameters (arrays for repeated keys, null to drop) without reloading. */
export function setUrlParams(changes) {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    params.delete(key);
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else if (value !== null && value !== undefined && value !== "") params.set(key, value);
  }
  const qs = params.toString();
  window.history.replaceState(null, "", window.location.pathname + (qs ? `?${qs}` : ""));
}

export function toast(message, kind = "info") {
  const el = document.getElementById("toast");
  el.textContent = message;
  el.className = `toast show ${kind}`;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { el.className = "toast"; }, 4000);
}

export function fmtDate(event) {
  if (!event.date) return "undated";
  return event.date_precision && event.date_precision !== "day"
    ? `${event.date} (${event.date_precision})` : event.date;
}

export function section(title, ...children) {
  return h("section", { class: "card" }, h("h2", {}, title), ...children);
}

export function fieldTable(rows) {
  const table = h("table", { class: "fields" });
  for (const [label, value] of rows) {
    table.append(h("tr", {}, h("th", {}, label),
      h("td", {}, value === null || value === undefined || value === "" ? h("span", { class: "muted" }, "—") : value)));
  }
  return table;
}

/** Text of `context` with the span [start, end) (relative offsets) in a <mark>. Where the
 * window was cut out of a longer text, the partial word at the cut is dropped for an ellipsis. */
export function highlighted(context, start, end, { cutBefore = true, cutAfter = true } = {}) {
  const s = Math.max(0, Math.min(context.length, start));
  const e = Math.max(s, Math.min(context.length, end));
  let from = 0;
  let to = context.length;
  const head = cutBefore ? context.slice(0, s).match(/^\S*\s+/) : null;
  if (head && head[0].length <= 40) from = head[0].length;
  const tail = cutAfter ? context.slice(e).match(/\s+\S*$/) : null;
  if (tail && tail[0].length <= 40) to = e + tail.index;
  return h("blockquote", { class: "context" },
    cutBefore ? "…" : "", context.slice(from, s), h("mark", {}, context.slice(s, e)),
    context.slice(e, to), cutAfter ? "…" : "");
}
