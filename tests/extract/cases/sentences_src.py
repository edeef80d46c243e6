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
  "wounding dozens; the Islamic State later claimed the bombing.", "2023-10-14", "Afghanistan",
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

# --- batch 2: the remaining sub-event types, counting traps, more countries ----------------------------------
S("Syrian government helicopters dropped barrels filled with chlorine gas on a village near Idlib on Saturday, "
  "causing 27 cases of suffocation, rescuers said.", "2018-05-14", "Syria",
  [E("CW", SYR_MIL, CIV("Syria"), "Sat", "Idlib", 0, 27)], trap="chemical;injuries-only")
S("A grenade thrown into a crowded bar in Srinagar on Friday night wounded 11 people, police said, blaming "
  "militants.", "2023-10-07", "India",
  [E("GR", UAG("India"), CIV("India"), "Fri", "Srinagar", 0, 11)], trap="grenade;injuries-only")
S("Two police officers were wounded when unknown assailants hurled a hand grenade at a police post in Cucuta on "
  "Tuesday.", "2024-04-11", "Colombia",
  [E("GR", UAG("Colombia"), COL_POL, "Tue", "Cucuta", 0, 2)], trap="grenade;passive")
S("Soldiers raped at least 12 women during a raid on a village near Uvira on Tuesday, a local women's "
  "association said.", "2024-03-22", CD,
  [E("SV", COD_MIL, CIV(CD), "Tue", "Uvira", assoc2="Women (Democratic Republic of Congo)")],
  trap="sexual-violence;number-not-casualty")
S("RSF fighters sexually assaulted several women fleeing El Geneina on Sunday, survivors told a medical charity.",
  "2023-07-05", SD, [E("SV", RSF, CIV(SD), "Sun", "Geneina", assoc2="Women (Sudan)")], trap="sexual-violence")
S("The Colombian government and the ELN signed a six-month bilateral ceasefire agreement in Bogota on Friday.",
  "2024-08-05", "Colombia",
  [E("AGR", "Government of Colombia (2022-)", ELN, "Fri", "Bogota")], trap="agreement")
S("Representatives of the federal government and Fano commanders signed a local ceasefire in Bahir Dar on "
  "Wednesday, regional officials said.", "2024-10-11", "Ethiopia",
  [E("AGR", "Government of Ethiopia (2018-)", FANO, "Wed", "Bahir Dar")], trap="agreement")
S("The government deployed 1,200 National Guard troops to Culiacan on Monday to contain a wave of cartel "
  "violence.", "2024-09-18", "Mexico",
  [E("CHG", MEX_POL, None, "Mon", "Culiacan")], trap="deployment;number-not-casualty")
S("Residents said JNIM fighters set up a new base in the forest outside Djibo on Wednesday, after the army "
  "pulled out of nearby outposts.", "2024-02-16", BF,
  [E("HQ", JNIM, None, "Wed", "Djibo")], trap="base-established")
S("On Sunday, Russian paramilitaries established a new base at the airport in Kidal, local sources said.",
  "2023-11-28", ML, [E("HQ", WAGNER, None, "Sun", "Kidal")], trap="base-established")
S("Malian troops took over a former UN peacekeeping camp in Timbuktu on Tuesday without incident after the "
  "peacekeepers withdrew.", "2023-08-03", ML,
  [E("NVT", MLI_MIL, "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali "
     "(2013-2023)", "Tue", "Timbuktu")], trap="transfer")
S("Al Shabaab fighters took over a district outside Baidoa on Thursday after the army withdrew without a fight, "
  "residents said.", "2024-05-04", SO,
  [E("NVT", SHABAAB, SOM_MIL, "Thu", "Baidoa")], trap="transfer;negation")
S("A mass grave containing the remains of about 30 people was discovered near Bunia on Monday, local "
  "authorities said.", "2023-12-13", CD,
  [E("OTH", CIV(CD), None, "Mon", "Bunia")], trap="other;number-not-casualty")
S("Ukrainian forces recaptured a village on the southern approaches to Bakhmut on Sunday, the deputy defence "
  "minister said.", "2023-06-12", "Ukraine",
  [E("GRT", UKR_MIL, RUS_MIL, "Sun", "Bakhmut")], trap="territory")
S("Russian forces captured a village on the outskirts of Pokrovsk on Friday, the Russian defence ministry "
  "claimed; Kyiv did not confirm the loss.", "2024-11-04", "Ukraine",
  [E("NSO", RUS_MIL, UKR_MIL, "Fri", "Pokrovsk")], trap="territory;hedged")
S("Resistance fighters of the People's Defense Force ambushed a junta convoy near Monywa on Tuesday, killing "
  "about 10 soldiers, the local PDF said.", "2023-12-01", "Myanmar",
  [E("AC", PDF, MMR_MIL, "Tue", "Monywa", 10)], trap="about")
S("The Karen National Liberation Army said on Thursday it had taken the last junta base in Myawaddy after about "
  "200 soldiers surrendered.", "2024-04-12", "Myanmar",
  [E("NSO", KNLA, MMR_MIL, "Thu", "Myawaddy")], trap="territory;number-not-casualty")
S("A landmine explosion killed two children who were collecting firewood near Loikaw on Wednesday.",
  "2024-01-26", "Myanmar",
  [E("IED", UAG("Myanmar"), CIV("Myanmar"), "Wed", "Loikaw", 2)], trap="landmine;words")
S("US and British warplanes struck Houthi military sites near Sanaa on Thursday night; the Houthis said five of "
  "their fighters were killed.", "2024-01-13", "Yemen",
  [E("AIR", USA_MIL, HOUTHI, "Thu", "Sanaa", 5, assoc="Military Forces of the United Kingdom (2019-)")],
  trap="external;hedged;words")
S("Houthi fighters and government troops exchanged artillery fire across front lines south of Marib on Monday, "
  "killing three soldiers.", "2023-05-03", "Yemen",
  [E("AC", HOUTHI, YEM_GOV, "Mon", "Marib", 3)], trap="exchange-of-fire-is-clash;words")
S("A roadside bomb killed three Iraqi soldiers and wounded two others on a road north of Baqubah in Diyala "
  "province on Sunday.", "2023-12-19", "Iraq",
  [E("IED", UAG("Iraq"), IRQ_MIL, "Sun", "Baqubah", 3, 2)], trap="words")
S("Rockets landed near the US embassy in Baghdad early on Friday, causing no casualties, an Iraqi security "
  "official said.", "2023-12-09", "Iraq",
  [E("SH", UAG("Iraq"), None, "Fri", "Baghdad")], trap="negation")
S("Baloch separatist gunmen killed seven labourers from Punjab in their sleep near Turbat on Saturday; the BLA "
  "claimed the attack.", "2023-10-16", "Pakistan",
  [E("ATT", BLA, CIV("Pakistan"), "Sat", "Turbat", 7)], trap="words")
S("Security forces killed 11 TTP militants in an operation on Wednesday night near Dera Ismail Khan, the "
  "military's media wing said.", "2024-03-29", "Pakistan",
  [E("AC", PAK_MIL, TTP, "Wed", "Dera Ismail Khan", 11)])
S("Supporters of the jailed former prime minister blocked roads and clashed with police in Lahore on Friday; "
  "dozens of officers were injured.", "2023-05-13", "Pakistan",
  [E("VD", RIOT("Pakistan"), PAK_POL, "Fri", "Lahore", 0, 12)], trap="riot;dozens")
S("Police opened fire on students demonstrating against job quotas in Dhaka on Thursday, killing at least six, "
  "hospital officials said.", "2024-07-20", "Bangladesh",
  [E("EF", PROT("Bangladesh"), "Police Forces of Bangladesh (2009-2024)", "Thu", "Dhaka", 6)],
  trap="excessive-force;at-least")
S("Hundreds of farmers staged a sit-in outside parliament in Colombo on Tuesday to demand fertiliser subsidies.",
  "2023-02-16", "Sri Lanka",
  [E("PP", PROT("Sri Lanka"), None, "Tue", "Colombo", assoc="Farmers (Sri Lanka)")], trap="protest")
S("Hooded protesters threw Molotov cocktails at police in central Santiago on Friday during a student march, and "
  "officers responded with water cannon.", "2023-06-12", "Chile",
  [E("VD", RIOT("Chile"), "Police Forces of Chile (2022-)", "Fri", "Santiago")], trap="molotov-riot")
S("Police used tear gas against several thousand demonstrators demanding the president's resignation in Lima on "
  "Thursday; 14 people were injured.", "2023-01-21", "Peru",
  [E("PI", PROT("Peru"), "Police Forces of Peru (2022-)", "Thu", "Lima", 0, 14)], trap="protest")
S("Thousands of state workers marched to the Plaza de Mayo in Buenos Aires on Wednesday to reject layoffs.",
  "2024-03-01", "Argentina",
  [E("PP", PROT("Argentina"), None, "Wed", "Buenos Aires", assoc="Labour Group (Argentina)")], trap="protest")
S("Police detained 38 people overnight as they broke up a rally against the foreign agents bill outside "
  "parliament in Tbilisi.", "2024-05-02", "Georgia",
  [E("PI", PROT("Georgia"), "Police Forces of Georgia (2012-)", "pub", "Tbilisi")],
  trap="protest;number-not-casualty")
S("Security forces fired tear gas and live rounds at opposition supporters in Dakar on Friday; at least two "
  "people were killed as protesters burned tyres and looted shops.", "2023-06-03", "Senegal",
  [E("VD", RIOT("Senegal"), "Police Forces of Senegal (2012-)", "Fri", "Dakar", 2)], trap="riot;at-least")
S("Two young men were shot dead in Conakry on Wednesday as security forces broke up a banned opposition "
  "demonstration, opposition leaders said.", "2023-03-18", "Guinea",
  [E("EF", PROT("Guinea"), "Police Forces of Guinea (2021-)", "Wed", "Conakry", 2)], trap="excessive-force")
S("Turkish police detained 23 people suspected of links to the Islamic State in raids in Diyarbakir on Tuesday.",
  "2024-01-04", "Turkey",
  [E("ARR", "Police Forces of Turkey (2016-)", CIV("Turkey"), "Tue", "Diyarbakir")],
  trap="arrest;number-not-casualty")
S("Security forces opened fire on worshippers protesting outside a police station in Zahedan after Friday "
  "prayers, killing at least nine people, rights groups said.", "2023-01-16", "Iran",
  [E("EF", PROT("Iran"), "Police Forces of Iran (1989-)", "Fri", "Zahedan", 9)], trap="excessive-force;hedged")
S("Clashes between rival armed groups in a district of Tripoli on Monday night left 27 people dead, including "
  "civilians, the health ministry said.", "2023-08-17", "Libya",
  [E("AC", UAG("Libya"), UAG("Libya"), "Mon", "Tripoli", 27)], trap="left-dead;civilians-in-battle")
S("Gunmen abducted a local council member in Benghazi on Saturday, his family said.", "2024-06-10", "Libya",
  [E("ABD", UAG("Libya"), CIV("Libya"), "Sat", "Benghazi")], trap="abduction")
S("Police in N'Djamena fired tear gas to disperse several hundred opposition supporters on Saturday.",
  "2023-10-23", "Chad",
  [E("PI", PROT("Chad"), "Police Forces of Chad (2021-)", "Sat", "N'Djamena")], trap="protest")
S("UN peacekeepers exchanged fire with unidentified gunmen on the outskirts of Bangui on Sunday; one peacekeeper "
  "was killed.", "2024-02-27", "Central African Republic",
  [E("AC", "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African "
      "Republic (2014-)", UAG("Central African Republic"), "Sun", "Bangui", 1)], trap="words")
S("Cattle raiders killed 14 people and drove off hundreds of cows in an attack on a cattle camp near Juba on "
  "Thursday.", "2024-01-30", "South Sudan",
  [E("ATT", UAG("South Sudan"), CIV("South Sudan"), "Thu", "Juba", 14)], trap="hierarchy")
S("Soldiers clashed with Dawlah Islamiyah militants near Marawi on Thursday, killing four of the gunmen, the army "
  "said.", "2023-12-04", "Philippines",
  [E("AC", "Military Forces of the Philippines (2022-)", "Dawlah Islamiyah", "Thu", "Marawi", 4)], trap="words")
S("Rockets fired from Gaza struck a house in Sderot on Saturday, lightly wounding two people, Israeli medics "
  "said.", "2023-05-14", "Israel",
  [E("SH", UAG("Palestine"), CIV("Israel"), "Sat", "Sderot", 0, 2)], trap="cross-border;injuries-only")
S("An Israeli air strike on a house in Rafah on Tuesday killed 13 members of one family, including seven "
  "children, the civil defence said.", "2024-02-15", "Palestine",
  [E("AIR", ISR_MIL, CIV("Palestine"), "Tue", "Rafah", 13)], trap="including-subset")
S("Israeli troops arrested 15 Palestinians in overnight raids across the Hebron area, a prisoners' group said.",
  "2023-09-07", "Palestine",
  [E("ARR", ISR_MIL, CIV("Palestine"), "pub", "Hebron")], trap="arrest;number-not-casualty")
S("An improvised explosive device destroyed a police vehicle in Lamu County on Monday, killing four officers; "
  "authorities blamed Al Shabaab.", "2023-06-15", "Kenya",
  [E("IED", SHABAAB, KEN_POL, "Mon", "Lamu", 4)], trap="words")
S("Police used tear gas and water cannon against opposition supporters who stoned vehicles and burned tyres in "
  "Kisumu on Monday.", "2023-03-22", "Kenya",
  [E("VD", RIOT("Kenya"), KEN_POL, "Mon", "Kisumu")], trap="riot")
S("Nigeria: 7 killed as gunmen raid Zamfara village", "2024-09-02", NG,
  [E("ATT", UAG(NG), CIV(NG), "pub", "Gusau", 7)], trap="headline;province-only")
S("Unknown gunmen killed twenty-three villagers in attacks on two communities near Jos on Sunday night, the "
  "state government said.", "2024-01-30", NG,
  [E("ATT", UAG(NG), CIV(NG), "Sun", "Jos", 23)], trap="words-number")
S("Gunmen set fire to a police divisional headquarters in Owerri on Tuesday, killing two officers, in an attack "
  "police blamed on the separatist group IPOB.", "2023-05-25", NG,
  [E("AC", "IPOB: Indigenous People of Biafra", NGA_POL, "Tue", "Owerri", 2)], trap="words;hedged")
S("ISWAP fighters abducted at least 15 women collecting firewood outside Gwoza on Thursday, residents said.",
  "2024-03-02", NG, [E("ABD", ISWAP, CIV(NG), "Thu", "Gwoza", assoc2="Women (Nigeria)")],
  trap="abduction;number-not-casualty")
S("The army said on Saturday it had arrested 32 suspected Boko Haram logistics suppliers in Maiduguri.",
  "2024-04-27", NG, [E("ARR", NGA_MIL, CIV(NG), "Sat", "Maiduguri")], trap="arrest;number-not-casualty")
S("A Malian army drone strike on a wedding near Mopti killed at least eight civilians on Sunday, local leaders "
  "said; the army said it had targeted terrorists.", "2024-03-19", ML,
  [E("AIR", MLI_MIL, CIV(ML), "Sun", "Mopti", 8)], trap="hedged;denied")
S("JNIM fighters blockading Timbuktu fired shells at the city on Thursday, killing two people and wounding nine.",
  "2023-09-09", ML, [E("SH", JNIM, CIV(ML), "Thu", "Timbuktu", 2, 9)], trap="words")
S("Suspected jihadists kidnapped a village chief and his son near Bandiagara on Tuesday.", "2023-11-16", ML,
  [E("ABD", UAG(ML), CIV(ML), "Tue", "Bandiagara")], trap="abduction")
S("The army and VDP auxiliaries regained control of a rural commune near Dori on Wednesday after dislodging JNIM "
  "fighters, killing dozens of them, the army said.", "2024-08-24", BF,
  [E("GRT", BFA_MIL, JNIM, "Wed", "Dori", 12, assoc=VDP)], trap="territory;dozens;hedged")
S("Militants on motorbikes killed twenty-four people, among them women and children, at a market near Kaya on "
  "Friday.", "2023-12-02", BF, [E("ATT", UAG(BF), CIV(BF), "Fri", "Kaya", 24)], trap="words-number")
S("An improvised explosive device struck an army vehicle near Diffa on Monday, killing six soldiers, the "
  "ministry said.", "2024-06-05", "Niger", [E("IED", UAG("Niger"), NER_MIL, "Mon", "Diffa", 6)], trap="words")
S("A suicide bomber wearing an explosive vest blew himself up at a military training camp in Mogadishu on "
  "Saturday, killing 17 recruits; Al Shabaab said it carried out the attack.", "2023-07-26", SO,
  [E("SB", SHABAAB, SOM_MIL, "Sat", "Mogadishu", 18)], trap="suicide-bomber-counted")
S("Al Shabaab militants publicly executed two men accused of spying for the government in a town near Marka on "
  "Sunday.", "2024-02-06", SO, [E("ATT", SHABAAB, CIV(SO), "Sun", "Marka", 2)], trap="words")
S("Police arrested a journalist in Baidoa on Tuesday over a report criticising the regional administration.",
  "2024-10-17", SO, [E("ARR", "Police Forces of Somalia (2022-)", CIV(SO), "Tue", "Baidoa")], trap="arrest")
S("Congolese troops and allied Wazalendo fighters clashed with M23 rebels in hills north of Goma on Thursday; the "
  "army said 23 rebels were killed, a figure the M23 dismissed.", "2024-02-10", CD,
  [E("AC", COD_MIL, M23, "Thu", "Goma", 23, assoc="Wazalendo")], trap="hedged;denied")
S("Shells fell on a displacement camp on the outskirts of Goma on Friday, killing nine people, among them four "
  "children. The army blamed the M23.", "2024-05-05", CD,
  [E("SH", M23, CIV(CD), "Fri", "Goma", 9)], trap="including-subset;hedged")
S("Police in Kinshasa fired live bullets at demonstrators protesting against the election results on Wednesday, "
  "killing one and wounding five.", "2024-01-12", CD,
  [E("EF", PROT(CD), "Police Forces of the Democratic Republic of Congo (2019-)", "Wed", "Kinshasa", 1, 5)],
  trap="excessive-force;words")
S("RSF fighters overran Wad Madani on Monday after three days of clashes with the army.", "2023-12-20", SD,
  [E("NSO", RSF, SDN_MIL, "Mon", "Wad Madani")], trap="territory")
S("The army said its air defences downed an RSF drone over El Obeid on Saturday before it reached its target.",
  "2024-04-08", SD, [E("DWU", SDN_MIL, RSF, "Sat", "El Obeid")], trap="intercepted")
S("RSF paramilitaries looted and burned shops in the main market of Nyala on Thursday, traders said.",
  "2023-08-29", SD, [E("LOOT", RSF, CIV(SD), "Thu", "Nyala")], trap="looting")
S("Federal police arrested dozens of ethnic Amhara residents in Addis Ababa on Tuesday, accusing them of "
  "supporting Fano, relatives said.", "2023-08-17", "Ethiopia",
  [E("ARR", "Police Forces of Ethiopia (2018-)", CIV("Ethiopia"), "Tue", "Addis Ababa")],
  trap="arrest;dozens-not-casualty")
S("Fano militiamen seized Dessie for several hours on Sunday before withdrawing as federal reinforcements "
  "arrived.", "2023-08-22", "Ethiopia",
  [E("AC", FANO, ETH_MIL, "Sun", "Dessie")], trap="territory-brief-is-clash")
S("Turkish artillery pounded SDF positions north of Aleppo on Tuesday, wounding three fighters.", "2023-10-12",
  "Syria", [E("SH", TUR_MIL, SDF, "Tue", "Aleppo", 0, 3)], trap="injuries-only;external")
S("US forces carried out a helicopter raid on a village near Al Bab on Thursday, killing a senior Islamic State "
  "leader.", "2023-04-20", "Syria", [E("AC", USA_MIL, IS_SYR, "Thu", "Al Bab", 1)], trap="a-one;external")
S("Unidentified gunmen shot dead a former rebel commander in Daraa city on Monday.", "2023-11-29", "Syria",
  [E("ATT", UAG("Syria"), CIV("Syria"), "Mon", "Daraa", 1)], trap="passive-words")
S("Protesters in Idlib chanted against the HTS leadership on Friday, demanding the release of detainees.",
  "2024-03-03", "Syria", [E("PP", PROT("Syria"), None, "Fri", "Idlib")], trap="protest")
S("Demonstrators angry over electricity cuts stormed a government building in Baghdad on Saturday and clashed "
  "with security forces; 60 people were injured.", "2023-07-31", "Iraq",
  [E("VD", RIOT("Iraq"), "Police Forces of Iraq (2022-)", "Sat", "Baghdad", 0, 60)], trap="riot;injuries-only")
S("A magnetic bomb attached to a minibus exploded in a Shiite neighbourhood of Kabul on Thursday, killing seven "
  "passengers and wounding 20. The Islamic State claimed responsibility.", "2023-11-10", "Afghanistan",
  [E("IED", IS_AFG, CIV("Afghanistan"), "Thu", "Kabul", 7, 20)], trap="words")
S("Taliban forces killed three Islamic State militants in a raid on a hideout in Jalalabad on Sunday, a Taliban "
  "spokesman said.", "2024-01-16", "Afghanistan",
  [E("AC", AFG_MIL, IS_AFG, "Sun", "Jalalabad", 3)], trap="words")
S("About 20 women rallied briefly in Kabul on Saturday to demand the reopening of girls' schools before Taliban "
  "fighters dispersed them by firing into the air.", "2023-09-19", "Afghanistan",
  [E("PI", PROT("Afghanistan"), AFG_MIL, "Sat", "Kabul", assoc="Women (Afghanistan)")],
  trap="protest;number-not-casualty")
S("A gunfight between members of the Jalisco New Generation Cartel and a rival local gang in Uruapan on Sunday "
  "left nine gunmen dead.", "2023-10-03", "Mexico",
  [E("AC", CJNG, "Unidentified Gang (Mexico)", "Sun", "Uruapan", 9)], trap="left-dead")
S("Armed men kidnapped a mayoral candidate in Chilpancingo on Thursday, party officials said.", "2024-05-25",
  "Mexico", [E("ABD", UAG("Mexico"), CIV("Mexico"), "Thu", "Chilpancingo")], trap="abduction")
S("A journalist was shot dead outside his home in Tijuana on Tuesday, the state prosecutor's office said.",
  "2023-02-09", "Mexico", [E("ATT", UAG("Mexico"), CIV("Mexico"), "Tue", "Tijuana", 1)], trap="passive;a-one")
S("Gulf Clan gunmen killed a community leader in a rural district of Medellin on Sunday.", "2024-07-23",
  "Colombia", [E("ATT", GULF_CLAN, CIV("Colombia"), "Sun", "Medellin", 1)], trap="a-one")
S("ELN rebels clashed with FARC dissidents in Arauca on Wednesday, leaving at least 8 dead on both sides, the "
  "ombudsman said.", "2024-02-01", "Colombia",
  [E("AC", ELN, FARC_D, "Wed", "Arauca", 8)], trap="left-dead;at-least")
S("Police backed by armoured vehicles battled gang members in downtown Port-au-Prince on Monday; at least 5 gang "
  "members and one officer were killed.", "2024-03-13", "Haiti",
  [E("AC", HTI_POL, "Unidentified Gang (Haiti)", "Mon", "Port-au-Prince", 6)], trap="sum-parts")
S("Residents of a Port-au-Prince neighbourhood lynched three suspected gang members on Friday and burned their "
  "bodies in the street.", "2023-04-28", "Haiti",
  [E("MV", RIOT("Haiti"), CIV("Haiti"), "Fri", "Port-au-Prince", 3)], trap="mob")
S("A mob beat a man to death in a village near Imphal on Saturday on suspicion that he belonged to a rival "
  "community, police said.", "2023-07-03", "India",
  [E("MV", RIOT("India"), CIV("India"), "Sat", "Imphal", 1)], trap="mob;a-one")
S("Rwandan and Mozambican troops recaptured Mocimboa da Praia from Islamic State insurgents on Sunday after a "
  "week-long offensive.", "2021-08-09", "Mozambique",
  [E("GRT", "Military Forces of Mozambique (1990-)", IS_MOZ, "Sun", "Mocimboa da Praia", assoc=RWA_MIL)],
  trap="territory")
S("Separatist fighters attacked a gendarmerie post in Buea on Tuesday, killing two gendarmes.", "2023-09-14",
  "Cameroon", [E("AC", AMBA, CMR_MIL, "Tue", "Buea", 2)], trap="words")
S("Boko Haram fighters raided a village near Maroua on Saturday night, killing five civilians and looting "
  "livestock.", "2024-02-19", "Cameroon",
  [E("ATT", BOKO, CIV("Cameroon"), "Sat", "Maroua", 5)], trap="hierarchy;words")
S("Four civilians were killed and 12 injured when a Russian glide bomb hit a supermarket in Kharkiv on Sunday, "
  "the governor said.", "2024-05-27", "Ukraine",
  [E("AIR", RUS_MIL, CIV("Ukraine"), "Sun", "Kharkiv", 4, 12)], trap="glide-bomb;passive")
S("A Russian drone struck a bus in Kherson on Tuesday, killing the driver.", "2024-06-20", "Ukraine",
  [E("AIR", RUS_MIL, CIV("Ukraine"), "Tue", "Kherson", 1)], trap="implicit-one")
S("Ukrainian drones hit an oil depot in Belgorod overnight, starting a fire; no one was hurt, the regional "
  "governor said.", "2024-03-05", "Russia",
  [E("AIR", UKR_MIL, None, "pub", "Belgorod")], trap="negation")
S("Air defence systems destroyed eight Ukrainian drones over the Kursk region on Wednesday, the Russian defence "
  "ministry said.", "2024-08-16", "Russia",
  [E("DWU", RUS_MIL, UKR_MIL, "Wed", "Kursk")], trap="intercepted;number-not-casualty")
S("Police in Moscow detained at least 50 people who laid flowers in memory of an opposition politician on "
  "Saturday.", "2024-02-19", "Russia",
  [E("PI", PROT("Russia"), "Police Forces of Russia (2000-)", "Sat", "Moscow")], trap="protest;at-least-not-casualty")
S("Youths set cars alight and fired fireworks at police in the suburbs of Lyon overnight, days after a teenager "
  "was killed by an officer during a traffic stop.", "2023-07-01", "France",
  [E("VD", RIOT("France"), FRA_POL, "pub", "Lyon")], trap="riot;background-death")
S("Farmers blocked a motorway near Marseille with tractors on Monday to protest against fuel taxes.",
  "2024-01-24", "France",
  [E("PP", PROT("France"), None, "Mon", "Marseille", assoc="Farmers (France)")], trap="protest")
S("A mob beat and set ablaze a man accused of blasphemy at a market in Kaduna on Friday, police said.",
  "2023-06-26", NG, [E("MV", RIOT(NG), CIV(NG), "Fri", "Kaduna", 1)], trap="mob;implicit-one")
S("ISWAP fighters killed eight soldiers in two attacks on Thursday, five in Damboa and three in Gwoza, the army "
  "said.", "2024-10-12", NG,
  [E("AC", ISWAP, NGA_MIL, "Thu", "Damboa", 5), E("AC", ISWAP, NGA_MIL, "Thu", "Gwoza", 3)],
  trap="lead-total-sum;two-locations")
S("Russian shelling killed four people in Kharkiv and Sumy on Monday, regional officials said.", "2024-09-10",
  "Ukraine",
  [E("SH", RUS_MIL, CIV("Ukraine"), "Mon", "Kharkiv", 2, split=True),
   E("SH", RUS_MIL, CIV("Ukraine"), "Mon", "Sumy", 2, split=True)], trap="split-even;two-locations")
S("A blast at a checkpoint near Afgooye on Tuesday caused heavy casualties among soldiers, officials said.",
  "2024-04-25", SO, [E("IED", UAG(SO), SOM_MIL, "Tue", "Afgooye")], trap="casualties-zero")
S("An Israeli drone strike on a tent in Khan Younis on Monday killed two children and their mother, the health "
  "ministry said.", "2024-06-12", "Palestine",
  [E("AIR", ISR_MIL, CIV("Palestine"), "Mon", "Khan Younis", 3)], trap="children-and-mother")
S("Tens of civilians were killed when the army shelled villages around Kadugli on Sunday, a rebel spokesman "
  "said.", "2024-03-13", SD,
  [E("SH", SDN_MIL, CIV(SD), "Sun", "Kadugli", 10)], trap="vague-tens;hedged")
S("Hundreds of people were killed in an RSF assault on residential areas of El Geneina on Thursday, according to "
  "local monitors.", "2023-11-10", SD,
  [E("ATT", RSF, CIV(SD), "Thu", "Geneina", 100)], trap="vague-hundreds")
S("A few soldiers were wounded when militants attacked an army post near Ouahigouya on Tuesday; the army said it "
  "repelled the assault.", "2024-05-16", BF,
  [E("AC", UAG(BF), BFA_MIL, "Tue", "Ouahigouya", 0, 3)], trap="vague-few;injuries-only")
S("The death toll from Saturday's car bombing at a market in Baidoa rose to 19 on Monday, the regional health "
  "minister said.", "2024-06-17", SO,
  [E("IED", UAG(SO), CIV(SO), "Sat", "Baidoa", 19)], trap="death-toll-update")
S("A protester who was shot by police during Tuesday's march in Nairobi died of his wounds on Thursday, his "
  "family said.", "2024-07-05", "Kenya",
  [E("EF", PROT("Kenya"), KEN_POL, "Tue", "Nairobi", 1)], trap="died-of-wounds;date-of-event")
S("Gunmen abducted thirty-two passengers on the Kaduna-Abuja highway near Kaduna on Sunday, police said.",
  "2024-03-26", NG, [E("ABD", UAG(NG), CIV(NG), "Sun", "Kaduna")], trap="words-number;number-not-casualty")
S("Five herders were killed by unidentified gunmen near Makurdi on Friday.", "2023-04-10", NG,
  [E("ATT", UAG(NG), CIV(NG), "Fri", "Makurdi", 5)], trap="killed-by;passive")
S("Heavy fighting between the army and the RSF in Omdurman on Sunday claimed the lives of 22 people, among them "
  "15 civilians.", "2023-07-11", SD,
  [E("AC", SDN_MIL, RSF, "Sun", "Omdurman", 22)], trap="claimed-lives;including-subset;civilians-in-battle")
S("Unknown attackers threw a hand grenade at the house of a local politician in Kirkuk on Monday; no one was "
  "hurt.", "2023-05-10", "Iraq", [E("GR", UAG("Iraq"), CIV("Iraq"), "Mon", "Kirkuk")], trap="grenade;negation")
S("Nine civilians were wounded by Russian artillery fire in Zaporizhzhia on Thursday.", "2023-08-26", "Ukraine",
  [E("SH", RUS_MIL, CIV("Ukraine"), "Thu", "Zaporizhzhia", 0, 9)], trap="passive;injuries-only")
S("The TTP claimed to have killed 15 soldiers in an ambush near Bannu on Tuesday; the military said two soldiers "
  "died.", "2024-02-22", "Pakistan",
  [E("AC", TTP, PAK_MIL, "Tue", "Bannu", 2, low=2, high=15)], trap="conflicting-lowest;hedged")
S("Gunmen killed at least 30 villagers over the weekend in raids on farming settlements around Jos, local "
  "officials said.", "2024-01-29", NG,
  [E("ATT", UAG(NG), CIV(NG), "Sat", "Jos", 30, prec=2, end="Sun")], trap="weekend-precision;at-least")
S("Somalia: Al-Shabaab seizes town near Jowhar after troops pull out", "2024-08-13", SO,
  [E("NVT", SHABAAB, SOM_MIL, "pub", "Jowhar")], trap="headline;transfer")
S("DR Congo: 11 dead in ADF raid near Butembo", "2023-11-21", CD,
  [E("ATT", ADF, CIV(CD), "pub", "Butembo", 11)], trap="headline")
S("Myanmar junta airstrike kills 5 in Sagaing", "2024-04-09", "Myanmar",
  [E("AIR", MMR_MIL, CIV("Myanmar"), "pub", "Monywa", 5)], trap="headline;province-only")
S("Pakistan: Blast at Peshawar mosque leaves 17 dead, 40 injured", "2023-02-01", "Pakistan",
  [E("IED", UAG("Pakistan"), CIV("Pakistan"), "pub", "Peshawar", 17, 40)], trap="headline;left-dead")
S("Ukraine says it downed 21 Russian drones over Kyiv overnight", "2024-05-08", "Ukraine",
  [E("DWU", UKR_MIL, RUS_MIL, "pub", "Kyiv")], trap="headline;intercepted;number-not-casualty")
# distractors of batch 2
S("Ethiopian runners swept the podium at the Addis Ababa half marathon on Sunday, the winner shooting clear in "
  "the final kilometre.", "2024-11-25", "Ethiopia", [], trap="distractor-sport")
S("Pakistan's fast bowlers launched a fierce attack on the visiting batsmen in Lahore, taking six wickets before "
  "lunch.", "2023-03-18", "Pakistan", [], trap="distractor-sport")
S("The Colombian striker fired a shot into the top corner to give the home side a 2-1 win in Medellin.",
  "2024-04-08", "Colombia", [], trap="distractor-sport")
S("The Kenyan boxer knocked out his opponent in the third round of their bout in Mombasa on Saturday.",
  "2023-12-11", "Kenya", [], trap="distractor-sport")
S("A landslide triggered by torrential rain buried 14 homes in a village near Bukavu, killing at least 20 "
  "people.", "2023-05-08", CD, [], trap="distractor-disaster")
S("Measles has killed more than 40 children in North Darfur this year, aid agencies said.", "2024-10-02", SD, [],
  trap="distractor-disease")
S("Twelve people died when an overloaded boat capsized on Lake Kivu near Goma on Thursday.", "2024-10-05", CD, [],
  trap="distractor-accident")
S("A gas cylinder explosion at a restaurant in Karachi killed four people and injured nine on Tuesday, rescue "
  "officials said.", "2023-09-14", "Pakistan", [], trap="distractor-accident;explosion-word")
S("A fire at a garment factory in Dhaka killed 11 workers, firefighters said.", "2024-02-04", "Bangladesh", [],
  trap="distractor-accident")
S("A man was sentenced to life in prison in Paris on Friday for the 2019 murder of his neighbour.", "2023-11-20",
  "France", [], trap="distractor-crime")
S("Police in Lagos recovered a stolen car and arrested two suspected car thieves on Monday.", "2024-08-20", NG,
  [], trap="distractor-crime;arrest-word")
S("A farmer near Gondar killed his brother in a dispute over land, police said.", "2024-01-09", "Ethiopia", [],
  trap="distractor-crime")
S("Sudan's army chief met the Egyptian president in Cairo to discuss the war and humanitarian access.",
  "2024-01-25", SD, [], trap="distractor-diplomacy")
S("Colombia and Venezuela agreed on Tuesday to reopen their border crossings to cargo traffic.", "2023-01-05",
  "Colombia", [], trap="distractor-diplomacy;agreement-word")
S("Ten years after gunmen abducted 276 schoolgirls from their dormitory, many families are still waiting for "
  "their daughters to come home.", "2024-04-14", NG, [], trap="distractor-background;anniversary")
S("The 2017 siege of Marawi, in which more than 1,000 people died, still shapes security policy in Mindanao, "
  "officials said.", "2024-05-23", "Philippines", [], trap="distractor-background")
S("Church bells rang across Kyiv on Saturday to mark two years since the full-scale invasion, which has killed "
  "tens of thousands of soldiers.", "2024-02-24", "Ukraine", [], trap="distractor-background;anniversary")
S("Experts warn that cheap drones are changing how jihadist groups fight in the Sahel.", "2024-09-30", ML, [],
  trap="distractor-commentary")
S("The UN said on Monday that 1.2 million people have fled fighting in Darfur since April.", "2023-11-06", SD, [],
  trap="distractor-background")
S("Mexico's goalkeeper was the hero as his side survived a late assault from Colombia to draw 0-0.",
  "2024-06-09", "Mexico", [], trap="distractor-sport")
S("A court in Abuja on Wednesday sentenced 15 Boko Haram members to long prison terms for a 2014 attack on a "
  "market.", "2023-07-13", NG, [], trap="distractor-background;court")
S("Flash floods swept through villages in western Herat province, killing 31 people and destroying hundreds of "
  "homes.", "2024-05-13", "Afghanistan", [], trap="distractor-disaster")
S("Road accidents killed more than 4,000 people in Kenya last year, the transport authority said.",
  "2024-01-18", "Kenya", [], trap="distractor-accident;statistic")

# --- batch 3: rarer sub-event types ------------------------------------------------------------------------
S("The United States completed the withdrawal of its troops from an air base in Niamey on Sunday, the Nigerien "
  "defence ministry said.", "2024-07-08", "Niger", [E("CHG", USA_MIL, None, "Sun", "Niamey")], trap="change-to-group")
S("The TTP announced on Monday that it was ending its ceasefire with the government and ordered its fighters to "
  "resume attacks across Khyber Pakhtunkhwa.", "2022-11-29", "Pakistan",
  [E("CHG", TTP, None, "Mon", "Peshawar")], trap="change-to-group;province-only;agreement-word")
S("Gang members raped at least 10 women during an attack on a neighbourhood of Port-au-Prince on Saturday, a "
  "rights group said.", "2024-04-02", "Haiti",
  [E("SV", "Unidentified Gang (Haiti)", CIV("Haiti"), "Sat", "Port-au-Prince", assoc2="Women (Haiti)")],
  trap="sexual-violence;number-not-casualty;hierarchy")
S("Residents of a village near Daraa said government forces fired shells containing a toxic gas on Tuesday, "
  "causing breathing problems for 15 people; the government denied using chemical weapons.", "2018-04-12",
  "Syria", [E("CW", SYR_MIL, CIV("Syria"), "Tue", "Daraa", 0, 15)], trap="chemical;denied;injuries-only")

# --- batch 4: no publication date (relative dates cannot be resolved, explicit ones can) ------------------
S("On 14 March 2024, gunmen killed six worshippers at a mosque in a village outside Katsina.", None, NG,
  [E("ATT", UAG(NG), CIV(NG), "2024-03-14", "Katsina", 6)], trap="no-published;explicit-date")
S("Militants killed four soldiers in an ambush near Mopti on Tuesday, the army said.", None, "Mali",
  [E("AC", UAG("Mali"), MLI_MIL, "Tue", "Mopti", 4)], trap="no-published;relative-date-unresolvable")
S("Police arrested 12 opposition activists in Conakry on Friday, their party said.", None, "Guinea",
  [E("ARR", "Police Forces of Guinea (2021-)", CIV("Guinea"), "Fri", "Conakry")],
  trap="no-published;relative-date-unresolvable;number-not-casualty")
S("An air strike on a market in Nyala on 3 February 2024 killed at least 15 people, medics said.", None, SD,
  [E("AIR", SDN_MIL, CIV(SD), "2024-02-03", "Nyala", 15)], trap="no-published;explicit-date;at-least;implicit-actor")
S("Thousands protested in Buenos Aires on Wednesday against cuts to university funding.", None, "Argentina",
  [E("PP", PROT("Argentina"), None, "Wed", "Buenos Aires")], trap="no-published;protest")
S("A roadside bomb killed two soldiers near Diffa last week.", None, "Niger",
  [E("IED", UAG("Niger"), NER_MIL, "Mon", "Diffa", 2, prec=2)], trap="no-published;week-precision")
S("Fighting between the army and M23 rebels near Goma on 7 January 2024 left nine people dead.", None, CD,
  [E("AC", COD_MIL, M23, "2024-01-07", "Goma", 9)], trap="no-published;explicit-date;left-dead")
S("Russian shelling killed an elderly man in Kherson on Sunday, officials said.", None, "Ukraine",
  [E("SH", RUS_MIL, CIV("Ukraine"), "Sun", "Kherson", 1)], trap="no-published;a-one")
S("Israeli settlers uprooted 200 olive trees near Nablus on 2 November 2023, the village council said.", None,
  "Palestine", [E("LOOT", SETTLERS, CIV("Palestine"), "2023-11-02", "Nablus")],
  trap="no-published;explicit-date;number-not-casualty;property")
S("A heatwave killed 20 people in Karachi, hospital officials said.", None, "Pakistan", [],
  trap="distractor-disaster;no-published")

# --- batch 5: more distractors (no event to code) ------------------------------------------------------------
S("The army chief visited troops in Maiduguri on Thursday and promised them new armoured vehicles.", "2024-02-09",
  NG, [], trap="distractor-military-routine")
S("Parliament in Nairobi passed a law on Tuesday expanding the powers of the police to search homes.",
  "2023-11-15", "Kenya", [], trap="distractor-politics")
S("Police said Saturday's shooting at a nightclub in Medellin was the result of a personal dispute between two "
  "men, one of whom was wounded.", "2024-03-04", "Colombia", [], trap="distractor-crime;shooting-word")
S("Electricity was restored to most of Kharkiv on Monday after repairs to the damaged grid, the mayor said.",
  "2024-04-01", "Ukraine", [], trap="distractor-aftermath")
S("The UN Security Council extended the mandate of its peacekeeping mission in the Central African Republic for "
  "another year.", "2023-11-14", "Central African Republic", [], trap="distractor-diplomacy")
S("Survivors of the 2014 attack on an army-run school in Peshawar gathered on Saturday to remember the 147 people "
  "who were killed.", "2024-12-16", "Pakistan", [], trap="distractor-background;anniversary")
S("A documentary about the siege of Mariupol premiered in Kyiv on Friday to a full cinema.", "2024-05-25",
  "Ukraine", [], trap="distractor-background;culture")
S("Gunfire heard near Bamako on Tuesday came from a military shooting range where soldiers were holding routine "
  "exercises, the army said.", "2024-07-17", "Mali", [], trap="distractor-military-routine;gunfire-word")
S("Kenya's central bank raised its main interest rate by half a point on Wednesday to fight inflation.",
  "2024-02-08", "Kenya", [], trap="distractor-economy")
S("A military parade in Ouagadougou on Sunday marked the first anniversary of the coup.", "2023-10-02",
  "Burkina Faso", [], trap="distractor-military-routine;anniversary")
S("Twenty miners died when an artisanal gold mine collapsed near Bunia after heavy rain, a local official said.",
  "2024-04-22", CD, [], trap="distractor-accident")
