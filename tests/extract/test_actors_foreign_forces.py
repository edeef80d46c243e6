"""A foreign state's forces are a side of an event only where the text says they acted there.

Every text here is synthetic, written for these tests (no development text).

- "the police", "soldiers" with no country word are the forces of the country where the event happened, even when
  the report names another country more often (its president, its courts, a drug agency named in passing);
- a country word that names the force ("US troops", "Russian warplanes") keeps that state's forces, coded
  External/Other abroad (negatives);
- "the soldiers", "these officers" refer back to the state force a country word named just before (same kind), so a
  foreign force told acting keeps its country in the next sentence; a bare plural or no force named before stays
  generic (negatives).
"""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from pipeline_runs import run

from eventcoder.extract.actors import ActorLexicon
from eventcoder.pipeline import Pipeline
from eventcoder.vocab import Inter

PUBLISHED = "2024-05-05"


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.load(user=False)


def test_actors_generic_force_localised_elsewhere_takes_the_event_country(lex: ActorLexicon) -> None:
    # synthetic: "police" that the report's focus (another country) had given a country
    police = lex.find("Police fired on the crowd.")[0]
    abroad = replace(police, key="Police Forces of the United States", country="US")
    assert lex.name(abroad, event_date="2022-03-01", event_country="MX") == (
        "Police Forces of Mexico (2018-2024)", Inter.STATE_FORCES)
    # with no event country the focus country stays
    assert lex.name(abroad, event_date="2022-03-01", event_country=None)[0].startswith(
        "Police Forces of the United States")


def test_actors_named_foreign_force_stays_foreign(lex: ActorLexicon) -> None:
    # synthetic negative: a country word names the force, which acts abroad
    us = lex.find("US troops raided the compound.")[0]
    assert lex.name(us, event_date="2022-03-01", event_country="SY") == (
        "Military Forces of the United States (2021-2025)", Inter.EXTERNAL_OTHER)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actors"), [
    # synthetic: another country's leader and past deployment named in passing
    ("Heavy fighting broke out in Tillaberi on Sunday between jihadists and the army, leaving 12 soldiers dead. "
     "The French president condemned the attack. France withdrew its troops from the country last year.",
     ("Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)")),
    # synthetic: a foreign government's past strikes named as background
    ("Militants attacked a military post near Mogadishu on Friday, killing five soldiers. The United States has "
     "carried out drone strikes in the country before. American officials said they were watching closely.",
     ("Unidentified Armed Group (Somalia)", "Military Forces of Somalia (2022-)")),
])
def test_actors_forces_named_in_passing_abroad_are_no_side(pipeline: Pipeline, text: str,
                                                           actors: tuple[str, str]) -> None:
    events = run(pipeline, text, PUBLISHED).events
    assert [(e.actor1, e.actor2) for e in events] == [actors]


@pytest.mark.slow
def test_actors_foreign_force_that_acted_is_a_side(pipeline: Pipeline) -> None:
    # synthetic negative: the foreign force is told acting where the event happened
    text = "US troops clashed with Islamic State militants near Deir ez-Zor on Monday, officials said."
    events = run(pipeline, text, PUBLISHED).events
    assert [e.actor1 for e in events] == ["Military Forces of the United States (2021-2025)"]


@pytest.mark.parametrize(("text", "key"), [
    # synthetic: a definite plural of a force's men after a force a country word named
    ("US troops raided a compound. The soldiers detained two men.", "Military Forces of the United States"),
    ("Turkish police stormed the hall. These officers then fired tear gas.", "Police Forces of Turkey"),
])
def test_actors_definite_force_refers_back_to_the_named_force(lex: ActorLexicon, text: str, key: str) -> None:
    second = lex.find(text, text.index(". ") + 2)[0]
    assert (second.key, second.anaphor) == (key, True)


@pytest.mark.parametrize("text", [
    # synthetic negatives: no definite article, another kind of force, or no force named before
    "US troops raided a compound. Soldiers detained two men.",
    "US troops raided a compound. The officers detained two men.",
    "Gunmen raided a compound. The soldiers detained two men.",
])
def test_actors_generic_force_without_antecedent_stays_generic(lex: ActorLexicon, text: str) -> None:
    second = lex.find(text, text.index(". ") + 2)[0]
    assert second.generic and second.country is None and not second.anaphor


def test_actors_definite_force_look_back_never_recurses(lex: ActorLexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    # synthetic: 200 definite forces with no force named before; the look-back is one plain scan per call, not a
    # resolution of every earlier "the soldiers" (that recursion took exponential time)
    text = "The soldiers came. " * 200
    calls = 0
    named = lex._named

    def counted(*args: object) -> list[object]:
        nonlocal calls
        calls += 1
        return named(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(lex, "_named", counted)
    started = time.monotonic()
    last = lex.find(text, text.rindex("The soldiers"))
    whole = lex.find(text)
    assert calls <= 4 and time.monotonic() - started < 5
    assert len(whole) == 200 and all(m.generic and not m.anaphor for m in whole + last)


@pytest.mark.slow
def test_actors_foreign_force_goes_on_in_the_next_sentence(pipeline: Pipeline) -> None:
    # synthetic: the force's men told again with a definite article are the same foreign force
    text = "US troops clashed with militants near Deir ez-Zor on Monday. The soldiers killed four militants."
    events = run(pipeline, text, PUBLISHED).events
    assert {e.actor1 for e in events} == {"Military Forces of the United States (2021-2025)"}
