"""extract.actors: a group of Burkina Faso named as ACLED names it (synthetic texts)."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_ansaroul_islam_is_named_in_burkina_faso() -> None:
    # synthetic
    text = "Fighters of Ansarul Islam attacked a gendarmerie post in Djibo on Tuesday, killing two gendarmes."
    doc = extract_text(text, published="2019-08-06")
    assert "Ansaroul Islam" in {e.actor1 for e in doc.events} | {e.actor2 for e in doc.events}
