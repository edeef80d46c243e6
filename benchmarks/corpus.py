"""Synthetic news corpus for speed runs (never an accuracy claim).

Every sentence comes from templates and vocabularies written for this file: conflict reports
of all six ACLED event types in many countries and phrasings, with datelines, quotes,
casualty figures, follow-ups and background paragraphs, plus a share of general news with no
violence (economy, sport, weather, science, culture). Place and group names are real so that
the geocoder and the actor lexicon do realistic work; the text itself is invented.

    python benchmarks/corpus.py 1000 corpus.jsonl     # JSON lines: id, text, title, published
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["COUNTRIES", "generate", "write_corpus"]

# country -> (demonym, state forces, armed groups, [(town, admin1)])
COUNTRIES: dict[str, tuple[str, str, list[str], list[tuple[str, str]]]] = {
    "Nigeria": ("Nigerian", "the Nigerian army", ["Boko Haram", "ISWAP fighters", "bandits", "gunmen"],
                [("Maiduguri", "Borno"), ("Konduga", "Borno"), ("Kano", "Kano"), ("Zaria", "Kaduna"),
                 ("Jos", "Plateau"), ("Makurdi", "Benue"), ("Gusau", "Zamfara"), ("Damaturu", "Yobe")]),
    "Syria": ("Syrian", "Syrian government forces", ["HTS fighters", "Islamic State militants", "SDF units"],
              [("Idlib", "Idlib"), ("Aleppo", "Aleppo"), ("Deir ez-Zor", "Deir ez-Zor"), ("Homs", "Homs"),
               ("Raqqa", "Raqqa"), ("Daraa", "Daraa"), ("Hama", "Hama"), ("Qamishli", "Al-Hasakah")]),
    "Afghanistan": ("Afghan", "Afghan security forces", ["Taliban fighters", "Islamic State Khorasan", "gunmen"],
                    [("Kabul", "Kabul"), ("Jalalabad", "Nangarhar"), ("Kandahar", "Kandahar"),
                     ("Kunduz", "Kunduz"), ("Herat", "Herat"), ("Ghazni", "Ghazni"), ("Mazar-i-Sharif", "Balkh")]),
    "Somalia": ("Somali", "Somali troops", ["al-Shabaab militants", "clan militiamen"],
                [("Mogadishu", "Banadir"), ("Baidoa", "Bay"), ("Kismayo", "Lower Juba"), ("Beledweyne", "Hiraan"),
                 ("Afgoye", "Lower Shabelle"), ("Galkayo", "Mudug")]),
    "Democratic Republic of Congo": ("Congolese", "Congolese troops", ["M23 rebels", "ADF militants", "CODECO fighters"],
                                     [("Goma", "North Kivu"), ("Beni", "North Kivu"), ("Bunia", "Ituri"),
                                      ("Bukavu", "South Kivu"), ("Butembo", "North Kivu"), ("Uvira", "South Kivu")]),
    "Ukraine": ("Ukrainian", "Ukrainian forces", ["Russian forces", "Russian troops"],
                [("Kharkiv", "Kharkiv"), ("Kherson", "Kherson"), ("Zaporizhzhia", "Zaporizhia"), ("Odesa", "Odesa"),
                 ("Bakhmut", "Donetsk"), ("Sumy", "Sumy"), ("Dnipro", "Dnipropetrovsk")]),
    "Yemen": ("Yemeni", "Yemeni government forces", ["Houthi rebels", "AQAP militants"],
              [("Taiz", "Taiz"), ("Marib", "Marib"), ("Hodeidah", "Al Hudaydah"), ("Aden", "Aden"),
               ("Sanaa", "Amanat al Asimah"), ("Saada", "Saada")]),
    "Mali": ("Malian", "the Malian army", ["JNIM fighters", "Islamic State Sahel militants", "Dozo hunters"],
             [("Mopti", "Mopti"), ("Gao", "Gao"), ("Timbuktu", "Timbuktu"), ("Segou", "Segou"),
              ("Menaka", "Menaka"), ("Bandiagara", "Mopti")]),
    "Myanmar": ("Burmese", "the military junta", ["People's Defence Force fighters", "Arakan Army fighters"],
                [("Sagaing", "Sagaing"), ("Mandalay", "Mandalay"), ("Myitkyina", "Kachin"), ("Lashio", "Shan"),
                 ("Loikaw", "Kayah"), ("Hpa-An", "Kayin")]),
    "Mexico": ("Mexican", "Mexican soldiers", ["cartel gunmen", "members of a criminal group"],
               [("Culiacan", "Sinaloa"), ("Reynosa", "Tamaulipas"), ("Zamora", "Michoacan"), ("Acapulco", "Guerrero"),
                ("Celaya", "Guanajuato"), ("Tijuana", "Baja California")]),
    "Sudan": ("Sudanese", "the Sudanese army", ["RSF fighters", "Janjaweed militiamen"],
              [("Khartoum", "Khartoum"), ("Omdurman", "Khartoum"), ("El Fasher", "North Darfur"),
               ("Nyala", "South Darfur"), ("El Geneina", "West Darfur"), ("Wad Madani", "Al Jazirah")]),
    "Colombia": ("Colombian", "Colombian soldiers", ["ELN guerrillas", "FARC dissidents", "Clan del Golfo members"],
                 [("Cucuta", "Norte de Santander"), ("Tumaco", "Narino"), ("Quibdo", "Choco"), ("Cali", "Valle del Cauca"),
                  ("Popayan", "Cauca"), ("Arauca", "Arauca")]),
    "India": ("Indian", "Indian security forces", ["Maoist insurgents", "militants", "a mob"],
              [("Srinagar", "Jammu and Kashmir"), ("Imphal", "Manipur"), ("Raipur", "Chhattisgarh"),
               ("Sukma", "Chhattisgarh"), ("Anantnag", "Jammu and Kashmir"), ("Churachandpur", "Manipur")]),
    "Pakistan": ("Pakistani", "Pakistani security forces", ["TTP militants", "Baloch separatists", "gunmen"],
                 [("Peshawar", "Khyber Pakhtunkhwa"), ("Quetta", "Balochistan"), ("Karachi", "Sindh"),
                  ("Bannu", "Khyber Pakhtunkhwa"), ("Gwadar", "Balochistan"), ("Lahore", "Punjab")]),
    "Burkina Faso": ("Burkinabe", "Burkinabe soldiers", ["jihadist fighters", "VDP volunteers"],
                     [("Djibo", "Sahel"), ("Ouahigouya", "Nord"), ("Dori", "Sahel"), ("Kaya", "Centre-Nord"),
                      ("Fada N'gourma", "Est")]),
    "Ethiopia": ("Ethiopian", "Ethiopian federal forces", ["Fano militiamen", "OLA fighters"],
                 [("Gondar", "Amhara"), ("Bahir Dar", "Amhara"), ("Nekemte", "Oromia"), ("Mekelle", "Tigray"),
                  ("Dessie", "Amhara")]),
    "Iraq": ("Iraqi", "Iraqi security forces", ["Islamic State militants", "an armed faction"],
             [("Mosul", "Nineveh"), ("Kirkuk", "Kirkuk"), ("Baghdad", "Baghdad"), ("Tikrit", "Saladin"),
              ("Ramadi", "Anbar"), ("Basra", "Basra")]),
    "Haiti": ("Haitian", "Haitian police", ["gang members", "armed gangs"],
              [("Port-au-Prince", "Ouest"), ("Cap-Haitien", "Nord"), ("Gonaives", "Artibonite"), ("Les Cayes", "Sud")]),
}

AGENCIES = ("AFP", "Reuters", "AP", "local media", "a regional broadcaster", "state television")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
VICTIMS = ("civilians", "villagers", "people", "farmers", "worshippers", "passengers", "traders", "students")
SMALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
VAGUE = ("several", "dozens of", "scores of", "a number of")

# Each event template: (event kind, sentences). Slots: {actor} {actor2} {state} {town} {admin1} {country}
# {day} {n} {m} {victims} {demonym}.
EVENTS: list[tuple[str, list[str]]] = [
    ("attack", ["{actor} killed {n} {victims} in {town} on {day}, officials said.",
                "Gunmen stormed a village near {town} in {admin1} on {day}, shooting {n} {victims} dead.",
                "At least {n} {victims} were killed and {m} others wounded when {actor} attacked {town} late on {day}."]),
    ("clash", ["Heavy fighting broke out between {state} and {actor} near {town} on {day}, leaving {n} dead.",
               "{state} clashed with {actor} in {admin1} on {day}; the army said {n} fighters were killed.",
               "Clashes between {actor} and {actor2} around {town} killed {n} people, a local official told {agency}."]),
    ("airstrike", ["Warplanes struck a market in {town} on {day}, killing {n} {victims}, according to rescuers.",
                   "A drone strike hit a vehicle outside {town} in {admin1} province on {day}, killing {n}.",
                   "Air strikes on {town} killed at least {n} {victims} and injured {m}, the health ministry said."]),
    ("shelling", ["Artillery fire hit residential districts of {town} on {day}, killing {n} {victims}.",
                  "{actor} shelled {town} overnight, wounding {m} {victims}, the regional governor said.",
                  "Rockets slammed into the centre of {town} on {day}; {n} people were killed."]),
    ("ied", ["A roadside bomb exploded near {town} on {day}, killing {n} soldiers.",
             "A suicide bomber blew himself up at a checkpoint in {town}, killing {n} and wounding {m}.",
             "An improvised explosive device struck a bus on the road to {town}, leaving {n} dead."]),
    ("abduction", ["{actor} abducted {n} {victims} from a village near {town} on {day}.",
                   "Gunmen kidnapped {n} students from a school in {town}, {admin1} state, police said."]),
    ("protest", ["Hundreds of people marched through {town} on {day} to demand better wages.",
                 "Protesters gathered outside the governor's office in {town} on {day}, calling for an end to power cuts.",
                 "Police fired tear gas at demonstrators in {town} on {day}; {m} people were hurt."]),
    ("riot", ["A mob set fire to a police station in {town} on {day} after a suspect died in custody.",
              "Rioters clashed with police in {town} on {day}, throwing stones and burning tyres."]),
    ("strategic", ["{state} arrested {n} suspected members of {actor} in {town} on {day}.",
                   "{actor} took control of {town} on {day} after government troops withdrew.",
                   "Representatives of {actor} and the government signed a local ceasefire in {town} on {day}."]),
]

FOLLOW_UP = [
    "\"We heard explosions and then people running everywhere,\" a resident of {town} said by telephone.",
    "A spokesman for {state} said an operation was under way to find those responsible.",
    "The wounded were taken to the main hospital in {town}, where doctors said several were in critical condition.",
    "No group immediately claimed responsibility for the attack.",
    "Residents said the violence forced hundreds of families to flee toward {town2}.",
    "The {demonym} government condemned the attack and promised to restore order in {admin1}.",
    "Aid agencies said access to the area remained difficult because of insecurity on the roads.",
    "Local officials said the death toll could rise as search efforts continued.",
    "Witnesses said the attackers arrived on motorcycles shortly after dawn and left within an hour.",
    "Shops and schools in {town} stayed closed on {day} as security forces patrolled the streets.",
    "The governor of {admin1} announced a curfew from dusk to dawn in several districts.",
    "A local lawmaker called on the federal authorities to send more troops to protect rural communities.",
    "Human rights groups urged an independent investigation into the killings.",
    "Footage shared on social media showed burned vehicles and damaged homes along the main road.",
    "The army said in a statement that it had reinforced its positions around {town2}.",
    "Relatives of the victims gathered outside the morgue, waiting for news of missing family members.",
    "Telephone networks in parts of {admin1} were cut, making it hard to confirm details.",
    "The {demonym} Red Cross said its teams had evacuated {m} injured people to {town2}.",
    "A security analyst said the attack showed the group could still strike far from its strongholds.",
    "Officials in {town2} said they had received reports of people crossing into the district overnight.",
]
BACKGROUND = [
    "The conflict in {admin1} has killed thousands of people since {year}.",
    "In {year}, a similar attack on {town2} left dozens dead.",
    "Violence in the region escalated in {year} after peace talks collapsed.",
    "The United Nations says more than a million people have been displaced in {country} since {year}.",
]
GENERAL = [
    ("Markets", ["Shares in {country} rose {pct} percent on {day} as investors welcomed new inflation figures.",
                 "The central bank kept its main interest rate unchanged at {pct} percent.",
                 "Analysts said exports of coffee and textiles were likely to grow next quarter.",
                 "The currency strengthened slightly against the dollar in early trading."]),
    ("Sport", ["{town} United beat their rivals 2-1 on {day} to move top of the league.",
               "The striker scored twice in the second half in front of a crowd of {big} fans.",
               "The coach praised his players' discipline and said the title race was far from over.",
               "Their next match is away from home on {day}."]),
    ("Weather", ["Heavy rain is expected across {admin1} this week, the meteorological service said on {day}.",
                 "Farmers in the region welcomed the rain after a long dry season.",
                 "Temperatures will fall to around {pct} degrees at night.",
                 "Residents were advised to avoid low-lying roads near rivers."]),
    ("Science", ["Researchers in {town} have developed a cheaper test for malaria, the university said on {day}.",
                 "The team tested the method on {big} samples collected over two years.",
                 "Health officials said the test could reach rural clinics next year.",
                 "The study was published in a medical journal this month."]),
    ("Culture", ["A film festival opened in {town} on {day}, showing more than {pct} films from across the region.",
                 "Organisers said ticket sales had doubled compared with last year.",
                 "The festival runs until the end of the month and closes with an outdoor concert.",
                 "Local artists also exhibited paintings and photographs in the old market hall."]),
]


def _number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        return str(rng.randint(2, 60))
    if roll < 0.75:
        return rng.choice(SMALL)
    if roll < 0.9:
        return "at least " + str(rng.randint(3, 40))
    return rng.choice(VAGUE)


def _fill(template: str, slots: dict[str, Any], rng: random.Random) -> str:
    slots = {**slots, "n": _number(rng), "m": _number(rng)}
    text = template.format(**slots)
    return text[0].upper() + text[1:]


def _conflict(rng: random.Random, published: dt.date) -> tuple[str, str]:
    country = rng.choice(list(COUNTRIES))
    demonym, state, groups, towns = COUNTRIES[country]
    (town, admin1), (town2, _) = rng.sample(towns, 2)
    actor, actor2 = (rng.sample(groups, 2) if len(groups) > 1 else (groups[0], state))
    slots = {"actor": actor, "actor2": actor2, "state": state, "town": town, "town2": town2, "admin1": admin1,
             "country": country, "demonym": demonym, "agency": rng.choice(AGENCIES),
             "day": rng.choice(WEEKDAYS), "victims": rng.choice(VICTIMS),
             "year": str(published.year - rng.randint(2, 12))}
    kind, sentences = rng.choice(EVENTS)
    lead = _fill(rng.choice(sentences), slots, rng)
    dateline = f"{town.upper()}, {country} ({rng.choice(AGENCIES)}) - " if rng.random() < 0.6 else ""
    paragraphs = [dateline + lead]
    follow = rng.sample(FOLLOW_UP, rng.randint(3, 12))
    if rng.random() < 0.4:  # a second incident in the same report
        follow.insert(rng.randint(0, len(follow)), rng.choice([t for _, group in EVENTS for t in group]))
    while follow:
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(_fill(t, slots, rng) for t in follow[:size]))
        follow = follow[size:]
    if rng.random() < 0.6:
        paragraphs.append(" ".join(_fill(t, slots, rng) for t in rng.sample(BACKGROUND, rng.randint(1, 2))))
    title = f"{kind.title()} reported in {town}, {country}"
    return title, "\n\n".join(paragraphs)


def _general(rng: random.Random) -> tuple[str, str]:
    country = rng.choice(list(COUNTRIES))
    _, _, _, towns = COUNTRIES[country]
    town, admin1 = rng.choice(towns)
    topic, sentences = rng.choice(GENERAL)
    slots = {"country": country, "town": town, "admin1": admin1, "day": rng.choice(WEEKDAYS),
             "pct": str(rng.randint(2, 40)), "big": f"{rng.randint(2, 90) * 1000:,}"}
    body = [_fill(s, slots, rng) for s in sentences]
    rng.shuffle(body[1:])
    return f"{topic}: news from {town}", "\n\n".join(body * rng.randint(1, 2))


def generate(n: int, *, seed: int = 7, general_share: float = 0.3) -> Iterator[dict[str, Any]]:
    """``n`` synthetic records ``{id, title, text, published, synthetic}``; the same seed gives the same corpus."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    for i in range(n):
        published = start + dt.timedelta(days=rng.randint(0, 700))
        title, body = _general(rng) if rng.random() < general_share else _conflict(rng, published)
        yield {"id": f"synthetic-{i:06d}", "title": title, "text": body, "published": published.isoformat(),
               "synthetic": True}


def write_corpus(path: Path, n: int, *, seed: int = 7) -> Path:
    """Write ``n`` records as JSON lines to ``path``."""
    with path.open("w", encoding="utf-8") as handle:
        for record in generate(n, seed=seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python benchmarks/corpus.py N OUT.jsonl")
    write_corpus(Path(sys.argv[2]), int(sys.argv[1]))
