"""What a record's document adds to it for merging (dedup.profile), on synthetic texts written for these tests."""

from __future__ import annotations

import re
from dataclasses import replace

from eventcoder.dedup.profile import Profile, named_targets, profile, profiles, weekday_in
from eventcoder.model import DateMention, Document, EventRecord, Evidence, Section, Sentence


def _doc(text: str, *, published: str | None = None, dates: list[DateMention] | None = None,
         title: bool = False) -> Document:
    """A synthetic document split into sentences at '. ' (the first line is the title when ``title``)."""
    sentences = [Sentence(m.start(), m.end(), "body") for m in re.finditer(r"[^.\n]+[.]?", text) if m.group().strip()]
    sections = [Section("body", 0, len(text))]
    if title:
        head = text.index("\n")
        sections = [Section("title", 0, head), Section("body", head + 1, len(text))]
        sentences = [Sentence(s.start, s.end, "title" if s.end <= head else "body") for s in sentences]
    return Document(id="doc_test", text=text, sentences=sentences, sections=sections, published=published,
                    dates=dates or [])


def _ev(doc: Document, **quotes: str) -> tuple[Evidence, ...]:
    out = []
    for name, quote in quotes.items():
        start = doc.text.index(quote)
        out.append(Evidence(name, start, start + len(quote), quote))
    return tuple(out)


def _rec(doc: Document, quotes: dict[str, str], day: str | None = None, toll: int = 0) -> EventRecord:
    return EventRecord(event_date=day, time_precision=1 if day else None, event_type="Violence against civilians",
                       sub_event_type="Attack", location="Gwoza", fatalities=toll, evidence=_ev(doc, **quotes))


TEXT = ("Synthetic report. Gunmen stormed the Lakeside Girls Academy in Gwoza on Tuesday, killing three guards. "
        "Officials said the death toll rose to 5 by evening. "
        "The raid comes two weeks after gunmen attacked a market in Konduga.")


def test_profile_reads_weekday_targets_and_named_target_from_the_event_sentence() -> None:
    doc = _doc(TEXT)
    prof = profile(doc, _rec(doc, {"event_type": "stormed", "notes": "Gunmen stormed the Lakeside"}))
    assert prof.weekday == 1  # Tuesday
    assert "school" in prof.targets
    assert any(n.startswith("school:") and "lakeside" in n for n in prof.named)
    assert prof.date_kind == "none" and not prof.recalled


def test_profile_place_of_a_recalled_incident_marks_the_record_recalled() -> None:
    doc = _doc(TEXT)
    rec = _rec(doc, {"event_type": "attacked a market", "location": "Konduga"})
    assert profile(doc, rec).recalled  # "comes two weeks after gunmen attacked ... in Konduga"
    lead = _rec(doc, {"event_type": "stormed", "location": "Gwoza"})
    assert not profile(doc, lead).recalled  # the place comes before "comes two weeks after"


def test_profile_toll_stated_as_an_update() -> None:
    doc = _doc(TEXT)
    first = _rec(doc, {"event_type": "stormed", "fatalities": "killing three guards"}, toll=3)
    assert not profile(doc, first).toll_update
    update = _rec(doc, {"event_type": "stormed", "fatalities": "rose to 5"}, toll=5)
    assert profile(doc, update).toll_update


def test_profile_target_nouns_count_only_in_an_attack_context() -> None:
    classes, _ = named_targets("The wounded were taken to hospital and the health ministry said nothing.")
    assert classes == set()
    classes, _ = named_targets("A bomb exploded at a crowded hospital in the city.")
    assert classes == {"hospital"}


def test_profile_names_ignore_the_record_own_place_and_possessives() -> None:
    _, named = named_targets("Gunmen attacked the Gwoza Central Market on Friday.", ignore=frozenset({"gwoza"}))
    assert named == set()  # "Central" is a stopword, "Gwoza" the record's own place
    _, named = named_targets("Gunmen attacked Nigeria's Riverbank Market on Friday.")
    assert named == {"market:riverbank"}


def test_profile_a_target_name_in_quotes_is_its_name() -> None:
    # Synthetic wire copy: a base's name quoted, straight or curly, is the base's name; "the base of a hill" is
    # no target.
    for text in ('Missiles struck several targets on the "Kestrel" base.', "Missiles hit the \u201cKestrel\u201d air base."):
        classes, named = named_targets(text)
        assert classes == {"military"} and named == {"military:kestrel"}
    assert named_targets("Shells landed at the base of the hill.") == (set(), set())
    assert named_targets("Vandals attacked a telecom base station.") == (set(), set())


def test_profile_date_kinds() -> None:
    doc = _doc("date 2024-03-02 Synthetic. Gunmen attacked Gwoza on Friday night. It happened on 1 March 2024.")
    def kind(quotes: dict[str, str], day: str) -> str:
        return profile(doc, _rec(doc, {"event_type": "attacked", **quotes}, day)).date_kind

    assert kind({"event_date": "2024-03-02"}, "2024-03-02") == "published"  # the page's date line
    assert kind({"event_date": "Friday"}, "2024-03-01") == "relative"
    assert kind({"event_date": "1 March 2024"}, "2024-03-01") == "explicit"
    assert kind({}, "2024-03-01") == "inherited"


def test_profile_publication_date_and_latest_date_given() -> None:
    dates = [DateMention(5, 15, "2024-03-02", 1, "explicit", "2024-03-02"),
             DateMention(60, 72, "2023-12-01", 1, "explicit", "1 December 2023")]
    doc = _doc("date 2024-03-02 Synthetic. Gunmen attacked Gwoza on Friday night, the worst since 1 December 2023.",
               dates=dates)
    prof = profile(doc, _rec(doc, {"event_type": "attacked"}))
    assert prof.published == "2024-03-02" and prof.latest == "2024-03-02"


def test_profile_a_month_date_line_says_the_page_was_written_that_month() -> None:
    # Synthetic: the page's date line gives only the month; the attack, undated, cannot be one years before.
    doc = _doc("date 2023-01 Synthetic. Gunmen attacked Gwoza, residents said.")
    prof = profile(doc, _rec(doc, {"event_type": "attacked"}))
    assert prof.published is None and prof.latest == "2023-01-01"
    from eventcoder.dedup.merge import assess
    from eventcoder.dedup.scenarios import ev

    undated = ev("Gwoza", None, "Armed clash")
    assert assess(ev("Gwoza", "2019-10-17", "Armed clash"), undated, pb=prof).score < 2.0  # recalled, not reported
    assert assess(ev("Gwoza", "2023-01-05", "Armed clash"), undated, pb=prof).score >= 2.0


def test_profile_lead_is_the_first_record_or_the_headline() -> None:
    doc = _doc("Gunmen kill five in Gwoza\nSynthetic. Soldiers later clashed with gunmen near Konduga.", title=True)
    lead, later = _rec(doc, {"event_type": "kill"}), _rec(doc, {"event_type": "clashed"})
    doc.events = [later, lead]
    first, second = profiles(doc)
    assert second.lead and not first.lead


def test_profile_a_first_trigger_told_as_an_earlier_incident_does_not_lead() -> None:
    # Synthetic: the body opens with the context ("a bomb went off there earlier this month"), then tells the
    # report's own incident. The recalled one is the earlier incident in passing, the later one the lead.
    doc = _doc("Synthetic. A bomb went off in Konduga earlier this month. Gunmen attacked a convoy in Gwoza.")
    recalled = _rec(doc, {"event_type": "bomb went off", "location": "Konduga"})
    own = _rec(doc, {"event_type": "attacked a convoy"})
    doc.events = [recalled, own]
    first, second = profiles(doc)
    assert first.recalled and first.background and not first.lead
    assert second.lead and not second.background


def test_profile_round_trip_and_weekday_helper() -> None:
    prof = Profile(date_kind="relative", weekday=4, published="2024-03-02", targets=("school",), named=("school:x",),
                   lead=True, toll_update=True, recalled=True, province=True)
    assert Profile.from_dict(prof.to_dict()) == prof
    assert Profile.from_dict(None) == Profile()
    assert weekday_in("on Tuesday night") == 1 and weekday_in("Monday or Tuesday") is None


def test_profile_a_place_written_as_a_province() -> None:
    doc = _doc("Synthetic. Jets struck the northern province of Borno on Tuesday. Gunmen attacked villages in "
               "Zamfara State. The Borno state capital Maiduguri was calm. Fighting hit Konduga.")
    def province(quote: str, nth: int = 0) -> bool:
        start = [m.start() for m in re.finditer(re.escape(quote), doc.text)][nth]
        rec = EventRecord(event_type="Battles", sub_event_type="Armed clash", location=quote,
                          evidence=(Evidence("location", start, start + len(quote), quote),))
        return profile(doc, rec).province

    assert province("Borno")  # "the northern province of Borno"
    assert province("Zamfara")  # "Zamfara State"
    assert not province("Borno", 1)  # "the Borno state capital" is the capital city
    assert not province("Konduga")


def test_profile_a_page_address_with_its_day_dates_the_page() -> None:
    # Synthetic addresses: a news page's path often carries its publication day; a month alone is no day.
    text = "Synthetic. Gunmen attacked Gwoza, residents said."
    cases = {"https://news.example/world/2023/jan/06/gunmen-attack": "2023-01-06",
             "https://news.example/2023/01/06/gunmen-attack/": "2023-01-06",
             "https://news.example/2021/06/gunmen-attack/": None,
             "https://news.example/2023/13/40/gunmen": None,
             "https://news.example/gunmen-attack-2023": None,
             "https://news.example/story?from=/2023/01/06/": None,  # only the path carries the page's date
             "https://news.example/2023/1/6/gunmen-attack": "2023-01-06"}
    for url, day in cases.items():
        doc = _doc(text)
        doc.url = url
        assert profile(doc, _rec(doc, {"event_type": "attacked"})).published == day, url
    # A month in the address says when the page was written (the first of that month or later), as a month date line.
    doc = _doc(text)
    doc.url = "https://news.example/2021/06/gunmen-attack/"
    assert profile(doc, _rec(doc, {"event_type": "attacked"})).latest == "2021-06-01"
    for url, month in {"https://news.example/2021/6/gunmen-attack": "2021-06",
                       "https://news.example/2021/jun/gunmen-attack": "2021-06",
                       "https://2021.news.example/06/gunmen-attack": None,
                       "https://news.example/item?path=/2021/06/": None}.items():
        doc = _doc(text)
        doc.url = url
        assert profile(doc, _rec(doc, {"event_type": "attacked"})).written_month == month, url
    # A page dated by its address is no fresh report of a clash years before it (it recalls it).
    from eventcoder.dedup.merge import assess
    from eventcoder.dedup.scenarios import ev

    doc = _doc(text)
    doc.url = "https://news.example/2023/01/06/gunmen-attack/"
    prof = profile(doc, _rec(doc, {"event_type": "attacked"}))
    undated = ev("Gwoza", None, "Armed clash")
    assert assess(ev("Gwoza", "2019-10-17", "Armed clash"), undated, pb=prof).score < 2.0  # recalled, not reported
    assert assess(ev("Gwoza", "2023-01-05", "Armed clash"), undated, pb=prof).score >= 2.0


REPORT_NAMES = ("Synthetic report. Rockets struck an army base near Tarvel on Monday, killing four soldiers. "
                "About twenty rockets hit the Orlanda army base south of Tarvel. "
                "The strike comes a week after rebels shelled the Morvan army base.")


def test_profile_lead_takes_the_target_name_of_the_reports_unclaimed_sentences() -> None:
    # Synthetic: the record's own sentence names "an army base"; a later sentence of the report, no record's
    # evidence, names it ("the Orlanda army base"); the recalled incident's named base is not taken.
    doc = _doc(REPORT_NAMES)
    doc.events = [_rec(doc, {"event_type": "Rockets struck", "notes": "Rockets struck an army base"})]
    (prof,) = profiles(doc)
    assert "military:orlanda" in prof.named and "military" in prof.targets
    assert not any("morvan" in n for n in prof.named)  # "comes a week after ...": an earlier incident


def test_profile_report_names_go_to_the_lead_only_and_only_of_its_target_classes() -> None:
    # Synthetic: a second record's sentence is claimed by it; a name of another class than the lead's is left.
    text = ("Synthetic report. Gunmen attacked a school in Gwoza on Tuesday, killing three. "
            "Soldiers later raided the Harbour Market in Gwoza. Police stood outside the Lakeside Academy all night.")
    doc = _doc(text)
    doc.events = [_rec(doc, {"event_type": "attacked", "notes": "Gunmen attacked a school"}),
                  _rec(doc, {"event_type": "raided", "notes": "Soldiers later raided"})]
    lead, other = profiles(doc)
    assert "school:lakeside" in lead.named and not any(n.startswith("market:") for n in lead.named)
    assert not any("lakeside" in n for n in other.named)


def test_profile_a_protest_takes_no_target_name_from_the_rest_of_its_report() -> None:
    # Synthetic: protesters marched; a later sentence names the shrine their grievance is about. Distinct protests
    # of one day name the same shrine, so it is not a detail that ties two reports of crowds.
    text = ("Synthetic report. Protesters marched in Gwoza on Friday. "
            "Earlier raids on the Orlanda Shrine had angered worshippers at the Orlanda Shrine.")
    doc = _doc(text)
    doc.events = [replace(_rec(doc, {"event_type": "marched", "notes": "Protesters marched"}),
                          event_type="Protests", sub_event_type="Peaceful protest")]
    (prof,) = profiles(doc)
    assert prof.named == ()


def test_profile_a_weekday_on_which_something_was_said_is_not_the_incidents() -> None:
    # Synthetic: a later page tells the day of the blast and the day officials spoke; the incident's is the first.
    assert weekday_in("A bomb went off at a market on Thursday, killing 12, officials said on Friday.") == 3
    assert weekday_in("Gunmen attacked the village on Monday night, police told reporters late Tuesday.") == 0
    assert weekday_in("Police on Tuesday said gunmen attacked a farm on Sunday.") == 6
    # Only the day it was said: the incident is that day or before, as before; two incident days stay unknown.
    assert weekday_in("Officials said on Friday that a bomb went off.") == 4
    assert weekday_in("Clashes on Monday and again on Tuesday.") is None


def test_profile_a_weekday_not_attached_to_a_speech_verb_is_not_set_aside() -> None:
    # Synthetic: a weekday a few words after "said" is what was said happened; "claimed" and "reported" are no
    # speech here. Two incident-looking weekdays stay unknown (None), never the other sentence's day.
    for text in ("Police said the raid took place on Wednesday, and schools closed on Thursday.",
                 "Officials said rebels struck on Friday. The toll rose to 14 by Saturday.",
                 "The ambush on Sunday claimed 8 lives; on Monday, families buried them.",
                 "Farmers told Reuters herders arrived on Thursday and soldiers came on Friday.",
                 "Shooting was reported on Tuesday in the market and police arrived on Wednesday.",
                 "A faction claimed the bombing on Saturday; the army deployed Sunday."):
        assert weekday_in(text) is None, text
    # Attached to the verb or to "told <recipient>", the day of speech is set aside.
    assert weekday_in("Rebels shelled the camp on Wednesday, a spokesman told AFP on Thursday.") == 2
    assert weekday_in("Rebels shelled the camp on Wednesday, the governor told journalists late Thursday.") == 2
    assert weekday_in("Villagers said raiders burned homes on Saturday, the mayor said on Sunday.") == 5


def test_profile_a_report_that_dates_its_only_incident_back_from_itself_tells_it_later() -> None:
    # Synthetic: a follow-up page a week on tells its own incident as "last week"; it is that incident told later,
    # not an earlier one recalled in passing.
    doc = _doc("Synthetic. Seventeen villagers were killed last week when gunmen stormed a village near Gwoza.",
               published="2031-05-20")
    rec = _rec(doc, {"event_type": "stormed", "location": "Gwoza"}, day="2031-05-13", toll=17)
    doc.events = [rec]
    (only,) = profiles(doc)
    assert not only.recalled and not only.background and only.lead
    # The same words beside a fresh incident the report leads with still mark the earlier one in passing.
    doc = _doc("Synthetic. Gunmen attacked a convoy in Gwoza on Sunday. Gunmen stormed a village near Konduga last week.")
    own, earlier = _rec(doc, {"event_type": "attacked a convoy"}), _rec(doc, {"event_type": "stormed a village"})
    doc.events = [own, earlier]
    first, second = profiles(doc)
    assert not first.recalled and second.recalled and second.background
    # Told as another incident ("comes a week after"), a report's only record stays recalled.
    doc = _doc("Synthetic. The raid comes a week after gunmen stormed a village near Konduga.")
    rec = _rec(doc, {"event_type": "stormed a village", "location": "Konduga"})
    doc.events = [rec]
    assert profiles(doc)[0].recalled


def test_profile_a_recall_dated_only_by_its_page_or_a_year_back_stays_recalled() -> None:
    # Synthetic: the record's date is only the page's publication day (no date read from the report): un-recalled,
    # it would look like a fresh incident of that day, so a "last week" recall of it stays a recall.
    text = "Synthetic. Seventeen villagers were killed last week when gunmen stormed a village near Gwoza."
    doc = _doc(text, published="2031-05-20")
    doc.events = [_rec(doc, {"event_type": "stormed", "location": "Gwoza"}, day="2031-05-20", toll=17)]
    assert profiles(doc)[0].recalled
    # A month or a year back is an old incident recalled, even with a date of its own.
    for back in ("last year", "a year ago", "two years ago", "last month", "three months ago"):
        doc = _doc(f"Synthetic. Villagers were killed {back} when raiders burned a hamlet near Konduga, elders said.",
                   published="2031-05-20")
        doc.events = [_rec(doc, {"event_type": "burned", "location": "Konduga"}, day="2030-05-13")]
        assert profiles(doc)[0].recalled, back


def test_profile_a_record_keeps_the_place_names_the_gazetteer_did_not_resolve() -> None:
    # Synthetic: a village the gazetteer lacks ("Wendoubra"), told two ways; the province it lies in is resolved.
    from eventcoder.model import Place

    text = ("Synthetic report. Armed men killed 11 herders in the village of Wendoubra on Friday. "
            "Residents of Wendoubra in Sahel Province said the attackers came on motorbikes.")
    doc = _doc(text)
    doc.places = [Place("Sahel", text.index("Sahel"), text.index("Sahel") + 5, resolved=True, name="Sahel",
                        country="Burkina Faso")]
    rec = replace(_rec(doc, {"event_type": "killed", "actor1": "Armed men"}, toll=11), location=None,
                  actor1="Unidentified Armed Group (Burkina Faso)", country="Burkina Faso")
    assert profile(doc, rec).unresolved == ("wendoubra",)  # weekdays, the province and the country are no names
    town = replace(rec, location="Gwoza", geo_precision=1)
    assert profile(doc, town).unresolved == ("wendoubra",)  # kept for a record at a town too (its district's)
    # A people or a holiday after the cue is no place ("an attack on Christians at Easter").
    people = "Synthetic report. Armed men carried out an attack on Christians at Easter in the village of Wendoubra."
    doc = _doc(people)
    rec = replace(_rec(doc, {"event_type": "attack"}), location=None, country="Burkina Faso")
    assert profile(doc, rec).unresolved == ("wendoubra",)


def test_profile_reads_the_part_of_day_of_the_weekday() -> None:
    # Synthetic: the incident's hours, not the hours something was said.
    for sentence, part in (("Gunmen struck the market on Monday afternoon.", "day"),
                           ("Gunmen struck the market late on Monday, police said on Tuesday morning.", "late"),
                           ("Gunmen struck the market early Tuesday.", "early"),
                           ("Gunmen struck the market on Tuesday.", None)):
        doc = _doc("Synthetic report. " + sentence)
        assert profile(doc, _rec(doc, {"event_type": "struck"})).daypart == part, sentence


def test_profile_a_record_told_as_a_further_event_of_the_report() -> None:
    # Synthetic: a digest's second strike ("Another strike also hit ...") is told as a further event; the lead's
    # scene told again from a reference point ("The strike, near Ariha, ...") is not.
    text = ("Synthetic report. A missile strike killed three people in Idlib on Tuesday. "
            "The strike, near Ariha, destroyed a bakery. Another strike also hit a farm near Sarmin.")
    doc = _doc(text)
    scene = replace(_rec(doc, {"event_type": "The strike, near", "location": "Ariha"}), location="Ariha")
    further = replace(_rec(doc, {"event_type": "Another strike", "location": "Sarmin"}), location="Sarmin")
    assert not profile(doc, scene).another
    assert profile(doc, further).another
    assert Profile.from_dict(profile(doc, further).to_dict()).another  # stored with the record's profile


def _crowd(doc: Document, trigger: str, sub: str = "Mob violence") -> EventRecord:
    kind = "Riots" if sub in ("Mob violence", "Violent demonstration") else "Protests"
    return EventRecord(event_date="2024-03-05", time_precision=1, event_type=kind, sub_event_type=sub,
                       location="Gao", evidence=_ev(doc, event_type=trigger))


def test_profile_reads_a_crowds_cause_when_it_is_an_incident_and_its_arrests() -> None:
    # Synthetic: a riot over a taxi driver's killing, told in the lead; how many were held, in a sentence of its own.
    doc = _doc("Synthetic report. Youths rioted in Gao on Tuesday over the killing of a motorbike taxi driver by a "
               "soldier. Police said fourteen people were arrested.")
    rec = _crowd(doc, "rioted")
    doc.events = [rec]
    (found,) = profiles(doc)
    assert found.cause == ("driver", "killing", "motorbike", "soldier", "taxi")
    assert found.arrests == 14
    # An issue (prices, a law) is no cause of its own: a campaign's day brings several crowds out over it.
    issue = _doc("Synthetic report. Traders marched in Gao on Tuesday against the rise in fuel prices.")
    issue.events = [_crowd(issue, "marched", "Peaceful protest")]
    assert profiles(issue)[0].cause == ()
    # Not a crowd: no cause, no arrests read.
    attack = _doc("Synthetic report. Gunmen attacked Gao over the killing of a commander; police detained 9 men.")
    rec = replace(_crowd(attack, "attacked"), event_type="Violence against civilians", sub_event_type="Attack")
    assert (profile(attack, rec).cause, profile(attack, rec).arrests) == ((), None)


def test_profile_reads_a_mobs_victim_and_a_rally_against_an_accused_person_as_their_cause() -> None:
    # Synthetic: a rally demanding action against a named kind of person, and a mob that beat that person.
    rally = _doc("Synthetic report. Several hundred residents marched in Gao on Tuesday against a herbalist "
                 "accused of poisoning a well.")
    rally.events = [_crowd(rally, "marched", "Peaceful protest")]
    assert profiles(rally)[0].cause == ("herbalist", "poisoning", "well")
    mob = _doc("Synthetic report. An angry crowd in Gao on Tuesday beat a herbalist accused of poisoning a well, "
               "police said.")
    mob.events = [_crowd(mob, "beat")]
    assert profiles(mob)[0].cause == ("herbalist", "poisoning", "well")
    # Only a mob's victim is read so: a violent demonstration that attacked a shop has no cause from it.
    shop = _doc("Synthetic report. Demonstrators in Gao on Tuesday attacked a herbalist's shop.")
    shop.events = [_crowd(shop, "attacked", "Violent demonstration")]
    assert profiles(shop)[0].cause == ()
    # An issue is still no cause; a mob's victim that is not the rally's gives no shared words.
    fuel = _doc("Synthetic report. Drivers marched in Gao on Tuesday over fuel prices.")
    fuel.events = [_crowd(fuel, "marched", "Peaceful protest")]
    assert profiles(fuel)[0].cause == ()
    trader = _doc("Synthetic report. A crowd in Gao on Tuesday attacked a grain trader accused of hoarding.")
    trader.events = [_crowd(trader, "attacked")]
    assert profiles(trader)[0].cause == ("grain", "hoarding", "trader")


def test_profile_cause_and_arrests_round_trip() -> None:
    prof = Profile(cause=("driver", "killing"), arrests=3)
    assert Profile.from_dict(prof.to_dict()) == prof


def test_profile_a_crowd_report_with_its_arrests_still_gives_the_lead_its_cause() -> None:
    # Synthetic: the riot in the lead, its cause in a sentence of its own, and the police's arrests coded as a record
    # of their own at the same town (a step of the crowd): the lead crowd still takes the cause.
    doc = _doc("Synthetic report. Youths rioted in Gao on Tuesday. The unrest was sparked by the killing of a motorbike "
               "taxi driver by a soldier. Police arrested nine people in Gao.")
    riot = _crowd(doc, "rioted")
    held = EventRecord(event_date="2024-03-05", time_precision=1, event_type="Strategic developments",
                       sub_event_type="Arrests", location="Gao", evidence=_ev(doc, event_type="arrested"))
    doc.events = [riot, held]
    assert profiles(doc)[0].cause == ("driver", "killing", "motorbike", "soldier", "taxi")
    # Arrests in another town: a digest of two places, each told in its own sentences.
    doc.events = [riot, replace(held, location="Ansongo")]
    assert profiles(doc)[0].cause == ()


def test_profile_crowd_size_round_trips() -> None:
    prof = Profile(crowd=500)
    assert Profile.from_dict(prof.to_dict()) == prof


def _crowd_group_of(text: str, event_type: str = "Riots") -> tuple[str, ...]:
    doc = _doc(text)
    rec = replace(_rec(doc, {"event_type": text.split()[2]}), event_type=event_type, sub_event_type=(
        "Violent demonstration" if event_type == "Riots" else "Peaceful protest"))
    return profile(doc, rec).group


def test_profile_reads_who_gathered_in_the_crowds_own_words() -> None:
    # Synthetic sentences: the noun of the people before a crowd verb, or after "a protest by".
    assert _crowd_group_of("Synthetic. Cocoa farmers marched peacefully through Wa on Monday.", "Protests") == \
        ("farmer",)
    assert _crowd_group_of("Synthetic. Okada riders rioted in Wa on 4 March, burning tyres.") == ("rider",)
    assert _crowd_group_of("Synthetic. A protest by fishmongers against a levy turned violent in Wa.") == \
        ("fishmonger",)
    # Negatives: a word any crowd is told with, a place before the verb, and a record that is not a crowd.
    assert _crowd_group_of("Synthetic. Angry youths rioted in Wa on Monday.") == ()
    assert _crowd_group_of("Synthetic. Residents of Wa staged a protest on Monday.", "Protests") == ()
    assert _crowd_group_of("Synthetic. Gunmen rioted in Wa on Monday.", "Violence against civilians") == ()


def test_profile_reads_the_villages_a_record_names_below_its_place() -> None:
    # Synthetic: "Kwari village in Gwoza" and "the village of Dogon Ruwa" are villages; Gwoza (the record's own place)
    # and a village noun with no name are not.
    doc = _doc("Synthetic. Gunmen attacked Kwari village in Gwoza on Tuesday, killing 9.")
    assert profile(doc, _rec(doc, {"event_type": "attacked"})).villages == ("kwari",)
    doc = _doc("Synthetic. Gunmen stormed the village of Dogon Ruwa near Gwoza, killing 4.")
    assert profile(doc, _rec(doc, {"event_type": "stormed"})).villages == ("dogon ruwa",)
    doc = _doc("Synthetic. Gunmen attacked a village in Gwoza and Gwoza village elders fled.")
    assert profile(doc, _rec(doc, {"event_type": "attacked"})).villages == ()
