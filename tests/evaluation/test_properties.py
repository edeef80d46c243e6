"""Properties of the scorer over generated documents: order does not matter, perfect copies score 1."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.evaluation import score
from eventcoder.evaluation.gold import GoldDoc, make_event

from .conftest import KANO, KONDUGA, MAIDUGURI, event

# Places far enough apart (> 25 km) that each event has one right place.
PLACES = [MAIDUGURI, KONDUGA, KANO,
          {"location": "Lagos", "admin1": "Lagos", "country": "Nigeria", "latitude": 6.4541, "longitude": 3.3947}]
TYPES = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest")]

events_strategy = st.lists(
    st.tuples(st.sampled_from(range(len(PLACES))), st.sampled_from(TYPES), st.integers(0, 3), st.integers(0, 40)),
    min_size=1, max_size=4, unique_by=lambda t: t[0],
)


def _events(spec: list[tuple[int, tuple[str, str], int, int]]) -> list[dict]:
    return [event(**PLACES[p], event_type=t, sub_event_type=s, event_date=f"2024-03-0{1 + d}", fatalities=f)
            for p, (t, s), d, f in spec]


def _doc(events: list[dict]) -> GoldDoc:
    return GoldDoc(id="d", ref="generated", text="Synthetic.", events=[make_event(e) for e in events],
                   total_fatalities=(sum(e["fatalities"] for e in events),) * 3)


@settings(max_examples=60, deadline=None)
@given(events_strategy, st.randoms(use_true_random=False))
def test_properties_perfect_copy_in_any_order_scores_one(spec, rng):
    gold = _events(spec)
    pred = list(gold)
    rng.shuffle(pred)
    metrics = score([_doc(gold)], {"d": {"events": pred}}).metrics
    assert metrics["detection"]["f1"] == 1.0 and metrics["fatalities"]["totals"]["exact"] == 1.0
    assert all(f["accuracy"] == 1.0 for f in metrics["fields"].values() if f["n"])


@settings(max_examples=60, deadline=None)
@given(events_strategy, st.data())
def test_properties_dropping_predictions_lowers_recall_only(spec, data):
    gold = _events(spec)
    keep = data.draw(st.integers(0, len(gold)))
    metrics = score([_doc(gold)], {"d": {"events": gold[:keep]}}).metrics["detection"]
    assert metrics["recall"] == round(keep / len(gold), 4)
    assert metrics["precision"] == (1.0 if keep else None)
