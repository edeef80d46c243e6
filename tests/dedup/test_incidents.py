"""One report, one incident (dedup.incidents) and the recalls a report dates before its lead (dedup.profile).

All records and texts are synthetic, written for these tests.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import replace
from pathlib import Path

from eventcoder.dedup.canonical import SourceRecord
from eventcoder.dedup.incidents import group_incidents, told_apart
from eventcoder.dedup.merge import MergeRules, assess
from eventcoder.dedup.profile import Profile, profiles
from eventcoder.dedup.scenarios import ev, report_text
from eventcoder.model import Document, EventRecord, Evidence, Sentence, document_id
from eventcoder.store.db import open_engine
from eventcoder.store.ingest import store_documents
from eventcoder.store.query import query_events

RULES = MergeRules()
DAY = "2024-03-01"
_VAC = "Attack"
_UAG = "Unidentified Armed Group (Nigeria)"
_CIV = "Civilians (Nigeria)"
_TOLL = (Evidence("fatalities", 0, 9, "Synthetic"),)


def _src(rec: EventRecord, i: int, prof: Profile | None = None, doc: str = "a") -> SourceRecord:
    return SourceRecord(rec, doc, i, doc, "origin", profile=prof or Profile(lead=i == 0))


def _groups(*recs: EventRecord) -> list[list[int]]:
    return [[s.record_index for s in members] for members, _ in group_incidents(
        [_src(r, i) for i, r in enumerate(recs)], RULES)]


def test_incidents_the_parts_of_one_attack_are_one_incident() -> None:
    # The blast (a suicide bombing, near the city) and the attack on the crowd, undated, in the same report.
    blast = ev("Maiduguri", None, "Suicide bomb", _UAG, _CIV, 12, gp=2)
    crowd = ev("Maiduguri", None, _VAC, "Military Forces of Nigeria (2015-2023)", _CIV, 10)
    fragment = ev(None, None, "Armed clash", _UAG, None, country="Nigeria")
    out = group_incidents([_src(blast, 0), _src(crowd, 1), _src(fragment, 2)], RULES)
    assert [[s.record_index for s in g] for g, _ in out] == [[0, 1, 2]]
    assert "part of the incident of record 0" in out[0][1][0]


def test_incidents_the_army_and_the_police_are_one_side_within_a_report() -> None:
    siege = ev("Gwoza", DAY, "Armed clash", _UAG, "Police Forces of Nigeria (2015-2023)", 4)
    assault = ev("Gwoza", DAY, "Armed clash", _UAG, "Military Forces of Nigeria (2015-2023)", 4)
    assert _groups(siege, assault) == [[0, 1]]
    # Across reports too, the state's forces are one side: sharing it is weak evidence (half a named group's).
    found = assess(siege, assault)
    assert found and "state forces of nigeria" in " ".join(found.reasons)


def test_incidents_two_tolls_of_one_kind_are_two_incidents_the_report_counts_apart() -> None:
    one, two = ev("Idlib", DAY, "Air/drone strike", fatalities=2), ev("Idlib", DAY, "Air/drone strike", fatalities=5)
    assert _groups(one, two) == [[0], [1]]
    assert "counts them apart" in (told_apart(_src(one, 0), _src(two, 1)) or "")


def test_incidents_a_toll_stated_as_an_update_revises_the_count_it_does_not_count_a_second_incident() -> None:
    # Synthetic: "a car bomb killed 20 in X ... the death toll later rose to 32": one count revised, one incident.
    early, later = ev("Idlib", DAY, "Remote explosive/landmine/IED", fatalities=20), \
        ev("Idlib", DAY, "Remote explosive/landmine/IED", fatalities=32)
    assert told_apart(_src(early, 0, Profile(lead=True)), _src(later, 1, Profile(toll_update=True))) is None
    grouped = group_incidents([_src(early, 0, Profile(lead=True)), _src(later, 1, Profile(toll_update=True))], RULES)
    assert [[s.record_index for s in g] for g, _ in grouped] == [[0, 1]]
    # The lower toll stated as the update is no revision upwards: "a second bomb killed 5" stays apart from 32.
    assert told_apart(_src(later, 0, Profile(lead=True)), _src(replace(early, fatalities=5), 1,
                                                                   Profile(toll_update=True)))


def test_incidents_a_country_level_fragment_is_part_of_the_town_incident_wherever_the_centroid_lies() -> None:
    # Synthetic: a report's lead at a town and a fragment placed only in the country ("the attack in Nigeria"),
    # geocoded at a centroid about 450 km away: no second place, one incident (as in a small country).
    lead = ev("Gwoza", DAY, _VAC, _UAG, _CIV, 6)
    fragment = replace(ev("Gwoza", None, _VAC, _UAG, _CIV), location="Nigeria", admin1=None, admin2=None,
                       geo_precision=3, latitude=9.08, longitude=8.68)
    assert _groups(lead, fragment) == [[0, 1]]


def test_incidents_two_named_towns_are_two_incidents_even_within_the_near_distance() -> None:
    # Synthetic: a report naming Idlib (the lead, 3 killed) and Ariha (13 km off) tells two places when Ariha is a
    # town of its own, when "near Ariha" is told as a further event ("shelling was also reported near Ariha"), or
    # when the place near Ariha has a toll of its own.
    city = ev("Idlib", DAY, "Shelling/artillery/missile attack", fatalities=3)
    town = ev("Ariha", DAY, "Shelling/artillery/missile attack", gp=2)
    assert _groups(city, replace(town, geo_precision=1)) == [[0], [1]]
    further = group_incidents([_src(city, 0), _src(town, 1, Profile(another=True))], RULES)
    assert len(further) == 2
    assert _groups(city, replace(town, fatalities=2, evidence=_TOLL)) == [[0], [1]]
    province = ev("Idlib", DAY, "Shelling/artillery/missile attack", gp=3)
    assert _groups(town, province) == [[0, 1]]  # a town and its province are one place told at two precisions


def test_incidents_the_leads_scene_told_near_a_town_is_one_place_of_the_report() -> None:
    # Synthetic: "A missile strike killed 3 in Idlib on Tuesday ... the strike, near Ariha, ...": a later record of
    # the lead's sub-event type and day, with no toll of its own, placed near a town 13 km off, is the lead's scene
    # located from a reference point, not a second event. Was told apart before (two places).
    city = ev("Idlib", DAY, "Shelling/artillery/missile attack", fatalities=3)
    near = ev("Ariha", DAY, "Shelling/artillery/missile attack", gp=2)
    out = group_incidents([_src(city, 0), _src(near, 1)], RULES)
    assert [[s.record_index for s in g] for g, _ in out] == [[0, 1]]
    # Beyond the "near" distance (35 km), on another day, or of another sub-event type it stays apart; so does a
    # mention "near" a town that is itself the report's lead (its own incident).
    assert _groups(ev("Maiduguri", DAY, fatalities=3), ev("Konduga", DAY, gp=2)) == [[0], [1]]
    assert _groups(city, replace(near, event_date="2024-03-02")) == [[0], [1]]
    assert _groups(city, replace(near, sub_event_type="Air/drone strike")) == [[0], [1]]
    both_lead = group_incidents([_src(city, 0), _src(near, 1, Profile(lead=True))], RULES)
    assert len(both_lead) == 2


def test_incidents_a_village_and_its_district_town_are_one_place_of_the_report() -> None:
    # Synthetic: "Gunmen attacked Sarmin on Tuesday ... residents fled to Idlib": a later record at the town that
    # names the lead's district ("Idleb", one name in two transliterations), 9 km off, of the lead's type and day and
    # with no toll of its own, is the lead's incident told at its district town. Was told apart before.
    village = ev("Sarmin", DAY, _VAC, _UAG, _CIV, 6)
    district_town = ev("Idlib", DAY, _VAC, _UAG, _CIV)
    assert _groups(village, district_town) == [[0, 1]]
    # With a toll of its own it is a second attack the report counts; the other way round (the district town as
    # the lead, the village after it) the village is the finer place: a place of its own, as before.
    assert _groups(village, replace(district_town, fatalities=2, evidence=_TOLL)) == [[0], [1]]
    assert _groups(ev("Idlib", DAY, _VAC, _UAG, _CIV, 6), ev("Sarmin", DAY, _VAC, _UAG, _CIV)) == [[0], [1]]


def test_incidents_different_targets_and_recalls_are_told_apart() -> None:
    a, b = ev("Gwoza", DAY, _VAC, _UAG, _CIV), ev("Gwoza", DAY, _VAC, _UAG, _CIV)
    market, school = Profile(targets=("market",)), Profile(targets=("school",))
    assert told_apart(_src(a, 0, market), _src(b, 1, school))
    assert told_apart(_src(a, 0, Profile()), _src(b, 1, Profile(recalled=True)))
    assert told_apart(_src(a, 0, Profile()), _src(b, 1, Profile())) is None


def _store(docs: list[Document]) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_engine(Path(tmp) / "s.sqlite")
        try:
            store_documents(docs, engine)
            return query_events(engine=engine)
        finally:
            engine.dispose()


def _report(key: str, recs: list[EventRecord], published: str | None = None) -> Document:
    text = report_text(f"incidents/{key}")
    return Document(id=document_id(text), text=text, source=f"Outlet {key}", published=published, events=recs)


def test_incidents_one_report_in_parts_is_one_event_and_its_undated_part_keeps_the_day() -> None:
    lead = ev("Maiduguri", DAY, _VAC, _UAG, _CIV, 3)
    part = ev("Maiduguri", None, _VAC, _UAG, _CIV)  # "the gunmen fled on motorcycles": no date, no toll
    later = ev("Maiduguri", "2024-03-09", _VAC, _UAG, _CIV)  # another attack on the town eight days later
    rows = _store([_report("a", [lead, part]), _report("b", [later])])
    assert sorted(len(r["sources"]) for r in rows) == [1, 2]  # type: ignore[arg-type]
    two = next(r for r in rows if len(r["sources"]) == 2)  # type: ignore[arg-type]
    assert two["event_date"] == DAY and two["fatalities"] == 3 and two["n_sources"] == 1


def test_incidents_a_second_report_joins_all_parts_as_one_event() -> None:
    a = [ev("Gwoza", DAY, _VAC, _UAG, _CIV, 6), ev("Gwoza", None, "Abduction/forced disappearance", _UAG, _CIV)]
    b = [replace(ev("Gwoza", DAY, _VAC, "Boko Haram - JAS", _CIV, 7), evidence=_TOLL)]
    rows = _store([_report("a", a), _report("b", b)])
    assert len(rows) == 1 and rows[0]["n_sources"] == 2 and rows[0]["fatalities"] == 6



def test_incidents_a_report_telling_its_scene_near_a_town_and_another_outlet_give_one_event() -> None:
    # Synthetic: report a leads with a missile strike on Idlib (3 killed) and places the strike again "near Ariha",
    # 13 km off, with no toll; report b places the strike near Ariha with the same toll. One strike, one event with
    # both reports (before this round: two events, report a's parts apart and b beside one of them).
    strike = "Shelling/artillery/missile attack"
    a = [ev("Idlib", DAY, strike, fatalities=3), ev("Ariha", DAY, strike, gp=2)]
    b = [replace(ev("Ariha", DAY, strike, fatalities=3, gp=2), evidence=_TOLL)]
    rows = _store([_report("scene-a", a), _report("scene-b", b)])
    assert len(rows) == 1 and rows[0]["n_sources"] == 2 and rows[0]["fatalities"] == 3

# -- a fresh report's earlier incidents (dedup.profile) -------------------------------------------------------

def _dated(doc: Document, quote: str, day: str, place: str) -> EventRecord:
    start = doc.text.index(quote)
    evidence = (Evidence("event_type", start, start + len(quote), quote),
                Evidence("event_date", start, start + len(quote), quote))
    return EventRecord(event_date=day, time_precision=1, event_type="Violence against civilians",
                       sub_event_type="Attack", location=place, country="Nigeria", evidence=evidence)


def test_profile_a_fresh_report_recalls_an_incident_dated_days_before_its_lead() -> None:
    text = ("Synthetic report. Gunmen attacked Gwoza on 8 March, killing four. "
            "The attack came after gunmen attacked Konduga on 1 March.")
    doc = Document(id="doc_synthetic", text=text, published="2024-03-08",
                   sentences=[Sentence(m.start(), m.end(), "body") for m in re.finditer(r"[^.]+\.", text)])
    doc.events = [_dated(doc, "attacked Gwoza on 8 March", "2024-03-08", "Gwoza"),
                  _dated(doc, "attacked Konduga on 1 March", "2024-03-01", "Konduga")]
    lead, earlier = profiles(doc)
    assert not lead.background and earlier.background
    # A retrospective (written long after its lead) keeps every incident it tells.
    old = replace(doc, published="2024-06-01")
    assert not any(p.background for p in profiles(old))


def test_incidents_parts_are_explained_and_one_part_can_be_unmerged(tmp_path: Path) -> None:
    import pytest

    from eventcoder.errors import StoreError
    from eventcoder.store import unmerge
    from eventcoder.store.query import get_event

    a = _report("show", [ev("Gwoza", DAY, _VAC, _UAG, _CIV, 6),
                         ev("Gwoza", None, "Abduction/forced disappearance", _UAG, _CIV)])
    engine = open_engine(tmp_path / "s.sqlite")
    try:
        store_documents([a], engine)
        (row,) = query_events(engine=engine)
        shown = get_event(str(row["id"]), engine=engine)
        reasons = [s["reason"]["why"] for s in shown["sources"]]
        assert any("part of the incident of record 0" in r for r in reasons)
        with pytest.raises(StoreError, match="--record"):
            unmerge(str(row["id"]), a.id, engine=engine)  # one report alone: only a part can move out
        new_id = unmerge(str(row["id"]), a.id, engine=engine, record=1)
        assert sorted(len(r["sources"]) for r in query_events(engine=engine)) == [1, 1]  # type: ignore[arg-type]
        assert new_id != row["id"]
    finally:
        engine.dispose()


def test_profile_an_earlier_incident_told_in_passing_adds_no_event() -> None:
    text = ("Synthetic report. Gunmen attacked a village near Gwoza on Tuesday, killing four. "
            "The raid comes two weeks after gunmen attacked a market in Konduga.")
    doc = Document(id="doc_synthetic", text=text,
                   sentences=[Sentence(m.start(), m.end(), "body") for m in re.finditer(r"[^.]+\.", text)])

    def rec(quote: str, place: str) -> EventRecord:
        start = doc.text.index(quote)
        return EventRecord(event_type="Violence against civilians", sub_event_type="Attack", location=place,
                           evidence=(Evidence("event_type", start, start + len(quote), quote),))

    doc.events = [rec("attacked a village", "Gwoza"), rec("attacked a market", "Konduga")]
    lead, earlier = profiles(doc)
    assert not lead.background and earlier.recalled and earlier.background
    rows = _store([replace(doc, id=document_id(text), events=[replace(r, country="Nigeria") for r in doc.events])])
    assert len(rows) == 1  # the recalled market attack is stored as background, attached to no event


def test_profile_a_place_named_after_the_recall_cue_is_the_earlier_incident_even_when_the_lead_shares_its_trigger() -> None:
    # Synthetic: extraction took the trigger of both records from the recalling sentence; the lead's place is in
    # the first sentence, the other's after "comes ... after": the other is the earlier incident.
    text = ("Synthetic report. Gunmen abducted pupils from a school in Gwoza on Friday. "
            "The abduction comes a week after gunmen killed a pupil in Konduga.")
    doc = Document(id="doc_synthetic", text=text,
                   sentences=[Sentence(m.start(), m.end(), "body") for m in re.finditer(r"[^.]+\.", text)])

    def rec(place: str) -> EventRecord:
        trigger, where = text.index("killed"), text.index(place)
        return EventRecord(event_type="Violence against civilians", sub_event_type="Attack", location=place,
                           evidence=(Evidence("event_type", trigger, trigger + 6, "killed"),
                                     Evidence("location", where, where + len(place), place)))

    doc.events = [replace(rec("Gwoza"), evidence=(Evidence("notes", 18, 40, text[18:40]), *rec("Gwoza").evidence)),
                  rec("Konduga")]
    lead, earlier = profiles(doc)
    assert lead.recalled and not lead.background  # its trigger word is in the recalling sentence, its place is not
    assert earlier.background


def test_merge_a_record_placed_only_at_the_country_needs_more_than_type_and_actor() -> None:
    # Any attack by unnamed gunmen in the country would fit "an attack in Nigeria" as well.
    town = ev("Gwoza", None, _VAC, "Boko Haram - JAS", _CIV, 5)
    country = ev(None, None, _VAC, "Boko Haram - JAS", _CIV, 5, country="Nigeria")
    found = assess(town, country)
    assert found and found.score < RULES.min_score
    assert any("only the country" in r for r in found.reasons)
    same_day = assess(replace(town, event_date=DAY, time_precision=1), replace(country, event_date=DAY, time_precision=1))
    assert same_day.score >= RULES.min_score  # the same day ties them


# -- a province's namesake town beside a town of that province (dedup.profile) -------------------------------

def test_profile_a_province_namesake_beside_a_town_of_it_is_the_province_told_at_its_precision() -> None:
    # Synthetic: "a strike on Ariha ... the strike in Idlib": the report names the town, then the province by its
    # name, which the gazetteer resolved to the province's namesake town (Idlib city, 20 km away).
    town = ev("Ariha", DAY, "Air/drone strike", fatalities=7)
    namesake = ev("Idlib", DAY, "Air/drone strike")
    doc = _report("namesake", [town, namesake])
    profs = profiles(doc)
    assert [p.province for p in profs] == [False, True]
    assert [[s.record_index for s in g] for g, _ in group_incidents(
        [_src(r, i, p) for i, (r, p) in enumerate(zip(doc.events, profs, strict=True))], RULES)] == [[0, 1]]
    # Stored: one event, and a second report of the strike on Ariha joins it.
    rows = _store([doc, _report("second", [ev("Ariha", DAY, "Air/drone strike", fatalities=9)])])
    assert len(rows) == 1 and rows[0]["n_sources"] == 2


def test_profile_a_province_namesake_with_its_own_toll_or_alone_stays_a_town() -> None:
    town = ev("Ariha", DAY, "Air/drone strike", fatalities=7)
    counted = ev("Idlib", DAY, "Air/drone strike", fatalities=3)  # "three killed in Idlib": an incident of its own
    assert [p.province for p in profiles(_report("own-toll", [town, counted]))] == [False, False]
    alone = ev("Idlib", DAY, "Air/drone strike")  # no town of the province beside it: the city, as coded
    assert [p.province for p in profiles(_report("alone", [alone]))] == [False]
    other = ev("Gao", DAY, "Air/drone strike")  # a town of another province is no reason either
    assert [p.province for p in profiles(_report("other", [other, alone]))] == [False, False]


def test_profile_a_toll_near_the_province_namesake_is_the_towns_incident_told_from_its_reference_point() -> None:
    # Synthetic: "a bomb at a checkpoint in Ariha ... five killed in the gunfight that followed, south of Idlib":
    # the geocoder put the gunfight *near* the provincial capital (geo_precision 2), the reference of a distance.
    blast = ev("Ariha", DAY, "Remote explosive/landmine/IED", fatalities=2)
    gunfight = ev("Idlib", DAY, "Armed clash", fatalities=5, gp=2)
    doc = _report("near-namesake", [blast, gunfight])
    profs = profiles(doc)
    assert [p.province for p in profs] == [False, True]
    assert [[s.record_index for s in g] for g, _ in group_incidents(
        [_src(r, i, p) for i, (r, p) in enumerate(zip(doc.events, profs, strict=True))], RULES)] == [[0, 1]]
    # In the namesake town itself, a toll of its own is still an incident of its own.
    in_town = ev("Idlib", DAY, "Armed clash", fatalities=5)
    assert [p.province for p in profiles(_report("in-namesake", [blast, in_town]))] == [False, False]


def test_incidents_two_counts_acled_aggregates_are_one_incident() -> None:
    # Synthetic: "the first bomber killed 14 at the market, the second 7 at its gate", both on the report's own
    # day, at one town, by the same (unnamed) group against civilians. ACLED aggregates "two incidents on the same
    # day and place, involving the same actors and type of activity" into one event: one incident, not two.
    own_day = Profile(date_kind="explicit")
    first = ev("Maiduguri", DAY, "Suicide bomb", _UAG, _CIV, 14)
    second = ev("Maiduguri", DAY, "Suicide bomb", _UAG, _CIV, 7)
    assert told_apart(_src(first, 0, own_day), _src(second, 1, own_day)) is None
    out = group_incidents([_src(first, 0, replace(own_day, lead=True)), _src(second, 1, own_day)], RULES)
    assert [[s.record_index for s in g] for g, _ in out] == [[0, 1]]
    # Counted apart and not what ACLED aggregates, they stay two: a day only from the page, another town (beyond
    # the town's own name), another perpetrator.
    page_day = Profile(date_kind="inherited", published=DAY)
    assert told_apart(_src(first, 0, page_day), _src(second, 1, page_day))
    assert told_apart(_src(first, 0, own_day), _src(replace(second, location="Jere"), 1, own_day))
    assert told_apart(_src(first, 0, own_day), _src(replace(second, actor1="ISWAP"), 1, own_day))
    assert told_apart(_src(first, 0, own_day), _src(replace(second, geo_precision=3), 1, own_day))
    # Different targets do not tell apart what ACLED aggregates (a school, then a church of the town, the same
    # gunmen, the same day); with another sub-event type (an abduction at the church) they stay two incidents.
    school, church = replace(own_day, targets=("school",)), replace(own_day, targets=("church",))
    assert told_apart(_src(first, 0, school), _src(second, 1, church)) is None
    abducted = replace(second, sub_event_type="Abduction/forced disappearance", event_type="Violence against civilians")
    assert told_apart(_src(first, 0, school), _src(abducted, 1, church))


def test_incidents_a_district_and_the_city_it_lies_in_are_one_place_of_a_report() -> None:
    # Synthetic: a report names the district (1.2 million people) where a bomb went off and the city (7 million) in
    # a later sentence, and extraction codes a record at each: one place told at two precisions, as across reports
    # (a report telling them apart would split an event that two other reports of the district and the city share).
    part = ev("Sadr City", DAY, "Suicide bomb", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", 14)
    city = replace(part, location="Baghdad", latitude=33.3406, longitude=44.4009, fatalities=14)
    pp, pc = Profile(population=1_211_849), Profile(population=7_216_000)
    assert told_apart(_src(part, 0, pp), _src(city, 1, pc)) is None
    # Without the populations they are two places the report names apart, as before.
    assert "two places" in (told_apart(_src(part, 0), _src(city, 1)) or "")


def test_incidents_two_names_of_one_spot_are_one_place_of_a_report() -> None:
    # Synthetic: a report names the town and, a kilometre off, a quarter the gazetteer knows as its own place
    # ("Gwoza" / "Gwoza Tasha"): within max_km_same_place they are one place, as across reports.
    town = ev("Gwoza", DAY, _VAC, _UAG, _CIV)
    twin = replace(ev("Gwoza", DAY, _VAC, _UAG, _CIV), location="Gwoza Tasha",
                   latitude=(town.latitude or 0) + 0.008)
    out = group_incidents([_src(town, 0), _src(twin, 1)], RULES)
    assert [[s.record_index for s in g] for g, _ in out] == [[0, 1]]
    assert "part of the incident of record 0" in out[0][1][0]
    # Five kilometres off, a town of another name is another place of the report (a digest's second event).
    other = replace(twin, location="Gwoza Hills", latitude=(town.latitude or 0) + 0.045)
    assert _groups(town, other) == [[0], [1]]


def test_incidents_looting_and_arrests_on_the_incidents_day_are_its_co_occurring_tactics() -> None:
    # Synthetic: raiders attack a village and burn its houses the same day; rioters fight the police, who arrest
    # some. ACLED codes each as one event, the tactic highest in its hierarchy (the attack, the riot).
    attack = ev("Gwoza", DAY, _VAC, _UAG, _CIV, 5)
    burning = ev("Gwoza", DAY, "Looting/property destruction", _UAG, _CIV)
    out = group_incidents([_src(attack, 0), _src(burning, 1)], RULES)
    assert [[s.record_index for s in g] for g, _ in out] == [[0, 1]]
    assert "co-occurring tactics" in out[0][1][0]
    police = "Police Forces of Nigeria (2015-2023)"
    riot = ev("Gwoza", DAY, "Violent demonstration", "Rioters (Nigeria)", police)
    arrests = ev("Gwoza", DAY, "Arrests", police, _CIV)
    assert _groups(riot, arrests) == [[0, 1]]


def test_incidents_looting_another_day_by_others_or_in_another_town_stays_apart() -> None:
    attack = ev("Gwoza", DAY, _VAC, _UAG, _CIV, 5)
    assert _groups(attack, ev("Gwoza", "2024-03-03", "Looting/property destruction", _UAG, _CIV)) == [[0], [1]]
    # Only the victims in common: looters of their own, not the raiders' step.
    assert _groups(attack, ev("Gwoza", DAY, "Looting/property destruction", "Rioters (Nigeria)", _CIV)) == [[0], [1]]
    # The police arresting people beside an attack they took no side in: not its step.
    arrests = ev("Gwoza", DAY, "Arrests", "Police Forces of Nigeria (2015-2023)", _CIV)
    assert _groups(attack, arrests) == [[0], [1]]
    # A digest page: the attack in one town, houses burned in another the same day are two events.
    assert _groups(attack, ev("Maiduguri", DAY, "Looting/property destruction", _UAG, _CIV)) == [[0], [1]]
    # Across reports the types still contradict one event: two outlets do not tell one step each.
    assert not assess(attack, ev("Gwoza", DAY, "Looting/property destruction", _UAG, _CIV))


def test_evaluate_page_figures_count_each_report_stored_alone() -> None:
    from eventcoder.dedup.evaluate import events_per_document, page_figures

    # Synthetic reports: an attack and its burning (one event), a digest of two towns (two), and no event.
    one = _report("pf1", [ev("Gwoza", DAY, _VAC, _UAG, _CIV, 5),
                          ev("Gwoza", DAY, "Looting/property destruction", _UAG, _CIV)])
    two = _report("pf2", [ev("Gwoza", DAY, _VAC, _UAG, _CIV, 5), ev("Maiduguri", DAY, _VAC, _UAG, _CIV, 2)])
    none = _report("pf3", [])
    stored = events_per_document([one, two, none])
    assert stored == [1, 2, 0]
    figures = page_figures([(1, 1, 2), (2, 1, 2), (0, 0, 0), (1, 2, 2), (0, 1, 0)])
    assert (figures["exact"], figures["over"], figures["under"], figures["extraction_short"]) == (2, 1, 1, 1)
    assert (figures["stored_events"], figures["gold_events"], figures["records"]) == (4, 5, 6)


# -- a crowd's arrests (synthetic) ------------------------------------------------------------------------------------

_POLICE = "Police Forces of Nigeria (2015-2023)"


def _crowd_groups(crowd: EventRecord, arrests: EventRecord, arrest_profile: Profile | None = None) -> list[list[int]]:
    srcs = [_src(crowd, 0, Profile(lead=True, date_kind="explicit")), _src(arrests, 1, arrest_profile)]
    return [[s.record_index for s in members] for members, _ in group_incidents(srcs, RULES)]


def test_incidents_the_arrests_of_a_crowd_by_the_force_it_faced_are_a_step_of_the_crowd() -> None:
    # Synthetic: a report tells a rally in Gwoza (no force named) and, in a sentence of its own, that the police
    # arrested protesters: ACLED codes protesters arrested during a protest as one event (Protest with intervention).
    rally = ev("Gwoza", DAY, "Peaceful protest", "Protesters (Nigeria)", None)
    held = ev("Gwoza", DAY, "Arrests", _POLICE, "Protesters (Nigeria)")
    assert _crowd_groups(rally, held) == [[0, 1]]
    # The arrests with no day of their own in the report ("police said they had detained 15 people"), of people it
    # does not name, by the police the riot faced: the same.
    riot = ev("Gwoza", DAY, "Violent demonstration", "Rioters (Nigeria)", _POLICE)
    undated = ev("Gwoza", None, "Arrests", _POLICE, _CIV)
    assert _crowd_groups(riot, undated) == [[0, 1]]
    page_dated = replace(held, actor2=_CIV)  # dated only by the page's publication day
    assert _crowd_groups(riot, page_dated, Profile(date_kind="inherited", published=DAY)) == [[0, 1]]


def test_incidents_other_arrests_beside_a_crowd_stay_events_of_their_own() -> None:
    # Synthetic negatives: arrests on a clearly later day (the raids of 4 March after the riot of 1 March), a day
    # before it (what the crowd may have gathered over), of a named party, or by another state's forces.
    riot = ev("Gwoza", DAY, "Violent demonstration", "Rioters (Nigeria)", _POLICE)
    held = ev("Gwoza", DAY, "Arrests", _POLICE, "Rioters (Nigeria)")
    assert _crowd_groups(riot, replace(held, event_date="2024-03-04")) == [[0], [1]]
    assert _crowd_groups(riot, replace(held, event_date="2024-02-29")) == [[0], [1]]
    assert _crowd_groups(riot, replace(held, actor2="Synthetic People's Party")) == [[0], [1]]
    assert _crowd_groups(riot, replace(held, actor1="Police Forces of Niger (2021-)")) == [[0], [1]]


def test_incidents_a_report_with_its_crowds_arrests_joins_another_outlets_crowd_in_either_order() -> None:
    # Synthetic: outlet A tells the riot; outlet B the riot and, apart, the arrests. B's two records are one incident
    # (one event) and it joins A's event: the step is not compared across reports (its kind would refuse every one).
    from eventcoder.dedup.linkage import plan

    riot = ev("Gwoza", DAY, "Violent demonstration", "Rioters (Nigeria)", _POLICE, injuries=6)
    held = ev("Gwoza", None, "Arrests", _POLICE, _CIV)
    a = [_src(riot, 0, doc="a")]
    b = [_src(riot, 0, doc="b"), _src(held, 1, doc="b")]
    out = plan({"ev_a": a}, b, RULES)
    assert [(g.stored, sorted(g.new)) for g in out.groups if g.new] == [(["ev_a"], [0, 1])]
    out = plan({"ev_b": b}, a, RULES)
    assert [g.stored for g in out.groups if g.new] == [["ev_b"]]
    # Alone, an arrests record of another report still joins no crowd event.
    out = plan({"ev_a": a}, [_src(held, 0, doc="c")], RULES)
    assert all(not g.stored for g in out.groups if g.new)


def test_profile_crowd_size_reads_a_figure_of_participants_not_of_the_arrested() -> None:
    from eventcoder.dedup.profile import _crowd_size

    rally = ev("Gwoza", DAY, "Peaceful protest", "Protesters (Nigeria)", None)
    # Synthetic sentences.
    assert _crowd_size(rally, ["About 500 members of a synthetic guild marched to the square."]) == 500
    assert _crowd_size(rally, ["A crowd of 2,000 gathered outside the court."]) == 2000
    assert _crowd_size(rally, ["Police arrested 23 protesters near the square."]) is None
    assert _crowd_size(rally, ["Hundreds of people marched."]) is None  # a vague lower bound
    assert _crowd_size(ev("Gwoza", DAY, _VAC, _UAG, _CIV), ["About 500 members marched."]) is None


def test_canonical_a_peaceful_protest_with_its_crowds_arrests_is_a_protest_with_intervention() -> None:
    # Synthetic: a report tells a rally (no force named) and that the police arrested protesters that day: ACLED
    # codes protesters arrested during a protest as one Protest with intervention, the police its actor2.
    from eventcoder.dedup.canonical import canonical_event

    rally = ev("Gwoza", DAY, "Peaceful protest", "Protesters (Nigeria)", None)
    held = ev("Gwoza", DAY, "Arrests", _POLICE, "Protesters (Nigeria)", inter1="State forces")
    out = canonical_event([_src(rally, 0), _src(held, 1)], event_id="ev_1")
    assert (out["sub_event_type"], out["event_type"], out["actor2"]) == \
        ("Protest with intervention", "Protests", _POLICE)
    # Arrests of another day are not the protest's: it stays a peaceful protest.
    out = canonical_event([_src(rally, 0), _src(replace(held, event_date="2024-03-04"), 1)], event_id="ev_2")
    assert out["sub_event_type"] == "Peaceful protest"


def test_store_a_crowd_told_with_its_arrests_and_by_two_other_outlets_is_one_event_in_any_order() -> None:
    # Synthetic, through the store: outlet a tells the riot and the police's arrests apart (one event of its own
    # records), outlets b and c the riot (the same 6 injured); whatever the order, one event of three reports, a riot.
    riot = ev("Gwoza", DAY, "Violent demonstration", "Rioters (Nigeria)", _POLICE, injuries=6)
    held = ev("Gwoza", None, "Arrests", _POLICE, _CIV)
    reports = [_report("crowd-a", [riot, held]), _report("crowd-b", [riot]), _report("crowd-c", [riot])]
    for order in ([0, 1, 2], [1, 0, 2], [1, 2, 0]):
        rows = _store([reports[i] for i in order])
        assert len(rows) == 1 and rows[0]["n_sources"] == 3, order
        assert rows[0]["sub_event_type"] == "Violent demonstration"


# -- round of 2026-12-07 17:30: an undated report's scene at a village and its district town ------------------------

_RALLY_SY = ("Peaceful protest", "Protesters (Syria)")


def _rally(place: str, day: str | None = None) -> EventRecord:
    return ev(place, day, _RALLY_SY[0], _RALLY_SY[1], None)


def test_incidents_an_undated_report_tells_its_scene_at_a_village_and_its_district_town() -> None:
    # Synthetic: "Hundreds marched in Sarmin demanding the release of detainees ... the march went on to Idlib": a
    # report that dates nothing, its lead at the village and a later record at the town that names its district
    # (9 km), of the lead's type, with no toll of its own. Neither record has a day, so neither is on another day:
    # one scene, as when both carry the same day. Before, the scene needed a day written in both.
    assert _groups(_rally("Sarmin"), _rally("Idlib")) == [[0, 1]]
    # A day in one and none in the other, a later record told as a further event ("also in Idlib"), or a town of
    # another district (Ariha, 14 km) stays apart.
    assert _groups(_rally("Sarmin"), _rally("Idlib", DAY)) == [[0], [1]]
    further = group_incidents([_src(_rally("Sarmin"), 0), _src(_rally("Idlib"), 1, Profile(another=True))], RULES)
    assert len(further) == 2
    assert _groups(_rally("Sarmin"), _rally("Ariha")) == [[0], [1]]


def test_linkage_a_report_in_two_places_of_one_scene_joins_the_outlet_naming_one_of_them() -> None:
    # Synthetic: report a (undated) tells the march at Sarmin and at Idlib, its district town; report b tells a march
    # in Idlib. Report a's Sarmin part meets b's Idlib record at two towns of one district with nothing to tie them
    # (across reports, a contradiction), but report a itself names the scene at Idlib: compared at the place its
    # report gives it too, the part agrees, and both reports are one event, in either order. Before, report a's
    # parts stayed one group apart from b (its Idlib part could not join without its Sarmin part).
    from eventcoder.dedup.linkage import plan

    a = [_src(_rally("Sarmin"), 0), _src(_rally("Idlib"), 1, Profile())]
    b = [_src(_rally("Idlib"), 0, doc="b")]
    assert assess(a[0].record, b[0].record, RULES).failed == "place"
    out = plan({"ev_b": b}, a, RULES)
    assert [g.stored for g in out.groups if g.new] == [["ev_b"]]
    out = plan({"ev_a": a}, b, RULES)
    assert [g.stored for g in out.groups if g.new] == [["ev_a"]]
    # An outlet with only the village (no sibling at the district town in its own report) still needs a tie; a
    # report at a town of another district (Ariha) is not joined through report a's two places.
    alone = [_src(_rally("Sarmin"), 0, doc="c")]
    assert not any(g.new and g.stored for g in plan({"ev_b": b}, alone, RULES).groups)
    ariha = [_src(_rally("Ariha"), 0, doc="d")]
    assert not any(g.new and g.stored for g in plan({"ev_a": a}, ariha, RULES).groups)


def test_linkage_a_report_placed_at_a_town_and_its_province_is_not_compared_at_the_province() -> None:
    # Synthetic negative: report a tells a march in Sarmin on 1 March and, in another sentence, in Idleb province (one
    # place at two precisions, grouped); report b tells a march in Ariha, another district's town, that day. Report a's
    # province part is no other name of its town: its Sarmin part is not compared at the province, and a stays apart.
    from eventcoder.dedup.linkage import plan

    a = [_src(_rally("Sarmin", DAY), 0),
         _src(ev("Idlib", DAY, _RALLY_SY[0], _RALLY_SY[1], None, gp=3), 1, Profile())]
    assert len(group_incidents(a, RULES)) == 1
    b = [_src(_rally("Ariha", DAY), 0, doc="b")]
    assert assess(a[1].record, b[0].record, RULES).score >= RULES.min_score  # the province part alone would fit
    assert not any(g.new and g.stored for g in plan({"ev_b": b}, a, RULES).groups)
    assert not any(g.new and g.stored for g in plan({"ev_a": a}, b, RULES).groups)
