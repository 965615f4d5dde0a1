// The event map: a Natural Earth basemap from the world-atlas package (no tile
// server), one clustered layer per event type that can be toggled, popups built
// from DOM nodes, marker style by location precision.
import { COLORS, TYPES, h, precisionLabel, fmtDate, typeBadge } from "./dom.js";

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

function popup(p) {
  return h("div", { class: "popup" },
    h("div", { class: "popup-head" }, typeBadge(p.type), " ", h("span", {}, fmtDate(p))),
    h("p", { class: "popup-summary" }, p.summary || "(no summary)"),
    h("div", { class: "popup-where" }, p.location_name || "unnamed place",
      p.country ? ` (${p.country})` : "", " · ", precisionLabel(p.geo_precision)),
    h("div", { class: "popup-meta" }, `${p.certainty || ""} · ${p.n_sources || 1} source(s)`),
    h("a", { class: "popup-link", href: `/event/${encodeURIComponent(p.id)}` }, "Open event →"));
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
  });

  const hiddenTypes = new Set(hidden);
  const layers = {};
  const control = small ? null : L.control.layers(null, null, { collapsed: false, position: "topright" });
  for (const type of TYPES) {
    layers[type] = L.markerClusterGroup({
      chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 45,
      spiderfyOnMaxZoom: true, disableClusteringAtZoom: 11,
      iconCreateFunction: clusterIcon(type),
    });
    if (!hiddenTypes.has(type)) layers[type].addTo(map);
    if (control) control.addOverlay(layers[type], `<span class="swatch type-${type}"></span>${type}`);
  }
  if (control) control.addTo(map);
  map.on("overlayadd overlayremove", (e) => {
    const type = TYPES.find((t) => layers[t] === e.layer);
    if (!type) return;
    if (e.type === "overlayadd") hiddenTypes.delete(type); else hiddenTypes.add(type);
    if (onLayerToggle) onLayerToggle([...hiddenTypes]);
  });

  function setData(fc, { fit = false } = {}) {
    const byType = Object.fromEntries(TYPES.map((t) => [t, []]));
    const bounds = [];
    for (const f of fc.features) {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const style = PRECISION_STYLE[p.geo_precision] || PRECISION_STYLE.town;
      const color = COLORS[p.type] || "#444";
      const marker = L.circleMarker([lat, lon], {
        ...style, renderer, color, fillColor: color, className: `marker type-${p.type}`,
      });
      marker.feature = f;
      marker.bindPopup(() => popup(p), { maxWidth: 320 });
      (byType[p.type] || (byType[p.type] = [])).push(marker);
      bounds.push([lat, lon]);
    }
    for (const type of TYPES) {
      layers[type].clearLayers();
      layers[type].addLayers(byType[type]);
    }
    el.dataset.markers = String(fc.features.length);
    if (fit && bounds.length) map.fitBounds(bounds, { maxZoom: 8, padding: [30, 30] });
  }

  const ctl = { map, layers, setData, hiddenTypes };
  el.axiswatchMap = ctl;  // lets scripts and tests reach the map of an element
  return ctl;
}
