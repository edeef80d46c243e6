# ruff: noqa: F403, F405  (star import of actors.py: dozens of constants, listed there)
"""Synthetic multi-paragraph news reports with their ACLED-style gold coding (all incidents invented).

Background paragraphs about earlier years, quotes and datelines are part of the test: none of them
is an event of the report. Dates in E(...) are specs resolved against ``published`` (see _common.py).
"""

from __future__ import annotations

from typing import Any

from _common import E, make

from actors import *  # the cases use most of the actor names

CASES: list[dict[str, Any]] = []


def R(text: str, published: str | None, country: str, events: list[dict[str, Any]], trap: str | None = None) -> None:
    """Add one report case with the next id (a headline, when there is one, is the first line of ``text``)."""
    CASES.append(make(f"r-{len(CASES) + 1:03d}", text.strip(), published, country, events, trap=trap))


NG, SO, SD, CD = "Nigeria", "Somalia", "Sudan", "Democratic Republic of Congo"

R("""
At least 14 people were killed in two separate attacks in Borno State on Sunday, security sources and residents said.

In the deadliest incident, fighters of the Islamic State West Africa Province (ISWAP) stormed a military base in Damboa shortly after dawn, sparking a gun battle that lasted nearly three hours. Eleven soldiers were killed and six others were wounded, two officers told reporters on condition of anonymity. The army said its troops "repelled the attackers and inflicted heavy losses on them", without giving figures.

Later in the day, a roadside bomb struck a vehicle carrying traders near Gwoza, killing three passengers and injuring four others. No group immediately claimed responsibility for the blast.

"We heard gunfire from five in the morning. Nobody could leave their house until the afternoon," said a Damboa resident who asked not to be named for fear of reprisals.

Borno has been the epicentre of an insurgency that began in 2009 and has killed tens of thousands of people and displaced more than two million across the Lake Chad region. In 2015, the military recaptured much of the territory once held by the jihadists, but attacks on bases and highways have continued, and in 2020 dozens of farmers were killed in a single day near the state capital.
""", "2024-03-04", NG,
  [E("AC", ISWAP, NGA_MIL, "Sun", "Damboa", 11, 6), E("IED", UAG(NG), CIV(NG), "Sun", "Gwoza", 3, 4)],
  trap="lead-total-sum;background-years;quotes")

R("""
Villagers say soldiers killed 13 in central Mali raid

BAMAKO, April 10 (Synthetic Wire) -- Malian soldiers accompanied by Russian paramilitaries killed 13 civilians, among them two women, during a raid on a village near Djenne on Monday, residents and a local youth association said.

The troops arrived in the early morning, gathered the men in front of the mosque and shot those they accused of supplying jihadists with food, according to two witnesses reached by telephone. The soldiers also burned granaries and took motorcycles before leaving in the afternoon.

"They did not ask questions. They chose the men one by one," said one witness, who lost two brothers.

In a statement on Tuesday, the army denied targeting civilians and said it had carried out "a counter-terrorism operation" in the area, without giving a toll.

Rights groups have accused the army and its Russian allies of similar abuses since 2022, when hundreds of people were killed over several days in the central town of Moura. The military government, which took power in coups in 2020 and 2021, expelled French troops and a UN peacekeeping mission and has turned to Moscow for security support.
""", "2024-04-10", "Mali",
  [E("ATT", MLI_MIL, CIV("Mali"), "Mon", "Djenne", 13, assoc=WAGNER)],
  trap="dateline-not-location;denied;hierarchy;background-years;including-subset")

R("""
Somali security forces ended a siege of a seaside hotel in Mogadishu late on Friday, several hours after Al Shabaab gunmen stormed the building, officials said.

At least 17 people were killed. A police spokesman said nine civilians, three soldiers and all five attackers died, including the suicide bomber who rammed an explosives-laden car into the hotel gate to open the way for the gunmen. Twenty-seven people were wounded and taken to hospitals across the capital.

Special forces fought floor by floor for much of the evening before declaring the building secure shortly before midnight. Al Shabaab said in a statement on a website linked to the group that its fighters had carried out the attack.

"I hid in the kitchen with four other workers. We could hear the shooting above us for hours," a waiter told reporters outside the hotel on Saturday morning.

The al Qaeda-linked group has fought the government for more than 15 years. In 2017, a truck bombing at a busy Mogadishu junction killed hundreds of people, the deadliest attack in the country's history. The government launched a new offensive against the militants in 2022 with the support of clan militias.
""", "2024-03-16", SO,
  [E("AC", SHABAAB, SOM_MIL, "Fri", "Mogadishu", 17, 27)],
  trap="hierarchy-suicide-bomb-in-battle;suicide-bomber-counted;background-years")

R("""
At least 23 people were killed on Sunday in shelling and air strikes in Sudan's Darfur region, medics and activists said, as fighting between the army and the paramilitary Rapid Support Forces (RSF) spread.

In El Fasher, North Darfur's state capital, RSF artillery shells hit a crowded market and nearby homes, killing 15 civilians and wounding about 40 others, according to the local resistance committee. The city's main hospital appealed for blood donors.

Hundreds of kilometres to the south, army warplanes bombed a neighbourhood of Nyala, the second city of the country that the RSF controls, killing eight people, activists said. The army did not comment.

"The shells fell while people were buying food. Many of the dead were women," a volunteer at the hospital in El Fasher said.

The war, which began in April 2023, has killed tens of thousands of people by some estimates and forced more than ten million from their homes. Talks held in Jeddah in 2023 produced short ceasefires that both sides repeatedly violated.
""", "2024-06-10", SD,
  [E("SH", RSF, CIV(SD), "Sun", "El Fasher", 15, 40), E("AIR", SDN_MIL, CIV(SD), "Sun", "Nyala", 8)],
  trap="lead-total-sum;about;background-totals")

R("""
Ten people were killed on Tuesday in eastern Democratic Republic of Congo, six of them in fighting between the army and M23 rebels north of Goma and four in a militia attack in Ituri province, local officials said.

The clashes in the hills north of Goma began at dawn when M23 fighters attacked army positions held with the help of pro-government Wazalendo militias. Four soldiers and two civilians caught in the crossfire died, a local administrator said. The army said it had pushed the rebels back.

In Ituri, fighters of the CODECO militia raided a gold mining site near Bunia, killing four miners with machetes and firearms, according to a civil society coordinator.

"The front is only a few kilometres from the city now, and every day new families arrive in the camps," said a resident of Goma.

The M23, which the UN says is backed by Rwanda, resumed fighting in late 2021 after years of dormancy. Kigali denies supporting the group. In 2012, the rebels briefly captured Goma before withdrawing under international pressure.
""", "2024-02-21", CD,
  [E("AC", M23, COD_MIL, "Tue", "Goma", 6), E("ATT", CODECO, CIV(CD), "Tue", "Bunia", 4)],
  trap="lead-total-sum;civilians-in-battle;background-years;hedged")

R("""
KYIV, April 4 (Synthetic Wire) -- Russian missiles and drones hit Kharkiv and Odesa overnight, killing seven people and injuring 27, Ukrainian officials said on Thursday.

In Kharkiv, two ballistic missiles struck an apartment building and a printing house shortly after 2 a.m., killing five people and injuring 20, the regional governor said on Telegram. Rescuers worked through the night to pull residents from the rubble.

In the southern port of Odesa, Shahed drones hit warehouses and a residential street, killing two people and wounding seven. Ukraine's air force said its air defences shot down 20 of the 24 drones launched at the Odesa region.

"We are still searching for people under the concrete," an emergency services officer said at the scene in Kharkiv.

Russia launched its full-scale invasion in February 2022. Kharkiv, about 30 kilometres from the Russian border, has been hit almost daily since then, and in 2022 Russian forces briefly reached its northern outskirts before being pushed back.
""", "2024-04-04", "Ukraine",
  [E("SH", RUS_MIL, CIV("Ukraine"), "pub", "Kharkiv", 5, 20),
   E("AIR", RUS_MIL, CIV("Ukraine"), "pub", "Odesa", 2, 7),
   E("DWU", UKR_MIL, RUS_MIL, "pub", "Odesa")],
  trap="dateline-not-location;lead-total-sum;intercepted;overnight")

R("""
Israeli forces killed five Palestinians during a raid on the Jenin refugee camp on Monday, the Palestinian health ministry said, while settlers attacked a village near Nablus.

Three of the men were killed in exchanges of fire with Israeli troops in the camp's narrow streets, and two more died when an Israeli drone struck a group of gunmen during the fighting, the ministry said. The Al Quds Brigades, the armed wing of Islamic Jihad, said the five were its members. The Israeli army said it had "targeted an armed cell" and that no soldiers were hurt.

Later on Monday, dozens of Israeli settlers entered a village south of Nablus, setting fire to cars and a house and wounding four Palestinians with stones, the Palestinian Red Crescent said.

"They came in the afternoon, under the protection of soldiers," said the head of the village council.

The Jenin camp was the scene of one of the fiercest battles of the second intifada in 2002, and Israeli raids there have become more frequent since 2022.
""", "2023-07-11", "Palestine",
  [E("AC", ISR_MIL, "Al Quds Brigades", "Mon", "Jenin", 5),
   E("ATT", SETTLERS, CIV("Palestine"), "Mon", "Nablus", 0, 4)],
  trap="hierarchy-drone-in-battle;sum-parts;negation;background-years")

R("""
Clashes between the US-backed Syrian Democratic Forces (SDF) and Arab tribal fighters killed nine people in eastern Syria on Wednesday, a war monitor said.

The fighting broke out in villages east of Deir ez-Zor after the arrest of a local commander by the SDF earlier in the week. Five SDF fighters, two tribal fighters and two civilians were killed, according to the monitor, which relies on a network of sources on the ground.

On Thursday, a US drone strike on a car in the countryside of Raqqa killed a senior Islamic State official, the US military said in a statement. It said no civilians were harmed.

"The tribes will not accept humiliation," one tribal leader said in a recorded message shared on social media.

The SDF, led by Kurdish fighters, drove the Islamic State from its last pocket of territory in 2019 with the support of a US-led coalition. Tensions with Arab tribes in the region have flared repeatedly since then, most seriously in 2023.
""", "2023-09-01", "Syria",
  [E("AC", SDF, "Arab Tribal Militia (Syria)", "Wed", "Deir ez-Zor", 9),
   E("AIR", USA_MIL, IS_SYR, "Thu", "Raqqa", 1)],
  trap="sum-parts;civilians-in-battle;two-days;negation")

R("""
Yemen's government said its air defences intercepted a Houthi ballistic missile fired at the city of Marib on Monday, while Houthi shelling killed a child in Taiz.

The missile was shot down over the desert west of Marib city and no casualties were reported, a military spokesman said. Debris fell near a camp for displaced families.

In Taiz, a shell fired from Houthi positions on the eastern edge of the city hit a house, killing a nine-year-old boy and injuring his mother and sister, a local health official said.

Also on Monday, several hundred people protested peacefully in Aden against power cuts that have lasted up to 12 hours a day during the summer heat.

The Houthis seized the capital Sanaa in 2014, prompting a Saudi-led coalition to intervene the following year. A truce brokered by the UN in April 2022 has largely held, although fighting continues on several front lines.
""", "2023-06-20", "Yemen",
  [E("DWU", YEM_GOV, HOUTHI, "Mon", "Marib"),
   E("SH", HOUTHI, CIV("Yemen"), "Mon", "Taiz", 1, 2),
   E("PP", PROT("Yemen"), None, "Mon", "Aden")],
  trap="intercepted;negation;age-not-count;three-types;background-years")

R("""
A suicide bomber blew himself up near the foreign ministry in Kabul on Monday, killing six people, Taliban officials said. The Islamic State later said it carried out the attack.

The bomber approached a checkpoint at the entrance of the ministry on foot shortly before noon and detonated his explosives as employees arrived after a break, a police spokesman said. Six people died and twelve were wounded.

In a separate incident on Monday, unidentified gunmen shot dead a former government soldier outside his home in Kandahar, his relatives said.

"We hear the explosions again and we are afraid to send our children to school," said a shopkeeper near the ministry.

Hospital staff in Kabul said several of the wounded were in critical condition. The Taliban's interior ministry said an investigation had begun and that security around government buildings would be tightened.

The Taliban returned to power in August 2021 as the US-backed government collapsed. The Islamic State's local branch has since become their main armed challenger, although its attacks have declined since 2022.
""", "2023-03-28", "Afghanistan",
  [E("SB", IS_AFG, CIV("Afghanistan"), "Mon", "Kabul", 7, 12),
   E("ATT", UAG("Afghanistan"), CIV("Afghanistan"), "Mon", "Kandahar", 1)],
  trap="suicide-bomber-counted;words;background-years")

R("""
PESHAWAR, Dec 14 (Synthetic Wire) -- Militants attacked a police checkpoint in Bannu district late on Tuesday, triggering a gunfight in which three policemen and two attackers were killed, police said.

The assailants, armed with rifles and hand grenades, opened fire on the checkpoint from two sides. Police said two more officers were wounded. The Pakistani Taliban, or TTP, claimed responsibility in a message to journalists.

On Wednesday, the military said it had killed eight militants in an intelligence-based operation near Dera Ismail Khan, losing one soldier. The militants were involved in attacks on security forces, it said.

"The attackers knew the area well. They came from the fields behind the post," a local police official said by telephone.

Violence has risen in Khyber Pakhtunkhwa province since the TTP ended a ceasefire with the government in November 2022. In 2014, an attack on an army-run school in Peshawar killed more than 140 people, most of them children.
""", "2023-12-14", "Pakistan",
  [E("AC", TTP, PAK_POL, "Tue", "Bannu", 5, 2),
   E("AC", PAK_MIL, TTP, "Wed", "Dera Ismail Khan", 9)],
  trap="dateline-not-location;sum-parts;hedged;background-years")

R("""
Military aircraft bombed a village near Monywa in Myanmar's Sagaing region on Saturday, killing 17 people, including four children, residents and a local resistance group said.

Two jets dropped bombs on the village around midday as people were gathering for a religious ceremony, according to a member of the local People's Defense Force (PDF). Twenty-one people were injured.

The same day, PDF fighters ambushed a military column on a road outside Monywa, killing five soldiers, the group said. The military did not respond to requests for comment.

In western Myanmar, Arakan Army fighters took over a military outpost near Sittwe on Sunday after the soldiers there abandoned it without a fight, the group said.

The military seized power in a coup in February 2021, ousting the elected government. Since then, it has increasingly relied on air strikes against areas held by resistance forces, and rights groups say thousands of civilians have been killed.
""", "2024-02-19", "Myanmar",
  [E("AIR", MMR_MIL, CIV("Myanmar"), "Sat", "Monywa", 17, 21),
   E("AC", PDF, MMR_MIL, "Sat", "Monywa", 5),
   E("NVT", AA, MMR_MIL, "Sun", "Sittwe")],
  trap="including-subset;same-place-different-actors;transfer;hedged")

R("""
Gunmen burst into a bar in the central Mexican city of Celaya on Friday night and opened fire on customers, killing six people and wounding four, state prosecutors said.

The attackers arrived in two vehicles and fled before police arrived. No arrests have been made. Guanajuato state has for years been disputed by the Jalisco New Generation Cartel and a local gang, and has recorded more homicides than any other Mexican state since 2019.

On Saturday, around 200 relatives of missing people marched through the centre of Celaya carrying photographs of their loved ones and demanding that authorities step up searches.

"We are looking for our children ourselves, with shovels, because nobody else does it," said one mother who has searched for her son since 2020.

Federal authorities deployed additional National Guard units to the state in 2023, but the violence has continued. Local business owners say many bars and restaurants in the city now close before dark, and several have shut down altogether after receiving extortion demands.
""", "2024-05-12", "Mexico",
  [E("ATT", UAG("Mexico"), CIV("Mexico"), "Fri", "Celaya", 6, 4),
   E("PP", PROT("Mexico"), None, "Sat", "Celaya")],
  trap="two-days;protest-number-not-casualty;background-years;negation")

R("""
Six fighters were killed on Tuesday in clashes between the National Liberation Army (ELN) and FARC dissidents in the Colombian department of Arauca, the human rights ombudsman's office said, and dozens of families fled their homes.

The fighting took place in rural areas on the outskirts of Arauca city, near the border with Venezuela, according to the office, which said the bodies of four ELN members and two dissidents had been recovered.

On Wednesday, ELN guerrillas kidnapped an engineer working for an oil company on a road outside Arauca, his employer said. The company called for his immediate release.

"Families are sleeping in the school because they are afraid to go back," said a community leader.

The FARC signed a peace agreement with the government in 2016 and disarmed, but factions that rejected the deal have since regrouped. The ELN opened peace talks with the government of President Gustavo Petro in 2022, and the two sides agreed a ceasefire in 2023 that has since expired. Arauca has been one of the most violent regions of the country since the two groups fell out in early 2022.
""", "2024-02-08", "Colombia",
  [E("AC", ELN, FARC_D, "Tue", "Arauca", 6), E("ABD", ELN, CIV("Colombia"), "Wed", "Arauca")],
  trap="sum-parts;two-days;background-years;agreement-in-background")

R("""
At least seven people were killed on Tuesday as protests against proposed tax increases swept across Kenya, five in Nairobi and two in Kisumu, a coalition of rights groups said.

In Nairobi, police fired live rounds at demonstrators who tried to march towards parliament, killing five, according to the coalition. Dozens of people were treated for gunshot wounds and tear gas inhalation. Police said officers had acted in self-defence, a claim the rights groups rejected.

In the western city of Kisumu, protesters burned tyres, blocked roads and threw stones at police, who responded with tear gas and gunfire. Two people were killed.

In the coastal city of Mombasa, several thousand people marched peacefully through the city centre and dispersed in the evening without incident.

"We are not criminals. We just want to be heard," said a 24-year-old student in Nairobi.

The finance bill has united young Kenyans across ethnic lines in a way that earlier protest movements, such as those after the disputed elections of 2007 and 2017, did not. More than 1,000 people were killed in the violence that followed the 2007 vote.
""", "2024-06-26", "Kenya",
  [E("EF", PROT("Kenya"), KEN_POL, "Tue", "Nairobi", 5, 12), E("VD", RIOT("Kenya"), KEN_POL, "Tue", "Kisumu", 2),
   E("PP", PROT("Kenya"), None, "Tue", "Mombasa")],
  trap="lead-total-sum;three-locations;dozens;background-totals;hedged")

R("""
Hundreds of thousands of people marched across France on Thursday against the government's pension reform, and clashes broke out in several cities, including Nantes.

In Paris, a huge procession moved peacefully from Place de la Bastille to Place de l'Opera in the afternoon, with unions putting the turnout in the capital at 800,000 and the police at 119,000.

In Nantes, groups of masked protesters smashed bank windows, set fire to bins and threw projectiles at riot police, who responded with tear gas and water cannon. Fourteen officers were slightly injured, the interior ministry said, and 32 people were detained.

"I have marched every Thursday since January. Today I saw more anger than ever," said a teacher in Paris.

The reform, which raises the minimum retirement age from 62 to 64, has faced 10 days of nationwide protest since January. In 2010, a previous pension reform that raised the age from 60 to 62 also triggered weeks of strikes and demonstrations.
""", "2023-03-24", "France",
  [E("PP", PROT("France"), None, "Thu", "Paris"), E("VD", RIOT("France"), FRA_POL, "Thu", "Nantes", 0, 14)],
  trap="crowd-numbers-not-casualties;riot;injuries-only;background-years")

R("""
A military drone strike hit a minibus near Dessie in Ethiopia's Amhara region on Monday, killing 12 civilians, a health worker and two residents said, as fighting between the army and the Fano militia intensified.

The minibus was carrying traders to a weekly market when it was hit on a road outside the town. Four other passengers were wounded and taken to Dessie's referral hospital, the health worker said.

Also on Monday, Fano fighters took control of a town near Gondar after an overnight battle with federal forces and were still holding it on Tuesday, residents said. There was no information on casualties.

A government spokesman said the armed forces were "taking measures to restore law and order" and accused Fano of attacking civilians.

Fano, a loosely organised militia, fought alongside the federal army against Tigrayan forces in the war of 2020 to 2022, but turned against the government after it moved to disband regional forces in April 2023. A state of emergency was declared in the region in August 2023.
""", "2023-09-12", "Ethiopia",
  [E("AIR", ETH_MIL, CIV("Ethiopia"), "Mon", "Dessie", 12, 4), E("NSO", FANO, ETH_MIL, "Mon", "Gondar")],
  trap="territory;negation;hedged;background-years")

R("""
Gangs attacked a police station in downtown Port-au-Prince and raided a neighbourhood on the edge of the capital on Sunday, killing at least 12 people, officials and residents said.

Four gang members and one police officer were killed in a gun battle that lasted several hours around the station, the national police said. The station was partly burned.

In Croix-des-Bouquets, east of the capital, members of the 400 Mawozo gang went from house to house, shooting seven residents dead, a local human rights group said. Several homes were set on fire.

On Monday, gunmen looted a hospital in the capital's centre, taking medicines, beds and generators, according to the health ministry. Staff and patients had been evacuated days earlier.

"We have nowhere left to go. The gangs are everywhere," said a woman who fled Croix-des-Bouquets with her three children.

Haiti has been without an elected president since the assassination of Jovenel Moise in July 2021. A Kenyan-led multinational police mission authorised by the UN in 2023 began deploying in 2024.
""", "2024-03-12", "Haiti",
  [E("AC", "Unidentified Gang (Haiti)", HTI_POL, "Sun", "Port-au-Prince", 5),
   E("ATT", MAWOZO, CIV("Haiti"), "Sun", "Croix-des-Bouquets", 7),
   E("LOOT", "Unidentified Gang (Haiti)", CIV("Haiti"), "Mon", "Port-au-Prince")],
  trap="lead-total-sum;hierarchy;two-days;background-years")

R("""
Islamic State insurgents beheaded five villagers near Mocimboa da Praia in Mozambique's Cabo Delgado province on Tuesday, residents and a local official said.

The insurgents arrived at dawn, accused the men of collaborating with the army and killed them in front of their families before burning about 20 houses, the official said. Hundreds of people fled towards the town.

On Wednesday, Mozambican troops clashed with a group of insurgents near Montepuez, killing four of them, the defence ministry said. It did not report any losses among its soldiers.

The Islamic State claimed both incidents in statements published on its channels, but gave higher figures for the number of soldiers killed.

The insurgency in Cabo Delgado began in October 2017 with an attack on police stations in Mocimboa da Praia. In 2021, the insurgents attacked the town of Palma, killing dozens of people, and Rwanda and southern African countries sent troops to help the Mozambican army.
""", "2024-02-16", "Mozambique",
  [E("ATT", IS_MOZ, CIV("Mozambique"), "Tue", "Mocimboa da Praia", 5),
   E("AC", MOZ_MIL, IS_MOZ, "Wed", "Montepuez", 4)],
  trap="hierarchy;conflicting-claims;background-years;number-not-casualty")

R("""
OUAGADOUGOU, May 28 (Synthetic Wire) -- Dozens of soldiers and volunteer fighters were killed when jihadists attacked an army base in Djibo in northern Burkina Faso on Saturday, security sources said, in one of the deadliest attacks on the army this year.

Hundreds of fighters of the al Qaeda-linked JNIM arrived on motorcycles and pickup trucks and attacked the base from several directions, the sources said. The fighting lasted most of the day before air support arrived.

On Sunday, an army drone struck a weekly market near Fada N'gourma in the east of the country, killing at least nine people, residents said. The army said in a statement that the strike had targeted "a gathering of terrorists".

The government, which does not usually publish casualty figures, said "the enemy suffered heavy losses".

Burkina Faso's military leaders seized power in two coups in 2022, promising to restore security. More than two million people have been displaced by the violence since 2015, and jihadists control or contest large parts of the country.
""", "2024-05-28", "Burkina Faso",
  [E("AC", JNIM, BFA_MIL, "Sat", "Djibo", 12, assoc2=VDP),
   E("AIR", BFA_MIL, CIV("Burkina Faso"), "Sun", "Fada N'gourma", 9)],
  trap="dateline-not-location;dozens;hedged;vague-heavy-losses;background-totals")

R("""
Four Iraqi soldiers were killed when Islamic State militants attacked an army post in Kirkuk province late on Sunday, security officials said.

The militants used machine guns and sniper rifles against the post in a desert area south-west of Kirkuk city, a police officer said. Reinforcements were sent and the attackers withdrew towards the Hamrin mountains. A search operation was under way on Monday, the officer added.

Also on Sunday, a Turkish drone struck a vehicle in the countryside near Erbil, the capital of the Kurdistan region. Kurdish officials said the vehicle belonged to the PKK and that there were no casualties.

On Monday, hundreds of graduates demonstrated peacefully outside the oil ministry in Baghdad to demand government jobs.

Iraq declared victory over the Islamic State in 2017 after a three-year war, but cells of the group remain active in rural areas of Kirkuk, Diyala and Salahuddin provinces, where they regularly attack security forces.
""", "2023-12-19", "Iraq",
  [E("AC", IS_IRQ, IRQ_MIL, "Sun", "Kirkuk", 4), E("AIR", TUR_MIL, PKK, "Sun", "Erbil"),
   E("PP", PROT("Iraq"), None, "Mon", "Baghdad")],
  trap="negation;three-types;background-years")

R("""
An Israeli drone strike on a car near Tyre in southern Lebanon killed two Hezbollah members on Wednesday, security sources said, as Israeli artillery shelled the outskirts of the city.

The strike hit the car on a coastal road just outside Tyre in the early afternoon. Hezbollah announced the deaths of two of its fighters without saying where they had been killed. Witnesses said the car caught fire and that ambulances took the bodies to a hospital in the city. Israeli shells fell on open land nearby later in the day, causing no casualties.

In Beirut's southern suburbs, thousands of supporters of the group took part in a rally on Wednesday evening in solidarity with Gaza.

"The resistance will continue as long as the aggression continues," a Hezbollah official told the crowd.

Hezbollah and Israel have exchanged fire almost daily since October 2023. The two sides fought a month-long war in 2006 that killed about 1,200 people in Lebanon and 160 in Israel.
""", "2024-02-08", "Lebanon",
  [E("AIR", ISR_MIL, HEZB, "Wed", "Tyre", 2), E("PP", PROT("Lebanon"), None, "Wed", "Beirut", assoc=HEZB)],
  trap="hierarchy-shelling-in-airstrike;negation;background-totals")

R("""
Gunmen killed 12 villagers and abducted about 40 others in a raid on a village near Kaura Namoda in Nigeria's Zamfara State on Wednesday, residents and a local official said.

The attackers, locally known as bandits, arrived on dozens of motorcycles in the late afternoon, shooting sporadically, looting shops and herding residents into the bush, the official said. Among those taken were women and children. Residents said the gunmen had demanded protection payments from the village weeks before the attack and returned when the money was not paid.

On Thursday, air force jets struck a bandit camp in a forest near Gusau, the state capital, killing dozens of gunmen, a military spokesman said.

On Friday, relatives of the abducted villagers blocked the highway to Gusau for several hours, demanding that the government rescue their families.

Banditry in north-western Nigeria grew out of conflicts between herders and farmers and has become a lucrative kidnapping industry. In 2021, gunmen abducted 279 schoolgirls from a school in Zamfara; they were later released.
""", "2024-05-11", NG,
  [E("ATT", UAG(NG), CIV(NG), "Wed", "Kaura Namoda", 12),
   E("AIR", NGA_MIL, UAG(NG), "Thu", "Gusau", 12),
   E("PP", PROT(NG), None, "Fri", "Gusau")],
  trap="hierarchy-attack-over-abduction;dozens;three-days;background-years")

R("""
Leaders of a faction of the CODECO militia signed a peace agreement with the provincial government of Ituri in Bunia on Saturday, but two days later militiamen attacked a village near the city, killing six people.

Under the deal, signed at the provincial governor's residence, the faction committed to stop attacks, free hostages and send its fighters to demobilisation camps. Traditional leaders and representatives of the UN mission attended the ceremony.

On Monday evening, armed men identified by residents as CODECO members attacked a village about 20 kilometres from Bunia, killing six civilians with machetes and guns and burning houses, a civil society leader said. It was not clear whether the attackers belonged to the faction that signed the deal.

"Every time they sign, we hope. And every time we bury our people," the civil society leader said.

CODECO, a loose association of militias drawn mostly from the Lendu community, has been blamed for hundreds of killings in Ituri since 2017. Previous peace deals signed in 2020 and 2022 did not hold.
""", "2024-04-23", CD,
  [E("AGR", "Government of the Democratic Republic of Congo (2019-)", CODECO, "Sat", "Bunia"),
   E("ATT", CODECO, CIV(CD), "Mon", "Bunia", 6)],
  trap="agreement;two-days;hedged;background-years")

R("""
Two people were killed and nine injured when a Ukrainian drone hit a residential street in the Russian city of Belgorod on Saturday, the regional governor said.

The drone struck near a bus stop in the city centre in the morning, damaging several cars and shop windows. Among the injured were two children. Schools in the city switched to online classes for the following week, the city administration said, and residents were urged to stay close to shelters.

Russia's defence ministry said air defences destroyed six Ukrainian drones over the Kursk region the same day. No damage or casualties were reported there.

In Moscow, police detained 21 people on Sunday who tried to gather near the Kremlin to call for the return of mobilised soldiers from the front, a rights monitoring group said.

Belgorod, about 40 kilometres from the border, has been hit repeatedly since 2022. In December 2023, a missile and drone attack on the city killed 25 people, according to Russian officials.
""", "2024-03-11", "Russia",
  [E("AIR", UKR_MIL, CIV("Russia"), "Sat", "Belgorod", 2, 9), E("DWU", RUS_MIL, UKR_MIL, "Sat", "Kursk"),
   E("PI", PROT("Russia"), "Police Forces of Russia (2000-)", "Sun", "Moscow")],
  trap="intercepted;number-not-casualty;background-totals;including-subset")

R("""
Three Kenyan police officers were killed when their vehicle hit a roadside bomb near Mandera on Monday, police said, blaming Al Shabaab militants from neighbouring Somalia.

The officers were escorting a water truck on a road leading to the border when the device exploded. Two other officers were seriously wounded and airlifted to Nairobi for treatment.

On Tuesday, the Kenya Defence Forces said they had established a new forward operating base in Lamu County to protect construction workers and travellers on the coastal highway, where militants have staged repeated ambushes.

"The threat is real, but we will not abandon these roads," a regional police commander told reporters in Mandera.

Al Shabaab has carried out attacks in Kenya since Kenyan troops entered Somalia in 2011. In 2013, gunmen from the group killed 67 people at a Nairobi shopping mall, and in 2015 they killed 148 people, most of them students, at a university in Garissa.
""", "2024-05-22", "Kenya",
  [E("IED", SHABAAB, KEN_POL, "Mon", "Mandera", 3, 2), E("HQ", KEN_MIL, None, "Tue", "Lamu")],
  trap="base-established;background-totals;background-years")

R("""
NIAMEY, Aug 20 (Synthetic Wire) -- Seventeen Nigerien soldiers were killed and about 20 wounded when jihadists ambushed an army convoy near Tillaberi in western Niger on Tuesday, the defence ministry said.

The convoy was travelling between two military posts when it came under attack from "more than a hundred terrorists" on motorcycles, the ministry said in a statement read on state television. It said more than 20 assailants had been "neutralised" as the troops fought back.

On Saturday, thousands of people rallied peacefully in a stadium in Niamey in support of the military leaders who seized power in July 2023, waving Nigerien and Russian flags.

"We are ready to defend our country," said a 30-year-old trader at the rally.

Niger's military government has cut military ties with France and the United States since the coup, and turned to Russia for support. The Tillaberi region, near the borders with Mali and Burkina Faso, has been the scene of frequent attacks by jihadist groups linked to al Qaeda and the Islamic State since 2017.
""", "2024-08-20", "Niger",
  [E("AC", UAG("Niger"), NER_MIL, "Tue", "Tillaberi", 37, 20), E("PP", PROT("Niger"), None, "Sat", "Niamey")],
  trap="dateline-not-location;sum-parts;more-than;about;hedged;background-years")

R("""
Armed separatists abducted six students from a secondary school in Bamenda, the main city of Cameroon's North-West region, on Monday, school officials said.

The gunmen entered the school compound during morning classes, fired into the air and took the students and a teacher's assistant away on motorcycles, a school official said. A separatist group later said in a video that the school had ignored its order to stay closed.

On Tuesday, the army said it had killed four separatist fighters in a raid on their camp in the forest near Buea, in the South-West region, and recovered weapons. One soldier was wounded, it said.

"Our children only want to learn. Why are they paying for this war?" said a parent outside the school.

The conflict in Cameroon's English-speaking regions began in 2017 after the government cracked down on protests by lawyers and teachers in 2016. Separatists have since attacked schools that stay open, and thousands of people have been killed.
""", "2024-01-17", "Cameroon",
  [E("ABD", AMBA, CIV("Cameroon"), "Mon", "Bamenda"), E("AC", CMR_MIL, AMBA, "Tue", "Buea", 4, 1)],
  trap="number-not-casualty;two-days;background-years")

R("""
Nine people, including three civilians, were killed on Monday night in clashes between two armed groups in the Libyan capital Tripoli, the health ministry said. A further 21 people were injured.

The fighting erupted in the south of the city after a dispute between two militias over control of a checkpoint, residents said. Heavy machine-gun fire could be heard for several hours, and flights at the capital's only functioning airport were diverted to Misrata.

On Tuesday, the two groups agreed to a ceasefire mediated by a council of elders and the Government of National Unity, and withdrew their fighters from the area, the government said in a statement.

"We stayed on the floor of the corridor all night with the children," said a resident of the neighbourhood.

Libya has been divided between rival administrations in the east and west since 2014. A ceasefire signed in October 2020 ended a year-long offensive on Tripoli by eastern forces, but armed groups in the capital still clash periodically over territory and influence.
""", "2023-08-16", "Libya",
  [E("AC", UAG("Libya"), UAG("Libya"), "Mon", "Tripoli", 9, 21),
   E("AGR", UAG("Libya"), UAG("Libya"), "Tue", "Tripoli")],
  trap="including-subset;civilians-in-battle;agreement;background-agreement")

R("""
Imphal, June 15 -- Armed mobs set fire to dozens of houses in a village near Churachandpur in India's north-eastern state of Manipur on Wednesday, police said, as ethnic violence flared again.

No one was hurt in the arson, as the residents had fled to relief camps weeks earlier, a police officer said.

Also on Wednesday, gunmen from the Meitei and Kuki communities exchanged fire for several hours in the foothills south of Imphal, the state capital. Three people were killed, including a village volunteer, police said.

Authorities extended a curfew in several districts and suspended mobile internet services for another five days.

"Every night we hear gunfire from the hills," said a woman sheltering in a relief camp in Imphal.

Violence between the Meitei majority and the Kuki-Zo community erupted in May 2023 over a demand for affirmative action benefits. More than 200 people have been killed and about 60,000 displaced since then, according to official figures.
""", "2024-06-15", "India",
  [E("MV", RIOT("India"), CIV("India"), "Wed", "Churachandpur"),
   E("AC", "Meitei Ethnic Militia (India)", "Kuki Ethnic Militia (India)", "Wed", "Imphal", 3)],
  trap="negation;dozens-not-casualty;dateline-not-location;background-totals")

R("""
DHAKA, July 19 (Synthetic Wire) -- At least 11 people were killed in Dhaka on Thursday when police opened fire on students protesting against quotas in government jobs, hospital officials said, in the deadliest day of a weeks-long movement.

Police fired rubber bullets, tear gas and live ammunition to disperse crowds that had blocked roads in several parts of the capital, witnesses said. More than 100 people were treated for injuries at the main hospital.

On Friday, police arrested two senior leaders of the opposition Bangladesh Nationalist Party at their homes in Dhaka, accusing them of inciting violence, the party said.

"They are shooting at students. What kind of government does that?" said a 21-year-old university student.

The protests began in early July after a court reinstated a quota system reserving a third of civil service jobs for the descendants of veterans of the 1971 independence war. A similar movement in 2018 led the government to scrap the quotas.
""", "2024-07-19", "Bangladesh",
  [E("EF", PROT("Bangladesh"), "Police Forces of Bangladesh (2009-2024)", "Thu", "Dhaka", 11, 100),
   E("ARR", "Police Forces of Bangladesh (2009-2024)", CIV("Bangladesh"), "Fri", "Dhaka")],
  trap="excessive-force;at-least;more-than;arrest;background-years")

R("""
Georgian police used water cannon and pepper spray to break up a protest outside parliament in Tbilisi late on Thursday and detained 20 people, the interior ministry said.

Thousands of demonstrators had gathered to oppose a bill on "foreign influence" that critics say copies a Russian law used to silence opponents. Some protesters tried to block the entrance to the parliament building, and police moved in shortly before midnight. Several people were treated for the effects of pepper spray, the ombudsman's office said.

On Friday evening, tens of thousands of people marched peacefully from Republic Square to parliament, waving Georgian and European Union flags. The march ended without incident.

"This is not about one law. It is about whether we go to Europe or back to Moscow," said a 19-year-old student.

Parliament withdrew a similar bill in March 2023 after mass protests. Georgia was granted EU candidate status in December 2023.
""", "2024-04-20", "Georgia",
  [E("PI", PROT("Georgia"), "Police Forces of Georgia (2012-)", "Thu", "Tbilisi", 0, 3),
   E("PP", PROT("Georgia"), None, "Fri", "Tbilisi")],
  trap="protest;two-days;number-not-casualty;vague-several-injuries;background-years")

# --- distractor reports: no event to code --------------------------------------------------------------------
R("""
Stars shoot down Rangers in Maiduguri thriller

Sahel Stars came from behind to beat Lake City Rangers 3-1 in Maiduguri on Sunday, with their young striker scoring twice in the second half.

The visitors took the lead after 20 minutes when their captain fired a low shot past the goalkeeper following a swift counter-attack down the left. For the rest of the first half the home side laid siege to the Rangers goal but could not find a way through.

After the break, the Stars' coach sent on an extra attacker and the pressure finally told. The equaliser came from a header at the far post, and ten minutes later the striker struck again with a volley from the edge of the area. A late penalty killed off the game.

"We attacked from the first minute to the last. The boys never gave up," the coach said after the match.

The win lifts the Stars to third in the league table, two points behind the leaders, with four games left in the season. Rangers, who were relegated in 2019 and promoted again last year, remain in the bottom half.
""", "2024-04-15", NG, [], trap="distractor-sport;violent-words")

R("""
Floods kill 31 in central Somalia as river bursts its banks

At least 31 people have died and more than 200,000 have been forced from their homes after the Shabelle river burst its banks in central Somalia, officials said on Thursday.

Most of the deaths occurred in and around Beledweyne, where water submerged entire neighbourhoods overnight. Several of the victims were children who drowned while trying to cross flooded roads, a local official said.

The army deployed boats and trucks to evacuate residents to higher ground, and aid agencies warned of the risk of cholera in crowded camps.

"We lost everything: the house, the goats, the harvest," said a farmer sheltering with his family in a school.

The region suffered similar floods in 2019 and 2023. Aid agencies say that access to some flooded villages is difficult because of insecurity, as parts of the countryside are controlled by Al Shabaab militants.
""", "2024-05-02", SO, [], trap="distractor-disaster;army-word;armed-group-named")

R("""
Tanker explosion kills 30 on highway near Makurdi

At least 30 people were killed when a fuel tanker overturned and exploded on a highway near Makurdi in Nigeria's Benue State on Tuesday night, the Federal Road Safety Corps said.

The tanker lost control on a bend and crashed into several vehicles waiting at a checkpoint, causing a fireball that engulfed cars and nearby shops. Many of the victims were burned beyond recognition, and 18 others were taken to hospital with severe injuries. Traffic on the road, a main route between the north and the south of the country, was blocked until Wednesday afternoon while firefighters cleared the wreckage.

"The explosion was so loud that we thought the town was under attack," said a trader who lives near the road.

Tanker accidents are frequent in Nigeria, where most fuel is transported by road. In 2019, a tanker explosion in the same state killed more than 50 people who had gathered to scoop fuel.
""", "2024-09-18", NG, [], trap="distractor-accident;explosion-word;attack-word")

R("""
NAIROBI, Oct 3 (Synthetic Wire) -- A Nairobi court on Tuesday sentenced two men to 30 years in prison for the murder of a businessman who was shot dead outside his home in 2021.

The judge said the prosecution had proved that the two men, who were arrested weeks after the killing, had been paid to kill the victim over a land dispute. A third suspect was acquitted for lack of evidence.

The businessman was shot four times as he arrived home in the evening, and his driver was wounded in the attack. Police initially suspected a robbery, but investigators later traced calls between the two men and a relative of the victim who was involved in a long-running dispute over a plot of land on the outskirts of the city.

"Justice has taken too long, but today it has come," the victim's widow told reporters outside the court.

Defence lawyers said they would appeal the conviction. Kenya's courts have faced criticism for long delays, with some murder trials lasting more than five years.
""", "2023-10-03", "Kenya", [], trap="distractor-crime;background;arrest-word")

R("""
African Union leaders meeting in Addis Ababa on Sunday called for an immediate ceasefire in Sudan and urged the warring parties to allow aid to reach millions of people facing hunger.

In a final statement after the two-day summit, the leaders said they were "gravely concerned" by reports of mass killings in Darfur and by the spread of fighting to new regions. They agreed to set up a high-level panel to coordinate mediation efforts with the UN and regional organisations.

Sudan's army and the Rapid Support Forces have been at war since April 2023. The conflict has killed tens of thousands of people and displaced more than ten million, according to the UN.

"Africa cannot watch while Sudan burns," the chairperson of the AU commission told the opening session.

The summit also discussed the crisis in eastern Congo and the withdrawal of regional troops from Somalia. Several leaders called for more African funding for peace operations, which rely heavily on outside donors.
""", "2024-02-18", "Ethiopia", [], trap="distractor-diplomacy;background-totals;agreement-word")

R("""
One year after the Christmas Eve massacre, Plateau villagers still wait for justice

JOS, Nigeria -- A year after gunmen killed more than 100 people in a string of villages near Jos on Christmas Eve, survivors say they are still living in camps and that nobody has been brought to justice.

The attackers came at night, burning houses and shooting people as they fled, residents recall. Many of the dead were buried in mass graves a few days later.

This week, families gathered at the graves to pray and lay flowers. "We remember them every day, not only at Christmas," said a woman who lost her husband and two sons in the attack.

The state government promised to rebuild the villages and to prosecute those responsible, but residents say little has changed. Police said last year that several suspects had been arrested, but no trial has begun.

Plateau State has seen repeated cycles of violence between farming and herding communities since 2001, when riots in Jos killed about 1,000 people.
""", "2024-12-24", NG, [], trap="distractor-background;anniversary")

R("""
Analysis: How drones changed the war in Ukraine

Two years ago, drones were a supporting tool on the battlefields of Ukraine. Today they cause a large share of the casualties on both sides of the front, analysts say.

Ukraine says it plans to produce more than a million small drones this year, while Russia has expanded the production of Shahed-type drones designed in Iran. In some months of 2024, Russia launched more than 4,000 long-range drones against Ukrainian cities, according to Ukrainian air force figures, most of which were shot down.

Cheap first-person-view drones, guided by operators wearing goggles, now hunt individual soldiers and vehicles, and commanders on both sides say that moving near the front in daylight has become almost impossible.

"The drone is the new artillery," said a military analyst at a European think tank. "Whoever produces more, and adapts faster, has the advantage."

Electronic warfare has become the main defence, and both armies are experimenting with drones that cannot be jammed. Some experts warn that the lessons of Ukraine will shape wars elsewhere for decades.
""", "2024-11-20", "Ukraine", [], trap="distractor-commentary;statistics")

# --- reports without a publication date: a caption date, explicit dates, or none at all --------------------
R("""
Mortar attack kills five at Beledweyne market

Smoke rises over the main market of Beledweyne, Somalia, after a mortar attack, Aug. 12, 2023. (Synthetic Photo)

Five people were killed and 14 wounded when mortar shells hit the main market of Beledweyne in central Somalia on Saturday, a local official said.

Four shells were fired from the outskirts of the town in the late morning, when the market was at its busiest, the official said. Two of the dead were women selling vegetables. Al Shabaab said in a statement that it had targeted "apostate forces" in the town.

"We ran in all directions. The shells kept falling for about ten minutes," said a shopkeeper who was wounded in the arm.

The government, supported by clan militias, launched an offensive against Al Shabaab in the Hiraan region in 2022 and recaptured dozens of villages. The militants have since responded with bombings and mortar attacks on towns held by the government, including a truck bombing in Beledweyne in 2022 that killed at least 20 people.
""", None, SO,
  [E("SH", SHABAAB, CIV(SO), "2023-08-12", "Beledweyne", 5, 14)],
  trap="no-published;caption-date;background-totals;number-not-casualty")

R("""
Fierce clashes erupted on Tuesday between the Myanmar army and the Arakan Army on the edge of Sittwe, Rakhine State's capital, residents and the group said.

Seven fighters were killed on both sides during several hours of fighting near a military base north of the city, the Arakan Army said in a statement. The military did not comment.

Later on Tuesday, a military aircraft bombed a village near Sittwe, killing three civilians, including a child, and injuring five others, a village administrator said.

"We hid in a bunker under the house with the children until the evening," a resident said by phone.

The Arakan Army ended a ceasefire with the military in November 2023 and has since taken control of most of Rakhine State. Sittwe, home to a large military presence and hundreds of thousands of residents, has been cut off by road for months, and food prices have risen sharply.
""", None, "Myanmar",
  [E("AC", AA, MMR_MIL, "Tue", "Sittwe", 7), E("AIR", MMR_MIL, CIV("Myanmar"), "Tue", "Sittwe", 3, 5)],
  trap="no-published;relative-date-unresolvable;including-subset;same-place-different-actors;background-years")

R("""
On 5 May 2024, FARC dissidents attacked a police station in Popayan, the capital of Colombia's Cauca department, with rifles and explosives, killing two police officers and wounding four, the police said.

The attack began shortly after midnight and lasted about an hour, the police said. A civilian woman living next to the station was also wounded. The dissident faction, which rejected the 2016 peace agreement, said in a statement that the attack was a response to military operations in the mountains south of the city.

On 6 May, hundreds of residents marched peacefully through the centre of Popayan to demand an end to the violence.

"We are tired of living between the armed groups and the army," said a teacher who took part in the march.

Cauca has been among the regions most affected by armed violence since the peace agreement, as dissident groups, the ELN and drug trafficking organisations compete for control of coca-growing areas and smuggling routes. In 2023, the government suspended a ceasefire with the largest dissident faction in the department after an attack on indigenous leaders.
""", None, "Colombia",
  [E("AC", FARC_D, COL_POL, "2024-05-05", "Popayan", 2, 5), E("PP", PROT("Colombia"), None, "2024-05-06", "Popayan")],
  trap="no-published;explicit-date;two-days;agreement-in-background;background-years")

# --- counting traps in reports: splitting, ranges, conflicting claims, numbers in words -------------------
R("""
Fighting between herders and farmers in villages near Makurdi, the capital of Nigeria's Benue State, killed 12 people between Friday and Sunday, police said on Monday, without giving a breakdown by day.

The violence began on Friday when armed herders attacked farmers preparing their fields for the planting season, according to a police spokeswoman. Farming communities retaliated on Saturday and the clashes continued into Sunday, when police and soldiers were deployed to the area.

"We have restored calm, and patrols will continue," the spokeswoman said. She said 17 suspects had been arrested.

Thousands of villagers fled to Makurdi and were sheltering in schools and churches on Monday, a local aid worker said.

Clashes over land and water between mostly Muslim herders and mostly Christian farmers have killed thousands of people in central Nigeria since 2009. In 2018, more than 70 people were killed in a series of attacks in Benue on New Year's Day.
""", "2024-04-29", NG,
  [E("AC", "Fulani Ethnic Militia (Nigeria)", "Tiv Ethnic Militia (Nigeria)", "Fri", "Makurdi", 4, split=True),
   E("AC", "Fulani Ethnic Militia (Nigeria)", "Tiv Ethnic Militia (Nigeria)", "Sat", "Makurdi", 4, split=True),
   E("AC", "Fulani Ethnic Militia (Nigeria)", "Tiv Ethnic Militia (Nigeria)", "Sun", "Makurdi", 4, split=True)],
  trap="split-over-days;number-not-casualty;background-totals")

R("""
Between 30 and 40 people were killed when drones struck a crowded market in El Obeid, in Sudan's North Kordofan state, on Sunday, medics said, in one of the deadliest attacks on the city since the war began.

The strike hit the cattle market in the morning, when traders from surrounding villages had gathered. Tens of others were wounded, and the city's main hospital was overwhelmed, a doctor said.

The army, which holds El Obeid, blamed the paramilitary Rapid Support Forces, whose fighters have besieged the city for months. The RSF did not comment.

"There were bodies everywhere, and people were carrying the wounded on donkey carts," said a trader who survived.

The RSF has increasingly used long-range drones against army-held cities since 2024. The war, which broke out in April 2023 over plans to merge the two forces, has displaced more than ten million people, according to the United Nations.
""", "2024-09-16", SD,
  [E("AIR", RSF, CIV(SD), "Sun", "El Obeid", 30, 10, low=30, high=40)],
  trap="range;vague-tens;hedged;background-totals")

R("""
An explosion at an army checkpoint on the outskirts of Kismayo on Tuesday caused casualties among soldiers, officials in the southern Somali port city said, without giving figures.

Al Shabaab said in a statement that its fighters had detonated a bomb as a military vehicle stopped at the checkpoint and claimed to have killed nine soldiers. A regional army commander said two soldiers had been wounded and that nobody was killed.

The checkpoint, on the main road leading north from the city, has been attacked several times this year.

"The militants always exaggerate. The wounded are in hospital and their condition is stable," the commander told a local radio station.

Kismayo is controlled by the Jubaland regional administration, whose forces are supported by African Union troops. Al Shabaab controls much of the countryside of the Lower Juba region and has fought for control of the city since it lost it in 2012.
""", "2024-07-03", SO,
  [E("IED", SHABAAB, SOM_MIL, "Tue", "Kismayo", 0, 2, low=0, high=9)],
  trap="casualties-zero;conflicting-lowest;negation;background-years")

R("""
Twenty-three people were killed in jihadist attacks in three towns in northern Burkina Faso on Sunday, eleven of them in Djibo, eight in Dori and four near Kaya, security sources said.

In Djibo, gunmen fired on residents collecting water outside the town, which has been under blockade for more than a year. In Dori, attackers on motorcycles raided a livestock market, killing eight traders. Near Kaya, four members of a family were killed when their vehicle was ambushed on a rural road.

No group claimed the attacks, but the al Qaeda-linked JNIM is active in all three areas, the sources said. The army did not comment.

"We no longer leave the town. Every road is a risk," a resident of Dori said by phone.

Burkina Faso has been fighting jihadist groups since 2015. The violence has killed more than 20,000 people and displaced over two million, according to aid groups and monitoring organisations.
""", "2023-11-27", "Burkina Faso",
  [E("ATT", UAG("Burkina Faso"), CIV("Burkina Faso"), "Sun", "Djibo", 11),
   E("ATT", UAG("Burkina Faso"), CIV("Burkina Faso"), "Sun", "Dori", 8),
   E("ATT", UAG("Burkina Faso"), CIV("Burkina Faso"), "Sun", "Kaya", 4)],
  trap="lead-total-sum;words-number;three-locations;hedged;background-totals")
