"""Tests of the actor dictionary: matching, naming by date and country, loading user files.

Every sentence here is synthetic, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcoder.errors import ConfigError, InputError
from eventcoder.extract.actors import ActorLexicon, ActorMention
from eventcoder.vocab import Inter


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.load(user=False)


def keys(lex: ActorLexicon, text: str) -> list[str]:
    return [m.key for m in lex.find(text)]


def only(lex: ActorLexicon, text: str) -> ActorMention:
    found = lex.find(text)
    assert len(found) == 1, [(m.surface, m.key) for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Assad regime shelled the village.", "Military Forces of Syria"),
        ("Forces of the Damascus administration advanced.", "Military Forces of Syria"),
        ("Islamic State fighters ambushed a convoy.", "Islamic State"),
        ("Daesh claimed the bombing.", "Islamic State"),
        ("An ISIL cell planted the device.", "Islamic State"),
        ("Al-Shabab militants stormed the hotel.", "Al Shabaab"),
        ("Jama'at Nusrat al-Islam wal-Muslimin claimed the raid.", "JNIM: Group for Support of Islam and Muslims"),
        ("Ansar Allah launched drones at the port.", "Military Forces of Yemen Supreme Political Council"),
        ("Hayat Tahrir al-Sham fighters repelled the advance.", "HTS: Hayat Tahrir al Sham"),
        ("The Kurdish-led SDF detained two men.", "QSD: Syrian Democratic Forces"),
        ("M23 rebels seized the town.", "M23: March 23 Movement"),
        ("Suspected ADF rebels raided the village.", "ADF: Allied Democratic Forces"),
        ("The paramilitary Rapid Support Forces shelled the camp.", "Rapid Support Forces"),
        ("Tehrik-i-Taliban Pakistan claimed the attack.", "TTP: Tehreek-i-Taliban Pakistan"),
        ("Wagner mercenaries accompanied the patrol.", "Wagner Group"),
        ("PKK militants attacked an outpost.", "PKK: Kurdistan Workers Party"),
        ("ELN guerrillas blew up the pipeline.", "ELN: National Liberation Army"),
        ("CJNG gunmen opened fire at the bar.", "CJNG: Jalisco New Generation Cartel"),
        ("Fano militiamen entered the town.", "Fano Militia"),
        ("Tigrayan forces withdrew.", "TPLF: Tigray People's Liberation Front"),
        ("The Arakan Army captured the base.", "AA: Arakan Army"),
        ("Hezbollah fired rockets.", "Hezbollah"),
        ("Boko Haram insurgents burned the market.", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        ("Fulani herdsmen attacked farmers.", "Fulani Ethnic Militia"),
    ],
)
def test_actors_aliases_map_to_canonical_keys(lex: ActorLexicon, text: str, key: str) -> None:
    assert key in keys(lex, text)


@pytest.mark.parametrize(
    ("text", "key", "country"),
    [
        ("Russian warplanes struck the market.", "Military Forces of Russia", "RU"),
        ("Russian jets pounded the hills.", "Military Forces of Russia", "RU"),
        ("Israeli forces raided the camp.", "Military Forces of Israel", "IL"),
        ("Turkish drones hit a car.", "Military Forces of Turkey", "TR"),
        ("Ukrainian troops pushed forward.", "Military Forces of Ukraine", "UA"),
        ("Nigerian soldiers crossed the river.", "Military Forces of Nigeria", "NG"),
        ("Afghan police arrested him.", "Police Forces of Afghanistan", "AF"),
        ("Kenya's police fired tear gas.", "Police Forces of Kenya", "KE"),
        ("Congolese troops retook the hill.", "Military Forces of the Democratic Republic of Congo", "CD"),
        ("U.S. forces carried out a strike.", "Military Forces of the United States", "US"),
        ("Malian soldiers patrolled the road.", "Military Forces of Mali", "ML"),
        ("Burkinabe soldiers were ambushed.", "Military Forces of Burkina Faso", "BF"),
        ("Ethiopian drones struck a bus.", "Military Forces of Ethiopia", "ET"),
    ],
)
def test_actors_demonym_patterns_name_state_forces(lex: ActorLexicon, text: str, key: str, country: str) -> None:
    m = only(lex, text)
    assert (m.key, m.country, m.generic) == (key, country, False)
    assert m.inter is Inter.STATE_FORCES


def test_actors_backed_militias_name_the_backer(lex: ActorLexicon) -> None:
    assert keys(lex, "Iranian-backed militias shelled the town.") == ["Iran-backed militias"]
    assert keys(lex, "Russia-backed fighters held the bridge.") == ["Russia-backed militias"]
    # An explicit alias beats the generated phrase for the same words.
    assert keys(lex, "Turkish-backed factions shelled the village.") == ["JWS: Syrian National Army"]


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        ("Gunmen opened fire.", "Unidentified Armed Group", "political_militia"),
        ("Unidentified assailants set fire to a church.", "Unidentified Armed Group", "political_militia"),
        ("Bandits abducted travellers.", "Unidentified Armed Group", "political_militia"),
        ("Demonstrators blocked the road.", "Protesters", "protesters"),
        ("A mob lynched the suspect.", "Rioters", "rioters"),
        ("Villagers fled.", "Civilians", "civilians"),
        ("Worshippers were wounded.", "Civilians", "civilians"),
        ("The army retook the hill.", "Military Forces", "state"),
        ("Security forces surrounded the area.", "Military Forces", "state"),
        ("The junta bombed the school.", "Military Forces", "state"),
        ("Gendarmes opened fire.", "Military Forces", "state"),
        ("Riot police fired tear gas.", "Police Forces", "police"),
    ],
)
def test_actors_generic_actors_need_a_country(lex: ActorLexicon, text: str, key: str, kind: str) -> None:
    m = only(lex, text)
    assert (m.key, m.kind, m.generic, m.country) == (key, kind, True, None)


def test_actors_generic_names_take_the_event_country(lex: ActorLexicon) -> None:
    gunmen = only(lex, "Gunmen stormed the school.")
    assert lex.name(gunmen, event_date="2023-05-01", event_country="NG") == (
        "Unidentified Armed Group (Nigeria)",
        Inter.POLITICAL_MILITIA,
    )
    crowd = only(lex, "Protesters gathered.")
    assert lex.name(crowd, event_date=None, event_country="CI")[0] == "Protesters (Ivory Coast)"
    army = only(lex, "The army shelled the town.")
    assert lex.name(army, event_date="2022-03-01", event_country="ML") == (
        "Military Forces of Mali (2021-)",
        Inter.STATE_FORCES,
    )
    assert lex.name(army, event_date=None, event_country=None) == ("Military Forces", Inter.STATE_FORCES)


def test_actors_social_groups_are_kept_for_associated_actors(lex: ActorLexicon) -> None:
    m = only(lex, "Farmers were killed.")
    assert (m.key, m.group) == ("Civilians", "Farmers")
    assert only(lex, "Journalists were beaten.").group == "Journalists"


def test_actors_regime_years_follow_the_event_date(lex: ActorLexicon) -> None:
    m = only(lex, "The Assad regime shelled the town.")
    assert lex.name(m, event_date="2023-10-05", event_country="SY")[0] == "Military Forces of Syria (2000-2024)"
    assert lex.name(m, event_date="2024-12-07", event_country="SY")[0] == "Military Forces of Syria (2000-2024)"
    assert lex.name(m, event_date="2024-12-08", event_country="SY")[0] == "Military Forces of Syria (2024-)"
    assert lex.name(m, event_date=None, event_country="SY")[0] == "Military Forces of Syria"  # no date, no regime guessed
    il = only(lex, "Israeli troops raided the town.")
    assert lex.name(il, event_date="2022-01-10", event_country="IL")[0] == "Military Forces of Israel (2021-2022)"
    assert lex.name(il, event_date="2023-10-07", event_country="IL")[0] == "Military Forces of Israel (2022-)"
    ru = only(lex, "Russian troops shelled the city.")
    assert lex.name(ru, event_date="2022-03-01", event_country="RU")[0] == "Military Forces of Russia (2000-)"


def test_actors_state_forces_abroad_are_external(lex: ActorLexicon) -> None:
    m = only(lex, "Russian warplanes struck the market.")
    assert lex.name(m, event_date="2023-10-05", event_country="SY") == (
        "Military Forces of Russia (2000-)",
        Inter.EXTERNAL_OTHER,
    )
    assert lex.name(m, event_date="2023-10-05", event_country="RU")[1] is Inter.STATE_FORCES
    assert lex.name(m, event_date="2023-10-05", event_country=None)[1] is Inter.STATE_FORCES


def test_actors_houthis_are_yemeni_state_forces_with_their_own_regime(lex: ActorLexicon) -> None:
    m = only(lex, "The Houthis fired a missile.")
    assert lex.name(m, event_date="2021-06-01", event_country="YE") == (
        "Military Forces of Yemen (2016-) Supreme Political Council",
        Inter.STATE_FORCES,
    )
    hadi = only(lex, "Yemeni government forces advanced.")
    assert lex.name(hadi, event_date="2021-06-01", event_country="YE")[0] == "Military Forces of Yemen (2012-2022)"
    assert lex.name(hadi, event_date="2023-06-01", event_country="YE")[0] == "Military Forces of Yemen (2022-)"


def test_actors_eras_change_name_and_type_on_a_date(lex: ActorLexicon) -> None:
    taliban = only(lex, "Taliban fighters attacked the checkpoint.")
    assert lex.name(taliban, event_date="2020-05-01", event_country="AF") == ("Taliban", Inter.REBEL_GROUP)
    assert lex.name(taliban, event_date="2022-05-01", event_country="AF") == (
        "Military Forces of Afghanistan (2021-)",
        Inter.STATE_FORCES,
    )
    # fighters in Pakistan are its own branch; the Taliban's government and forces abroad are Afghanistan's
    assert lex.name(taliban, event_date="2024-05-01", event_country="PK") == (
        "TTP: Tehreek-i-Taliban Pakistan", Inter.REBEL_GROUP)
    forces = only(lex, "Taliban forces attacked the checkpoint.")
    assert lex.name(forces, event_date="2024-05-01", event_country="PK")[1] is Inter.EXTERNAL_OTHER
    assert lex.name(forces, event_date="2020-05-01", event_country="AF") == ("Taliban", Inter.REBEL_GROUP)
    rsf = only(lex, "The RSF shelled the market.")
    assert lex.name(rsf, event_date="2022-01-01", event_country="SD")[0] == (
        "Military Forces of Sudan (2019-) Rapid Support Forces"
    )
    assert lex.name(rsf, event_date="2024-01-01", event_country="SD") == ("Rapid Support Forces", Inter.REBEL_GROUP)


def test_actors_islamic_state_is_named_by_branch(lex: ActorLexicon) -> None:
    generic = only(lex, "IS fighters attacked the post.")
    assert lex.name(generic, event_date=None, event_country="IQ")[0] == "Islamic State (Iraq)"
    assert lex.name(generic, event_date=None, event_country="NE")[0] == "Islamic State (Sahel)"
    assert lex.name(generic, event_date=None, event_country=None)[0] == "Islamic State"
    iswap = only(lex, "ISWAP fighters overran the base.")
    assert lex.name(iswap, event_date=None, event_country="NG")[0] == "Islamic State (West Africa) - Lake Chad Faction"
    # The branch, not the event's country, names a specific mention that crosses a border.
    assert lex.name(iswap, event_date=None, event_country="NE")[0] == "Islamic State (West Africa) - Lake Chad Faction"
    iskp = only(lex, "ISKP claimed the bombing.")
    assert lex.name(iskp, event_date=None, event_country="PK")[0] == "Islamic State (Pakistan)"
    assert lex.name(iskp, event_date=None, event_country=None)[0] == "Islamic State (Afghanistan)"


def test_actors_short_acronyms_are_case_sensitive(lex: ActorLexicon) -> None:
    assert keys(lex, "IS claimed it.") == ["Islamic State"]
    assert keys(lex, "This is what it is.") == []
    assert keys(lex, "The AA said so.") == ["AA: Arakan Army"]
    assert keys(lex, "Download the pdf and read aa notes.") == []
    assert keys(lex, "PDF fighters ambushed a convoy.") == ["PDF: People's Defense Force"]
    # Inside an all-caps headline a two-letter word is not a group.
    assert keys(lex, "WHAT IS KNOWN ABOUT THE FLOODS") == []


def test_actors_longest_match_wins_and_spans_do_not_overlap(lex: ActorLexicon) -> None:
    text = "Fighters of the Syrian Democratic Forces and Russian warplanes struck; the Syrian army held."
    found = lex.find(text)
    assert [m.key for m in found] == [
        "Unidentified Armed Group",
        "QSD: Syrian Democratic Forces",
        "Military Forces of Russia",
        "Military Forces of Syria",
    ]
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    for m in found:
        assert text[m.start : m.end] == m.surface


def test_actors_find_respects_the_window(lex: ActorLexicon) -> None:
    text = "Gunmen fled. Police arrived. Protesters gathered."
    start = text.index("Police")
    found = lex.find(text, start, text.index("Protesters"))
    assert [(m.key, m.start) for m in found] == [("Police Forces", start)]


def test_actors_names_do_not_cross_punctuation(lex: ActorLexicon) -> None:
    # "Syrian, army" is two words in a list, not "Syrian army".
    assert "Military Forces of Syria" not in keys(lex, "The Syrian, army and others")


def test_actors_possessive_country_names(lex: ActorLexicon) -> None:
    assert keys(lex, "Syria's army advanced.") == ["Military Forces of Syria"]
    assert keys(lex, "Sudan\u2019s army shelled the city.") == ["Military Forces of Sudan"]


def test_actors_unknown_keeps_the_surface_form(lex: ActorLexicon) -> None:
    m = lex.unknown("the Brigade of the Free Hills", "SY", start=10)
    assert (m.key, m.start, m.end, m.country) == ("Brigade of the Free Hills", 10, 10 + 29, "SY")
    assert lex.name(m, event_date=None, event_country="SY") == ("Brigade of the Free Hills", Inter.POLITICAL_MILITIA)


def test_actors_user_files_extend_and_override(tmp_path: Path) -> None:
    (tmp_path / "mine.tsv").write_text(
        "aliases\tactor\tinter\tcountry\tkind\n"
        "Hill Wolves|the Wolves\tHill Wolves Militia\tPolitical militia\tKE\tpolitical_militia\n"
        "gunmen\tBandits Collective\tPolitical militia\t*\tpolitical_militia\n",
        encoding="utf-8",
    )
    lex = ActorLexicon.load([tmp_path], user=False)
    assert keys(lex, "The Hill Wolves raided a farm.") == ["Hill Wolves Militia"]
    assert keys(lex, "Gunmen raided a farm.") == ["Bandits Collective"]


def test_actors_user_home_folder_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "extra.tsv").write_text(
        "aliases\tactor\tinter\tcountry\tkind\nLake Raiders\tLake Raiders Gang\tPolitical militia\tUG\tpolitical_militia\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EVENTCODER_HOME", str(tmp_path))
    assert keys(ActorLexicon.load(), "Lake Raiders struck.") == ["Lake Raiders Gang"]


def test_actors_bad_files_name_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("aliases\tactor\tinter\tcountry\tkind\nX\tY\tWarlords\tKE\trebel\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.tsv line 2.*inter type"):
        ActorLexicon.load([bad], bundled=False, user=False)
    with pytest.raises(ConfigError, match="does not exist"):
        ActorLexicon.load([tmp_path / "missing.tsv"], bundled=False, user=False)
    header = tmp_path / "header.tsv"
    header.write_text("name\tkind\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown header"):
        ActorLexicon.load([header], bundled=False, user=False)


def test_actors_default_is_cached() -> None:
    assert ActorLexicon.default() is ActorLexicon.default()


def test_actors_anti_and_pro_prefixes_are_not_the_side_named(lex: ActorLexicon) -> None:
    assert "Military Forces of Yemen Supreme Political Council" not in keys(lex, "Anti-Houthi fighters advanced.")
    assert keys(lex, "Pro-Moldovan rioters clashed with police.") == ["Rioters", "Police Forces"]


def test_actors_forces_of_country_is_read_both_ways(lex: ActorLexicon) -> None:
    assert keys(lex, "Military forces of Russia detained a teacher.")[0] == "Military Forces of Russia"
    assert keys(lex, "the armed forces of the Democratic Republic of the Congo")[0] == (
        "Military Forces of the Democratic Republic of Congo"
    )
    assert keys(lex, "Troops of Chad crossed the border.") == ["Military Forces of Chad"]


def test_actors_coordinated_countries_share_the_head(lex: ActorLexicon) -> None:
    assert keys(lex, "Russian and Syrian warplanes struck the town.") == [
        "Military Forces of Russia",
        "Military Forces of Syria",
    ]


def test_actors_targets_written_as_positions(lex: ActorLexicon) -> None:
    assert keys(lex, "The militants shelled Ukrainian positions.") == [
        "Unidentified Armed Group",
        "Military Forces of Ukraine",
    ]
    assert keys(lex, "Gunmen attacked an army checkpoint.")[1] == "Military Forces"


def test_actors_named_local_militias_follow_acled_patterns(lex: ActorLexicon) -> None:
    m = only(lex, "Zangoro militiamen raided the hamlet.")
    assert (m.key, m.kind, m.generic) == ("Zangoro Communal Militia", "identity_militia", True)
    assert lex.name(m, event_date=None, event_country="NG") == (
        "Zangoro Communal Militia (Nigeria)",
        Inter.IDENTITY_MILITIA,
    )
    assert keys(lex, "Al Qarni tribesmen blocked the road.") == ["Al Qarni Tribal Militia"]
    assert keys(lex, "Wadaag clan militia fought a rival clan.")[0] == "Wadaag Clan Militia"
    # Ordinary capitalised words are not community names.
    assert keys(lex, "Local militia repelled the raid.") == ["Unidentified Communal Militia"]


def test_actors_lexicon_is_fast_enough_to_build(lex: ActorLexicon) -> None:
    # Size, not time: the bundled dictionary stays a few thousand entries, so it builds in well under a second.
    assert 1500 < len(lex) < 20000


def test_actors_named_groups_absorb_their_members_noun(lex: ActorLexicon) -> None:
    m = only(lex, "Mayi-Mayi militiamen looted the shops.")
    assert (m.surface, m.key) == ("Mayi-Mayi militiamen", "Mayi Mayi Militia")
    assert [(x.surface, x.key) for x in lex.find("IS-linked militants attacked.")] == [
        ("IS-linked militants", "Islamic State")
    ]
    # A generic actor does not swallow the next actor: "gunmen" and "soldiers" stay two.
    assert keys(lex, "the gunmen soldiers") == ["Unidentified Armed Group", "Military Forces"]


def test_actors_area_descriptions_are_not_actors(lex: ActorLexicon) -> None:
    assert keys(lex, "The Hamas-run health ministry said.") == []
    assert keys(lex, "a Russian-held town") == []
    assert keys(lex, "in Houthi-controlled areas") == []


def test_actors_al_qaeda_is_named_by_its_regional_branch(lex: ActorLexicon) -> None:
    m = only(lex, "Al-Qaeda militants stormed the post.")
    assert lex.name(m, event_date=None, event_country="BF")[0] == "JNIM: Group for Support of Islam and Muslims"
    assert lex.name(m, event_date=None, event_country="YE")[0] == "AQAP: Al Qaeda in the Arabian Peninsula"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(
            [
                "Russian",
                "warplanes",
                "the",
                "army",
                "IS",
                "is",
                "gunmen",
                ",",
                "-",
                "'s",
                "Syria",
                "anti",
                "Houthi",
                "forces",
                "of",
                "Mali",
                "militiamen",
                "Katsina",
                " ",
                "\n",
                "Al-Shabaab",
                "ADF",
                "rebels",
                "é",
                ".",
            ]
        ),
        max_size=30,
    )
)
def test_actors_find_offsets_are_exact_sorted_and_disjoint(lex: ActorLexicon, parts: list[str]) -> None:
    text = " ".join(parts)
    found = lex.find(text)
    for m in found:
        assert text[m.start : m.end] == m.surface and m.surface.strip() == m.surface
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start


def test_actors_kurdish_forces_depend_on_the_country(lex: ActorLexicon) -> None:
    m = only(lex, "Kurdish fighters repelled the attack.")
    assert lex.name(m, event_date=None, event_country="SY")[0] == "QSD: Syrian Democratic Forces"
    assert lex.name(m, event_date="2023-03-01", event_country="IQ") == (
        "Military Forces of Iraq (2022-) Peshmerga",
        Inter.STATE_FORCES,
    )
    assert lex.name(m, event_date=None, event_country="TR")[0] == "PKK: Kurdistan Workers Party"


def test_actors_associated_names_the_social_group(lex: ActorLexicon) -> None:
    farmers = only(lex, "Farmers were shot in their fields.")
    assert lex.associated(farmers, event_country="SY") == "Farmers (Syria)"
    assert lex.associated(only(lex, "Villagers fled."), event_country="SY") is None


def test_actors_state_name_for_callers_without_a_mention(lex: ActorLexicon) -> None:
    assert lex.state_name("Police Forces", "NG", "2024-02-01") == "Police Forces of Nigeria (2023-)"
    assert lex.state_name("Military Forces", "CD", "2018-06-01") == (
        "Military Forces of the Democratic Republic of Congo (2001-2019)"
    )


def test_actors_plural_demonyms_alone_are_civilians(lex: ActorLexicon) -> None:
    found = lex.find("Troops killed three Palestinians and two Yemenis.")
    assert [(m.surface, m.key) for m in found][1:] == [("Palestinians", "Civilians"), ("Yemenis", "Civilians")]
    # Where the plural usually means soldiers, or the word is an ordinary noun, nothing is found.
    assert keys(lex, "The Russians shelled the town.") == []
    assert keys(lex, "Wind knocked down telegraph poles.") == []


def test_actors_vague_armed_actors_take_the_local_name(lex: ActorLexicon) -> None:
    rebels = only(lex, "Rebels shelled the market.")
    assert rebels.generic
    assert lex.name(rebels, event_date="2019-01-01", event_country="YE")[0] == (
        "Military Forces of Yemen (2016-) Supreme Political Council"
    )
    assert lex.name(rebels, event_date=None, event_country="CF") == (
        "Unidentified Armed Group (Central African Republic)",
        Inter.POLITICAL_MILITIA,
    )
    islamists = only(lex, "Suspected Islamist militants stormed the village.")
    assert lex.name(islamists, event_date=None, event_country="KE")[0] == "Al Shabaab"
    assert lex.name(islamists, event_date=None, event_country="ML")[0] == "Unidentified Armed Group (Mali)"


def test_actors_local_branches_and_gangs_are_named_after_their_place(lex: ActorLexicon) -> None:
    m = only(lex, "The Kantbalu People's Defense Force ambushed a convoy.")
    assert lex.name(m, event_date=None, event_country="MM")[0] == "People's Defense Force - Kantbalu"
    assert keys(lex, "Members of the Zorro gang shot a driver.")[0] == "Zorro Gang"


def test_actors_coordination_with_a_non_country_conjunct(lex: ActorLexicon) -> None:
    assert keys(lex, "Turkish and opposition artillery shelled the village.") == ["Military Forces of Turkey"]
    assert keys(lex, "Russian and regime warplanes struck.") == ["Military Forces of Russia", "Military Forces"]
