"""ACLED names the air arm of a state's forces for the air and drone strikes it flies in the wars where it tells the
arms apart. Synthetic texts written for these tests (no development text).

- Russian or Ukrainian air strikes over Ukraine are the "Air Force" of that state's forces; the Syrian government's
  over Syria the "Syrian Arab Air Force";
- Russian air strikes over Syria, and Russian shelling over Ukraine, keep the forces' plain name (negatives).
"""

from __future__ import annotations

import pytest
from pipeline_runs import run

from eventcoder.extract.actors import ActorLexicon
from eventcoder.extract.naming import air_arm
from eventcoder.pipeline import Pipeline
from eventcoder.vocab import SubEventType

PUBLISHED = "2022-06-10"


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.load(user=False)


def test_naming_air_arm_by_home_and_event_country(lex: ActorLexicon) -> None:
    ru = lex.find("Russian warplanes struck the depot.")[0]
    strike = SubEventType.AIR_DRONE_STRIKE
    assert air_arm("Military Forces of Russia (2000-)", ru, "UA", strike) == "Military Forces of Russia (2000-) Air Force"
    # synthetic negatives: another war, another kind of event, a name that already has its unit
    assert air_arm("Military Forces of Russia (2000-)", ru, "SY", strike) == "Military Forces of Russia (2000-)"
    assert air_arm("Military Forces of Russia (2000-)", ru, "UA", SubEventType.SHELLING) == (
        "Military Forces of Russia (2000-)")
    assert air_arm("Military Forces of Russia (2000-) Wagner", ru, "UA", strike) == (
        "Military Forces of Russia (2000-) Wagner")


def test_naming_generic_air_force_of_the_event_country(lex: ActorLexicon) -> None:
    army = lex.find("The army bombed the town.")[0]
    assert air_arm("Military Forces of Syria (2000-2024)", army, "SY", SubEventType.AIR_DRONE_STRIKE) == (
        "Military Forces of Syria (2000-2024) Syrian Arab Air Force")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor1"), [
    # synthetic
    ("On 8 June 2022, Russian forces launched an airstrike on a village near Kramatorsk, Donetsk. Casualties unknown.",
     "Military Forces of Russia (2000-) Air Force"),
    # synthetic negatives
    ("On 7 June 2022, Russian warplanes conducted airstrikes on hills near Idlib. Casualties unknown.",
     "Military Forces of Russia (2000-)"),
    ("On 8 June 2022, Russian forces shelled a village near Kramatorsk, Donetsk. Casualties unknown.",
     "Military Forces of Russia (2000-)"),
])
def test_naming_air_arm_in_the_pipeline(pipeline: Pipeline, text: str, actor1: str) -> None:
    assert [e.actor1 for e in run(pipeline, text, PUBLISHED).events] == [actor1]
