// The actor network: groups, fronts, coalitions, sponsors and leaders, edges
// labelled by predicate; click a node to open the actor.
import { NODE_COLORS, api, clear, h } from "./dom.js";

const EDGE_COLORS = {
  front_for: "#e08a2c", part_of: "#8e5cc4", sponsored_by: "#2e6fba", leader_of: "#2f9e6e",
  member_of: "#2f9e6e", founded_by: "#6b7785", allied_with: "#b59b1f", designated_by: "#d1495b",
  claims_for: "#c2410c",
};

export async function networkPage(main) {
  const graphEl = h("div", { id: "network", class: "network" });
  const legend = h("div", { class: "legend" },
    Object.entries(NODE_COLORS).map(([t, c]) => h("span", { class: `legend-item node-${t}` }, h("span", { class: "dot" }), t.replace("_", " "))));
  clear(main).append(h("div", { class: "page-head" }, h("h1", {}, "Actor network"),
    h("div", { class: "muted" }, "Groups, fronts, coalitions, sponsors and leaders. Click an actor to open it.")), legend, graphEl);
  const data = await api("/api/network");
  if (!data.nodes.length) {
    graphEl.append(h("div", { class: "empty" }, "No relations between actors yet."));
    document.body.dataset.ready = "yes";
    return;
  }
  const maxEvents = Math.max(1, ...data.nodes.map((n) => n.events));
  const cy = window.cytoscape({
    container: graphEl,
    elements: [
      ...data.nodes.map((n) => ({ data: { id: n.id, label: n.name, type: n.type,
        size: 18 + 30 * Math.sqrt(n.events / maxEvents), color: NODE_COLORS[n.type] || "#888" } })),
      ...data.edges.map((e) => ({ data: { id: e.id, source: e.subject, target: e.object,
        label: e.predicate.replace("_", " "), color: EDGE_COLORS[e.predicate] || "#999",
        style: e.certainty === "confirmed" ? "solid" : "dashed" } })),
    ],
    style: [
      { selector: "node", style: { "background-color": "data(color)", label: "data(label)",
        width: "data(size)", height: "data(size)", "font-size": 10, color: "#1f2933",
        "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "wrap", "text-max-width": 120 } },
      { selector: "edge", style: { width: 1.5, "line-color": "data(color)", "target-arrow-color": "data(color)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)",
        "font-size": 8, color: "#52606d", "text-rotation": "autorotate", "line-style": "data(style)",
        "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#111" } },
    ],
    layout: { name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, randomize: false },
  });
  if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(); }
  cy.on("tap", "node", (e) => { window.location.href = `/actor/${encodeURIComponent(e.target.id())}`; });
  graphEl.dataset.nodes = String(data.nodes.length);
  graphEl.dataset.edges = String(data.edges.length);
  window.axiswatchNetwork = cy;
  document.body.dataset.ready = "yes";
}
