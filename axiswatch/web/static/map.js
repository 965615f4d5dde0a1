// The event map: a Natural Earth basemap from the world-atlas package (no tile
// server), one clustered layer per event type that can be toggled, popups built
// from DOM nodes, marker style by location precision.
import { COLORS, TYPES, api, h, precisionLabel, fmtDate, typeBadge } from "./dom.js";
import { coreBounds } from "./extent.js";

const L = window.L;
let basemapPromise = null;

function loadBasemap() {
  if (!basemapPromise) {
    basemapPromise = fetch("/vendor/countries-50m.json").then((r) => r.json())
      .then((topo) => window.topojson.feature(topo, topo.objects.countries));
  }
  return basemapPromise;
}

const PRECISION_STYLE = {
  facility: { radius: 5, weight: 2, fillOpacity: 0.95 },
  town: { radius: 6, weight: 1.5, fillOpacity: 0.85 },
  district: { radius: 8, weight: 1.5, fillOpacity: 0.45, dashArray: "4 2" },
  province: { radius: 10, weight: 1.5, fillOpacity: 0.3, dashArray: "4 3" },
  country: { radius: 13, weight: 1.5, fillOpacity: 0.15, dashArray: "2 4" },
  region: { radius: 13, weight: 1.5, fillOpacity: 0.15, dashArray: "2 4" },
};

function popupFor(id) {
  const box = h("div", { class: "popup" }, h("span", { class: "muted" }, "Loading…"));
  api(`/api/events/${encodeURIComponent(id)}`).then((d) => {
    box.replaceWith(popup({ ...d.event, id }));
  }).catch((err) => { box.textContent = err.message; });
  return box;
}

function popup(p) {
  return h("div", { class: "popup" },
    h("div", { class: "popup-head" }, typeBadge(p.type), " ", h("span", {}, fmtDate(p))),
    h("p", { class: "popup-summary" }, p.summary || "(no summary)"),
    h("div", { class: "popup-where" }, p.location_name || "unnamed place",
      p.country ? ` (${p.country})` : "", " · ", precisionLabel(p.geo_precision)),
    h("div", { class: "popup-meta" }, [p.certainty, sourcesLabel(p.n_sources || 1)].filter(Boolean).join(" · ")),
    h("a", { class: "popup-link", href: `/event/${encodeURIComponent(p.id)}` }, "Open event →"));
}

function sourcesLabel(n) {
  return `${n} source${n === 1 ? "" : "s"}`;
}

function clusterIcon(type) {
  return (cluster) => {
    const n = cluster.getChildCount();
    const size = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 40 : 46;
    const icon = L.divIcon({ className: `cluster cluster-${type}`, iconSize: [size, size] });
    icon.createIcon = function createIcon(old) {
      const div = L.DivIcon.prototype.createIcon.call(this, old);
      div.textContent = n >= 1000 ? `${Math.round(n / 100) / 10}k` : String(n);
      return div;
    };
    return icon;
  };
}

/** A map in `el`; returns {map, setData(featureCollection), hidden types as a Set}. */
export function createMap(el, { onLayerToggle = null, hidden = [], small = false } = {}) {
  const map = L.map(el, {
    preferCanvas: true, worldCopyJump: true, minZoom: 2, maxZoom: 14,
    zoomControl: !small, attributionControl: true,
  }).setView([31, 44], small ? 4 : 5);
  map.attributionControl.setPrefix(false);
  // the container can change size after the map is made (the timeline below it drawn, a
  // window resized): keep the map's idea of its size right, around the same centre
  const ctl = { map, quiet: false };
  if (window.ResizeObserver) {
    new ResizeObserver(() => {
      ctl.quiet = true;  // not a move of the analyst's
      try { map.invalidateSize({ animate: false }); } finally { ctl.quiet = false; }
    }).observe(el);
  }
  map.attributionControl.addAttribution("Basemap: Natural Earth");
  const renderer = L.canvas({ padding: 0.5 });
  // The basemap draws in its own pane under the markers, whenever it arrives.
  map.createPane("basemap").style.zIndex = 250;
  loadBasemap().then((countries) => {
    L.geoJSON(countries, {
      interactive: false, pane: "basemap", renderer: L.canvas({ pane: "basemap", padding: 0.5 }),
      style: { color: "#9aa6b2", weight: 0.7, fillColor: "#eef0ea", fillOpacity: 1 },
    }).addTo(map);
    el.dataset.basemap = "ready";
    performance.mark("axiswatch:basemap");
  });

  const hiddenTypes = new Set(hidden);
  const layers = {};  // per type: the toggled layer, holding its clusters and grid cells
  const clusters = {};
  const control = small ? null : L.control.layers(null, null, { collapsed: false, position: "topright" });
  for (const type of TYPES) {
    clusters[type] = L.markerClusterGroup({
      chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 45,
      spiderfyOnMaxZoom: true, disableClusteringAtZoom: 11,
      iconCreateFunction: clusterIcon(type),
    });
    layers[type] = clusters[type];
    if (!hiddenTypes.has(type)) layers[type].addTo(map);
    if (control) control.addOverlay(layers[type], `<span class="swatch type-${type}"></span>${type}`);
  }
  if (control) control.addTo(map);
  const gridLayer = L.layerGroup().addTo(map);
  map.on("overlayadd overlayremove", (e) => {
    const type = TYPES.find((t) => layers[t] === e.layer);
    if (!type) return;
    if (e.type === "overlayadd") hiddenTypes.delete(type); else hiddenTypes.add(type);
    if (el.dataset.mode === "grid" && lastGrid) setGrid(lastGrid);
    if (onLayerToggle) onLayerToggle([...hiddenTypes]);
  });

  function marker(id, lat, lon, type, precision, props) {
    const style = PRECISION_STYLE[precision] || PRECISION_STYLE.town;
    const color = COLORS[type] || "#444";
    const m = L.circleMarker([lat, lon], { ...style, renderer, color, fillColor: color });
    m.eventId = id;
    m.bindPopup(() => (props ? popup(props) : popupFor(id)), { maxWidth: 320 });
    return m;
  }

  function fill(byType, bounds, fit, n) {
    gridLayer.clearLayers();
    for (const type of TYPES) {
      clusters[type].clearLayers();
      clusters[type].addLayers(byType[type] || []);
    }
    el.dataset.mode = "points";
    el.dataset.markers = String(n);
    performance.mark("axiswatch:markers");
    if (fit) fitCore(bounds);
  }

  /** Fit the view to `bounds` (the central share of the events; the others stay drawn). */
  function fitCore(bounds) {
    if (!bounds) return;
    // keep the fitted markers clear of the layer list in the top right corner
    const legend = control ? control.getContainer() : null;
    const right = legend ? legend.offsetWidth + 20 : 30;
    map.fitBounds(bounds, { maxZoom: 8, paddingTopLeft: [30, 30], paddingBottomRight: [right, 30],
      animate: false });
    el.dataset.fit = bounds.flat().map((v) => v.toFixed(2)).join(",");
  }

  /** Show server-side counts per grid cell and type ({cell, cells: [[lat, lon, type, n]], total}):
   * one bubble per cell, sized by its count, a pie of its types; hidden types left out. */
  let lastGrid = null;
  function setGrid(grid, { fit = false } = {}) {
    lastGrid = grid;
    for (const type of TYPES) clusters[type].clearLayers();
    gridLayer.clearLayers();
    const byCell = new Map();
    let shown = 0;
    for (const [lat, lon, type, count] of grid.cells) {
      if (hiddenTypes.has(type)) continue;
      const key = `${Math.floor((lat + 90) / grid.cell)}:${Math.floor((lon + 180) / grid.cell)}`;
      const c = byCell.get(key) || { lat: 0, lon: 0, total: 0, types: {} };
      c.lat += lat * count; c.lon += lon * count; c.total += count;
      c.types[type] = (c.types[type] || 0) + count;
      byCell.set(key, c);
      shown += count;
    }
    for (const c of byCell.values()) {
      const lat = c.lat / c.total;
      const lon = c.lon / c.total;
      const size = c.total < 10 ? 28 : c.total < 100 ? 34 : c.total < 1000 ? 40 : 48;
      const icon = L.divIcon({ className: "cluster grid-cell", iconSize: [size, size] });
      icon.createIcon = function createIcon(old) {
        const div = L.DivIcon.prototype.createIcon.call(this, old);
        let acc = 0;
        const stops = TYPES.filter((t) => c.types[t]).map((t) => {
          const from = (acc / c.total) * 360;
          acc += c.types[t];
          return `${COLORS[t]} ${from}deg ${(acc / c.total) * 360}deg`;
        });
        div.style.background = `conic-gradient(${stops.join(", ")})`;
        div.append(h("span", {}, c.total >= 1000 ? `${Math.round(c.total / 100) / 10}k` : String(c.total)));
        div.title = Object.entries(c.types).map(([t, k]) => `${t}: ${k}`).join("\n");
        return div;
      };
      L.marker([lat, lon], { icon, keyboard: false })
        .on("click", () => map.setView([lat, lon], Math.min(map.getMaxZoom(), map.getZoom() + 2)))
        .addTo(gridLayer);
    }
    el.dataset.mode = "grid";
    el.dataset.markers = String(shown);
    performance.mark("axiswatch:markers");
    if (fit) fitCore(coreBounds(grid.cells.map(([lat, lon, , count]) => [lat, lon, count])));
  }

  /** The visible area (padded) as "w,s,e,n", or null when it spans the whole world. */
  function viewBbox() {
    const b = map.getBounds().pad(0.25);
    if (b.getEast() - b.getWest() >= 360) return null;
    const wrap = (x) => ((((x + 180) % 360) + 360) % 360) - 180;
    const clamp = (y) => Math.max(-90, Math.min(90, y));
    return [wrap(b.getWest()), clamp(b.getSouth()), wrap(b.getEast()), clamp(b.getNorth())]
      .map((v) => v.toFixed(4)).join(",");
  }

  /** Show a GeoJSON FeatureCollection (popups from its properties); `fit` frames the
   * central 90% of the points' latitudes and longitudes. */
  function setData(fc, { fit = false } = {}) {
    const byType = {};
    const located = [];
    for (const f of fc.features) {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      (byType[p.type] || (byType[p.type] = [])).push(marker(p.id, lat, lon, p.type, p.geo_precision, p));
      located.push([lat, lon, 1]);
    }
    fill(byType, coreBounds(located), fit, fc.features.length);
  }

  /** Show compact rows [id, lat, lon, type, precision] (popups fetched when opened). */
  function setPoints(rows, { fit = false } = {}) {
    const byType = {};
    for (const [id, lat, lon, type, precision] of rows) {
      (byType[type] || (byType[type] = [])).push(marker(id, lat, lon, type, precision, null));
    }
    fill(byType, fit ? coreBounds(rows.map((r) => [r[1], r[2], 1])) : null, fit, rows.length);
  }

  Object.assign(ctl, { layers, setData, setPoints, setGrid, viewBbox, hiddenTypes });
  el.axiswatchMap = ctl;  // lets scripts and tests reach the map of an element
  return ctl;
}
