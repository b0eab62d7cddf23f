# ruff: noqa
"""The AMALGUM Wikinews attack reports of the pool (gucorpling/amalgum, amalgum/news/xml/), their
text as the XML's tokens give it, joined by hand (CC BY 2.5, Wikinews). Paragraphs kept whole;
a few paragraphs of quotation only left out, as the SOURCE.md says."""

ARTICLES = [
    (
        "https://en.wikinews.org/wiki/30_dead_in_Baghdad_bomb_blasts,_hundreds_of_people_injured",
        "2010-04-04",
        "30 dead in Baghdad bomb blasts, hundreds of people injured",
        [
            "Sunday, April 4, 2010",
            "Three car bombs were detonated in Baghdad, the capital of Iraq on Sunday morning, killing 30 people. The attacks were aimed at foreign embassies, according to sources. 224 people were wounded in the bombings which occurred in quick succession according to officials.",
            '"They were suicide attacks against the Egyptian and Iranian embassies," commented Major General Qassim Atta, who is the spokesperson for the Baghdad operations of the Iraqi security agencies. According to him, one of the attacks were at a junction close to the German and Syrian embassies. The German foreign ministry officials claimed that an security guard of Iraq was killed while three others were injured. The head of the Egyptian embassy\'s security was killed and several guards were wounded in the blast.',
            "Atta stated that Iraqi security agencies had barred a car with a bomb in Masbah, central Baghdad. The car was allegedly to be used to attack the headquarters of security police, whose work was to protect embassy officials. The bomb was defused and the driver of the car arrested by security forces.",
            "The explosions which occurred almost simultaneously broke windows in adjoining buildings, sparked exchange of gunfire between the security personnel and the attacker, thereby sending smoke clouds in the sky. Two suicide car bombs were detonated in the neighbourhood of Mansur in west Baghdad while a third explosion occurred close to the Iranian embassy in the city. No group has yet claimed responsibility for the attacks.",
            "The frequency of attacks in Iraq has fallen from the levels in 2006 or 2007; however figures issued on Thursday showed that last month, 367 Iraqis had been killed in attacks, the highest this year.",
        ],
    ),
    (
        "https://en.wikinews.org/wiki/Car_bombings_near_Iraq_government_offices_kill_at_least_130",
        "2009-10-25",
        "Car bombings near Iraq government offices kill at least 130",
        [
            "Sunday, October 25, 2009",
            "At least 132 people were killed on Sunday after two car bombings struck the Iraqi capital of Baghdad. Over 500 were hurt in the attacks, which were the worst to strike the country in over two years.",
            "The attacks occurred at the Justice Ministry building and a provincial government office close to the high-security Green Zone part of the city. The explosions came during rush hour, at 10.30 local time (07.30 UTC).",
            "Sources gave conflicting reports as to whether suicide bombers were involved in the attacks, or whether the bombs had been detonated remotely. According to the police, cars loaded with explosives had been parked in garages close to the targeted buildings.",
            "Iraqi council member Mohammed al-Rubaiey said that about 25 staff members of the Baghdad Provincial Council, which runs the country's capital, died in the bombings.",
            'Prime Minister Nouri Maliki accused al-Qaeda of being behind the bombings. "These cowardly terrorist attacks must not affect the determination of the Iraqi people to continue their struggle against the remnants of the dismantled regime and al-Qaeda terrorists, who committed a brutal crime against civilians," he said in a statement.',
            "While violence in the country has dropped substantially since the height of sectarian fighting, the attacks were the second major security breach in Baghdad - a city filled with checkpoints - in two months. Twin bombings in August of this year struck another two government buildings, killing about 100 people.",
        ],
    ),
    (
        "https://en.wikinews.org/wiki/Suicide_bomber_at_US_base_in_Afghanistan_was_al-Qaeda_double_agent",
        "2010-01-05",
        "Suicide bomber at US base in Afghanistan was al-Qaeda double agent",
        [
            "Tuesday, January 5, 2010",
            "Media in the United States says a suicide bomber who attacked a Central Intelligence Agency base in eastern Afghanistan last week was a Jordanian working as an al-Qaeda double agent.",
            "The reports say current and former Western intelligence officials identified the suicide bomber as Humam Khalil Abu-Mulal al-Balawi, a 36-year-old physician and al-Qaeda sympathizer from Zarqa, Jordan.",
            "U.S. television network NBC says Jordanian authorities arrested al-Balawi more than a year ago and later recruited him to infiltrate al-Qaeda, believing he had been successfully reformed. The CIA declined to comment on the reports.",
            "The bombing last Wednesday at the CIA base, known as Forward Operating Base Chapman, in Afghanistan's Khowst province killed seven CIA employees and a Jordanian officer.",
            "The bodies of the seven CIA employees killed in the Khowst attack arrived Monday at a U.S. Air Force base in the East Coast state of Delaware.",
            'Jordan\'s state news agency, Petra, identified the Jordanian officer killed in the bombing as Sharif Ali bin Zaid. It says he was killed while "performing the sacred duty of Jordanian forces in Afghanistan."',
            "Both the Afghan Taliban and Pakistani Taliban have claimed responsibility for the attack.",
        ],
    ),
    (
        "https://en.wikinews.org/wiki/Rights_group_in_Afghanistan_investigating_claim_of_US_use_of_phosphorus_bombs",
        "2009-05-11",
        "Rights group in Afghanistan investigating claim of US use of phosphorus bombs",
        [
            "Monday, May 11, 2009",
            "The Afghanistan Independent Human Rights Commission is investigating claims that the United States used white phosphorus bombs in an attack against Taliban militants on May 4. The attack is reported to have killed over 100 civilians.",
            'The claim that the US used phosphorus bombs come from a doctor at a burn hospital in Herat that treated victims of the attack. Dr. Mohammad Aref Jalali says that many of the injured people from the Bala Baluk village in Farah Province, had "unusual" burns on their bodies.',
            'U.S. officials denied having used any chemical weapons and also deny the reports that 147 civilians had been killed in the raid. General James L. Jones, a U.S. security adviser for the military in Afghanistan apologized for the loss of civilians, but also said that the Taliban is using them as "human shields."',
            'Afghanistan\'s president, Hamid Karzai criticized last weeks attack saying the U.S. is losing the "moral" battle with Afghanistan in terms of civilian deaths.',
        ],
    ),
    (
        "https://en.wikinews.org/wiki/U.S._launches_airstrikes_against_Basra_militants",
        "2008-03-29",
        "U.S. launches airstrikes against Basra militants",
        [
            "Saturday, March 29, 2008",
            "United States warplanes dropped two bombs on a suspected militant stronghold in Basra Saturday, as the Iraqi offensive aimed at driving out Shiite militants from the city reached its fifth day.",
            "An Iraqi policeman says that the U.S. airstrike on a house in Basra's Hananiyah neighborhood killed 8 civilians. The U.S. military has not yet commented on the policeman's report, but British military spokesman Maj. Tom Holloway says the report is under investigation.",
            '"We are aware of reports of incidents in the Basra area resulting in civilian casualties," Holloway said. "We are investigating the reports and do not have any further details at this time." British troops joined the fighting in Basra on Saturday, firing artillery and providing air support.',
            "Still, the crackdown has sparked a violent reaction from al-Sadr's supporters, as well as Shiites in other areas of Iraq. In Baghdad's Sadr City neighborhood, a Shiite stronghold, Iraqi officials said that 75 people had been killed and nearly 500 were wounded in fighting between insurgents and security forces. Two Americans were killed by a roadside bomb in east Baghdad Saturday.",
            "U.S. helicopters launched airstrikes in Sadr City on Friday night, which they say killed 10 militants. This move was criticized by Nassar al-Rubaie, a Shiite member of Parliament.",
        ],
    ),
    (
        "https://en.wikinews.org/wiki/Iraqi_forces_battle_militants_in_Basra_for_second_day",
        "2008-03-27",
        "Iraqi forces battle militants in Basra for second day",
        [
            "Thursday, March 27, 2008",
            "On Wednesday, Iraqi security forces (ISF) battled militants who have been described as loyal to Shia cleric Muqtada al-Sadr in Basra, Iraq's main seaport and the country's third largest city. Reports indicate that at least sixty people have been killed and hundreds have been wounded. This marked the second day of intense fighting.",
            "Combat is reported to have spread to other southern cities and also to Bagdhad. Agence France-Presse reported that two United States soldiers were killed in the capital city.",
            'Prime Minister Nouri al-Maliki has been in Basra since Monday to personally supervise Operation Sulat al-Fursan (Knights Charge) which the authorities described as designed to reimpose law and order. Today, he gave an ultimatum to the militants, giving them 72 hours to surrender. "Otherwise, they will face the most severe penalties," Maliki said in a televised statement.',
        ],
    ),
]
