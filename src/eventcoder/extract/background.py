"""Background: a sentence that tells history, a trend or context rather than a new event.

A sentence is background when it speaks of a trend or a period ("has intensified", "since 2011",
"the war has killed ...") or is dated before the report: a day more than 45 days before the report's
date, a month more than 75 days before it or that ended more than 14 days before it, or an earlier year; without a reference date, any dated
sentence after the lead.

An earlier incident the report recalls is no event of the report (:func:`mark_recalled`): news leads with its own
incident and names earlier ones for context ("the attack comes days after gunmen stormed ...", "in response to
this week's chemical attack", "the latest in a series of ...", "last week's raid on ...", "is the second abduction
in a week", "follows a similar attack on ...", "where gunmen attacked a cafe last Friday"). What a sentence tells
after such words is the earlier incident's: its cues, tolls, actors, places and dates leave the frame (their spans
are kept in ``Frame.recalled``, so that coding lends no place of theirs to a lead that names none), and a sentence
that tells nothing else is background. Once the report's lead is
known (its first sentence with a trigger that is not itself told of an earlier time), a later sentence told only
of an earlier week or month ("Last week, gunmen killed ...", with no place of its own; one at a place of its own is
a digest's item and stays its own incident, an earlier month's never; so is a sentence told "a few days ago" or
"earlier this week" when the lead has a day of its own), a caption or paragraph before the lead told
of an earlier week (unless the lead points back to it: "The victims ..."), and a clause of a day more than two
days before the lead's are the earlier incident, and so is a later sentence whose weapon is the recalled
incident's and not the lead's (a missile strike "in response to" a chemical attack; then "the chemical attack
killed 72"). A report about last week's incident, with no lead of its own, keeps it. A perfect-tense toll with no
day right after a period's toll continues it.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from eventcoder.extract.cues import Cue, CueMatch
from eventcoder.extract.dates import is_since_date, is_statement_date
from eventcoder.extract.frames import TRIGGER_CLASSES, Decision, Frame
from eventcoder.extract.prefilter import full_scan_needed
from eventcoder.model import DateMention

__all__ = ["RECALL", "RECALL_DAYS", "is_background", "mark_recalled", "points_back_to_place", "strong_cues", "WEAK_PROTEST"]

# Protest words that alone do not make a protest ("demanded", "in support of"): leaders say them too.
WEAK_PROTEST = re.compile(
    r"^(?:chant\w*|placards|banners|denounc\w*|demanding|commemorat\w*|assembled|gathered|demanded|to demand|"
    r"calling for|called for|in support of)$",
    re.I,
)
_PERFECT = re.compile(r"\b(?:have|has) (?:been killed|died|been displaced|killed|claimed|left)\b", re.I)
_BARE_YEAR = re.compile(r"(?<![\d-])((?:19[5-9]|20[0-4])\d)(?![\d-])"
                        r"|\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y) (1[89]\d\d)\b(?![\d-])")
_YEAR_IN = re.compile(r"(?:19|20)\d\d")
_YEAR_WORD = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-]?\d)")
_YEARS_BEFORE_LATEST = 2  # an undated report's sentence dated this many years before the latest year it names
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d\s+(?:Jan|Feb|Mar|Apr|May|"
                    r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
_IN_MONTH = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December)\b")
# an earlier month or year than an undated report's own ("Last month, police raided ..."): told after the lead, it
# is context (last week's incident may still be news: a report gives it its own paragraph)
_EARLIER_TIME = re.compile(r"\b(?:[Ll]ast (?:month|year)|(?:months|years) ago|[Ee]arlier this year)\b")
_RECENT = re.compile(r"in recent days|over the (?:past|last)|earlier this year|reports? of", re.I)
# "There were no immediate reports of casualties": "reports of" denied tells that nothing more is known of the
# report's own event, no trend or history
_NO_REPORTS = re.compile(r"\b(?:no|not\s+any|without)\s+(?:(?:immediate|initial|further|other|official|independent)\s+)?$",
                         re.I)
# A relative clause that tells the history of a person or place the sentence names ("an activist who won a prize
# last year", "..., where banditry has claimed scores of lives over the years"): it runs to the next comma.
# A running count of munitions over a period, in the perfect tense ("about 900 shells have been fired at the town",
# "the coalition has carried out 20,000 airstrikes"): a period's tally, no new event
_MUNITIONS = r"(?:rockets?|missiles?|shells?|mortars?(?: rounds| shells)?|projectiles|drones|air ?strikes|strikes|bombs|barrel bombs)"
_AMOUNT = r"(?:(?:some|more than|over|about|nearly|almost|around|roughly|at least|up to)\s+)?\d[\d,.]*(?:\s+(?:thousand|million))?"
_RUNNING_COUNT = re.compile(
    rf"\b{_AMOUNT}\s+{_MUNITIONS}\s+(?:\w+\s+)?(?:have|has|had)\s+been\s+(?:\w+ly\s+)?(?:launched|fired|dropped|shot|"
    rf"carried out|conducted)\b|\b(?:have|has|had)\s+(?:\w+ly\s+)?(?:launched|fired|dropped|carried out|conducted)\s+"
    rf"{_AMOUNT}\s+{_MUNITIONS}\b", re.I)
# "that" opens a relative clause when a verb follows it at once ("forces that have besieged the town since March"); a
# "that" with a subject after it is a complement ("said that forces have ...") and opens none
_RELATIVE = re.compile(r"\b(?:who|whose|where|which|that(?=\s+(?:have|has|had)\s))\b", re.I)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
_RECENT_DAYS = 45  # a day-precise date older than this (before the reference) is history
_RECENT_MONTH_DAYS = 75  # a month-precise date older than this is history
_MONTH_OVER_DAYS = 14  # ... and so is a month that ended more than this before the report


# Words that recall an earlier incident: what the sentence tells after them is that incident's, not the report's.
RECALL = re.compile(
    r"\b(?:in\s+(?:direct\s+)?(?:response|retaliation|revenge|reprisal)\s+(?:to|for)"
    r"|(?:a|as\s+a|as)\s+(?:direct\s+|proportional\s+)?(?:response|retaliation|reprisal)\s+(?:to|for)"
    r"|(?<=, )(?:responding|retaliating)\s+(?:to|for)"
    # "the strike came as fighting continued around the city", "... came amid clashes": the setting it came in (not
    # what it was: "the prayer came as a protest against ...", "came as part of", "came as no surprise")
    r"|(?<=\s)(?:comes?|came|coming)\s+(?:as(?!\s+(?:a|an|part|no|something|one|such)\b)|amid|amidst|while|during)"
    r"\s+(?=\S)"
    r"|(?:comes?|came|coming)\s+(?:just\s+|only\s+|barely\s+|nearly\s+|less\s+than\s+|more\s+than\s+|about\s+|"
    r"some\s+|little\s+over\s+)?(?:(?:a|an|one|two|three|four|five|six|\d+|several|few)\s+)?"
    r"(?:(?:days?|weeks?|months?|hours?)\s+)?(?:after|since|on\s+the\s+heels\s+of|in\s+the\s+wake\s+of)"
    r"|the\s+latest\s+in\s+a\s+(?:series|string|spate|wave|spree|run)\s+of"
    r"|(?:last|previous)\s+(?:week|month)'s"
    r"|(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|[\w-]+th)\s+)?"
    r"anniversary\s+of"
    r"|(?:days|weeks|months)\s+after\s+(?=(?:a|an|the|another|similar|gunmen|militants|suspected)\b)"
    # ", a week after a suicide bombing killed 12": a span of days told back from the sentence's own act
    r"|(?<=, )(?:just\s+|only\s+|barely\s+)?(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+after\s+"
    r"(?=(?:a|an|the|another|similar|gunmen|militants|suspected)\b"
    # (also "..., a week after clashes in the city killed 40", "two weeks after soldiers shot dead five": a clause of its
    # own whose act of violence is told within a few words)
    # (not the person's own fate that led to the act: "a chief died in hospital, a week after being stabbed")
    r"|(?!(?:being|having|he|she|they|him|her)\b)(?:[\w'-]+\s+){1,6}?(?:killed|shot|attacked|stormed|clashed|bombed|"
    r"abducted|kidnapped|massacred|died|opened\s+fire)\b)"
    # "hours after the Mogadishu blast": an incident told or known before; "hours after a car bomb killed 14 in X" is
    # more often the same day's other incident, told here for the first time (ACLED codes it)
    r"|hours\s+after\s+(?=(?:the|that|this|last)\b)"
    # "the rioting broke out the day after a teenager was shot by police": what came the day before is its cause (not
    # "officials said on Friday, the day after ...": the day of a statement)
    r"|\b(?:erupted|began|started|broke\s+out|flared(?:\s+up)?|spread)\s+(?:on\s+)?the\s+(?:day|night|morning|evening|"
    r"week)\s+after\s+(?=\S)"
    # "is the second (mass abduction) in a week": what follows is the earlier one(s)
    # (also as an apposition after a clause: "..., police said, the third such raid in just over a month")
    r"|(?:(?:is|was|marks|marked|becomes|became)\s+the\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|latest)"
    r"|(?<=, )the\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)))"
    r"(?:\s+[\w-]+){0,7}?\s+(?:in|within|this|so\s+far\s+this)\s+(?:(?:a|the\s+(?:past|last)|less\s+than\s+a|"
    r"(?:(?:a\s+)?little|just|slightly)\s+(?:over|more\s+than)\s+a|as\s+many|two|three|several|a\s+few)\s+)?"
    r"(?:week|weeks|month|months|days)\b"
    # "the raid follows a similar attack on ...": the earlier incident it follows
    r"|follow(?:s|ed|ing)\s+(?:(?:a|an|another|the)\s+)?(?:similar|earlier|previous|recent)\b"
    # "the blast follows Monday's bombing of ...": the incident of a day named before
    r"|follow(?:s|ed|ing)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)(?:'s|\u2019s)\s"
    # "he was previously arrested by soldiers", "had previously been abducted": an earlier incident of the person
    r"|(?:was|were|had|has|have)\s+(?:(?:also|been)\s+)?previously\s+(?:been\s+)?"
    # (not a figure told before: "officials had previously reported ten deaths")
    r"(?!(?:reported|stated|announced|claimed|estimated|confirmed|denied|given|told|put)\b)(?=\w+(?:ed|en|wn|ght)\b))",
    re.I,
)
# "the clans have been locked in fighting over land since May": a feud's history, not the report's event, but only
# when its clause holds every trigger and count of the sentence and the day it runs since is well before the lead's
# (_feud_spans); "have been fighting since Tuesday, killing at least 20" and "... since Friday" the day before the
# lead's are the report's own fighting
_FEUD = re.compile(
    r"\b(?:have|has)\s+been\s+(?:(?:engaged|involved|locked|embroiled)\s+in|fighting|clashing|feuding)\b"
    r"[^.;:,]{0,60}?\bsince\s+", re.I)
# After a "previously" participle, its clause ends at a clause mark or at the main clause's finite verb: an auxiliary
# or a past form not coordinated with the participle ("who had previously attacked the village returned on Monday",
# "a pastor previously abducted in 2022 was kidnapped again"); "detained and beaten by troops" stays one clause.
_PARTICIPLE_END = re.compile(
    r"[,;:()\u2014\u2013]|(?<!\band)(?<!\bor)(?<!\bbeen)(?<!\bbeing)(?<!\bwas)(?<!\bwere)(?<!\bhad)(?<!\bhas)"
    r"(?<!\bhave)(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bby)(?<!\bwho)(?<!\bthen)(?<!\balso)\s+"
    r"(?:(?:is|are|was|were|has|have|had|will|would)\b|\w+ed\b|(?:shot|struck|beat|fought|took|set|burnt|burned|"
    r"threw|blew|went|came|stole|led|made|gave|hit|cut|broke|seized|stormed)\b)", re.I)
# Words of which every match of RECALL holds one (the literal of each of its branches), in lower case: a sentence
# with none of them cannot match, and the slow scan of RECALL (its word boundary and its open ordinal "[\w-]+th" let
# the engine skip nothing) is spared. tests/extract/test_background_speed.py holds it to RECALL's own matches.
_RECALL_WORDS = re.compile(r"respon|retaliat|revenge|reprisal|come|came|coming|latest|last|previous|anniversary|"
                          r"after|week|month|days|follow|since")
# ... and every match of _RUNNING_COUNT holds one of its verbs
_RUNNING_WORDS = re.compile(r"launched|fired|dropped|shot|carried|conducted")
# "Rockets have been fired at the towns multiple times this month", "have repeatedly been shelled": attacks repeated
# over a period, told in the perfect tense, are the period's history, not the report's event
_REPEATED = re.compile(
    r"\b(?:have|has)\s+(?:repeatedly\s+)?been\s+(?:\w+\s+){0,2}?(?:launched|fired|dropped|shelled|attacked|targeted|"
    r"hit|struck|bombed)\b(?:[^.;]{0,80}?\b(?:multiple|several|many|numerous|countless)\s+times\b)?"
    r"|\b(?:have|has)\s+been\s+repeatedly\b", re.I)
_REPEATED_WORDS = re.compile(r"times|repeatedly")
# "The group has clashed frequently with government forces", "militants have often attacked convoys": a habit told
# in the perfect tense is the period's history when nothing outside its clause is a trigger or a toll (a day told in
# the sentence keeps its event)
_HABITUAL = re.compile(
    r"\b(?:have|has)\s+(?:(?:frequently|repeatedly|regularly|often|routinely|constantly)\s+\w+ed|"
    r"\w+ed\s+(?:\w+\s+)?(?:frequently|repeatedly|regularly|often|routinely|constantly))\b", re.I)
_HABITUAL_WORDS = re.compile(r"frequently|repeatedly|regularly|often|routinely|constantly")
_CLAUSE_MARKS = ",;:"


def _habit_only(frame: Frame) -> bool:
    """The sentence tells only a habit: the habit's clause (between commas, semicolons or colons) holds every trigger
    and every count of the sentence. "Militants, who have often attacked bases in the region, killed 12 soldiers on a
    base": the killing stands outside the habit's clause and is the sentence's act."""
    sent, base = frame.sentence_text, frame.sentence.start
    m = _HABITUAL.search(sent)
    if m is None:
        return False
    lo = base + max(sent.rfind(c, 0, m.start()) for c in _CLAUSE_MARKS) + 1
    ends = [i for i in (sent.find(c, m.end()) for c in _CLAUSE_MARKS) if i >= 0]
    hi = base + (min(ends) if ends else len(sent))
    return all(lo <= c.start < hi for c in _triggers(frame)) and all(lo <= c.start < hi for c in frame.counts)


def _may_hold(sentence: str, words: re.Pattern[str]) -> bool:
    """Whether ``sentence`` may hold one of ``words`` (lower case) where a pattern that ignores case would find it: the
    lower-cased text is searched, or, when lower-casing cannot stand for ignoring case (prefilter.full_scan_needed:
    the dotless i, the long s), True."""
    low = sentence.lower()
    return full_scan_needed(sentence, low) or words.search(low) is not None


@functools.lru_cache(maxsize=4096)
def _recall_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where RECALL matches in ``sentence`` (start, end), scanned once per sentence text: the background test and
    :func:`mark_recalled` both read them."""
    if not _may_hold(sentence, _RECALL_WORDS):
        return ()
    return tuple((m.start(), m.end()) for m in RECALL.finditer(sentence))


# The ordinal branch of RECALL ("is the second abduction in a week"), and what after it tells the earlier ones.
_ORDINAL_IN_PERIOD = re.compile(r"(?:(?:is|was|marks|marked|becomes|became)\s+the|the(?=\s+(?:second|third|fourth|fifth|"
                                r"sixth|\d+(?:st|nd|rd|th))\b))\s", re.I)
_TELLS_EARLIER = re.compile(r"[\s,]*(?:after|following|since|when|in\s+which|where)\b|\s*(?:[:\u2014\u2013]|-\s)", re.I)

RECALL_DAYS = 2  # a day this many days before the lead's is another incident (the night and the morning after are one)
# A date told as an earlier week or month than the report's ("last week", "earlier this month", "two weeks ago").
_EARLIER_PERIOD = re.compile(r"^(?:last (?:week|month)|earlier this month|(?:\w+) (?:weeks?|months?) ago)$", re.I)
# Told as a few days before the report, with no day of its own ("a few days ago"): beside a lead dated to a day of
# its own ("on Thursday"), an earlier incident the report recalls for context, wherever it was (no digest dates
# its items so vaguely); "earlier this week" is an earlier period, as "last week" (a digest's item at a place of
# its own).
_FEW_DAYS_AGO = re.compile(r"\b(?:(?:a\s+)?few|several|some|a\s+couple\s+of)\s+days\s+ago\b", re.I)
_THIS_WEEK = re.compile(r"\bearlier\s+this\s+week\b", re.I)
# Where the clause of an earlier date begins: "..., where gunmen attacked a cafe last Friday".
_CLAUSE = re.compile(r",\s*(?:where|when|which|after|before|and)\b|;|\s[-\u2013\u2014]\s|\bafter\b")
# A sentence that opens by pointing back ("The victims ...", "They ..."): it tells more of what came before it.
_OPENS_DEFINITE = re.compile(r"^\W*(?:the|they|those|these|this|that|he|she|its?|their)\b", re.I)
# Trigger classes that name how an incident was done: a later sentence naming only the recalled one's is about it.
_SPECIFIC = (Cue.SUICIDE, Cue.CHEMICAL, Cue.AIR, Cue.SHELLING, Cue.REMOTE_EXPLOSIVE, Cue.GRENADE, Cue.ABDUCTION,
             Cue.SEXUAL)


def strong_cues(frame: Frame, cls: Cue, weak: re.Pattern[str] | None) -> list[CueMatch]:
    """The cues of one class that are not in the ``weak`` list."""
    return [c for c in frame.cues.get(cls, ()) if not (weak and weak.match(c.text))]


# A warning named after what it warns of ("air raid sirens", "a rocket alert", "missile warnings"): the weapon word
# inside it is no strike (nothing landed where the sirens sounded)
_ALARM = re.compile(r"\b(?:air[- ]?raids?|rockets?|missiles?|drones?|aerial|red|code[- ]red|incoming(?:[- ]fire)?)\s+"
                    r"(?:sirens?|alerts?|alarms?|warnings?)\b", re.I)


# "interceptors fired in a false alarm", "the alert was a false alarm": nothing was attacked
_FALSE_ALARM = re.compile(r"\bfalse\s+alarms?\b", re.I)


def _alarm_only(frame: Frame) -> bool:
    """Whether every trigger of the sentence is inside a warning's name ("Air raid sirens were heard in X"), or the
    sentence tells a false alarm with no one killed or hurt."""
    if _FALSE_ALARM.search(frame.sentence_text) and not any(c.role in ("killed", "injured") for c in frame.counts):
        return True
    spans = [(m.start(), m.end()) for m in _ALARM.finditer(frame.text, frame.sentence.start, frame.sentence.end)]
    triggers = [c for cls in TRIGGER_CLASSES for c in frame.cues.get(cls, ())]
    return bool(spans and triggers) and all(any(a <= c.start < b for a, b in spans) for c in triggers)


# A person's life told in the past perfect ("She had enlisted at 19, was hurt on the front and then
# ..."): a backstory, not an act of the report's day
_BACKSTORY = re.compile(
    r"^\W*(?:the\s+(?:man|woman|suspect|defendant|accused|convict|teenager|former\s+\w+)|he|she)\s+had\s+"
    r"(?:(?:already|previously|once|first)\s+)?(?:joined|fought|served|trained|enlisted|pledged|travel{1,2}ed|"
    r"moved|lived|worked|studied|grown\s+up|spent)\b", re.I)


# "had served as mayor for ten years when gunmen shot him": the clause after it tells the act of the sentence
_THEN_CLAUSE = re.compile(r"\b(?:when|until|before|as|then)\s+", re.I)


def _backstory(frame: Frame) -> bool:
    """Whether the sentence is a person's life in the past perfect, with no day, no counted dead and no act told
    after it in a when/until/before clause ("He had served ten years when gunmen shot him" is the act itself)."""
    m = _BACKSTORY.match(frame.sentence_text)
    if m is None or frame.dates or any(c.counted and c.role == "killed" for c in frame.counts):
        return False
    clause = _THEN_CLAUSE.search(frame.sentence_text, m.end())
    if clause is None:
        return True
    after = frame.sentence.start + clause.end()
    return not any(c.start >= after for cls in TRIGGER_CLASSES for c in frame.cues.get(cls, ()))


def is_background(frame: Frame, reference: date | None, lead: bool) -> str | None:
    """Why a sentence is history or context rather than a new event, or None."""
    if _alarm_only(frame):
        return "a warning only (sirens or an alert), no act"
    if _backstory(frame):
        return "a person's backstory (a life told in the past perfect)"
    trend = _trend(frame)
    if trend is not None:
        return trend
    sent = frame.sentence_text
    if not lead and _may_hold(sent, _RUNNING_WORDS) and _RUNNING_COUNT.search(sent) and not any(
            d.precision == 1 or _WEEKDAY.search(d.text or "") for d in frame.dates):
        return "a cumulative count over a period (a running tally in the perfect tense)"
    if not lead and _may_hold(sent, _REPEATED_WORDS) and _repeated(sent) and not any(
            d.precision == 1 or _WEEKDAY.search(d.text or "") for d in frame.dates):
        return "attacks repeated over a period (perfect tense)"
    if _may_hold(sent, _HABITUAL_WORDS) and _habit_only(frame) and not any(
            d.precision == 1 or _WEEKDAY.search(d.text or "") for d in frame.dates):
        return "a habit over a period (perfect tense with 'frequently', 'often', ...)"
    if _period_tally(frame):
        return "a month's or a year's tally (a summary of many incidents, no event)"
    if not lead and _COST.search(sent) and not _ONE_ACT_SUBJECT.match(sent) and not any(d.precision == 1 or _WEEKDAY.search(d.text or "") for d in frame.dates):
        return "a conflict's cost so far (perfect tense: 'has come at a heavy cost, with 300 killed'), no event"
    years = [d for d in frame.dates if d.kind == "year" or d.date]
    if reference is not None and not years:
        # a bare year as a modifier ("the violence that followed the 2007 vote") dates the sentence too
        # every match of _BARE_YEAR begins its year with an ASCII 1 or 2: a sentence with neither is not scanned
        bare = [int(m.group(1) or m.group(2)) for m in _BARE_YEAR.finditer(sent)] if "1" in sent or "2" in sent else []
        if bare and all(y < reference.year for y in bare):
            return f"dated before the report ({bare[0]})"
    if reference is None and not lead and not years and (
            any(_MONTH.search(d.text or "") for d in frame.dates) or _IN_MONTH.search(sent) or _EARLIER_TIME.search(sent)):
        # "On June 11, 86 people were massacred", "in March": a calendar day or month after the lead of a report
        # with no date of its own is an earlier time told as context
        return "dated, after the lead of an undated report"
    if not years:
        return None
    latest = _latest_year(frame.text) if reference is None else None
    past = [d for d in years if _is_past(d, reference, lead, latest)]
    dated = [d for d in years if _year_of(d) is not None]
    if dated and len(past) == len(dated):
        return f"dated before the report ({past[0].text or past[0].date})"
    # "the army said on Monday it had killed 2,000 militants during 2025", "in a report published on Monday, ... in
    # March 2022": the statement's day dates no act; every day of an act is past
    acts = [d for d in dated if not (is_statement_date(frame.text, d) or is_since_date(frame.text, d))]
    if acts and all(d in past for d in acts):
        return f"dated before the report ({acts[0].text or acts[0].date}; the statement's day dates no act)"
    return None


# Words of a tally of many incidents: a period's figure ("the highest monthly figure", "the annual toll", "figures for
# the month", "the highest toll for any month"), or the plural acts that made it ("attacks by armed groups killed 312
# people in February"). "figures", "highest" and "lowest" alone bind no period: "the highest toll in the state this
# year" ranks one attack, and "two public figures" are its victims
_TALLY_WORDS = re.compile(
    r"\b(?:monthly|yearly|annual|weekly|tally|tallies|deadliest\s+month|"
    r"figures?\s+(?:for|of)\s+(?:the|that|this|a|each)\s+(?:month|year|week|period|quarter)|"
    r"(?:highest|lowest)\s+(?:[\w-]+\s+)?(?:figure|toll|number|count)\s+(?:for|of|in)\s+(?:a|the|any|one)\s+"
    r"(?:single\s+)?(?:month|year|week))\b", re.I)
# The cost of a conflict or a campaign so far, in the perfect tense ("the fighting has come at a heavy cost, with
# 300 fighters killed", "the insurgency has taken a heavy toll"): its dead are many
# incidents' told together, none of them the report's event
_COST = re.compile(r"\b(?:has|have)\s+(?:(?:already|so\s+far|also)\s+)?(?:come\s+at\s+an?\s+(?:[\w-]+\s+)?(?:cost|price)|"
                   r"(?:taken|exacted)\s+an?\s+(?:[\w-]+\s+)?toll|paid\s+an?\s+(?:[\w-]+\s+)?price)\b", re.I)
# ... unless the sentence's subject is one act ("the bombing has taken a heavy toll, with 12 killed")
_ONE_ACT_SUBJECT = re.compile(r"\W*(?:the|this|that|Monday's|the\s+latest)\s+(?:[\w-]+\s+)?(?:attack|blast|bombing|"
                              r"explosion|strike|air\s?strike|raid|ambush|shooting|massacre)\b", re.I)
_PLURAL_ACTS = re.compile(r"^\W*(?:(?:the|such|repeated|recent)\s+)?(?:attacks|violence|operations|strikes|raids|clashes)\b",
                          re.I)
_TALLY_LEAST = 20  # plural acts alone make a month's count a tally from this many dead


def _period_tally(frame: Frame) -> bool:
    """A count of the dead or abducted over a month or a year, told with no day of an act ("attacks by armed groups
    killed 312 people in February, the highest monthly figure", "killed 2,000 militants in operations during 2025"):
    a summary of many incidents (ACLED codes each incident, never the month's figure)."""
    counts = [c for c in frame.counts if c.role in ("killed", "abducted") and c.counted and c.value >= 2]
    acts = [d for d in frame.dates if not is_statement_date(frame.text, d)]
    if not counts or not acts or any(d.precision == 1 for d in acts):
        return False
    if not any(d.precision == 3 or d.kind == "year" for d in acts):
        return False
    sent = frame.sentence_text
    return bool(_TALLY_WORDS.search(sent)) or (bool(_PLURAL_ACTS.match(sent)) and max(c.value for c in counts) >= _TALLY_LEAST)


def _repeated(sentence: str) -> bool:
    """Whether the sentence tells attacks repeated over a period in the perfect tense ("several times", "repeatedly")."""
    m = _REPEATED.search(sentence)
    return m is not None and ("times" in m.group(0).lower() or "repeatedly" in m.group(0).lower())


def _trend_cues(frame: Frame) -> list[CueMatch]:
    """The frame's trend cues, less "reports of" denied ("no immediate reports of damage")."""
    return [c for c in frame.cues.get(Cue.TREND, ()) if not (
        c.text.lower().startswith("report") and _NO_REPORTS.search(frame.text, max(0, c.start - 30), c.start))]


def _trend(frame: Frame) -> str | None:
    period = frame.first(Cue.PERIOD)
    if period is not None and not strong_cues(frame, Cue.PROTEST, WEAK_PROTEST):
        return f"a past period ({period.text!r})"
    recalls = _recall_spans(frame.sentence_text)
    base = frame.sentence.start
    # words that recall an earlier incident leave the sentence's own facts to it (mark_recalled), not all history
    trend = next((c for c in _trend_cues(frame) if not any(
        base + a <= c.start < base + b or c.start <= base + a < c.end for a, b in recalls)), None)
    span = _period_clause(frame, trend) if trend is not None and _RECENT.match(trend.text) else None
    if trend is not None and span is not None and all(span[0] <= c.start < span[1] for c in _triggers(frame)):
        # "On Thursday, schools were shut in X, where 40 have died, doctors say, in street battles in recent days":
        # the day is the closure's; the battles (a crowd's too) and their toll are the period's, told in the clause
        return f"trend or history ({trend.text!r}, a relative clause's period)"
    if trend is None or strong_cues(frame, Cue.PROTEST, WEAK_PROTEST):
        return None  # a protest marking an anniversary is a protest today; its history is its cause
    if _RECENT.match(trend.text) and any(d.precision == 1 or _WEEKDAY.search(d.text or "") for d in frame.dates):
        return None  # "attacks in recent days, with the chief killed on Tuesday": the day's event is told
    if _main_clause_trigger(frame, trend):
        return None  # the history is a relative clause's; the sentence's own trigger is outside it
    if _cause_clause(frame, trend):
        return None  # "a mob torched shops in X on Monday after rumours spread of ...": the trend word is the cause's
    perfect = bool(_PERFECT.search(frame.sentence_text))
    # a toll inside the trend's own relative clause ("..., where militants killed 30 in recent years") is the
    # history's, not a toll told before it
    first = _clause_start(frame, trend) or trend.start
    if perfect or not any(c.start < first for c in frame.counts if c.role in ("killed", "injured")):
        # "7 were shot dead ... where banditry has claimed scores of lives over the years": the toll comes first
        return f"trend or history ({trend.text!r})"
    return None


# A relative clause opened after a comma (", where", ", which"): what it tells is the place's or the thing's
_COMMA_RELATIVE = re.compile(r",\s*(?:where|which|who)\b", re.I)


# A comma after which the sentence goes back to its main clause: a coordinated clause or a participle of its act
_BACK_TO_MAIN = re.compile(r",\s*(?:and|but|while|killing|leaving|wounding|injuring)\b", re.I)


def _period_clause(frame: Frame, trend: CueMatch) -> tuple[int, int] | None:
    """The span of a period's toll told in a relative clause after a comma (", where 40 people have died, doctors
    say, in clashes in recent days"): the clause, in the perfect, holds the recent period; no count of the sentence
    comes before it and no day of the sentence inside it. It runs, commas and all, to the first comma after the period
    that goes back to the main clause (", and 11 fighters died", ", killing ..."), or to the sentence's end. None when
    the sentence tells no such clause."""
    sent, base = frame.sentence_text, frame.sentence.start
    openers = list(_COMMA_RELATIVE.finditer(sent, 0, max(0, trend.start - base)))
    if not openers or not _PERFECT.search(sent, openers[-1].end()):
        return None
    lo = base + openers[-1].start()
    back = _BACK_TO_MAIN.search(sent, trend.end - base)
    hi = base + back.start() if back else frame.sentence.end
    if all(c.start >= lo for c in frame.counts) and all(d.start < lo or d.start >= hi for d in frame.dates):
        return lo, hi
    return None


# Opens a clause that tells why or when the main clause's act came: "... after rumours spread of an insult"
_SUBORDINATE = re.compile(r"\b(?:after|following|because|as|amid|when)\b", re.I)


def _cause_clause(frame: Frame, trend: CueMatch) -> bool:
    """The trend word is in a clause that tells the cause of the sentence's act, told after it ("A mob attacked a
    mosque in X on Monday after rumours spread of an insult"): every trigger comes before a subordinator that comes
    before the trend word, and the act has a day of its own before it. The act is the day's event; the words after
    the subordinator are its cause, not a period's history."""
    triggers = _triggers(frame)
    if not triggers:
        return False
    last = max(c.end for c in triggers)
    if last > trend.start or not any(d.end <= trend.start and (d.precision == 1 or _WEEKDAY.search(d.text or ""))
                                     for d in frame.dates):
        return False
    return _SUBORDINATE.search(frame.text, last, trend.start) is not None


def _clause_start(frame: Frame, trend: CueMatch) -> int | None:
    """Where the relative clause that holds the trend word opens ("who won a prize last year"), or None."""
    base, sent = frame.sentence.start, frame.sentence_text
    openers = [m for m in _RELATIVE.finditer(sent, 0, max(0, trend.start - base)) if "," not in
               sent[m.end():trend.start - base]]
    return base + openers[-1].start() if openers else None


def _clause_end(frame: Frame, trend: CueMatch) -> int:
    """Where the relative clause that holds the trend word ends: at the next comma, or, when the clause is closed by no
    comma ("Forces that have besieged the town since March shelled its market on Monday"), at the trend's end when
    a trigger follows it and a day is told after it: the main verb, with a day of its own, follows the clause."""
    comma = frame.text.find(",", trend.end, frame.sentence.end)
    end = comma if comma >= 0 else frame.sentence.end
    if any(trend.end <= c.start < end for c in _triggers(frame)) and any(
            trend.end <= d.start < end and (d.precision == 1 or _WEEKDAY.search(d.text or "")) for d in frame.dates):
        return trend.end
    return end


def _history_clauses(f: Frame) -> list[tuple[int, int]]:
    """Relative clauses that tell a place's or a person's history ("deployed to X, where militants killed 30 in
    recent years"), from their opener to the next comma, or a period's toll from its opener to where the sentence goes
    back to its main clause (``_period_clause``): their toll and actors are the history's, not the sentence's (the sentence's own trigger
    outside the clause stays)."""
    spans = []
    for trend in _trend_cues(f):
        if _RECENT.match(trend.text):
            span = _period_clause(f, trend)  # ("..., where 40 have died ... in recent days": to the main clause)
            spans += [span] if span is not None else []
            continue
        start = _clause_start(f, trend)
        if start is None:
            continue
        spans.append((start, _clause_end(f, trend)))
    return spans


def _main_clause_trigger(frame: Frame, trend: CueMatch) -> bool:
    """The trend word is in a relative clause ("who won a prize last year") and a trigger is told outside it."""
    start = _clause_start(frame, trend)
    if start is None:
        return False
    end = _clause_end(frame, trend)
    return any(not start <= c.start < end for cls in TRIGGER_CLASSES for c in frame.cues.get(cls, ()))


@functools.lru_cache(maxsize=4)
def _latest_year(text: str) -> int | None:
    """The latest year a text names: a report with no date of its own is at least that recent."""
    years = [int(y) for y in _YEAR_WORD.findall(text)]
    return max(years) if years else None


def _is_past(d: DateMention, reference: date | None, lead: bool, latest: int | None = None) -> bool:
    y = _year_of(d)
    if y is None:
        return False
    if reference is None:
        # Without a reference date only the lead may carry a dated event; later dated sentences of an
        # undated report are context (histories of cease-fires, earlier years), and so is a year well before
        # the latest one the report names
        return not lead or (latest is not None and y <= latest - _YEARS_BEFORE_LATEST)
    if d.date and d.precision == 1:
        return (reference - date.fromisoformat(d.date)).days > _RECENT_DAYS
    if y < reference.year:
        return True
    if not (d.date and d.precision == 3):
        return False
    # a month told as such ("in late August") is an earlier incident recalled once that month is well over: news
    # of a new incident gives its day
    month = date.fromisoformat(d.date)
    next_month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return (reference - month).days > _RECENT_MONTH_DAYS or (reference - next_month).days > _MONTH_OVER_DAYS


def _year_of(d: DateMention) -> int | None:
    if d.date:
        return int(d.date[:4])
    m = _YEAR_IN.search(d.text or "")
    return int(m.group(0)) if m else None


def mark_recalled(frames: list[Frame]) -> None:
    """Take an earlier incident the report recalls out of its frames (module docstring), one part at a time."""
    _continue_tolls(frames)
    _retrospective(frames)
    for part in {f.part for f in frames}:
        own = [f for f in frames if f.part == part and not f.background]
        recalled: dict[int, set[str]] = {}  # frame index -> the trigger classes it recalls
        for f in own:
            recalled[f.index] = _trim(f, [_recall_span(f, a, end=b) for a, b in _recall_spans(f.sentence_text)],
                                      "recalls")
            recalled[f.index] |= _trim(f, _history_clauses(f), "a relative clause's history", whole=False)
            since = _feud_since(f)
            if since is not None and since.precision > 1:
                _drop(f, "a feud's history: fighting told in the perfect since a month or a year")
        lead = next((f for f in own if not f.background and _triggers(f) and not _earlier_only(f)), None)
        if lead is None:
            continue  # the report is about the incident it dates earlier: nothing is recalled
        lead_days = [date.fromisoformat(d.date) for d in lead.dates if d.precision == 1 and d.date]
        lead_kinds = {c.cls for c in _triggers(lead)}
        for f in own:
            if f is lead or f.background or (f.index < lead.index and _OPENS_DEFINITE.match(lead.sentence_text)):
                continue  # before a lead that points back to it, an earlier week is the lead's own ("Seven were killed
                # last week. The victims died on Friday ..."); before one that does not, a caption's aside
            earlier = [d for d in f.dates if _EARLIER_PERIOD.match(d.text or "") or (
                _earlier_month(d, lead_days) and _MONTH_OPENS.match(f.text, f.sentence.start, d.start))]
            periods = [_recall_span(f, d.start - f.sentence.start, clause=True) for d in earlier]
            if lead_days:
                periods += [_recall_span(f, m.start(), clause=True) for m in _THIS_WEEK.finditer(f.sentence_text)]
                vague = [_recall_span(f, m.start(), clause=True) for m in _FEW_DAYS_AGO.finditer(f.sentence_text)]
                recalled[f.index] |= _trim(f, vague, "a few days before the lead's day")
            # after the lead, a sentence about last week at a place of its own is a digest's item (ACLED codes it; the
            # store keeps it apart as recalled, dedup/profile.py); an aside, or an earlier month, is left out
            # and a lead that recalls an earlier incident ("the second such abduction in a week", "in retaliation for
            # an ambush") has announced the one a later sentence of an earlier week tells: no digest's item
            whole = (f.index < lead.index or not _placed(f, lead) or any(d.precision > 2 for d in earlier)
                     or bool(_recall_spans(lead.sentence_text)))
            recalled[f.index] |= _trim(f, periods, "an earlier week or month than the lead's", whole=whole)
            # an earlier day in a clause of the sentence ("..., where gunmen attacked a cafe last Friday") is
            # recalled; a sentence of its own about another day is a digest's next incident at a place of its own
            # ("Last Thursday, insurgents killed four soldiers near X"), and the earlier incident the report recalls
            # when told after the lead at none ("On 30 June, insurgents ambushed a convoy in the east, killing 21")
            days = [_recall_span(f, d.start - f.sentence.start, clause=True) for d in f.dates
                    if _days_before(d, lead_days)]
            recalled[f.index] |= _trim(f, days, "an earlier day than the lead's",
                                       whole=f.index > lead.index and not _placed(f, lead))
            since = _feud_since(f)
            if since is not None and _days_before(since, lead_days):
                _drop(f, "a feud's history: fighting told in the perfect since a day well before the lead's")
        _drop_recalled_kinds(own, lead, lead_kinds, recalled)
        _continue_recalled(sorted((f for f in frames if f.part == part), key=lambda f: f.index), lead, recalled)


# A sentence that points back with a distal demonstrative ("That attack ...", "Those strikes ..."): news points with
# "that" at what it told as past, the earlier incident, and with "this" at its own
_DISTAL = re.compile(r"^\W*(?:that|those)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|air ?strikes?|raids?|blasts?|"
                     r"bombings?|explosions?|assaults?|ambush(?:es)?|incidents?|shelling|barrage|salvo|rockets?|shells?|"
                     r"projectiles|mortars?|abductions?|kidnappings?|killings?|massacres?)\b", re.I)


_NEXT = 2  # a sentence with no act between ("The third fell near the fence.") does not end the retelling


def _continue_recalled(frames: list[Frame], lead: Frame, recalled: dict[int, set[str]]) -> None:
    """The sentences right after one whose end tells an earlier incident ("The alarms came a day after militants
    fired three mortar shells.") that go on telling it point back ("The projectiles ...", "That attack ..."), tell no
    day of their own and only that incident's kind of weapon (a shell, a bomb). One that points at it with "that" or
    "those" ("That attack did not trigger sirens in any town"; news points with "that" at what it told as past, with
    "this" at its own) retells it: no event of the report's day. One with "the" and a place of its own (where the
    shells fell) is the recalled incident's own item and stays, as a digest's (section 4 of docs/extraction.md); one
    with "the" and no place ("The blast killed 12") may well be the lead's and stays too. Either keeps the retelling
    going for the sentence after it."""
    chain: set[str] = set()  # the weapon classes of the recalled incident being told, while the sentences go on
    day: tuple[DateMention, int | None] | None = None  # the recall words and the days before they tell
    prev: Frame | None = None
    for f in frames:
        if prev is None or f.index - prev.index > _NEXT:
            chain = set()
        prev = f
        kinds = {c.cls for c in _triggers(f) if c.cls in _SPECIFIC}
        if (chain and f is not lead and not f.background and not f.dates and _OPENS_DEFINITE.match(f.sentence_text)
                and kinds and kinds <= chain):
            if _DISTAL.match(f.sentence_text):
                f.recalled.append((f.sentence.start, f.sentence.end))
                _drop(f, f"retells the earlier incident the sentences before it recall ({', '.join(sorted(kinds))})")
            else:
                if day is not None:  # the recalled incident's own item: its day is the recall's, not the lead's
                    f.recall_day, f.recall_days_before = day
            continue
        chain = _recalled_to_end(f, recalled.get(f.index, set()))
        day = _recall_day(f) if chain else None


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "came a day after", "comes two days after", "came 3 days after": the number of days before the recalling incident's
_DAYS_AFTER = re.compile(r"\b(a|an|one|two|three|four|five|six|\d)\s+days?\s+(?:after|since)\b", re.I)


def _recall_day(f: Frame) -> tuple[DateMention, int | None] | None:
    """The recall words at the sentence's end (a mention with no date of its own, their evidence) and the days they put
    the earlier incident before the recalling one ("came a day after ...": 1; "came weeks after": None)."""
    spans = _recall_spans(f.sentence_text)
    if not spans:
        return None
    a, b = spans[-1]
    m = _DAYS_AFTER.search(f.sentence_text, a, b)
    days = None if m is None else _NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1))
    start, end = f.sentence.start + a, f.sentence.start + b
    return DateMention(start, end, None, 1, "relative", f.text[start:end]), days


def _recalled_to_end(f: Frame, trimmed: set[str]) -> set[str]:
    """The weapon classes of the earlier incident a sentence recalls at its end ("... came a day after militants fired
    three mortar shells."), or none when its recall words open it or it recalls nothing."""
    sent = f.sentence_text
    last = f.sentence.start + len(sent.rstrip(" .!\"'\u201d)"))
    found: set[str] = set()
    for a, b in _recall_spans(sent):
        lo, hi = _recall_span(f, a, end=b)
        if hi >= last:
            found |= {c.cls for c in _triggers(f) if lo <= c.start < hi and c.cls in _SPECIFIC}
            found |= trimmed & set(_SPECIFIC)
    return found


def _feud_since(f: Frame) -> DateMention | None:
    """The date a feud told in the perfect runs since ("the gangs have been engaged in gun battles since 24 February")
    when the feud's clause (to a clause mark) holds every trigger and every count of the sentence, or None: a toll or
    an act told outside it ("..., killing at least 20 insurgents") is the report's own fighting."""
    if f.background or "since" not in f.sentence_text.lower():
        return None
    sent, base = f.sentence_text, f.sentence.start
    m = _FEUD.search(sent)
    if m is None:
        return None
    since = next((d for d in f.dates if d.start == base + m.end() and d.date), None)
    if since is None:
        return None
    lo = base + max(sent.rfind(c, 0, m.start()) for c in _CLAUSE_MARKS) + 1
    ends = [i for i in (sent.find(c, since.end - base) for c in _CLAUSE_MARKS) if i >= 0]
    hi = base + (min(ends) if ends else len(sent))
    inside = all(lo <= c.start < hi for c in _triggers(f)) and all(lo <= c.start < hi for c in f.counts)
    return since if inside else None


def _retrospective(frames: list[Frame]) -> None:
    """A report whose lead is dated, with its year, before the report ("On July 1, 2016, the attack on a cafe left 22
    dead") and whose body tells no day of its own afterwards retells that incident (a retrospective, an anniversary
    piece): its undated sentences are the old incident's course, history, never a new event of the report's day; so
    is its headline."""
    body = sorted((f for f in frames if f.part == "body"), key=lambda f: f.index)
    first = next((f for f in body if _triggers(f) or f.counts), None)
    if first is None or not (first.background_reason or "").startswith("dated before the report") or not any(
            _YEAR_IN.search(d.text or "") for d in first.dates):
        return  # a retrospective names the year it tells of; a weekday read into another year is no such lead
    rest = [f for f in frames if f is not first and (f.part == "title" or f.index > first.index)]
    if any(f.dates for f in rest if not f.background):
        return  # the report tells a day of its own: the old incident was its context
    for f in rest:
        if not f.background:
            _drop(f, "retells the incident its lead dates before the report")


def _continue_tolls(frames: list[Frame]) -> None:
    """A toll in the perfect tense with no day of its own, right after a sentence of history or a period's toll,
    continues it ("Since the fighting began, 232 have been killed. Israel says it has killed 160 combatants.")."""
    for prev, f in zip(frames, frames[1:], strict=False):
        if (prev.background and f.index == prev.index + 1 and f.part == prev.part and not f.background
                and not f.dates and (prev.background_reason or "").startswith(("trend", "a past period"))
                and _PERFECT.search(f.sentence_text)):
            _drop(f, "continues a period's toll told before it")


def _drop_recalled_kinds(own: list[Frame], lead: Frame, lead_kinds: set[str], recalled: dict[int, set[str]]) -> None:
    """After a sentence recalls an earlier incident, a sentence whose weapon is only that incident's tells it."""
    kinds_so_far: set[str] = set()
    lead_days = [date.fromisoformat(d.date) for d in lead.dates if d.precision == 1 and d.date]
    for f in own:
        kinds = {c.cls for c in _triggers(f) if c.cls in _SPECIFIC}
        if f is not lead and not f.background and kinds and kinds <= kinds_so_far and not kinds & lead_kinds and not (
                _told_anew(f, lead, lead_days)):
            _drop(f, f"tells the earlier incident the report recalls ({', '.join(sorted(kinds))})")
        kinds_so_far |= recalled.get(f.index, set())


_SAME_DAY = re.compile(r"\b(?:later|that\s+same|the\s+same|earlier)\s+(?:on\s+)?(?:day|night|morning|afternoon|"
                       r"evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


def _told_anew(f: Frame, lead: Frame, lead_days: list[date]) -> bool:
    """A sentence of the recalled weapon told as an incident of its own: a day of its own that is not well before the
    lead's ("Later on Friday, a car bomb exploded in X", "That same day rockets struck Y"), or a place of its own in
    a sentence that does not open by pointing back ("A car bomb exploded in X", not "The chemical attack in X")."""
    if _SAME_DAY.search(f.sentence_text):
        return True
    if any(d.precision == 1 and d.date and not _days_before(d, lead_days) for d in f.dates):
        return True
    return _own_place(f, lead) and not _OPENS_DEFINITE.match(f.sentence_text)


# A place told by pointing back at the lead's: "in the same district", "nearby", "there" (not "there were")
_PLACE_ANAPHOR = re.compile(r"\b(?:in|at|near)\s+the\s+same\s+(?:district|area|village|town|city|locality|county|"
                            r"region|province|state|neighbou?rhood|community)\b|\bnearby\b|\bthere\b(?!\s+(?:is|are|was|"
                            r"were|has|have|had|will|would|may|might|could|can|must|seems?|appears?|remains?|be)\b)", re.I)


def points_back_to_place(sentence: str) -> bool:
    """The sentence places its act at a place told before ("in the same district", "nearby", "there")."""
    return bool(_PLACE_ANAPHOR.search(sentence))


def _placed(f: Frame, lead: Frame) -> bool:
    """The frame tells a place: one of its own (``_own_place``), or the lead's by pointing back at it ("On 30 November,
    gunmen also killed three herders in the same district"): an incident of another day at a known place, its own
    event (ACLED: one event per day and location)."""
    return _own_place(f, lead) or points_back_to_place(f.sentence_text)


def _own_place(f: Frame, lead: Frame) -> bool:
    """The frame names a place finer than a country that the lead does not."""
    lead_ids = {p.geonameid for p in lead.places}
    return any(p.resolved and p.feature != "country" and p.geonameid not in lead_ids for p in f.places)


def _triggers(f: Frame) -> list[CueMatch]:
    return [c for cls in TRIGGER_CLASSES for c in f.cues.get(cls, ())]


def _earlier_only(f: Frame) -> bool:
    return bool(f.dates) and all(_EARLIER_PERIOD.match(d.text or "") for d in f.dates)


# A sentence that opens with its month ("In February, a similar bomb killed five"): the whole sentence is of that
# month (a month told inside it, "rallied in support of the leaders who seized power in July", dates a clause only)
_MONTH_OPENS = re.compile(r"\W*(?:(?:in|during|back\s+in|earlier\s+in|early|late|mid-?)\s+)?$", re.I)


def _earlier_month(d: DateMention, lead_days: list[date]) -> bool:
    """A month named alone ("In February, a similar bomb killed five") before the month of the lead's day: news tells
    its incident's day, so a month before it is an earlier incident's time."""
    if not (lead_days and d.precision == 3 and d.date):
        return False
    month = date.fromisoformat(d.date).replace(day=1)
    return all(month < day.replace(day=1) for day in lead_days)


def _days_before(d: DateMention, lead_days: list[date]) -> bool:
    return bool(lead_days and d.precision == 1 and d.date) and all(
        (day - date.fromisoformat(d.date)).days > RECALL_DAYS for day in lead_days)  # type: ignore[arg-type]


def _recall_span(f: Frame, pos: int, *, clause: bool = False, end: int | None = None) -> tuple[int, int]:
    """The part of the sentence (document offsets) that tells the earlier incident: from the recall words (or the
    start of the clause of an earlier date) to the end; when they open the sentence ("Days after gunmen stormed X,
    the army ..."), to the first comma. An ordinal in a period ("it was the second attack this week", match
    ending at ``end``) only counts the earlier ones: the rest of the sentence is today's ("...; 12 were killed")
    unless it goes on to tell them ("... this week, after gunmen seized 42 in ..."), up to the clause's end."""
    sent, base = f.sentence_text, f.sentence.start
    if end is not None and _ORDINAL_IN_PERIOD.match(sent, pos):
        told = _TELLS_EARLIER.match(sent, end)
        if told is None:
            return base + pos, base + end
        stop = sent.find(";", told.end())
        return base + pos, base + (stop if stop > 0 else len(sent))
    if end is not None and "previously" in sent[pos:end].lower():
        word = re.match(r"\w+", sent[end:])  # the participle: its own clause, not the sentence's main verb
        main = _PARTICIPLE_END.search(sent, end + (word.end() if word else 0))
        return base + pos, base + (main.start() if main else len(sent))
    start = pos
    if clause:
        opens = [m.start() for m in _CLAUSE.finditer(sent, 0, pos)]
        start = opens[-1] if opens else 0
    if not clause and not sent[:start].strip(" \"'\u201c("):
        comma = sent.find(",", pos)
        return base + start, base + (comma if comma > 0 else len(sent))
    return base + start, base + len(sent)


def _trim(f: Frame, spans: list[tuple[int, int]], why: str, *, whole: bool = True) -> set[str]:
    """Leave out what the spans tell; a frame with no trigger left is background (``whole``), or kept as it is.
    The trigger classes left out."""
    if not spans or f.background:
        return set()

    def inside(start: int) -> bool:
        return any(a <= start < b for a, b in spans)

    gone = {c.cls for c in _triggers(f) if inside(c.start)}
    if not any(not inside(c.start) for c in _triggers(f)):
        if not whole:
            return set()
        # a sentence that tells nothing but the earlier incident places only it: none of its places is lent to a
        # lead that names none ("A classroom at a college in X, where 42 were seized last week." before the lead)
        f.recalled.append((f.sentence.start, f.sentence.end))
        _drop(f, f"{why} an earlier incident" if why == "recalls" else f"an earlier incident: {why}")
        return gone
    f.recalled += spans  # the earlier incident's places are none of the report's (coding: a place for an unplaced lead)
    f.cues = {cls: [c for c in found if not inside(c.start)] for cls, found in f.cues.items()}
    f.counts = [c for c in f.counts if not inside(c.start)]
    f.actors = [a for a in f.actors if not inside(a.start)]
    f.places = [p for p in f.places if not inside(p.start)]
    f.dates = [d for d in f.dates if not inside(d.start)]
    return gone


def _drop(f: Frame, reason: str) -> None:
    f.background, f.background_reason = True, reason
    f.decision = f"{Decision.BACKGROUND}: {reason}"
