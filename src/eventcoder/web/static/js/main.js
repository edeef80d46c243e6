// The dashboard: filters (kept in the URL, so a view can be shared), map, timeline, table and event panel.
import { getJSON } from "./api.js";
import { esc, SUB_EVENT_TYPES } from "./colors.js";
import { EventMap, legend } from "./map.js";
import { showEvent } from "./panel.js";
import { EventTable } from "./table.js";
import { Timeline } from "./timeline.js";

const FILTERS = ["since", "until", "country", "admin1", "type", "actor", "text", "min_fatalities"];
const $ = (id) => document.getElementById(id);
const form = $("filters");
const state = { filters: {}, brush: null, inview: false, event: null, map: null };
let stats = null;

function readURL() {
  const q = new URLSearchParams(location.search);
  FILTERS.forEach((k) => { if (q.get(k)) state.filters[k] = q.get(k); });
  const brush = (q.get("brush") || "").split("..");
  state.brush = brush.length === 2 && brush[0] && brush[1] ? brush : null;
  state.inview = q.get("inview") === "1";
  state.event = q.get("event");
  state.map = q.get("map");
}

function writeURL() {
  const q = new URLSearchParams();
  FILTERS.forEach((k) => { if (state.filters[k]) q.set(k, state.filters[k]); });
  if (state.brush) q.set("brush", state.brush.join(".."));
  if (state.inview) q.set("inview", "1");
  if (state.event) q.set("event", state.event);
  const c = map.map.getCenter();
  q.set("map", `${map.map.getZoom()}/${c.lat.toFixed(3)}/${c.lng.toFixed(3)}`);
  history.replaceState(null, "", `${location.pathname}?${q.toString().replace(/%2F/g, "/")}`);
}

// The filters with the brushed period applied (what the map and the table show).
function effective() {
  const f = { ...state.filters };
  if (state.brush) {
    f.since = f.since && f.since > state.brush[0] ? f.since : state.brush[0];
    f.until = f.until && f.until < state.brush[1] ? f.until : state.brush[1];
  }
  return f;
}

function total() {
  if (!stats) return undefined;
  if (!state.brush) return stats.total.events;
  const f = effective();
  return stats.by_day.filter((d) => d.key && d.key >= f.since && d.key <= f.until).reduce((s, d) => s + d.events, 0);
}

const note = (html) => { $("mapnote").innerHTML = html; };
let ready = false;
const map = new EventMap($("map"), { onOpen: openEvent, onMove: moved });
const table = new EventTable($("events"), { onOpen: openEvent, more: $("more"), info: $("tableinfo") });
const timeline = new Timeline($("timeline"), { onBrush: (b) => { state.brush = b; brushed(); } });

function moved() {
  if (!ready) return;
  refreshMap();
  if (state.inview) refreshTable();
  writeURL();
}

function refreshMap() {
  return map.refresh(effective(), note);
}

function refreshTable() {
  const f = effective();
  if (state.inview) f.bbox = map.view();
  const loaded = table.refresh(f, state.inview ? undefined : total()); // sets the table's query at once
  table.exportLinks({ "exp-csv": "csv", "exp-geojson": "geojson", "exp-json": "json" });
  return loaded;
}

function brushed() {
  $("clearbrush").hidden = !state.brush;
  $("tlinfo").textContent = state.brush ? `period ${state.brush[0]} to ${state.brush[1]}` : "";
  timeline.set(stats ? stats.by_day : [], state.brush);
  writeURL();
  return Promise.all([refreshMap(), refreshTable()]);
}

let unfiltered = null; // the first /api/stats answer (no filters), reused while no filter is set

async function update({ fit = false } = {}) {
  try {
    const plain = Object.keys(state.filters).length === 0;
    stats = plain && unfiltered ? await unfiltered : await getJSON("/api/stats", state.filters);
  } catch (err) {
    note(`<span class="error">${esc(err.message)}</span>`);
    return;
  }
  const undated = (stats.by_day.find((d) => !d.key) || { events: 0 }).events;
  $("timelinebox").dataset.undated = undated;
  if (fit && stats.total.bounds) map.map.fitBounds(stats.total.bounds, { maxZoom: 6, padding: [20, 20], animate: false });
  await brushed();
}

function fillForm() {
  FILTERS.forEach((k) => { form.elements[k].value = state.filters[k] || ""; });
  $("inview").checked = state.inview;
}

async function fillChoices() {
  unfiltered = getJSON("/api/stats");
  const all = await unfiltered;
  const countries = all.by_country.filter((c) => c.key).map((c) => `<option>${esc(c.key)}</option>`);
  form.elements.country.insertAdjacentHTML("beforeend", countries.join(""));
  const types = Object.entries(SUB_EVENT_TYPES).map(([t, subs]) => `<option>${esc(t)}</option>` +
    `<optgroup label="${esc(t)}">${subs.map((s) => `<option>${esc(s)}</option>`).join("")}</optgroup>`);
  form.elements.type.insertAdjacentHTML("beforeend", types.join(""));
  fillForm();
}

function openEvent(id) {
  state.event = id;
  writeURL();
  showEvent($("panel"), $("panelbody"), id);
}

function closeEvent() {
  state.event = null;
  $("panel").hidden = true;
  writeURL();
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  state.filters = {};
  FILTERS.forEach((k) => { if (form.elements[k].value) state.filters[k] = form.elements[k].value; });
  update({ fit: true });
});
form.addEventListener("change", (e) => { if (e.target.tagName === "SELECT") form.requestSubmit(); });
$("reset").addEventListener("click", () => { state.filters = {}; state.brush = null; fillForm(); update(); });
$("clearbrush").addEventListener("click", () => { state.brush = null; brushed(); });
$("inview").addEventListener("change", (e) => { state.inview = e.target.checked; refreshTable(); writeURL(); });
$("closepanel").addEventListener("click", closeEvent);
document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeEvent(); });

async function main() {
  readURL();
  legend($("legend"));
  const view = (state.map || "").split("/").map(Number);
  if (view.length === 3 && view.every(Number.isFinite)) map.map.setView([view[1], view[2]], view[0]);
  else map.map.setView([15, 20], 2);
  const outlines = map.loadOutlines(); // in parallel with the data
  await fillChoices();
  await Promise.all([update({ fit: !state.map }), outlines]);
  ready = true;
  if (state.event) openEvent(state.event);
  window.eventcoderReadyMs = performance.now(); // first load time, read by benchmarks/bench_web.py
  document.body.dataset.ready = "1";
}

main();
