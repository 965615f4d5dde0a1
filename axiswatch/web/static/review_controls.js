// Review controls shared by the event page and the review queue: who is judging,
// the operator's token, and the confirm / edit / reject buttons.
import { CERTAINTIES, TYPES, api, h, toast } from "./dom.js";

export function writesEnabled() {
  return document.body.dataset.writes === "yes";
}

/** The analyst's name and token inputs (kept in this browser's storage). */
export function credentials() {
  const author = h("input", { name: "author", placeholder: "your name", maxlength: 100,
    value: localStorage.getItem("axiswatch.author") || "", "aria-label": "Analyst name" });
  const token = h("input", { name: "token", type: "password", placeholder: "API token",
    value: sessionStorage.getItem("axiswatch.token") || "", "aria-label": "API token" });
  author.addEventListener("change", () => localStorage.setItem("axiswatch.author", author.value));
  token.addEventListener("change", () => sessionStorage.setItem("axiswatch.token", token.value));
  return h("div", { class: "credentials" }, h("label", {}, "Analyst ", author),
    h("label", {}, "Token ", token));
}

async function send(kind, id, body) {
  const author = localStorage.getItem("axiswatch.author") || document.querySelector("input[name=author]")?.value;
  const token = sessionStorage.getItem("axiswatch.token") || document.querySelector("input[name=token]")?.value;
  if (!author) throw new Error("enter your name before judging");
  return api(`/api/review/${kind}/${encodeURIComponent(id)}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token || ""}` },
    body: JSON.stringify({ ...body, author }),
  });
}

function editForm(kind, item, onSubmit) {
  const fields = kind === "event"
    ? [
      ["type", h("select", { name: "type" }, TYPES.map((t) => h("option", { value: t, selected: t === item.type }, t)))],
      ["date", h("input", { name: "date", value: item.date || "", placeholder: "YYYY-MM-DD" })],
      ["location_name", h("input", { name: "location_name", value: item.location_name || "" })],
      ["killed", h("input", { name: "killed", type: "number", min: 0, value: item.killed ?? "" })],
      ["injured", h("input", { name: "injured", type: "number", min: 0, value: item.injured ?? "" })],
      ["certainty", h("select", { name: "certainty" }, CERTAINTIES.map((c) => h("option", { value: c, selected: c === item.certainty }, c)))],
      ["summary", h("textarea", { name: "summary", rows: 2 }, item.summary || "")],
    ]
    : [
      ["certainty", h("select", { name: "certainty" }, CERTAINTIES.map((c) => h("option", { value: c, selected: c === item.certainty }, c)))],
    ];
  const reason = h("input", { name: "reason", placeholder: "why (optional)", maxlength: 2000 });
  const form = h("form", { class: "edit-form" },
    fields.map(([label, input]) => h("label", {}, label, input)), h("label", {}, "reason", reason),
    h("button", { type: "submit", class: "primary" }, "Save correction"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const out = {};
    for (const [name, input] of fields) {
      const value = input.value.trim();
      const old = item[name] ?? "";
      if (value === String(old)) continue;
      if (value === "") continue;
      out[name] = input.type === "number" ? Number(value) : value;
    }
    onSubmit(out, reason.value || null);
  });
  return form;
}

/** Confirm / Edit / Reject buttons for one event or relation; `onDone(result)` after a write.
 * Without writes: a read-only note, unless `readOnlyNote` is false (the page says it once). */
export function reviewButtons(kind, item, onDone, { readOnlyNote = true } = {}) {
  const box = h("div", { class: "review-buttons" });
  if (!writesEnabled()) {
    if (readOnlyNote) box.append(h("span", { class: "muted" }, "Read-only: the operator has set no API token."));
    else box.hidden = true;
    return box;
  }
  const run = async (body) => {
    try {
      const result = await send(kind, item.id, body);
      toast(`${body.action} recorded (${result.judgement})`, "ok");
      onDone(result, body.action);
    } catch (err) {
      toast(err.message, "error");
    }
  };
  const edit = h("div", { class: "edit-slot" });
  box.append(
    h("button", { class: "ok", type: "button", dataset: { action: "confirm" }, onclick: () => run({ action: "confirm" }) }, "Confirm"),
    h("button", { class: "ghost", type: "button", dataset: { action: "edit" }, onclick: () => {
      if (edit.firstChild) { edit.firstChild.remove(); return; }
      edit.append(editForm(kind, item, (fields, reason) => {
        if (!Object.keys(fields).length) { toast("change a field first", "error"); return; }
        run({ action: "edit", fields, reason });
      }));
    } }, "Edit"),
    h("button", { class: "danger", type: "button", dataset: { action: "reject" }, onclick: () => run({ action: "reject" }) }, "Reject"),
    edit);
  return box;
}

/** "Same occurrence as…": merge this event with another one by id. */
export function mergeControl(eventId) {
  if (!writesEnabled()) return null;
  const other = h("input", { name: "merge_with", placeholder: "other event id (ev-…)", maxlength: 64,
    "aria-label": "Event to merge with" });
  const form = h("form", { class: "merge-form" }, h("span", { class: "muted" }, "Same occurrence as "),
    other, h("button", { type: "submit", class: "ghost" }, "Merge"));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const author = localStorage.getItem("axiswatch.author") || document.querySelector("input[name=author]")?.value;
    const token = sessionStorage.getItem("axiswatch.token") || document.querySelector("input[name=token]")?.value;
    try {
      if (!author) throw new Error("enter your name before judging");
      const result = await api(`/api/events/${encodeURIComponent(eventId)}/merge`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token || ""}` },
        body: JSON.stringify({ other: other.value.trim(), author }),
      });
      toast(`merge recorded (${result.judgement})`, "ok");
      window.location.href = `/event/${encodeURIComponent(result.events[0])}`;
    } catch (err) {
      toast(err.message, "error");
    }
  });
  return form;
}
