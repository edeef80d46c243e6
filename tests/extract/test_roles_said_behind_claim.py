"""extract.roles: a group that says it was behind the attack claims it (synthetic texts)."""

from __future__ import annotations

from eventcoder.api import extract_text

# synthetic report
_BOMBING = ("A suicide bomber drove an explosives-laden car into a passing convoy of Somali special forces in Baidoa on "
            "Monday, killing at least five people, a local police officer said.\n\n"
            "Most of the dead were traders at a roadside market, the officer said. ")


def test_group_that_said_it_carried_out_the_attack_is_actor1() -> None:
    doc = extract_text(_BOMBING + "Al-Shabaab said it carried out the attack.", published="2024-05-07")
    assert [e.actor1 for e in doc.events] == ["Al Shabaab"]


def test_group_that_said_it_was_behind_the_bombing_is_actor1() -> None:
    doc = extract_text(_BOMBING + "Al-Shabaab later said it was behind Monday's bombing.", published="2024-05-07")
    assert [e.actor1 for e in doc.events] == ["Al Shabaab"]


def test_group_that_denied_a_role_is_no_claimant() -> None:
    doc = extract_text(_BOMBING + "Al-Shabaab said it had no part in the attack.", published="2024-05-07")
    assert [e.actor1 for e in doc.events] != ["Al Shabaab"]
