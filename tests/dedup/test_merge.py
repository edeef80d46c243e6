"""Event-level merging: compatibility rules, the canonical event, the written scenarios."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventcoder.dedup.canonical import SourceRecord, canonical_event, reports_fatalities
from eventcoder.dedup.evaluate import run
from eventcoder.dedup.merge import assess, compatible, norm_actor
from eventcoder.dedup.profile import Profile
from eventcoder.dedup.scenarios import SCENARIOS, ev

_VAC = "Attack"


def test_merge_event_types_of_one_kind_need_a_tying_detail() -> None:
    a = ev("Sarmin", "2023-10-07", "Air/drone strike", "Russia", None)
    assert not compatible(a, ev("Sarmin", "2023-10-07", "Armed clash", "Russia", None))
    assert compatible(a, ev("Sarmin", "2023-10-07", "Shelling/artillery/missile attack", "Russia", None))
    # One attack told as a clash by one outlet and an attack on civilians by another: the toll ties them.
    clash = ev("Gwoza", "2024-04-02", "Armed clash", "Unidentified Armed Group (Nigeria)", None, 7)
    assert compatible(clash, ev("Gwoza", "2024-04-02", _VAC, "Unidentified Armed Group (Nigeria)",
                                "Civilians (Nigeria)", 7))
    # A protest and a strike are never one event.
    assert not compatible(a, ev("Sarmin", "2023-10-07", "Peaceful protest", "Protesters (Syria)", None, 0))


@pytest.mark.parametrize(("day_a", "tp_a", "day_b", "ok"), [
    ("2024-03-01", 1, "2024-03-01", True),
    ("2024-03-01", 1, "2024-03-02", False),  # exact dates: atomic by day
    ("2024-03-04", 2, "2024-03-01", True),  # a week-precise midpoint
    ("2024-03-10", 2, "2024-03-01", False),
    ("2024-03-15", 3, "2024-03-02", True),  # month precision
    ("2024-03-15", 3, "2024-05-02", False),
    (None, 1, "2024-03-02", True),  # unknown is not different
])
def test_merge_date_rules(day_a: str | None, tp_a: int, day_b: str, ok: bool) -> None:
    assert bool(compatible(ev("Gwoza", day_a, tp=tp_a), ev("Gwoza", day_b))) is ok


def test_merge_place_rules() -> None:
    day = "2024-03-01"
    assert not compatible(ev("Maiduguri", day), ev("Jere", day))  # two named towns 7 km apart: two locations
    assert compatible(ev("Maiduguri", day, gp=2), ev("Jere", day))  # "near Maiduguri"
    assert not compatible(ev("Maiduguri", day), ev("Konduga", day))  # 35 km
    assert not compatible(ev("Maiduguri", day, gp=2), ev("Konduga", day))  # "near": 25 km at most
    assert compatible(ev("Konduga", day, gp=3), ev("Maiduguri", day))  # province-precise, same admin1
    assert not compatible(ev("Goma", day), ev("Gisenyi", day))  # other country, 5 km
    assert not compatible(ev("Gwoza", day), ev("Sarmin", day))
    assert compatible(ev("Gwoza", day, coords=False), ev("Gwoza", day, coords=False))
    assert not compatible(ev("Maiduguri", day, coords=False), ev("Konduga", day, coords=False))


def test_merge_actor_rules() -> None:
    day = "2024-04-02"
    jas = ev("Gwoza", day, _VAC, "Boko Haram - JAS", "Civilians (Nigeria)")
    assert not compatible(jas, ev("Gwoza", day, _VAC, "ISWAP", "Civilians (Nigeria)"))
    assert compatible(jas, ev("Gwoza", day, _VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"))
    assert compatible(jas, ev("Gwoza", day, _VAC, None, "Civilians (Nigeria)"))
    assert norm_actor("Military Forces of Syria (2000-)") == norm_actor("military forces of syria (2000-2024)")


def _src(rec: object, doc: str, role: str = "origin", outlet: str | None = None) -> SourceRecord:
    return SourceRecord(rec, doc, 0, doc, role, outlet)  # type: ignore[arg-type]


def test_canonical_takes_lowest_reported_toll_and_ignores_silent_sources() -> None:
    recs = [ev("Gwoza", "2024-05-11", _VAC, "ISWAP", "Civilians (Nigeria)", f, fatalities_high=h)
            for f, h in ((12, 15), (10, None), (11, None))]
    silent = ev("Gwoza", "2024-05-11", _VAC, "ISWAP", "Civilians (Nigeria)")
    assert not reports_fatalities(silent)
    out = canonical_event([_src(r, f"d{i}", outlet=f"O{i}") for i, r in enumerate([*recs, silent])], event_id="ev_1")
    assert (out["fatalities"], out["fatalities_low"], out["fatalities_high"]) == (10, 10, 15)
    assert "between 10 and 12" in out["notes"]
    assert out["source"] == "O0; O1; O2; O3" and out["n_sources"] == 4


def test_canonical_takes_most_precise_date_and_place_and_highest_sub_type() -> None:
    vague = ev("Konduga", "2024-03-15", "Shelling/artillery/missile attack", "Russia", None, tp=3, gp=3)
    exact = ev("Konduga", "2024-03-02", "Air/drone strike", "Russia", None)
    out = canonical_event([_src(vague, "a"), _src(exact, "b")], event_id="ev_2")
    assert (out["event_date"], out["time_precision"], out["location"], out["geo_precision"]) == (
        "2024-03-02", 1, "Konduga", 1)
    assert out["sub_event_type"] == "Air/drone strike" and out["disorder_type"] == "Political violence"
    assert out["merge_info"]["date"] == "b"


def test_canonical_an_explicit_zero_counts_as_reported() -> None:
    from eventcoder.model import Evidence

    zero = replace(ev("Gao", "2024-06-01"), evidence=(Evidence("fatalities", 0, 10, "no one was"),))
    out = canonical_event([_src(ev("Gao", "2024-06-01", fatalities=4), "a"), _src(zero, "b")], event_id="ev_3")
    assert out["fatalities"] == 0 and out["fatalities_high"] == 4


def test_merge_has_at_least_twenty_scenarios() -> None:
    assert len(SCENARIOS) >= 20
    assert len({s.name for s in SCENARIOS}) == len(SCENARIOS)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_merge_scenario_clusters(scenario: object) -> None:
    result = run([scenario])  # type: ignore[list-item]
    assert result["failed"] == [], scenario.about  # type: ignore[attr-defined]


def test_merge_evaluate_reports_precision_and_recall() -> None:
    result = run(SCENARIOS[:3])
    assert {"merge_precision", "merge_recall", "merge_f1", "scenarios", "failed"} <= set(result)
    assert result["scenarios"] == 3


def test_canonical_a_copy_does_not_lower_its_report_s_toll() -> None:
    full = ev("Sarmin", "2023-10-07", "Air/drone strike", "Russia", None, 11)
    body_only = ev("Sarmin", None, "Air/drone strike", "Russia", None, 10)  # lost the headline's total
    other = ev("Sarmin", "2023-10-07", "Air/drone strike", "Russia", None, 12)
    sources = [SourceRecord(full, "d1", 0, "d1", "origin"), SourceRecord(body_only, "d2", 0, "d1", "copy"),
               SourceRecord(other, "d3", 0, "d3", "merged")]
    out = canonical_event(sources, event_id="ev_4")
    assert out["fatalities"] == 11 and out["n_sources"] == 2


_MULTI = [s for s in SCENARIOS if len(s.reports) >= 3 and not any(r.copy_of for r in s.reports)]


@pytest.mark.parametrize("scenario", _MULTI, ids=lambda s: s.name)
def test_merge_clusters_do_not_depend_on_arrival_order(scenario: object) -> None:
    from itertools import permutations

    from eventcoder.dedup.evaluate import score

    variants = [replace(scenario, reports=list(p)) for p in permutations(scenario.reports)]  # type: ignore[attr-defined, type-var]
    failed = [[r.key for r in v.reports] for v in variants if score([v])["failed"]]
    assert failed == []


def test_merge_a_province_of_another_admin1_stays_a_contradiction_however_much_else_agrees() -> None:
    # Synthetic: a report of a school raid in Mogadishu, and a report that names only another province (Lower
    # Shabelle, province-precise) with the same kind of raid, the same target class and the same weekday. A
    # province told by a report is not a misread to be overruled: a report that recalls last week's school raid
    # elsewhere names that raid's province. Different admin1 stays a contradiction, at any precision.
    town = ev("Mogadishu", "2024-03-01", "Abduction/forced disappearance", "Al Shabaab", "Civilians (Somalia)")
    province = ev("Afgooye", None, "Abduction/forced disappearance", "Al Shabaab", "Civilians (Somalia)", gp=3)
    found = assess(town, province, pa=Profile(targets=("school",), weekday=4),
                   pb=Profile(targets=("school",), weekday=4))
    assert not found and found.failed == "place"


def test_canonical_notes_tell_the_canonical_fields_when_sources_disagree() -> None:
    """Synthetic: the most confident record says 9 May and names no group; another dates it 8 May and names JAS."""
    vague = replace(ev("Gwoza", "2024-05-09", _VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 6,
                       notes="On 9 May 2024, Unidentified Armed Group (Nigeria): attack in Gwoza. 6 killed."),
                    confidence=0.95)
    named = ev("Gwoza", "2024-05-08", _VAC, "Boko Haram - JAS", "Civilians (Nigeria)", 6, notes="written by hand")
    out = canonical_event([_src(vague, "d0"), _src(named, "d1")], event_id="ev_1")
    assert (out["event_date"], out["actor1"]) == ("2024-05-08", "Boko Haram - JAS")
    assert out["notes"].startswith("On 8 May 2024, Boko Haram - JAS: attack against Civilians (Nigeria) in Gwoza")
    assert "9 May" not in out["notes"] and "6 killed" in out["notes"]
    # One source, or sources that agree with it: its own notes stand.
    assert canonical_event([_src(named, "d1")], event_id="ev_2")["notes"] == "written by hand"


def test_canonical_names_an_unidentified_side_from_another_report() -> None:
    """Synthetic: one outlet says 'gunmen' fought the army, another names the group; the army stays actor2."""
    clash = replace(ev("Gwoza", "2024-05-08", "Armed clash", "Unidentified Armed Group (Nigeria)",
                       "Military Forces of Nigeria (2023-)", 6), confidence=0.95)
    named = ev("Gwoza", "2024-05-08", "Armed clash", "Boko Haram - JAS", None, 6)
    out = canonical_event([_src(clash, "d0"), _src(named, "d1")], event_id="ev_1")
    assert (out["actor1"], out["actor2"]) == ("Boko Haram - JAS", "Military Forces of Nigeria (2023-)")
    # A name that is the other side's is no name for the unidentified one.
    army = ev("Gwoza", "2024-05-08", "Armed clash", "Military Forces of Nigeria (2023-)", None, 6)
    out = canonical_event([_src(clash, "d0"), _src(army, "d1")], event_id="ev_2")
    assert out["actor1"] == "Unidentified Armed Group (Nigeria)"


def test_canonical_leaves_the_unidentified_side_unnamed_when_no_one_name_fits() -> None:
    """Synthetic: state forces never name the unknown side; two records naming two groups leave it unidentified."""
    clash = replace(ev("Gwoza", "2024-05-08", "Armed clash", "Unidentified Armed Group (Nigeria)",
                       "Police Forces of Nigeria (2023-)", 6), confidence=0.95)
    army = ev("Gwoza", "2024-05-08", "Armed clash", "Military Forces of Nigeria (2023-)", None, 6)
    out = canonical_event([_src(clash, "d0"), _src(army, "d1")], event_id="ev_1")
    assert (out["actor1"], out["actor2"]) == ("Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria (2023-)")
    jas = ev("Gwoza", "2024-05-08", "Armed clash", "Boko Haram - JAS", None, 6)
    iswap = ev("Gwoza", "2024-05-08", "Armed clash", "ISWAP", None, 6)
    out = canonical_event([_src(clash, "d0"), _src(jas, "d1"), _src(iswap, "d2")], event_id="ev_2")
    assert out["actor1"] == "Unidentified Armed Group (Nigeria)"
    assert out["merge_info"]["actor1_disputed"] == ["Boko Haram - JAS", "ISWAP"]
