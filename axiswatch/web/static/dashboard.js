// The overview: filters (kept in the URL), the map, the timeline with its brush,
// and the list of matching events.
import {
  CERTAINTIES, TYPES, actorLinks, api, certaintyBadge, clear, filterParams, fmtDate, h,
  setUrlParams, statusBadge, svg, typeBadge,
} from "./dom.js";
import { createMap } from "./map.js";
import { drawTimeline } from "./timeline.js";

function filterBar(params, onChange) {
  const typeBoxes = TYPES.map((t) => h("label", { class: `chip type-${t}` },
    h("input", { type: "checkbox", name: "type", value: t, checked: params.getAll("type").includes(t) }),
    h("span", { class: "swatch" }), t));
  const certSel = h("select", { name: "certainty", "aria-label": "Certainty" },
    h("option", { value: "" }, "any certainty"),
    CERTAINTIES.map((c) => h("option", { value: c, selected: params.get("certainty") === c }, c)));
  const form = h("form", { class: "filters", id: "filters" },
    h("div", { class: "row" },
      h("label", {}, "From", h("input", { type: "date", name: "date_from", value: params.get("date_from") || "" })),
      h("label", {}, "To", h("input", { type: "date", name: "date_to", value: params.get("date_to") || "" }))),
    h("div", { class: "row" },
      h("label", {}, "Country", h("input", { name: "country", maxlength: 2, size: 3, placeholder: "IQ",
        value: params.get("country") || "" })),
      h("label", {}, "Certainty", certSel)),
    h("label", { class: "wide" }, "Text", h("input", { type: "search", name: "q", maxlength: 200,
      placeholder: "words in summary, target, place", value: params.get("q") || "" })),
    actorPicker(params.get("actor") || "", onChange),
    h("div", { class: "chips" }, typeBoxes),
    h("div", { class: "row actions" },
      h("button", { type: "submit", class: "primary" }, "Apply"),
      h("button", { type: "button", class: "ghost", id: "reset-filters" }, "Reset")));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); onChange(readForm(form)); });
  form.addEventListener("change", (ev) => { if (ev.target.type === "checkbox") onChange(readForm(form)); });
  form.querySelector("#reset-filters").addEventListener("click", () => {
    form.reset();
    for (const el of form.elements) if (el.name && el.type !== "checkbox" && el.tagName !== "BUTTON") el.value = "";
    for (const box of form.querySelectorAll("input[type=checkbox]")) box.checked = false;
    onChange(readForm(form));
  });
  return form;
}

/** An actor box: suggestions by name or alias from the API; picking one sets its id. */
function actorPicker(current, onChange) {
  const hidden = h("input", { type: "hidden", name: "actor", value: current });
  const list = h("datalist", { id: "actor-options" });
  const box = h("input", { type: "search", name: "actor_name", list: "actor-options", maxlength: 200,
    placeholder: "group, front, person… (with its fronts)", value: current, "aria-label": "Actor" });
  const ids = new Map();
  let timer = null;
  box.addEventListener("input", () => {
    clearTimeout(timer);
    const q = box.value.trim();
    if (ids.has(q)) { hidden.value = ids.get(q); onChange({ actor: hidden.value }); return; }
    if (q.length < 2) return;
    timer = setTimeout(async () => {
      const r = await api(`/api/actors?q=${encodeURIComponent(q)}&limit=15`);
      list.replaceChildren(...r.actors.map((a) => {
        ids.set(a.name, a.id);
        return h("option", { value: a.name }, `${a.type.replace("_", " ")}${a.country ? `, ${a.country}` : ""}`);
      }));
    }, 200);
  });
  box.addEventListener("change", () => {
    if (!box.value.trim()) { hidden.value = ""; onChange({ actor: null }); }
  });
  if (current) api(`/api/actors/${encodeURIComponent(current)}`).then((d) => { box.value = d.actor.name; }).catch(() => {});
  return h("label", { class: "wide" }, "Actor", box, list, hidden);
}

function readForm(form) {
  const data = new FormData(form);
  return {
    date_from: data.get("date_from") || null, date_to: data.get("date_to") || null,
    country: (data.get("country") || "").toUpperCase() || null,
    certainty: data.get("certainty") || null, q: data.get("q") || null,
    actor: data.get("actor") || null, type: data.getAll("type"),
  };
}

/** A crosshair drawn in SVG (no font needs to hold a glyph for it). */
function locateIcon() {
  const icon = svg("svg", { viewBox: "0 0 16 16", width: 16, height: 16, class: "icon", "aria-hidden": "true",
    focusable: "false" });
  icon.append(svg("circle", { cx: 8, cy: 8, r: 4.5 }), svg("circle", { cx: 8, cy: 8, r: 1.2, class: "dot" }),
    svg("path", { d: "M8 0.5v3M8 12.5v3M0.5 8h3M12.5 8h3" }));
  return icon;
}

/** An explicit map view from the URL (`view=lat,lon,zoom`), or null. */
function urlView() {
  const raw = new URLSearchParams(window.location.search).get("view");
  const parts = (raw || "").split(",").map(Number);
  if (parts.length !== 3 || parts.some((v) => !Number.isFinite(v))) return null;
  const [lat, lon, zoom] = parts;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 540 || zoom < 0 || zoom > 20) return null;
  return { center: [lat, lon], zoom: Math.round(zoom) };
}

function eventRow(ev, names, onLocate) {
  return h("li", { class: "event-row", dataset: { id: ev.id } },
    h("div", { class: "event-row-head" }, typeBadge(ev.type), h("span", { class: "date" }, fmtDate(ev)),
      certaintyBadge(ev.certainty), statusBadge(ev.status === "extracted" ? null : ev.status),
      ev.n_sources > 1 ? h("span", { class: "sources-count" }, `${ev.n_sources} sources`) : null,
      ev.lat !== null && ev.lon !== null
        ? h("button", { type: "button", class: "locate", title: "Show on the map",
          "aria-label": "Show on the map", onclick: () => onLocate(ev) }, locateIcon()) : null),
    h("a", { class: "event-title", href: `/event/${encodeURIComponent(ev.id)}` }, ev.summary || `${ev.type} event`),
    h("div", { class: "event-row-meta" }, ev.location_name || "unlocated",
      ev.country ? ` · ${ev.country}` : "", " · ",
      actorLinks([...ev.actors, ...ev.claimed_by, ...ev.attributed_to].filter((v, i, a) => a.indexOf(v) === i), names)));
}

export async function dashboard(main) {
  let params = filterParams();
  const hidden = new URLSearchParams(window.location.search).get("hide");
  const listEl = h("ol", { class: "event-list", id: "event-list" });
  const countEl = h("div", { class: "count", id: "event-count" }, "…");
  const actorNote = h("div", { class: "actor-note" });
  const mapEl = h("div", { id: "map", class: "map" });
  const timelineEl = h("div", { id: "timeline", class: "timeline" });
  const more = h("button", { class: "ghost", id: "more-events", hidden: true }, "More");
  const rangeEl = h("span", { class: "timeline-range", id: "timeline-range" });
  let offset = 0;

  const onChange = (changes) => {
    setUrlParams(changes);
    params = filterParams();
    refresh({ timeline: true });
  };
  const form = filterBar(params, onChange);
  clear(main).append(
    h("aside", { class: "sidebar" }, h("h1", {}, "Events"), form, actorNote, countEl, listEl, more),
    h("div", { class: "workspace" },
      mapEl,
      h("div", { class: "timeline-card" },
        h("div", { class: "timeline-head" }, h("strong", {}, "Events per day"),
          h("span", { class: "hint" }, "drag to select dates · click to clear"), rangeEl),
        timelineEl)));

  const mapCtl = createMap(mapEl, {
    hidden: hidden ? hidden.split(",") : [],
    onLayerToggle: (types) => setUrlParams({ hide: types.join(",") || null }),
  });

  // an explicit view in the URL wins over fitting the events; moving the map records one
  const explicitView = urlView();
  if (explicitView) mapCtl.map.setView(explicitView.center, explicitView.zoom, { animate: false });

  function locate(ev) {
    mapCtl.map.setView([ev.lat, ev.lon], Math.max(mapCtl.map.getZoom(), 11), { animate: false });
  }

  async function loadList(append = false) {
    const qs = new URLSearchParams(params);
    qs.set("limit", "50");
    qs.set("offset", String(offset));
    const page = await api(`/api/events?${qs}`);
    if (!append) clear(listEl);
    for (const ev of page.events) listEl.append(eventRow(ev, page.names, locate));
    countEl.textContent = `${page.total.toLocaleString()} event${page.total === 1 ? "" : "s"}`;
    more.hidden = offset + page.events.length >= page.total;
  }
  more.addEventListener("click", () => { offset += 50; loadList(true); });

  // The map holds every matching event as a marker (clustered in the browser) when there
  // are at most `limit` of them; beyond that it shows the server's counts per grid cell and
  // loads markers only for the visible area once it holds few enough.
  const limit = Number(document.body.dataset.mapPoints || 20000);
  let mode = "points";
  let generation = 0;
  async function loadMap(fit) {
    const gen = ++generation;
    const qs = new URLSearchParams(params);
    const grid = await api(`/api/events.grid?${qs}&zoom=${mapCtl.map.getZoom()}`);
    if (gen !== generation) return;
    if (grid.total <= limit) {
      mode = "points";
      const data = await api(`/api/events.points?${qs}`);
      if (gen === generation) mapCtl.setPoints(data.points, { fit });
    } else {
      mode = "view";
      mapCtl.setGrid(grid, { fit });
    }
  }
  async function loadView() {
    const gen = ++generation;
    const qs = new URLSearchParams(params);
    const bbox = mapCtl.viewBbox();
    if (bbox) qs.set("bbox", bbox);
    const grid = await api(`/api/events.grid?${qs}&zoom=${mapCtl.map.getZoom()}`);
    if (gen !== generation) return;
    if (grid.total <= limit) {
      const data = await api(`/api/events.points?${qs}`);
      if (gen === generation) mapCtl.setPoints(data.points);
    } else {
      mapCtl.setGrid(grid);
    }
  }
  mapCtl.map.on("moveend", () => {
    if (first || mapCtl.quiet) return;
    const c = mapCtl.map.getCenter();
    setUrlParams({ view: `${c.lat.toFixed(4)},${c.lng.toFixed(4)},${mapCtl.map.getZoom()}` });
    if (mode === "view") loadView();
  });

  let first = true;
  async function refresh({ timeline = false } = {}) {
    offset = 0;
    const qs = params.toString();
    // the map first: the timeline's counts wait for it so that the server answers it first
    const geo = loadMap(first && !explicitView).then(() => { first = false; });
    const tasks = [geo, loadList()];
    if (timeline) {
      const tlParams = new URLSearchParams(params);
      tlParams.delete("date_from");
      tlParams.delete("date_to");
      tasks.push(geo.then(() => api(`/api/timeline?${tlParams}`)).then((t) => drawTimeline(timelineEl, t.days, {
        selection: [params.get("date_from"), params.get("date_to")],
        allDates: new URLSearchParams(window.location.search).get("dates") === "all",
        controls: rangeEl,
        onAllDates: (all) => setUrlParams({ dates: all ? "all" : null }),
        onBrush: (from, to) => {
          setUrlParams({ date_from: from, date_to: to });
          params = filterParams();
          form.elements.date_from.value = from || "";
          form.elements.date_to.value = to || "";
          refresh();
        },
      })));
    }
    const actor = params.get("actor");
    clear(actorNote);
    if (actor) {
      actorNote.append("Actor: ", h("a", { href: `/actor/${encodeURIComponent(actor)}` }, actor),
        " (with its fronts and units) ",
        h("button", { class: "link", type: "button", onclick: () => { form.elements.actor.value = ""; form.elements.actor_name.value = ""; onChange({ actor: null }); } }, "×"));
    }
    try {
      await Promise.all(tasks);
      document.body.dataset.ready = "yes";
    } catch (err) {
      countEl.textContent = err.message;
    }
  }
  await refresh({ timeline: true });
}
