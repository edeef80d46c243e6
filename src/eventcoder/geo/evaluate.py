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

from eventcoder.geo.distance import haversine_km
from eventcoder.geo.geocoder import Geocoder
from eventcoder.model import Place

__all__ = ["EVAL_FILE", "development_figures", "dev_markdown", "run", "run_notes"]

EVAL_FILE = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "eval" / "reports.jsonl"


def _find(places: list[Place], start: int, end: int) -> Place | None:
    for p in places:
        if p.start <= start < p.end or start <= p.start < end:
            return p
    return None


def run(path: Path | None = None, geocoder: Geocoder | None = None, *, km: float = 25.0,
        development: bool = True) -> dict[str, Any]:
    """Score the geocoder on the synthetic reports: accuracy within ``km``, wrong-country and unresolved rates.

    With ``development`` (the default, as `make accuracy` calls it) and ../shared/dev present, the
    DEVELOPMENT figures on the ACLED and WAD notes are added (``result["development"]`` and the Markdown).
    """
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
            d = haversine_km(p.latitude, p.longitude, gold["lat"], gold["lon"])
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
    dev = development_figures(geo) if development else None
    if dev is not None:
        result["development"] = dev
        result["markdown"] += "\n\n" + dev_markdown(dev)
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
            if any(haversine_km(p.latitude, p.longitude, gold["latitude"], gold["longitude"]) <= km  # type: ignore[arg-type]
                   for p in places):
                hit += 1
            town = next((p for p in places if p.feature in ("city", "admin2", "user", "camp")
                         and haversine_km(p.latitude, p.longitude, gold["latitude"], gold["longitude"]) <= 25),  # type: ignore[arg-type]
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


# --------------------------------------------------------------------------- development sets

ACLED_FILE = "acled_notes_dev.jsonl"
WAD_FILE = "wad_dev.jsonl"
_ADMIN_LEVEL = ("admin1", "admin2", "region", "country")


def _shared_dev() -> Path | None:
    from eventcoder.evaluation.suite import find_shared

    shared = find_shared()
    folder = shared / "dev" if shared else None
    return folder if folder is not None and (folder / ACLED_FILE).is_file() else None


def _new_tally() -> dict[str, int]:
    return dict.fromkeys(("notes", "found", "found_25", "found_161", "found_wrong", "found_unresolved",
                          "events", "event_25", "event_161", "event_wrong", "event_admin", "event_none",
                          "country_right", "country_wrong"), 0)


def _found_name(text: str, places: list[Place], name: str | None) -> Place | None:
    """The mention at the coded location's name in the text ("Al Quds - Anata": its last part), if detected."""
    from eventcoder.evaluation.normalize import names_match

    if not name:
        return None
    last = name.split(" - ")[-1]
    return next((p for p in places if names_match(p.surface, last) or names_match(p.surface, name)), None)


def _score_note(t: dict[str, int], text: str, places: list[Place], gold: dict[str, Any], cc: str | None,
                focus: str | None = None) -> None:
    from eventcoder.geo.eventloc import event_country, event_places

    t["notes"] += 1
    code = event_country(next(iter(event_places(text, places)), None), places, focus).code
    t["country_right"] += bool(cc) and code == cc
    t["country_wrong"] += bool(cc) and code is not None and code != cc
    lat, lon = gold.get("latitude"), gold.get("longitude")
    found = _found_name(text, places, gold.get("location"))
    if found is not None:
        t["found"] += 1
        if not found.resolved or found.latitude is None or found.longitude is None:
            t["found_unresolved"] += 1
        else:
            t["found_wrong"] += bool(cc) and found.country_code != cc
            if lat is not None and lon is not None:
                d = haversine_km(found.latitude, found.longitude, lat, lon)
                t["found_25"] += d <= 25
                t["found_161"] += d <= 161
    first = next(iter(event_places(text, places)), None)
    t["events"] += 1
    if first is None:
        t["event_none"] += 1
        return
    t["event_wrong"] += bool(cc) and first.country_code != cc
    t["event_admin"] += first.feature in _ADMIN_LEVEL or first.geo_precision == 3
    if lat is not None and lon is not None and first.latitude is not None and first.longitude is not None:
        d = haversine_km(first.latitude, first.longitude, lat, lon)
        t["event_25"] += d <= 25
        t["event_161"] += d <= 161


def _dev_rows(path: Path) -> list[tuple[str, str, dict[str, Any], str | None]]:
    from eventcoder.countries import by_code, by_name

    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            gold = row.get("gold") or {}
            c = by_name(gold["country"]) if gold.get("country") else (
                by_code(gold["country_iso3"]) if gold.get("country_iso3") else None)
            if gold.get("locality") and not gold.get("location"):
                gold = {**gold, "location": gold["locality"]}
            rows.append((str(row["id"]), row["text"], gold, c.iso2 if c else None))
    return rows


def development_figures(geo: Geocoder) -> dict[str, Any] | None:
    """DEVELOPMENT figures on the ACLED and WAD notes, by split (train = tuned on, heldout = never)."""
    from eventcoder.evaluation.splits import is_heldout

    folder = _shared_dev()
    if folder is None:
        return None
    out: dict[str, Any] = {}
    for name in (ACLED_FILE, WAD_FILE):
        path = folder / name
        if not path.is_file():
            continue
        tallies = {"train": _new_tally(), "heldout": _new_tally()}
        by_country: dict[str, dict[str, int]] = {}
        t0 = time.perf_counter()
        for rid, text, gold, cc in _dev_rows(path):
            places, ctx = geo._geoparse(text, [])
            _score_note(tallies["heldout" if is_heldout(rid) else "train"], text, places, gold, cc, ctx.focus)
            if cc:
                _score_note(by_country.setdefault(cc, _new_tally()), text, places, gold, cc, ctx.focus)
        largest = sorted(by_country.items(), key=lambda kv: (-kv[1]["notes"], kv[0]))[:COUNTRY_ROWS]
        out[name] = {"seconds": round(time.perf_counter() - t0, 1), **tallies, "by_country": dict(largest)}
    return out


COUNTRY_ROWS = 15  # the per-country table: the largest countries of each set


def _share(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "–"


def dev_markdown(dev: dict[str, Any]) -> str:
    """The development section of the geocoding report (figures per split)."""
    lines = [
        "### DEVELOPMENT figures: place names and event places in the development notes",
        "",
        "Command: `python -m eventcoder.geo.evaluate --dev-sets` (reads ../shared/dev; the notes are never copied). "
        "Train = the split the score weights were tuned on (`python -m eventcoder.geo.tune`); held-out = "
        "`evaluation.splits.is_heldout(id)`, never tuned on. *Found names*: the mention at the coded location's "
        "name, when the text spells it and the detector finds it; within 25 / 161 km of the coded coordinates, "
        "in another country, or left unresolved. *Event place*: the first place `geo.eventloc.event_places` "
        "gives (as the extractor takes it); *admin/country level*: a province, district, region or country "
        "(geo_precision 3) rather than a town; *no place*: no resolved place at all. WAD rows have no "
        "coordinates: only their countries are scored.",
        "",
        "| set | split | notes | event country right | event country wrong | found names | found within 25 km "
        "| found within 161 km | found, wrong country | found, unresolved | event place within 25 km "
        "| event place wrong country | event place at admin/country level | no event place |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, figures in dev.items():
        for split in ("train", "heldout"):
            t = figures[split]
            coords = name == ACLED_FILE
            lines.append(
                f"| {name} | {split} | {t['notes']} | {_share(t['country_right'], t['notes'])} | "
                f"{_share(t['country_wrong'], t['notes'])} | {t['found']} | "
                f"{_share(t['found_25'], t['found']) if coords else '–'} | "
                f"{_share(t['found_161'], t['found']) if coords else '–'} | {_share(t['found_wrong'], t['found'])} | "
                f"{_share(t['found_unresolved'], t['found'])} | "
                f"{_share(t['event_25'], t['events']) if coords else '–'} | {_share(t['event_wrong'], t['events'])} | "
                f"{_share(t['event_admin'], t['events'])} | {_share(t['event_none'], t['events'])} |")
    lines += _country_markdown(dev)
    return "\n".join(lines)


def _country_markdown(dev: dict[str, Any]) -> list[str]:
    """The resolver checked across countries: the largest countries of each set, both splits together."""
    from eventcoder.countries import by_code

    lines = ["", f"Across countries (the {COUNTRY_ROWS} largest of each set, train and held-out together; "
             "*event country*: the event place's country, else the report's focus, as `geo.eventloc.event_country` "
             "gives it):", "",
             "| set | country | notes | event country right | event country wrong | event place within 25 km "
             "| found names within 25 km |", "|---|---|---|---|---|---|---|"]
    for name, figures in dev.items():
        coords = name == ACLED_FILE
        for cc, t in figures.get("by_country", {}).items():
            c = by_code(cc)
            lines.append(f"| {name} | {c.name if c else cc} | {t['notes']} | {_share(t['country_right'], t['notes'])} | "
                         f"{_share(t['country_wrong'], t['notes'])} | "
                         f"{_share(t['event_25'], t['events']) if coords else '–'} | "
                         f"{_share(t['found_25'], t['found']) if coords else '–'} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the figures (``python -m eventcoder.geo.evaluate [--dev notes.jsonl]``)."""
    parser = argparse.ArgumentParser(prog="python -m eventcoder.geo.evaluate", description=__doc__)
    parser.add_argument("--dev", type=Path, help="also measure on a JSONL of ACLED-style notes")
    parser.add_argument("--errors", action="store_true", help="list the errors on the synthetic reports")
    parser.add_argument("--markdown", action="store_true", help="print the Markdown summary instead of JSON")
    parser.add_argument("--dev-sets", action="store_true",
                        help="only the DEVELOPMENT figures on ../shared/dev (ACLED and WAD notes), as Markdown")
    args = parser.parse_args(argv)
    if args.dev_sets:
        dev = development_figures(Geocoder.default())
        sys.stdout.write((dev_markdown(dev) if dev else "../shared/dev is not present") + "\n")
        return 0
    result = run(development=args.markdown)
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
