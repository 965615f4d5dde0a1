// The review queue: extracted events and relations waiting for an analyst.
import {
  actorLinks, api, certaintyBadge, clear, fmtDate, h, highlighted, statusBadge, typeBadge,
} from "./dom.js";
import { credentials, reviewButtons, writesEnabled } from "./review_controls.js";

function eventCard(item, names) {
  const card = h("article", { class: "review-item card", dataset: { id: item.id } });
  const src = (item.sources || [])[0];
  const ev = src && src.evidence;
  card.append(
    h("div", { class: "event-row-head" }, typeBadge(item.type), h("span", { class: "date" }, fmtDate(item)),
      certaintyBadge(item.certainty), h("span", { class: "muted" }, item.location_name || "unlocated")),
    h("a", { class: "event-title", href: `/event/${encodeURIComponent(item.id)}` }, item.summary || `${item.type} event`),
    h("div", { class: "event-row-meta" }, "Actors: ", actorLinks(item.actors, names),
      " · claimed by: ", actorLinks(item.claimed_by, names), " · attributed to: ", actorLinks(item.attributed_to, names)),
    ev && src.context ? highlighted(src.context, ev.start - src.context_start, ev.end - src.context_start, {
      cutBefore: src.context_start > 0,
      cutAfter: src.context_start + src.context.length < (src.doc_chars ?? Infinity) }) : null,
    reviewButtons("event", item, (result, action) => {
      card.classList.add("judged");
      card.querySelector(".review-buttons").replaceWith(h("div", { class: "done" }, statusBadge(result.event?.status || action), ` ${action} recorded`));
    }, { readOnlyNote: false }));
  return card;
}

function relationCard(item) {
  const card = h("article", { class: "review-item card", dataset: { id: item.id } });
  card.append(
    h("div", {}, h("a", { href: `/actor/${encodeURIComponent(item.subject)}` }, item.subject_name), " ",
      h("span", { class: "predicate" }, item.predicate.replace("_", " ")), " ",
      h("a", { href: `/actor/${encodeURIComponent(item.object)}` }, item.object_name), " ", certaintyBadge(item.certainty)),
    item.evidence.map((e) => h("blockquote", { class: "evidence" }, e.text)),
    reviewButtons("relation", item, (result, action) => {
      card.classList.add("judged");
      card.querySelector(".review-buttons").replaceWith(h("div", { class: "done" }, statusBadge(result.relation?.status || action), ` ${action} recorded`));
    }, { readOnlyNote: false }));
  return card;
}

export async function reviewPage(main) {
  const params = new URLSearchParams(window.location.search);
  const kind = params.get("kind") === "relation" ? "relation" : "event";
  const list = h("div", { id: "review-list" });
  clear(main).append(
    h("div", { class: "page-head" }, h("h1", {}, "Review queue"),
      h("div", { class: "tabs" },
        h("a", { href: "/review?kind=event", class: kind === "event" ? "active" : "" }, "Events"),
        h("a", { href: "/review?kind=relation", class: kind === "relation" ? "active" : "" }, "Relations")),
      writesEnabled() ? credentials() : h("p", { class: "muted" }, "Read-only: the operator has set no API token.")),
    list);
  const data = await api(`/api/review?kind=${kind}&limit=100`);
  if (!data.items.length) list.append(h("p", { class: "empty" }, `No ${kind}s waiting for review.`));
  for (const item of data.items) list.append(kind === "event" ? eventCard(item, data.names || {}) : relationCard(item));
  document.body.dataset.ready = "yes";
}
