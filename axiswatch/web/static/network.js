// The actor network: groups, fronts, coalitions, sponsors and leaders, edges
// labelled by predicate; filter by actor type and predicate, focus on one actor's
// neighbourhood (all kept in the URL); click a node to open the actor.
import { NODE_COLORS, api, clear, h, setUrlParams } from "./dom.js";

const EDGE_COLORS = {
  front_for: "#e08a2c", part_of: "#8e5cc4", sponsored_by: "#2e6fba", leader_of: "#2f9e6e",
  member_of: "#2f9e6e", founded_by: "#6b7785", allied_with: "#b59b1f", designated_by: "#d1495b",
  claims_for: "#c2410c",
};
const LAYOUT = { name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 80,
  randomize: false, numIter: 1500, fit: true, padding: 20 };

function chips(name, values, hidden, label) {
  return h("div", { class: "chips" }, h("span", { class: "chips-label" }, label),
    values.map((v) => h("label", { class: `chip node-${v}` },
      h("input", { type: "checkbox", name, value: v, checked: !hidden.has(v) }),
      name === "ntype" ? h("span", { class: "swatch" }) : null, v.replace("_", " "))));
}

export async function networkPage(main) {
  const params = new URLSearchParams(window.location.search);
  // places are left out until asked for: they link to everything located in them
  const hiddenTypes = new Set((params.has("hide_types") ? params.get("hide_types") : "place")
    .split(",").filter(Boolean));
  const depth = params.get("depth") === "2" ? "2" : "1";
  const hiddenPreds = new Set((params.get("hide_predicates") || "").split(",").filter(Boolean));
  const graphEl = h("div", { id: "network", class: "network" });
  const info = h("span", { class: "muted", id: "network-info" });
  const head = h("div", { class: "page-head" }, h("h1", {}, "Actor network"),
    h("div", { class: "muted" }, "Groups, fronts, coalitions, sponsors and leaders, from the knowledge pack and the reports. Click an actor to open it."));
  clear(main).append(head, graphEl);
  const data = await api("/api/network");
  if (!data.nodes.length) {
    graphEl.append(h("div", { class: "empty" }, "No relations between actors yet."));
    document.body.dataset.ready = "yes";
    return;
  }
  const types = [...new Set(data.nodes.map((n) => n.type || "organization"))].sort();
  const preds = [...new Set(data.edges.map((e) => e.predicate))].sort();
  const names = Object.fromEntries(data.nodes.map((n) => [n.id, n.name || n.id]));
  const focusInput = h("input", { list: "network-actors", name: "focus", placeholder: "focus on an actor",
    value: names[params.get("focus")] || "", "aria-label": "Focus on an actor" });
  const datalist = h("datalist", { id: "network-actors" },
    data.nodes.map((n) => h("option", { value: n.name || n.id })));
  const controls = h("form", { class: "network-controls", id: "network-controls" },
    chips("ntype", types, hiddenTypes, "Actors"), chips("pred", preds, hiddenPreds, "Links"),
    h("div", { class: "row" }, focusInput, datalist,
      h("select", { name: "depth", "aria-label": "Steps around the focus" },
        h("option", { value: "1", selected: depth === "1" }, "direct links"),
        h("option", { value: "2", selected: depth === "2" }, "two steps")),
      h("button", { type: "submit", class: "primary" }, "Focus"),
      h("button", { type: "button", class: "ghost", id: "network-reset" }, "Whole network"), info));
  head.after(controls);

  const maxEvents = Math.max(1, ...data.nodes.map((n) => n.events || 0));
  const cy = window.cytoscape({
    container: graphEl,
    elements: [
      ...data.nodes.map((n) => ({ data: { id: n.id, label: n.name || n.id, type: n.type || "organization",
        size: 14 + 30 * Math.sqrt((n.events || 0) / maxEvents), color: NODE_COLORS[n.type] || "#888" } })),
      ...data.edges.map((e) => ({ data: { id: e.id, source: e.subject, target: e.object,
        predicate: e.predicate, label: e.predicate.replace("_", " "), color: EDGE_COLORS[e.predicate] || "#999",
        style: e.certainty === "confirmed" ? "solid" : "dashed" } })),
    ],
    style: [
      { selector: "node", style: { "background-color": "data(color)", label: "data(label)",
        width: "data(size)", height: "data(size)", "font-size": 10, color: "#1f2933",
        "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap", "text-max-width": 110,
        "min-zoomed-font-size": 7 } },
      { selector: "edge", style: { width: 1.2, "line-color": "data(color)", "target-arrow-color": "data(color)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)",
        "font-size": 8, color: "#52606d", "text-rotation": "autorotate", "line-style": "data(style)",
        "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1,
        "min-zoomed-font-size": 9 } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: ".focus", style: { "border-width": 4, "border-color": "#111" } },
    ],
    layout: { name: "preset" },
  });

  function apply() {
    const types = new Set([...controls.querySelectorAll("input[name=ntype]:not(:checked)")].map((i) => i.value));
    const preds = new Set([...controls.querySelectorAll("input[name=pred]:not(:checked)")].map((i) => i.value));
    const focusName = focusInput.value.trim();
    const focus = data.nodes.find((n) => (n.name || n.id) === focusName || n.id === focusName);
    cy.batch(() => {
      cy.elements().removeClass("hidden focus");
      cy.nodes().filter((n) => types.has(n.data("type"))).addClass("hidden");
      cy.edges().filter((e) => preds.has(e.data("predicate"))).addClass("hidden");
      if (focus) {
        const root = cy.getElementById(focus.id).removeClass("hidden").addClass("focus");
        const visible = cy.elements().not(".hidden");
        let near = root.closedNeighborhood(visible);
        if (controls.elements.depth.value === "2") near = near.closedNeighborhood(visible);
        cy.elements().not(near).addClass("hidden");
      }
      cy.edges().filter((e) => e.source().hasClass("hidden") || e.target().hasClass("hidden")).addClass("hidden");
      cy.nodes().filter((n) => !n.hasClass("focus") && n.connectedEdges().not(".hidden").length === 0).addClass("hidden");
    });
    const shown = cy.elements().not(".hidden");
    const small = shown.nodes().length < 60;
    shown.layout({ ...LAYOUT, idealEdgeLength: small ? 140 : 80, nodeRepulsion: small ? 20000 : 9000 }).run();
    const nn = shown.nodes().length;
    const ne = shown.edges().length;
    info.textContent = `${nn} actors, ${ne} links${focus ? ` around ${focus.name || focus.id}` : ""}`;
    graphEl.dataset.nodes = String(nn);
    graphEl.dataset.edges = String(ne);
    setUrlParams({ hide_types: [...types].join(",") || "none", hide_predicates: [...preds].join(",") || null,
      focus: focus ? focus.id : null, depth: focus ? controls.elements.depth.value : null });
    if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(shown); }
  }
  controls.addEventListener("change", (ev) => {
    if (ev.target.type === "checkbox" || ev.target.name === "depth") apply();
  });
  controls.addEventListener("submit", (ev) => { ev.preventDefault(); apply(); });
  controls.querySelector("#network-reset").addEventListener("click", () => { focusInput.value = ""; apply(); });
  cy.on("tap", "node", (e) => { window.location.href = `/actor/${encodeURIComponent(e.target.id())}`; });
  window.axiswatchNetwork = cy;
  apply();
  document.body.dataset.ready = "yes";
}
