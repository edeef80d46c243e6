"""A crowd abroad is named after the people it is, the event after the place. Synthetic texts written for these tests
(no development text).

- "Ukrainian citizens gathered in Milan": Protesters (Ukraine) in Italy; "Israeli settlers protested near Nablus":
  Protesters (Israel) in Palestine;
- a crowd of the event's own country, or a crowd with no demonym whose cause names foreigners ("residents protested
  the killing of two Malian traders"), is the event country's (negatives).
"""

from __future__ import annotations

import pytest
from pipeline_runs import run

from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow

PUBLISHED = "2022-03-02"


@pytest.mark.parametrize(("text", "coded"), [
    # synthetic
    ("On 1 March 2022, Ukrainian citizens gathered in Milan to demand a no-fly zone.",
     ("Protesters (Ukraine)", "Italy")),
    ("On 1 March 2022, Israeli settlers protested near Nablus against the removal of an outpost.",
     ("Protesters (Israel)", "Palestine")),
    # synthetic negatives
    ("On 1 March 2022, Italian farmers protested in Milan against fuel prices.", ("Protesters (Italy)", "Italy")),
    ("On 1 March 2022, residents protested in Dakar against the killing of two Malian traders.",
     ("Protesters (Senegal)", "Senegal")),
])
def test_naming_crowd_takes_its_own_nationality(pipeline: Pipeline, text: str, coded: tuple[str, str]) -> None:
    assert [(e.actor1, e.country) for e in run(pipeline, text, PUBLISHED).events] == [coded]
