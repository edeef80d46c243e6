// The events table: a page at a time from the API (newest first), sorted in the browser, exportable.
import { getJSON, qs } from "./api.js";
import { colorOf, esc } from "./colors.js";

const COLUMNS = [
  ["event_date", "Date"], ["event_id_cnty", "ID"], ["event_type", "Type"], ["sub_event_type", "Sub-event"],
  ["actor1", "Actor 1"], ["actor2", "Actor 2"], ["location", "Location"], ["admin1", "Admin1"],
  ["country", "Country"], ["fatalities", "Killed", "num"], ["n_sources", "Reports", "num"],
];
const PAGE = 300;

export class EventTable {
  constructor(table, { onOpen, more, info }) {
    this.table = table;
    this.onOpen = onOpen;
    this.more = more;
    this.info = info;
    this.rows = [];
    this.sort = null;
    this.cursor = null;
    this.filters = {};
    this.request = null;
    table.tHead.innerHTML = `<tr>${COLUMNS.map(([k, label]) => `<th data-key="${k}">${label}</th>`).join("")}</tr>`;
    table.tHead.addEventListener("click", (e) => {
      const key = e.target.dataset.key;
      if (!key) return;
      this.sort = { key, dir: this.sort && this.sort.key === key && this.sort.dir === "asc" ? "desc" : "asc" };
      this.render();
    });
    table.tBodies[0].addEventListener("click", (e) => {
      const tr = e.target.closest("tr");
      if (tr) this.onOpen(tr.dataset.id);
    });
    more.addEventListener("click", () => this.load(false));
  }

  async refresh(filters, total) {
    this.filters = filters;
    this.total = total;
    this.rows = [];
    this.cursor = null;
    await this.load(true);
  }

  async load(first) {
    if (this.request) this.request.abort();
    this.request = new AbortController();
    const params = { ...this.filters, limit: PAGE, sources: "false", cursor: first ? undefined : this.cursor };
    try {
      const page = await getJSON("/api/events", params, this.request.signal);
      this.rows = first ? page.events : this.rows.concat(page.events);
      this.cursor = page.next_cursor;
    } catch (err) {
      if (err.name !== "AbortError") this.info.innerHTML = `<span class="error">${esc(err.message)}</span>`;
      return;
    }
    this.render();
  }

  sorted() {
    if (!this.sort) return this.rows;
    const { key, dir } = this.sort;
    const sign = dir === "asc" ? 1 : -1;
    return this.rows.slice().sort((a, b) => {
      const x = a[key], y = b[key];
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return (typeof x === "number" ? x - y : String(x).localeCompare(String(y))) * sign;
    });
  }

  render() {
    this.table.tHead.querySelectorAll("th").forEach((th) => {
      th.className = this.sort && this.sort.key === th.dataset.key ? this.sort.dir : "";
    });
    this.table.tBodies[0].innerHTML = this.sorted().map((r) => `<tr data-id="${esc(r.id)}">${COLUMNS.map(([k, , cls]) => {
      const swatch = k === "event_type" ? `<span class="swatch" style="background:${colorOf(r[k])}"></span>` : "";
      return `<td class="${cls || ""}">${swatch}${esc(r[k] ?? "")}</td>`;
    }).join("")}</tr>`).join("");
    this.more.hidden = !this.cursor;
    const of = this.total !== undefined ? ` of ${this.total.toLocaleString()}` : "";
    this.info.textContent = `${this.rows.length.toLocaleString()}${of} shown${this.sort ? " (sorted here; load more to sort more)" : ""}`;
  }

  exportLinks(links) {
    for (const [id, fmt] of Object.entries(links)) {
      document.getElementById(id).href = `/api/events?${qs({ ...this.filters, format: fmt, limit: 1000000 })}`;
    }
  }
}
