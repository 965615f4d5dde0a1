// Search results: actors, events and reports matching the query in the URL.
import { api, clear, fmtDate, h, section, typeBadge } from "./dom.js";

/** A result list, or a note when nothing matched. */
function results(items, row) {
  return items.length ? h("ul", { class: "results" }, items.map((x) => h("li", {}, row(x))))
    : h("p", { class: "muted" }, "No matches.");
}

export async function searchPage(main) {
  const q = new URLSearchParams(window.location.search).get("q") || "";
  document.getElementById("search-box").value = q;
  clear(main).append(h("div", { class: "page-head" }, h("h1", {}, q.trim() ? `Search: ${q}` : "Search")));
  if (!q.trim()) {
    main.append(h("p", { class: "muted" }, "Type words in the search box."));
    document.body.dataset.ready = "yes";
    return;
  }
  const r = await api(`/api/search?q=${encodeURIComponent(q)}`);
  main.append(
    section(`Actors (${r.actors.length})`, results(r.actors, (a) => [
      h("a", { href: `/actor/${encodeURIComponent(a.id)}` }, a.name),
      h("span", { class: "muted" }, ` · ${a.type.replaceAll("_", " ")}${a.country ? ` · ${a.country}` : ""}`)])),
    section(`Events (${r.events.length})`, results(r.events, (e) => [
      typeBadge(e.type), " ", h("span", { class: "date" }, fmtDate(e)), " ",
      h("a", { href: `/event/${encodeURIComponent(e.id)}` }, e.summary || e.type)])),
    section(`Reports (${r.documents.length})`, results(r.documents, (d) => [
      h("a", { href: `/document/${encodeURIComponent(d.id)}` }, d.title || d.id),
      h("span", { class: "muted" }, [d.publisher, d.published].filter(Boolean).map((x) => ` · ${x}`).join(""))])));
  document.body.dataset.ready = "yes";
}
