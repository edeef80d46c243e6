"""Synthetic news-phrased sentences for ACLED typing: every sub-event type, and look-alikes that are not events.

Everything here was written from scratch for eventcoder in the language of wire and newspaper reports (not
ACLED's "On <date>, ..." note style). Most incidents are invented; a few echo widely reported events in the
writer's own words. Real countries and towns are named so that the rest of the pipeline has something to work
on. No sentence was copied or paraphrased from a news article or a coded dataset.

Each T(...) is one document with one gold event coded for event_type, sub_event_type and country only (place,
actors, date and counts are not scored here: ``unchecked`` says so). Each L(...) is a look-alike: a document
that reports no ACLED event (``events: []``), labelled with its family.
"""

from __future__ import annotations

from typing import Any

from _common import SUB

CASES: list[dict[str, Any]] = []
PUBLISHED = "2024-06-12"

# The look-alike families (issue 11): what reads like an event and is not one in ACLED's sense.
FAMILIES = ("industrial-explosion", "natural-disaster", "ordinary-crime", "diplomacy-no-deal", "claim-only")


def T(code: str, country: str, text: str) -> None:
    """Add a document that reports one event of sub-event type ``code`` (a key of SUB) in ``country``."""
    event_type, sub_event_type = SUB[code]
    CASES.append({
        "id": f"nt-{code.lower()}-{sum(1 for c in CASES if c['slice'].get('sub') == code) + 1:02d}",
        "synthetic": True, "text": text, "html": None, "published": PUBLISHED, "title": None,
        "slice": {"country": country, "format": "text", "sub": code, "family": "event"},
        "gold": {"events": [{"event_type": event_type, "sub_event_type": sub_event_type, "country": country}],
                 "unchecked": ["place", "date"]},
    })


def L(family: str, country: str, text: str) -> None:
    """Add a look-alike document of ``family`` (one of FAMILIES): no ACLED event."""
    assert family in FAMILIES, family
    CASES.append({
        "id": f"nt-{family}-{sum(1 for c in CASES if c['slice'].get('family') == family) + 1:02d}",
        "synthetic": True, "text": text, "html": None, "published": PUBLISHED, "title": None,
        "slice": {"country": country, "format": "text", "sub": "none", "family": family},
        "gold": {"events": [], "total_fatalities": 0},
    })


# --- Battles: Government regains territory ---------------------------------------------------------------------
T("GRT", "Syria", "Government troops recaptured the town of Maarat al-Numan from rebel fighters on Sunday after a "
  "week-long assault, state television reported.")
T("GRT", "Nigeria", "The Nigerian army said its soldiers had retaken Damasak from Boko Haram insurgents and restored "
  "the local government headquarters to civilian control.")
T("GRT", "Somalia", "Somali forces backed by local clan militias wrested control of the farming town of Adan Yabaal "
  "from al-Shabaab, officials said on Tuesday.")
T("GRT", "Mali", "Malian troops moved back into Ber on Monday, regaining the desert town that armed separatists "
  "had held since last year, the army said.")
T("GRT", "Ukraine", "Ukrainian forces have liberated the village of Robotyne in the south after days of fighting, "
  "a military spokesman announced, and raised the national flag over its school.")
T("GRT", "Democratic Republic of Congo", "Congolese government soldiers reclaimed the border town of Bunagana "
  "from M23 rebels on Thursday, according to an army statement.")
T("GRT", "Myanmar", "The junta's troops regained control of Kawkareik after resistance fighters who had overrun "
  "it last month were driven out, state media said.")
T("GRT", "Iraq", "Iraqi security forces announced they had fully cleared the district of Hawija of Islamic State "
  "militants and taken back the town centre.")
T("GRT", "Mozambique", "Mozambican and Rwandan troops retook the port town of Mocimboa da Praia, which insurgents had "
  "controlled for a year, the defence ministry said.")
T("GRT", "Yemen", "Pro-government forces recaptured the district of Harib from the Houthis on Saturday, the Saudi-led "
  "coalition said in a statement.")
T("GRT", "Burkina Faso", "Burkinabe soldiers have reoccupied the town of Djibo after jihadist fighters who seized it "
  "were pushed back, the government spokesman said.")
T("GRT", "Libya", "Forces loyal to the Tripoli government took back control of Gharyan from the rival eastern-based "
  "army on Wednesday, ending a two-month occupation.")
T("GRT", "Afghanistan", "Afghan commandos recaptured the district centre of Dand-e-Ghori from the Taliban overnight, "
  "the interior ministry said.")
T("GRT", "Philippines", "Philippine troops reclaimed the last stronghold of the militants in Marawi City, the military "
  "said, declaring the town back under government control.")
T("GRT", "Cameroon", "Cameroonian soldiers regained the village of Batibo from separatist fighters who had declared it "
  "part of their breakaway state, a local official said.")
T("GRT", "Sudan", "The army said it had recaptured Wad Madani from the Rapid Support Forces on Saturday, a month after "
  "the paramilitaries stormed the city.")

# --- Battles: Non-state actor overtakes territory --------------------------------------------------------------
# A town the other side left without a fight is a non-violent transfer (ACLED), whatever the verb ("seized").
T("NVT", "Mali", "Jihadist fighters seized the town of Boni in central Mali on Friday after the army abandoned its "
  "post there, residents said.")
T("NSO", "Myanmar", "Resistance forces captured the town of Laukkai after the military garrison surrendered, the "
  "alliance said in a statement on Friday.")
T("NSO", "Democratic Republic of Congo", "M23 rebels took control of the town of Rubaya, home to a coltan mine, "
  "after government troops fled, local sources said.")
T("NSO", "Afghanistan", "The Taliban overran the district headquarters of Shirin Tagab on Monday, raising their white "
  "flag over the governor's compound, officials said.")
T("NVT", "Somalia", "Al-Shabaab militants seized control of the town of Mahas after government forces withdrew, "
  "residents told reporters.")
T("NSO", "Sudan", "The Rapid Support Forces said they had taken over the army's main base in Nyala and now controlled "
  "the city.")
T("NSO", "Nigeria", "Boko Haram fighters captured Marte in Borno State after a fierce assault on its army barracks, "
  "forcing thousands to flee.")
T("NVT", "Yemen", "Houthi forces took over the city of Al-Hazm after government troops pulled back, tribal sources "
  "said.")
T("NSO", "Burkina Faso", "Militants have occupied the town of Mansila after the gendarmerie post was overrun, "
  "according to a security source.")
T("NVT", "Ethiopia", "Fano militiamen seized the town of Lalibela on Tuesday after federal troops left, residents said.")
T("NSO", "Syria", "Opposition fighters captured the city of Saraqeb after government forces retreated under heavy "
  "fire, a war monitor said.")
T("NSO", "Mozambique", "Insurgents overran the town of Palma and were in control of its centre on Thursday, a "
  "government official confirmed.")
T("NSO", "Libya", "Eastern-based forces captured the coastal city of Sirte without meeting resistance from the "
  "militias that had defended it, a spokesman said.")
T("NSO", "Colombia", "Dissident rebels seized control of a rural district in Cauca after expelling a rival armed "
  "group, local officials said.")
T("NSO", "Central African Republic", "Rebels of the CPC coalition took the town of Bangassou after a day-long "
  "attack, the United Nations mission said.")
T("NSO", "Niger", "Jihadists overran the army outpost at Inates and took control of the surrounding area, the "
  "defence ministry admitted.")
# Territory taken from an army that fought for it (a town abandoned without a fight is a transfer, above).
T("NSO", "Mali", "After a day of heavy fighting, jihadist fighters seized the town of Tessit from the army garrison, "
  "local officials said.")
T("NSO", "Democratic Republic of Congo", "Rebel fighters captured the provincial capital of Kamina after routing "
  "government troops in a two-day battle, a rebel spokesman said.")
T("NSO", "Myanmar", "Arakan Army fighters took control of the town of Paletwa after weeks of clashes with junta troops, "
  "the group said on Monday.")
T("NSO", "Cameroon", "Armed separatists overran the village of Bali and hoisted their flag after a gun battle with "
  "soldiers, residents said.")

# --- Battles: Armed clash ---------------------------------------------------------------------------------------
T("AC", "Nigeria", "Soldiers and bandits exchanged gunfire for several hours near Tsafe in Zamfara State on "
  "Tuesday, leaving four troops and several attackers dead.")
T("AC", "Colombia", "Fighting broke out between FARC dissidents and ELN guerrillas in the department of Arauca, "
  "forcing dozens of families to flee.")
T("AC", "Somalia", "Government forces battled al-Shabaab fighters on the outskirts of Beledweyne, a military "
  "officer said, with casualties on both sides.")
T("AC", "Ukraine", "Ukrainian and Russian troops fought street by street in Bakhmut on Thursday, the general staff "
  "said.")
T("AC", "Democratic Republic of Congo", "Heavy fighting raged between the army and ADF rebels near Beni overnight, "
  "a local civil society leader said.")
T("AC", "India", "Security forces shot dead two suspected Maoist rebels during an exchange of fire in the forests "
  "of Bijapur district, police said.")
T("AC", "Mexico", "Members of two rival cartels engaged in a shootout lasting more than an hour in the town of "
  "Frontera Comalapa, leaving at least six dead.")
T("AC", "Myanmar", "Clashes erupted between the military and the Kachin Independence Army near Laiza, the rebel "
  "group's spokesman said.")
T("AC", "South Sudan", "Rival factions of the army traded fire at a barracks in Juba on Monday night, a spokesman "
  "confirmed.")
T("AC", "Burkina Faso", "Volunteers fighting alongside the army repelled an assault by jihadists on their post near "
  "Kaya, killing several assailants.")
T("AC", "Pakistan", "Security forces and militants engaged in an intense firefight in North Waziristan, the "
  "military's media wing said.")
T("AC", "Iraq", "Kurdish peshmerga and Islamic State fighters skirmished in the hills south of Kirkuk on Saturday, "
  "a Kurdish official said.")
T("AC", "Ethiopia", "Government troops and Oromo Liberation Army fighters clashed in western Oromia, residents said.")
T("AC", "Haiti", "Police and gang members exchanged fire for hours in the Port-au-Prince neighbourhood of Carrefour, "
  "witnesses said.")
T("AC", "Sudan", "The army and the Rapid Support Forces fought fierce battles around the military headquarters in "
  "Khartoum on Sunday.")
T("AC", "Cameroon", "Separatist fighters ambushed a military patrol near Bamenda and a gun battle followed, a "
  "security source said.")

# --- Protests: Excessive force against protesters ---------------------------------------------------------------
T("EF", "Kenya", "Police opened fire on demonstrators outside parliament in Nairobi, killing at least two people, "
  "rights groups said.")
T("EF", "Myanmar", "Soldiers shot dead three people taking part in a peaceful march against the coup in Mandalay, "
  "witnesses said.")
T("EF", "Iran", "Security forces fired live ammunition at mourners protesting in Zahedan, killing several of them, "
  "according to a rights group.")
T("EF", "Sudan", "Troops used live bullets against crowds demanding civilian rule in Omdurman, and medics said four "
  "protesters were killed.")
T("EF", "Peru", "Two protesters died after police fired on a crowd blocking a highway near Juliaca, the ombudsman "
  "said.")
T("EF", "Bangladesh", "Police fired shotguns and live rounds at students rallying peacefully in Rangpur, killing a "
  "protester.")
T("EF", "Nigeria", "Soldiers opened fire on protesters singing the national anthem at the Lekki toll gate, "
  "killing several, Amnesty International said.")
T("EF", "Iraq", "Security forces killed three demonstrators in Nasiriyah when they fired on a sit-in with live "
  "ammunition, medics said.")
T("EF", "Guinea", "Gendarmes shot dead a teenager during a peaceful opposition march in Conakry, his family said.")
T("EF", "Ethiopia", "Federal police fired into a crowd of unarmed demonstrators in Bahir Dar, killing five, "
  "according to hospital staff.")
T("EF", "Kenya", "A protester was shot dead by police during a march against tax increases in Kisumu, a local "
  "rights monitor said.")
T("EF", "Senegal", "Security forces opened fire on supporters of the opposition leader marching in Ziguinchor, "
  "killing two young men.")
T("EF", "Chad", "Soldiers fired live rounds at crowds protesting against the military government in N'Djamena, "
  "killing dozens, the opposition said.")
T("EF", "Venezuela", "National Guard troops fired on demonstrators in Barquisimeto, killing one protester and "
  "wounding others.")
T("EF", "Pakistan", "Police fired on a peaceful sit-in by tribal elders in Bannu, killing two of them, organisers "
  "said.")
T("EF", "Mali", "Security forces shot dead protesters who had gathered peacefully outside the mosque in Bamako, "
  "the opposition coalition said.")

# --- Protests: Protest with intervention -------------------------------------------------------------------------
T("PI", "France", "Police fired tear gas to disperse thousands of people protesting against pension reform in "
  "Nantes on Thursday.")
T("PI", "Georgia", "Riot police broke up a rally outside parliament in Tbilisi with water cannon and detained "
  "dozens of demonstrators.")
T("PI", "Turkey", "Police detained more than 30 people who gathered peacefully in Istanbul's Taksim Square despite "
  "a ban on the march.")
T("PI", "Pakistan", "Police used batons to break up a demonstration by teachers demanding unpaid salaries in "
  "Lahore.")
T("PI", "Argentina", "Security forces cleared a group of picketers blocking a bridge in Buenos Aires with rubber "
  "bullets and tear gas.")
T("PI", "Serbia", "Police removed students staging a sit-in at the entrance of the state broadcaster in Belgrade "
  "and arrested several of them.")
T("PI", "Hong Kong", "Officers dispersed a small vigil in Victoria Park and took several participants away in vans.")
T("PI", "Togo", "Security forces fired tear gas at opposition supporters marching in Lome, scattering the crowd.")
T("PI", "United States", "Police arrested 40 people at a pro-Palestinian encampment at a university in Austin "
  "after they refused to leave the lawn.")
T("PI", "India", "Police detained hundreds of farmers marching towards Delhi at the Shambhu border and stopped the "
  "march with barricades and tear gas.")
T("PI", "Russia", "Police detained dozens of people who laid flowers and chanted slogans at a memorial in Moscow, "
  "a monitoring group said.")
T("PI", "Zimbabwe", "Riot police beat protesters with batons and dispersed a crowd demanding lower fuel prices in "
  "Harare.")
T("PI", "Belarus", "Security forces broke up a women's march in Minsk and detained more than 100 participants.")
T("PI", "Indonesia", "Police fired tear gas and water cannon to break up students demonstrating outside the "
  "regional parliament in Makassar.")
T("PI", "Chile", "Carabineros dispersed a march of students in central Santiago with water cannon, detaining 12.")
T("PI", "Germany", "Police carried away climate activists who had glued themselves to a road in Berlin in protest "
  "against coal mining.")

# --- Protests: Peaceful protest ----------------------------------------------------------------------------------
T("PP", "Israel", "Tens of thousands of people marched through Tel Aviv on Saturday night to protest against the "
  "government's judicial overhaul.")
T("PP", "Brazil", "Indigenous leaders rallied in Brasilia to demand the demarcation of their ancestral lands.")
T("PP", "United Kingdom", "Nurses picketed outside hospitals across London and held a rally in Whitehall demanding a "
  "pay rise.")
T("PP", "Nigeria", "Hundreds of women staged a sit-in outside the governor's office in Jos to demand the rescue of "
  "abducted villagers.")
T("PP", "Spain", "Thousands of people demonstrated in Barcelona against rising rents and the spread of tourist "
  "flats.")
T("PP", "Bangladesh", "Garment workers formed a human chain in Dhaka demanding higher minimum wages.")
T("PP", "Kenya", "Residents of Mombasa marched peacefully to the county offices to protest against frequent water "
  "cuts.")
T("PP", "Iraq", "Supporters of the cleric gathered in Tahrir Square in Baghdad to denounce corruption.")
T("PP", "Poland", "Crowds gathered in Warsaw to protest against a proposed tightening of the abortion law.")
T("PP", "Argentina", "Pensioners demonstrated outside Congress in Buenos Aires against cuts to their benefits, as "
  "they do every Wednesday.")
T("PP", "India", "Farmers blocked a national highway near Ambala for two hours in protest against low crop prices.")
T("PP", "South Africa", "Members of the union marched to the mining company's offices in Rustenburg to hand over a "
  "list of demands.")
T("PP", "Mexico", "Relatives of the disappeared marched through Guadalajara carrying photographs of their missing "
  "loved ones.")
T("PP", "Lebanon", "Depositors protested outside a bank in Beirut demanding access to their frozen savings.")
T("PP", "Philippines", "Fishermen held a boat rally off Manila to protest against a land reclamation project.")
T("PP", "Ukraine", "Hundreds of people rallied in central Kyiv to demand more money for the army from the city "
  "budget.")

# --- Riots: Violent demonstration --------------------------------------------------------------------------------
T("VD", "Kenya", "Protesters hurled stones at police and set tyres ablaze on the main road in Kisumu, blocking "
  "traffic for hours.")
T("VD", "France", "Rioting youths torched cars and a town hall in a suburb of Paris after a teenager was shot by "
  "police.")
T("VD", "Senegal", "Demonstrators set fire to a supermarket and pelted security forces with stones in Dakar during "
  "protests over the opposition leader's conviction.")
T("VD", "Pakistan", "Supporters of the former prime minister stormed a military commander's residence in Lahore and "
  "set it on fire.")
T("VD", "Bangladesh", "Students protesting against job quotas clashed with police in Dhaka, throwing bricks and "
  "setting vehicles alight.")
T("VD", "Peru", "Protesters attacked the airport in Juliaca with stones and tried to occupy the runway.")
T("VD", "Iraq", "Angry demonstrators torched the provincial council building in Basra during a protest over power "
  "cuts.")
T("VD", "Haiti", "Protesters erected burning barricades and stoned passing cars in Port-au-Prince to demand the "
  "prime minister's resignation.")
T("VD", "Chile", "Hooded demonstrators looted shops and set a metro station on fire during a march against fare "
  "rises in Santiago.")
T("VD", "Netherlands", "Protesters against a coronavirus curfew threw fireworks at police and smashed shop windows "
  "in Rotterdam.")
T("VD", "India", "A mob of protesters demanding reservation set fire to a legislator's house in Beed district.")
T("VD", "Nigeria", "Youths protesting against the rising cost of living burned a police station in Kano.")
T("VD", "Indonesia", "Demonstrators opposed to the new labour law threw rocks at police and burned bus shelters in "
  "Jakarta.")
T("VD", "Georgia", "Protesters threw petrol bombs at riot police outside parliament in Tbilisi.")
T("VD", "South Africa", "Residents protesting against power cuts barricaded roads with burning tyres and stoned "
  "municipal vehicles in Soweto.")
T("VD", "Mozambique", "Opposition supporters disputing the election result vandalised a police post and blocked "
  "roads in Maputo.")

# --- Riots: Mob violence -----------------------------------------------------------------------------------------
T("MV", "Nigeria", "An angry mob lynched a man accused of blasphemy in Sokoto, police said.")
T("MV", "India", "A crowd beat two men to death on suspicion of transporting cattle in Alwar district.")
T("MV", "Haiti", "Residents of a neighbourhood in Port-au-Prince set upon suspected gang members and burned them "
  "alive.")
T("MV", "Pakistan", "A mob stormed a police station in Nankana Sahib, dragged out a man accused of desecration and "
  "killed him.")
T("MV", "Kenya", "Villagers set fire to the houses of five people accused of witchcraft in Kisii county.")
T("MV", "Democratic Republic of Congo", "Residents of Beni stoned a man they accused of being a rebel informer, "
  "killing him.")
T("MV", "Bangladesh", "Supporters of two rival student groups fought with sticks and machetes on a campus in "
  "Chittagong, injuring 20.")
T("MV", "Ethiopia", "Youths attacked a church and beat worshippers in a village in Oromia, residents said.")
T("MV", "Brazil", "Supporters of rival football clubs clashed with iron bars outside the stadium in Sao Paulo, "
  "leaving one man dead.")
T("MV", "Indonesia", "Villagers attacked and burned a police post in Central Sulawesi after a local man died in "
  "custody.")
T("MV", "Mexico", "Residents of a village in Puebla beat and set fire to two men they accused of child abduction.")
T("MV", "Uganda", "A mob killed a suspected thief in a Kampala market, beating him with sticks.")
T("MV", "Papua New Guinea", "Rival clans fought with machetes and spears in Enga province, leaving several people "
  "dead.")
T("MV", "South Africa", "Crowds attacked shops owned by foreign nationals in Durban and assaulted their owners.")
T("MV", "Guatemala", "Residents of a village in Huehuetenango tied up and beat two police officers whom they "
  "accused of extortion.")
T("MV", "Bolivia", "Farmers from rival communities attacked each other with stones and slingshots over a land "
  "dispute in Cochabamba, injuring ten.")

# --- Explosions/Remote violence: Chemical weapon ----------------------------------------------------------------
T("CW", "Syria", "Dozens of people suffocated in Douma after a helicopter dropped a barrel filled with chlorine gas, "
  "rescue workers said.")
T("CW", "Syria", "Doctors reported symptoms consistent with a nerve agent after a warplane struck Khan Sheikhoun, "
  "killing scores of residents.")
T("CW", "Iraq", "Islamic State militants fired shells loaded with mustard agent at Kurdish positions near Makhmur, "
  "officials said.")
T("CW", "Ukraine", "Ukraine accused Russian troops of dropping grenades filled with a toxic chemical on its "
  "trenches near Bakhmut.")
T("CW", "Syria", "A chlorine attack on the village of Saraqeb left 11 people struggling to breathe, the monitoring "
  "group said.")
T("CW", "Iraq", "Kurdish officials said militants used chlorine-filled rockets against their forces in Nineveh.")
T("CW", "Myanmar", "Rebels said the army had dropped canisters of toxic gas on their positions in Karenni state.")
T("CW", "Syria", "The watchdog found that sarin had been used in an attack on Ghouta in which hundreds died.")
T("CW", "Ukraine", "Soldiers said Russian drones dropped canisters of tear gas and other chemicals on Ukrainian "
  "positions in the Zaporizhzhia region.")
T("CW", "Iraq", "Islamic State fighters fired chemical-laden mortar rounds at the town of Taza, wounding dozens.")
T("CW", "Syria", "Medics treated residents of Latamneh for exposure after a bomb released a chemical agent, "
  "opposition activists said.")
T("CW", "Sudan", "Villagers in Jebel Marra said government aircraft had dropped bombs that gave off toxic smoke, "
  "causing blistering and vomiting.")
T("CW", "Ukraine", "The Ukrainian army said Russian forces used chloropicrin gas against its troops near Avdiivka.")
T("CW", "Syria", "Government forces were accused of using a chlorine bomb against a rebel-held suburb of Damascus.")
T("CW", "Iraq", "Militants attacked a police checkpoint with a truck bomb laced with chlorine gas in Anbar.")
T("CW", "Myanmar", "Residents said soldiers fired shells that released a yellow poisonous gas on the village.")

# --- Explosions/Remote violence: Air/drone strike ---------------------------------------------------------------
T("AIR", "Yemen", "Warplanes of the Saudi-led coalition bombed a market in Saada province, killing 12 people, "
  "health officials said.")
T("AIR", "Somalia", "A US drone strike killed three al-Shabaab fighters near Jilib, the US military said.")
T("AIR", "Myanmar", "Military jets bombed a village in Sagaing region during a ceremony, killing dozens of "
  "civilians.")
T("AIR", "Sudan", "An army airstrike hit a residential district of Nyala, killing at least 20 people.")
T("AIR", "Syria", "Russian aircraft struck rebel positions in the Idlib countryside overnight, a war monitor said.")
T("AIR", "Ethiopia", "A drone strike on a truck in the Amhara region killed at least 12 people, local officials "
  "said.")
T("AIR", "Ukraine", "Russian Shahed drones slammed into an energy facility in Lviv overnight, the governor said.")
T("AIR", "Nigeria", "A military jet bombed a gathering of villagers in Kaduna State by mistake, killing scores.")
T("AIR", "Iraq", "Turkish warplanes hit suspected PKK hideouts in the Qandil mountains, the defence ministry in "
  "Ankara said.")
T("AIR", "Afghanistan", "Pakistani aircraft struck what Islamabad called militant hideouts in Paktika province, "
  "killing eight people.")
T("AIR", "Lebanon", "An Israeli drone hit a car near Tyre, killing two members of Hezbollah, a security source said.")
T("AIR", "Burkina Faso", "Burkinabe military drones struck a market in Bourasso, killing dozens, residents said.")
T("AIR", "Libya", "Unidentified warplanes carried out airstrikes on the airport in Misrata.")
T("AIR", "Mali", "The army said its aircraft had destroyed a jihadist camp near Menaka in an air raid.")
T("AIR", "Colombia", "The Colombian air force bombed a camp of dissident rebels in Guaviare, the defence minister "
  "said.")
T("AIR", "Palestine", "An Israeli air strike flattened a building in Rafah overnight, killing a family of six, "
  "according to the civil defence.")

# --- Explosions/Remote violence: Suicide bomb --------------------------------------------------------------------
T("SB", "Pakistan", "A suicide bomber blew himself up at a political rally in Bajaur, killing more than 40 people.")
T("SB", "Somalia", "A suicide car bomb exploded at the gate of a hotel in Mogadishu, killing nine people.")
T("SB", "Nigeria", "Three female suicide bombers detonated their explosives at a fish market in Konduga, killing "
  "at least 18.")
T("SB", "Afghanistan", "A suicide attacker struck a mosque in Kunduz during Friday prayers, killing dozens of "
  "worshippers.")
T("SB", "Iraq", "A suicide bomber wearing an explosive vest killed 12 people at a funeral in Diyala province.")
T("SB", "Syria", "A suicide bomber drove an explosives-laden truck into a checkpoint in Azaz, killing six people.")
T("SB", "Yemen", "A suicide bomber rammed a car packed with explosives into an army camp in Aden.")
T("SB", "Cameroon", "Two suicide bombers blew themselves up in a market in Mora, in the Far North region.")
T("SB", "Indonesia", "A suicide bomber attacked a police station in Bandung, killing an officer.")
T("SB", "Mali", "A jihadist suicide bomber drove a vehicle into the UN camp at Tessalit.")
T("SB", "Niger", "A teenage suicide bomber blew herself up in a mosque in Diffa, killing two worshippers.")
T("SB", "Egypt", "A suicide bomber detonated an explosive belt inside a church in Cairo during Sunday mass.")
T("SB", "Burkina Faso", "A suicide car bomber attacked an army base in Djibo, the military said.")
T("SB", "Chad", "Boko Haram suicide bombers attacked a market on an island in Lake Chad, killing 10.")
T("SB", "Iran", "Two suicide bombers detonated their explosives at a memorial ceremony in Kerman, killing "
  "dozens.")
T("SB", "Turkey", "A suicide bomber set off explosives outside the interior ministry in Ankara, wounding two police "
  "officers.")

# --- Explosions/Remote violence: Shelling/artillery/missile attack ---------------------------------------------
T("SH", "Ukraine", "Russian forces shelled the centre of Kherson on Monday, killing two people, the regional "
  "governor said.")
T("SH", "Israel", "Rockets fired from Gaza landed in Sderot, damaging several houses.")
T("SH", "Syria", "Government artillery pounded villages in southern Idlib, a war monitor said.")
T("SH", "Sudan", "Mortar rounds fired by the paramilitaries hit a hospital in El Fasher, killing three patients.")
T("SH", "Ukraine", "A Russian missile slammed into an apartment block in Dnipro, killing at least 40 residents.")
T("SH", "Armenia", "Azerbaijani forces fired artillery at villages along the border in Syunik province, the "
  "Armenian defence ministry said.")
T("SH", "Myanmar", "The army fired heavy artillery into Loikaw, forcing thousands of residents to flee.")
T("SH", "Yemen", "Houthi forces fired a ballistic missile at Marib city, wounding five civilians.")
T("SH", "Somalia", "Al-Shabaab fighters lobbed mortar shells at the presidential palace in Mogadishu.")
T("SH", "Lebanon", "Israeli artillery shelled the outskirts of the southern town of Khiam.")
T("SH", "Russia", "Ukrainian shelling hit a market in the town of Shebekino in Belgorod region, wounding four.")
T("SH", "Iraq", "Katyusha rockets struck near the US embassy in Baghdad's Green Zone.")
T("SH", "Libya", "Shells hit residential areas of southern Tripoli as rival forces exchanged artillery fire, "
  "killing two civilians.")
T("SH", "Democratic Republic of Congo", "Bombs fired by M23 rebels fell on a displacement camp near Goma, killing "
  "at least nine people.")
T("SH", "Ukraine", "Russian troops struck Kharkiv with multiple rocket launchers overnight, the mayor said.")
T("SH", "Azerbaijan", "Armenian forces shelled the town of Terter, the Azerbaijani defence ministry said.")

# --- Explosions/Remote violence: Remote explosive/landmine/IED ---------------------------------------------------
T("IED", "Afghanistan", "A roadside bomb struck a minibus in Kandahar, killing 11 passengers.")
T("IED", "Mali", "Four UN peacekeepers were killed when their vehicle hit an improvised explosive device near "
  "Kidal.")
T("IED", "Colombia", "A soldier lost a leg after stepping on a landmine planted by rebels in Antioquia.")
T("IED", "Somalia", "A car bomb parked outside a restaurant exploded in Mogadishu, killing at least 15.")
T("IED", "Pakistan", "A bomb planted on a motorcycle went off near a police van in Quetta, killing three officers.")
T("IED", "Iraq", "An explosive device hidden in a cart blew up in a crowded market in Sadr City.")
T("IED", "Nigeria", "Farmers were killed when their tractor drove over a mine buried by insurgents near Gwoza.")
T("IED", "Burkina Faso", "An army convoy struck a homemade bomb on the road between Djibo and Namsiguia.")
T("IED", "Syria", "A booby-trapped car exploded at a checkpoint in Afrin, killing four people.")
T("IED", "Ukraine", "A tractor hit an anti-tank mine in a field in Kharkiv region, killing the driver.")
T("IED", "India", "Maoist rebels set off an explosive device under a vehicle carrying police in Dantewada, killing "
  "10 officers.")
T("IED", "Niger", "A bomb exploded under a vehicle carrying soldiers near the Malian border, killing five.")
T("IED", "Yemen", "A landmine laid by the Houthis exploded under a car in Hodeidah province, killing a family.")
T("IED", "Philippines", "A bomb hidden in a backpack exploded in a gymnasium during a Catholic mass in Marawi.")
T("IED", "Cameroon", "Separatists detonated an explosive device as a military truck passed near Bamenda.")
T("IED", "Afghanistan", "A magnetic bomb stuck to a car exploded in Kabul, killing a government official.")

# --- Explosions/Remote violence: Grenade -------------------------------------------------------------------------
T("GR", "India", "Militants lobbed a grenade at a police patrol in Srinagar, wounding three officers.")
T("GR", "Burundi", "Unknown assailants threw a grenade into a bar in Bujumbura, wounding eight people.")
T("GR", "Mexico", "Attackers hurled a hand grenade at the offices of a newspaper in Nuevo Laredo.")
T("GR", "Colombia", "A grenade thrown at a police station in Cali injured two officers and a passer-by.")
T("GR", "Somalia", "A hand grenade was thrown into a crowd watching football in Baidoa, killing two people.")
T("GR", "Sweden", "A grenade exploded outside an apartment building in Stockholm after being thrown by a teenager "
  "linked to a gang conflict.")
T("GR", "Bangladesh", "Assailants threw a grenade at an opposition rally in Dhaka, wounding dozens.")
T("GR", "Ecuador", "A grenade was hurled at a prison in Guayaquil, injuring a guard.")
T("GR", "Kenya", "Militants threw a grenade into a church in Garissa during a service.")
T("GR", "Pakistan", "Attackers hurled a grenade at a shop in Turbat, wounding four people.")
T("GR", "Thailand", "Insurgents threw grenades at a security checkpoint in Narathiwat, injuring two rangers.")
T("GR", "Burundi", "A grenade attack at a bus station in Gitega injured 12 travellers.")
T("GR", "Ukraine", "A Russian drone dropped a grenade on a civilian car in Kherson region, wounding the driver.")
T("GR", "India", "A grenade hurled by suspected militants exploded in a market in Anantnag.")
T("GR", "Democratic Republic of Congo", "Unknown men threw a grenade into a bar in Butembo, injuring 11.")
T("GR", "Haiti", "Gang members threw a grenade at a police vehicle in Croix-des-Bouquets.")

# --- Violence against civilians: Sexual violence -----------------------------------------------------------------
T("SV", "Democratic Republic of Congo", "Armed men raped at least 20 women in a village in South Kivu, a medical "
  "charity said.")
T("SV", "Sudan", "Fighters of the Rapid Support Forces sexually assaulted women who were fleeing El Geneina, "
  "survivors said.")
T("SV", "South Sudan", "Soldiers raped several women collecting firewood near Bentiu, the UN mission said.")
T("SV", "Ethiopia", "Troops gang-raped women in a village in Tigray, according to a local health official.")
T("SV", "Nigeria", "Bandits raped two girls during a raid on a farming community in Zamfara.")
T("SV", "Central African Republic", "Rebels raped a woman and her daughter at a checkpoint near Bambari.")
T("SV", "Myanmar", "Soldiers raped a woman during a raid on a village in Chin state, a rights group said.")
T("SV", "Haiti", "Gang members raped dozens of women during an attack on the Cite Soleil neighbourhood.")
T("SV", "Mali", "Militiamen sexually assaulted women from a Fulani village near Mopti, residents said.")
T("SV", "Cameroon", "A soldier raped a teenage girl during a search operation in the North-West region.")
T("SV", "Somalia", "Al-Shabaab fighters abused women in a village in Lower Shabelle, local elders said.")
T("SV", "Burundi", "Members of the ruling party's youth wing raped women from opposition families, a human rights "
  "group said.")
T("SV", "Mozambique", "Insurgents raped women they had abducted in Cabo Delgado, escaped captives said.")
T("SV", "India", "Members of an armed mob sexually assaulted two women during ethnic violence in Manipur.")
T("SV", "Ukraine", "Russian soldiers raped a woman in a village near Kyiv during the occupation, prosecutors said.")
T("SV", "Libya", "Guards at a detention centre raped migrant women held there, survivors told investigators.")

# --- Violence against civilians: Attack --------------------------------------------------------------------------
T("ATT", "Burkina Faso", "Gunmen on motorbikes stormed a village in the north, shooting dead at least 30 "
  "residents.")
T("ATT", "Nigeria", "Herdsmen attacked farmers in Benue State, hacking 12 people to death.")
T("ATT", "Mexico", "Armed men opened fire on a family in their home in Guanajuato, killing five.")
T("ATT", "Democratic Republic of Congo", "ADF rebels killed 40 villagers with machetes overnight near Oicha.")
T("ATT", "India", "Suspected militants shot dead a migrant worker in Pulwama district.")
T("ATT", "Honduras", "Unidentified gunmen killed an environmental activist outside her home in Tocoa.")
T("ATT", "Colombia", "A community leader was shot dead by armed men in Cauca, a rights group said.")
T("ATT", "Pakistan", "Attackers shot dead six labourers from Punjab at a construction site in Balochistan.")
T("ATT", "Mali", "Jihadists killed 20 civilians travelling on a bus near Bandiagara.")
T("ATT", "Philippines", "Gunmen killed a radio journalist as he left his studio in Mindanao.")
T("ATT", "Mozambique", "Insurgents beheaded several villagers in Cabo Delgado province, residents said.")
T("ATT", "Myanmar", "Soldiers executed 15 villagers in Sagaing region, burning their bodies.")
T("ATT", "Brazil", "Militiamen shot dead a councillor in Rio de Janeiro state, police said.")
T("ATT", "Ethiopia", "Gunmen massacred dozens of ethnic Amhara civilians in western Oromia.")
T("ATT", "Niger", "Bandits killed 10 farmers working their fields near Tillaberi.")
T("ATT", "South Sudan", "Armed youths attacked a cattle camp in Jonglei, killing 16 herders.")

# --- Violence against civilians: Abduction/forced disappearance -------------------------------------------------
T("ABD", "Nigeria", "Gunmen kidnapped more than 80 pupils from a school in Kuriga, Kaduna State.")
T("ABD", "Haiti", "Gang members abducted 17 missionaries on the road outside Port-au-Prince.")
T("ABD", "Mali", "Jihadists abducted a Catholic priest from his parish in the south.")
T("ABD", "Cameroon", "Separatist fighters kidnapped a teacher from her home near Bamenda.")
T("ABD", "Mexico", "Armed men took 12 workers from a mining camp in Zacatecas, the state prosecutor said.")
T("ABD", "Democratic Republic of Congo", "Rebels seized 30 civilians during a raid on a village in Ituri and led "
  "them into the forest.")
T("ABD", "Colombia", "Rebels kidnapped two soldiers on leave in Arauca.")
T("ABD", "Pakistan", "An activist was picked up by men in plain clothes in Karachi and has not been seen since, "
  "his family said.")
T("ABD", "Burkina Faso", "Jihadists abducted around 50 women gathering wild fruit near Arbinda.")
T("ABD", "Somalia", "Al-Shabaab fighters abducted four elders from a village in Middle Shabelle.")
T("ABD", "Ethiopia", "Gunmen kidnapped passengers from a bus in the Oromia region and demanded ransom.")
T("ABD", "Niger", "Armed men kidnapped a village chief near the border with Nigeria.")
T("ABD", "Syria", "Members of an armed faction abducted a journalist in Afrin.")
T("ABD", "Mozambique", "Insurgents abducted girls from a village in Cabo Delgado.")
T("ABD", "Egypt", "Security forces forcibly disappeared a rights lawyer after a dawn raid on his home, his family "
  "said.")
T("ABD", "Libya", "A militia abducted a city councillor in Tripoli.")

# --- Strategic developments: Agreement ---------------------------------------------------------------------------
T("AGR", "Yemen", "The Houthis and the Saudi-led coalition agreed a two-month truce starting on Saturday, the UN "
  "envoy announced.")
T("AGR", "Colombia", "The government and the ELN signed a bilateral ceasefire in Havana.")
T("AGR", "Ukraine", "Russia and Ukraine swapped 200 prisoners of war in a deal brokered by the UAE.")
T("AGR", "Sudan", "The army and the Rapid Support Forces signed a week-long ceasefire in Jeddah.")
T("AGR", "Ethiopia", "The federal government and Tigrayan leaders signed a peace deal in Pretoria to end the war.")
T("AGR", "Democratic Republic of Congo", "Congo and Rwanda signed a peace agreement in Washington.")
T("AGR", "Myanmar", "Three ethnic armed groups and the military agreed to a China-brokered ceasefire in northern "
  "Shan state.")
T("AGR", "Philippines", "The government and the communist rebels signed a declaration to resume peace talks.")
T("AGR", "Libya", "Rival Libyan military delegations signed a permanent ceasefire agreement in Geneva.")
T("AGR", "Mali", "Tuareg-led rebels and the government signed a peace accord in Algiers.")
T("AGR", "Mozambique", "The RENAMO leader and the president signed a peace agreement in Maputo.")
T("AGR", "Nigeria", "Herders and farmers in Plateau State signed a peace pact brokered by traditional rulers.")
T("AGR", "Israel", "Israel and Hamas agreed to a four-day truce and the release of hostages in exchange for "
  "prisoners.")
T("AGR", "Armenia", "Armenia and Azerbaijan agreed to exchange prisoners as a step towards a peace treaty.")
T("AGR", "South Sudan", "Rival armed factions in Upper Nile signed a local peace deal to end cattle raids.")
T("AGR", "Afghanistan", "The United States and the Taliban signed an agreement in Doha on the withdrawal of foreign "
  "troops.")

# --- Strategic developments: Arrests -----------------------------------------------------------------------------
T("ARR", "Tunisia", "Police arrested a prominent opposition leader at his home in Tunis on Monday.")
T("ARR", "Russia", "Security services detained a journalist in Yekaterinburg on espionage charges.")
T("ARR", "Uganda", "Police arrested an opposition presidential candidate during a campaign stop in Luuka.")
T("ARR", "Turkey", "Police detained the mayor of Istanbul in a dawn raid on corruption charges.")
T("ARR", "India", "Police arrested 15 people suspected of links to a banned group in raids across Kerala.")
T("ARR", "Nicaragua", "Police arrested a Catholic bishop critical of the government in Matagalpa.")
T("ARR", "Pakistan", "The anti-corruption agency arrested the former prime minister in Islamabad.")
T("ARR", "Egypt", "Security forces arrested dozens of members of the opposition ahead of the vote.")
T("ARR", "Venezuela", "Intelligence agents detained an opposition lawmaker at a checkpoint in Caracas.")
T("ARR", "Belarus", "The KGB arrested a blogger who had been posting videos of the demonstrations.")
T("ARR", "Cambodia", "Police arrested an opposition activist in Phnom Penh on incitement charges.")
T("ARR", "Zimbabwe", "Police rounded up 40 opposition supporters at a meeting in Harare.")
T("ARR", "Iran", "Security forces detained a well-known rapper in Isfahan for his songs about the protests.")
T("ARR", "Ethiopia", "Federal police arrested several journalists in Addis Ababa accused of inciting violence.")
T("ARR", "Kenya", "Detectives arrested a member of parliament over remarks deemed to incite ethnic hatred.")
T("ARR", "Bangladesh", "Police arrested the secretary general of the opposition party in Dhaka.")

# --- Strategic developments: Change to group/activity -----------------------------------------------------------
T("CHG", "Syria", "Several rebel factions in the north announced they had merged into a single group under one "
  "command.")
T("CHG", "Colombia", "A faction of the dissidents split from the main group and announced a new leadership.")
T("CHG", "Nigeria", "The separatist group announced it was suspending its weekly stay-at-home order in the "
  "south-east.")
T("CHG", "Mali", "The jihadist alliance announced the appointment of a new leader after its founder was killed.")
T("CHG", "Ethiopia", "The Oromo Liberation Army split into two factions after a dispute over peace talks.")
T("CHG", "Iraq", "The militia announced it was renaming itself and integrating into the state's security forces.")
T("CHG", "Democratic Republic of Congo", "More than 200 fighters of a local militia surrendered with their "
  "weapons to the army in Ituri, joining a demobilisation programme.")
T("CHG", "Philippines", "Hundreds of communist rebels laid down their arms and renounced armed struggle in a "
  "ceremony in Davao.")
T("CHG", "Somalia", "Al-Shabaab announced a ban on the use of smartphones in the areas it controls.")
T("CHG", "Myanmar", "The ethnic armed group announced it would begin conscripting young men in the territory it "
  "controls.")
T("CHG", "Lebanon", "The armed group said it would stop firing at northern Israel while talks continued.")
T("CHG", "Afghanistan", "The Taliban announced that girls would no longer be allowed to attend secondary school.")
T("CHG", "Mexico", "The cartel split into rival factions after the arrest of its leader, prosecutors said.")
T("CHG", "Yemen", "Southern separatists declared self-rule over Aden and the southern provinces.")
T("CHG", "Burkina Faso", "The government announced a general mobilisation of volunteers to fight the jihadists.")
T("CHG", "Cameroon", "Two separatist groups in the Anglophone regions announced an alliance against the army.")

# --- Strategic developments: Disrupted weapons use ---------------------------------------------------------------
T("DWU", "Ukraine", "Air defences shot down 20 Russian drones over Kyiv overnight, the military said.")
T("DWU", "Israel", "The Iron Dome system intercepted most of the rockets fired towards Ashkelon.")
T("DWU", "Afghanistan", "Police defused a bomb hidden under a bridge in Jalalabad.")
T("DWU", "Somalia", "Soldiers found and destroyed an explosive device planted on the road to Afgooye.")
T("DWU", "Saudi Arabia", "Saudi air defences intercepted a ballistic missile fired at Jazan.")
T("DWU", "India", "Security forces recovered a large cache of weapons and explosives from a militant hideout in "
  "Kupwara.")
T("DWU", "Pakistan", "Bomb disposal experts defused two explosive devices found near a mosque in Peshawar.")
T("DWU", "Colombia", "The army seized a stockpile of rifles and explosives belonging to the rebels in Narino.")
T("DWU", "Nigeria", "Troops intercepted a truck carrying weapons to insurgents near Maiduguri.")
T("DWU", "Russia", "Air defences destroyed two Ukrainian drones over the Belgorod region.")
T("DWU", "Mali", "Soldiers discovered and neutralised an improvised explosive device on the road to Sevare.")
T("DWU", "Yemen", "The coalition said it had destroyed an explosives-laden boat launched by the Houthis in the Red "
  "Sea.")
T("DWU", "Iraq", "Security forces dismantled a car bomb in Kirkuk before it could explode.")
T("DWU", "Philippines", "Troops found and detonated a bomb planted near a school in Sulu.")
T("DWU", "Syria", "Rebels shot down a government helicopter over Idlib.")
T("DWU", "Mexico", "Soldiers seized a drone armed with explosives at a checkpoint in Michoacan.")

# --- Strategic developments: Headquarters or base established ---------------------------------------------------
T("HQ", "Burkina Faso", "Jihadist fighters have set up a base in the forest near Fada N'Gourma and are using it to "
  "launch raids, residents said.")
T("HQ", "Democratic Republic of Congo", "M23 rebels established their headquarters in the town of Bunagana after "
  "capturing it.")
T("HQ", "Mozambique", "Insurgents have built a camp on an island off Cabo Delgado, local sources said.")
T("HQ", "Somalia", "Al-Shabaab set up a new command post in a village in Middle Juba, elders said.")
T("HQ", "Mali", "The jihadist group established a base in the abandoned army camp at Ogossagou.")
T("HQ", "Nigeria", "Bandits have set up camp in the Rugu forest, from which they attack villages, residents said.")
T("HQ", "Colombia", "Dissident rebels installed a camp in the mountains of Cauca, the army said.")
T("HQ", "Syria", "Iranian-backed militias set up a new base near Albu Kamal, a war monitor said.")
T("HQ", "Myanmar", "The resistance force established a new headquarters in a liberated area of Sagaing.")
T("HQ", "Libya", "Wagner Group mercenaries set up a base at an oilfield in the south, according to a UN report.")
T("HQ", "Niger", "Jihadists have established a base in the Tamou reserve, security sources said.")
T("HQ", "Ethiopia", "The militia set up a command centre in a school in the Amhara region.")
T("HQ", "Cameroon", "Separatist fighters established a camp in the forest near Kumba.")
T("HQ", "Yemen", "Al-Qaeda militants set up a base in a village in Abyan province.")
T("HQ", "Central African Republic", "Rebels established a base in the diamond-mining town of Nzako.")
T("HQ", "Haiti", "The gang set up its headquarters in a school it had seized in Port-au-Prince.")

# --- Strategic developments: Looting/property destruction -------------------------------------------------------
T("LOOT", "Sudan", "Paramilitary fighters looted shops and homes in El Obeid, carrying away goods in pickup trucks.")
T("LOOT", "Ethiopia", "Soldiers ransacked the university campus in Mekelle, stealing computers and equipment.")
T("LOOT", "Nigeria", "Bandits set fire to dozens of houses in a village in Zamfara after residents had fled.")
T("LOOT", "Myanmar", "Soldiers torched more than 200 houses in a village in Magway region.")
T("LOOT", "Democratic Republic of Congo", "Rebels looted a health centre in Ituri, taking medicines and equipment.")
T("LOOT", "Burkina Faso", "Jihadists burned a school and a town hall in a village in the east.")
T("LOOT", "Haiti", "Gangs looted and burned the national library in downtown Port-au-Prince.")
T("LOOT", "Israel", "Settlers set fire to cars and homes in a Palestinian village in the West Bank.")
T("LOOT", "South Sudan", "Armed youths looted food from a World Food Programme warehouse in Pibor.")
T("LOOT", "Mali", "Militiamen burned granaries in a village near Mopti.")
T("LOOT", "Somalia", "Al-Shabaab fighters destroyed a telecommunications mast in Bay region.")
T("LOOT", "Cameroon", "Separatists set a school on fire in a village near Bamenda.")
T("LOOT", "Mozambique", "Insurgents looted shops and burned a church in Macomia.")
T("LOOT", "India", "Armed men torched houses in a village in Manipur's Churachandpur district.")
T("LOOT", "Central African Republic", "Rebels pillaged the market in Bambari.")
T("LOOT", "Ukraine", "Retreating Russian soldiers looted homes in the village, residents said.")

# --- Strategic developments: Non-violent transfer of territory --------------------------------------------------
T("NVT", "Mali", "French troops handed over the Timbuktu base to the Malian army in a ceremony on Tuesday.")
T("NVT", "Syria", "Kurdish-led forces withdrew from the town of Manbij and handed it to government troops under a "
  "Russian-brokered deal.")
T("NVT", "Afghanistan", "The Taliban took control of the district after local elders negotiated the surrender of "
  "government forces without a fight.")
T("NVT", "Democratic Republic of Congo", "M23 rebels withdrew from the town of Kibumba and handed it over to an "
  "East African regional force.")
T("NVT", "Libya", "The militia handed over control of Tripoli airport to the interior ministry.")
T("NVT", "Somalia", "African Union troops handed over the base at Baledogle to the Somali army.")
T("NVT", "Yemen", "Government forces pulled out of the port city under the UN agreement and the Houthis moved in.")
T("NVT", "Myanmar", "The military withdrew from its outpost and the rebels took it over without any fighting.")
T("NVT", "Iraq", "Kurdish forces withdrew from Kirkuk and federal forces entered the city unopposed.")
T("NVT", "Ukraine", "Russian forces withdrew from the village overnight and Ukrainian troops moved in unopposed.")
T("NVT", "Mali", "UN peacekeepers handed over their camp in Ber to the Malian armed forces.")
T("NVT", "Burkina Faso", "The army withdrew from its post in the village without a fight, and the jihadists moved "
  "in the next day.")
T("NVT", "Nigeria", "The militia handed control of the town to the police after a negotiated deal.")
T("NVT", "Lebanon", "Israeli troops withdrew from the village, and the Lebanese army deployed there.")
T("NVT", "Syria", "Rebels evacuated the town under a surrender deal, and government forces took it over.")
T("NVT", "Sudan", "The army handed the town over to a joint force of former rebel groups.")

# --- Strategic developments: Other ------------------------------------------------------------------------------
T("OTH", "Mexico", "Investigators found a mass grave containing at least 30 bodies in a field outside Guadalajara.")
T("OTH", "Ukraine", "Authorities exhumed more than 400 bodies from a mass burial site in Izium.")
T("OTH", "Nigeria", "Bandits imposed levies on farmers in several villages in Katsina, residents said.")
T("OTH", "Somalia", "Al-Shabaab fighters collected taxes from traders at a checkpoint outside Afgooye.")
T("CHG", "Myanmar", "The military junta imposed martial law in seven townships of Yangon.")
T("OTH", "Burkina Faso", "Jihadists imposed a blockade on the town of Djibo, cutting off supply routes.")
T("OTH", "Democratic Republic of Congo", "A militia set up a roadblock and forced drivers to pay fees in Ituri.")
T("OTH", "Syria", "Investigators uncovered a mass grave with the remains of dozens of people near Raqqa.")
T("OTH", "Haiti", "Gangs blocked the main fuel terminal in Port-au-Prince, halting distribution across the country.")
T("CHG", "Sudan", "The paramilitary force declared a curfew in Nyala.")
T("OTH", "Mali", "The jihadists ordered the residents of the village to leave within three days.")
T("OTH", "Yemen", "The Houthis paraded hundreds of newly recruited fighters through the streets of Sanaa.")
T("OTH", "Colombia", "The armed group declared an armed strike, ordering residents of Choco to stay at home.")
T("OTH", "Iraq", "A mass grave containing the remains of Yazidis was uncovered near Sinjar.")
T("OTH", "Cameroon", "Separatists declared a lockdown in the North-West region, ordering businesses to close.")
T("CHG", "Ethiopia", "Authorities declared a state of emergency in the Amhara region after militia violence.")
T("OTH", "Burkina Faso", "Insurgents imposed a blockade on the town of Arbinda, stopping food trucks from entering, "
  "residents said.")
T("OTH", "Mexico", "Police found a mass grave holding the bodies of 18 people near the town of Tlajomulco.")
T("OTH", "Democratic Republic of Congo", "The armed group forced traders to pay a weekly levy at the market in Beni, "
  "residents said.")

# --- look-alikes: industrial and accidental explosions ----------------------------------------------------------
L("industrial-explosion", "China", "A gas explosion at a restaurant in Yinchuan killed 31 people, state media said.")
L("industrial-explosion", "India", "Eleven workers were killed when a boiler exploded at a pharmaceutical factory "
  "in Anakapalli.")
L("industrial-explosion", "Lebanon", "A huge blast at the port of Beirut, caused by improperly stored ammonium "
  "nitrate, killed more than 200 people.")
L("industrial-explosion", "Nigeria", "A tanker carrying petrol overturned and exploded in Niger State, killing "
  "dozens of people who had gathered to scoop fuel.")
L("industrial-explosion", "Kenya", "A gas explosion at a depot in Embakasi set nearby homes ablaze, killing three.")
L("industrial-explosion", "Turkey", "A firedamp explosion in a coal mine in Amasra killed 41 miners.")
L("industrial-explosion", "Mexico", "An explosion at a fireworks warehouse in Tultepec killed 24 people.")
L("industrial-explosion", "Pakistan", "A gas cylinder exploded in a shop in Karachi, injuring 15 customers.")
L("industrial-explosion", "Bangladesh", "An explosion at a container depot near Chittagong, blamed on hydrogen "
  "peroxide, killed dozens of firefighters and workers.")
L("industrial-explosion", "Iran", "An explosion at the Shahid Rajaee port caused by chemicals stored there killed "
  "57 people, officials said.")
L("industrial-explosion", "Ghana", "A truck carrying mining explosives blew up after colliding with a motorbike "
  "near Apiate, killing 13.")
L("industrial-explosion", "Russia", "A blast at a gunpowder factory in Ryazan region killed 16 workers, officials "
  "blamed a technical failure.")
L("industrial-explosion", "South Africa", "A gas leak explosion ripped open a street in Johannesburg, injuring 40 "
  "people.")
L("industrial-explosion", "Colombia", "Methane exploded in a coal mine in Sutatausa, killing 21 miners.")
L("industrial-explosion", "Iraq", "A fire caused by an exploding oxygen cylinder swept through a hospital ward in "
  "Baghdad, killing 82 patients.")
L("industrial-explosion", "Ukraine", "A boiler room exploded in an apartment block in Odesa, killing two residents; "
  "police ruled out an attack.")

# --- look-alikes: natural disasters -----------------------------------------------------------------------------
L("natural-disaster", "Nepal", "Floods and landslides triggered by monsoon rains killed at least 40 people in "
  "eastern Nepal.")
L("natural-disaster", "Turkey", "The earthquake that struck southern Turkey has killed more than 20,000 people.")
L("natural-disaster", "Philippines", "Typhoon Rai tore through the central Philippines, killing 208 people.")
L("natural-disaster", "Libya", "Floodwaters swept through Derna after two dams burst, killing thousands.")
L("natural-disaster", "India", "Lightning strikes killed 23 people across Bihar on Saturday.")
L("natural-disaster", "Democratic Republic of Congo", "A landslide buried dozens of homes in a village in South "
  "Kivu after heavy rain.")
L("natural-disaster", "Afghanistan", "An earthquake struck Herat province, killing more than 1,000 people.")
L("natural-disaster", "Somalia", "Drought has killed livestock and forced thousands of families to leave their "
  "villages.")
L("natural-disaster", "Mozambique", "Cyclone Freddy battered Quelimane, flattening houses and killing 53 people.")
L("natural-disaster", "Brazil", "Floods in Rio Grande do Sul killed 150 people and displaced more than half a "
  "million.")
L("natural-disaster", "Indonesia", "A volcano on Sumatra erupted, killing 11 hikers.")
L("natural-disaster", "Pakistan", "Heavy monsoon rains caused floods that killed 60 people in Khyber Pakhtunkhwa.")
L("natural-disaster", "Ethiopia", "Mudslides in Gofa zone buried more than 200 people.")
L("natural-disaster", "Haiti", "A magnitude 7.2 earthquake struck the south of Haiti, killing over 2,000 people.")
L("natural-disaster", "Greece", "Wildfires fanned by strong winds killed 20 people in the Evros region.")
L("natural-disaster", "Bangladesh", "Cyclone Remal battered the coast, killing ten people.")

# --- look-alikes: ordinary crime with no political or armed-group dimension ------------------------------------
L("ordinary-crime", "United Kingdom", "A man was stabbed to death in a row over a parking space in Leeds, and his "
  "neighbour was charged with murder.")
L("ordinary-crime", "South Africa", "Robbers shot a security guard during a cash-in-transit heist in Pretoria.")
L("ordinary-crime", "United States", "A man shot his wife and two children at their home in Ohio before turning "
  "the gun on himself, police said.")
L("ordinary-crime", "Kenya", "A woman was arrested after allegedly poisoning her husband in Nakuru.")
L("ordinary-crime", "Australia", "A teenager was charged with murder after a fight outside a nightclub in Sydney "
  "left a man dead.")
L("ordinary-crime", "India", "A man killed his brother with an axe over a property dispute in Uttar Pradesh, "
  "police said.")
L("ordinary-crime", "Brazil", "Thieves stole jewellery worth millions of dollars from a shop in Sao Paulo.")
L("ordinary-crime", "Nigeria", "A trader in Lagos was arrested for defrauding customers of millions of naira.")
L("ordinary-crime", "France", "A man was stabbed during a burglary in Marseille and died in hospital.")
L("ordinary-crime", "Germany", "A driver was arrested after hitting a cyclist and fleeing the scene in Hamburg.")
L("ordinary-crime", "Canada", "A man was charged with killing his roommate in Toronto after a dispute over rent.")
L("ordinary-crime", "Philippines", "A jealous husband hacked his wife to death in Cebu, police said.")
L("ordinary-crime", "Japan", "A man stabbed two people on a commuter train in Tokyo; police said he had a grudge "
  "against his former employer.")
L("ordinary-crime", "Ghana", "A taxi driver was robbed and killed by passengers on the outskirts of Kumasi.")
L("ordinary-crime", "Argentina", "A pensioner shot dead a burglar who broke into his house in Rosario.")
L("ordinary-crime", "United Kingdom", "A 17-year-old boy was stabbed to death after an argument at a party in "
  "Birmingham.")

# --- look-alikes: diplomacy without an agreement ---------------------------------------------------------------
L("diplomacy-no-deal", "Ukraine", "Talks between Russian and Ukrainian negotiators in Istanbul ended without "
  "agreement on a ceasefire.")
L("diplomacy-no-deal", "Sudan", "Mediators urged the army and the paramilitaries to return to the negotiating table "
  "in Jeddah.")
L("diplomacy-no-deal", "Israel", "The Secretary of State met the prime minister in Jerusalem to push for a pause in "
  "the fighting.")
L("diplomacy-no-deal", "Yemen", "The UN envoy said he was hopeful that a new truce could be reached in the coming "
  "weeks.")
L("diplomacy-no-deal", "Ethiopia", "The African Union invited the two sides to peace talks in South Africa next "
  "month.")
L("diplomacy-no-deal", "Colombia", "The government said it was ready to resume negotiations with the rebels if they "
  "released their hostages.")
L("diplomacy-no-deal", "Libya", "Representatives of the rival parliaments met in Cairo but failed to agree on an "
  "election date.")
L("diplomacy-no-deal", "Armenia", "The foreign ministers of Armenia and Azerbaijan held a fresh round of talks in "
  "Washington, without a breakthrough.")
L("diplomacy-no-deal", "Democratic Republic of Congo", "Presidents of the region called for a ceasefire in eastern "
  "Congo at a summit in Nairobi.")
L("diplomacy-no-deal", "Myanmar", "ASEAN leaders urged the junta to implement their peace plan at a summit in Jakarta.")
L("diplomacy-no-deal", "Afghanistan", "Delegates from neighbouring countries discussed security with Taliban "
  "officials in Moscow.")
L("diplomacy-no-deal", "Somalia", "Donors pledged more money for the African Union mission at a conference in "
  "London.")
L("diplomacy-no-deal", "Mali", "West African leaders threatened sanctions if the junta did not set an election "
  "date.")
L("diplomacy-no-deal", "South Sudan", "Negotiations between the government and holdout rebel groups in Nairobi were "
  "suspended.")
L("diplomacy-no-deal", "Venezuela", "The government and the opposition resumed dialogue in Mexico City without "
  "announcing any deal.")
L("diplomacy-no-deal", "Lebanon", "A French envoy shuttled between Beirut and Jerusalem to try to calm tensions on "
  "the border.")

# --- look-alikes: claims of responsibility that report no new event --------------------------------------------
L("claim-only", "Pakistan", "The Pakistani Taliban claimed responsibility in a statement for last month's attack "
  "on a police station in Dera Ismail Khan.")
L("claim-only", "Somalia", "Al-Shabaab said on its radio station that it was behind the hotel siege in Mogadishu "
  "two weeks ago.")
L("claim-only", "Afghanistan", "Islamic State's regional branch claimed last week's bombing of a school in Kabul, "
  "according to its news agency.")
L("claim-only", "Nigeria", "A faction of Boko Haram released a video claiming the kidnapping of schoolgirls in "
  "Kebbi in March.")
L("claim-only", "Mali", "The al-Qaeda affiliate claimed the ambush of a Malian convoy that took place in January, "
  "in a message published online.")
L("claim-only", "Syria", "The Islamic State group claimed responsibility for an earlier bombing in Damascus, the "
  "SITE monitoring group said.")
L("claim-only", "Colombia", "The ELN admitted in a communique that its fighters carried out last year's car bombing "
  "of the police academy.")
L("claim-only", "India", "A little-known militant group claimed the grenade attack in Srinagar last Sunday in a "
  "post on social media.")
L("claim-only", "Iraq", "An Iran-backed militia claimed it had fired the drones that struck a US base in Syria "
  "earlier this month.")
L("claim-only", "Burkina Faso", "Islamic State in the Sahel claimed responsibility for the killing of soldiers "
  "near Djibo reported last week.")
L("claim-only", "Philippines", "The Abu Sayyaf group claimed in a statement that it had bombed the cathedral in "
  "Jolo last year.")
L("claim-only", "Mozambique", "Islamic State claimed the attack on Palma in a statement published by its news "
  "agency days later.")
L("claim-only", "Cameroon", "Separatists claimed responsibility for an attack on a convoy in Bamenda in November.")
L("claim-only", "Turkey", "A Kurdish militant group claimed the October bombing outside the interior ministry.")
L("claim-only", "Yemen", "Al-Qaeda in the Arabian Peninsula claimed the attack on the military camp in Abyan that "
  "killed 20 soldiers last month.")
L("claim-only", "Niger", "The jihadist group claimed the ambush that killed UN peacekeepers last week in a "
  "propaganda video.")
