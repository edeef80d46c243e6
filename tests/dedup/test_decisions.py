"""Each merge / no-merge decision of dedup.merge and dedup.linkage, on hand-built synthetic records."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from eventcoder.dedup.canonical import SourceRecord, canonical_event
from eventcoder.dedup.linkage import plan
from eventcoder.dedup.merge import MergeRules, assess, kindred_types
from eventcoder.dedup.profile import Profile
from eventcoder.dedup.scenarios import ev
from eventcoder.model import Evidence

RULES = MergeRules()
_VAC = "Attack"
_ABD = "Abduction/forced disappearance"
_UAG = "Unidentified Armed Group (Nigeria)"
_CIV = "Civilians (Nigeria)"
DAY = "2024-03-05"  # a Tuesday


def _vac(day: str | None = DAY, place: str = "Gwoza", toll: int = 0, actor1: str = _UAG, **kw: object) -> object:
    return ev(place, day, _VAC, actor1, _CIV, toll, **kw)


def _ok(a: object, b: object, pa: Profile | None = None, pb: Profile | None = None) -> bool:
    return assess(a, b, RULES, pa=pa, pb=pb).ok  # type: ignore[arg-type]


def _score(a: object, b: object, pa: Profile | None = None, pb: Profile | None = None) -> float:
    found = assess(a, b, RULES, pa=pa, pb=pb)  # type: ignore[arg-type]
    assert found.ok, found.reasons
    return found.score


# -- dates -------------------------------------------------------------------------------------------------

def test_decision_same_day_same_town_same_type_merges() -> None:
    assert _score(_vac(), _vac()) >= RULES.min_score


def test_decision_exact_dates_a_day_apart_are_two_events_unless_read_from_a_weekday() -> None:
    assert not _ok(_vac(DAY), _vac("2024-03-06"))
    relative = Profile(date_kind="relative")
    assert _ok(_vac(DAY), _vac("2024-03-06"), pb=relative)  # "on Wednesday" read against a late publication date
    assert not _ok(_vac(DAY), _vac("2024-03-07"), pb=relative)


def test_decision_weekdays_two_days_apart_contradict() -> None:
    friday = Profile(weekday=4)
    assert not _ok(_vac(DAY), _vac(None), pb=friday)  # exact Tuesday / "on Friday"
    assert _ok(_vac(DAY), _vac(None), pb=Profile(weekday=2))  # Tuesday night / "early Wednesday"
    assert not _ok(_vac(None), _vac(None), pa=Profile(weekday=1), pb=friday)
    assert _score(_vac(None), _vac(None), pa=friday, pb=friday) > _score(_vac(None), _vac(None))


def test_decision_a_report_cannot_predate_the_event() -> None:
    assert not _ok(_vac(DAY), _vac(None), pb=Profile(published="2024-03-01"))
    assert _ok(_vac(DAY), _vac(None), pb=Profile(published="2024-03-06"))


def test_decision_an_undated_report_written_months_later_recalls_rather_than_reports() -> None:
    late = _score(_vac(DAY), _vac(None), pb=Profile(latest="2024-09-01"))
    prompt = _score(_vac(DAY), _vac(None), pb=Profile(published="2024-03-06"))
    assert late < RULES.min_score <= prompt


def test_decision_the_page_date_line_is_when_the_page_was_written_not_the_event() -> None:
    dateline = Profile(date_kind="published", published="2024-03-07")
    assert _ok(_vac(DAY), _vac("2024-03-07"), pb=dateline)  # written two days after the attack
    assert not _ok(_vac("2024-03-09"), _vac("2024-03-07"), pb=dateline)  # a page cannot report a later event


def test_decision_a_date_taken_from_the_publication_date_is_the_report_date_not_the_event() -> None:
    # Synthetic: a page published on Thursday 7 March whose sentences give no day; extraction dated its incident
    # with the publication date (no date evidence of its own: "inherited").
    taken = Profile(date_kind="inherited", published="2024-03-07")
    assert _ok(_vac(DAY), _vac("2024-03-07"), pb=taken)  # the attack of Tuesday, reported on Thursday
    assert not _ok(_vac("2024-03-09"), _vac("2024-03-07"), pb=taken)  # nor can it report a later event
    assert _ok(_vac("2024-03-07"), _vac("2024-03-06"), pa=taken)
    # A day of its own (explicit) stays a day: two days apart are two events.
    assert not _ok(_vac(DAY), _vac("2024-03-07"), pb=Profile(date_kind="explicit", published="2024-03-07"))


def test_decision_reports_published_weeks_apart_are_weak_evidence() -> None:
    near = _score(_vac(None), _vac(None), pa=Profile(published="2024-03-05"), pb=Profile(published="2024-03-06"))
    far = _score(_vac(None), _vac(None), pa=Profile(published="2024-03-05"), pb=Profile(published="2024-04-01"))
    assert far < near


# -- places, types, actors -----------------------------------------------------------------------------------

def test_decision_places_at_their_precision() -> None:
    assert not _ok(_vac(place="Maiduguri"), _vac(place="Konduga"))  # two towns of one province
    assert not _ok(_vac(place="Goma"), _vac(place="Gisenyi"))  # two countries
    assert _ok(_vac(place="Maiduguri", gp=3), _vac(place="Konduga"))  # the province and one of its towns
    town, province = _score(_vac(), _vac()), _score(_vac(place="Gwoza", gp=3), _vac())
    assert province < town


def test_decision_a_province_report_placed_in_time_by_nothing_needs_a_detail() -> None:
    # Synthetic: an undated report with no publication date, no weekday and no date anywhere, placed only in the
    # province, fits every clash of that province in any year; same type and state forces do not tell which.
    army = "Military Forces of Nigeria (2015-2023)"
    timeless = ev("Gwoza", None, "Armed clash", army, None, gp=3)
    town = ev("Gwoza", None, "Armed clash", army, None)
    dated = Profile(published="2024-03-06")
    found = assess(timeless, town, RULES, pb=dated)
    assert found.ok and any("placed in time by nothing" in r for r in found.reasons)
    assert found.score == 1.5 < RULES.min_score  # same type 1 + province 0.5 + state forces 0.5, less 0.5
    # A detail of the incident (the same toll, a target, a named actor) ties them as before.
    tolled = assess(replace(timeless, fatalities=9, evidence=town.evidence), replace(town, fatalities=9), RULES,
                    pb=dated)
    assert not any("placed in time by nothing" in r for r in tolled.reasons)
    # A town, or a named group of its own, is a detail: such a timeless report is compared as before.
    assert not any("placed in time by nothing" in r for r in assess(town, town, RULES, pb=dated).reasons)
    named = replace(timeless, actor2="ISWAP")
    assert not any("placed in time by nothing" in r for r in assess(named, town, RULES, pb=dated).reasons)


def test_decision_kinds_of_violence_merge_only_with_a_tying_detail() -> None:
    clash = ev("Gwoza", DAY, "Armed clash", _UAG, None, 7)
    assert _ok(clash, _vac(toll=7))  # the same toll
    assert _ok(replace(clash, fatalities=0, evidence=()), _vac(), Profile(targets=("school",)),
               Profile(targets=("school",)))  # the same target
    assert not _ok(replace(clash, fatalities=0, evidence=()), _vac())
    assert _score(clash, _vac(toll=7)) < _score(_vac(toll=7), _vac(toll=7))  # a type disagreement costs
    assert not _ok(ev("Gwoza", DAY, "Peaceful protest", "Protesters (Nigeria)", None), _vac())
    arrest = ev("Gwoza", DAY, "Arrests", "Police Forces of Nigeria (2015-2023)", None)
    assert not _ok(arrest, ev("Gwoza", DAY, "Looting/property destruction", "Police Forces of Nigeria (2015-2023)",
                              None))
    assert set(kindred_types("Battles")) == {"Battles", "Explosions/Remote violence", "Violence against civilians"}
    assert kindred_types("Strategic developments") == ("Strategic developments",)


def test_decision_named_perpetrators_must_overlap_associated_actors_only_for_crowds() -> None:
    assert not _ok(_vac(actor1="ISWAP"), _vac(actor1="Boko Haram - JAS"))
    assert _ok(_vac(actor1="ISWAP"), _vac())
    assert _ok(_vac(assoc_actor_1="Farmers (Nigeria)"), _vac(assoc_actor_1="Students (Nigeria)"))
    march = ev("Gwoza", DAY, "Peaceful protest", "Protesters (Nigeria)", None)
    assert not _ok(replace(march, assoc_actor_1="Farmers (Nigeria)"), replace(march, assoc_actor_1="Students (Nigeria)"))


def test_decision_actors_overlap_across_actor_fields_and_associates() -> None:
    # Synthetic: one outlet names the army as actor2 with the armed group as an associate of an unnamed
    # attacker, another names the armed group alone.
    army = "Military Forces of Nigeria (2015-2023)"
    first = ev("Gwoza", DAY, "Armed clash", _UAG, army, assoc_actor_1="ISWAP")
    second = ev("Gwoza", DAY, "Armed clash", "ISWAP", None)
    assert _score(first, second) >= RULES.min_score
    assert not _ok(ev("Gwoza", DAY, "Armed clash", _UAG, army, assoc_actor_1="Boko Haram - JAS"), second)
    # An unidentified armed group and a named one are unknown vs known, not a contradiction.
    assert _ok(ev("Gwoza", DAY, "Armed clash", _UAG, army), second)


def test_decision_agreement_parties_are_a_set() -> None:
    # Synthetic: one outlet names one side of a ceasefire, another the other side.
    side_a = ev("Gwoza", DAY, "Agreement", "ISWAP", None)
    side_b = ev("Gwoza", DAY, "Agreement", None, "Military Forces of Nigeria (2015-2023)")
    both = ev("Gwoza", DAY, "Agreement", "ISWAP", "Military Forces of Nigeria (2015-2023)")
    assert _score(side_a, side_b) >= RULES.min_score
    assert _score(both, side_b) > _score(side_a, side_b)  # the shared party is evidence
    other = ev("Gwoza", DAY, "Agreement", "Boko Haram - JAS", "Vigilante Group (Nigeria)")
    assert not _ok(both, other)  # two agreements, each between two named parties, none in common


# -- tolls, details, flags -----------------------------------------------------------------------------------

def test_decision_tolls_early_and_later_counts() -> None:
    same_big, same_small = _score(_vac(toll=40), _vac(toll=40)), _score(_vac(toll=2), _vac(toll=2))
    rising, apart = _score(_vac(toll=20), _vac(toll=32)), _score(_vac(toll=2), _vac(toll=40))
    assert same_big > same_small and same_big > rising > apart
    assert _score(_vac(toll=3), _vac()) == _score(_vac(), _vac())  # a silent report is not a report of zero


def test_decision_targets_and_named_targets() -> None:
    school, market = Profile(targets=("school",)), Profile(targets=("market",))
    base = _score(_vac(None), _vac(None))
    assert _score(_vac(None), _vac(None), school, school) > base > _score(_vac(None), _vac(None), school, market)
    a = Profile(targets=("school",), named=("school:lakeside girls",))
    b = Profile(targets=("school",), named=("school:lakeside",))
    c = Profile(targets=("school",), named=("school:hilltop boys",))
    assert _score(_vac(None), _vac(None), a, b) > _score(_vac(None), _vac(None), a, c)


def test_decision_a_country_word_names_no_target() -> None:
    # Synthetic: "the Nigerian barracks" / "Nigeria's Hilltop barracks": the country's adjective is no name, so
    # the two are not "different named targets" (and do not share a name either).
    plain = Profile(targets=("military",), named=("military:nigeria",))
    named = Profile(targets=("military",), named=("military:nigerian hilltop",))
    other = Profile(targets=("military",), named=("military:lakeside",))
    unnamed = Profile(targets=("military",))
    assert _score(_vac(None), _vac(None), plain, named) == _score(_vac(None), _vac(None), unnamed, named)
    assert _score(_vac(None), _vac(None), named, other) < _score(_vac(None), _vac(None), plain, named)


def test_decision_a_recalled_incident_and_background_records() -> None:
    recalled = Profile(recalled=True)
    assert _score(_vac(None), _vac(None), pb=recalled) < RULES.min_score <= _score(_vac(None), _vac(None))
    assert not _ok(_vac(), _vac(), pb=Profile(background=True))  # background never drives a merge


def test_decision_hedged_claims_weigh_less() -> None:
    assert _score(_vac(), replace(_vac(), hedged=True)) < _score(_vac(), _vac())


def test_decision_reasons_are_kept() -> None:
    found = assess(_vac(toll=7), _vac(toll=7), RULES)  # type: ignore[arg-type]
    assert any("same day" in r for r in found.reasons) and any("same toll" in r for r in found.reasons)


# -- linkage: joining, ambiguity -----------------------------------------------------------------------------

def _src(rec: object, doc: str, i: int = 0, prof: Profile | None = None) -> SourceRecord:
    return SourceRecord(rec, doc, i, doc, "origin", profile=prof or Profile())  # type: ignore[arg-type]


def test_linkage_a_record_that_fits_two_stored_events_joins_them() -> None:
    # Two reports stored apart (too little in common alone); a third fits both and nothing contradicts.
    school = Profile(targets=("school",), named=("school:lakeside",))
    a = _src(ev("Gwoza", None, _ABD, _UAG, _CIV, gp=3), "a", prof=school)
    b = _src(ev("Gwoza", None, _ABD, _UAG, _CIV, 3), "b")
    new = _src(ev("Gwoza", DAY, _ABD, _UAG, _CIV, 3), "c", prof=school)
    out = plan({"ev_a": [a], "ev_b": [b]}, [new], RULES)
    joined = [g for g in out.groups if g.new]
    assert len(joined) == 1 and sorted(joined[0].stored) == ["ev_a", "ev_b"]


def test_linkage_a_vague_record_fitting_two_distinct_events_stays_alone() -> None:
    a = _src(ev("Gwoza", DAY, _VAC, "ISWAP", _CIV, 3), "a")
    b = _src(ev("Konduga", DAY, _VAC, "ISWAP", _CIV, 3), "b")
    vague = _src(ev("Maiduguri", DAY, _VAC, "ISWAP", _CIV, 3, gp=3), "c")
    out = plan({"ev_a": [a], "ev_b": [b]}, [vague], RULES)
    assert 0 in out.alone and all(len(g.members) == 1 for g in out.groups)


def test_linkage_a_vague_record_that_agrees_with_one_source_of_an_event_is_not_ambiguous() -> None:
    # Synthetic: four reports of an ISWAP attack on Gwoza (one with a toll of 25) and one report of a Boko Haram
    # attack there; an undated report with the toll of 25 fits the first event by 3.4 on average (its sources
    # tell it in different words) and the second by 3.0, but agrees with one source of the first by 4.5.
    iswap = [_src(ev("Gwoza", DAY, _VAC, "ISWAP", _CIV, 25 if i == 0 else 0), f"a{i}") for i in range(4)]
    other = _src(ev("Gwoza", DAY, _VAC, "Boko Haram - JAS", _CIV), "b")
    vague = _src(ev("Gwoza", None, _VAC, _UAG, _CIV, 25), "c")
    out = plan({"ev_a": iswap, "ev_b": [other]}, [vague], RULES)
    assert not out.alone and [g.stored for g in out.groups if g.new] == [["ev_a"]]


def test_linkage_a_vague_record_fitting_two_records_of_one_report_joins_the_better() -> None:
    # One report coded one incident as two records: a third report must not become a third event.
    a0 = _src(ev("Gwoza", DAY, _VAC, _UAG, _CIV, 5), "a", 0)
    a1 = _src(ev("Gwoza", DAY, _VAC, _UAG, _CIV, 0), "a", 1)
    vague = _src(ev("Gwoza", None, _VAC, _UAG, _CIV, 5), "c")
    out = plan({"ev_a0": [a0], "ev_a1": [a1]}, [vague], RULES)
    assert not out.alone
    assert [g.stored for g in out.groups if g.new] == [["ev_a0"]]


def _tolled_vac(figure: int, doc: str, index: int = 0) -> SourceRecord:
    return _src(replace(_vac(toll=figure), evidence=(Evidence("fatalities", 0, 1, "x"),)), doc, index)


def test_linkage_one_report_never_supports_one_event_twice() -> None:
    # Report b counts two attacks apart (3 and 8 killed): only one of them can be report a's attack.
    a = _tolled_vac(3, "a")
    new = [_tolled_vac(3, "b", 0), _tolled_vac(8, "b", 1)]
    out = plan({"ev_a": [a]}, new, RULES)
    sizes = sorted(len(g.members) for g in out.groups)
    assert sizes == [1, 2]


def test_linkage_a_report_counting_another_attack_nearer_its_siblings_count_keeps_it_apart() -> None:
    # Synthetic: report b counts two attacks apart (3 and 5 killed); report a's count (3) is b's first record's, so
    # b's second count is no other outlet's count of a's attack: it stays an event of its own.
    a = _tolled_vac(3, "a")
    out = plan({"ev_a": [a]}, [_tolled_vac(3, "b", 0), _tolled_vac(5, "b", 1)], RULES)
    assert sorted(len(g.members) for g in out.groups) == [1, 2] and 1 not in out.parts


def _counted(figure: int, doc: str, index: int = 0, day: str | None = DAY, place: str = "Gwoza",
             **kw: object) -> SourceRecord:
    rec = replace(_vac(day, place, figure, **kw), evidence=(Evidence("fatalities", 0, 1, "x"),))
    return _src(rec, doc, index)


def test_linkage_a_count_far_from_every_other_reports_stays_its_own_event() -> None:
    # Synthetic: one report counts two shellings of one town apart, undated (33 and 5 killed); another outlet
    # reports the 33 (as 30). The 5 is no outlet's count of that shelling: two events, as the report tells.
    stored = {"ev_a": [_counted(30, "a", day=None)]}
    out = plan(stored, [_counted(33, "b", 0, day=None), _counted(5, "b", 1, day=None)], RULES)
    assert sorted(len(g.members) for g in out.groups) == [1, 2] and not out.parts


def test_linkage_a_count_the_report_dates_or_places_apart_stays_its_own_event() -> None:
    # Synthetic confusable pairs: two bombings of one town days apart in one report (a count of 20 each side),
    # and a count in another town: the fold is for the same or an unstated day, the same or a coarser place.
    stored = {"ev_a": [_counted(20, "a")]}
    days_apart = [_counted(32, "b", 0), _counted(20, "b", 1, day="2024-02-28")]
    assert sorted(len(g.members) for g in plan(stored, days_apart, RULES).groups) == [1, 2]
    other_town = [_counted(32, "b", 0), _counted(20, "b", 1, place="Konduga")]
    assert sorted(len(g.members) for g in plan(stored, other_town, RULES).groups) == [1, 2]
    # A record the report names another target for is another incident too.
    market, school = Profile(targets=("market",)), Profile(targets=("school",))
    targets = [replace(_counted(32, "b", 0), profile=market), replace(_counted(20, "b", 1), profile=school)]
    assert sorted(len(g.members) for g in plan(stored, targets, RULES).groups) == [1, 2]


def test_linkage_one_reports_parts_of_one_incident_join_as_one() -> None:
    # Report b coded one attack twice (the headline and the body): one incident, so both join report a's event.
    a = _src(_vac(toll=3), "a")
    new = [_src(_vac(toll=3), "b", 0), _src(_vac(toll=3), "b", 1)]
    out = plan({"ev_a": [a]}, new, RULES)
    assert [sorted(g.new) for g in out.groups] == [[0, 1]] and out.parts


def test_linkage_parts_of_an_attack_are_compared_as_parts_across_reports() -> None:
    # Synthetic: report a tells a siege in parts (gunmen attack a cafe; the police fight them); report b tells it
    # in parts too, naming the group (gunmen fight the army; the group's attack on the diners). The parts name
    # different sides, which describes the parts, not two incidents: a pair of parts agrees.
    _GROUP, _POLICE = "Islamic State (Nigeria)", "Police Forces of Nigeria (2015-2023)"
    a = [_src(_vac(None), "a", 0), _src(ev("Gwoza", None, "Armed clash", _UAG, _POLICE), "a", 1)]
    b = [_src(ev("Gwoza", None, "Armed clash", _UAG, _GROUP), "b", 0), _src(_vac(None), "b", 1)]
    assert not assess(a[1].record, b[0].record, RULES)  # police / the group: two events on their own
    out = plan({"ev_a": a}, b, RULES)
    assert [g.stored for g in out.groups if g.new] == [["ev_a"]]
    # A single record is compared whole: its sides must agree.
    out = plan({"ev_a": [a[1]]}, [b[0]], RULES)
    assert all(not g.stored for g in out.groups if g.new)


def _crowd(sub: str, force: str | None, doc: str, i: int) -> SourceRecord:
    actor = {"Peaceful protest": "Protesters (Nigeria)"}.get(sub, "Rioters (Nigeria)")
    return _src(ev("Gwoza", DAY, sub, actor, force), doc, i)


def test_linkage_crowd_parts_are_lenient_on_the_kind_of_crowd_only() -> None:
    # Synthetic: report a tells one crowd incident as its rally and its riot (the army); report b tells a riot
    # with the forces of another state and one with the police. The rally is no second crowd beside b's riots
    # (a's report tells them as one incident), but every other fact must agree: the foreign force's riot stays
    # alone, the police's riot joins.
    army, police = "Military Forces of Nigeria (2015-2023)", "Police Forces of Nigeria (2015-2023)"
    a = [_crowd("Violent demonstration", army, "a", 0), _crowd("Peaceful protest", None, "a", 1)]
    b = [_crowd("Violent demonstration", "Military Forces of Niger (2021-)", "b", 0),
         _crowd("Violent demonstration", police, "b", 1)]
    out = plan({"ev_a": a}, b, RULES)
    joined = next(g for g in out.groups if g.stored == ["ev_a"])
    assert joined.new == [1]


def test_linkage_a_rally_and_its_mob_told_by_one_report_take_a_report_of_the_mob() -> None:
    # Synthetic: report a tells a rally and the mob violence that followed it in one town on one day; report b
    # tells only the mob violence. b is the mob of a's incident, not a second crowd beside a's rally.
    a = [_crowd("Peaceful protest", None, "a", 0), _crowd("Mob violence", None, "a", 1)]
    b = [_crowd("Mob violence", None, "b", 0)]
    out = plan({"ev_a": a}, b, RULES)
    assert next(g for g in out.groups if g.stored == ["ev_a"]).new == [0]
    # the stored reasons are those the join went by: the rally as a part, not "different event types on one day"
    rally = out.assessments(b[0], a, RULES)[0]
    assert rally.ok and "as parts of one incident" in rally.reasons[-1]


def test_linkage_crowd_parts_do_not_lift_the_day_for_another_cause_or_a_report_of_one_kind() -> None:
    # Synthetic: a's report tells a rally over fuel prices and the riot after it; b tells a mob over a land dispute
    # in the same town that day: causes that share no word are two crowds. And a report of two riots is no rally
    # and riot: it lifts nothing for a rally of another report.
    fuel, land = Profile(cause=("fuel", "prices")), Profile(cause=("land", "dispute"))
    a = [_src(ev("Gwoza", DAY, "Peaceful protest", "Protesters (Nigeria)", None), "a", 0, fuel),
         _src(ev("Gwoza", DAY, "Mob violence", "Rioters (Nigeria)", None), "a", 1, fuel)]
    b = [_src(ev("Gwoza", DAY, "Mob violence", "Rioters (Nigeria)", None), "b", 0, land)]
    assert all(not g.stored for g in plan({"ev_a": a}, b, RULES).groups if g.new)
    riots = [_crowd("Violent demonstration", None, "a", 0), _crowd("Mob violence", None, "a", 1)]
    assert all(not g.stored for g in plan({"ev_a": riots}, [_crowd("Peaceful protest", None, "b", 0)], RULES).groups
               if g.new)


def test_linkage_a_rally_told_alone_does_not_take_a_mob_of_its_day() -> None:
    # Synthetic: report a tells only a rally; report b a mob's violence in the same town that day, nothing ties
    # them (no toll, target, group or cause): two crowds, as ACLED codes them.
    out = plan({"ev_a": [_crowd("Peaceful protest", None, "a", 0)]}, [_crowd("Mob violence", None, "b", 0)], RULES)
    assert all(not g.stored for g in out.groups if g.new)


# -- the canonical toll --------------------------------------------------------------------------------------

def _tolled(figure: int, doc: str, *, update: bool = False, published: str | None = None) -> SourceRecord:
    rec = replace(_vac(toll=figure), evidence=(Evidence("fatalities", 0, 1, "x"),))
    return SourceRecord(rec, doc, 0, doc, "origin", published=published,  # type: ignore[arg-type]
                        profile=Profile(toll_update=update, published=published))


def test_canonical_a_later_update_supersedes_an_early_toll_and_the_range_is_kept() -> None:
    out = canonical_event([_tolled(20, "a", published="2024-03-05"),
                           _tolled(32, "b", update=True, published="2024-03-06"),
                           _tolled(28, "c", published="2024-03-06")], event_id="ev_1")
    # 20 and 28 were the early counts; "the toll rose to 32" supersedes both.
    assert out["fatalities"] == 32
    assert (out["fatalities_low"], out["fatalities_high"]) == (20, 32)
    assert {s["figure"] for s in out["merge_info"]["fatalities"]["superseded"]} == {20, 28}
    assert "superseded" in out["notes"]


def test_canonical_without_an_update_the_lowest_toll_is_coded() -> None:
    out = canonical_event([_tolled(20, "a"), _tolled(32, "b"), _tolled(28, "c")], event_id="ev_2")
    assert out["fatalities"] == 20 and "superseded" not in out["merge_info"]["fatalities"]
    early_update = canonical_event([_tolled(20, "a", published="2024-03-07"),
                                    _tolled(32, "b", update=True, published="2024-03-05")], event_id="ev_3")
    assert early_update["fatalities"] == 20  # an "update" published before the report it would update is not one


def test_canonical_type_of_most_reports_with_its_own_actors() -> None:
    clash = ev("Gwoza", DAY, "Armed clash", "Boko Haram - JAS", "Military Forces of Nigeria (2015-2023)", 4)
    attacks = [_src(_vac(toll=4, actor1="Boko Haram - JAS"), d) for d in ("a", "b")]
    out = canonical_event([_src(clash, "c"), *attacks], event_id="ev_4")
    assert out["event_type"] == "Violence against civilians" and out["actor2"] == _CIV


@pytest.mark.parametrize("score", [1.0, 4.0])
def test_decision_threshold_is_a_rule(score: float) -> None:
    weak = assess(_vac(None), _vac(None), MergeRules(min_score=score))  # type: ignore[arg-type]
    assert weak.ok  # the threshold decides joining (linkage), not contradiction


# -- event types one incident is told as, tolls that rise, places named as provinces ------------------------

_CLASH = "Armed clash"


def test_decision_an_attack_and_a_clash_tied_by_a_detail_are_one_incident() -> None:
    # Synthetic: one outlet codes a raid on a school as an attack on civilians, another as a clash with its
    # guards; both undated, in one town. The types table makes the pair neutral only when a detail ties them.
    school = Profile(targets=("school",))
    attack, clash = _vac(None), ev("Gwoza", None, _CLASH, _UAG, "Police Forces of Nigeria (2023-)")
    tied = _score(attack, clash, pa=school, pb=school)
    untied = _score(attack, clash)
    assert tied >= RULES.min_score > untied
    assert any("told two ways" in r for r in assess(attack, clash, RULES, pa=school, pb=school).reasons)


def test_decision_an_air_strike_and_a_clash_stay_rarely_one_incident() -> None:
    school = Profile(targets=("school",))
    strike = ev("Gwoza", None, "Air/drone strike", "Military Forces of Nigeria (2023-)", _CIV)
    clash = ev("Gwoza", None, _CLASH, "Military Forces of Nigeria (2023-)", _UAG)
    attack = _vac(None, actor1="Military Forces of Nigeria (2023-)")
    assert _score(strike, clash, pa=school, pb=school) < _score(attack, clash, pa=school, pb=school)


def test_decision_kindred_points_come_from_the_types_table() -> None:
    from eventcoder.dedup.merge import kindred_points

    assert kindred_points("Attack", "Armed clash")[0] == kindred_points("Armed clash", "Attack")[0] == 0.0
    assert kindred_points("Air/drone strike", "Armed clash")[0] == -1.0  # not listed: the default


def test_decision_a_lower_early_toll_and_a_higher_later_one_agree() -> None:
    # Synthetic: 12 killed in a report of the day, 40 in a report two days later; the other way round, the
    # higher count came first and the pair gets nothing for it.
    early, later = _vac(None, toll=12), _vac(None, toll=40)
    pa, pb = Profile(published="2024-03-05"), Profile(published="2024-03-07")
    rising = assess(early, later, RULES, pa=pa, pb=pb)  # type: ignore[arg-type]
    falling = assess(early, later, RULES, pa=pb, pb=pa)  # type: ignore[arg-type]
    assert rising.score > falling.score
    assert any("an early count and a later, higher one" in r for r in rising.reasons)
    update = assess(early, later, RULES, pb=Profile(toll_update=True))  # type: ignore[arg-type]
    assert any("later, higher" in r for r in update.reasons)


def test_decision_a_place_named_as_a_province_is_province_precise() -> None:
    # Synthetic: "the province of Idlib" resolved to the town of Idlib, and a report of the same strike in
    # Sarmin, a town of that province: one place told at two precisions, not two towns.
    from eventcoder.dedup.merge import place_precision

    strike = "Air/drone strike"
    prov = ev("Idlib", DAY, strike, "Military Forces of Syria (2000-2024)", "Civilians (Syria)")
    town = ev("Sarmin", DAY, strike, "Military Forces of Syria (2000-2024)", "Civilians (Syria)")
    as_province = Profile(province=True)
    assert place_precision(prov, as_province) == 3 and place_precision(prov, Profile()) == 1
    assert place_precision(town, as_province) == 1  # a town of another name is not the province
    far = replace(town, latitude=35.0, longitude=36.0, location="Ariha")
    assert not _ok(prov, far)  # two towns of different names
    assert _ok(prov, far, pa=as_province)


def test_linkage_a_report_in_parts_is_compared_by_its_part_that_agrees_most() -> None:
    # Synthetic: report a tells an attack on Gwoza in two parts, the province-level lead and the town; report
    # b tells the town with its toll. Their evidence is that of the parts that agree most, not a mean diluted by
    # the vaguer part.
    lead = _src(ev("Gwoza", DAY, _VAC, _UAG, _CIV, 7, gp=3), "a", 0)
    town = _src(ev("Gwoza", DAY, _VAC, _UAG, _CIV, 7), "a", 1)
    new = _src(ev("Gwoza", None, _VAC, _UAG, _CIV, 7), "b", prof=Profile(published="2024-03-06"))
    out = plan({"ev_a": [lead, town]}, [new], RULES)
    assert [g.stored for g in out.groups if g.new] == [["ev_a"]]


def test_decision_parts_of_one_report_may_name_different_forces_of_one_state_not_of_two() -> None:
    # Synthetic: within one report, the police cordon and the army's assault are one side; a strike by one
    # state's forces and a strike by another's are two incidents (each side's fire is its own event).
    police = ev("Idlib", DAY, _CLASH, "Police Forces of Syria (2000-2024)", _UAG)
    army = ev("Idlib", DAY, _CLASH, "Military Forces of Syria (2000-2024)", _UAG)
    foreign = ev("Idlib", DAY, _CLASH, "Military Forces of Turkey (2016-)", _UAG)
    assert assess(police, army, RULES, within_report=True).ok
    found = assess(army, foreign, RULES, within_report=True)
    assert not found.ok and found.failed == "actors"


def test_decision_the_types_table_is_extended_from_the_user_lexicons(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.dedup import merge
    from eventcoder.errors import ConfigError

    home = tmp_path
    (home / "lexicons").mkdir()
    (home / "lexicons" / "types.toml").write_text(
        '[[pair]]\na = "Air/drone strike"\nb = "Armed clash"\npoints = -0.5\nwhy = "synthetic"\n', encoding="utf-8")
    monkeypatch.setenv("EVENTCODER_HOME", str(home))
    merge._kindred_table.cache_clear()
    try:
        assert merge.kindred_points("Armed clash", "Air/drone strike") == (-0.5, "synthetic")
        assert merge.kindred_points("Attack", "Armed clash")[0] == 0.0  # the bundled pairs stay
        (home / "lexicons" / "types.toml").write_text("[[pair]]\na = 1\n", encoding="utf-8")
        merge._kindred_table.cache_clear()
        with pytest.raises(ConfigError, match="types.toml"):
            merge.kindred_points("Attack", "Armed clash")
    finally:
        merge._kindred_table.cache_clear()  # the next test reads the lexicons of its own environment


def test_decision_province_reports_follow_the_town_of_their_toll_in_any_order(tmp_path: Path) -> None:
    # Synthetic: two province-level reports (toll 9) of one clash; a clash in another town of the province the
    # same day (toll 2) told before or after the town of the nine dead. Once that town is told, both province
    # reports are with it, whatever the order (before: the first one moved and the other stayed with the
    # wrong town).
    import itertools

    from eventcoder.dedup.evaluate import clusters_of
    from eventcoder.dedup.scenarios import Report, Scenario
    from eventcoder.store.db import open_engine

    province = {"gp": 3, "latitude": 11.5, "longitude": 13.0}
    reports = {"P": Report("P", [ev("Maiduguri", DAY, fatalities=9, **province)], "Outlet P"),
               "Q": Report("Q", [ev("Maiduguri", DAY, actor1=None, fatalities=9, **province)], "Outlet Q"),
               "T": Report("T", [ev("Maiduguri", DAY, fatalities=9)], "Outlet T"),
               "K": Report("K", [ev("Konduga", DAY, fatalities=2)], "Outlet K")}
    for n, order in enumerate(itertools.permutations("PQTK")):
        engine = open_engine(tmp_path / f"order{n}.sqlite")
        try:
            got, _ = clusters_of(Scenario("order", "synthetic", [reports[k] for k in order], []), engine)
        finally:
            engine.dispose()
        assert got["P0"] == got["Q0"] == got["T0"] != got["K0"], "".join(order)


def test_decision_a_report_takes_the_place_of_a_weaker_one_so_any_order_ends_the_same(tmp_path: Path) -> None:
    # Synthetic: a clash in Gwoza on Tuesday with 12 dead (A); an attack with the same toll told at the province
    # the same day (W: fits A best, 3.5); an undated clash in Gwoza with no toll or named actor (N: fits A at 3.0,
    # and W poorly, -0.5). Stored all at once, A and W join first and N's mean with them falls short. Stored one
    # by one with N before W, N joined A and W then fell short: the arrival order decided. Now W takes N's place.
    import itertools

    from eventcoder.dedup.evaluate import clusters_of
    from eventcoder.dedup.scenarios import Report, Scenario
    from eventcoder.store.db import open_engine

    province = {"gp": 3, "latitude": 11.5, "longitude": 13.0}
    reports = {"A": Report("A", [ev("Gwoza", DAY, fatalities=12)], "Outlet A"),
               "W": Report("W", [ev("Gwoza", DAY, _VAC, _UAG, _CIV, 12, **province)], "Outlet W"),
               "N": Report("N", [ev("Gwoza", None, actor1=None, actor2=None)], "Outlet N")}
    assert _score(reports["A"].records[0], reports["W"].records[0]) >= \
        _score(reports["A"].records[0], reports["N"].records[0]) + 0.5
    for n, order in enumerate(itertools.permutations("AWN")):
        engine = open_engine(tmp_path / f"order{n}.sqlite")
        try:
            got, _ = clusters_of(Scenario("order", "synthetic", [reports[k] for k in order], []), engine)
        finally:
            engine.dispose()
        assert got["A0"] == got["W0"] != got["N0"], "".join(order)


# -- a record placed only in its country (dedup.merge.country_only) ------------------------------------------

def _country_level(rec: object, lat: float, lon: float) -> object:
    """Synthetic: the record geocoded at country level, at a centroid given by the test (no admin1)."""
    return replace(rec, location="Nigeria", admin1=None, admin2=None, geo_precision=3,  # type: ignore[type-var]
                   latitude=lat, longitude=lon)


def test_decision_a_country_level_record_is_no_place_not_its_centroid() -> None:
    # A record geocoded at country level sits at the country's centroid, which is no place of the event: a town
    # 300 km from it is not a contradiction, and a town 50 km from it (a small country) is no evidence either.
    # Both compare as the record with no place below the country: only the country in common (-1.5).
    town = _vac(None, "Gwoza", 5, actor1="Boko Haram - JAS")
    placeless = replace(town, location=None, admin1=None, admin2=None, latitude=None, longitude=None, geo_precision=None)
    far = _country_level(town, 9.08, 8.68)  # about 450 km from Gwoza
    near = _country_level(town, 11.3, 13.4)  # about 40 km from Gwoza
    base = assess(town, placeless, RULES)
    for country in (far, near):
        found = assess(town, country, RULES)  # type: ignore[arg-type]
        assert found.ok, found.reasons
        assert found.score == base.score and "one place unknown (only the country in common)" in found.reasons
        assert found.score < RULES.min_score  # the type, the perpetrator and the toll of a town alone: not enough


def test_decision_a_country_level_record_joins_only_on_what_ties_the_incident() -> None:
    # The same day and the same toll tie it to the town's attack; undated, it fits any attack of that kind in the
    # country (confusable incidents: the same group's attacks on two towns, or on one town a year apart).
    town = _vac(DAY, "Gwoza", 5, actor1="Boko Haram - JAS")
    country = _country_level(_vac(DAY, "Gwoza", 5, actor1="Boko Haram - JAS"), 9.08, 8.68)
    assert _score(town, country) >= RULES.min_score
    undated = replace(country, event_date=None, year=None, time_precision=None)  # type: ignore[type-var]
    assert _score(town, undated) < RULES.min_score
    other_town = _vac("2025-03-05", "Konduga", 5, actor1="Boko Haram - JAS")
    assert _score(other_town, undated) < RULES.min_score


def test_decision_two_country_level_records_keep_their_place_rule_and_copies_ignore_the_centroid() -> None:
    # Two records both at country level are unchanged by the rule (it applies only when one record is placed
    # below the country and the other is not); two copies of one text, compared leniently, are one place.
    a = _country_level(_vac(DAY, "Gwoza", 5), 9.08, 8.68)
    found = assess(a, a, RULES)  # type: ignore[arg-type]
    assert found.ok and "one place unknown (only the country in common)" not in found.reasons
    town = _vac(DAY, "Gwoza", 5)
    copy = assess(town, a, RULES, lenient=True)  # type: ignore[arg-type]
    assert copy.ok


def test_decision_a_far_higher_later_toll_is_no_evidence_against() -> None:
    # Synthetic: a first count of 3 dead, a count of 40 two days later (a mass-casualty attack's toll rises tenfold);
    # the other way round (the far higher count first), the counts still weigh against one event.
    early, later = _vac(None, toll=3), _vac(None, toll=40)
    pa, pb = Profile(published="2024-03-05"), Profile(published="2024-03-07")
    rising = assess(early, later, RULES, pa=pa, pb=pb)  # type: ignore[arg-type]
    falling = assess(early, later, RULES, pa=pb, pb=pa)  # type: ignore[arg-type]
    assert any("a far higher later count" in r for r in rising.reasons)
    assert any("differ widely" in r for r in falling.reasons) and rising.score == falling.score + 0.5
    # "No one was killed" at first, five dead in a later report: a later count, not a contradiction of the toll.
    none_yet = replace(_vac(None), evidence=(Evidence("fatalities", 0, 9, "Synthetic"),))
    later_dead = assess(none_yet, _vac(None, toll=5), RULES, pa=pa, pb=pb)  # type: ignore[arg-type]
    first_dead = assess(none_yet, _vac(None, toll=5), RULES, pa=pb, pb=pa)  # type: ignore[arg-type]
    assert any("none at first" in r for r in later_dead.reasons)
    assert later_dead.score == first_dead.score + 1.0


def test_decision_undated_reports_that_write_dates_a_year_apart_are_weak_evidence() -> None:
    # Synthetic: two undated reports of an attack in one town, neither with a publication date; one writes out a
    # date of March 2024, the other of March 2025 (the same day a year on): not one fresh incident.
    a, b = _vac(None, toll=4), _vac(None, toll=4)
    near = _score(a, b, Profile(latest="2024-03-01", written_month="2024-03"),
                  Profile(latest="2024-03-01", written_month="2024-03"))
    apart = _score(a, b, Profile(latest="2024-03-01", written_month="2024-03"),
                   Profile(latest="2025-03-01", written_month="2025-03"))
    assert near >= RULES.min_score > apart and near - apart == 3.0


def test_decision_an_older_date_a_fresh_page_writes_in_background_is_no_gap_between_reports() -> None:
    # Synthetic: two undated pages with no publication date or date line tell one attack; one writes a date of its
    # day, the other only the date of an earlier attack on the town a year before. Each latest date is only a
    # lower bound of its page's writing day: no penalty for the year between them.
    a, b = _vac(None, toll=4), _vac(None, toll=4)
    near = _score(a, b, Profile(latest="2024-03-05"), Profile(latest="2024-03-07"))
    background = _score(a, b, Profile(latest="2025-03-05"), Profile(latest="2024-01-10"))
    assert background == near >= RULES.min_score


def test_decision_a_higher_toll_written_days_later_is_no_later_count_of_a_different_incident() -> None:
    # Synthetic: two attacks on one town a week apart, the later one deadlier (0 then 7; 2 then 15). Publication
    # order alone says nothing of which count is later: the tolls still weigh against as in the other order.
    pa, pb = Profile(published="2024-03-05"), Profile(published="2024-03-13")
    none_yet = replace(_vac(None), evidence=(Evidence("fatalities", 0, 9, "Synthetic"),))
    for low, high in ((none_yet, _vac(None, toll=7)), (_vac(None, toll=2), _vac(None, toll=15))):
        later = assess(low, high, RULES, pa=pa, pb=pb)  # type: ignore[arg-type]
        earlier = assess(low, high, RULES, pa=pb, pb=pa)  # type: ignore[arg-type]
        assert later.score == earlier.score, later.reasons
        assert later.score < _score(_vac(None, toll=7), _vac(None, toll=7), pa, pb)
    # Stated as an update ("the toll rose to 15"), the higher count is a later count whatever the days between.
    update = assess(_vac(None, toll=2), _vac(None, toll=15), RULES, pa=pa,  # type: ignore[arg-type]
                    pb=replace(pb, toll_update=True))
    assert update.score == assess(_vac(None, toll=2), _vac(None, toll=15), RULES,  # type: ignore[arg-type]
                                  pa=pa, pb=pb).score + 0.5


# -- round of 2026-12-07 11:40: a district inside the city another report names; a bombing's target as its only party

_UAG_IQ = "Unidentified Armed Group (Iraq)"
_CIV_IQ = "Civilians (Iraq)"
_CITY, _PART = Profile(population=7_216_000), Profile(population=1_211_849)  # a city of 7 million, a district of 1


def _blast(place: str, toll: int, day: str | None = DAY, sub: str = "Suicide bomb") -> object:
    return ev(place, day, sub, _UAG_IQ, _CIV_IQ, toll)


def test_decision_a_district_inside_the_city_another_report_names_is_one_place() -> None:
    # Synthetic: one outlet places a market bombing in a district of a large city (1.2 million people, 7.6 km from
    # the centre), another in the city itself; the same day, tolls of 14 and 12. The district lies within the city's
    # extent (the gazetteer's population at 10,000 people per km2: 15 km for 7 million): one place at two precisions.
    found = assess(_blast("Sadr City", 14), _blast("Baghdad", 12, sub="Remote explosive/landmine/IED"),  # type: ignore[arg-type]
                   RULES, pa=_PART, pb=_CITY)
    assert found.ok and found.score >= RULES.min_score, found.reasons
    assert any("lies inside Baghdad" in r for r in found.reasons)
    # Without the gazetteer's population (a stored record with no profile) the two names are two locations.
    assert assess(_blast("Sadr City", 14), _blast("Baghdad", 12), RULES).failed == "place"  # type: ignore[arg-type]


def test_decision_a_district_and_its_city_need_a_detail_of_the_incident() -> None:
    # Synthetic: a blast in the district and a blast in the city, the same day, neither toll nor target nor named
    # group in common: a large city has several incidents a day, so the place is not one without a detail.
    found = assess(_blast("Sadr City", 0), _blast("Baghdad", 0), RULES, pa=_PART, pb=_CITY)  # type: ignore[arg-type]
    assert not found.ok and found.failed == "place", found.reasons
    # Tolls far apart tie nothing either (9 and 40: another incident of the city).
    assert not assess(_blast("Sadr City", 9), _blast("Baghdad", 40), RULES, pa=_PART, pb=_CITY).ok  # type: ignore[arg-type]


def test_decision_a_district_and_its_city_stay_two_places_when_the_gazetteer_says_so() -> None:
    # Synthetic: two towns of a size (the larger not three times the other) are two towns however close; a town
    # beyond the city's extent (a district seat 7 km from a city of 1.1 million, whose extent is 6 km) is another
    # town; and two reports days apart stay two incidents whatever the place (the same city, the same method).
    a, b = _blast("Sadr City", 14), _blast("Baghdad", 14)
    assert not assess(a, b, RULES, pa=Profile(population=3_000_000), pb=_CITY).ok  # type: ignore[arg-type]
    town, seat = ev("Maiduguri", DAY, fatalities=9), ev("Jere", DAY, fatalities=9)
    assert assess(town, seat, RULES, pa=Profile(population=1_110_000), pb=Profile()).failed == "place"
    later = _blast("Baghdad", 14, day="2024-03-10")
    assert assess(a, later, RULES, pa=_PART, pb=_CITY).failed == "date"  # type: ignore[arg-type]


def test_decision_a_bombing_that_names_only_the_state_forces_it_hit_names_its_target() -> None:
    # Synthetic: "a roadside bomb struck an army convoy" names no perpetrator; extraction gives the army as the
    # record's only party. Another outlet names the group that planted the bomb and the army as its target: the
    # bomber is unnamed in one report, not another one.
    army = "Military Forces of Nigeria (2023-)"
    hit = ev("Konduga", DAY, "Remote explosive/landmine/IED", army, None, 5)
    claimed = ev("Konduga", DAY, "Remote explosive/landmine/IED", "ISWAP", army, 5)
    found = assess(hit, claimed, RULES)
    assert found.ok and found.score >= RULES.min_score, found.reasons
    assert any("only party in one report and its target in the other" in r for r in found.reasons)
    # Shelling is what state forces do: the army shelling the town and a group shelling the army are two events.
    shelled = ev("Konduga", DAY, "Shelling/artillery/missile attack", army, None, 5)
    assert assess(shelled, replace(claimed, sub_event_type="Shelling/artillery/missile attack"), RULES).failed == "actors"
    # Another state's forces as the target are no party of this bombing; a second actor means the record names both.
    assert assess(hit, replace(claimed, actor2="Military Forces of Chad (2021-)"), RULES).failed == "actors"
    assert assess(replace(hit, actor2="Civilians (Nigeria)"), claimed, RULES).failed == "actors"


def test_decision_two_reports_naming_one_village_the_gazetteer_lacks_name_one_place() -> None:
    # Synthetic: the gazetteer does not know the village both outlets name, so one record has only the province and
    # the other only the country; the same village named by both is a place in common, not "only the country".
    prov = ev("Gwoza", DAY, _VAC, "JNIM", _CIV, 14, gp=3)
    bare = ev(None, None, _VAC, "JNIM", _CIV, 14, country="Nigeria")
    village = Profile(unresolved=("wendoubra",))
    found = assess(prov, bare, RULES, pa=village, pb=replace(village, weekday=1))
    assert found.ok and found.score >= RULES.min_score and any("wendoubra" in r for r in found.reasons), found.reasons
    assert assess(prov, bare, RULES, pb=Profile(weekday=1)).score == found.score - 3.0  # -1.5 without it
    # Two villages are no place in common; a day apart still contradicts (a village attacked twice in a week).
    other = assess(prov, bare, RULES, pa=village, pb=Profile(unresolved=("kobou",), weekday=1))
    assert other.score == found.score - 3.0
    assert not assess(prov, replace(prov, event_date="2024-03-08"), RULES, pa=village, pb=village).ok
    # One report placed the village at the district town it also gave, the other placed it nowhere: the village both
    # name is their place in common. Two records at towns are compared by their towns, whatever names they share.
    town = ev("Gwoza", DAY, _VAC, "JNIM", _CIV, 14)
    assert any("wendoubra" in r for r in assess(town, bare, RULES, pa=village, pb=village).reasons)
    assert assess(town, ev("Konduga", DAY, _VAC, "JNIM", _CIV, 14), RULES, pa=village, pb=village).failed == "place"


def test_decision_a_group_named_by_its_family_is_no_different_actor() -> None:
    # Synthetic: one outlet writes "al-Qaeda-linked militants" (Al Qaeda), another names the affiliate (JNIM); one
    # writes "the Taliban", another the Pakistani Taliban. The same day, town and toll: one attack, its group named at
    # two precisions (data/dedup/actors.toml; 0 points, no evidence either way).
    jnim, aqim = "JNIM: the Sahel affiliate", "AQIM: the Maghreb affiliate"  # synthetic names under ACLED's acronyms
    for umbrella, member in (("Al Qaeda", jnim), ("Taliban", "TTP: Tehreek-i-Taliban Pakistan"),
                             ("Islamic State", "Islamic State (West Africa) - Lake Chad Faction")):
        found = assess(_vac(toll=9, actor1=umbrella), _vac(toll=9, actor1=member), RULES)  # type: ignore[arg-type]
        assert found.ok and found.score == _score(_vac(toll=9), _vac(toll=9)) - 0.0, found.reasons
        assert any("of the family outlets call" in r for r in found.reasons)
    # Two affiliates of one family are two groups; a group of another family is another actor.
    assert assess(_vac(toll=9, actor1=aqim), _vac(toll=9, actor1=jnim), RULES).failed == "actors"  # type: ignore[arg-type]
    assert assess(_vac(toll=9, actor1="Al Qaeda"), _vac(toll=9, actor1="Islamic State (Sahel)"),  # type: ignore[arg-type]
                  RULES).failed == "actors"
    # Boko Haram (JAS) and ISWAP are not a family here: with them an undated report placed in time by its weekday
    # joined another faction's attack on the town months earlier in some arrival orders.
    jas = "Boko Haram - JAS"  # synthetic short form of ACLED's name of the faction
    assert assess(_vac(toll=9, actor1=jas), _vac(toll=9, actor1="Islamic State (West Africa) - Lake Chad Faction"),  # type: ignore[arg-type]
                  RULES).failed == "actors"


def test_decision_weekdays_a_day_apart_are_one_night_only_when_the_hours_allow() -> None:
    # Synthetic: "late on Monday" and "early Tuesday" are one night; "Monday afternoon" and "Tuesday night" are a day
    # and more apart (an explosion at a market one afternoon, an attack on farmers the next night): evidence against.
    monday, tuesday = Profile(weekday=0), Profile(weekday=1)
    night = _score(_vac(None, toll=5), _vac(None, toll=5), replace(monday, daypart="late"), replace(tuesday, daypart="early"))
    plain = _score(_vac(None, toll=5), _vac(None, toll=5), monday, tuesday)
    apart = assess(_vac(None, toll=5), _vac(None, toll=5), RULES,  # type: ignore[arg-type]
                   pa=replace(monday, daypart="day"), pb=replace(tuesday, daypart="late"))
    assert night == plain == apart.score + 1.0, apart.reasons
    assert any("a day apart and not one night (Monday day / Tuesday late)" in r for r in apart.reasons)
    # Whichever report comes first: the earlier weekday is the one whose hours count as the start.
    assert _score(_vac(None, toll=5), _vac(None, toll=5), replace(tuesday, daypart="early"),
                  replace(monday, daypart="late")) == night


# -- round of 2026-12-07 14:00: two towns of one district, a crowd told two ways, placeless reports in the mean ----

_SHELL_SY = "Shelling/artillery/missile attack"
_GOV_SY = "Military Forces of Syria (2000-2024)"
_CIV_SY = "Civilians (Syria)"


def test_decision_two_towns_of_one_district_are_one_place_when_a_detail_ties_them() -> None:
    # Synthetic: one outlet places a shelling that killed 7 in Sarmin, another in Idlib, the district's town 9 km
    # off (both in the district the gazetteer calls Idleb), the same day: the village and its district town, one
    # incident. Before this round: "different locations", a contradiction.
    village, town = ev("Sarmin", DAY, _SHELL_SY, _GOV_SY, _CIV_SY, 7), ev("Idlib", DAY, _SHELL_SY, _GOV_SY, _CIV_SY, 7)
    found = assess(village, town, RULES)
    assert found.ok and found.score >= RULES.min_score, found.reasons
    assert any("in one district (Idleb)" in r for r in found.reasons)
    # The confusable cases stay apart: nothing of the incident in common (no toll, target or named group), days
    # apart (two shellings of the district that week), two districts (Jere and Maiduguri, 7 km apart).
    bare = assess(replace(village, fatalities=0, evidence=()), replace(town, fatalities=0, evidence=()), RULES)
    assert bare.failed == "place", bare.reasons
    assert assess(village, replace(town, event_date="2024-03-09"), RULES).failed == "date"
    assert assess(ev("Jere", DAY, fatalities=9), ev("Maiduguri", DAY, fatalities=9), RULES).failed == "place"


def test_decision_the_same_count_of_injured_ties_two_reports() -> None:
    # Synthetic: one outlet tells a march that turned violent as a rally broken up, another as rioting; the same
    # day, the same town, 14 injured in both. The injured count is a detail of the incident as a toll is.
    rally = ev("Gao", DAY, "Peaceful protest", "Protesters (Mali)", None, injuries=14)
    riot = ev("Gao", DAY, "Violent demonstration", "Rioters (Mali)", None, injuries=14)
    found = assess(rally, riot, RULES)
    assert found.ok and found.score >= RULES.min_score, found.reasons
    assert any("same count of injured (14)" in r for r in found.reasons)
    # Without a tie, a rally and a riot of one town on one day stay two events (two crowds).
    assert assess(replace(rally, injuries=None), replace(riot, injuries=None), RULES).failed == "types-one-day"
    assert assess(replace(rally, injuries=3), riot, RULES).failed == "types-one-day"


def test_decision_a_crowd_told_with_one_group_by_two_outlets_is_tied() -> None:
    # Synthetic: the same named union marching in Gao, a rally to one outlet and a riot to another: the crowd's group
    # identifies it (two groups protesting are two events; one group in common ties the two reports).
    union = "Synthetic Transport Union"
    rally = ev("Gao", DAY, "Peaceful protest", "Protesters (Mali)", None, assoc_actor_1=union)
    riot = ev("Gao", DAY, "Violent demonstration", "Rioters (Mali)", None, assoc_actor_1=union)
    found = assess(rally, riot, RULES)
    assert found.ok and found.score >= RULES.min_score, found.reasons
    assert any("both crowds are told with" in r for r in found.reasons)
    # Another group, or none named on one side, leaves them apart.
    assert not assess(rally, replace(riot, assoc_actor_1="Synthetic Traders Association"), RULES).ok
    assert assess(rally, replace(riot, assoc_actor_1=None), RULES).failed == "types-one-day"


def test_linkage_a_report_placed_only_in_its_country_does_not_dilute_a_placed_join() -> None:
    # Synthetic: an event holds a report of an attack on Gwoza (8 killed, Tuesday) and a report of it placed only in
    # the country (no town: -1.5 with every placed report). A third outlet tells an attack on Gwoza with no day and
    # no toll: it fits the Gwoza report (3 points) and the countrywide report not at all ("only the country in
    # common"). The join is decided on the reports that place the incident; before, the countrywide report's
    # vagueness kept the Gwoza report out (mean 1.25).
    town = _src(ev("Gwoza", DAY, _VAC, _UAG, _CIV, 8), "a")
    bare = ev(None, None, _VAC, _UAG, _CIV, 9, country="Nigeria")
    country = _src(bare, "b", prof=Profile(weekday=1))
    new = _src(ev("Gwoza", None, _VAC, _UAG, _CIV), "c")
    assert assess(bare, new.record, RULES, pa=country.profile).score < 0 < RULES.min_score
    out = plan({"ev_a": [town, country]}, [new], RULES)
    joined = [g for g in out.groups if g.new]
    assert len(joined) == 1 and joined[0].stored == ["ev_a"]
    # A contradiction with the countrywide report still keeps it out (complete linkage): the countrywide report dates
    # the strike on Tuesday, the newcomer three days later; the undated Gwoza report alone would not say no.
    undated_town = _src(ev("Gwoza", None, _VAC, _UAG, _CIV, 8), "d")
    dated_country = _src(replace(bare, event_date=DAY, time_precision=1), "e")
    later = _src(ev("Gwoza", "2024-03-08", _VAC, _UAG, _CIV, 8), "f")
    assert assess(undated_town.record, later.record, RULES).ok
    out = plan({"ev_d": [undated_town, dated_country]}, [later], RULES)
    assert not any(g.new and g.stored for g in out.groups)


def test_decision_a_crowd_told_as_a_rally_and_mob_violence_a_day_apart_is_tied_by_its_cause() -> None:
    # Synthetic: a rally in Gao read from "on Tuesday" (5 March) and mob violence in Gao dated 6 March, both told
    # over the killing of a taxi driver: one crowd, its day a night off by the weekday reading.
    cause = ("driver", "killing", "motorbike", "taxi")
    rally = ev("Gao", DAY, "Peaceful protest", "Protesters (Mali)", None)
    riot = ev("Gao", "2024-03-06", "Mob violence", "Rioters (Mali)", None)
    weekday, explicit = Profile(date_kind="relative", weekday=1, cause=cause), Profile(date_kind="explicit", cause=cause)
    found = assess(rally, riot, RULES, pa=weekday, pb=explicit)
    assert found.ok and found.score >= RULES.min_score, found.reasons
    assert any(r.startswith("the same cause (driver, killing") for r in found.reasons)
    # Dated by its page's publication day (no date words of its own): the same.
    published = Profile(date_kind="inherited", published=DAY, cause=cause)
    assert _score(replace(rally, event_date=DAY), riot, published, explicit) >= RULES.min_score
    # Both dates written out and a day apart: two days, two events, whatever ties them.
    assert assess(rally, riot, RULES, pa=replace(weekday, date_kind="explicit"), pb=explicit).failed == "date"
    # No cause in common, or a single word of one: two crowds (a rally and a riot of one town are often two).
    other = replace(explicit, cause=("water", "cuts", "market"))
    assert assess(rally, riot, RULES, pa=weekday, pb=other).failed == "types-one-day"
    assert assess(rally, riot, RULES, pa=weekday, pb=replace(explicit, cause=("killing", "farmer"))).failed == \
        "types-one-day"


def test_decision_a_crowd_tie_needs_one_town_and_no_different_named_targets() -> None:
    # Synthetic: the same cause at another town (two crowds over one grievance), or with two different named
    # markets (two crowds at two sites), is no tie; the same number arrested is one.
    cause = ("driver", "killing", "motorbike", "taxi")
    weekday, explicit = Profile(date_kind="relative", weekday=1, cause=cause), Profile(date_kind="explicit", cause=cause)
    rally = ev("Gao", DAY, "Peaceful protest", "Protesters (Mali)", None)
    riot = ev("Gao", "2024-03-06", "Mob violence", "Rioters (Mali)", None)
    elsewhere = replace(riot, location="Ansongo", admin2="Ansongo", latitude=15.66, longitude=0.50)  # 90 km away
    assert not assess(rally, elsewhere, RULES, pa=weekday, pb=explicit).ok
    markets = (replace(weekday, targets=("market",), named=("market:grand sokoni",)),
               replace(explicit, targets=("market",), named=("market:washington",)))
    assert not assess(rally, riot, RULES, pa=markets[0], pb=markets[1]).ok
    held = (Profile(date_kind="relative", weekday=1, arrests=14), Profile(date_kind="explicit", arrests=14))
    found = assess(rally, riot, RULES, pa=held[0], pb=held[1])
    assert found.ok and "the same count of arrests (14)" in found.reasons
    assert not assess(rally, riot, RULES, pa=held[0], pb=replace(held[1], arrests=3)).ok


# -- round of 2026-12-07 17:00: a rally and a riot on one written day, the arrests of a crowd ------------------------

_RALLY_ML = ("Peaceful protest", "Protesters (Mali)")
_RIOT_ML = ("Violent demonstration", "Rioters (Mali)")
_WRITTEN = Profile(date_kind="explicit")


def _crowd_pair(day_b: str = DAY, **kw: object) -> tuple[object, object]:
    rally = ev("Gao", DAY, _RALLY_ML[0], _RALLY_ML[1], None)
    riot = ev("Gao", day_b, _RIOT_ML[0], _RIOT_ML[1], "Police Forces of Mali (2021-)", **kw)
    return rally, riot


def test_decision_a_rally_and_a_violent_demonstration_on_one_written_day_are_weighed_as_one_crowd() -> None:
    # Synthetic: one outlet tells a march in Gao on 5 March as a rally, another (who saw its end) as a violent
    # demonstration facing the police, both dates written out; nothing else in common. ACLED: a demonstration that
    # turns violent is one riot. The one-day refusal of two types no longer needs a tie; the evidence decides.
    rally, riot = _crowd_pair()
    found = assess(rally, riot, RULES, pa=_WRITTEN, pb=_WRITTEN)  # type: ignore[arg-type]
    assert found.ok and found.score >= RULES.min_score, found.reasons
    assert any("one crowd told two ways" in r for r in found.reasons)
    # A day read from a weekday (it may be a day off), or the page's date, keeps the refusal without a tie.
    weekday = Profile(date_kind="relative", weekday=1)
    assert assess(rally, riot, RULES, pa=weekday, pb=_WRITTEN).failed == "types-one-day"  # type: ignore[arg-type]
    assert assess(rally, riot, RULES, pa=Profile(date_kind="inherited"), pb=_WRITTEN).failed == \
        "types-one-day"  # type: ignore[arg-type]


def test_decision_crowds_of_one_city_on_two_written_days_stay_apart() -> None:
    # Synthetic negative: a rally on 5 March and a violent demonstration on 7 March in Gao: the same city days apart.
    rally, riot = _crowd_pair("2024-03-07")
    assert assess(rally, riot, RULES, pa=_WRITTEN, pb=_WRITTEN).failed == "date"  # type: ignore[arg-type]


def test_decision_what_tells_two_crowds_of_one_day_apart_still_does() -> None:
    # Synthetic negatives, all on one written day in Gao: a rally and a riot of two named groups (a union marching,
    # traders rioting), at two named markets, over two different killings, counted 500 and 20, or a mob fighting the
    # police that the rally's report does not name (a violent crowd that is not demonstrating) stay apart.
    rally, riot = _crowd_pair()
    union = replace(rally, assoc_actor_1="Synthetic Transport Union")  # type: ignore[type-var]
    traders = replace(riot, assoc_actor_1="Synthetic Traders Association")  # type: ignore[type-var]
    assert assess(union, traders, RULES, pa=_WRITTEN, pb=_WRITTEN).failed == "actors"
    markets = (replace(_WRITTEN, targets=("market",), named=("market:grand sokoni",)),
               replace(_WRITTEN, targets=("market",), named=("market:washington",)))
    assert not assess(rally, riot, RULES, pa=markets[0], pb=markets[1]).ok  # type: ignore[arg-type]
    causes = (replace(_WRITTEN, cause=("killing", "vendor")), replace(_WRITTEN, cause=("shooting", "student")))
    assert assess(rally, riot, RULES, pa=causes[0], pb=causes[1]).failed == "types-one-day"  # type: ignore[arg-type]
    sizes = (replace(_WRITTEN, crowd=500), replace(_WRITTEN, crowd=20))
    assert assess(rally, riot, RULES, pa=sizes[0], pb=sizes[1]).failed == "types-one-day"  # type: ignore[arg-type]
    assert assess(rally, riot, RULES, pa=replace(_WRITTEN, crowd=500),  # type: ignore[arg-type]
                  pb=replace(_WRITTEN, crowd=120)).ok  # outlets' counts of one crowd differ a few times
    mob = replace(riot, sub_event_type="Mob violence")  # type: ignore[type-var]
    assert assess(rally, mob, RULES, pa=_WRITTEN, pb=_WRITTEN).failed == "types-one-day"


def test_linkage_a_rally_and_a_violent_demonstration_of_one_written_day_join_in_either_order() -> None:
    # Synthetic: the two outlets of the march above, stored in either order, give one event.
    rally, riot = _crowd_pair()
    a, b = _src(rally, "a", prof=_WRITTEN), _src(riot, "b", prof=_WRITTEN)
    for stored, new in ((a, b), (b, a)):
        out = plan({"ev_1": [stored]}, [new], RULES)
        assert [g.stored for g in out.groups if g.new] == [["ev_1"]]


# -- round of 2026-12-07 17:30: weekday-read days of one crowd, mob violence told as a rally, a scene undated -------

_THU, _FRI = "2024-03-07", "2024-03-08"  # a Thursday and a Friday


def _weekday_read(day: str, published: str) -> Profile:
    """A record dated by the weekday its sentences name, read against its page's publication date (synthetic)."""
    from datetime import date

    return Profile(date_kind="relative", weekday=date.fromisoformat(day).weekday(), published=published)


def test_decision_two_weekday_read_days_of_one_date_are_as_good_as_written_ones() -> None:
    # Synthetic: outlet a, published Saturday 9 March, tells a march in Gao "on Thursday"; outlet b, published
    # Friday 8 March, tells rioting in Gao "on Thursday" against the police. Both weekdays resolve to 7 March: the
    # day is as sure as two written dates, so the rally and the violent demonstration are weighed as one crowd.
    rally, riot = _crowd_pair()
    rally, riot = replace(rally, event_date=_THU), replace(riot, event_date=_THU)  # type: ignore[type-var]
    pa, pb = _weekday_read(_THU, "2024-03-09"), _weekday_read(_THU, _FRI)
    found = assess(rally, riot, RULES, pa=pa, pb=pb)  # type: ignore[arg-type]
    assert found.ok and found.score >= RULES.min_score, found.reasons
    assert any("read from a weekday against its page's date" in r for r in found.reasons)
    # A weekday-read day and a written one of the same date: the same.
    assert assess(rally, riot, RULES, pa=pa, pb=_WRITTEN).ok  # type: ignore[arg-type]


def test_decision_weekday_read_days_that_do_not_agree_exactly_keep_the_refusal() -> None:
    # Synthetic negatives: a rally read "on Thursday" and a riot read "on Friday" (a day apart: a night off, or two
    # crowds); a day read from "yesterday" (no weekday: a day off when the page is dated the next morning); a date
    # whose weekday is not the one named, or with no publication date to read it against; a weekday resolved more
    # than a week before the page.
    rally, riot = _crowd_pair()
    rally, riot = replace(rally, event_date=_THU), replace(riot, event_date=_THU)  # type: ignore[type-var]
    thu = _weekday_read(_THU, "2024-03-09")
    fri = replace(riot, event_date=_FRI)  # type: ignore[type-var]
    assert assess(rally, fri, RULES, pa=thu, pb=_weekday_read(_FRI, "2024-03-09")).failed == "types-one-day"
    yesterday = Profile(date_kind="relative", published=_FRI)
    assert assess(rally, riot, RULES, pa=thu, pb=yesterday).failed == "types-one-day"  # type: ignore[arg-type]
    assert assess(rally, riot, RULES, pa=thu, pb=replace(thu, weekday=4)).failed == "types-one-day"
    assert assess(rally, riot, RULES, pa=thu, pb=replace(thu, published=None)).failed == "types-one-day"
    assert assess(rally, riot, RULES, pa=thu, pb=replace(thu, published="2024-03-20")).failed == "types-one-day"


def test_decision_weekday_read_crowds_of_one_city_a_week_apart_stay_apart() -> None:
    # Synthetic confusable negative: a rally in Gao "on Thursday" (7 March, page of 8 March) and rioting in Gao
    # "on Thursday" a week later (14 March, page of 15 March): the same weekday, the same city, two crowds.
    rally, riot = _crowd_pair()
    rally = replace(rally, event_date=_THU)  # type: ignore[type-var]
    later = replace(riot, event_date="2024-03-14")  # type: ignore[type-var]
    found = assess(rally, later, RULES, pa=_weekday_read(_THU, _FRI),  # type: ignore[arg-type]
                   pb=_weekday_read("2024-03-14", "2024-03-15"))
    assert found.failed == "date", found.reasons


_MOB_ML = ("Mob violence", "Rioters (Mali)")


def _mob(**kw: object) -> object:
    return ev("Gao", DAY, _MOB_ML[0], _MOB_ML[1], kw.pop("actor2", None), **kw)


def test_decision_mob_violence_and_a_rally_of_one_day_and_town_are_weighed_as_one_crowd() -> None:
    # Synthetic: one outlet tells a march through Gao on 5 March as a rally, another tells the same crowd smashing
    # shop windows as mob violence (no one attacked), both days written out, nothing that tells them apart: one crowd
    # told two ways.
    rally = _crowd_pair()[0]
    found = assess(rally, _mob(), RULES, pa=_WRITTEN, pb=_WRITTEN)  # type: ignore[arg-type]
    assert found.ok and found.score >= RULES.min_score, found.reasons
    assert any("one crowd told two ways" in r for r in found.reasons)
    # A mob that attacked the town hall that the rally also marched on: a named target of both ties them anyway.
    hall = replace(_WRITTEN, targets=("government building",), named=("government building:gao town hall",))
    assert _score(rally, _mob(), hall, hall) >= RULES.min_score
    # Days read from weekdays that resolve to one date: the same.
    assert assess(rally, _mob(), RULES, pa=_weekday_read(DAY, "2024-03-06"),  # type: ignore[arg-type]
                  pb=_weekday_read(DAY, "2024-03-07")).ok


def test_decision_what_tells_a_mob_from_a_rally_of_one_day_keeps_them_apart() -> None:
    # Synthetic negatives, all in Gao on 5 March, written out: a mob that beat people (civilians the rally's report
    # does not name), a mob that attacked a community, a mob that fought the police when the rally names no force,
    # crowds counted 2,000 and 40, different named targets, different causes, and a mob a day later.
    rally = _crowd_pair()[0]
    beaten = _mob(actor2="Civilians (Mali)")
    assert assess(rally, beaten, RULES, pa=_WRITTEN, pb=_WRITTEN).failed == "types-one-day"  # type: ignore[arg-type]
    herders = _mob(actor2="Civilians (Mali)", assoc_actor_2="Synthetic Herder Community (Mali)")
    assert assess(rally, herders, RULES, pa=_WRITTEN, pb=_WRITTEN).failed == "types-one-day"  # type: ignore[arg-type]
    police = _mob(actor2="Police Forces of Mali (2021-)")
    assert assess(rally, police, RULES, pa=_WRITTEN, pb=_WRITTEN).failed == "types-one-day"  # type: ignore[arg-type]
    # The police that broke up the rally are its intervener, not the mob's victims: a mob that fought (or killed) a
    # policeman is not named by the rally's report.
    broken_up = replace(rally, actor2="Police Forces of Mali (2021-)")  # type: ignore[type-var]
    assert assess(broken_up, police, RULES, pa=_WRITTEN, pb=_WRITTEN).failed == "types-one-day"  # type: ignore[arg-type]
    sizes = (replace(_WRITTEN, crowd=2000), replace(_WRITTEN, crowd=40))
    assert assess(rally, _mob(), RULES, pa=sizes[0], pb=sizes[1]).failed == "types-one-day"  # type: ignore[arg-type]
    markets = (replace(_WRITTEN, targets=("market",), named=("market:grand sokoni",)),
               replace(_WRITTEN, targets=("market",), named=("market:washington",)))
    assert not assess(rally, _mob(), RULES, pa=markets[0], pb=markets[1]).ok  # type: ignore[arg-type]
    causes = (replace(_WRITTEN, cause=("killing", "vendor")), replace(_WRITTEN, cause=("arrest", "imam")))
    assert assess(rally, _mob(), RULES, pa=causes[0], pb=causes[1]).failed == "types-one-day"  # type: ignore[arg-type]
    assert assess(rally, _mob(), RULES, pa=_WRITTEN, pb=_WRITTEN).ok  # type: ignore[arg-type]
    later = replace(_mob(), event_date="2024-03-06")  # type: ignore[type-var]
    assert assess(rally, later, RULES, pa=_WRITTEN, pb=_WRITTEN).failed == "date"  # type: ignore[arg-type]


def test_decision_a_mob_that_beat_the_person_a_rally_was_against_is_that_crowd() -> None:
    # Synthetic: a rally in Gao on 5 March against a herbalist accused of poisoning a well, and a mob that beat a
    # herbalist accused of poisoning a well (victim: civilians): the mob's victim is the rally's cause (profile
    # reads both as cause words), and two shared words tie them as one crowd told two ways.
    rally, beaten = _crowd_pair()[0], _mob(actor2="Civilians (Mali)")
    cause = replace(_WRITTEN, cause=("herbalist", "poisoning", "well"))
    found = assess(rally, beaten, RULES, pa=cause, pb=cause)  # type: ignore[arg-type]
    assert found.ok and any(r.startswith("the same cause (herbalist, poisoning") for r in found.reasons)
    # Negatives: a rally over fuel prices (an issue: no cause read) and a mob that beat a trader; a rally against
    # one accused person and a mob that beat another (one shared word, the kind of person, is not enough).
    fuel, trader = replace(_WRITTEN, cause=()), replace(_WRITTEN, cause=("grain", "hoarding", "trader"))
    assert assess(rally, beaten, RULES, pa=fuel, pb=trader).failed == "types-one-day"  # type: ignore[arg-type]
    other = replace(_WRITTEN, cause=("herbalist", "okonkwo", "theft"))
    named = replace(_WRITTEN, cause=("herbalist", "danladi", "fraud"))
    assert assess(rally, beaten, RULES, pa=named, pb=other).failed == "types-one-day"  # type: ignore[arg-type]


def test_linkage_mob_violence_and_a_rally_of_one_day_join_in_either_order() -> None:
    # Synthetic: the two outlets of the march above, stored in either order, give one event; a mob that attacked a
    # community that day stays an event of its own.
    rally = _src(_crowd_pair()[0], "a", prof=_WRITTEN)
    mob = _src(_mob(), "b", prof=_WRITTEN)
    for stored, new in ((rally, mob), (mob, rally)):
        out = plan({"ev_1": [stored]}, [new], RULES)
        assert [g.stored for g in out.groups if g.new] == [["ev_1"]]
    herders = _src(_mob(actor2="Civilians (Mali)", assoc_actor_2="Synthetic Herder Community (Mali)"), "c",
                   prof=_WRITTEN)
    out = plan({"ev_1": [rally]}, [herders], RULES)
    assert not any(g.new and g.stored for g in out.groups)


# -- round of 2026-12-07 18:10: who gathered, the police as a rally's intervener, the merged crowd's type ---------

def test_decision_a_mob_that_killed_a_policeman_is_not_the_rally_the_police_dispersed() -> None:
    # Synthetic negative: traders rally in Gao on 5 March and the police disperse them; a mob kills a policeman in
    # Gao the same written day. The rally's police are its intervener, not the mob's victims: two events.
    rally = replace(_crowd_pair()[0], sub_event_type="Protest with intervention",  # type: ignore[type-var]
                    actor2="Police Forces of Mali (2021-)")
    killed = _mob(actor2="Police Forces of Mali (2021-)", fatalities=1)
    assert assess(rally, killed, RULES, pa=_WRITTEN, pb=_WRITTEN).failed == "types-one-day"  # type: ignore[arg-type]
    # Positive control: a violent demonstration against that police (not a mob) is the rally's end, weighed on.
    riot = _crowd_pair()[1]
    assert assess(rally, riot, RULES, pa=_WRITTEN, pb=_WRITTEN).ok  # type: ignore[arg-type]


def test_decision_crowds_told_with_different_groups_stay_apart_whatever_their_types() -> None:
    # Synthetic negatives in Gao on one written day, generic 'Protesters'/'Rioters' on both sides: farmers marching
    # and taxi riders rioting; market traders rioting and students rioting (the same sub-event type).
    rally, riot = _crowd_pair()
    farmers, riders = replace(_WRITTEN, group=("farmer",)), replace(_WRITTEN, group=("rider",))
    assert assess(rally, riot, RULES, pa=farmers, pb=riders).failed == "group"  # type: ignore[arg-type]
    traders, students = replace(_WRITTEN, group=("trader",)), replace(_WRITTEN, group=("student",))
    assert assess(riot, riot, RULES, pa=traders, pb=students).failed == "group"  # type: ignore[arg-type]
    assert assess(_mob(), _mob(), RULES, pa=traders, pb=students).failed == "group"  # type: ignore[arg-type]


def test_decision_crowds_told_with_one_group_are_tied_by_it() -> None:
    # Synthetic positives: traders march in Gao "on Tuesday" (read against the page of Wednesday) and traders riot
    # in Gao on the written day: the group ties them (as a union would), even when one day is read from a weekday;
    # a group told by one report only is no contradiction.
    rally, riot = _crowd_pair()
    traders = replace(_WRITTEN, group=("trader",))
    weekday = replace(_weekday_read(DAY, "2024-03-06"), group=("trader",))
    found = assess(rally, riot, RULES, pa=weekday, pb=traders)  # type: ignore[arg-type]
    assert found.ok and found.score >= RULES.min_score, found.reasons
    assert any("traders" in r for r in found.reasons)
    assert assess(rally, riot, RULES, pa=traders, pb=_WRITTEN).ok  # type: ignore[arg-type]
    # Not crowds: a group noun says nothing of two attacks.
    assert _ok(_vac(), _vac(), traders, replace(_WRITTEN, group=("student",)))


def test_canonical_a_crowd_told_as_a_rally_and_a_riot_is_the_riot() -> None:
    # Synthetic: two outlets tell a march in Gao as a peaceful protest, one (who saw its end) as a violent
    # demonstration: ACLED codes a demonstration that turns violent as a riot, whatever the votes or the order.
    rally, riot = _crowd_pair()
    for order in ((rally, rally, riot), (riot, rally, rally)):
        out = canonical_event([_src(r, d) for r, d in zip(order, "abc", strict=True)], event_id="ev_9")
        assert (out["event_type"], out["sub_event_type"]) == ("Riots", "Violent demonstration")
    # Negative: rallies alone stay a protest.
    out = canonical_event([_src(rally, "a"), _src(rally, "b")], event_id="ev_10")
    assert out["event_type"] == "Protests"


def test_decision_two_villages_named_below_one_place_are_two_events() -> None:
    # Synthetic negatives: gunmen attack "Kwari village" and "Dogon Ruwa village", both coded at the district town
    # Gwoza on one written day, 30 and 8 killed; the same with a church in one and a market in the other.
    a, b = _vac(toll=30), _vac(toll=8)
    kwari, ruwa = replace(_WRITTEN, villages=("kwari",)), replace(_WRITTEN, villages=("dogon ruwa",))
    found = assess(a, b, RULES, pa=kwari, pb=ruwa)  # type: ignore[arg-type]
    assert found.failed == "place" and any("different villages" in r for r in found.reasons)
    church = replace(kwari, targets=("church",), named=("church:kwari",))
    market = replace(ruwa, targets=("market",), named=("market:dogon ruwa",))
    assert assess(_vac(toll=12), _vac(toll=5), RULES, pa=church, pb=market).failed == "place"  # type: ignore[arg-type]


def test_decision_one_village_told_twice_or_by_one_report_only_is_no_contradiction() -> None:
    # Synthetic positives: the same village in two spellings or with more words ("Kwari" / "Kwari Dutse"), a village
    # named by one report only (the other says only Gwoza), and two villages tied by a named target of both.
    a, b = _vac(toll=30), _vac(toll=30)
    kwari = replace(_WRITTEN, villages=("kwari",))
    assert _ok(a, b, kwari, replace(_WRITTEN, villages=("kwari dutse",)))
    assert _ok(a, b, kwari, replace(_WRITTEN, villages=("kwary",)))
    assert _ok(a, b, kwari, _WRITTEN)
    school = ("school",), ("school:lakeside",)
    assert _ok(a, b, replace(kwari, targets=school[0], named=school[1]),
               replace(_WRITTEN, villages=("ngoshe",), targets=school[0], named=school[1]))


def test_a_crowd_near_one_town_is_not_a_crowd_at_another_town_20_km_away() -> None:
    # Synthetic: a protest "near Maiduguri" (geo_precision 2) and a protest at another town about 19 km away on the
    # same day. A crowd gathers at a town's edge: "near X" names X, so the two are two crowds (ACLED codes one event
    # per location). A strike "near" a town may lie out in the country, and keeps the wider reach.
    elsewhere = {"latitude": 11.70, "longitude": 13.25}
    near = ev("Maiduguri", DAY, "Peaceful protest", "Protesters (Nigeria)", None, gp=2)
    other = ev("Konduga", DAY, "Peaceful protest", "Protesters (Nigeria)", None, **elsewhere)
    found = assess(near, other, RULES)
    assert not found and found.failed == "place"
    # The toll ties them: a riot "near X" that another outlet tells at the village where it happened, with its dead.
    riot_near = ev("Maiduguri", DAY, "Violent demonstration", "Rioters (Nigeria)", None, 2, gp=2)
    riot_there = ev("Konduga", DAY, "Violent demonstration", "Rioters (Nigeria)", None, 2, **elsewhere)
    assert _ok(riot_near, riot_there)
    assert not _ok(replace(riot_near, fatalities=0, evidence=()), replace(riot_there, fatalities=0, evidence=()))
    strike = ev("Maiduguri", DAY, "Air/drone strike", "Military Forces of Nigeria (2015-2023)", None, gp=2)
    assert _ok(strike, ev("Konduga", DAY, "Air/drone strike", "Military Forces of Nigeria (2015-2023)", None,
                          **elsewhere))
