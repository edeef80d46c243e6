# ruff: noqa: F403, F405  (star import of actors.py: dozens of constants, listed there)
"""Synthetic single sentences and headlines with their ACLED-style gold coding (all incidents invented).

Each S(...) is one document. Dates in E(...) are specs resolved against ``published``:
an ISO date, "pub", "-N" (days before) or a weekday ("Tue": the latest Tuesday on or before).
"""

from __future__ import annotations

from typing import Any

from _common import E, make

from actors import *  # the cases use most of the actor names

CASES: list[dict[str, Any]] = []


def S(text: str, published: str | None, country: str, events: list[dict[str, Any]], trap: str | None = None) -> None:
    """Add one sentence case with the next id."""
    CASES.append(make(f"s-{len(CASES) + 1:03d}", text, published, country, events, trap=trap))


NG, ML, BF, SO, CD, SD = "Nigeria", "Mali", "Burkina Faso", "Somalia", "Democratic Republic of Congo", "Sudan"

# --- batch 1 ---------------------------------------------------------------------------------------------------
S("Suspected ISWAP fighters killed at least 11 soldiers in an attack on a military base in Damboa, Borno State, "
  "on Tuesday, the army said.", "2024-03-14", NG,
  [E("AC", ISWAP, NGA_MIL, "Tue", "Damboa", 11)], trap="at-least;hedged")
S("Gunmen abducted 23 passengers from a bus near Kaura Namoda in Zamfara State late on Sunday, a police "
  "spokesman said.", "2024-02-12", NG,
  [E("ABD", UAG(NG), CIV(NG), "Sun", "Kaura Namoda")], trap="number-not-casualty")
S("Three people were killed and five others wounded when a roadside bomb hit a minibus outside Gwoza on "
  "Saturday morning.", "2024-05-06", NG,
  [E("IED", UAG(NG), CIV(NG), "Sat", "Gwoza", 3, 5)], trap="passive;words")
S("Borno: Troops repel Boko Haram attack on Bama, neutralise 14 insurgents", "2024-01-20", NG,
  [E("AC", NGA_MIL, BOKO, "pub", "Bama", 14)], trap="headline;euphemism")
S("Bandits on motorcycles stormed a village outside Katsina on Monday, killing nine residents and rustling "
  "hundreds of cattle.", "2024-04-02", NG,
  [E("ATT", UAG(NG), CIV(NG), "Mon", "Katsina", 9)], trap="words;hierarchy")
S("Police fired tear gas to disperse hundreds of students protesting tuition increases in Lagos on Wednesday.",
  "2024-06-06", NG, [E("PI", PROT(NG), NGA_POL, "Wed", "Lagos")], trap="protest")
S("A female suicide bomber detonated her explosives at a fish market in Monguno on Friday, killing herself and "
  "six traders and injuring 15 others, in an attack blamed on Boko Haram.", "2024-07-01", NG,
  [E("SB", BOKO, CIV(NG), "Fri", "Monguno", 7, 15)], trap="suicide-bomber-counted;words")
S("Air force jets on Wednesday struck ISWAP hideouts near Monguno, killing dozens of fighters, a military "
  "spokesman said.", "2024-08-09", NG,
  [E("AIR", NGA_MIL, ISWAP, "Wed", "Monguno", 12)], trap="dozens;hedged")
S("Jihadists from JNIM attacked an army post in Djenne on Sunday, sparking a firefight that left four soldiers "
  "and seven assailants dead.", "2023-09-19", ML,
  [E("AC", JNIM, MLI_MIL, "Sun", "Djenne", 11)], trap="left-dead;sum-parts")
S("Malian soldiers and Russian paramilitaries executed 15 civilians in a village near Bandiagara on Monday, a "
  "rights group alleged, a charge the army denied.", "2024-02-21", ML,
  [E("ATT", MLI_MIL, CIV(ML), "Mon", "Bandiagara", 15, assoc=WAGNER)], trap="denied;hedged")
S("Suspected Islamic State militants ambushed a convoy of traders near Gao on Thursday, killing five of them and "
  "torching their trucks.", "2024-03-09", ML,
  [E("ATT", ISS, CIV(ML), "Thu", "Gao", 5)], trap="words;hierarchy")
S("More than 20 soldiers and volunteer fighters were killed when militants overran a military detachment in "
  "Djibo on Saturday, security sources said.", "2024-05-27", BF,
  [E("AC", UAG(BF), BFA_MIL, "Sat", "Djibo", 20)], trap="more-than;passive")
S("Burkinabe army drones hit a JNIM column east of Fada N'gourma, killing several fighters.", "2024-06-11", BF,
  [E("AIR", BFA_MIL, JNIM, "pub", "Fada N'gourma", 3)], trap="vague-several")
S("Nigerien troops killed 12 militants and lost three of their own in a clash near Tillaberi on Tuesday, the "
  "defence ministry said in a statement.", "2024-04-18", "Niger",
  [E("AC", NER_MIL, UAG("Niger"), "Tue", "Tillaberi", 15)], trap="sum-parts;hedged")
S("A car bomb exploded outside a busy restaurant in Mogadishu's Hodan district on Friday evening, killing at "
  "least eight people and wounding 20; Al Shabaab claimed responsibility.", "2024-03-16", SO,
  [E("IED", SHABAAB, CIV(SO), "Fri", "Mogadishu", 8, 20)], trap="at-least;district")
S("Al-Shabaab militants fired mortar shells at the presidential palace in Mogadishu late on Sunday; no "
  "casualties were reported.", "2024-01-09", SO,
  [E("SH", SHABAAB, None, "Sun", "Mogadishu")], trap="negation")
S("Government troops retook villages near Jowhar from Al Shabaab on Wednesday after heavy fighting that killed "
  "17 militants, state media reported.", "2023-08-26", SO,
  [E("GRT", SOM_MIL, SHABAAB, "Wed", "Jowhar", 17)], trap="territory")
S("A US drone strike killed an Al Shabaab commander near Kismayo on Thursday, the US Africa Command said.",
  "2024-02-03", SO, [E("AIR", USA_MIL, SHABAAB, "Thu", "Kismayo", 1)], trap="a-one;external")
S("M23 rebels captured Rutshuru on Monday after fierce fighting with the Congolese army that killed at least six "
  "soldiers, local sources said.", "2023-10-25", CD,
  [E("NSO", M23, COD_MIL, "Mon", "Rutshuru", 6)], trap="territory;at-least")
S("ADF rebels hacked 17 villagers to death with machetes in a raid on Tuesday night near Beni, civil society "
  "leaders said.", "2024-06-13", CD,
  [E("ATT", ADF, CIV(CD), "Tue", "Beni", 17)], trap="idiom")
S("CODECO militiamen attacked a displacement camp outside Bunia on Friday night, killing 11 people, including "
  "three children, local authorities said.", "2024-02-11", CD,
  [E("ATT", CODECO, CIV(CD), "Fri", "Bunia", 11)], trap="including-subset")
S("The RSF shelled residential neighbourhoods of El Fasher on Sunday, killing 14 civilians and injuring 32, "
  "according to a local resistance committee.", "2024-06-03", SD,
  [E("SH", RSF, CIV(SD), "Sun", "El Fasher", 14, 32)])
S("Sudanese army warplanes bombed a market in Nyala on Saturday, killing dozens of people, activists said.",
  "2024-02-13", SD, [E("AIR", SDN_MIL, CIV(SD), "Sat", "Nyala", 12)], trap="dozens;hedged")
S("Fighting between the army and the Rapid Support Forces raged for a third day in Omdurman on Thursday, with "
  "medics reporting between 5 and 7 civilians killed by stray bullets.", "2023-07-14", SD,
  [E("AC", SDN_MIL, RSF, "Thu", "Omdurman", 5, low=5, high=7)], trap="range;civilians-in-battle")
S("Fano militiamen clashed with federal troops in Gondar on Tuesday, leaving at least 12 people dead, residents "
  "said.", "2023-08-10", "Ethiopia",
  [E("AC", FANO, ETH_MIL, "Tue", "Gondar", 12)], trap="left-dead;at-least")
S("A military drone strike hit a bus station in Bahir Dar on Monday, claiming the lives of nine civilians, "
  "according to hospital staff.", "2024-01-17", "Ethiopia",
  [E("AIR", ETH_MIL, CIV("Ethiopia"), "Mon", "Bahir Dar", 9)], trap="claimed-lives;words")
S("Syrian government artillery pounded the outskirts of Idlib city on Friday, killing a woman and her two "
  "children, rescuers said.", "2023-11-11", "Syria",
  [E("SH", SYR_MIL, CIV("Syria"), "Fri", "Idlib", 3)], trap="a-woman-and-children")
S("Russian warplanes carried out at least 15 air strikes on rebel positions west of Aleppo on Wednesday, killing "
  "four HTS fighters, a war monitor said.", "2023-10-19", "Syria",
  [E("AIR", RUS_MIL, HTS, "Wed", "Aleppo", 4)], trap="number-not-casualty;external")
S("An explosive device planted in a car went off in the centre of Al Bab on Saturday, wounding six people.",
  "2023-06-05", "Syria", [E("IED", UAG("Syria"), CIV("Syria"), "Sat", "Al Bab", 0, 6)], trap="injuries-only")
S("Islamic State gunmen killed three members of the Syrian Democratic Forces at a checkpoint east of Deir ez-Zor "
  "on Thursday, the SDF said.", "2023-09-02", "Syria",
  [E("AC", IS_SYR, SDF, "Thu", "Deir ez-Zor", 3)])
S("Two Islamic State militants were killed when Iraqi counter-terrorism forces raided a hideout in the desert "
  "south of Kirkuk on Monday.", "2024-03-05", "Iraq",
  [E("AC", IRQ_MIL, IS_IRQ, "Mon", "Kirkuk", 2)], trap="passive")
S("A Turkish drone strike on a car near Erbil killed two suspected PKK members on Sunday, Kurdish officials said.",
  "2023-09-19", "Iraq", [E("AIR", TUR_MIL, PKK, "Sun", "Erbil", 2)], trap="external")
S("Houthi forces fired a ballistic missile at a residential area of Marib city on Tuesday, killing a child and "
  "injuring four others.", "2023-04-13", "Yemen",
  [E("SH", HOUTHI, CIV("Yemen"), "Tue", "Marib", 1, 4)], trap="a-child")
S("A Houthi drone aimed at Aden airport was shot down by government air defences on Saturday, officials said.",
  "2023-02-06", "Yemen", [E("DWU", YEM_GOV, HOUTHI, "Sat", "Aden")], trap="intercepted")
S("Sniper fire from Houthi positions killed a 12-year-old girl in Taiz on Friday, a local health official said.",
  "2023-06-18", "Yemen", [E("ATT", HOUTHI, CIV("Yemen"), "Fri", "Taiz", 1)], trap="a-one;age-not-count")
S("A suicide bomber struck a Shiite mosque in Kunduz during Friday prayers, killing at least 20 worshippers and "
  "wounding dozens, in an attack claimed by the Islamic State.", "2023-10-14", "Afghanistan",
  [E("SB", IS_AFG, CIV("Afghanistan"), "Fri", "Kunduz", 21, 12)], trap="suicide-bomber-counted;dozens")
S("Taliban security forces detained a women's rights activist in Kabul on Monday, her family said.",
  "2024-02-07", "Afghanistan", [E("ARR", AFG_POL, CIV("Afghanistan"), "Mon", "Kabul")], trap="arrest")
S("Militants attacked a police station in Bannu late on Wednesday, sparking a gunfight in which four policemen "
  "and two attackers were killed.", "2023-12-14", "Pakistan",
  [E("AC", UAG("Pakistan"), PAK_POL, "Wed", "Bannu", 6)], trap="sum-parts;words")
S("A remote-controlled bomb targeting a police van in Quetta killed two officers and injured seven passers-by on "
  "Monday.", "2024-01-09", "Pakistan",
  [E("IED", UAG("Pakistan"), PAK_POL, "Mon", "Quetta", 2, 7)], trap="words")
S("Junta aircraft bombed a monastery sheltering displaced villagers near Monywa in Sagaing Region on Sunday, "
  "killing 11 people, including 3 children.", "2024-01-23", "Myanmar",
  [E("AIR", MMR_MIL, CIV("Myanmar"), "Sun", "Monywa", 11)], trap="including-subset")
S("Arakan Army fighters overran and took control of a junta outpost on the outskirts of Sittwe on Thursday, the "
  "group said.", "2024-03-01", "Myanmar",
  [E("NSO", AA, MMR_MIL, "Thu", "Sittwe")], trap="territory")
S("Russian missiles struck an apartment block in Dnipro on Saturday, killing 12 people and injuring 35, the "
  "regional governor said.", "2023-03-06", "Ukraine",
  [E("SH", RUS_MIL, CIV("Ukraine"), "Sat", "Dnipro", 12, 35)])
S("Ukrainian air defences shot down 14 of 17 Shahed drones launched overnight at the Odesa region, the air force "
  "said on Tuesday.", "2023-09-26", "Ukraine",
  [E("DWU", UKR_MIL, RUS_MIL, "Tue", "Odesa")], trap="intercepted;number-not-casualty")
S("Russian forces shelled Kherson 47 times on Sunday, killing one resident and wounding three, the regional "
  "administration said.", "2023-11-20", "Ukraine",
  [E("SH", RUS_MIL, CIV("Ukraine"), "Sun", "Kherson", 1, 3)], trap="number-not-casualty;words")
S("Israeli forces killed two Palestinian gunmen in an exchange of fire during a raid on the Jenin refugee camp "
  "early on Thursday, the health ministry said.", "2023-08-03", "Palestine",
  [E("AC", ISR_MIL, UAG("Palestine"), "Thu", "Jenin", 2)])
S("Israeli settlers set fire to three homes and a car in a village near Nablus on Sunday night, residents said.",
  "2024-04-15", "Palestine", [E("LOOT", SETTLERS, CIV("Palestine"), "Sun", "Nablus")], trap="property")
S("An Israeli drone strike on a car near Tyre killed two Hezbollah members on Wednesday, security sources said.",
  "2024-02-01", "Lebanon", [E("AIR", ISR_MIL, HEZB, "Wed", "Tyre", 2)], trap="external")
S("Gunmen opened fire on a family gathering in Celaya, Guanajuato, on Saturday night, killing seven people and "
  "wounding three.", "2024-05-06", "Mexico",
  [E("ATT", UAG("Mexico"), CIV("Mexico"), "Sat", "Celaya", 7, 3)], trap="words")
S("Soldiers clashed with suspected cartel gunmen near Culiacan on Thursday, leaving five attackers dead and two "
  "troops injured, the defence ministry said.", "2023-01-07", "Mexico",
  [E("AC", MEX_MIL, UAG("Mexico"), "Thu", "Culiacan", 5, 2)], trap="left-dead")
S("ELN guerrillas attacked a military base in Arauca with explosives-laden drones on Monday, wounding nine "
  "soldiers.", "2024-01-17", "Colombia",
  [E("AIR", ELN, COL_MIL, "Mon", "Arauca", 0, 9)], trap="injuries-only;words")
S("Two soldiers were killed by a landmine planted by FARC dissidents in a rural area of Tumaco on Friday, the "
  "army said.", "2023-05-20", "Colombia",
  [E("IED", FARC_D, COL_MIL, "Fri", "Tumaco", 2)], trap="killed-by;passive")
S("Suspected Al-Shabaab militants killed four passengers after ambushing a bus on the Mandera-Elwak road on "
  "Tuesday.", "2024-02-08", "Kenya",
  [E("ATT", SHABAAB, CIV("Kenya"), "Tue", "Mandera", 4)], trap="words")
S("Kenyan police shot dead two protesters as thousands marched in Nairobi against new taxes on Tuesday, a rights "
  "group said.", "2024-06-27", "Kenya",
  [E("EF", PROT("Kenya"), KEN_POL, "Tue", "Nairobi", 2)], trap="protest;excessive-force")
S("Armed mobs torched more than 40 houses in a village near Churachandpur in Manipur on Wednesday; police said no "
  "casualties were reported.", "2023-06-15", "India",
  [E("MV", RIOT("India"), CIV("India"), "Wed", "Churachandpur")], trap="negation;number-not-casualty")
S("Riot police fired tear gas at protesters who hurled stones and set bins on fire in Nantes on Thursday during a "
  "march against pension reform.", "2023-03-24", "France",
  [E("VD", RIOT("France"), FRA_POL, "Thu", "Nantes")], trap="riot")
S("Thousands of people marched peacefully through Paris on Saturday to demand higher wages.", "2023-10-16",
  "France", [E("PP", PROT("France"), None, "Sat", "Paris")], trap="protest")
S("Gang members from 400 Mawozo kidnapped five missionaries in Croix-des-Bouquets on Saturday, police said.",
  "2023-04-17", "Haiti", [E("ABD", MAWOZO, CIV("Haiti"), "Sat", "Croix-des-Bouquets")], trap="words")
S("Islamic State insurgents beheaded six villagers in a raid near Mocimboa da Praia in Cabo Delgado on Sunday.",
  "2023-09-26", "Mozambique",
  [E("ATT", IS_MOZ, CIV("Mozambique"), "Sun", "Mocimboa da Praia", 6)], trap="idiom;words")
S("Separatist fighters kidnapped a school principal and two teachers in Bamenda on Monday, demanding a ransom.",
  "2023-11-08", "Cameroon", [E("ABD", AMBA, CIV("Cameroon"), "Mon", "Bamenda")], trap="words")
# distractors of batch 1
S("Two late goals from the visiting striker sank Ghana as Nigeria's relentless attack overwhelmed the defence in "
  "Lagos on Saturday.", "2024-03-25", NG, [], trap="distractor-sport")
S("Floods killed at least 40 people and displaced thousands in Borno State after heavy rains burst a dam near "
  "Maiduguri on Tuesday.", "2024-09-12", NG, [], trap="distractor-disaster")
S("A bus collided with a fuel tanker on the highway near Kaduna, killing 18 passengers, the road safety agency "
  "said.", "2024-01-15", NG, [], trap="distractor-accident")
S("Cholera has killed 62 people in northern Nigeria since January, health authorities said.", "2024-07-30", NG,
  [], trap="distractor-disease")
S("Police in Nairobi arrested a man suspected of stabbing his wife to death during a domestic dispute.",
  "2024-05-14", "Kenya", [], trap="distractor-crime")
S("Armed robbers shot a shopkeeper in Kisumu and made off with the day's takings on Friday, police said.",
  "2024-05-18", "Kenya", [], trap="distractor-crime")
S("The foreign ministers of Kenya and Somalia met in Nairobi on Wednesday to discuss border trade and "
  "cooperation against Al Shabaab.", "2024-03-21", "Kenya", [], trap="distractor-diplomacy")
S("A year after the massacre in which 160 villagers were killed near Jos, survivors say they are still waiting "
  "for justice.", "2024-12-26", NG, [], trap="distractor-background")
S("The goalkeeper saved two penalties in the shootout as Shakhtar beat Dynamo in the cup final in Kyiv.",
  "2023-05-04", "Ukraine", [], trap="distractor-sport")
S("An earthquake of magnitude 6.3 struck western Afghanistan near Herat on Saturday, killing more than 1,000 "
  "people.", "2023-10-09", "Afghanistan", [], trap="distractor-disaster")
S("Analysts say the ceasefire between the army and the RSF is unlikely to hold without stronger guarantees from "
  "mediators.", "2023-06-02", SD, [], trap="distractor-commentary")
S("Lightning killed three herders and 50 head of cattle near Kaya on Sunday, the regional governor said.",
  "2024-07-09", BF, [], trap="distractor-disaster")
S("Doctors in Gaza City warned on Monday that hospitals could run out of fuel within days.", "2023-10-16",
  "Palestine", [], trap="distractor-commentary")
