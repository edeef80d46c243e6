"""Units named after a list of villages ("A and B in X and Y LGAs") locate them, also when the index reads a village
as a homonym in a province the report never names (coding._unit_after_name); synthetic texts."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_coding_units_after_villages_locate_a_misread_village() -> None:
    # synthetic: the report names Zamfara State; a village read in another state does not make the LGAs sites
    evs = extract_text(
        "Bandits on motorcycles shot 18 farmers dead in a raid on three villages in Zamfara State on Sunday.\n\n"
        "The villages raided were Gora, Dutsi and Kadaji in Anka and Gusau LGAs of the state, an official said.",
        published="2024-05-10").events
    assert len(evs) == 1
    assert evs[0].fatalities == 18


def test_coding_units_of_a_named_province_stay_sites_beside_a_village_of_another_named_one() -> None:
    # synthetic: two provinces the report names both: the village of the other one is no misreading
    evs = extract_text(
        "Bandits shot 18 farmers dead in raids in Zamfara State and Katsina State on Sunday.\n\n"
        "The villages raided were Gora and Kadaji in Anka and Gusau LGAs, an official said.",
        published="2024-05-10").events
    assert len(evs) >= 2
