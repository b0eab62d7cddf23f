"""Write ``excerpts.csv`` (url,date,title,text) from the excerpts below: real news paragraphs
found with the tool library's ``find_string`` (ids in SOURCE.md), copied verbatim with their
paragraph breaks; the Wikinews ones from earlier pools' CSVs. Run once; the CSV is committed."""

from __future__ import annotations

import csv
from pathlib import Path

EXCERPTS = [
    (
        "https://www.cnbc.com/2026/07/13/trump-iran-hormuz-strait-charge-reimburse.html",
        "2026-07-13",
        "UN maritime body against Hormuz tolls",
        "The United Nations' International Maritime Organization, which regulates maritime transport, said after Trump's post that it \"stands firmly against charging fees for passage through straits used for international navigation.\"\n\n\"There is no legal basis through which to introduce mandatory tolls simply to transit through a strait,\" the organization said in a statement to CNBC.\n\nThat stance echoes the one offered by U.S. Secretary of State Marco Rubio, who said last month, \"No country is allowed to charge tolls or fees on an international waterway. That's existing international law.\"",
    ),
    (
        "https://example.org/find_string/19724442742",
        "2024-01-01",
        "HOA sign ruling",
        "The Community Associations Institute, which filed an amicus brief supporting the HOA, expressed disappointment with the ruling. \"This decision undermines the ability of community associations to maintain the aesthetic standards that many residents specifically seek out when choosing where to live,\" the organization said in a statement.\n\nMartinez, who had accumulated over $2,000 in fines before removing his sign, expressed satisfaction with the outcome. \"This was never about one political candidate or party,\" he said. \"It was about my right to express my views on my own property.\"",
    ),
    (
        "https://example.org/find_string/58523879765",
        "2024-01-01",
        "Miss Universe Canada apologizes",
        "Miss Universe Canada apologized in a statement on Facebook Friday morning.\n\n\"If any costume caused offense, hurt, or misunderstanding, please know that it was never our intention,\" the organization said. \"The national costume segment is intended to celebrate creativity, heritage, and identity. However, we recognize that every design requires deep care, respect, and continuous evaluation.\"",
    ),
    (
        "https://example.org/find_string/35409454051",
        "2009-01-09",
        "UFO reports near wind turbine",
        "The plot thickened further Friday, with The Sun saying it had been \"bombarded\" with reports of UFO sightings from hundreds of witnesses in the area where the turbine was destroyed.\n\n\"There have been reports of flying saucers for more than six months,\" the newspaper said. Local John Harrison, 32, told The Sun he looked out of his window and saw \"a massive ball of light with tentacles going right down to the ground.\" The newspaper said \"other respected witnesses, such as local council chairman Robert Palmer and GP Jenny Watson, described seeing 'streaking white lights'.\"",
    ),
    (
        "https://example.org/find_string/60373293196",
        "2025-06-01",
        "Yosemite land exchange criticised",
        "The Sierra Club, an environmental advocacy group, rebuked the plan, calling it a \"corrupt back-room deal\" that would break with a longstanding commitment to \"protect Yosemite for the public good\" by handing over national park land to a developer.\n\nThe National Parks Conservation Association said the proposal \"attempts to dismantle America's conservation legacy.\"\n\n\"This is an attack on the American people that own this national park,\" the group said in a statement. \"It would also be unlawful, and a court previously rejected a road development proposal.\"",
    ),
    (
        "https://example.org/find_string/20131373995",
        "2023-04-11",
        "Dalai Lama apologizes after video",
        "The footage triggered a backlash online with social media users condemning his behavior as inappropriate and disturbing.\n\nSNAP, the national advocacy group for victims of clergy abuse, said they were \"horrified\" by the Dalai Lama's actions.\n\n\"Our primary concern is with the innocent boy who was the subject of this disgusting request by a revered spiritual figure,\" the group said in a statement.\n\nSticking out one's tongue was often used as a greeting according to ancient Tibetan culture, but is not commonly seen anymore.\n\n\"His Holiness often teases people he meets in an innocent and playful way, even in public and before cameras,\" the statement from the Dalai Lama read.",
    ),
    (
        "https://example.org/find_string/68811661196",
        "2026-09-23",
        "ShinyHunters claims FBI breach",
        "The cyber extortion group known as ShinyHunters on Tuesday claimed it had breached the U.S. Federal Bureau of Investigation and stolen data belonging to current and former employees at the agency. \"We have compromised the FBI. We hold very sensitive data on almost ALL FBI Agents and individuals who filed an application with the FBI for a job,\" the group said in a statement posted on their dark web site.",
    ),
    (
        "https://example.org/find_string/44235762909",
        "2023-11-18",
        "Militant groups attack US base in Iraqi Kurdistan",
        "The Islamic Resistance in Iraq, which includes Shia Muslim militant groups, said on Saturday that it had carried out a drone attack on a US base at Erbil Airport in Iraqi Kurdistan. \"In response to the crimes the enemy is committing against our people in Gaza, Iraqi Islamic Resistance fighters used a drone to attack the US occupation base at Erbil Airport,\" the group said in a statement. On Thursday, Pentagon Deputy Press Secretary Sabrina Singh said that US forces in Iraq and Syria had been attacked 74 times since October.",
    ),
    (
        "https://example.org/find_string/3004909697",
        "2019-05-13",
        "Doris Day dies aged 97",
        "In a statement, the Doris Day Animal Foundation said she died on Monday at her home in Carmel Valley, California.\n\nIt said she had been \"in excellent physical health for her age, until recently contracting a serious case of pneumonia\".\n\n\"She was surrounded by a few close friends as she passed,\" the statement continued.",
    ),
    (
        "https://example.org/find_string/28518186261",
        "2016-01-26",
        "Planned Parenthood video makers indicted",
        "\"The Center for Medical Progress uses the same undercover techniques that investigative journalists have used for decades in exercising our First Amendment rights to freedom of speech and of the press, and follows all applicable laws,\" Daleiden said in a statement in response to the indictment.\n\n\"We respect the processes of the Harris County District Attorney, and note that buying fetal tissue requires a seller as well. Planned Parenthood still cannot deny the admissions from their leadership about fetal organ sales captured on video for all the world to see,\" the statement continued.\n\n\"These anti-abortion extremists spent three years creating a fake company, creating fake identities, lying, and breaking the law. When they couldn't find any improper or illegal activity, they made it up,\" Eric Ferrero, vice president of communications for Planned Parenthood Federation of America, said in a statement.\n\n\"As the dust settles and the truth comes out, it's become totally clear that the only people who engaged in wrongdoing are the criminals behind this fraud, and we're glad they're being held accountable,\" Ferrero said.",
    ),
    (
        "https://example.org/find_string/54489454000",
        "2026-07-18",
        "US strikes on Iran after deaths in Jordan",
        "The US strikes, on the eighth successive night of attacks, were \"designed to further degrade Iran's ability to threaten commercial shipping in the Strait of Hormuz\", Centcom said.\n\nThe strikes were to \"swiftly punish Islamic Revolutionary Guard Corps forces who launched attacks against American service members in Jordan last night,\" the statement continued.\n\nIt followed a week of renewed hostilities in which Washington reimposed its blockade of Iranian ports and Tehran declared the Strait of Hormuz closed, as their preliminary ceasefire collapsed less than a month after it began.",
    ),
    (
        "https://example.org/find_string/44385149746",
        "2016-07-16",
        "Coup attempt in Turkey",
        "After midnight, a news anchor for Turkish Radio and Television was forced to read a statement by the plotters, who called themselves the Peace at Home Committee, a reference to one of the country's founding ideals. Without mentioning the President, Recep Tayyip Erdogan, by name, the statement said that his government had destroyed the country's institutions, engaged in corruption, supported terrorism, and ignored human rights: \"The secular and democratic rule of law has been virtually eliminated.\"",
    ),
    (
        "https://www.bbc.co.uk/news/articles/cgev34lvgp4o",
        "2026-07-13",
        "Paramount and Warner Bros sued to block $110bn mega merger",
        "\"Nothing justifies these substantial harms to competition,\" the lawsuit states.\n\nHowever, supporters of the deal point out that the traditional media world is in crisis.\n\nIn a statement, Paramount described the lawsuit as \"fundamentally flawed\" and \"wrong,\" adding that it would \"vigorously defend the transaction\".\n\nIt added: \"Delaying this transaction will only harm entertainment workers who have already suffered over recent years as technology has disrupted their livelihood and cost California tens of thousands of entertainment jobs.\"\n\nThe BBC has contacted Warner Bros for comment.",
    ),
    (
        "https://www.cnbc.com/2026/07/13/imo-maritime-organization-strait-hormuz-tolls-trump-iran.html",
        "2026-07-13",
        "IMO opposes Hormuz transit fees",
        "The International Maritime Organization, a United Nations agency, said Monday that it opposes transit fees in the Strait of Hormuz after President Donald Trump demanded that ships pay protection money.\n\n\"The Hormuz Strait is OPEN, and will remain OPEN, with or without Iran,\" Trump said. \"We are reinstating the THE IRANIAN BLOCKADE, so named because it is only stopping Iran's ships or customers from entering or leaving. All other countries will have fair and open use of the Strait.\"\n\nNordic American Tankers CEO Herbjorn Hansson told CNBC in an interview that he views Trump's 20% fee as unrealistic. Iran and the U.S. have to agree on the how the strait will be administered, Hansson said.\n\n\"Iran is suffering, America is suffering, 192 countries outside the Hormuz Strait are suffering,\" the CEO said.",
    ),
    (
        "https://en.wikinews.org/wiki/Colin_Powell_Resigns_as_U.S._Secretary_of_State,_Rice_Likely_Successor",
        "2004-11-15",
        "Colin Powell Resigns as U.S. Secretary of State, Rice Likely Successor",
        "San Gabriel Valley Tribune said that Powell often had disputes with Bush Administration officials holding what the newspaper termed \"more hawkish\" views.",
    ),
    (
        "https://en.wikinews.org/wiki/Egypt_protests%3A_Army_say_they_will_not_use_force_on_demonstrators_as_Mubarak_announces_cabinet",
        "2011-02-01",
        "Al-Jazeera offices closed in Egypt",
        "Egyptian officials yesterday ordered the satellite channel to stop broadcasting in the country. Al-Jazeera said they were \"appalled\" by the government's decision to close its Egyptian offices, which they described as the \"latest attack by the Egyptian regime to strike at its freedom to report independently on the unprecedented events in Egypt.\" In a statement, the news agency added: \"Al-Jazeera sees this as an act designed to stifle and repress the freedom of reporting by the network and its journalists. In this time of deep turmoil and unrest in Egyptian society it is imperative that voices from all sides be heard; the closing of our bureau by the Egyptian government is aimed at censoring and silencing the voices of the Egyptian people.\"",
    ),
]

if __name__ == "__main__":
    with (Path(__file__).parent / "excerpts.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["url", "date", "title", "text"])
        writer.writerows(EXCERPTS)
