// The event panel: the ACLED record, why each field was chosen, and every source with the sentences
// that say it — each coded span highlighted by field (actor, place, date, fatalities).
import { getJSON } from "./api.js";
import { colorOf, esc, PRECISION } from "./colors.js";

const RECORD = ["event_id_cnty", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
  "source_scale", "notes", "fatalities", "fatalities_low", "fatalities_high", "injuries", "civilian_fatalities",
  "attacker_fatalities", "tags", "confidence", "n_sources"];
const GROUP = {
  actor1: "actor", actor2: "actor", assoc_actor_1: "actor", assoc_actor_2: "actor",
  location: "place", admin1: "place", admin2: "place", admin3: "place", country: "place",
  event_date: "date", fatalities: "fatalities", injuries: "injuries", event_type: "type", sub_event_type: "type",
};
const ORDER = ["fatalities", "injuries", "actor", "place", "date", "type"]; // the first group wins an overlap

export function highlight(sentence) {
  const spans = sentence.spans.filter((s) => GROUP[s.field]);
  const cuts = new Set([sentence.start, sentence.end]);
  spans.forEach((s) => { cuts.add(Math.max(s.start, sentence.start)); cuts.add(Math.min(s.end, sentence.end)); });
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = esc(sentence.text.slice(a - sentence.start, b - sentence.start));
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) { html += piece; continue; }
    const groups = covering.map((s) => GROUP[s.field]);
    const group = ORDER.find((g) => groups.includes(g));
    const fields = [...new Set(covering.map((s) => s.field))].join(" ");
    html += `<mark class="f-${group}" data-fields="${esc(fields)}" title="${esc(fields)}">${piece}</mark>`;
  }
  return html;
}

function record(ev) {
  const rows = RECORD.filter((k) => ev[k] !== null && ev[k] !== undefined && ev[k] !== "").map((k) => {
    let v = esc(ev[k]);
    if (k === "geo_precision") v += ` (${esc(PRECISION[ev[k]] || "")})`;
    if (k === "event_type") v = `<span class="swatch" style="background:${colorOf(ev[k])}"></span>${v}`;
    return `<dt>${k}</dt><dd>${v}</dd>`;
  });
  return `<dl class="record">${rows.join("")}</dl>`;
}

function mergeInfo(info, sources) {
  const names = Object.fromEntries(sources.map((s) => [s.document_id, s.source || s.title || s.document_id]));
  const rows = Object.entries(info || {}).map(([field, how]) => {
    let text;
    if (typeof how === "string") text = `from ${names[how] || how} (${how})`;
    else if (how && how.rule) {
      const reported = how.reported || [];
      text = `${how.rule}: ${reported.length ? `reported ${reported.join(", ")}` : "no source reports a figure"}`;
    } else text = JSON.stringify(how);
    return `<dt>${esc(field)}</dt><dd>${esc(text)}</dd>`;
  });
  return rows.length ? `<h3>How the fields were chosen</h3><dl class="merge">${rows.join("")}</dl>` : "";
}

export function source(s) {
  const rec = s.record || {};
  const title = esc(s.title || s.document_id);
  // only web addresses become links: a stored URL comes from the input and could be "javascript:"
  const web = /^https?:\/\//i.test(s.url || "");
  const link = web ? `<a href="${esc(s.url)}" target="_blank" rel="noopener noreferrer">${title}</a>` : title;
  const reason = s.reason || {};
  const checks = (reason.compared_with || []).map((c) =>
    `<li>vs ${esc(c.document_id)}#${esc(c.record)}: ${esc((c.why || []).join("; "))}</li>`).join("");
  const place = rec.location || rec.admin1 || rec.country || "no place";
  return `<div class="source" data-document="${esc(s.document_id)}">
    <div><span class="role">${esc(s.role)}</span> <b>${esc(s.source || "")}</b> ${esc(s.published || "")} — ${link}</div>
    <div class="why">reported: ${esc(rec.event_date || "no date")}, ${esc(rec.sub_event_type)}, ${esc(place)},
      ${esc(rec.actor1 || "no actor")}, ${esc(rec.fatalities)} killed${rec.injuries != null ? `, ${esc(rec.injuries)} injured` : ""}</div>
    ${reason.why ? `<div class="why">why: ${esc(reason.why)}</div>` : ""}
    ${checks ? `<ul class="why">${checks}</ul>` : ""}
    ${(s.sentences || []).map((t) => `<p class="sentence">${highlight(t)}</p>`).join("") || '<p class="why">no evidence spans</p>'}
  </div>`;
}

const KEYS = '<p class="keys"><mark class="f-actor">actor</mark><mark class="f-place">place</mark>' +
  '<mark class="f-date">date</mark><mark class="f-fatalities">fatalities</mark><mark class="f-injuries">injuries</mark>' +
  '<mark class="f-type">event</mark></p>';

export async function showEvent(panel, body, id) {
  panel.hidden = false;
  body.innerHTML = "loading…";
  let ev;
  try {
    ev = await getJSON(`/api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    body.innerHTML = `<p class="error">${esc(err.message)}</p>`;
    return;
  }
  body.innerHTML = `<h2>${esc(ev.event_id_cnty)} · ${esc(ev.sub_event_type)} · ${esc(ev.location || ev.admin1 || ev.country || "")}</h2>
    ${record(ev)}${mergeInfo(ev.merge_info, ev.sources)}
    <h3>Sources (${ev.sources.length} record(s), ${esc(ev.n_sources)} independent report(s))</h3>${KEYS}
    ${ev.sources.map(source).join("")}`;
  body.dataset.event = ev.id;
}
