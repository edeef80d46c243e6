"""The scorer on hand-made gold/prediction pairs: detection, splits, ranges, missing fields, totals."""

from __future__ import annotations

from eventcoder.evaluation import evaluate

from .conftest import KANO, KONDUGA, MAIDUGURI, event


def _det(report):  # noqa: ANN001, ANN202 - small test helper
    return report.metrics["detection"]


def test_scorer_perfect_prediction(files):
    gold, pred = files({"events": [event()]}, [event(confidence=0.9)])
    report = evaluate(gold, pred=pred)
    assert _det(report)["precision"] == 1.0 and _det(report)["recall"] == 1.0
    assert all(f["accuracy"] == 1.0 for f in report.metrics["fields"].values() if f["n"])
    assert report.metrics["fatalities"]["totals"]["exact"] == 1.0
    assert report.metrics["location"]["within_10km"] == 1.0
    assert report.reliability[-1] == {"confidence": "0.8-1.0", "n": 1, "correct": 1, "precision": 1.0}


def test_scorer_no_events_predicted(files):
    gold, pred = files({"events": [event()]}, [])
    report = evaluate(gold, pred=pred)
    assert _det(report)["recall"] == 0.0 and _det(report)["precision"] is None
    assert report.metrics["fields"]["event_type"]["accuracy"] == 0.0
    assert report.metrics["document_detection"]["fn"] == 1
    assert report.confusion["Violence against civilians"] == {"(missed)": 1}
    assert report.metrics["fatalities"]["totals"]["exact"] == 0.0
    # a gold event with no prediction is not the same country, and it is counted as missing, not as wrong
    loc = report.metrics["location"]
    assert loc["same_country"] == 0.0 and loc["no_prediction"] == 1.0 and loc["wrong_country_rate"] is None


def test_scorer_distractor_with_no_gold_events(files):
    gold, pred = files({"events": []}, [])
    report = evaluate(gold, pred=pred)
    assert report.metrics["document_detection"]["tn"] == 1
    assert report.metrics["fatalities"]["totals"]["exact"] == 1.0


def test_scorer_extra_event_is_spurious(files):
    gold, pred = files({"events": [event()]}, [event(), event(event_type="Battles", sub_event_type="Armed clash", **KANO)])
    report = evaluate(gold, pred=pred)
    assert _det(report)["recall"] == 1.0 and _det(report)["precision"] == 0.5
    assert _det(report)["spurious"] == 1
    assert report.confusion["(spurious)"] == {"Battles": 1}


def test_scorer_split_events_match_one_gold_event(files):
    # One gold event over two towns; the prediction splits it by place, as ACLED does, 3 + 2 killed.
    gold_event = event(fatalities=5, locations=[MAIDUGURI, KONDUGA])
    gold, pred = files({"events": [gold_event]}, [event(fatalities=3), event(fatalities=2, **KONDUGA)])
    report = evaluate(gold, pred=pred)
    assert _det(report)["splits"] == 1 and _det(report)["precision"] == 1.0 and _det(report)["recall"] == 1.0
    assert report.metrics["fatalities"]["events"]["exact"] == 1.0


def test_scorer_second_prediction_at_same_place_is_duplicate(files):
    gold, pred = files({"events": [event()]}, [event(), event()])
    report = evaluate(gold, pred=pred)
    assert _det(report)["duplicates"] == 1 and _det(report)["precision"] == 0.5


def test_scorer_fatality_range(files):
    gold, pred = files({"events": [event(fatalities=10, fatalities_low=10, fatalities_high=14)]}, [event(fatalities=12)])
    counts = evaluate(gold, pred=pred).metrics["fatalities"]["events"]
    assert counts["exact"] == 0.0 and counts["in_range"] == 1.0 and counts["mae"] == 0.0


def test_scorer_fatality_error_measured_to_nearest_end_of_range(files):
    gold, pred = files({"events": [event(fatalities=10, fatalities_high=14)]}, [event(fatalities=20)])
    counts = evaluate(gold, pred=pred).metrics["fatalities"]["events"]
    assert counts["in_range"] == 0.0 and counts["mae"] == 6.0


def test_scorer_missing_gold_fields_are_not_scored(files):
    sparse = {"event_type": "Battles", "event_date": "2024-03-01"}
    gold, pred = files({"events": [sparse]}, [event(event_type="Battles", **KANO)])
    report = evaluate(gold, pred=pred)
    assert report.metrics["fields"]["actor1"]["n"] == 0 and report.metrics["fields"]["country"]["n"] == 0
    assert _det(report)["recall"] == 1.0  # place is not coded, so not checked
    assert report.metrics["fatalities"]["totals"]["n"] == 0


def test_scorer_missing_predicted_fields_count_as_wrong(files):
    gold, pred = files({"events": [event()]}, [{"event_type": "Violence against civilians"}])
    report = evaluate(gold, pred=pred)
    assert _det(report)["recall"] == 0.0  # no place, no date
    assert report.metrics["fields"]["event_type"]["accuracy"] == 1.0
    assert report.metrics["fields"]["actor1"]["accuracy"] == 0.0
    assert report.metrics["location"]["no_coordinates"] == 1.0


def test_scorer_wrong_type_counts_in_confusion_not_detection(files):
    gold, pred = files({"events": [event()]}, [event(event_type="Battles", sub_event_type="Armed clash")])
    report = evaluate(gold, pred=pred)
    assert _det(report)["recall"] == 0.0 and _det(report)["ignoring_type"]["recall"] == 1.0
    assert report.confusion["Violence against civilians"] == {"Battles": 1}


def test_scorer_date_tolerance_is_one_day(files):
    for day, ok in (("2024-03-02", 1.0), ("2024-03-03", 0.0)):
        gold, pred = files({"events": [event()]}, [event(event_date=day)])
        assert _det(evaluate(gold, pred=pred))["recall"] == ok


def test_scorer_date_range_of_multi_day_event(files):
    gold, pred = files({"events": [event(event_date_end="2024-03-05")]}, [event(event_date="2024-03-04")])
    report = evaluate(gold, pred=pred)
    assert _det(report)["recall"] == 1.0 and report.metrics["fields"]["event_date"]["accuracy"] == 1.0


def test_scorer_same_name_in_wrong_country_is_wrong_place(files):
    gold, pred = files({"events": [event()]}, [event(country="Cameroon", latitude=None, longitude=None)])
    report = evaluate(gold, pred=pred)
    assert _det(report)["recall"] == 0.0
    assert report.metrics["location"]["wrong_country_rate"] == 1.0


def test_scorer_place_by_coordinates_within_25_km(files):
    near = {"latitude": MAIDUGURI["latitude"] + 0.1, "location": "Somewhere near"}  # about 11 km north
    gold, pred = files({"events": [event()]}, [event(**near)])
    report = evaluate(gold, pred=pred)
    assert _det(report)["recall"] == 1.0
    assert report.metrics["location"]["within_10km"] == 0.0 and report.metrics["location"]["within_25km"] == 1.0


def test_scorer_document_level_totals_only(files):
    gold, pred = files({"total_fatalities": 7, "total_injuries": 3}, [event(fatalities=4), event(fatalities=3, **KANO)])
    report = evaluate(gold, pred=pred)
    assert report.metrics["detection"]["gold_events"] == 0
    assert report.metrics["fatalities"]["totals"]["exact"] == 1.0
    assert report.metrics["injuries"]["totals"]["exact"] == 0.0  # 2 + 2 predicted


def test_scorer_actor_years_are_ignored(files):
    gold, pred = files({"events": [event(actor1="Military Forces of Nigeria (2023-)")]},
                       [event(actor1="Military Forces of Nigeria")])
    assert evaluate(gold, pred=pred).metrics["fields"]["actor1"]["accuracy"] == 1.0


def test_scorer_document_missing_from_predictions(files):
    gold, pred = files({"events": [event()]}, None)
    report = evaluate(gold, pred=pred)
    assert report.metrics["documents_without_prediction"] == 1 and _det(report)["recall"] == 0.0


def test_scorer_slices_by_format_and_country(files):
    gold, pred = files({"events": [event()]}, [event()], extra={"slice": {"format": "html"}})
    report = evaluate(gold, pred=pred)
    assert set(report.slices["format"]) == {"html"} and set(report.slices["country"]) == {"Nigeria"}
    assert report.slices["event_type"]["Violence against civilians"]["f1"] == 1.0


def test_scorer_report_renders_markdown_and_json(files):
    import json

    gold, pred = files({"events": [event()]}, [event()])
    report = evaluate(gold, pred=pred)
    assert "### Event detection" in report.to_markdown()
    assert json.loads(json.dumps(report.to_dict(with_errors=True)))["metrics"]["documents"] == 1


def test_scorer_error_list_names_the_problem(files):
    gold, pred = files({"events": [event()]}, [event(actor1="Someone else")])
    errors = evaluate(gold, pred=pred).errors
    assert {"id": "case-1", "error": "field", "field": "actor1"}.items() <= errors[0].items()


def test_scorer_per_type_f1_counts_misses_and_spurious(files):
    gold, pred = files({"events": [event(), event(event_type="Battles", sub_event_type="Armed clash", **KANO)]},
                       [event(), event(event_type="Protests", sub_event_type="Peaceful protest", **KONDUGA)])
    scores = evaluate(gold, pred=pred).metrics["event_type_scores"]
    assert scores["per_label"]["Violence against civilians"]["f1"] == 1.0
    assert scores["per_label"]["Battles"]["recall"] == 0.0 and scores["macro_f1"] == 0.5


def test_scorer_background_dates_outside_window(files):
    gold, pred = files({"events": [event()]}, [event(), event(event_date="2019-05-01", **KANO)])
    window = evaluate(gold, pred=pred).metrics["dates_outside_window"]
    assert window == {"n_predicted_with_date": 2, "rate": 0.5, "window_days": 7}


def test_scorer_alignment_maximises_compatible_pairs(files):
    # Prediction 1 fits both gold events equally; prediction 2 fits only the first. Greedy order would
    # give prediction 1 to the first gold event and leave the second unmatched.
    both = event(location="Konduga area", latitude=11.75, longitude=13.29)  # ~15 km from both towns
    gold, pred = files({"events": [event(), event(**KONDUGA)]}, [both, event()])
    report = evaluate(gold, pred=pred)
    assert report.metrics["detection"]["recall"] == 1.0 and report.metrics["detection"]["precision"] == 1.0


def test_scorer_missed_events_say_which_check_failed(files):
    gold, pred = files({"events": [event(), event(**KANO)]}, [event(event_date="2024-04-01")])
    why = evaluate(gold, pred=pred).metrics["detection"]["missed_because"]
    assert why == {"no prediction left": 1, "date": 1}
