// One document: its text with every evidence span highlighted and linked to its fact.
import { api, clear, h, section } from "./dom.js";

function markedText(text, spans) {
  const out = h("div", { class: "doc-text" });
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    out.append(text.slice(pos, s.start));
    out.append(h("mark", { class: `span-${s.fact_kind}`, title: `${s.fact_kind} ${s.fact_id}${s.certainty ? ` (${s.certainty})` : ""}`,
      id: `span-${s.id}` }, text.slice(s.start, s.end)));
    pos = s.end;
  }
  out.append(text.slice(pos));
  return out;
}

export async function documentPage(main, id) {
  let data;
  try {
    data = await api(`/api/documents/${encodeURIComponent(id)}`);
  } catch (err) {
    clear(main).append(h("div", { class: "card error" }, err.message));
    return;
  }
  const d = data.document;
  document.title = `${d.title || d.id} · axiswatch`;
  clear(main).append(
    h("div", { class: "page-head" }, h("h1", {}, d.title || "(untitled report)"),
      h("div", { class: "muted" }, [d.publisher, d.published, d.fmt, `${d.text.length.toLocaleString()} characters`].filter(Boolean).join(" · "),
        d.url && /^https?:\/\//.test(d.url) ? [" · ", h("a", { href: d.url, rel: "noopener noreferrer" }, "original ↗")] : null)),
    section(`Text (${data.evidence.length} evidence spans highlighted)`, markedText(d.text, data.evidence)));
  document.body.dataset.ready = "yes";
}
