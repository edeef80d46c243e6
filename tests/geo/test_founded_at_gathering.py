"""A group founded, launched, merged or dissolved at a gathering (twenty-fifth round): "announced the formation of the
'Council of the Hills' during their meeting in X" tells the act itself, so X is where it happened, however long the
group's name between them; words inside a quoted name are no other place of the sentence. A meeting where people only
spoke ("said at a meeting in X"), and a sentence that names where the act happened, keep X out. All texts are
synthetic, written for these tests.
"""

from __future__ import annotations

from eventcoder.geo.eventloc import is_event_place
from eventcoder.model import Place


def _at(text: str, word: str, feature: str = "city") -> Place:
    i = text.index(word)
    return Place(word, i, i + len(word), resolved=True, name=word, country_code="YE", feature=feature)


def test_a_group_formed_during_a_meeting_was_formed_where_the_meeting_was() -> None:
    text = ("On 2 March 2024, officers from the coast announced the formation of the 'Joint Council for the "
            "Protection of the Coast' during their meeting in Qarnit city.")  # synthetic
    assert is_event_place(text, _at(text, "Qarnit"))


def test_a_place_inside_a_quoted_name_after_the_meeting_is_no_other_scene() -> None:
    text = ("On 2 March 2024, elders founded a new union at a tribal meeting in Qarnit, in answer to the "
            "'Council of Elders in Wadi Sala' set up the week before.")  # synthetic
    assert is_event_place(text, _at(text, "Qarnit"))


def test_a_meeting_where_people_only_spoke_is_no_event_place() -> None:
    text = "On 2 March 2024, the governor said during a meeting in Qarnit that troops shelled Wadi Sala."  # synthetic
    assert not is_event_place(text, _at(text, "Qarnit"))


def test_a_formation_told_at_a_meeting_with_the_scene_named_keeps_the_meeting_out() -> None:
    text = ("On 2 March 2024, a new brigade formed in Wadi Sala was announced during a meeting in Qarnit "
            "city.")  # synthetic
    assert not is_event_place(text, _at(text, "Qarnit"))
