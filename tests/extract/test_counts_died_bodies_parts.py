"""Deaths told as the end of a wound ("died of his wounds", "succumbed to her injuries"), bodies found in numbers,
partitive passives ("two of the separatists were killed"), "another was wounded" after one killed, and the dead of a
funeral told in a reduced relative ("the funeral of three men killed by ..."). counts.py, counts.toml, victims.toml and
dates.py; every sentence here is invented for these tests (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.extract.dates import is_aside_date
from eventcoder.extract.lexicon import find_counts
from eventcoder.model import DateMention


def _role(text: str, role: str) -> int:
    return sum(c.value for c in find_counts(text, 0, len(text)) if c.role == role and c.counted)


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("A ranger hurt in the ambush near Velmor on Tuesday died of his wounds on Friday, officials said.", 1, 0),
        ("A guard shot at the depot last week died of his injuries in hospital.", 1, 0),
        ("A second nurse wounded in the shelling succumbed to her injuries overnight.", 1, 0),
        ("Three soldiers succumbed to their wounds after the raid on the outpost.", 3, 0),
        # negatives: a death of no violence, a wounded person alive
        ("The retired colonel died of natural causes at his home.", 0, 0),
        ("A trader was shot in the market and remains in hospital with serious wounds.", 0, 1),
    ],
)
def test_died_of_wounds_is_a_death(text: str, dead: int, hurt: int) -> None:
    assert (_role(text, "killed"), _role(text, "injured")) == (dead, hurt)


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("The bodies of five men with bullet wounds were left beside the canal at Orvano.", 5, 0),
        ("The bodies of seven farmers who had been abducted were found in a ravine.", 7, 0),
        ("Herders found the bodies of three boys with their hands bound near the well.", 3, 0),
        # negative: the wounded of a count that is no body
        ("Four men with gunshot wounds were taken to the clinic.", 0, 4),
    ],
)
def test_bodies_of_a_number_are_dead(text: str, dead: int, hurt: int) -> None:
    assert (_role(text, "killed"), _role(text, "injured")) == (dead, hurt)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gendarmes traded fire with separatists at the ford, and two of the separatists were killed.", 2),
        ("Troops overran the camp and three of the guerrilla fighters were killed.", 3),
        ("A watchman was killed and another was wounded when the gate was stormed.", 1),
        ("Mourners filled the square on Sunday for the funeral of four youths killed by soldiers on Friday.", 4),
        # negatives: a funeral of nobody counted, an age
        ("Hundreds attended the funeral of the old judge, who was 81.", 0),
    ],
)
def test_partitive_and_funeral_dead(text: str, dead: int) -> None:
    assert _role(text, "killed") == dead


def test_another_takes_the_role_of_its_own_verb() -> None:
    text = "One porter was killed and another was badly injured when the lorry was hit."
    assert (_role(text, "killed"), _role(text, "injured")) == (1, 1)
    text = "One porter was killed and another was taken away by the crowd."
    assert (_role(text, "killed"), _role(text, "injured")) == (1, 0)


@pytest.mark.parametrize(
    ("text", "day", "aside"),
    [
        ("The bodies of six men who had been seized by gunmen last week were found on Sunday.", "last week", True),
        ("The bodies of six men who had been seized by gunmen last week were found on Sunday.", "Sunday", False),
        ("Crowds attended the funeral on Monday of two men killed in a raid on Saturday.", "Monday", True),
        ("Crowds attended the funeral on Monday of two men killed in a raid on Saturday.", "Saturday", False),
        # negative: a plain act's day
        ("Gunmen killed two men in a raid on Saturday.", "Saturday", False),
    ],
)
def test_backstory_days_of_a_sentence(text: str, day: str, aside: bool) -> None:
    start = text.index(day)
    mention = DateMention(start=start, end=start + len(day), date=None, precision=1, kind="relative", text=day)
    assert is_aside_date(text, mention) is aside


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Raiders killed a herder and his four sons near the river crossing.", 5),
        ("Gunmen killed parish elder Tomas Berin and his two daughters in their yard.", 3),
        ("Masked men shot dead veteran labour lawyer Ilsa Maron outside the court.", 1),
        ("Gunmen killed two children and their mother.", 3),
        # negatives: no killing told of the relatives; the relatives' own group with no number
        ("The mayor and his two sons attended the ceremony in the square.", 0),
        ("Soldiers killed the commander and his men.", 0),
    ],
)
def test_relatives_counted_and_modified_names(text: str, dead: int) -> None:
    assert _role(text, "killed") == dead
