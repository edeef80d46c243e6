// Daily events (bars) and fatalities (line) for the current filters; dragging across it picks a period.

const NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const PAD = { left: 34, right: 34, top: 8, bottom: 16 };

const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const toIso = (day) => new Date(Math.round(day) * DAY).toISOString().slice(0, 10);

function el(name, attrs, parent) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

export class Timeline {
  constructor(svg, { onBrush }) {
    this.svg = svg;
    this.onBrush = onBrush;
    this.days = [];
    this.brush = null;
    this.drag = null;
    svg.addEventListener("pointerdown", (e) => this.start(e));
    svg.addEventListener("pointermove", (e) => this.move(e));
    svg.addEventListener("pointerup", (e) => this.end(e));
    window.addEventListener("resize", () => this.draw());
  }

  set(byDay, brush) {
    this.days = byDay.filter((d) => d.key).map((d) => ({ day: toDay(d.key), events: d.events, dead: d.fatalities }));
    this.brush = brush;
    this.draw();
  }

  scale() {
    const width = this.svg.clientWidth || 800;
    const lo = this.days.length ? this.days[0].day - 1 : toDay("2020-01-01");
    const hi = this.days.length ? this.days[this.days.length - 1].day + 1 : lo + 30;
    const span = Math.max(hi - lo, 1);
    return { width, lo, hi, x: (day) => PAD.left + ((day - lo) / span) * (width - PAD.left - PAD.right),
             day: (px) => lo + ((px - PAD.left) / (width - PAD.left - PAD.right)) * span };
  }

  draw() {
    const svg = this.svg;
    svg.replaceChildren();
    const height = svg.clientHeight || 90;
    const s = this.scale();
    const inner = height - PAD.top - PAD.bottom;
    const maxEv = Math.max(1, ...this.days.map((d) => d.events));
    const maxDead = Math.max(1, ...this.days.map((d) => d.dead));
    const barW = Math.min(24, Math.max(1, (s.x(s.lo + 1) - s.x(s.lo)) * 0.8));
    for (const d of this.days) {
      const h = (d.events / maxEv) * inner;
      el("rect", { class: "ev", x: s.x(d.day) - barW / 2, y: PAD.top + inner - h, width: barW, height: h,
                   "data-day": toIso(d.day) }, svg).appendChild(document.createElementNS(NS, "title"))
        .textContent = `${toIso(d.day)}: ${d.events} events, ${d.dead} killed`;
    }
    for (const d of this.days.filter((x) => x.dead > 0)) {  // fatalities: a dot per day on their own scale
      el("circle", { class: "dead", cx: s.x(d.day), cy: PAD.top + inner - (d.dead / maxDead) * inner, r: 2.5 }, svg);
    }
    el("text", { x: 2, y: PAD.top + 8 }, svg).textContent = `${maxEv} ev`;
    el("text", { x: s.width - PAD.right + 2, y: PAD.top + 8, fill: "#c0392b" }, svg).textContent = `${maxDead} †`;
    el("text", { x: PAD.left, y: height - 3 }, svg).textContent = toIso(s.lo + 1);
    el("text", { x: s.width - PAD.right, y: height - 3, "text-anchor": "end" }, svg).textContent = toIso(s.hi - 1);
    if (this.brush) this.drawBrush(s.x(toDay(this.brush[0]) - 0.5), s.x(toDay(this.brush[1]) + 0.5));
  }

  drawBrush(x0, x1) {
    const old = this.svg.querySelector(".brush");
    if (old) old.remove();
    const height = this.svg.clientHeight || 90;
    el("rect", { class: "brush", x: Math.min(x0, x1), y: 0, width: Math.abs(x1 - x0), height }, this.svg);
  }

  px(e) {
    return e.clientX - this.svg.getBoundingClientRect().left;
  }

  start(e) {
    this.drag = { x0: this.px(e) };
    this.svg.setPointerCapture(e.pointerId);
  }

  move(e) {
    if (this.drag) this.drawBrush(this.drag.x0, this.px(e));
  }

  end(e) {
    if (!this.drag) return;
    const x0 = this.drag.x0, x1 = this.px(e);
    this.drag = null;
    if (Math.abs(x1 - x0) < 4) {
      this.onBrush(null);
      return;
    }
    const s = this.scale();
    const a = Math.round(s.day(Math.min(x0, x1))), b = Math.round(s.day(Math.max(x0, x1)));
    this.onBrush([toIso(Math.max(a, s.lo + 1)), toIso(Math.min(b, s.hi - 1))]);
  }
}
