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


def test_coding_units_after_a_day_locate_the_villages_before_it() -> None:
    # synthetic: "the villages of A and B on Sunday in X LGA": the LGA locates the villages; no second record
    evs = extract_text("Herders attacked the villages of Kwall and Nkiedonwhro on Sunday in Bassa LGA, killing nine.",
                       published="2024-05-10").events
    assert [(e.location, e.fatalities) for e in evs] == [("Kwal", 9)]


def test_coding_a_weekday_before_in_is_no_name_the_units_locate() -> None:
    # synthetic: "on Sunday in X LGA": Sunday is no village the LGA locates
    from eventcoder.extract.coding import _NAME_IN_BEFORE

    assert _NAME_IN_BEFORE.search("Gunmen killed six farmers on Sunday in ") is None
    assert _NAME_IN_BEFORE.search("Gunmen killed six farmers at Mushere on Sunday in ") is not None
