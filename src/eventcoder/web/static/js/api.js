// Calls to the eventcoder HTTP API (same origin). Errors are problem details: their `detail` is shown.

export function qs(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") q.set(k, v);
  }
  return q.toString();
}

export async function getJSON(path, params = {}, signal = undefined) {
  const query = qs(params);
  const res = await fetch(query ? `${path}?${query}` : path, { signal, headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.detail || `${res.status} ${res.statusText}`);
  return body;
}
