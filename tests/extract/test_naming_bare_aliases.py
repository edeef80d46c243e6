"""extract.naming.most_named: bare words for armed men count for the one named group beside them (synthetic texts)."""

from __future__ import annotations

from eventcoder.api import extract_text
from eventcoder.extract.actors import ActorLexicon, ActorMention
from eventcoder.extract.naming import most_named


def _agents(text: str) -> list[ActorMention]:
    return ActorLexicon.default().find(text)


def test_most_named_counts_bare_rebels_for_the_one_named_group() -> None:
    # synthetic: the group is named once, then told twice as "rebels"
    found = _agents("Rebels of the Arakan Army overran a post. The rebels then burned it. The rebels left at dawn.")
    agent = most_named(found)
    assert agent is not None and agent.key == "AA: Arakan Army"


def test_most_named_keeps_bare_words_apart_beside_two_named_groups() -> None:
    # synthetic: two named groups, so "rebels" names neither; the most named of the three is still chosen plainly
    found = _agents("The Arakan Army and ADF fighters met. The rebels marched. The rebels camped. The rebels slept.")
    agent = most_named(found)
    assert agent is not None and agent.key not in ("AA: Arakan Army", "ADF: Allied Democratic Forces")


def test_named_group_is_actor1_when_later_told_as_rebels() -> None:
    # synthetic news text
    text = ("Rebels from the Arakan Army seized the town of Paletwa from the army on Monday, the military said. "
            "The rebels took control of the town after a day of fighting, residents said.")
    doc = extract_text(text, published="2024-03-12")
    assert doc.events
    assert doc.events[0].actor1 == "AA: Arakan Army"



def test_bare_words_beside_a_group_only_blamed_stay_unnamed() -> None:
    # synthetic: no bare word is tied to the group; it is only blamed
    found = _agents("Gunmen raided a village. The gunmen burned huts. Officials blamed the Arakan Army.")
    agent = most_named(found)
    assert agent is not None and agent.key == "Unidentified Armed Group"
