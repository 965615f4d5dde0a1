// One actor: aliases, relations with their evidence, its events on a small map
// and its tempo.
import { api, certaintyBadge, clear, fieldTable, h, section, statusBadge } from "./dom.js";
import { chainView, judgementList } from "./event.js";
import { createMap } from "./map.js";
import { drawTimeline } from "./timeline.js";

function relationRow(rel, selfId) {
  const other = rel.subject === selfId ? rel.object : rel.subject;
  const otherName = rel.subject === selfId ? rel.object_name : rel.subject_name;
  return h("li", { class: "relation" },
    h("div", {},
      rel.subject === selfId ? h("strong", {}, rel.subject_name) : h("a", { href: `/actor/${encodeURIComponent(other)}` }, otherName),
      " ", h("span", { class: "predicate" }, rel.predicate.replace("_", " ")), " ",
      rel.object === selfId ? h("strong", {}, rel.object_name) : h("a", { href: `/actor/${encodeURIComponent(other)}` }, otherName),
      " ", certaintyBadge(rel.certainty), " ", h("span", { class: "muted" }, rel.source === "kb" ? "knowledge pack" : "extracted"),
      rel.source === "kb" ? null : statusBadge(rel.status === "extracted" ? null : rel.status)),
    rel.evidence.map((e) => h("blockquote", { class: "evidence" }, e.text, " ",
      h("a", { href: `/document/${encodeURIComponent(e.doc_id)}`, class: "muted" }, `— ${e.doc_title || e.doc_id}`))));
}

export async function actorPage(main, id) {
  let data;
  try {
    data = await api(`/api/actors/${encodeURIComponent(id)}`);
  } catch (err) {
    clear(main).append(h("div", { class: "card error" }, err.message));
    return;
  }
  const a = data.actor;
  document.title = `${a.name} · axiswatch`;
  const mapEl = h("div", { class: "map small-map", id: "actor-map" });
  const tempoEl = h("div", { class: "timeline", id: "actor-tempo" });
  clear(main).append(
    h("div", { class: "page-head" },
      h("span", { class: `badge node-${a.type}` }, a.type.replace("_", " ")),
      h("h1", {}, a.name),
      h("div", { class: "muted" }, `${a.country || "no country"} · ${a.source === "kb" ? "knowledge pack" : "found in reports"} · id ${a.id}`)),
    h("div", { class: "grid-2" },
      section("Profile", fieldTable([
        ["Aliases", a.aliases.length ? h("div", { class: "aliases" }, a.aliases.map((x) => h("span", { class: "alias" }, x))) : null],
        ["Events", data.events ? h("a", { href: `/?actor=${encodeURIComponent(a.id)}` },
          `${data.events} event${data.events === 1 ? "" : "s"}, with fronts and units, on the overview →`) : null],
        ["Fronts and units", data.includes.length ? h("span", { class: "includes" }, data.includes.map((x, i) => [i ? ", " : "",
          h("a", { href: `/actor/${encodeURIComponent(x.id)}` }, x.name)])) : null],
      ]), h("h3", {}, "Attribution chain"), chainView(data.attribution.length ? { [a.id]: data.attribution } : {}, { [a.id]: a.name })),
      mapEl),
    section("Tempo (events per day, with fronts and units)", tempoEl),
    section(`Relations (${data.relations.length})`,
      data.relations.length ? h("ul", { class: "relations" }, data.relations.map((r) => relationRow(r, a.id)))
        : h("p", { class: "muted" }, "No relations recorded.")),
    section("Judgements", judgementList(data.judgements)));
  drawTimeline(tempoEl, data.tempo, { height: 110, emptyText: "No dated events." });
  const pts = await api(`/api/events.points?actor=${encodeURIComponent(a.id)}&limit=50000`);
  const placed = a.lat !== null && a.lat !== undefined;
  if (pts.points.length || placed) {
    const m = createMap(mapEl, { small: true });
    m.setPoints(pts.points, { fit: true });
    if (!pts.points.length) m.map.setView([a.lat, a.lon], 6);
  } else {
    // no empty basemap: say why there is no map
    mapEl.replaceWith(h("p", { class: "card muted place-note", id: "actor-place-note" },
      data.events ? "None of this actor's events has coordinates." : "No events recorded for this actor."));
  }
  document.body.dataset.ready = "yes";
}
