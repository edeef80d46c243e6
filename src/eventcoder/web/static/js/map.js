// The map: offline country outlines, then what the API says is in view — the events (clustered, sized by
// fatalities, coloured by type, drawn by geographic precision) or, when there are many, counts per grid cell.
/* global L */
import { getJSON } from "./api.js";
import { colorOf, esc, PRECISION, TYPE_COLORS } from "./colors.js";
import { toFeatures } from "./topo.js";

const OUTLINE = { color: "#8d9aa3", weight: 0.7, fillColor: "#fbfbf8", fillOpacity: 1 };
const FINE_ZOOM = 4; // the 1:50m outlines are loaded from this zoom on

export class EventMap {
  constructor(element, { onOpen, onMove }) {
    this.onOpen = onOpen;
    this.onMove = onMove;
    this.map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 14, preferCanvas: false });
    this.map.attributionControl.addAttribution("Outlines: Natural Earth");
    this.outlines = { coarse: null, fine: null };
    this.canvas = L.canvas({ padding: 0.2 }); // outlines are drawn on a canvas: much faster than SVG paths
    this.points = L.markerClusterGroup({ maxClusterRadius: 45, iconCreateFunction: (c) => clusterIcon(c),
                                         showCoverageOnHover: false, spiderfyOnMaxZoom: true });
    this.grid = L.layerGroup();
    this.map.addLayer(this.points).addLayer(this.grid);
    this.request = null;
    this.map.on("moveend", () => this.onMove());
  }

  async loadOutlines() {
    const coarse = await (await fetch("/static/vendor/world-atlas/countries-110m.json")).json();
    this.outlines.coarse = L.geoJSON(toFeatures(coarse, "countries"),
                                     { style: OUTLINE, interactive: false, renderer: this.canvas });
    this.outlines.coarse.addTo(this.map).bringToBack();
    this.map.getContainer().dataset.outlines = this.outlines.coarse.getLayers().length;
    this.map.on("zoomend", () => this.fineOutlines());
    await this.fineOutlines(); // a shared URL may open zoomed in
  }

  async fineOutlines() {
    if (this.map.getZoom() < FINE_ZOOM || this.outlines.fine) return;
    this.outlines.fine = "loading";
    const fine = await (await fetch("/static/vendor/world-atlas/countries-50m.json")).json();
    this.outlines.fine = L.geoJSON(toFeatures(fine, "countries"),
                                   { style: OUTLINE, interactive: false, renderer: this.canvas });
    this.map.removeLayer(this.outlines.coarse);
    this.outlines.fine.addTo(this.map).bringToBack();
    this.map.getContainer().dataset.outlines = this.outlines.fine.getLayers().length;
  }

  view() {
    const b = this.map.getBounds();
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180),
            clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(4)).join(",");
  }

  async refresh(filters, note) {
    if (this.request) this.request.abort();
    this.request = new AbortController();
    const params = { ...filters, view: this.view(), zoom: this.map.getZoom() };
    let data;
    try {
      data = await getJSON("/api/map", params, this.request.signal);
    } catch (err) {
      if (err.name !== "AbortError") note(`<span class="error">${esc(err.message)}</span>`);
      return;
    }
    this.points.clearLayers();
    this.grid.clearLayers();
    if (data.mode === "points") {
      this.points.addLayers(data.points.map((p) => this.marker(p)));
      note(`${data.points.length} event(s) in view`);
    } else {
      data.cells.forEach((c) => this.grid.addLayer(this.cell(c, data.cell)));
      const total = data.cells.reduce((s, c) => s + c.events, 0);
      note(`${total.toLocaleString()} events in the ${data.cell.toFixed(2)}° cells shown — zoom in for events`);
    }
    document.getElementById("map").dataset.mode = data.mode;
  }

  marker(p) {
    const size = Math.min(40, 9 + 4 * Math.sqrt(p.fatalities || 0));
    const prec = p.geo_precision || 1;
    const ring = prec >= 3 ? Math.max(size, 26) : size;
    const color = colorOf(p.event_type);
    const icon = L.divIcon({
      className: "", iconSize: [ring, ring],
      html: `<div class="marker p${prec}" data-id="${esc(p.id)}" style="width:${ring}px;height:${ring}px;` +
            `background:${color};border-color:${prec >= 3 ? color : ""}"></div>`,
    });
    const m = L.marker([p.latitude, p.longitude], { icon, fatalities: p.fatalities || 0, type: p.event_type,
                                                    title: `${p.event_id_cnty} ${p.sub_event_type || ""}` });
    m.bindTooltip(`<b>${esc(p.event_id_cnty)}</b> ${esc(p.event_date || "undated")}<br>${esc(p.sub_event_type)}<br>` +
                  `${esc(p.location || p.admin1 || p.country)} — ${esc(PRECISION[prec] || "")}<br>` +
                  `${p.fatalities || 0} killed`);
    m.on("click", () => this.onOpen(p.id));
    return m;
  }

  cell(c, size) {
    const px = Math.round(Math.min(54, 20 + 4 * Math.log2(1 + c.events)));
    const heat = Math.min(1, Math.log10(1 + c.fatalities) / 4);
    const fill = `rgb(${Math.round(110 + 120 * heat)}, ${Math.round(90 - 40 * heat)}, 70)`;
    const icon = L.divIcon({
      className: "", iconSize: [px, px],
      html: `<div class="cluster gridcell" style="width:${px}px;height:${px}px;background:${fill}">${short(c.events)}</div>`,
    });
    const layer = L.marker([c.latitude, c.longitude], { icon });
    layer.bindTooltip(`${c.events.toLocaleString()} events, ${c.fatalities.toLocaleString()} killed (click to zoom in)`);
    const [gx, gy] = c.cell;
    layer.on("click", () => this.map.fitBounds([[gy * size - 90, gx * size - 180], [(gy + 1) * size - 90, (gx + 1) * size - 180]]));
    return layer;
  }
}

function short(n) {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)}k`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return String(n);
}

function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const dead = children.reduce((s, m) => s + (m.options.fatalities || 0), 0);
  const byType = {};
  children.forEach((m) => { byType[m.options.type] = (byType[m.options.type] || 0) + 1; });
  const top = Object.entries(byType).sort((a, b) => b[1] - a[1])[0][0];
  const size = Math.min(56, 24 + 5 * Math.sqrt(dead));
  return L.divIcon({
    className: "", iconSize: [size, size],
    html: `<div class="cluster" title="${children.length} events, ${dead} killed" style="width:${size}px;height:${size}px;` +
          `background:${colorOf(top)}">${children.length}</div>`,
  });
}

export function legend(element) {
  const rows = Object.entries(TYPE_COLORS).map(([t, c]) => `<div><i style="background:${c}"></i>${esc(t)}</div>`);
  rows.push('<div><i style="background:#999"></i>town</div>',
            '<div><i class="near" style="background:#999"></i>near a town</div>',
            '<div><i class="ring"></i>province / region only</div>',
            "<div>size: fatalities</div>");
  element.innerHTML = rows.join("");
}
