"""Writes ``articles.csv`` (url,date,title,text) from the texts below: seventeen short articles
written for this round (issue 8) as paraphrases of real news pages found with the tool
library, keeping every name as those pages write it (see SOURCE.md for each page's address).

Usage: ``python3 benchmarks/pools/actors91/build_articles.py``.
"""

import csv
from pathlib import Path

ROWS = [
    (
        "https://hotnewscast.com/2022/01/14/u-s-embassy-in-iraq-targeted-by-4-rockets/",
        "2022-01-14",
        "U.S. Embassy in Iraq targeted by four rockets",
        "Four rockets were fired at the U.S. Embassy in Baghdad on Thursday, Iraqi officials "
        "said. The embassy said on Twitter that terrorist groups attacked its compound in an "
        "attempt to undermine Iraq's security, sovereignty and international relations. "
        '"These reprehensible attacks are an assault not just on diplomatic facilities, but on '
        'the sovereignty of Iraq itself," the Embassy said. The statement gave no further '
        "details. Iranian-backed militias are the main suspects, ABC News reported.",
    ),
    (
        "https://www.patriotnewsalerts.com/embassy-baghdad-attacked-damage/",
        "2020-01-21",
        "Attack on US Embassy in Baghdad leaves minor damage",
        "The U.S. Embassy in Baghdad was attacked on Sunday night, Fox News reported. In a "
        "message on Twitter the embassy said there was some minor damage on the Embassy "
        "compound but no injuries. U.S. Secretary of State Mike Pompeo said at least one Iraqi "
        "civilian was hurt, according to Reuters. The Iraqi military blamed an outlawed group, "
        "saying eight rockets targeted the Green Zone of Baghdad. The Washington Examiner "
        "reported that it was the third attack on American troops or diplomats in Iraq since "
        "October. The attack followed an American airstrike in early January that killed Qassem "
        "Soleimani, a general of Iran's Islamic Revolutionary Guard Corps.",
    ),
    (
        "https://english.news.cn/20211015/C99FC985375000016AE6D4111E10165B/c.html",
        "2020-03-12",
        "Malaysia reports nine new COVID-19 cases",
        "KUALA LUMPUR, March 12 (Xinhua) -- Malaysia on Thursday announced nine new cases of "
        "COVID-19, bringing its total to 158. Health Ministry director-general Noor Hisham "
        "Abdullah said in a statement that six more patients had recovered. Noor Hisham said "
        "more control measures would follow after the World Health Organization declared a "
        "pandemic. Malaysia's Health Ministry also urged people who attended a recent religious "
        "gathering near Kuala Lumpur to come forward. Health Minister Adham Baba confirmed the "
        "country's first sporadic case. Adham said the new cases were part of a second wave.",
    ),
    (
        "https://www.thestar.com.my/news/nation/2020/01/31/health-ministry-confirmed-coronavirus-cases-stay-at-eight-17-awaiting-lab-results",
        "2020-01-31",
        "Health Ministry: confirmed coronavirus cases stay at eight",
        "PUTRAJAYA: Confirmed cases of the novel coronavirus in Malaysia remain at eight, all "
        "of them China nationals, Health Minister Dzulkefly Ahmad said on Friday. Speaking at a "
        "daily briefing at the Health Ministry, Dzulkefly said 17 more people were awaiting "
        "laboratory results. The Health Ministry said three of the cases were patients under "
        "investigation and five were close contacts of earlier cases.",
    ),
    (
        "https://www.aljazeera.com/news/2014/2/22/al-shabab-attacks-somali-presidential-palace",
        "2014-02-22",
        "Al-Shabab attacks Somali presidential palace",
        "Al-Shabab fighters attacked the heavily fortified presidential compound in Mogadishu "
        "known as Villa Somalia on Friday, blasting through a gate with a car bomb, police said. "
        'President Hassan Sheikh Mohamud was unharmed. "Our commandos have attacked the '
        "so-called presidential palace,\" Sheikh Abdul Aziz Abu Musab, the group's military "
        "spokesman, told AFP. The president's office said on Twitter that al-Shabab would gain "
        "nothing but headlines. Police said 14 people died, nine of them attackers. The battle "
        "took place near the house of Somalia's top military commander, General Dahir Aden "
        "Indha Qarshe, inside Villa Somalia.",
    ),
    (
        "https://voa.pangea-cms.com/preview/en-US/a/al-shabab-attacks-somali-presidential-palace/1953314.html",
        "2014-07-08",
        "Somali leaders safe after al-Shabab attack on palace",
        "Somali officials say the president and prime minister are safe after al-Shabab "
        "militants attacked the presidential palace in Mogadishu. Gunmen stormed the gates of "
        "the compound known as Villa Somalia as people broke their Ramadan fast. The "
        "president's office said the attack on Villa Somalia had been foiled by the Somali army "
        'and African Union forces. "President Hassan Sheikh Mohamud, the prime minister and '
        "other ministers are all safe,\" government spokesman Ridwan Haji told VOA's Somali "
        "service. Hussein Arab Isse, a member of parliament, was inside the compound during the "
        "attack.",
    ),
    (
        "http://www.womenagainstshariah.com/2019/01/uk-muslim-stabs-three-people-shouts.html",
        "2019-01-01",
        "Three stabbed at Manchester Victoria station",
        "A man shouting 'Allahu Akbar' stabbed three people at Manchester Victoria station on "
        "New Year's Eve before he was Tasered to the ground and arrested. A British Transport "
        "Police officer was among the injured. Assistant Chief Constable Rob Potts said police "
        "were keeping an open mind over the motive. Witness Sam Clack said he heard the man "
        "shout 'Allahu Akbar' as he launched the attack. The man was arrested on suspicion of "
        "attempted murder.",
    ),
    (
        "https://rmx.news/article/germany-hamburg-police-shoot-attacker-with-knife-shouting-allahu-akbar/",
        "2021-03-20",
        "Hamburg police shoot knife attacker",
        'A man shouting "Allahu Akbar" attacked car drivers with a knife in Hamburg on '
        "Friday afternoon, Bild reported. Police could not stop him with a taser and pepper "
        "spray, and an officer shot him when he came at them with the knife. The man died of "
        "his injuries. Police spokeswoman Sandra Levgrün said a religious motive had to be "
        "considered. In the suburbs of Nantes, France, a man stabbed a policewoman at a police "
        "station the same morning.",
    ),
    (
        "https://wplines.com/2017/07/live-aid-concert-for-ethiopia-marked-use-of-celebrity-in-responding-to-world-crisis.html",
        "2017-07-13",
        "Live Aid concert for Ethiopia marked use of celebrity",
        "Irish musician Bob Geldof organised Live Aid, the concert held on July 13, 1985 at "
        "London's Wembley Stadium and Philadelphia's JFK Stadium, to feed Ethiopians caught in "
        'famine. "Please, stay in and give us the money," Geldof said before Live Aid. In 1984, '
        'BBC broadcaster Michael Buerk had called the scene in Ethiopia "the closest thing to '
        'hell on Earth." Geldof had earlier organised Band Aid, which recorded the single "Do '
        "They Know It's Christmas\". Live Aid raised more than $104 million that day, and "
        "according to Billboard 1.9 billion people watched it.",
    ),
    (
        "https://en.republika.co.id/berita/op9zzr414/210-indonesian-fishermen-are-detained-in-darwin",
        "2017-05-01",
        "210 Indonesian fishermen are detained in Darwin",
        "KUPANG – Abraham Paul Liyanto, deputy chairman of Committee III of the Regional "
        "Representatives Council, asked the Indonesian government to work through diplomacy to "
        'free 210 Indonesian fishermen held in Darwin, Australia. "Most of them came from Rote '
        'Islands which directly adjacent to Australia," Abraham said on Sunday. Australian '
        "authorities caught eight more fishermen in the Timor Sea last month. Abraham said "
        "fishermen in Oelaba Village, Northwest Rote, needed legal help from the government.",
    ),
    (
        "https://taiwanonlinenews.com/indonesia-australia-repatriate-11-stranded-fishermen-from-rote/",
        "2023-04-30",
        "Indonesia, Australia repatriate 11 stranded fishermen from Rote",
        "Jakarta (ANTARA) - Indonesia's Marine Affairs and Fisheries Ministry worked with the "
        "Australian government to send home 11 fishermen from Rote, East Nusa Tenggara, who "
        "were stranded on Bedwell Island in Rowley Shoals, Western Australia. The fishermen were "
        "caught by Cyclone Ilsa and found through the Joint Rescue Coordination Centre. Ministry "
        "official Adin Nurawaluddin said in a statement on Sunday that the men came from two "
        "boats. After treatment at Broome Hospital they were held at an immigration detention "
        'centre in Darwin. "The Australian government did not impose legal proceedings on the '
        '11 Indonesian fishermen," Nurawaluddin said, adding that the Australian Border Force '
        "helped them return.",
    ),
    (
        "https://www.itproportal.com/2014/07/02/talktalk-announces-gary-steen-is-new-chief-technology-officer/",
        "2014-07-02",
        "TalkTalk announces Gary Steen is new Chief Technology Officer",
        "TalkTalk has appointed Gary Steen as its new Chief Technology Officer. Steen was "
        "previously the company's chief development and delivery officer. He replaces Clive "
        "Dorsman, who is retiring after 17 years at TalkTalk. Steen worked earlier for Vodafone, "
        'O2 and BT. TalkTalk CEO Dido Harding said: "We\'re delighted to appoint Gary as CTO." '
        "As Chief Technology Officer, Steen will lead the company's technology strategy.",
    ),
    (
        "https://itreseller.ch/Artikel/78274/Ex-Google-Managerin_wird_CTO_im_Weissen_Haus.html",
        "2014-09-05",
        "Former Google manager becomes White House CTO",
        "President Obama has named former Google executive Megan Smith as the new Chief "
        "Technology Officer of the United States, the White House said. Smith replaces Todd "
        "Park, who moves to the private sector and will stay on as an adviser. Alexander "
        "Macgillivray, who previously worked for Twitter, was named her deputy. At Google, Smith "
        "led the research division Google X.",
    ),
    (
        "https://lite.judy.legal/amp/case/charles-maina-gitonga-v-republic",
        "2020-01-23",
        "Kenya's Supreme Court rules on death-row appeal",
        "Kenya's Supreme Court on Thursday gave judgment in the appeal of Charles Maina "
        "Gitonga, who challenged a judgment of the Court of Appeal at Nyeri. The Court of "
        "Appeal had upheld the judgments of the High Court and the magistrate's court. Gitonga "
        "argued that he had never been told of his constitutional right to a lawyer although "
        "he faced the death penalty. The Supreme Court considered whether the State must provide "
        "free legal counsel.",
    ),
    (
        "http://wilsonsalmanac.blogspot.com/2009/02/what-next-for-americans-abu-ghraib.html",
        "2009-02-21",
        "Abu Ghraib prison to reopen under a new name",
        "Iraqi authorities are reopening the Baghdad prison that became notorious for the abuse "
        "of detainees by US troops, the BBC reported. Abu Ghraib has been handed back by the "
        "United States and has been renovated. It will become Baghdad's main jail, with room "
        "for 12,000 inmates. Abu Ghraib will reopen under a new name.",
    ),
    (
        "https://www.lawfuel.com/new-york-july-11-prnewswire-the-case-files-of-26-abused-deta/",
        "2004-07-11",
        "Newsweek obtains case files of abused Abu Ghraib detainees",
        "NEW YORK, July 11 /PRNewswire/ -- Newsweek has obtained the case files of 26 abused "
        "detainees interviewed by military prosecutors in the Abu Ghraib scandal. Assistant "
        "Editor Julie Scelfo and Baghdad Bureau Chief Rod Nordland report that military police "
        "at Abu Ghraib often tortured the wrong prisoners. One investigator wrote notes on Cpl. "
        "Charles Graner Jr., one of six military policemen facing charges. Newsweek names the "
        "victims behind the photographs from Abu Ghraib, among them Hussein Mohsen Matar.",
    ),
    (
        "https://newsinfo.inquirer.net/1012787/key-bills-passed-since-july-2017-martial-law-extension-train-bangsamoro",
        "2018-07-22",
        "Key bills passed since July 2017",
        "President Rodrigo Duterte delivered his second State of the Nation Address on July 24, "
        "2017. His statements often become marching orders for the Senate and the House of "
        "Representatives. At the House, where the majority rules, having many allies is an "
        "advantage for the Duterte administration. Rogelio Alicor Panao, assistant professor at "
        "the Department of Political Science, University of the Philippines-Diliman, said "
        "members of Congress are generally in favour of the President. Panao predicts that "
        "Duterte's influence on legislators will begin to dwindle.",
    ),
]


def main() -> None:
    out = Path(__file__).resolve().parent / "articles.csv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "date", "title", "text"])
        writer.writerows(ROWS)


if __name__ == "__main__":
    main()
