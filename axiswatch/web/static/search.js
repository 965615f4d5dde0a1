// Search results: actors, events and reports matching the query in the URL.
import { api, clear, fmtDate, h, section, typeBadge } from "./dom.js";

export async function searchPage(main) {
  const q = new URLSearchParams(window.location.search).get("q") || "";
  document.getElementById("search-box").value = q;
  clear(main).append(h("div", { class: "page-head" }, h("h1", {}, `Search: ${q}`)));
  if (!q.trim()) { main.append(h("p", { class: "muted" }, "Type words in the search box.")); return; }
  const r = await api(`/api/search?q=${encodeURIComponent(q)}`);
  main.append(
    section(`Actors (${r.actors.length})`, h("ul", { class: "results" }, r.actors.map((a) => h("li", {},
      h("a", { href: `/actor/${encodeURIComponent(a.id)}` }, a.name), h("span", { class: "muted" }, ` ${a.type} ${a.country || ""}`))))),
    section(`Events (${r.events.length})`, h("ul", { class: "results" }, r.events.map((e) => h("li", {},
      typeBadge(e.type), " ", h("span", { class: "date" }, fmtDate(e)), " ",
      h("a", { href: `/event/${encodeURIComponent(e.id)}` }, e.summary || e.type))))),
    section(`Reports (${r.documents.length})`, h("ul", { class: "results" }, r.documents.map((d) => h("li", {},
      h("a", { href: `/document/${encodeURIComponent(d.id)}` }, d.title || d.id),
      h("span", { class: "muted" }, ` ${d.publisher || ""} ${d.published || ""}`))))));
  document.body.dataset.ready = "yes";
}
