"""Tune the candidate-score weights (``geocoder.WEIGHTS``) on the TRAIN split of the ACLED development notes.

    python -m eventcoder.geo.tune --dev ../shared/dev/acled_notes_dev.jsonl [--write]

Coordinate search: each weight in turn is scaled by a few factors and the best value kept while the
objective improves. The objective, over the notes of the training split only
(``eventcoder.evaluation.splits.is_heldout(id)`` false), is the share of notes whose first event
place (``geo.eventloc.event_places``) lies within 25 km of the note's coded coordinates, minus twice
the share whose first event place is in another country than the coded one. Gold fields are only
labels here: no name, alias or place is taken from them. ``--write`` stores the weights in
``data/gazetteer/weights.json``, which the geocoder reads at import. Deterministic: the same data
and code give the same weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eventcoder.geo.distance import haversine_km
from eventcoder.geo.eventloc import event_places
from eventcoder.geo.geocoder import WEIGHTS, WEIGHTS_FILE, Geocoder

__all__ = ["load_train", "objective", "tune"]

FACTORS = (0.0, 0.5, 0.75, 1.25, 1.5, 2.0)
MIN_GAIN = 0.001  # about four notes of the training split: smaller gains are noise, not a better weight


def load_train(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Notes of the training split with coded coordinates: text, latitude, longitude, country."""
    from eventcoder.countries import by_name
    from eventcoder.evaluation.splits import is_heldout

    out: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            gold = row.get("gold") or {}
            if is_heldout(str(row["id"])) or gold.get("latitude") is None:
                continue
            c = by_name(gold.get("country") or "")
            out.append({"text": row["text"], "lat": gold["latitude"], "lon": gold["longitude"],
                        "cc": c.iso2 if c else None})
            if limit and len(out) >= limit:
                break
    return out


def objective(geo: Geocoder, notes: list[dict[str, Any]]) -> tuple[float, float, float]:
    """(objective, share within 25 km, wrong-country share) of the first event place of each note."""
    hit = wrong = 0
    for n in notes:
        places = event_places(n["text"], geo.geoparse(n["text"]))
        first = next((p for p in places if p.feature != "country" and p.latitude is not None), None)
        if first is None:
            continue
        hit += haversine_km(first.latitude, first.longitude, n["lat"], n["lon"]) <= 25  # type: ignore[arg-type]
        wrong += bool(n["cc"]) and first.country_code != n["cc"]
    total = max(1, len(notes))
    return hit / total - 2 * wrong / total, hit / total, wrong / total


def tune(geo: Geocoder, notes: list[dict[str, Any]], rounds: int = 2) -> dict[str, float]:
    """Coordinate search over the weights; returns the best weights (also left in ``WEIGHTS``)."""
    best = objective(geo, notes)[0]
    for _ in range(rounds):
        improved = False
        for key in sorted(WEIGHTS):
            base = WEIGHTS[key]
            for factor in FACTORS:
                WEIGHTS[key] = round(base * factor, 3)
                score = objective(geo, notes)[0]
                if score > best + MIN_GAIN:
                    best, base, improved = score, WEIGHTS[key], True
                    print(f"{key} = {base}: objective {best:.4f}", file=sys.stderr)
            WEIGHTS[key] = base
        if not improved:
            break
    return dict(WEIGHTS)


def main(argv: list[str] | None = None) -> int:
    """Command line: tune on the training split and print (or ``--write``) the weights."""
    parser = argparse.ArgumentParser(prog="python -m eventcoder.geo.tune", description=__doc__)
    parser.add_argument("--dev", type=Path, required=True, help="acled_notes_dev.jsonl")
    parser.add_argument("--limit", type=int, help="tune on the first N training notes only")
    parser.add_argument("--write", action="store_true", help=f"write the weights to {WEIGHTS_FILE}")
    args = parser.parse_args(argv)
    notes = load_train(args.dev, args.limit)
    geo = Geocoder.default()
    before = objective(geo, notes)
    weights = tune(geo, notes)
    after = objective(geo, notes)
    sys.stdout.write(json.dumps({"notes": len(notes), "before": before, "after": after, "weights": weights},
                                indent=2) + "\n")
    if args.write:
        WEIGHTS_FILE.write_text(json.dumps(weights, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
