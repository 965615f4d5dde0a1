// Entry point: pick the view the server named on <body>, mark the active nav link.
import { h } from "./dom.js";
import { actorPage } from "./actor.js";
import { dashboard } from "./dashboard.js";
import { documentPage } from "./document.js";
import { eventPage } from "./event.js";
import { networkPage } from "./network.js";
import { reviewPage } from "./review.js";
import { searchPage } from "./search.js";

const VIEWS = {
  dashboard, event: eventPage, actor: actorPage, document: documentPage,
  network: networkPage, review: reviewPage, search: searchPage,
};

function start() {
  const { view, id } = document.body.dataset;
  for (const a of document.querySelectorAll("[data-nav]")) {
    if (a.dataset.nav === view) a.classList.add("active");
  }
  const main = document.getElementById("main");
  const run = VIEWS[view];
  const needs = view === "network" ? [window.cytoscape] : [window.L, window.topojson];
  if (needs.some((lib) => !lib)) {
    main.append(h("div", { class: "card error" },
      "Front-end libraries are missing: run `make web-deps` (npm ci) and reload."));
  }
  Promise.resolve(run(main, id)).catch((err) => {
    main.append(h("div", { class: "card error" }, `Could not load this view: ${err.message}`));
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
