"""Seventh extraction round: the dead told as "lost their lives", an armed operation with both sides' dead and no
civilian victim coded as a clash, an institution named after a place. Synthetic texts written for these tests."""

from __future__ import annotations

from eventcoder.ingest import document_from_text
from eventcoder.model import EventRecord
from eventcoder.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str, published: str | None = "2024-03-06") -> list[EventRecord]:
    return next(iter(pipeline.pipe([document_from_text(text, published=published)]))).events


# -- a. "seven soldiers lost their lives": a role word of several words is read as one ---------------------------

def test_lost_their_lives_counts_the_dead(default_pipeline: Pipeline) -> None:
    # synthetic
    evs = _events(default_pipeline, "Seven soldiers lost their lives in fighting with rebels near Eldoret on Monday.")
    assert [(e.event_type, e.fatalities) for e in evs] == [("Battles", 7)]


def test_fatally_wounded_counts_the_dead(default_pipeline: Pipeline) -> None:
    # synthetic
    evs = _events(default_pipeline, "Gunmen attacked a bus near Eldoret on Monday; three passengers were fatally "
                                    "wounded.")
    assert [e.fatalities for e in evs] == [3]


# -- b. an armed operation whose dead are soldiers and gang members, no civilian killed: a clash ------------------

def test_operation_with_both_sides_dead_and_no_civilian_victim_is_a_clash(default_pipeline: Pipeline) -> None:
    # synthetic: both sides' dead, the gang's told as its side's "deaths", no resident harmed
    text = ("Kenyan officials say 7 soldiers lost their lives when troops moved in to seize a gang boss near "
            "Eldoret; 12 more soldiers are in hospital.\n\nThe armed gang had 11 deaths by the count of the army, "
            "and police took 15 people into custody.\n\nThe army says no residents lost their lives.")
    evs = _events(default_pipeline, text)
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Battles", "Armed clash")]
    assert all(e.actor2 is None or "Civilians" not in e.actor2 for e in evs)


# -- c. "the X health ministry": a place naming an institution is no site of the event ----------------------------

def test_institution_named_after_a_place_is_no_site(default_pipeline: Pipeline) -> None:
    # synthetic
    for text in ("The Gaza health ministry said an air strike killed six people in Rafah on Monday.",
                 "Gaza's civil defence said an air strike killed six people in Rafah on Monday.",
                 "Gunmen killed four people in Jos on Monday, the Kano state government said."):
        evs = _events(default_pipeline, text)
        assert len(evs) == 1, text
        assert evs[0].location in ("Rafah", "Jos"), text


def test_institution_place_alone_stays_the_site(default_pipeline: Pipeline) -> None:
    # synthetic: with no other town, the institution's place is the best site there is
    evs = _events(default_pipeline, "Gunmen killed four people on Monday, the Kano state government said.")
    assert [e.admin1 for e in evs] in ([None], ["Kano"])


# -- d. a report published mid-siege: the act's day, not the day the siege began ---------------------------------

def test_storming_day_before_the_day_a_siege_began(default_pipeline: Pipeline) -> None:
    # synthetic; published on a Wednesday: "since Saturday" is the siege's start, the storming is Wednesday's
    evs = _events(default_pipeline, "Gunmen have held a hotel in Mogadishu since Saturday; soldiers stormed it on "
                                    "Wednesday and killed four of them.")
    assert [e.event_date for e in evs] == ["2024-03-06"]


def test_siege_start_alone_dates_the_siege_in_the_past(default_pipeline: Pipeline) -> None:
    # synthetic; a weekday told mid-siege resolves into the past (Tuesday before a Wednesday report), and a
    # statement's day does not outrank it
    evs = _events(default_pipeline, "Security forces were battling gunmen who have held a hotel in Mogadishu since "
                                    "Tuesday night, police said on Wednesday. Five people were killed.")
    assert [e.event_date for e in evs] == ["2024-03-05"]
    evs = _events(default_pipeline, "Gunmen who stormed a hotel in Mogadishu on Sunday were still holding hostages "
                                    "on Wednesday, police said. Five guests were killed.")
    assert [e.event_date for e in evs] == ["2024-03-03"]


def test_since_date_ranks_after_an_acts_day() -> None:
    from eventcoder.extract.dates import by_event_evidence, is_since_date
    from eventcoder.model import DateMention

    text = "held the hotel since Saturday; stormed it on Wednesday"  # synthetic
    sat = DateMention(text="Saturday", start=text.index("Saturday"), end=text.index("Saturday") + 8,
                      date="2024-03-02", precision=1, kind="relative")
    wed = DateMention(text="Wednesday", start=text.index("Wednesday"), end=text.index("Wednesday") + 9,
                      date="2024-03-06", precision=1, kind="relative")
    assert is_since_date(text, sat) and not is_since_date(text, wed)
    assert by_event_evidence(text, [[sat, wed]])[0] is wed


def test_part_told_among_those_is_a_subset_not_more_dead(default_pipeline: Pipeline) -> None:
    # synthetic: "Among those," opens a part of the toll told before; it adds no dead
    evs = _events(default_pipeline, "Shelling by government forces killed 14 civilians in the province on Monday. "
                                    "Among those, five children and four women lost their lives in strikes on the "
                                    "town of Idlib.")
    assert sum(e.fatalities or 0 for e in evs) == 14


def test_every_group_listed_after_a_part_is_a_part() -> None:
    from eventcoder.extract.lexicon import Lexicons

    reader = Lexicons.default().counts
    text = "Among them, six children and six adults were killed in air strikes."  # synthetic
    assert [(c.value, c.subset) for c in reader.find(text, 0, len(text))] == [(6, True), (6, True)]
    text = "Six children and six adults were killed in air strikes."  # synthetic: no part, both groups count
    assert [(c.value, c.subset) for c in reader.find(text, 0, len(text))] == [(6, False), (6, False)]


# -- e. people the report says were not harmed are no target nor party ------------------------------------------

def test_denied_civilian_victims_leave_a_clash_between_armed_sides(default_pipeline: Pipeline) -> None:
    # synthetic: the gang's dead in an army operation, "no civilians lost their lives": no violence against civilians
    evs = _events(default_pipeline, "There were 11 deaths by the criminal gang in an army operation in Eldoret on "
                                    "Monday, the minister said, adding that no civilians lost their lives.")
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in evs] == [("Battles", "Armed clash", 11)]


def test_denied_armed_victims_are_no_target(default_pipeline: Pipeline) -> None:
    # synthetic: "no soldiers were hurt" puts no soldier among the targets of an attack on villagers
    evs = _events(default_pipeline, "Gunmen attacked a village near Eldoret on Monday, killing five residents; no "
                                    "soldiers were hurt.")
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in evs] == [("Attack", "Civilians (Kenya)", 5)]


def test_attack_with_no_civilian_hurt_stays_an_attack(default_pipeline: Pipeline) -> None:
    # synthetic: a denial of harm alone does not make a village raid a battle
    evs = _events(default_pipeline, "Gunmen attacked a village near Eldoret on Monday but no civilians were hurt, "
                                    "police said.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


# -- f. a 60 KB unpunctuated first line: the notes' evidence is the trigger's window, not the line ----------------

def test_notes_evidence_of_a_huge_first_line_is_bounded(default_pipeline: Pipeline) -> None:
    from eventcoder.extract.coding import NOTES_WINDOW

    # synthetic: the first line is 60 KB with no full stop, the act in its middle; a short paragraph follows
    filler = " ".join("people spoke to reporters about the situation in the area" for _ in range(500))
    text = ("Residents said " + filler + " gunmen killed five villagers in Maiduguri on Tuesday " + filler
            + "\n\nThe army said it was investigating the matter.")
    assert len(text.split("\n")[0]) > 55_000
    evs = _events(default_pipeline, text)
    assert len(evs) == 1
    notes = next(e for e in evs[0].evidence if e.field == "notes")
    trigger = next(e for e in evs[0].evidence if e.field == "event_type")
    assert notes.end - notes.start <= 2 * NOTES_WINDOW
    assert notes.start <= trigger.start < notes.end


def test_police_speaking_from_a_town_is_a_source(default_pipeline: Pipeline) -> None:
    # synthetic: "police in X said" places the speaker, not the event, beside a town of its own; alone it stays
    evs = _events(default_pipeline, "Gunmen killed four people in Eldoret on Monday, police in Nairobi said.")
    assert [(e.location, e.fatalities) for e in evs] == [("Eldoret", 4)]
    evs = _events(default_pipeline, "Gunmen killed four people on Monday, police in Nairobi said.")
    assert [e.location for e in evs] == ["Nairobi"]
