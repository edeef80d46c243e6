"""Conflicting reports of the same dead told in different sentences (extract/tolls.py `_rival_figure`): ACLED codes
the lowest, so a later teller's larger figure ("a councillor said 14 people died" after police's nine) is the high
figure only, and so is a second lower bound ("at least five", then another teller's "at least 11",
`_bounds_alike`); a raised toll ("the toll later rose to 14"), new dead, or a figure refining an earlier bound ("at
least a dozen" then "13") still counts. Every text was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow

LEAD = "Gunmen killed nine people in Kachia on Monday, police said.\n\n"


def _toll(text: str) -> list[tuple[int | None, int | None]]:
    return [(e.fatalities, e.fatalities_high) for e in extract_text(text, published="2023-03-03").events]


def test_a_later_tellers_larger_figure_is_the_high_not_the_toll() -> None:
    assert _toll(LEAD + "A local councillor said 14 people died in the attack.") == [(9, 14)]


def test_a_raised_toll_is_the_toll() -> None:
    assert [f for f, _ in _toll(LEAD + "The death toll later rose to 14, a local councillor said.")] == [14]


def test_a_later_figure_refines_an_earlier_bound() -> None:
    text = ("At least a dozen villagers were killed by gunmen in Kachia on Monday, police said.\n\n"
            "The state government said 13 people died in the attack.")
    assert [f for f, _ in _toll(text)] == [13]


@pytest.mark.parametrize("later", ["A local councillor said 14 people died, among them five of the gunmen.",
                                   "A rights group said 14 people had been killed in the district this month.",
                                   "Officials said the attack had in fact killed 14 people."])
def test_a_later_figure_of_other_dead_or_a_correction_is_no_rival_high(later: str) -> None:
    # synthetic (review rv7): another make-up, another period, or a correction is not a rival count of the same dead
    assert all(high != 14 or low == 14 for low, high in _toll(LEAD + later))


def test_two_tellers_lower_bounds_keep_the_lowest() -> None:
    # synthetic: "at least five" counted by one witness, "at least 11" said by another: rival reports, lowest kept
    text = ("Police fired on crowds that stormed the governor's office in Kachia on Monday. A reporter counted the "
            "bodies of at least five demonstrators outside the gate.\n\n"
            "A nurse, Mary Okafor, said at least 11 had been shot dead.")
    assert _toll(text) == [(5, 11)]


def test_an_exact_figure_still_refines_an_earlier_bound() -> None:
    from eventcoder.extract.tolls import _bounds_alike

    class _Q:
        def __init__(self, lower: bool) -> None:
            self.lower_bound = lower

    class _C:
        def __init__(self, lower: bool) -> None:
            self.qty = _Q(lower)

    assert not _bounds_alike([_C(True)], [_C(False)])  # type: ignore[list-item]
    assert _bounds_alike([_C(True)], [_C(True)])  # type: ignore[list-item]
    assert _bounds_alike([_C(False)], [_C(False)])  # type: ignore[list-item]
