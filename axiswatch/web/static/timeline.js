// Events per day stacked by type, drawn as SVG, with a brush: drag to select a
// date range (it filters the map and the list), click to clear it. By default the axis
// spans the bulk of the events (old background events left out, with a control to show
// all dates).
import { COLORS, TYPES, clear, h, svg } from "./dom.js";
import { coreDomain } from "./extent.js";

const DAY = 86400000;
const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Draw `days` ([{date, type, count}]) into `el`; `onBrush(from, to)` gets ISO dates or nulls.
 * The axis covers the bulk of the events unless `allDates`; the switch between the two goes
 * into `controls` (default: a line above the chart) and is reported to `onAllDates(bool)`. */
export function drawTimeline(el, days, {
  onBrush = null, selection = null, height = 150, allDates = false, controls = null, onAllDates = null,
  emptyText = "No dated events for these filters.",
} = {}) {
  clear(el);
  if (controls) clear(controls);
  if (!days.length) {
    el.append(h("div", { class: "empty" }, emptyText));
    return;
  }
  const width = Math.max(300, el.clientWidth || 800);
  const margin = { left: 36, right: 10, top: 8, bottom: 22 };
  const perDay = new Map();
  for (const d of days) {
    const key = toDay(d.date);
    if (!perDay.has(key)) perDay.set(key, {});
    perDay.get(key)[d.type] = (perDay.get(key)[d.type] || 0) + d.count;
  }
  const allKeys = [...perDay.keys()].sort((a, b) => a - b);
  const totalOf = (key) => Object.values(perDay.get(key)).reduce((a, b) => a + b, 0);
  let [from] = coreDomain(allKeys.map((k) => [k, totalOf(k)]));
  const chosen = selection && selection[0] ? toDay(selection[0]) : null;
  if (chosen !== null && !Number.isNaN(chosen)) from = Math.min(from, chosen);
  const earlier = allKeys.filter((k) => k < from);
  const hiddenCount = earlier.reduce((acc, k) => acc + totalOf(k), 0);  // left out when focused
  const focused = !allDates && hiddenCount > 0;
  const keys = focused ? allKeys.filter((k) => k >= from) : allKeys;
  const start = keys[0] - DAY;
  const end = keys[keys.length - 1] + 2 * DAY;
  let max = 1;
  for (const key of keys) max = Math.max(max, totalOf(key));
  let current = selection;  // the brushed range, kept across a switch of the axis
  rangeSwitch(el, controls, { focused, hiddenCount, firstDay: allKeys[0], onAllDates,
    redraw: (all) => drawTimeline(el, days,
      { onBrush, selection: current, height, allDates: all, controls, onAllDates, emptyText }) });
  const innerW = width - margin.left - margin.right;
  const innerH = height - margin.top - margin.bottom;
  const x = (ms) => margin.left + ((ms - start) / (end - start)) * innerW;
  const y = (n) => margin.top + innerH - (n / max) * innerH;
  const slot = innerW / ((end - start) / DAY);  // pixels per day
  const barW = Math.min(14, Math.max(1, slot * 0.8));  // a few days do not make slabs

  const root = svg("svg", { width, height, class: "timeline-svg", role: "img",
    "aria-label": "Events per day by type" });
  const grid = svg("g", { class: "axis" });
  for (const n of [0, Math.ceil(max / 2), max]) {
    grid.append(svg("line", { x1: margin.left, x2: width - margin.right, y1: y(n), y2: y(n) }));
    const t = svg("text", { x: margin.left - 6, y: y(n) + 4, "text-anchor": "end" });
    t.textContent = String(n);
    grid.append(t);
  }
  // about one label per 90 pixels, on round steps: days, weeks, months, years
  const span = (end - start) / DAY;
  const wanted = Math.max(2, Math.floor(innerW / 90));
  const step = [1, 2, 7, 14, 30.44, 91.3, 182.6, 365.25, 730.5, 1826, 3652]
    .find((d) => span / d <= wanted) || 7305;
  const label = (ms) => {
    const iso = toIso(ms);
    if (step >= 365) return iso.slice(0, 4);
    if (step >= 30) return iso.slice(0, 7);
    return iso.slice(5, 10);
  };
  const ticks = [];
  const first = new Date(start + DAY);
  if (step >= 365) {
    const every = Math.round(step / 365.25);
    for (let y = Math.ceil(first.getUTCFullYear() / every) * every; Date.UTC(y, 0, 1) < end; y += every) {
      ticks.push(Date.UTC(y, 0, 1));
    }
  } else if (step >= 30) {
    const every = Math.round(step / 30.44);
    let m = first.getUTCFullYear() * 12 + first.getUTCMonth() + 1;
    m = Math.ceil(m / every) * every;
    for (; Date.UTC(Math.floor(m / 12), m % 12, 1) < end; m += every) ticks.push(Date.UTC(Math.floor(m / 12), m % 12, 1));
  } else {
    for (let ms = start + DAY; ms < end; ms += step * DAY) ticks.push(ms);
  }
  for (const at of ticks) {
    if (at <= start) continue;
    const t = svg("text", { x: x(at), y: height - 6, "text-anchor": "middle" });
    t.textContent = label(at);
    grid.append(t);
  }
  root.append(grid);
  const bars = svg("g", { class: "bars" });
  for (const key of keys) {
    let acc = 0;
    for (const type of TYPES) {
      const n = perDay.get(key)[type];
      if (!n) continue;
      const rect = svg("rect", { x: x(key) + Math.max(0.5, (slot - barW) / 2), y: y(acc + n), width: barW,
        height: Math.max(0.5, y(acc) - y(acc + n)), fill: COLORS[type], class: `bar type-${type}` });
      const title = svg("title");
      title.textContent = `${toIso(key)} · ${type}: ${n}`;
      rect.append(title);
      bars.append(rect);
      acc += n;
    }
  }
  root.append(bars);
  const brush = svg("rect", { class: "brush", y: margin.top, height: innerH, x: 0, width: 0 });
  root.append(brush);
  const overlay = svg("rect", { class: "brush-overlay", x: margin.left, y: margin.top,
    width: innerW, height: innerH });
  root.append(overlay);
  el.append(root);
  el.dataset.from = toIso(keys[0]);
  el.dataset.to = toIso(keys[keys.length - 1]);
  performance.mark("axiswatch:timeline");

  const dayAt = (px) => {
    const ms = start + ((px - margin.left) / innerW) * (end - start);
    return Math.max(start, Math.min(end, Math.floor(ms / DAY) * DAY));
  };
  const show = (a, b) => {
    if (a === null) { brush.setAttribute("width", 0); return; }
    brush.setAttribute("x", x(a));
    brush.setAttribute("width", Math.max(2, x(b + DAY) - x(a)));
  };
  if (selection && selection[0] && selection[1]) show(toDay(selection[0]), toDay(selection[1]));

  let anchor = null;
  const pointX = (ev) => ev.clientX - root.getBoundingClientRect().left;
  overlay.addEventListener("pointerdown", (ev) => {
    overlay.setPointerCapture(ev.pointerId);
    anchor = { px: pointX(ev), day: dayAt(pointX(ev)) };
    show(anchor.day, anchor.day);
  });
  overlay.addEventListener("pointermove", (ev) => {
    if (!anchor) return;
    const d = dayAt(pointX(ev));
    show(Math.min(anchor.day, d), Math.max(anchor.day, d));
  });
  overlay.addEventListener("pointerup", (ev) => {
    if (!anchor) return;
    const px = pointX(ev);
    const d = dayAt(px);
    const moved = Math.abs(px - anchor.px) > 3;
    const from = Math.min(anchor.day, d);
    const to = Math.max(anchor.day, d);
    anchor = null;
    if (!moved) { show(null); current = null; if (onBrush) onBrush(null, null); return; }
    show(from, to);
    current = [toIso(from), toIso(to)];
    if (onBrush) onBrush(toIso(from), toIso(to));
  });
}

/** The "all dates" / "recent bulk" switch, with how many earlier events the focused axis leaves out. */
function rangeSwitch(el, controls, { focused, hiddenCount, firstDay, onAllDates, redraw }) {
  if (!hiddenCount) return;  // every event already fits the focused axis
  const toggle = (all) => () => { if (onAllDates) onAllDates(all); redraw(all); };
  const box = controls || el.appendChild(h("div", { class: "timeline-range" }));
  if (focused) {
    box.append(h("span", { class: "hint" },
      `${hiddenCount} earlier event${hiddenCount === 1 ? "" : "s"} (from ${toIso(firstDay).slice(0, 4)}) not shown`),
    h("button", { type: "button", class: "ghost small", id: "timeline-all", "aria-pressed": "false",
      onclick: toggle(true) }, "All dates"));
  } else {
    box.append(h("button", { type: "button", class: "ghost small", id: "timeline-all", "aria-pressed": "true",
      onclick: toggle(false) }, "Recent activity only"));
  }
}
