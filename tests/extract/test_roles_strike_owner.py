"""extract.roles: the party named as the owner of air strikes or shelling strikes (synthetic texts)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text


@pytest.mark.parametrize("text", [
    # synthetic
    "Monday's ambush follows three Saudi-led coalition air raids that left five farmers dead near Hajjah on Saturday.",
    # synthetic
    "Medics blamed the deaths of five farmers near Hajjah on Saturday on three Saudi-led coalition air raids.",
])
def test_the_owner_of_the_air_raids_strikes(text: str) -> None:
    doc = extract_text(text, published="2018-08-14")
    assert [e.actor1 for e in doc.events] == ["Operation Restoring Hope"]
    assert [e.actor2 for e in doc.events] == ["Civilians (Yemen)"]
