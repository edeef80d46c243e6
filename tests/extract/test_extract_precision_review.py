"""Review fixes of the precision round: each rule narrowed to its own language, held by a synthetic text."""

from __future__ import annotations

import signal
from types import FrameType

from engine_layers import actor

from eventcoder.extract.roles import tells_only
from eventcoder.ingest import document_from_text
from eventcoder.model import EventRecord
from eventcoder.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str, published: str | None = "2024-05-11") -> list[EventRecord]:
    return next(iter(pipeline.pipe([document_from_text(text, published=published)]))).events


def _timeout(_sig: int, _frame: FrameType | None) -> None:
    raise TimeoutError("tells_only took more than 5 s")


def test_roles_a_run_of_title_words_after_said_is_read_in_linear_time() -> None:
    # synthetic: 200 capitalised title words after "said Police": each matched both alternatives of the speaker's
    # name before (time doubling per word)
    text = "The patrol was fired on, said Police " + "Commander " * 200 + "of the district"
    police = actor(text, "Police", "police")
    old = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(5)
    try:
        tells_only(text, police)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_background_a_habit_in_a_relative_clause_leaves_the_main_act(default_pipeline: Pipeline) -> None:
    # synthetic: the habit is the militants' history; the killing outside its clause is the sentence's act
    evs = _events(default_pipeline, "ADF rebels, who have often raided army posts in the area, killed nine soldiers "
                                    "in an assault on a camp near Beni.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 9)]
    assert _events(default_pipeline, "The separatist movement, which is strongest in the highlands, has clashed "
                                     "regularly with the national army.") == []


def test_roles_a_place_or_a_day_inside_a_group_name_keeps_its_verb(default_pipeline: Pipeline) -> None:
    # synthetic: "members of two rival unions in Lahore clashed": the place is stepped over, the crowd acts
    evs = _events(default_pipeline, "Members of two rival student unions in Lahore clashed on Thursday, leaving 15 "
                                    "people injured.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]
    evs = _events(default_pipeline, "Supporters of the governing party in Mombasa attacked opposition supporters "
                                    "on Saturday.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]


def test_cues_slain_is_an_act_in_the_active_and_passive_voice(default_pipeline: Pipeline) -> None:
    # synthetic: "have slain" and "were slain" tell the killing; "the slain ..." and "to slain ..." name a person
    evs = _events(default_pipeline, "Suspected cattle raiders have slain two women near Lodwar in Turkana county on "
                                    "Friday.")
    assert [e.sub_event_type for e in evs] == ["Attack"]
    evs = _events(default_pipeline, "Two traders were slain by gunmen in Marsabit on Friday.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 2)]
    assert _events(default_pipeline, "Mourners gathered at the home of the slain reporter's parents to pray.") == []


def test_rejections_a_case_registered_after_a_killing_keeps_the_killing(default_pipeline: Pipeline) -> None:
    # synthetic: the killing and the legal step after it in one sentence; the legal step alone is no event
    evs = _events(default_pipeline, "Masked gunmen shot dead three traders in Sopore on Thursday, and a case was "
                                    "registered against unidentified persons.")
    assert [e.fatalities for e in evs] == [3]
    assert _events(default_pipeline, "Officers said a complaint was lodged against the estate guards accused of "
                                     "beating the tenants.") == []


def test_tolls_two_places_figures_are_no_rival_sources(default_pipeline: Pipeline) -> None:
    # synthetic: "while police said" opens another place's dead, not another source's figure for the same dead
    evs = _events(default_pipeline, "Four people were killed in Jos on Saturday, while police said three people died "
                                    "in Bauchi.")
    # (the lower figure is no longer taken as the toll; telling the two places' dead apart is left to the incidents)
    assert [e.fatalities >= 4 for e in evs if e.location == "Jos"] == [True]


def test_roles_a_colon_after_a_force_inside_a_line_is_no_label() -> None:
    # synthetic: "Police:" opening a line is a heading's source label; "clashed with police: ..." is a party
    text = "Students fought with police: four people were hurt in Kampala on Monday."
    assert not tells_only(text, actor(text, "police", "police"))
    text = "Report\nPolice: two shot dead in a bar in Kampala"
    assert tells_only(text, actor(text, "Police", "police"))


def test_roles_a_force_tells_of_its_own_act_only_with_its_verb() -> None:
    # synthetic: "police said they fired" tells the force's act; "police said it was investigating" only tells
    text = "Youths burnt shops in Gulu on Monday, and police said they fired tear gas."
    assert not tells_only(text, actor(text, "police", "police"))
    text = "Rebels said on Friday that their fighters seized the hill."
    assert not tells_only(text, actor(text, "Rebels", "rebel"))
    text = "Youths burnt shops in Gulu on Monday; police said it was investigating the unrest."
    assert tells_only(text, actor(text, "police", "police"))
