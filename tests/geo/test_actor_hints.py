"""Issue 16, fifth round: what a report's words say about a name's country besides other place names.

Local unit words ("X woreda"), a demonym before a place noun ("the Ethiopian border town X"), named parties and
unions as a prior for a lone ambiguous town, "X state" that is no town abroad, "X city" that votes for towns.
All texts are synthetic; invented names where a real one is not needed.
"""

from __future__ import annotations

from geo_testdata import row
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.geo.hints import demonym_before, is_organisation, organisation_countries, unit_countries


def _geo(*rows: object) -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(list(rows)))  # type: ignore[arg-type]


def _where(geo: Geocoder, text: str, surface: str) -> str | None:
    found = [p for p in geo.geoparse(text) if p.surface == surface]
    assert found, f"{surface} not detected in {text!r}"
    return found[0].country_code if found[0].resolved else None


# Two towns of one name in two countries, the larger abroad.
_HOMONYMS = (row(1, "Brestov", 52.1, 23.7, "BY", "Brest", 2_000_000), row(2, "Brestov", 48.4, -4.5, "FR", "Bretagne", 25_000))


def test_hints_unit_word_and_demonym_and_organisations_are_read_from_data() -> None:
    text = "Clashes in Kelo woreda and in Mido tehsil."
    assert unit_countries(text, text.index("Kelo") + 4) == frozenset({"ET"})
    assert unit_countries(text, text.index("Mido") + 4) == frozenset({"PK", "IN"})
    assert unit_countries(text, text.index("in Mido")) is None
    for line, cc in (("Clashes hit the Ethiopian border town Molo.", "ET"), ("Shells hit the Syrian city of Molo.", "SY"),
                     ("Syrian troops entered Molo.", None)):  # the demonym qualifies the troops, not the town
        assert demonym_before(line, line.index("Molo")) == cc
    assert organisation_countries("Members of the CGT and the Labour Party marched.") >= {"FR", "GB"}
    assert is_organisation("CGT") and not is_organisation("Brest")


def test_geocoder_a_local_unit_word_keeps_the_name_in_its_countries() -> None:
    geo = _geo(row(1, "Dangro", -6.9, 107.6, "ID", "Jawa Barat", 20_000), row(2, "Dangro", 10.8, 36.1, "ET", "Amhara", 3_000))
    assert _where(geo, "Fighting spread to Dangro woreda on Monday.", "Dangro") == "ET"
    only_abroad = _geo(row(1, "Dangro", -6.9, 107.6, "ID", "Jawa Barat", 20_000))
    # a woreda of the name is not known: a town of the name in Indonesia is not the one meant
    assert _where(only_abroad, "Fighting spread to Dangro woreda on Monday.", "Dangro") is None


def test_geocoder_a_demonym_before_the_place_noun_says_whose_town() -> None:
    geo = _geo(row(1, "Moyalo", 3.5, 39.05, "KE", "Marsabit", 40_000), row(2, "Moyalo", 3.55, 39.06, "ET", "Oromia", 20_000))
    assert _where(geo, "Ten died in clashes in the Ethiopian border town Moyalo.", "Moyalo") == "ET"
    assert _where(geo, "Ten died in clashes in the Kenyan town of Moyalo.", "Moyalo") == "KE"


def test_geocoder_a_party_or_union_picks_among_a_lone_towns_namesakes() -> None:
    geo = _geo(*_HOMONYMS)
    assert _where(geo, "Workers gathered in Brestov on Monday.", "Brestov") == "BY"  # no context: the larger one
    assert _where(geo, "At the call of the CGT, workers gathered in Brestov.", "Brestov") == "FR"
    # a demonym is only a light prior: the forces of a state act abroad
    assert _where(geo, "French jets struck Brestov on Monday.", "Brestov") == "BY"


def test_geocoder_an_organisation_never_overrides_a_placed_name() -> None:
    geo = _geo(*_HOMONYMS, row(3, "Belarus", 53.0, 28.0, "BY", None, 9_000_000, "country"),
               row(4, "Minskov", 53.9, 27.5, "BY", "Minsk", 2_000_000))
    text = "At the call of the CGT, workers gathered in Brestov and Minskov in Belarus."
    assert _where(geo, text, "Brestov") == "BY"


def test_geocoder_a_state_written_with_its_type_word_is_no_town_abroad() -> None:
    geo = _geo(row(1, "Bomo", -5.85, 13.05, "CD", "Kongo Central", 300_000))
    assert _where(geo, "The fighting broke out in Bomo State on Friday.", "Bomo") is None
    seat = _geo(row(1, "Idlob", 35.93, 36.63, "SY", "Idlob", 900_000, "admin1"),
                row(2, "Idlob", 35.93, 36.63, "SY", "Idlob", 128_000))
    assert _where(seat, "Airstrikes hit the governorate of Idlob.", "Idlob") == "SY"


def test_geocoder_x_city_votes_for_the_towns_not_a_province_of_the_name() -> None:
    geo = _geo(row(1, "Amaro", 11.5, 38.5, "ET", "Amaro", 3_000_000, "admin1"),
               row(2, "Al Amaro", 31.8, 47.1, "IQ", "Maysan", 320_000, alts=("Amaro",)))
    assert _where(geo, "Families protested in front of a building in Amaro city.", "Amaro") == "IQ"


def test_geocoder_a_name_before_a_weapon_noun_is_the_weapons() -> None:
    geo = _geo(row(1, "Tornavo", 39.0, -80.0, "US", "West Virginia", 1_000), row(2, "Kharkov", 50.0, 36.2, "UA", "Kharkiv", 1_400_000))
    surfaces = [p.surface for p in geo.geoparse("Forces fired Tornavo rockets and Tornavo-S launchers at Kharkov.")]
    assert surfaces == ["Kharkov"]
    # a strike named after its place is still there
    assert [p.surface for p in geo.geoparse("Ten died in the drone strike in Tornavo.")] == ["Tornavo"]


def test_geocoder_acled_codes_hong_kong_as_a_province_of_china() -> None:
    geo = _geo(row(1, "Hong Kong", 22.3, 114.2, "HK", None, 7_000_000, "country"),
               row(2, "Wan Chai", 22.28, 114.17, "HK", "Wan Chai", 160_000))
    places = geo.geoparse("Protesters marched in Wan Chai on Sunday.")
    assert [(p.country_code, p.country, p.admin1) for p in places] == [("CN", "China", "Hong Kong")]


def test_eventloc_a_capital_as_the_subject_of_a_governments_act_is_not_the_place() -> None:
    from eventcoder.geo.eventloc import event_places
    from eventcoder.model import Place

    def town(surface: str, text: str, cc: str) -> Place:
        start = text.index(surface)
        return Place(surface, start, start + len(surface), resolved=True, name=surface, latitude=1.0, longitude=1.0,
                     country_code=cc, feature="city", population=2_000_000)

    text = "Moscow accused the rebels of shelling Belgorod. Activists in Moscow protested."
    places = [town("Moscow", text, "RU"), town("Belgorod", text, "RU")]
    assert [p.surface for p in event_places(text, places, 0, text.index("Activists"))] == ["Belgorod"]
    second = [town("Moscow", text[text.index("Activists"):], "RU")]
    assert [p.surface for p in event_places(text[text.index("Activists"):], second)] == ["Moscow"]


def test_geocoder_a_namesake_abroad_does_not_unmake_the_reports_focus() -> None:
    # "Kalow" has only a namesake abroad (an alternate spelling); the report's province says where it is
    geo = _geo(row(1, "Kalaow", 20.6, 96.6, "MM", "Shan", 9_000, alts=("Kalow",)),
               row(2, "Yatengo", 13.6, -2.4, "BF", "Nord", 120_000, "admin2"),
               row(3, "Yatengo", 13.6, -2.4, "BF", "Nord", 0, "admin1"))
    text = "Militants fired shots between Kalow and Tiou (Tiou, Yatengo province)."
    assert _where(geo, text, "Kalow") is None
    assert _where(geo, text, "Yatengo") == "BF"


def test_geocoder_a_local_militia_keeps_a_lone_village_at_home() -> None:
    from eventcoder.geo.countrymap import actor_countries

    name, home = next((alias, cc) for alias, cc in (("CODECO", "CD"), ("Al Shabaab", "SO"))
                      if actor_countries(f"{alias} attacked.", states=False))
    geo = _geo(row(1, "Lohro", 50.7, 8.6, "DE", "Hessen", 5_000, alts=("Loro",)))
    assert _where(geo, "Traders gathered in Loro on Monday.", "Loro") == "DE"
    assert _where(geo, f"{name} rebels attacked civilians in the village of Loro.", "Loro") is None
    assert home


def test_geocoder_regions_of_one_country_and_of_many(real_geocoder: Geocoder) -> None:
    places = {p.surface: p for p in real_geocoder.geoparse("Rebels clashed with the army in the Catatumbo region.")}
    assert places["Catatumbo"].country_code == "CO" and places["Catatumbo"].geo_precision == 3
    # a mountain range of several countries is no shire of Australia, and names no country
    places = {p.surface: p for p in real_geocoder.geoparse("Skiers protested against new resorts in the Pyrenees.")}
    assert places["Pyrenees"].country_code is None


def test_geocoder_gran_before_a_city_is_greater_and_french_exonyms(real_geocoder: Geocoder) -> None:
    places = real_geocoder.geoparse("Truckers blocked roads in the Gran Rosario area on Monday.")
    assert [(p.surface, p.country_code) for p in places] == [("Rosario", "AR")]
    tyr = [p for p in real_geocoder.geoparse("Shells fell near Tayr Harfa (Tyr).") if p.surface == "Tyr"]
    assert tyr and tyr[0].country_code == "LB"


def test_geocoder_a_group_noun_after_a_name_makes_it_the_groups() -> None:
    geo = _geo(row(1, "Badro", 30.1, 31.7, "EG", "Cairo", 40_000), row(2, "Diwano", 32.0, 44.9, "IQ", "Qadisiyah", 300_000))
    text = "Protesters in Diwano set fire to the offices of the Badro organisation."
    assert [p.surface for p in geo.geoparse(text)] == ["Diwano"]


def test_geocoder_a_village_abroad_under_another_name_needs_a_cue() -> None:
    geo = _geo(row(1, "Borano-sur-Oise", 49.2, 2.4, "FR", "Hauts-de-France", 2_000, alts=("Borano",)))
    assert not [p for p in geo.geoparse("The Gabro and Borano groups are mobilising.") if p.resolved]
    assert _where(geo, "Farmers marched in Borano on Monday.", "Borano") == "FR"


def test_geocoder_a_spelling_guess_with_no_focus_may_take_the_demonyms_country() -> None:
    geo = _geo(row(1, "Ma'arrat an Nu'man", 35.64, 36.67, "SY", "Idlib", 80_000))
    text = "Raids hit the market in Maaret al-Numan, the Syrian monitor said."
    assert _where(geo, text, "Maaret al-Numan") == "SY"


def test_detect_a_known_word_that_begins_a_typed_village_name_is_not_the_place() -> None:
    from eventcoder.geo.detect import detect

    known = {"Rampuro", "Udayo", "Kabulo"}
    text = "Cadres closed the road in Rampuro Thokshilo village (Udayo district)."
    assert [m.surface for m in detect(text, known.__contains__)] == ["Udayo"]
    # a facility's words do not make a longer name: the town keeps its place
    assert [m.surface for m in detect("Clashes near Kabulo International Airport area.", known.__contains__)] == ["Kabulo"]


def test_geocoder_a_large_city_misspelt_after_in_resolves_without_context() -> None:
    geo = _geo(row(1, "Nasiriyah", 31.05, 46.26, "IQ", "Dhi Qar", 560_000), row(2, "Nasiriyah", 27.0, 31.0, "EG", "Asyut", 20_000))
    assert _where(geo, "Gunmen shot an activist in Nasseriya on Monday.", "Nasseriya") == "IQ"


def test_geocoder_with_no_place_resolved_the_parties_shared_country_is_the_focus() -> None:
    from eventcoder.geo.hints import shared_country
    from eventcoder.model import Document

    assert shared_country("At the call of the CGT and UNEF, students marched.", []) == "FR"
    assert shared_country("At the call of the CGT, workers marched.", []) is None  # France, Spain or Argentina
    geo = _geo(*_HOMONYMS)
    doc = geo.annotate(Document(id="x", text="Members of the KCTU picketed in front of the Unknownville plant."))
    assert doc.country_focus == "KR"
    # a resolved place keeps its own country
    placed = geo.annotate(Document(id="y", text="Members of the KCTU picketed in Brestov on Monday."))
    assert placed.country_focus != "KR"


def test_geocoder_a_district_under_another_spelling_with_its_type_word() -> None:
    geo = _geo(row(1, "Sindhupalchowk", 27.9, 85.7, "NP", "Bagmati", 50_000, "admin2"))
    assert _where(geo, "Traders protested at a checkpoint (Sindhupalchok district).", "Sindhupalchok") == "NP"


def test_eventloc_fire_from_positions_in_x_is_not_where_it_fell() -> None:
    from eventcoder.geo.eventloc import is_event_place
    from eventcoder.model import Place

    text = "Forces opened fire from their positions in Tavusho region towards villages near Aghbulo."
    start = text.index("Tavusho")
    origin = Place("Tavusho", start, start + 7, resolved=True, name="Tavusho", latitude=1.0, longitude=1.0,
                   country_code="AM", feature="admin1")
    assert not is_event_place(text, origin)


def test_geocoder_words_that_fix_the_country_keep_an_unknown_town_at_country_level() -> None:
    geo = _geo(row(1, "Ethiopia", 9.0, 39.0, "ET", None, 100_000_000, "country"),
               row(2, "Moyalo", 3.5, 39.05, "KE", "Marsabit", 40_000))
    places = [p for p in geo.geoparse("Ten died in clashes in the Ethiopian border town Moyalo.") if p.surface == "Moyalo"]
    assert places and places[0].country_code == "ET" and places[0].feature == "country" and places[0].geo_precision == 3


def test_geocoder_a_province_with_its_type_word_matched_whole_by_spelling_is_the_province() -> None:
    geo = _geo(row(1, "Hiiraano", 4.3, 45.3, "SO", "Hiiraano", 80_000, "admin1"),
               row(2, "Hiraano Region", 4.0, 44.0, "XX", None, 10, alts=("Hiiraano Regioon",)))
    places = [p for p in geo.geoparse("Clans clashed in the Hiiraano Region on Monday.") if p.resolved]
    assert [(p.country_code, p.feature) for p in places] == [("SO", "admin1")]


def test_hints_actor_and_organisation_answers_kept_per_text_are_the_same_and_not_shared() -> None:
    """The geocoder reads a report's context twice: the answers kept for the last texts equal fresh ones, and a
    caller that changes its list changes no later answer."""
    from eventcoder.geo.countrymap import actor_countries

    text = "Synthetic: the Tatmadaw and M23 rebels shelled a market; members of the CGT marched."
    other = "Synthetic: nothing named here."
    first = actor_countries(text)
    assert first == [(text.index("Tatmadaw"), "MM"), (text.index("M23"), "CD")]
    first.append((0, "ZZ"))
    assert actor_countries(other) == []
    assert actor_countries(text) == first[:-1]
    assert actor_countries(text, states=False) == [(text.index("M23"), "CD")]  # a state's forces act abroad too
    assert organisation_countries(text) == organisation_countries(text) >= {"FR"}


def _reference_names(text: str) -> tuple[str, ...]:
    """The organisation names as the table's reader found them first: at every match of three word characters that
    no word character or hyphen precedes, the longest name of the table with those three first characters."""
    import re

    from eventcoder.geo import hints

    by_prefix: dict[str, list[str]] = {}
    for name in sorted(hints._organisations(), key=len, reverse=True):
        by_prefix.setdefault(name[:3], []).append(name)
    found: list[str] = []
    for m in re.finditer(r"(?<![\w-])\w\w\w", text):
        for name in by_prefix.get(m.group(), ()):
            end = m.start() + len(name)
            if text.startswith(name, m.start()) and (end == len(text) or not (text[end].isalnum() or text[end] in "-_")):
                found.append(name)
                break
    return tuple(found)


def _reference_actors(text: str, states: bool) -> list[tuple[int, str]]:
    """The named actors as one scan per table found them."""
    from eventcoder.geo import countrymap

    table = countrymap._actor_table(("groups.tsv", "states.tsv") if states else ("groups.tsv",), home_only=not states)
    out: list[tuple[int, str]] = []
    for m in countrymap._WORD_START.finditer(text):
        for alias, cc in table.get(m.group(), ()):
            end = m.start() + len(alias)
            if text.startswith(alias, m.start()) and (end == len(text) or not (text[end].isalnum() or text[end] in "-_")):
                out.append((m.start(), cc))
                break
    return out


def _sample_names() -> list[str]:
    from eventcoder.geo import countrymap, hints

    orgs = sorted(hints._organisations())
    actors = sorted(a for t in (countrymap._actor_table(("groups.tsv", "states.tsv")),) for v in t.values() for a, _ in v)
    return orgs[::7] + actors[::9] + ["Houthi", "CGT", "M23", "Tatmadaw", "ELN", "Labour Party"]


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.tuples(st.sampled_from(_sample_names() + ["the", "x", "Al", "9", "_", "a-"]),
                                st.sampled_from([" ", "-", "_", ", ", "s ", "'s ", "\n", "", "'", "\u2019", " O'"])), max_size=10))
def test_hints_organisation_and_actor_scans_equal_their_references(parts: list[tuple[str, str]]) -> None:
    """The organisation names found by one scan over a trie of the names, and both actor answers read in one scan,
    equal the readers they replaced (at every three word characters that begin a run; one scan per table),
    apostrophes glued before and after names included. Synthetic strings of table names and glue."""
    from eventcoder.geo import countrymap, hints

    text = "".join(w + glue for w, glue in parts)
    assert hints._organisation_names.__wrapped__(text) == _reference_names(text)
    both = countrymap._actor_countries.__wrapped__(text)
    assert list(both[0]) == _reference_actors(text, True) and list(both[1]) == _reference_actors(text, False)


def test_hints_organisation_names_at_run_starts_only_longest_first() -> None:
    """Synthetic: a name counts where a run of word characters begins and ends with it; of the names that begin at
    one place, the longest ("CFE-CGC", not a shorter name inside it); a hyphen or letter glued on either side keeps
    it out ("anti-CGT", "CGTs")."""
    from eventcoder.geo import hints

    text = "the CGT and CFE-CGC met, anti-CGT posters, CGTs, xCGT and Force Ouvriere marched; CGT."
    assert hints._organisation_names.__wrapped__(text) == ("CGT", "CFE-CGC", "Force Ouvriere", "CGT")
    assert hints._organisation_names.__wrapped__("") == ()


def test_hints_a_mission_with_a_one_country_mandate_names_that_country() -> None:
    # synthetic: monitors of a mission whose mandate is one country report from a village the index lacks
    from eventcoder.geo.hints import organisation_countries, shared_country

    text = "Monitors of the OSCE SMM recorded 12 explosions near Tallokovo-Verkhnie; UNMISS patrols were elsewhere."
    assert organisation_countries(text) == {"UA", "SS"}
    assert shared_country("Monitors of the OSCE SMM recorded 12 explosions near Tallokovo-Verkhnie.", []) == "UA"


def test_geocoder_a_legislature_named_like_no_other_decides_a_lone_ambiguous_town() -> None:
    # synthetic: a town name borne by a larger town abroad; the report names the home country's legislature
    geo = Geocoder(MemoryGazetteer.from_rows([
        row(981, "Sweden", 62.0, 15.0, "SE", None, 10_000_000, "country"),
        row(982, "United States", 39.8, -98.5, "US", None, 330_000_000, "country"),
        row(983, "Velmora", 59.3, 18.0, "SE", "Stockholm", 60_000),
        row(984, "Velmora", 34.0, -118.2, "US", "California", 150_000),
    ]))

    def country(text: str) -> str | None:
        return next(p.country_code for p in geo.geoparse(text) if p.surface == "Velmora")

    assert country("Students protested in Velmora against a bill now before the Riksdag.") == "SE"
    assert country("Students protested in Velmora against a bill.") != "SE"  # nothing says which
