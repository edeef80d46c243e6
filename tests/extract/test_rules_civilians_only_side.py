"""extract.rules: a fight needs two armed sides; armed men whose only other side is civilians attack them (synthetic
texts)."""

from __future__ import annotations

from eventcoder.api import extract_text


def _types(text: str) -> list[tuple[str | None, str | None]]:
    doc = extract_text(text, published="2024-06-08")
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_villagers_driven_back_by_gunmen_is_no_battle() -> None:
    # synthetic report
    text = ("Gunmen abducted 40 pupils from a boarding school in Katsina State, Nigeria, on Friday.\n\n"
            "A guard said villagers had tried to block the road, but the gunmen drove them back and one farmer was "
            "killed in the shootout.")
    types = _types(text)
    assert types and all(t == "Violence against civilians" for t, _ in types)


def test_armed_groups_fighting_each_other_stay_a_battle() -> None:
    # synthetic: two armed groups are both sides, whoever is hurt
    text = "On 3 May 2024, three people were wounded in fighting between two armed groups in Gao, Mali."
    assert ("Battles", "Armed clash") in _types(text)


def test_armed_men_who_clash_stay_a_battle() -> None:
    # synthetic: the armed men are the subject of the verb of fighting
    text = "On 3 May 2024, rival militiamen clashed near a market in Gao, Mali, and two residents were hurt."
    assert ("Battles", "Armed clash") in _types(text)
