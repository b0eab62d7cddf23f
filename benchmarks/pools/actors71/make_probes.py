# ruff: noqa
"""Invented probe articles (not counted) for actors71's three shapes -> probes.csv."""

import csv, sys

P = {
    "raila-once": "Opposition leader Raila Odinga has called for fresh talks on the electoral commission. Raila told supporters in Kisumu on Sunday that the reforms could not wait. Raila said the opposition would not take part in any vote run by the current commissioners. Raila added that the talks must begin this month, and President Uhuru Kenyatta's office said it would reply.",
    "prayut": "Thai Prime Minister Prayut Chan-o-cha said on Tuesday the election would be held in March. Prayut told reporters at Government House that the army would stay neutral. Critics say Prayut has delayed the vote five times since the 2014 coup.",
    "two-johns": "US Secretary of State John Kerry met national security adviser John Bolton in Washington. John said the meeting had been useful. Kerry later flew to Paris.",
    "kim-nam": "Kim Jong Nam, the half-brother of North Korea's leader, was killed at Kuala Lumpur airport. Malaysian police said Kim had been travelling on a passport under another name. Kim was attacked with a nerve agent, police said.",
    "kim-un": "North Korean leader Kim Jong Un oversaw a missile launch on Friday. Kim said the test was a success. South Korea's military condemned the launch.",
    "jordan-place": "Jordan Henderson, the Liverpool captain, visited a refugee camp in Jordan. Jordan has taken in more than 600,000 refugees from Syria. Jordan said the camps needed more help from the United Nations.",
    "chelsea": "Chelsea Clinton spoke at a charity dinner in London on Monday. Chelsea beat Arsenal 2-0 on Saturday at Stamford Bridge. Chelsea have now won five matches in a row.",
    "amuary": "The Amaury Sport Organisation announced the route of the 2020 Tour de France on Tuesday. Amuary said the race would start in Nice and finish in Paris. The organisation expects 12 million spectators.",
    "gazporm": "Gazprom raised its gas export price on Monday. Gazporm said the rise reflected higher oil prices. Ukraine said Gazprom had broken the contract.",
    "td": "TD Bank said on Thursday it would close 20 branches in the United States. Its Canadian arm, TD Canada Trust, will add 500 jobs. TD reported a profit of C$3 billion for the quarter. Shares of TD rose 2 percent in Toronto.",
    "elam-defined": "Cuba's Latin American School of Medicine (ELAM) has trained 30,000 doctors from 100 countries. ELAM (Escuela Latinoamericana de Medicina) was founded in 1999. ELAM graduates work in Haiti and Honduras.",
    "elam-not": "The Latin American Medicine School in Havana opened in 1999. ELAM graduates now work across Africa. The Cuban government pays for the training.",
}
w = csv.writer(open(sys.argv[1], "w", newline="", encoding="utf-8"))
w.writerow(["url", "date", "title", "text"])
for k, (name, text) in enumerate(P.items()):
    w.writerow([f"https://example.org/{name}", f"2019-03-{k + 1:02d}", name, text])
