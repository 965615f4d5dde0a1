// One event: every field, the attribution chain, each source with its sentence
// highlighted in a window of the document text, the analysts' judgements.
import {
  actorLinks, api, certaintyBadge, clear, fieldTable, fmtDate, h, highlighted, precisionLabel,
  section, statusBadge, typeBadge,
} from "./dom.js";
import { createMap } from "./map.js";
import { credentials, mergeControl, reviewButtons, writesEnabled } from "./review_controls.js";

export function judgementList(judgements) {
  if (!judgements.length) return h("p", { class: "muted" }, "No analyst has judged this yet.");
  return h("ul", { class: "judgements" }, judgements.map((j) => h("li", { class: `judgement action-${j.action}` },
    h("strong", {}, j.action), ` by ${j.author} on ${(j.created_at || "").replace("T", " ").slice(0, 16)} UTC`,
    j.reason ? h("span", { class: "reason" }, ` — ${j.reason}`) : null,
    j.payload && j.action === "edit" ? h("code", { class: "payload" }, ` ${JSON.stringify(j.payload)}`) : null)));
}

export function chainView(chains, names) {
  const ids = Object.keys(chains || {});
  if (!ids.length) return h("p", { class: "muted" }, "No attribution chain beyond the named actors.");
  const link = (id, name) => h("a", { href: `/actor/${encodeURIComponent(id)}` }, name || names[id] || id);
  return h("div", {}, ids.map((id) => h("div", { class: "chain-block" },
    h("div", { class: "chain-root" }, link(id)),
    h("ul", { class: "chain" }, chains[id].map((step) => h("li", { class: `depth-${Math.min(step.depth || 1, 4)}` },
      link(step.subject, step.subject_name), " ",
      h("span", { class: "predicate" }, (step.predicate || "").replace("_", " ")), " ",
      link(step.object, step.object_name), " ",
      certaintyBadge(step.certainty),
      step.path_certainty && step.path_certainty !== step.certainty
        ? h("span", { class: "muted" }, ` chain: ${step.path_certainty}`) : null,
      step.source === "kb" ? h("span", { class: "muted" }, " · knowledge pack") : null))))));
}

function sourceCard(src) {
  const ev = src.evidence || {};
  const rel = (ev.start ?? 0) - (src.context_start ?? 0);
  return h("article", { class: "source" },
    h("header", {},
      h("a", { href: `/document/${encodeURIComponent(src.doc_id)}`, class: "doc-title" }, src.doc_title || src.doc_id),
      h("span", { class: "muted" }, [src.doc_publisher, src.doc_published].filter(Boolean).join(" · ")),
      src.doc_url && /^https?:\/\//.test(src.doc_url) ? h("a", { href: src.doc_url, rel: "noopener noreferrer", class: "ext" }, "original ↗") : null),
    src.context ? highlighted(src.context, rel, rel + ((ev.end ?? 0) - (ev.start ?? 0)),
      { cutBefore: src.context_start > 0, cutAfter: src.context_start + src.context.length < (src.doc_chars ?? Infinity) })
      : h("blockquote", { class: "context" }, h("mark", {}, ev.text || "")),
    h("div", { class: "source-meta" }, `This source: ${src.type}${src.subtype ? `/${src.subtype}` : ""}, `,
      fmtDate(src), `, ${src.location_name || "no place"}, `, certaintyBadge(src.certainty), ` · ${src.extractor}`));
}

export async function eventPage(main, id) {
  clear(main).append(h("p", { class: "muted" }, "Loading…"));
  let data;
  try {
    data = await api(`/api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    clear(main).append(h("div", { class: "card error" }, err.message));
    return;
  }
  const ev = data.event;
  const names = data.names || {};
  document.title = `${ev.type} ${ev.date || ""} · axiswatch`;
  const located = ev.lat !== null && ev.lon !== null;
  const mapEl = located ? h("div", { class: "map small-map", id: "event-map" })
    : h("p", { class: "card muted place-note", id: "event-place-note" },
      `No coordinates for this event${ev.location_name ? ` (${ev.location_name} could not be placed)` : ""}.`);
  const nSources = ev.n_sources || 1;
  const statusEl = h("span", { id: "event-status" }, statusBadge(ev.status));
  const judgementsEl = h("div", { id: "judgements" }, judgementList(data.judgements));
  clear(main).append(
    h("div", { class: "page-head" },
      h("div", {}, typeBadge(ev.type), ev.subtype ? h("span", { class: "subtype" }, ev.subtype) : null, statusEl),
      h("h1", { id: "event-summary" }, ev.summary || `${ev.type} event`),
      h("div", { class: "muted" }, `${fmtDate(ev)} · ${ev.location_name || "unlocated"} · ${nSources} source${nSources === 1 ? "" : "s"} · id ${ev.id}`)),
    h("div", { class: "grid-2" },
      section("Facts", fieldTable([
        ["Date", fmtDate(ev)],
        ["Place", ev.location_name ? `${ev.location_name}${ev.country ? ` (${ev.country})` : ""}` : null],
        ["Precision", ev.lat !== null ? `${precisionLabel(ev.geo_precision)} · ${ev.lat.toFixed(3)}, ${ev.lon.toFixed(3)}` : null],
        ["Actors", actorLinks(ev.actors, names)],
        ["Claimed by", actorLinks(ev.claimed_by, names)],
        ["Attributed to", actorLinks(ev.attributed_to, names)],
        ["Target", ev.target],
        ["Target actors", actorLinks(ev.target_actors, names)],
        ["Weapon", ev.weapon],
        ["Killed", ev.killed],
        ["Injured", ev.injured],
        ["Certainty", certaintyBadge(ev.certainty)],
      ])),
      h("div", {}, mapEl, section("Attribution chain", chainView(data.attribution, names)))),
    section(`Sources (${data.sources.length})`, h("div", { id: "sources" }, data.sources.map(sourceCard))),
    section("Review", writesEnabled() ? credentials() : null,
      reviewButtons("event", ev, async (result) => {
        clear(statusEl).append(statusBadge(result.event?.status));
        const fresh = await api(`/api/events/${encodeURIComponent(id)}`);
        clear(judgementsEl).append(judgementList(fresh.judgements));
        document.getElementById("event-summary").textContent = fresh.event.summary || `${fresh.event.type} event`;
      }),
      mergeControl(ev.id),
      judgementsEl));
  if (located) {
    const m = createMap(mapEl, { small: true });
    m.setData({ type: "FeatureCollection", features: [{ type: "Feature", id: ev.id,
      geometry: { type: "Point", coordinates: [ev.lon, ev.lat] }, properties: ev }] });
    m.map.setView([ev.lat, ev.lon], 6);
  }
  document.body.dataset.ready = "yes";
}
