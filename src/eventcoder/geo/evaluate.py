"""Accuracy of the geocoder on eventcoder's own synthetic reports (and, for development, ACLED notes).

``run()`` scores every hand-placed mention of ``data/gazetteer/eval/reports.jsonl`` (reports
written for eventcoder, not news text): accuracy within 25 km, wrong-country rate, unresolved
rate. ``python -m eventcoder.geo.evaluate`` prints the figures; ``--dev PATH`` adds recall within
161 km on a JSONL of ACLED-style notes (development figures only).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from eventcoder.geo.geocoder import Geocoder, _km
from eventcoder.model import Place

__all__ = ["EVAL_FILE", "run", "run_notes"]

EVAL_FILE = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "eval" / "reports.jsonl"


def _find(places: list[Place], start: int, end: int) -> Place | None:
    for p in places:
        if p.start <= start < p.end or start <= p.start < end:
            return p
    return None


def run(path: Path | None = None, geocoder: Geocoder | None = None, *, km: float = 25.0) -> dict[str, Any]:
    """Score the geocoder on the synthetic reports: accuracy within ``km``, wrong-country and unresolved rates."""
    geo = geocoder or Geocoder.default()
    reports = [json.loads(line) for line in (path or EVAL_FILE).read_text(encoding="utf-8").splitlines() if line.strip()]
    n = within = wrong = unresolved = missed = 0
    countries: set[str] = set()
    errors: list[dict[str, Any]] = []
    for rep in reports:
        text = rep["text"]
        places = geo.geoparse(text)
        cursor: dict[str, int] = {}
        for gold in rep["places"]:
            surface = gold["surface"]
            start = text.find(surface, cursor.get(surface, 0))
            if start < 0:
                raise ValueError(f"{rep['id']}: {surface!r} is not in the text; fix the evaluation file")
            cursor[surface] = start + len(surface)
            n += 1
            countries.add(gold["cc"])
            p = _find(places, start, start + len(surface))
            if p is None or not p.resolved or p.latitude is None or p.longitude is None:
                if p is None:
                    missed += 1
                unresolved += 1
                errors.append({"id": rep["id"], "surface": surface, "got": None})
                continue
            d = _km(p.latitude, p.longitude, gold["lat"], gold["lon"])
            if d <= km:
                within += 1
                continue
            if p.country_code != gold["cc"]:
                wrong += 1
            errors.append({"id": rep["id"], "surface": surface, "got": p.name, "cc": p.country_code,
                           "km": round(d)})
    result: dict[str, Any] = {
        "reports": len(reports),
        "mentions": n,
        "countries": len(countries),
        f"accuracy_{int(km)}km": round(within / n, 4) if n else 0.0,
        "wrong_country_rate": round(wrong / n, 4) if n else 0.0,
        "unresolved_rate": round(unresolved / n, 4) if n else 0.0,
        "not_detected": missed,
        "errors": errors,
    }
    result["markdown"] = _markdown(result, geo, km)
    return result


SHARED = Path(__file__).resolve().parents[4] / "shared"


def reference_report(geo: Geocoder) -> dict[str, Any] | None:
    """The places of the team's reference report (../shared/samples), when it is present."""
    path = SHARED / "samples" / "idlib-2023-10" / "report-full.txt"
    if not path.exists():
        return None
    places = geo.geoparse(path.read_text(encoding="utf-8"))
    # The mentions of the event area: the towns the report's events hit (gold.json) as written.
    area = ("Idlib", "Jericho", "Al-Majdal", "Almastumah", "Maarbalit", "Sarrin", "Turmanin", "Darat Izza",
            "Cisir ash-Shughur", "Aleppo", "Hama")
    outside = sorted({f"{p.surface} -> {p.name} ({p.country_code})" for p in places
                      if p.resolved and p.surface in area and p.country_code != "SY"})
    shown: dict[str, str] = {}
    for p in places:
        if p.surface in area[:6] + ("Darat Izza", "Cisir ash-Shughur"):
            shown[p.surface] = (f"{p.name} ({p.country_code}, {p.latitude}, {p.longitude})" if p.resolved
                                else "unresolved")
    return {"places": shown, "event_area_outside_syria": outside}


def _markdown(result: dict[str, Any], geo: Geocoder, km: float) -> str:
    rows = [
        ("synthetic reports / mentions / countries",
         f"{result['reports']} / {result['mentions']} / {result['countries']}"),
        (f"accuracy within {int(km)} km", f"{result[f'accuracy_{int(km)}km']:.3f}"),
        ("wrong-country rate", f"{result['wrong_country_rate']:.3f}"),
        ("unresolved rate (incl. not detected)", f"{result['unresolved_rate']:.3f}"),
    ]
    lines = ["| measure | value |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows), ""]
    errs = [f"{e['surface']} -> {e['got'] or 'unresolved'}" + (f" ({e['cc']}, {e['km']} km)" if e.get("got") else "")
            for e in result["errors"]]
    lines.append(f"Errors ({len(errs)}): " + "; ".join(errs) + ".")
    ref = reference_report(geo)
    if ref is not None:
        places = "; ".join(f"{k}: {v}" for k, v in ref["places"].items())
        lines += ["", f"Reference report (idlib-2023-10): {places}. Event-area places outside Syria: "
                  f"{', '.join(ref['event_area_outside_syria']) or 'none'}."]
    return "\n".join(lines)


def run_notes(path: Path, geocoder: Geocoder | None = None, *, km: float = 161.0,
              limit: int | None = None) -> dict[str, Any]:
    """Development figures on a JSONL of notes with gold country/latitude/longitude (e.g. ACLED notes).

    Recall: share of notes whose gold location is within ``km`` of some resolved place of the note.
    Wrong country: share of notes whose first resolved sub-national place is in another country.
    Admin1 same name: of the notes whose location was found within 25 km, the share whose admin1
    name equals the gold one (after folding and dropping articles).
    """
    from eventcoder.geo.normalize import bare, fold

    geo = geocoder or Geocoder.default()
    n = hit = wrong = placed = same_admin1 = 0
    t0 = time.perf_counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and n >= limit:
                break
            row = json.loads(line)
            gold = row.get("gold") or {}
            if gold.get("latitude") is None or gold.get("longitude") is None:
                continue
            n += 1
            places = [p for p in geo.geoparse(row["text"]) if p.resolved and p.latitude is not None]
            if any(_km(p.latitude, p.longitude, gold["latitude"], gold["longitude"]) <= km  # type: ignore[arg-type]
                   for p in places):
                hit += 1
            town = next((p for p in places if p.feature in ("city", "admin2", "user", "camp")
                         and _km(p.latitude, p.longitude, gold["latitude"], gold["longitude"]) <= 25),  # type: ignore[arg-type]
                        None)
            if town is not None and gold.get("admin1"):
                placed += 1
                same_admin1 += bare(fold(town.admin1 or "")) == bare(fold(gold["admin1"]))
            local = [p for p in places if p.feature != "country"]
            if local and gold.get("country") and local[0].country != gold["country"]:
                wrong += 1
    seconds = time.perf_counter() - t0
    return {"notes": n, f"recall_{int(km)}km": round(hit / n, 4) if n else 0.0,
            "wrong_country_rate": round(wrong / n, 4) if n else 0.0,
            "admin1_same_name": round(same_admin1 / placed, 4) if placed else 0.0,
            "ms_per_note": round(1000 * seconds / n, 3) if n else 0.0}


def main(argv: list[str] | None = None) -> int:
    """Print the figures (``python -m eventcoder.geo.evaluate [--dev notes.jsonl]``)."""
    parser = argparse.ArgumentParser(prog="python -m eventcoder.geo.evaluate", description=__doc__)
    parser.add_argument("--dev", type=Path, help="also measure on a JSONL of ACLED-style notes")
    parser.add_argument("--errors", action="store_true", help="list the errors on the synthetic reports")
    parser.add_argument("--markdown", action="store_true", help="print the Markdown summary instead of JSON")
    args = parser.parse_args(argv)
    result = run()
    markdown = result.pop("markdown")
    if args.markdown:
        sys.stdout.write(markdown + "\n")
        return 0
    errors = result.pop("errors")
    out: dict[str, Any] = {"synthetic_reports": result}
    if args.errors:
        out["errors"] = errors
    if args.dev:
        out["development_notes"] = run_notes(args.dev)
    sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
