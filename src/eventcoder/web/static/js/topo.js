// A minimal TopoJSON decoder (quantised, delta-encoded arcs) into GeoJSON features.

function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

function ring(arcs, indexes) {
  const points = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

function geometry(arcs, g) {
  if (g.type === "Polygon") return { type: "Polygon", coordinates: g.arcs.map((r) => ring(arcs, r)) };
  if (g.type === "MultiPolygon") {
    return { type: "MultiPolygon", coordinates: g.arcs.map((p) => p.map((r) => ring(arcs, r))) };
  }
  return null;
}

export function toFeatures(topology, name) {
  const arcs = decodeArcs(topology);
  return topology.objects[name].geometries
    .map((g) => ({ type: "Feature", id: g.id, properties: g.properties || {}, geometry: geometry(arcs, g) }))
    .filter((f) => f.geometry);
}
