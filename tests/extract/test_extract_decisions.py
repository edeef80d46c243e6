"""The engine's decisions on hand-built mention layers: typing, roles, background, merging, tolls.

Each test builds the layers a component reads (cues, counts, actors, places, dates) by hand, from sentences
written for these tests, so a decision is tested without the lexicon scan, the parser or the gazetteer.
"""

from __future__ import annotations

from datetime import date as Date

import pytest
from engine_layers import actor, count, date, frame, place

from eventcoder.extract.background import is_background
from eventcoder.extract.frames import Frame
from eventcoder.extract.incidents import SPAN, Incident, merge_frames, release_lead_totals
from eventcoder.extract.roles import assign_roles
from eventcoder.extract.rules import PRECEDENCE, READINGS, RULES, classify, most_severe
from eventcoder.extract.tolls import incident_toll, reconcile
from eventcoder.vocab import SubEventType as S

# -- typing --------------------------------------------------------------------------------------------------


def typed(f: Frame) -> S | str | None:
    classify(f)
    return f.rejected_reason or f.sub_event_type


def test_rules_tactics_follow_acled_precedence() -> None:
    """One precedence list: after the readings, the typing table is in ACLED's hierarchy order."""
    tactics = [r.sub for r in RULES[len(READINGS):]]
    ranks = [PRECEDENCE.index(s) for s in tactics if s is not None]
    assert ranks == sorted(ranks)


def test_rules_most_severe_is_the_hierarchy() -> None:
    assert most_severe([S.ATTACK, S.AIR_DRONE_STRIKE]) == S.AIR_DRONE_STRIKE
    assert most_severe([S.ABDUCTION, S.ATTACK, None]) == S.ATTACK
    # the battle that ends in a capture is the capture (ACLED: an armed clash is a battle with no change of territory)
    assert most_severe([S.AIR_DRONE_STRIKE, S.ARMED_CLASH, S.GOVERNMENT_REGAINS_TERRITORY]) == (
        S.GOVERNMENT_REGAINS_TERRITORY)
    assert most_severe([S.AIR_DRONE_STRIKE, S.ARMED_CLASH]) == S.ARMED_CLASH
    assert most_severe([None]) is None


def test_typing_attack_on_civilians_and_on_soldiers() -> None:
    s = "Gunmen killed five villagers near the market."
    f = frame(s, cues={"attack": ["killed"]}, actors=[actor(s, "Gunmen", "political_militia")],
              counts=[count(s, "five villagers", "killed", 5, "villagers", "civilian")])
    f.agents = list(f.actors)
    assert typed(f) == S.ATTACK
    s = "Gunmen killed five soldiers near the market."
    f = frame(s, cues={"attack": ["killed"]}, actors=[actor(s, "Gunmen", "political_militia")],
              counts=[count(s, "five soldiers", "killed", 5, "soldiers", "armed")])
    f.agents = list(f.actors)
    assert typed(f) == S.ARMED_CLASH


def test_typing_protest_met_by_police() -> None:
    s = "Police fired tear gas to disperse students protesting fuel prices."
    f = frame(s, cues={"protest": ["protesting"], "intervention": ["tear gas", "disperse"]},
              actors=[actor(s, "Police", "police")])
    assert typed(f) == S.PROTEST_WITH_INTERVENTION


@pytest.mark.parametrize(
    ("sentence", "cues", "reason"),
    [
        ("The striker scored twice in the cup final.", {"sport": ["striker", "cup final"]}, "sport"),
        ("Floods killed twelve people in the valley.", {"disaster": ["Floods"], "attack": ["killed"]},
         "disaster, accident, disease or sport"),
        ("The minister said the army would launch an offensive next month.",
         {"irrealis": ["would"], "clash": ["offensive"]}, "a plan, threat or warning, not an event"),
        ("Robbers stabbed a shopkeeper during a robbery.", {"crime": ["robbery"], "attack": ["stabbed"]},
         "ordinary crime or justice"),
    ],
)
def test_typing_rejects_what_acled_does_not_code(sentence: str, cues: dict[str, list[str]], reason: str) -> None:
    counts = [count(sentence, "twelve people", "killed", 12)] if "twelve" in sentence else []
    assert typed(frame(sentence, cues=cues, counts=counts)) == reason


def test_typing_weapon_before_battle_told_as_context() -> None:
    s = "An airstrike hit a bus as fighting spread to the town."
    assert typed(frame(s, cues={"air": ["airstrike"], "clash": ["fighting"], "attack": ["hit"]})) == \
        S.AIR_DRONE_STRIKE


def test_typing_battle_outranks_its_weapons() -> None:
    s = "Troops clashed with rebels backed by an airstrike."
    assert typed(frame(s, cues={"air": ["airstrike"], "clash": ["clashed"]})) == S.ARMED_CLASH


def test_typing_abduction_unless_someone_is_killed() -> None:
    s = "Gunmen attacked a bus and abducted twenty passengers."
    gunmen = actor(s, "Gunmen", "political_militia")
    assert typed(frame(s, cues={"attack": ["attacked"], "abduction": ["abducted"]}, actors=[gunmen])) == S.ABDUCTION
    s = "Gunmen attacked a bus, killed two and abducted twenty passengers."
    f = frame(s, cues={"attack": ["attacked"], "abduction": ["abducted"]},
              counts=[count(s, "two", "killed", 2)], actors=[actor(s, "Gunmen", "political_militia")])
    assert typed(f) == S.ATTACK


def test_typing_grenade_explosion_is_a_grenade() -> None:
    s = "A grenade exploded at the bus stop."
    assert typed(frame(s, cues={"grenade": ["grenade"], "remote_explosive": ["exploded"]})) == S.GRENADE


def test_typing_hedged_and_negated() -> None:
    s = "Rebels claimed they shelled the base but no casualties were reported."
    f = frame(s, cues={"shelling": ["shelled"], "hedge": ["claimed"], "negation": ["no casualties"]})
    assert typed(f) == S.SHELLING and f.hedged and f.negated


# -- roles ---------------------------------------------------------------------------------------------------


def roles(f: Frame) -> tuple[list[str], list[str], list[str]]:
    undecided = assign_roles(f, f.text)
    return [a.surface for a in f.agents], [a.surface for a in f.targets], [a.surface for a in undecided]


def test_roles_active_and_passive() -> None:
    s = "Militants ambushed soldiers near the border."
    f = frame(s, cues={"attack": ["ambushed"]},
              actors=[actor(s, "Militants", "political_militia"), actor(s, "soldiers", "state")])
    assert roles(f) == (["Militants"], ["soldiers"], [])
    s = "Soldiers were ambushed by militants near the border."
    f = frame(s, cues={"attack": ["ambushed"]},
              actors=[actor(s, "Soldiers", "state"), actor(s, "militants", "political_militia")])
    assert roles(f) == (["militants"], ["Soldiers"], [])


def test_roles_between_and_the_source_of_the_report() -> None:
    s = "Clashes between the army and rebels killed six, police said."
    f = frame(s, cues={"clash": ["Clashes"]},
              actors=[actor(s, "army", "state"), actor(s, "rebels", "rebel"), actor(s, "police", "police")])
    assert roles(f) == (["army"], ["rebels"], [])  # the police only report it


def test_roles_victims_in_a_count_are_targets() -> None:
    s = "The blast killed three civilians."
    f = frame(s, cues={"remote_explosive": ["blast"]}, actors=[actor(s, "civilians", "civilians")],
              counts=[count(s, "three civilians", "killed", 3, "civilians", "civilian")])
    assert roles(f) == ([], ["civilians"], [])


# -- background ----------------------------------------------------------------------------------------------


def test_background_trend_and_history() -> None:
    s = "The conflict has killed thousands since the war began."
    assert is_background(frame(s, cues={"trend": ["since the war began"]}), Date(2024, 5, 10), lead=False)
    s = "Seven were killed on Monday where an insurgency has flared in recent years."
    f = frame(s, cues={"trend": ["in recent years"]}, counts=[count(s, "Seven", "killed", 7)])
    assert is_background(f, Date(2024, 5, 10), lead=True) is None  # the toll comes first


def test_background_dated_before_the_report() -> None:
    s = "In March 2019 rebels attacked the town."
    old = frame(s, dates=[date(s, "March 2019", "2019-03-15", precision=3)])
    assert is_background(old, Date(2024, 5, 10), lead=False) == "dated before the report (March 2019)"
    s = "On 8 May rebels attacked the town."
    recent = frame(s, dates=[date(s, "8 May", "2024-05-08")])
    assert is_background(recent, Date(2024, 5, 10), lead=False) is None
    assert is_background(recent, None, lead=False)  # no reference: a dated sentence after the lead is context
    assert is_background(recent, None, lead=True) is None


def test_background_year_well_before_the_latest_an_undated_report_names() -> None:
    """Without a reference date, a lead dated years before the latest year the report names is history
    (synthetic: a report of 2005 recalling a bombing of 1979)."""
    s = "The minister spoke of the bomb attack on a bar in Leeds in 1979."
    text = s + " A new inquiry will report in 2005."
    f = frame(s, dates=[date(s, "1979", None, kind="year", precision=3)])
    f.text = text
    assert is_background(f, None, lead=True) == "dated before the report (1979)"
    s = "Rebels attacked the town in 2004."
    f = frame(s, dates=[date(s, "2004", None, kind="year", precision=3)])
    f.text = s + " Talks resume in 2005."
    assert is_background(f, None, lead=True) is None  # the year before the latest: still news


def test_background_month_over_before_the_report() -> None:
    s = "In late March rebels attacked the town."
    f = frame(s, dates=[date(s, "late March", "2024-03-15", precision=3)])
    assert is_background(f, Date(2024, 5, 10), lead=False)  # March ended 39 days before the report
    s = "In late April rebels attacked the town."
    f = frame(s, dates=[date(s, "late April", "2024-04-15", precision=3)])
    assert is_background(f, Date(2024, 5, 10), lead=False) is None  # April ended 9 days before


# -- incidents -----------------------------------------------------------------------------------------------


def _typed_frame(text: str, sentence: str, sub: S, *, agents: tuple[str, ...] = (), index: int = 0,
                 places: tuple[tuple[str, int], ...] = (), strong: bool = True, cues: dict[str, list[str]] | None = None,
                 evidence: str | None = None) -> Frame:
    offset = text.index(sentence)
    found = [actor(text, a, "political_militia", after=offset) for a in agents]
    f = frame(sentence, text=text, offset=offset, index=index, actors=found, cues=cues,
              places=[place(text, n, gid, after=offset) for n, gid in places])
    f.agents, f.sub_event_type, f.strong = list(found), sub, strong
    f.evidence = evidence or ("armed actor" if found else None)
    return f


def test_merge_one_incident_told_in_several_sentences() -> None:
    text = "Rebels attacked Kafo on Monday. Rebels burned houses in Kafo."
    frames = [_typed_frame(text, "Rebels attacked Kafo on Monday.", S.ATTACK, agents=("Rebels",), places=(("Kafo", 1),)),
              _typed_frame(text, "Rebels burned houses in Kafo.", S.ATTACK, agents=("Rebels",), index=1,
                           places=(("Kafo", 1),))]
    assert [len(i.frames) for i in merge_frames(frames)] == [2]


def test_merge_a_digest_is_split() -> None:
    text = "Rebels attacked Kafo. In a separate incident, bandits raided Lome."
    frames = [_typed_frame(text, "Rebels attacked Kafo.", S.ATTACK, agents=("Rebels",), places=(("Kafo", 1),)),
              _typed_frame(text, "In a separate incident, bandits raided Lome.", S.ATTACK, agents=("bandits",),
                           index=1, places=(("Lome", 2),))]
    assert [len(i.frames) for i in merge_frames(frames)] == [1, 1]
    text = "Rebels attacked Kafo. Militiamen shelled Dobo."
    frames = [_typed_frame(text, "Rebels attacked Kafo.", S.ATTACK, agents=("Rebels",), places=(("Kafo", 1),)),
              _typed_frame(text, "Militiamen shelled Dobo.", S.SHELLING, index=1, places=(("Dobo", 2),),
                           evidence="weapon")]
    assert len(merge_frames(frames)) == 2  # a new place, no shared perpetrator, a specific type: a new incident
    frames[1].evidence = None
    assert len(merge_frames(frames)) == 1  # a frame with no participants cannot stand alone: it tells more


def test_merge_summary_kept_apart_and_weak_frames_join() -> None:
    text = "Rebels and bandits launched attacks on three towns. Rebels attacked Kafo. Houses burned."
    lead = _typed_frame(text, "Rebels and bandits launched attacks on three towns.", S.ATTACK,
                        agents=("Rebels", "bandits"))
    part = _typed_frame(text, "Rebels attacked Kafo.", S.ATTACK, agents=("Rebels",), index=1, places=(("Kafo", 1),))
    weak = _typed_frame(text, "Houses burned.", S.LOOTING, index=2, strong=False)
    incidents = merge_frames([lead, part, weak])
    assert [(i.summary, len(i.frames)) for i in incidents] == [(True, 1), (False, 2)]


def test_merge_an_incident_spans_a_bounded_number_of_sentences() -> None:
    text = "Rebels attacked Kafo. Houses burned."
    first = _typed_frame(text, "Rebels attacked Kafo.", S.ATTACK, agents=("Rebels",))
    late = _typed_frame(text, "Houses burned.", S.ATTACK, index=SPAN + 1, strong=False)
    assert len(merge_frames([first, late])) == 2


def test_incident_type_from_its_frames() -> None:
    text = "Protesters marched. Police arrested seven."
    march = _typed_frame(text, "Protesters marched.", S.PEACEFUL_PROTEST, evidence="crowd")
    arrest = _typed_frame(text, "Police arrested seven.", S.ARRESTS, index=1, evidence="armed actor")
    inc = Incident.of(march)
    inc.add(arrest)
    assert inc.sub_event_type == S.PROTEST_WITH_INTERVENTION


def test_incident_type_cache_follows_each_added_frame() -> None:
    """Synthetic: the remembered type is the type computed afresh, before and after each add and add_reply."""
    text = "Protesters marched. Police arrested seven. Rioters burned a car."
    march = _typed_frame(text, "Protesters marched.", S.PEACEFUL_PROTEST, evidence="crowd")
    arrest = _typed_frame(text, "Police arrested seven.", S.ARRESTS, index=1, evidence="armed actor")
    riot = _typed_frame(text, "Rioters burned a car.", S.VIOLENT_DEMONSTRATION, index=2, evidence="crowd")
    inc = Incident.of(march)
    assert inc.sub_event_type == inc._type() == S.PEACEFUL_PROTEST
    inc.add(arrest)
    assert inc.sub_event_type == inc._type() == S.PROTEST_WITH_INTERVENTION
    inc.add_reply(riot)
    assert inc.sub_event_type == inc._type()
    assert "_sub" not in repr(inc)


# -- tolls ---------------------------------------------------------------------------------------------------


def _toll_frame(text: str, sentence: str, counts: list[tuple[str, str, int]], index: int = 0,
                cues: dict[str, list[str]] | None = None) -> Frame:
    offset = text.index(sentence)
    f = frame(sentence, text=text, offset=offset, index=index, cues=cues,
              counts=[count(text, p, role, v, after=offset) for p, role, v in counts])
    f.sub_event_type, f.strong = S.ATTACK, True
    return f


def test_tolls_lead_total_equal_to_its_parts_leaves_the_lead() -> None:
    text = "At least 11 were killed. Ten died in Kafo. A child died in Dobo."
    frames = [_toll_frame(text, "At least 11 were killed.", [("11", "killed", 11)]),
              _toll_frame(text, "Ten died in Kafo.", [("Ten", "killed", 10)], 1),
              _toll_frame(text, "A child died in Dobo.", [("A child", "killed", 1)], 2)]
    release_lead_totals(frames)
    assert frames[0].counts == [] and sum(c.value for f in frames for c in f.counts) == 11


def test_tolls_never_add_across_sentences_but_add_what_is_also_killed() -> None:
    text = "Five were killed in the raid. The toll rose to seven. The fighting also killed four attackers."
    inc = Incident.of(_toll_frame(text, "Five were killed in the raid.", [("Five", "killed", 5)]))
    inc.add(_toll_frame(text, "The toll rose to seven.", [("seven", "killed", 7)], 1))
    assert incident_toll(inc).killed == 7
    inc.add(_toll_frame(text, "The fighting also killed four attackers.", [("four attackers", "killed", 4)], 2))
    assert incident_toll(inc).killed == 11


def test_tolls_denial_keeps_zero_with_the_claim_as_high() -> None:
    text = "Rebels claimed they killed nine soldiers. The army said nobody was killed."
    inc = Incident.of(_toll_frame(text, "Rebels claimed they killed nine soldiers.", [("nine soldiers", "killed", 9)]))
    inc.add(_toll_frame(text, "The army said nobody was killed.", [], 1, cues={"negation": ["nobody was killed"]}))
    t = incident_toll(inc)
    assert (t.killed, t.killed_high) == (0, 9)


def test_tolls_summary_counts_only_what_its_parts_leave() -> None:
    text = "Twelve were killed in attacks. Eight died in Kafo."
    summary = Incident.of(_toll_frame(text, "Twelve were killed in attacks.", [("Twelve", "killed", 12)]), summary=True)
    part = Incident.of(_toll_frame(text, "Eight died in Kafo.", [("Eight", "killed", 8)], 1))
    reconcile([summary, part])
    assert summary.toll is not None and part.toll is not None
    assert (summary.toll.killed, part.toll.killed) == (4, 8)
