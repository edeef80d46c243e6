"""Hand-written multi-source scenarios with expected event clusters (all synthetic).

Every report here is invented for testing: its text is a placeholder made of neutral words
(``report_text``), and its events are hand-built EventRecords. Place coordinates are those of
real towns (approximate), since merging depends on distances. A record is named by its
report's key and its index in that report (``"B1"`` = second record of report B); the
expected clusters list which records must end up in one canonical event.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from eventcoder.model import Document, EventRecord, Evidence, document_id

__all__ = ["SCENARIOS", "Report", "Scenario", "report_text"]

# name -> (country, admin1, admin2, latitude, longitude)
PLACES: dict[str, tuple[str, str, str | None, float, float]] = {
    "Maiduguri": ("Nigeria", "Borno", "Maiduguri", 11.8464, 13.1603),
    "Jere": ("Nigeria", "Borno", "Jere", 11.8822, 13.2119),  # ~7 km from Maiduguri
    "Konduga": ("Nigeria", "Borno", "Konduga", 11.6530, 13.4180),  # ~35 km
    "Gwoza": ("Nigeria", "Borno", "Gwoza", 11.0861, 13.6911),
    "Malam Fatori": ("Nigeria", "Borno", "Abadam", 13.6797, 13.3406),  # ~200 km north of Maiduguri
    "Sarmin": ("Syria", "Idleb", "Idleb", 35.9039, 36.7247),
    "Idlib": ("Syria", "Idleb", "Idleb", 35.9306, 36.6339),  # ~9 km from Sarmin
    "Ariha": ("Syria", "Idleb", "Ariha", 35.8136, 36.6081),
    "Goma": ("Democratic Republic of Congo", "Nord-Kivu", "Goma", -1.6792, 29.2228),
    "Gisenyi": ("Rwanda", "Western", "Rubavu", -1.7028, 29.2564),  # ~5 km, other country
    "Mogadishu": ("Somalia", "Banadir", "Mogadishu", 2.0469, 45.3182),
    "Afgooye": ("Somalia", "Lower Shabelle", "Afgooye", 2.1381, 45.1211),
    "Gao": ("Mali", "Gao", "Gao", 16.2717, -0.0447),
    "Baghdad": ("Iraq", "Baghdad", None, 33.3406, 44.4009),
    "Sadr City": ("Iraq", "Baghdad", None, 33.3889, 44.4583),  # ~7.6 km from Baghdad's centre, inside the city
}

_WORDS = ("alpha bravo cedar delta ember fjord garnet harbor indigo juniper kestrel lantern meadow nectar "
          "orchid pebble quartz raven saffron timber umber velvet willow xenon yarrow zephyr amber birch "
          "cobalt dune echo flint glade heron iris jade kelp lilac maple north oak pine quill reed sage").split()


def report_text(key: str, n_words: int = 160) -> str:
    """A synthetic placeholder text, deterministic per key and unlike any other key's."""
    seed = hashlib.sha256(key.encode()).digest()
    words: list[str] = []
    while len(words) < n_words:
        seed = hashlib.sha256(seed).digest()
        words += [_WORDS[b % len(_WORDS)] for b in seed]
    return "Synthetic test report. " + " ".join(words[:n_words]) + "."


def ev(place: str | None, day: str | None, sub: str = "Armed clash", actor1: str | None = "Boko Haram - JAS",
       actor2: str | None = "Military Forces of Nigeria (2015-2023)", fatalities: int = 0, *, tp: int = 1,
       gp: int = 1, coords: bool = True, **kw: Any) -> EventRecord:
    """A hand-built record at a known place (or none), with fatality evidence when a figure is given."""
    from eventcoder.vocab import EVENT_TYPE_OF, SubEventType

    loc: dict[str, Any] = {}
    if place:
        country, admin1, admin2, lat, lon = PLACES[place]
        loc = {"country": country, "admin1": admin1, "admin2": admin2, "location": place, "geo_precision": gp}
        if coords:
            loc.update(latitude=lat, longitude=lon)
        if gp >= 3:
            loc.update(location=admin1, admin2=None)
    evidence = (Evidence("fatalities", 0, 9, "Synthetic"),) if fatalities else ()
    return EventRecord(event_date=day, year=int(day[:4]) if day else None, time_precision=tp if day else None,
                       event_type=EVENT_TYPE_OF[SubEventType(sub)].value, sub_event_type=sub, actor1=actor1,
                       actor2=actor2, fatalities=fatalities, confidence=0.8, evidence=evidence,
                       **{**loc, **kw})


@dataclass
class Report:
    """One synthetic report: its key, outlet, publication date, records, and optionally a copied text."""

    key: str
    records: list[EventRecord]
    outlet: str = "Synthetic Outlet"
    published: str | None = None
    copy_of: str | None = None  # key of a report whose text this one repeats (syndication)
    text_variant: str = "headline"  # how the copy differs: "headline" (new headline) or "body" (text cut)

    def document(self, scenario: str, texts: dict[str, str]) -> Document:
        """The report as a Document (the text of a copy is derived from its original's)."""
        if self.copy_of:
            base = texts[self.copy_of]
            text = (f"New headline for a syndicated copy\n\n{base}" if self.text_variant == "headline"
                    else base[: int(len(base) * 0.9)])
        else:
            text = report_text(f"{scenario}/{self.key}")
        texts[self.key] = text
        return Document(id=document_id(text), text=text, source=self.outlet, published=self.published,
                        events=list(self.records), input_ref=f"{scenario}/{self.key}")


@dataclass
class Scenario:
    """Reports stored in order, and the record clusters a correct merge produces."""

    name: str
    about: str
    reports: list[Report]
    clusters: list[list[str]]
    fatalities: dict[str, int] = field(default_factory=dict)  # a record key -> its event's expected fatalities


def _s(name: str, about: str, reports: list[Report], clusters: list[list[str]], **fat: int) -> Scenario:
    return Scenario(name, about, reports, clusters, dict(fat))


_VAC = "Attack"
_AIR = "Air/drone strike"
_SHELL = "Shelling/artillery/missile attack"
_RUS = "Military Forces of Russia (2000-)"
_SYR = "Military Forces of Syria (2000-)"
_CIV_SY = "Civilians (Syria)"

SCENARIOS: list[Scenario] = [
    _s("same-figures", "Two outlets report one clash with the same toll.",
       [Report("A", [ev("Gwoza", "2024-03-01", fatalities=5)], "Outlet A"),
        Report("B", [ev("Gwoza", "2024-03-01", fatalities=5)], "Outlet B")],
       [["A0", "B0"]], A0=5),
    _s("conflicting-figures", "Two outlets disagree on the toll; the lowest is coded.",
       [Report("A", [ev("Gwoza", "2024-03-01", fatalities=7)]), Report("B", [ev("Gwoza", "2024-03-01", fatalities=4)])],
       [["A0", "B0"]], A0=4),
    _s("same-town-different-days", "Two attacks on one town two weeks apart stay apart.",
       [Report("A", [ev("Maiduguri", "2024-03-01", _VAC, actor2="Civilians (Nigeria)", fatalities=3)]),
        Report("B", [ev("Maiduguri", "2024-03-15", _VAC, actor2="Civilians (Nigeria)", fatalities=3)])],
       [["A0"], ["B0"]]),
    _s("same-town-next-day-precise", "Exact dates one day apart: two events (ACLED events are atomic by day).",
       [Report("A", [ev("Maiduguri", "2024-03-01", fatalities=2)]), Report("B", [ev("Maiduguri", "2024-03-02")])],
       [["A0"], ["B0"]]),
    _s("different-types", "A protest and an airstrike in one town on one day are two events.",
       [Report("A", [ev("Idlib", "2023-10-07", _AIR, _RUS, _CIV_SY, 2)]),
        Report("B", [ev("Idlib", "2023-10-07", "Peaceful protest", "Protesters (Syria)", None)])],
       [["A0"], ["B0"]]),
    _s("towns-35km-apart", "Clashes on one day in two towns 35 km apart stay apart.",
       [Report("A", [ev("Maiduguri", "2024-03-01", fatalities=4)]), Report("B", [ev("Konduga", "2024-03-01", fatalities=4)])],
       [["A0"], ["B0"]]),
    _s("neighbour-town-7km", "Clashes in two named towns 7 km apart are two events (one event per location).",
       [Report("A", [ev("Maiduguri", "2024-03-01", fatalities=4)]), Report("B", [ev("Jere", "2024-03-01", fatalities=6)])],
       [["A0"], ["B0"]]),
    _s("near-town", "'Near Maiduguri' (geo_precision 2) and a clash in its suburb 7 km away are one event.",
       [Report("A", [ev("Maiduguri", "2024-03-01", fatalities=4, gp=2)]),
        Report("B", [ev("Jere", "2024-03-01", fatalities=6)])],
       [["A0", "B0"]], A0=4),
    _s("two-spellings", "One town spelled two ways by two gazetteer entries 1 km apart is one place.",
       [Report("A", [ev("Gwoza", "2024-03-01", fatalities=4)]),
        Report("B", [ev("Gwoza", "2024-03-01", fatalities=4, location="Gwoza Town", latitude=11.0890,
                        longitude=13.6990)])],
       [["A0", "B0"]]),
    _s("city-and-district", "A city and one of its districts ('City - District') can be one place.",
       [Report("A", [ev("Maiduguri", "2024-03-01", fatalities=3)]),
        Report("B", [ev("Maiduguri", "2024-03-01", fatalities=3, location="Maiduguri - Gwange",
                        latitude=11.8300, longitude=13.1700)])],
       [["A0", "B0"]]),
    _s("protest-groups", "Two protests in one city on one day by different groups are two events.",
       [Report("A", [ev("Maiduguri", "2024-04-10", "Peaceful protest", "Protesters (Nigeria)", None,
                        assoc_actor_1="Teachers (Nigeria)")]),
        Report("B", [ev("Maiduguri", "2024-04-10", "Peaceful protest", "Protesters (Nigeria)", None,
                        assoc_actor_1="Farmers (Nigeria)")]),
        Report("C", [ev("Maiduguri", "2024-04-10", "Peaceful protest", "Protesters (Nigeria)", None,
                        assoc_actor_1="Teachers (Nigeria); Students (Nigeria)")])],
       [["A0", "C0"], ["B0"]]),
    _s("month-vs-exact", "'Earlier this month' (month precision) joins the exact report.",
       [Report("A", [ev("Gao", "2024-05-15", actor1="JNIM", actor2="Military Forces of Mali (2021-)", tp=3)]),
        Report("B", [ev("Gao", "2024-05-04", actor1="JNIM", actor2="Military Forces of Mali (2021-)", fatalities=9)])],
       [["A0", "B0"]], B0=9),
    _s("week-vs-exact", "'Last week' (week precision, midpoint) joins an exact date 2 days off.",
       [Report("A", [ev("Sarmin", "2023-10-09", _SHELL, _SYR, _CIV_SY, 3, tp=2)]),
        Report("B", [ev("Sarmin", "2023-10-07", _SHELL, _SYR, _CIV_SY, 3)])],
       [["A0", "B0"]]),
    _s("province-vs-town", "A province-level report joins the town-precise report of the same day.",
       [Report("A", [ev("Konduga", "2024-03-01", fatalities=8)]),
        Report("B", [ev("Konduga", "2024-03-01", fatalities=10, gp=3)])],
       [["A0", "B0"]], A0=8),
    _s("province-capital-far", "A province-level report (coded at the capital, 200 km off) joins the town report.",
       [Report("A", [ev("Maiduguri", "2024-07-03", fatalities=6, gp=3)]),
        Report("B", [ev("Malam Fatori", "2024-07-03", fatalities=9)])],
       [["A0", "B0"]], A0=6),
    _s("border-towns", "Towns 5 km apart across a border are different events.",
       [Report("A", [ev("Goma", "2024-02-10", "Shelling/artillery/missile attack", "M23", "Civilians (Democratic Republic of Congo)", 2)]),
        Report("B", [ev("Gisenyi", "2024-02-10", "Shelling/artillery/missile attack", "M23", "Civilians (Rwanda)", 2)])],
       [["A0"], ["B0"]]),
    _s("regime-years", "Actor names differing only in regime years are one actor.",
       [Report("A", [ev("Ariha", "2023-10-07", _SHELL, "Military Forces of Syria (2000-)", _CIV_SY, 2)]),
        Report("B", [ev("Ariha", "2023-10-07", _SHELL, "Military Forces of Syria (2000-2024)", _CIV_SY, 2)])],
       [["A0", "B0"]]),
    _s("different-perpetrators", "Attacks on civilians by two named groups in one town on one day stay apart.",
       [Report("A", [ev("Gwoza", "2024-04-02", _VAC, "Boko Haram - JAS", "Civilians (Nigeria)", 6)]),
        Report("B", [ev("Gwoza", "2024-04-02", _VAC, "ISWAP", "Civilians (Nigeria)", 2)])],
       [["A0"], ["B0"]]),
    _s("generic-vs-named", "'Gunmen' (unidentified) and the group named by a later report are one attack.",
       [Report("A", [ev("Gwoza", "2024-04-02", _VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 6)]),
        Report("B", [ev("Gwoza", "2024-04-02", _VAC, "Boko Haram - JAS", "Civilians (Nigeria)", 7)])],
       [["A0", "B0"]], A0=6),
    _s("no-chaining", "A week-precise report fits two exact events 4 days apart; it joins the better fit only.",
       [Report("A", [ev("Maiduguri", "2024-03-04", fatalities=12)]),
        Report("B", [ev("Maiduguri", "2024-03-08", fatalities=2)]),
        Report("C", [ev("Maiduguri", "2024-03-05", fatalities=12, tp=2)])],
       [["A0", "C0"], ["B0"]]),
    _s("syndicated-copy", "A wire story republished with a new headline adds no event.",
       [Report("A", [ev("Mogadishu", "2024-01-20", "Suicide bomb", "Al Shabaab", "Civilians (Somalia)", 9)], "Wire"),
        Report("B", [ev("Mogadishu", "2024-01-20", "Suicide bomb", "Al Shabaab", "Civilians (Somalia)", 9)],
               "Paper", copy_of="A")],
       [["A0", "B0"]]),
    _s("body-only-copy", "The body alone (no headline, so no date) of a stored report adds no event.",
       [Report("A", [ev("Mogadishu", "2024-01-20", "Suicide bomb", "Al Shabaab", "Civilians (Somalia)", 9)], "Wire"),
        Report("B", [ev("Mogadishu", None, "Suicide bomb", "Al Shabaab", "Civilians (Somalia)", 9)],
               "Aggregator", copy_of="A", text_variant="body")],
       [["A0", "B0"]]),
    _s("templated-wire", "A near-identical wire text about another day's attack is not a copy: two events.",
       [Report("A", [ev("Mogadishu", "2024-01-20", "Suicide bomb", "Al Shabaab", "Civilians (Somalia)", 9)], "Wire"),
        Report("B", [ev("Afgooye", "2024-01-27", "Suicide bomb", "Al Shabaab", "Civilians (Somalia)", 4)],
               "Wire", copy_of="A")],
       [["A0"], ["B0"]]),
    _s("ambiguous-province-report", "A province-level report fits two town events of that day equally: merged into neither.",
       [Report("A", [ev("Gwoza", "2024-06-02", _VAC, "ISWAP", "Civilians (Nigeria)", 3)]),
        Report("B", [ev("Konduga", "2024-06-02", _VAC, "ISWAP", "Civilians (Nigeria)", 3)]),
        Report("C", [ev("Maiduguri", "2024-06-02", _VAC, "ISWAP", "Civilians (Nigeria)", 3, gp=3)])],
       [["A0"], ["B0"], ["C0"]]),
    _s("each-side-shells", "Shelling of one town on one day by each side is two events (actor1 fires).",
       [Report("A", [ev("Sarmin", "2023-10-07", _SHELL, _SYR, "HTS", 2)]),
        Report("B", [ev("Sarmin", "2023-10-07", _SHELL, "HTS", _SYR, 2)])],
       [["A0"], ["B0"]]),
    _s("multi-location-report", "One report covers strikes on two towns; two outlets each cover one.",
       [Report("A", [ev("Sarmin", "2023-10-07", _AIR, _RUS, _CIV_SY, 3), ev("Ariha", "2023-10-07", _AIR, _RUS, _CIV_SY, 1)]),
        Report("B", [ev("Ariha", "2023-10-07", _AIR, _RUS, _CIV_SY, 1)]),
        Report("C", [ev("Sarmin", "2023-10-07", _AIR, _RUS, _CIV_SY, 4)])],
       [["A0", "C0"], ["A1", "B0"]], A0=3),
    _s("later-report-splits", "Two reports merged as one attack; a third tells two separate attacks apart.",
       [Report("A", [ev("Gwoza", "2024-04-02", _VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 3)]),
        Report("B", [ev("Gwoza", "2024-04-02", _VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 8)]),
        Report("C", [ev("Gwoza", "2024-04-02", _VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 3),
                     ev("Gwoza", "2024-04-02", _VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 8)])],
       [["A0", "C0"], ["B0", "C1"]], A0=3, B0=8),
    _s("sub-type-disagreement", "'Airstrike' and 'shelling' of one town on one day by one actor: one event.",
       [Report("A", [ev("Sarmin", "2023-10-07", _SHELL, _RUS, _CIV_SY, 2)]),
        Report("B", [ev("Sarmin", "2023-10-07", _AIR, _RUS, _CIV_SY, 2)])],
       [["A0", "B0"]]),
    _s("battle-vs-strike", "A battle and an airstrike at one place on one day are different types.",
       [Report("A", [ev("Sarmin", "2023-10-07", "Armed clash", "HTS", _SYR, 5)]),
        Report("B", [ev("Sarmin", "2023-10-07", _AIR, _RUS, _CIV_SY, 2)])],
       [["A0"], ["B0"]]),
    _s("names-without-coordinates", "Ungeocoded reports naming the same town merge.",
       [Report("A", [ev("Gwoza", "2024-03-01", fatalities=5, coords=False)]),
        Report("B", [ev("Gwoza", "2024-03-01", fatalities=6, coords=False)])],
       [["A0", "B0"]], A0=5),
    _s("admin2-without-coordinates", "Ungeocoded reports in different districts of one province stay apart.",
       [Report("A", [ev("Maiduguri", "2024-03-01", coords=False, fatalities=2)]),
        Report("B", [ev("Konduga", "2024-03-01", coords=False, fatalities=2)])],
       [["A0"], ["B0"]]),
    _s("four-outlets", "Four outlets report one massacre with tolls 10, 12, 11 and 15: coded 10.",
       [Report("A", [ev("Gwoza", "2024-05-11", _VAC, "ISWAP", "Civilians (Nigeria)", 12)]),
        Report("B", [ev("Gwoza", "2024-05-11", _VAC, "ISWAP", "Civilians (Nigeria)", 10)]),
        Report("C", [ev("Gwoza", "2024-05-11", _VAC, "ISWAP", "Civilians (Nigeria)", 11)]),
        Report("D", [ev("Gwoza", "2024-05-11", _VAC, "ISWAP", "Civilians (Nigeria)", 15)])],
       [["A0", "B0", "C0", "D0"]], A0=10),
    _s("undated-report", "A report with no date merges with the dated one (the date is unknown, not different).",
       [Report("A", [ev("Afgooye", "2024-02-01", "Remote explosive/landmine/IED", "Al Shabaab", "Military Forces of Somalia (2012-)", 4)]),
        Report("B", [ev("Afgooye", None, "Remote explosive/landmine/IED", "Al Shabaab", "Military Forces of Somalia (2012-)", 4)],
               published="2024-02-02")],
       [["A0", "B0"]]),
    _s("two-in-one-report", "One report's two strikes on one town on one day are kept apart.",
       [Report("A", [ev("Idlib", "2023-10-07", _AIR, _RUS, _CIV_SY, 2), ev("Idlib", "2023-10-07", _AIR, _RUS, _CIV_SY, 5)])],
       [["A0"], ["A1"]]),
    _s("silent-toll", "A report that says nothing about deaths does not lower the toll to 0.",
       [Report("A", [ev("Gao", "2024-06-01", actor1="JNIM", actor2="Military Forces of Mali (2021-)", fatalities=6)]),
        Report("B", [ev("Gao", "2024-06-01", actor1="JNIM", actor2="Military Forces of Mali (2021-)")])],
       [["A0", "B0"]], A0=6),
    _s("clash-or-attack", "One outlet codes gunmen's attack as a clash, another as an attack on civilians: the same "
       "day, town and toll tie them into one event.",
       [Report("A", [ev("Gwoza", "2024-04-02", "Armed clash", "Unidentified Armed Group (Nigeria)", None, 7)]),
        Report("B", [ev("Gwoza", "2024-04-02", _VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 7)])],
       [["A0", "B0"]], A0=7),
    _s("third-report-joins", "Two reports with too little in common (the province only; the town without a perpetrator) "
       "are one event once a third report fits both.",
       [Report("A", [ev("Gwoza", None, "Abduction/forced disappearance", "ISWAP", "Civilians (Nigeria)", gp=3)]),
        Report("B", [ev("Gwoza", None, "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)",
                        "Civilians (Nigeria)", 3)]),
        Report("C", [ev("Gwoza", "2024-03-05", "Abduction/forced disappearance", "ISWAP", "Civilians (Nigeria)", 3)])],
       [["A0", "B0", "C0"]], C0=3),
    _s("report-in-parts", "One report codes one attack as the attack and an undated abduction of the same raid; a "
       "second report of the attack joins both parts: one event, the report's toll counted once.",
       [Report("A", [ev("Gwoza", "2024-04-02", _VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 6),
                     ev("Gwoza", None, "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)",
                        "Civilians (Nigeria)")]),
        Report("B", [ev("Gwoza", "2024-04-02", _VAC, "Boko Haram - JAS", "Civilians (Nigeria)", 7)])],
       [["A0", "A1", "B0"]], A0=6),
    _s("part-keeps-its-day", "An undated part of a dated report does not join another attack on the town a week "
       "later: its report's day goes with it.",
       [Report("A", [ev("Maiduguri", "2024-03-01", _VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 3),
                     ev("Maiduguri", None, _VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]),
        Report("B", [ev("Maiduguri", "2024-03-09", _VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")])],
       [["A0", "A1"], ["B0"]], A0=3),
    _s("order-independence", "The same reports in the opposite order give the same clusters (see no-chaining).",
       [Report("C", [ev("Maiduguri", "2024-03-05", fatalities=12, tp=2)]),
        Report("B", [ev("Maiduguri", "2024-03-08", fatalities=2)]),
        Report("A", [ev("Maiduguri", "2024-03-04", fatalities=12)])],
       [["A0", "C0"], ["B0"]]),
]


def documents(s: Scenario, *, reverse: bool = False) -> list[Document]:
    """The scenario's reports as Documents, in storing order (or the reverse, to test order independence)."""
    texts: dict[str, str] = {}
    docs = [r.document(s.name, texts) for r in s.reports]  # originals before copies: copies derive their text
    return docs[::-1] if reverse else docs


def with_records(s: Scenario, **changes: Any) -> Scenario:
    """A copy of the scenario whose records all get ``changes`` (for variants in tests)."""
    reports = [replace(r, records=[replace(x, **changes) for x in r.records]) for r in s.reports]
    return replace(s, reports=reports)
