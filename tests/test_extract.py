"""Extraction on sentences of real news shape, parsed by the real model (no content folder).

Each pattern of the issue has a sentence: who said a quotation, which events and agreements
a sentence reports, and that curated records absorb the proposals that match them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from generator.annotate import paragraph_sentences
from generator.extract import match
from generator.extract.merge import Proposal, event_name
from generator.extract.parse import quote_spans
from generator.extract.statements import attribute, match_quotes
from generator.extract.statements.issuers import _owned_report, _the_statement
from generator.extract.statements.reports import _the_report
from generator.extract.tie import Context
from generator.model import Article, Mention, QuoteFrame, Role, Sentence, Span

pytestmark = pytest.mark.slow


def _mentions(paragraphs: list[str], sentences, people: dict[str, str]) -> list[Mention]:
    """Every occurrence of each name in ``people`` (name -> id) as a mention of its actor."""
    mentions = []
    for p, text in enumerate(paragraphs):
        for name, id_ in people.items():
            start = text.find(name)
            while start >= 0:
                index = next(
                    i
                    for i, s in enumerate(sentences)
                    if s.paragraph == p and s.start <= start < s.end + 1
                )
                mentions.append(
                    Mention(f"actors/{id_}", "a", p, index, start, start + len(name), name, "ner")
                )
                start = text.find(name, start + 1)
    return mentions


def parsed_context(nlp, text: str, day: date, names: dict[str, str], **kinds) -> tuple:
    """One paragraph parsed by the model, and an extraction context of it dated ``day`` with
    ``names`` (name -> id) as its actors; ``kinds``: ``persons``/``states``, ids so typed."""
    article = Article("a", "T", day.isoformat(), "Wire", None, "en", (text,))
    doc = nlp(text)
    sentences = list(paragraph_sentences(doc, 0))
    typed = {kind: frozenset(f"actors/{i}" for i in ids) for kind, ids in kinds.items()}
    return doc, Context(article, sentences, _mentions([text], sentences, dict(names)), day, **typed)


def said(
    nlp, paragraphs: list[str], people: dict[str, str], bodies: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """(speaker id, quotation) for an article, with ``people`` (name -> id) as its actors,
    persons but for the ids in ``bodies``."""
    article = Article("a", "T", "2020-01-05", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    mentions = _mentions(paragraphs, sentences, people)
    frames = [q for i, doc in enumerate(docs) for q in match(doc, i).quotes]
    persons = frozenset(f"actors/{i}" for i in people.values() if i not in bodies)
    found = attribute(article, frames, sentences, mentions, persons, date(2020, 1, 5))
    return [(s.speaker.split("/")[1], s.quote) for s in found]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ('"We will not back down," Mike Pompeo said on Monday.', "pompeo", "We will not back down"),
        ('Mike Pompeo said: "We will not back down."', "pompeo", "We will not back down."),
        (
            '"The talks were useful," said Mike Pompeo, the US secretary of state.',
            "pompeo",
            "The talks were useful",
        ),
        ('Mike Pompeo told reporters "the talks were useful".', "pompeo", "the talks were useful"),
        (
            '"Our ties are growing," Masoud Pezeshkian was cited as telling Putin by IRNA.',
            "pezeshkian",
            "Our ties are growing",
        ),
        (
            '"The airline carries weapons," according to a tweet by Mike Pompeo.',
            "pompeo",
            "The airline carries weapons",
        ),
        ('Mike Pompeo called it "a serious violation".', "pompeo", "a serious violation"),
        (
            '"The situation is dire," tweeted former executive Ken Gude.',
            "gude",
            "The situation is dire",
        ),
        (  # the quotation's own subject ("conclusion") is not the speaker
            '"The only conclusion I can reach is that his staff want him to resign," tweeted '
            "former thinktank executive Ken Gude.",
            "gude",
            "The only conclusion I can reach is that his staff want him to resign",
        ),
        (  # a proper-noun subject over a common one
            'A member of the Tunisian Parliament, Samir Dilou said, "Tunisia is facing terrorist '
            'attacks, so every measure which is led by security motives is understandable".',
            "dilou",
            "Tunisia is facing terrorist attacks, so every measure which is led by security "
            "motives is understandable",
        ),
        (  # no subject at all: the person named just before the cue
            "Speaking to Agence France-Presse, the president of the Tunisian League for the "
            'Defence of Human Rights, Jamel Msallem, said, "We are for the freedom to dress, but '
            'today we find justifications for this decision".',
            "msallem",
            "We are for the freedom to dress, but today we find justifications for this decision",
        ),
        (  # an aside ("which the BBC noted") is no cue
            "House of Commons Speaker John Bercow commented on the matter — which the BBC noted "
            'as an unusual move by a Speaker — "However it is dressed up, it is blindingly '
            'obvious that the purpose is to stop Parliament debating Brexit."',
            "bercow",
            "However it is dressed up, it is blindingly obvious that the purpose is to stop "
            "Parliament debating Brexit.",
        ),
        (  # the relative clause's subject referred to it so, not the sentence's
            "Kerri Kupec, spokeswoman for the Department of Justice, sharply criticized the "
            'House\'s decision, which Wilbur Ross has referred to as "gamesmanship".',
            "ross",
            "gamesmanship",
        ),
        (  # passive: the agent named after "by" speaks
            "In a meeting that day he was told by Emergencies Minister Yevgeny Zinichev of "
            '"presumably between 36 and 40 people under the rubble", while officials said 68 '
            "people were missing.",
            "zinichev",
            "presumably between 36 and 40 people under the rubble",
        ),
        (  # a verb doubling its last consonant: "quipped"
            '"You have to work those seven days to earn a weekend," quipped Valiant '
            "Entertainment editor Heather Antos, later in the panel.",
            "antos",
            "You have to work those seven days to earn a weekend",
        ),
        (
            "The bishop was described by the Philippine Bishops' Conference as "
            '"a strong advocate for the environment in a province threatened by mining".',
            "cbcp",
            "a strong advocate for the environment in a province threatened by mining",
        ),
    ],
)
def test_a_quotation_is_attributed_to_its_speaker(nlp, text, speaker, quote):
    people = {"Mike Pompeo": "pompeo", "Masoud Pezeshkian": "pezeshkian", "Ken Gude": "gude"}
    people |= {"Putin": "putin", "Samir Dilou": "dilou", "Jamel Msallem": "msallem"}
    people |= {"John Bercow": "bercow", "BBC": "bbc", "Agence France-Presse": "afp"}
    people |= {"Tunisian Parliament": "parliament", "Kerri Kupec": "kupec", "Wilbur Ross": "ross"}
    people |= {"Yevgeny Zinichev": "zinichev", "Philippine Bishops' Conference": "cbcp"}
    people |= {"Heather Antos": "antos"}
    assert (speaker, quote) in said(nlp, [text], people)


@pytest.mark.parametrize(
    "text",
    [
        'The plan was described by critics as "a disaster for the poor".',
        "The University of Cambridge had been hosting a program about criminal rehabilitation "
        'at Fishmongers\' Hall called "Learning Together".',
        'Police in Victoria opened an investigation named "Operation Sandpiper" in March.',
        "Hunter joined the Grateful Dead as a songwriter, providing lyrics to songs such as "
        '"Dark Star", "Uncle John\'s Band", and "Truckin\'" throughout the late 1960s.',
    ],
)
def test_a_name_given_or_a_passive_with_no_name_is_no_statement(nlp, text):
    people = {"University of Cambridge": "cambridge", "Victoria": "victoria", "Hunter": "hunter"}
    assert said(nlp, [text], people) == []


def test_who_is_told_is_not_who_speaks(nlp):
    """ "X told Reuters "…"", and a participle opening the sentence ("Calling it "…", X
    told"), are X's words, not the listener's."""
    text = (
        'Calling it "just another apology", Anna Franowska of an abuse victim support charity '
        'told Reuters "it almost appears as if the statement was prepared before the church '
        'officials saw the movie".'
    )
    found = said(nlp, [text], {"Anna Franowska": "franowska", "Reuters": "reuters"})
    assert [s for s, _ in found] == ["franowska", "franowska"]


def test_a_source_it_is_according_to_only_reports_the_sentence_subjects_words(nlp):
    """ "According to the BBC, a spokesman … expressed …; "…"": not the BBC's words."""
    text = (
        "According to the BBC, a spokesman for 10 Downing Street expressed disappointment and "
        'that the office intends to appeal; "The UK government needs to bring forward a strong '
        'domestic legislative agenda."'
    )
    assert said(nlp, [text], {"BBC": "bbc"}) == []


def test_pronouns_titles_continuations_and_lead_ins_take_the_speaker_named_before(nlp):
    paragraphs = [
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.",
        '"Russia is ready to expand cooperation," he said. "Iran is our partner."',
        "Asked about the talks, Peskov said:",
        '"The situation is very complicated.',
        '"We will see what happens next."',
    ]
    found = said(nlp, paragraphs, {"Dmitry Peskov": "peskov", "Peskov": "peskov"})
    assert found == [
        ("peskov", "Russia is ready to expand cooperation"),
        ("peskov", "Iran is our partner."),
        ("peskov", "The situation is very complicated."),
        ("peskov", "We will see what happens next."),
    ]


def test_unnamed_sources_and_scare_quotes_are_no_statements(nlp):
    paragraphs = [
        '"I was told not to publish the figures," a source in the ministry said.',
        'Zimbabwe was called the "breadbasket" of southern Africa.',
    ]
    assert said(nlp, paragraphs, {"Zimbabwe": "zimbabwe"}) == []


def test_quote_spans_pair_marks_and_keep_an_open_quotation_open():
    text = 'He said "one" and “two”, then "three'
    assert [(text[s:e], closed) for s, e, closed in quote_spans(text)] == [
        ("one", True),
        ("two", True),
        ("three", False),
    ]


def test_quote_spans_a_right_mark_before_a_word_opens_where_it_is_written_for_both():
    # Typesetting with ” for both marks (Swedish style, translated wire copy): main never
    # opened a quotation on ”, so the minister's words were no statement.
    text = "Amorim also added: ”There are many people who I knew.” He left. “Yes,” she said."
    assert [(text[s:e], closed) for s, e, closed in quote_spans(text)] == [
        ("There are many people who I knew.", True),
        ("Yes,", True),
    ]
    # A right mark after a word still closes, and one after a stop is no opener either.
    assert [
        text2[s:e] for text2 in ["He called it “a shame” today."] for s, e, _ in quote_spans(text2)
    ] == ["a shame"]


def test_a_statement_quoted_between_right_marks_reaches_its_speaker(nlp):
    doc = nlp("Celso Amorim also added: ”There are many people who could be diplomats.”")
    frames = match_quotes(doc, 0)
    assert [doc.text[f.quote.start : f.quote.end] for f in frames] == [
        "There are many people who could be diplomats."
    ]
    assert frames[0].speaker is not None and "Amorim" in frames[0].speaker.text


def test_quote_spans_reopened_after_a_sentence_start_a_new_quotation():
    # BBC style with paragraphs run together: the first sentence is never closed.
    text = 'Ms Hewitt said: "We have doubled it. "We are going to extend it." She left.'
    assert [(text[s:e], closed) for s, e, closed in quote_spans(text)] == [
        ("We have doubled it.", False),
        ("We are going to extend it.", True),
    ]


def test_quote_spans_a_name_quoted_inside_a_quotation_reopens_nothing():
    # After a word, ' "United' opens a name inside, as before: the quotation after the cue
    # that follows is still one, with "wrote" outside it.
    text = 'He said, "The "United States" holds none." McGurk wrote, "The SDF suffered."'
    assert [text[s:e] for s, e, _ in quote_spans(text)][-1] == "The SDF suffered."


@pytest.mark.slow
def test_each_reopened_quotation_is_the_speakers(nlp):
    paragraphs = [
        'Ms Hewitt said: "We have already doubled the length of maternity pay. "We are going'
        ' to extend the pay to nine months by 2007." She said mothers were entitled to leave.'
        ' "We have made a firm commitment." She said ministers would consult on it.',
        'Theresa May said: "These plans were announced by Gordon Brown. "In order to deal'
        ' with that he will have to raise taxes."',
    ]
    people = {"Hewitt": "hewitt", "Theresa May": "may", "Gordon Brown": "brown"}
    assert [(who, quote.split()[:3]) for who, quote in said(nlp, paragraphs, people)] == [
        ("hewitt", ["We", "have", "already"]),
        ("hewitt", ["We", "are", "going"]),
        ("hewitt", ["We", "have", "made"]),
        ("may", ["These", "plans", "were"]),
        ("may", ["In", "order", "to"]),
    ]


@pytest.mark.slow
def test_a_reopened_quotation_takes_no_cue_from_the_sentence_after_it(nlp):
    # The cue after the reopened sentence ("accuse") introduces the next quotation, not it.
    text = (
        'Charles Kennedy said: "This is three-party politics. "In southern seats the'
        ' contenders are the Liberal Democrats and the Conservatives." The Lib Dems accuse'
        ' Tony Blair of making a "touchy-feely" speech.'
    )
    people = {"Charles Kennedy": "kennedy", "Lib Dems": "lib-dems", "Tony Blair": "blair"}
    assert [(who, quote.split()[:2]) for who, quote in said(nlp, [text], people)][:2] == [
        ("kennedy", ["This", "is"]),
        ("kennedy", ["In", "southern"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"We won the vote. "Brexit" means Brexit," he said.',
        '"It was a disaster. The "United States" is not holding anyone," McGurk wrote.',
    ],
)
def test_quote_spans_a_name_quoted_inside_an_open_quotation_neither_closes_nor_reopens_it(text):
    # A short name in straight marks that the sentence goes on after, even after a full stop.
    ((start, end, closed),) = quote_spans(text)
    assert (text[start:end], closed) == (text[1 : text.index(',"') + 1], True)


def test_quote_spans_a_curly_mark_reopens_a_quotation_as_a_straight_one_does():
    text = "“We have doubled it. “We are going to extend it,” she said."
    assert [(text[s:e], closed) for s, e, closed in quote_spans(text)] == [
        ("We have doubled it.", False),
        ("We are going to extend it,", True),
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "paragraphs",
    [
        ['"We won the vote. "We are strong," Mike Smith said.'],
        ["“We won the vote. “We are strong,” said Mike Smith, the leader."],
        # the speaker named in the paragraph before is not the one of this cue
        ["Jane Doe spoke first.", '"We won the vote. "We are strong," Mike Smith said.'],
    ],
)
def test_a_reopened_quotation_keeps_the_cue_of_its_own_sentence_for_the_whole(nlp, paragraphs):
    # '…," Mike Smith said' ends the sentence of the reopened quotation: his, and so is the
    # sentence before it that no mark closed.
    people = {"Mike Smith": "smith", "Jane Doe": "doe"}
    assert [(who, quote.split()[:2]) for who, quote in said(nlp, paragraphs, people)] == [
        ("smith", ["We", "won"]),
        ("smith", ["We", "are"]),
    ]


@pytest.mark.slow
def test_a_speech_verb_after_while_is_no_cue_of_the_quotation_before(nlp):
    text = (
        'President Andrzej Duda said the victims were "joyful girls starting out in life [who]'
        ' have had life torn away from them" in an "appalling tragedy" while Interior Minister'
        " Joachim Brudzinski wrote he had ordered fire safety checks on escape rooms across"
        " Poland by the State Fire Brigade."
    )
    people = {"Andrzej Duda": "duda", "Joachim Brudzinski": "brudzinski"}
    assert [who for who, _ in said(nlp, [text], people)] == ["duda", "duda"]


@pytest.mark.parametrize(
    ("text", "people", "bodies", "expected"),
    [
        (  # a body's spokesperson speaks for the body
            'A Greenpeace spokesman said: "The plans will harm the coast."',
            {"Greenpeace": "greenpeace"},
            {"greenpeace"},
            [("greenpeace", "The plans will harm the coast.")],
        ),
        (
            'A Labour spokesperson said: "The Liberal Democrats would restrict access to'
            ' universities."',
            {"Labour": "labour"},
            {"labour"},
            [("labour", "The Liberal Democrats would restrict access to universities.")],
        ),
        (  # a person's spokesman is unnamed: no words of the person's
            'A Trump spokesman said: "The president will not resign."',
            {"Trump": "trump"},
            set(),
            [],
        ),
        (  # the letters after a name are not the speaker
            'The finance spokesman, Brian Monteith MSP, said: "It is a form of disguise."',
            {"Brian Monteith": "monteith", "MSP": "msp"},
            {"msp"},
            [("monteith", "It is a form of disguise.")],
        ),
    ],
)
def test_a_bodys_spokesperson_and_a_member_with_letters_after_the_name(
    nlp, text, people, bodies, expected
):
    assert said(nlp, [text], people, frozenset(bodies)) == expected


def test_a_name_inside_quotation_marks_is_not_who_he_is(nlp):
    own = [
        "Michael Howard spoke on Sunday.",
        '"The election will not be decided by what Robert Jackson did," he said.',
    ]
    people = {"Michael Howard": "howard", "Robert Jackson": "jackson"}
    assert [who for who, _ in said(nlp, own, people)] == ["howard"]
    before = [
        "Duncan Bannatyne attacked the response.",
        '"Gordon Brown is a great chancellor who delivered stability." "The people need'
        ' practical help," he said.',
    ]
    people = {"Duncan Bannatyne": "bannatyne", "Gordon Brown": "brown"}
    assert [who for who, _ in said(nlp, before, people)] == ["bannatyne"]


@pytest.mark.parametrize(
    "first",
    [
        '"El Chapo" was sentenced on Wednesday.',
        'Police named the suspect as "El Chapo, 45".',
    ],
)
def test_a_name_quoted_alone_is_who_he_is(nlp, first):
    # a quotation of no more than a name's words names someone; it says nothing of him
    paragraphs = [first, '"I have no regrets," he said.']
    assert said(nlp, paragraphs, {"El Chapo": "chapo"}) == [("chapo", "I have no regrets")]


def test_a_party_the_ner_calls_a_person_hides_no_speaker_named_before(nlp):
    paragraphs = [
        "Charles Kennedy urged students to vote.",
        'He underlined Lib Dem plans to scrap fees. He said: "Fees put students off university."',
    ]
    people = {"Charles Kennedy": "kennedy", "Lib Dem": "libdems"}
    assert said(nlp, paragraphs, people, frozenset({"libdems"})) == [
        ("kennedy", "Fees put students off university.")
    ]


def test_a_bodys_own_report_is_the_body_named_before(nlp):
    paragraphs = [
        "In a new report, the Electoral Commission says a cap is worth debating.",
        'The commission says a cap would cost taxpayers more. "We do not believe that such a'
        ' major departure would be sensible," says its report.',
    ]
    people = {"Electoral Commission": "commission"}
    assert said(nlp, paragraphs, people, frozenset({"commission"})) == [
        ("commission", "We do not believe that such a major departure would be sensible")
    ]


def test_a_lead_in_whose_subject_the_parse_hangs_on_did_introduces_the_next_paragraph(nlp):
    paragraphs = [
        "Michael Howard would not be precise. But he did, for the first time, say there would"
        " be such tax cuts.",
        '"At this election, people will have a clear choice."',
    ]
    assert said(nlp, paragraphs, {"Michael Howard": "howard"}) == [
        ("howard", "At this election, people will have a clear choice.")
    ]


def test_a_government_named_by_an_adjective_is_read_as_the_tie_step_reads_one(nlp):
    # "Ruritanian" is in no gazetteer: the state comes from the actors' adjectives.
    paragraphs = [
        "Ruritania closed its border.",
        'The Ruritanian government said it was "deeply worried about the refugees".',
    ]
    article = Article("a", "T", "2020-01-05", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    mentions = _mentions(paragraphs, sentences, {"Ruritania": "ruritania"})
    frames = [q for i, doc in enumerate(docs) for q in match(doc, i).quotes]
    reference = date(2020, 1, 5)
    context = Context(
        article,
        sentences,
        mentions,
        reference,
        {"Ruritanian": "ruritania"},
        states=frozenset({"actors/ruritania"}),
    )
    args = (article, frames, sentences, mentions, frozenset(), reference)
    assert [s.speaker for s in attribute(*args, (), context)] == ["actors/ruritania"]
    assert attribute(*args) == []  # the gazetteer alone knows no Ruritania


def test_a_cue_with_its_own_clause_in_the_next_sentence_is_not_the_quotations(nlp):
    # The quotation goes on from the paragraph before; "warned that …" says Cosla's own words.
    paragraphs = [
        'Tom McCabe said: "We have 32 councils with their own payroll systems.',
        '"We think there are savings to be made there." The umbrella body Cosla warned that'
        " councils would struggle.",
    ]
    people = {"Tom McCabe": "mccabe", "Cosla": "cosla"}
    assert [who for who, _ in said(nlp, paragraphs, people, frozenset({"cosla"}))] == [
        "mccabe",
        "mccabe",
    ]


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # a quotation amid the narrative: the next sentence's verb says whose it is
            [
                "Sue Essex spoke on Monday.",
                'The minister visited a school. "It was a wonderful day for the pupils." Ms'
                " Essex said that she would return in the spring.",
            ],
            {"Sue Essex": "essex", "Essex": "essex"},
            ["essex"],
        ),
        (  # one that goes on from another: the speaker before, not the next sentence's
            [
                'Dai Lloyd attacked the plan. He said: "Wales has been short changed again."'
                ' "This will mean a massive hike in council tax." Mike German claimed that'
                " homes would face rises.",
            ],
            {"Dai Lloyd": "lloyd", "Mike German": "german"},
            ["lloyd", "lloyd"],
        ),
        (  # a verb with a clause of its own that is no speech verb ends no search
            ["John Smith spoke.", '"We will win." That is what Mary Jones said.'],
            {"John Smith": "smith", "Mary Jones": "jones"},
            ["jones"],
        ),
    ],
)
def test_a_cue_with_its_own_clause_ends_the_search_only_after_another_quotation(
    nlp, paragraphs, people, expected
):
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


@pytest.mark.parametrize(
    ("first", "people", "bodies", "expected"),
    [
        ("Peter Jones wrote a book.", {"Peter Jones": "jones"}, set(), []),
        (
            "Peter Jones praised the OECD.",
            {"Peter Jones": "jones", "OECD": "oecd"},
            {"oecd"},
            ["oecd"],
        ),
    ],
)
def test_its_report_is_a_bodys_never_a_persons(nlp, first, people, bodies, expected):
    paragraphs = [first, '"Growth will slow," says its report.']
    found = said(nlp, paragraphs, people, frozenset(bodies))
    assert [who for who, _ in found] == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # "he" in the sentence before is the same "he": not the one he met
            ['Rick Parry is building a stadium. And he met Steve Morgan on Monday. He said: "The'
             ' door is not closed."'],
            {"Rick Parry": "parry", "Steve Morgan": "morgan"},
            ["parry"],
        ),
        (  # a reply cues its quotation, not the verb of the clause before it
            ['Some fans would find such a move controversial, but Rick Parry countered: "The money'
             ' could go into the team."'],
            {"Rick Parry": "parry"},
            ["parry"],
        ),
        (  # a surname two people share is the one named first in full
            ["Ozzy Osbourne tackled a burglar at his home. His wife Sharon Osbourne was asleep.",
             '"I acted on impulse," Osbourne said.'],
            {"Ozzy Osbourne": "ozzy", "Sharon Osbourne": "sharon"},
            ["ozzy"],
        ),
        (  # and "he" after that surname is his
            ["Ozzy Osbourne tackled a burglar at his home. His wife Sharon Osbourne was asleep.",
             '"I could have been shot," Osbourne said. He added he was glad the intruders were'
             ' not hurt. "I wouldn\'t want anyone to get injured."'],
            {"Ozzy Osbourne": "ozzy", "Sharon Osbourne": "sharon"},
            ["ozzy", "ozzy"],
        ),
        (  # a participle opening the next sentence is no cue of a quotation going on
            ['Katherine Jackson spoke to Fox News. "I know his character," she said. "He loves'
             ' children." Describing him as "a good person", the mother-of-nine said she feared'
             " for him."],
            {"Katherine Jackson": "katherine"},
            ["katherine", "katherine"],
        ),
        (  # quoted words that are a sentence's subject are a thing named, nobody's words
            ['To help people, Chris Evans had given the pieces labels with a comic aside. "Isn\'t'
             ' it great" was the comment on the throne and "Bob Dylan\'s old sofa" was written'
             " on a couch."],
            {"Chris Evans": "evans"},
            [],
        ),
        (  # a mark after a digit is a measure
            ['Thames Valley Police said the man was about 5\' 10" tall and wore a ski-mask and a'
             " light-coloured jacket."],
            {"Thames Valley Police": "police"},
            [],
        ),
        (  # a participle with no one describing names a thing
            ['Eric Clapton will play on the show described as "A Concert of Hope".'],
            {"Eric Clapton": "clapton"},
            [],
        ),
        (  # "she" after someone named by honorific who is no actor is not anyone earlier
            ['Paul Burgess said: "I thought it was just a load of junk."',
             'Ms Detakats said she was a collector. "If you like something, you do not count it'
             ' like that," she said.'],
            {"Paul Burgess": "burgess"},
            ["burgess"],
        ),
    ],
)  # fmt: skip
def test_speakers_of_entertainment_and_sport_news(nlp, paragraphs, people, expected):
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # one who replies after a "he" sentence is the other man named there
            ['Tom Jones spoke after the game. He accused Paul Smith of cheating. He replied: "That'
             ' is nonsense."'],
            {"Tom Jones": "jones", "Paul Smith": "smith"},
            ["smith"],
        ),
        (  # or, where it names no one, nobody known: not the first of the two men before
            ['Tom Jones met Paul Smith at the market. He said the price of wheat had fallen. He'
             ' replied: "We cannot go on like this."'],
            {"Tom Jones": "jones", "Paul Smith": "smith"},
            [],
        ),
        (  # "he said" still passes through the same "he" to the one named before
            ['Tom Jones spoke after the game. He accused Paul Smith of cheating. He said: "That'
             ' was a disgrace."'],
            {"Tom Jones": "jones", "Paul Smith": "smith"},
            ["jones"],
        ),
        (  # quoted words that are the subject of any verb name a thing, not someone's words
            ['"Yes We Can" became the slogan of the campaign, said the organiser Anna Berg.'],
            {"Anna Berg": "berg"},
            [],
        ),
        (  # even as part of the subject: a title, not what the one telling it said
            ['The song "Bohemian Rhapsody" was played at the funeral, said guitarist Brian May.'
             ' "It meant everything to him," May said.'],
            {"Brian May": "may"},
            ["may"],
        ),
        (  # a quotation in someone's sentence stays theirs
            ['Anna Berg said "superior" tactics could encourage bullying.'],
            {"Anna Berg": "berg"},
            ["berg"],
        ),
        (  # the name a noun before it gives is no one's words, even in someone's sentence
            ['Anna Berg said the phrase "Never Again" was important to the group.'],
            {"Anna Berg": "berg"},
            [],
        ),
        (  # and words after "according to" someone are theirs, whatever verb follows
            ['According to a statement released by Anna Berg\'s office, "neutralizing the threat"'
             " is an aim of the operation."],
            {"Anna Berg": "berg"},
            ["berg"],
        ),
        (  # but words that are "what" someone said are theirs
            ['"We will fight" is what Anna Berg said on Monday.'],
            {"Anna Berg": "berg"},
            ["berg"],
        ),
        (  # the surname a father and his son share is the father's, the son named first
            ['Donald Trump Jr spoke at a rally in Ohio. His father Donald Trump later addressed'
             ' reporters.', '"We will win again," Trump said.'],
            {"Donald Trump Jr": "junior", "Donald Trump": "trump"},
            ["trump"],
        ),
    ],
)  # fmt: skip
def test_replies_and_quoted_subjects_on_other_text(nlp, paragraphs, people, expected):
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


def test_a_name_the_ner_saw_but_no_mention_covers_is_who_he_stands_for(nlp):
    """ "Parry" named as a speaker once: where no mention covers it, "he" after it is his."""
    paragraphs = [
        'Parry explained: "We will not sell him."',
        "But Parry, speaking exclusively to the BBC, also admits Gerrard will have the final say"
        ' on his future. He told Five Live: "Steven is above money."',
    ]
    article = Article("a", "T", "2020-01-05", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    mentions = [
        m
        for m in _mentions(paragraphs, sentences, {"Parry": "parry", "Gerrard": "gerrard"})
        if m.entity == "actors/gerrard" or m.paragraph == 0
    ]
    frames = [q for i, doc in enumerate(docs) for q in match(doc, i).quotes]
    persons = frozenset(("actors/parry", "actors/gerrard"))
    found = attribute(article, frames, sentences, mentions, persons, date(2020, 1, 5))
    assert [s.speaker for s in found] == ["actors/parry", "actors/parry"]


@pytest.mark.parametrize(
    ("text", "type_", "agents", "patients"),
    [
        ("Germany on Monday banned Mahan Air from flying.", "sanctions", "Germany", "Mahan Air"),
        ("Putin met Pezeshkian in Ashgabat on Friday.", "meeting", "Putin", "Pezeshkian"),
        ("Taliban fighters attacked a military base in Maidan Wardak.", "strike", "Taliban", ""),
        ("Police arrested 337 suspects in 38 countries.", "arrest", "Police", ""),
        ("John Bolton resigned on Tuesday.", "resignation", "John Bolton", ""),
        ("Donald Trump fired John Bolton on Tuesday.", "dismissal", "Donald Trump", "John Bolton"),
        (
            "The House of Representatives impeached Donald Trump on Wednesday.",
            "impeachment",
            "House of Representatives",
            "Donald Trump",
        ),
        (
            "The Court of Session ruled on Wednesday that the prorogation was unlawful.",
            "ruling",
            "Court of Session",
            "",
        ),
        (
            "Theresa May appointed Boris Johnson Foreign Secretary in 2016.",
            "appointment",
            "Theresa May",
            "Boris Johnson",
        ),
        (
            "Queen Elizabeth II suspended Parliament at the request of Boris Johnson.",
            "suspension",
            "Queen Elizabeth II",
            "Parliament",
        ),
        ("Prime Minister Theresa Mayhew is to step down today.", "resignation", "Mayhew", ""),
        ("Boris Johnson became prime minister in July.", "appointment", "", "Boris Johnson"),
        (
            "The White House statement came after Trump spoke with Erdogan on Sunday.",
            "meeting",
            "Trump",
            "Erdogan",
        ),
        (
            "Last week the White House released a summary of a phone call made by President Trump.",
            "meeting",
            "Trump",
            "",
        ),
        (
            "On Friday, Youssef Chahed, the Prime Minister of Tunisia, signed a government decree "
            "banning anyone wearing a niqab from entering a public institution.",
            "statement",
            "Youssef Chahed",
            "",
        ),
        (
            "Yesterday, the House of Representatives passed a resolution to set rules for the "
            "impeachment inquiry.",
            "passage",
            "House of Representatives",
            "resolution",
        ),
        ("The bill was approved by the Senate on Tuesday.", "passage", "Senate", "bill"),
        ("Sixteen states sued President Trump on Monday.", "lawsuit", "Sixteen states", "Trump"),
        ("President Trump authorized the strike on Qasem Soleimani.", "strike", "Trump", "Qasem"),
        (
            "On Monday, California's attorney general filed a lawsuit against President Trump "
            "over the emergency declaration.",
            "lawsuit",
            "attorney general",
            "Trump",
        ),
        (
            "Johnson asked Queen Elizabeth II for this prorogation in August.",
            "request",
            "Johnson",
            "Elizabeth",
        ),
        ("Iran released the British tanker crew on Monday.", "release", "Iran", "crew"),
        ("Police released him on bail on Saturday.", "release", "Police", "him"),
        (
            "U.S. troops left Iraq in 2011, then at the Iraqi government's request returned three "
            "years later.",
            "withdrawal",
            "U.S. troops",
            "Iraq",
        ),
        ("Russia pulled its forces out of Syria in March.", "withdrawal", "Russia", ""),
        (
            "On Wednesday in the US state of Alabama, Governor Kay Ivey signed the Alabama Human "
            "Life Protection Act.",
            "signing",
            "Kay Ivey",
            "Protection Act",
        ),
        (
            "President Ronald Reagan signed Conyers's bill into law in 1983.",
            "signing",
            "Reagan",
            "bill",
        ),
        (
            "It was the NCA's investigation of Matthew Falder which led to the discovery of the "
            "website.",
            "investigation",
            "",
            "Matthew Falder",
        ),
        (
            "The government asked Judge Miller to delay his ruling until after the commission "
            "made its recommendations.",
            "request",
            "government",
            "Judge Miller",
        ),
        (
            "Jong Woo Son is already in prison in South Korea, but yesterday the United States "
            "Department of Justice unsealed further charges against him.",
            "arrest",
            "Department of Justice",
            "him",
        ),
        (
            "The FBI opened an investigation into the shooting on Sunday.",
            "investigation",
            "FBI",
            "shooting",
        ),
        (
            "Brazil's National Institute for Space Research has reported there have been 85% "
            "more wildfires in Brazil in 2019 than there were in 2018.",
            "report",
            "Space Research",
            "",
        ),
        (
            "According to a survey published by the European Commission last week, most voters "
            "favoured stricter controls.",
            "report",
            "European Commission",
            "",
        ),
        (
            "However, a UN report eventually concluded evidence supported his murder inside the "
            "consulate.",
            "report",
            "UN",
            "",
        ),
    ],
)
def test_event_words_and_their_roles(nlp, text, type_, agents, patients):
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames, f"no {type_} in {text!r}"
    frame = frames[0]
    assert agents in " ".join(r.text for r in frame.agents)
    assert patients in " ".join(r.text for r in frame.patients)


def test_who_tells_of_an_arrest_by_no_one_named_made_it(nlp):
    """ "Authorities … announced that 337 suspected users … were arrested": the authorities'
    arrests; "Trump said he was killed" names no killer, and an arrest by someone named is
    theirs."""

    def arrests(text: str) -> list[list[str]]:
        frames = [e for e in match(nlp(text), 0).events if e.type == "arrest"]
        return [[r.text for r in e.agents] for e in frames]

    found = arrests(
        "Yesterday, authorities in the United Kingdom and the United States announced that 337 "
        "suspected users in 38 countries were arrested following an investigation."
    )
    assert found and "United Kingdom" in " ".join(found[0])
    found = arrests(
        "Dedi Prasetyo, a spokesperson for the Indonesian National Police, confirmed that two "
        "suspects were arrested."
    )
    assert found and "Indonesian National Police" in " ".join(found[0])
    assert arrests("The mayor said two men were arrested by the border guard.") == [
        ["the border guard"]
    ]
    assert not [
        e
        for e in match(nlp("Trump said Hamza bin Laden was killed in an operation."), 0).events
        if e.type == "killing" and e.agents
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Kirsten Gillibrand, who was a candidate in the Democratic primary for the 2020 United "
         "States presidential election, ended her campaign on Wednesday.", "Kirsten Gillibrand"),
        ("Gillibrand dropped out ahead of the upcoming third Democratic primary debate.",
         "Gillibrand"),
        ("Beto O'Rourke suspended his presidential bid on Friday.", "Beto O'Rourke"),
        ("Cruz withdrew from the race in May.", "Cruz"),
        ("Following the primary, Steyer dropped out of the presidential race.", "Steyer"),
        ("Yesterday, Buttigieg followed suit, likewise dropping out of the race.", "Buttigieg"),
    ],
)  # fmt: skip
def test_a_candidate_giving_up_a_race_ends_a_campaign(nlp, text, who):
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "campaign-end"]
    assert who in " ".join(r.text for r in frame.agents)


@pytest.mark.parametrize(
    ("text", "who", "type_"),
    [
        ("Representative Carolyn Maloney, the most senior Democrat on the Oversight and Reform "
         "Committee, has stepped into Cummings's role as the committee's acting chair.",
         "Carolyn Maloney", "appointment"),
        ("Smith took over as chair of the committee in May.", "Smith", "appointment"),
        ("She stepped in as acting president.", "She", "appointment"),
        ("He stepped down as chairman in 2017.", None, "appointment"),
        ("The army took over the government.", None, "appointment"),
    ],
)  # fmt: skip
def test_stepping_in_or_taking_over_as_an_office_takes_it(nlp, text, who, type_):
    """The one who steps in is appointed; the role stepped into ("Cummings's role") names
    its former holder, no participant."""
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    if who is None:
        assert not frames
        return
    (frame,) = frames
    named = " ".join(r.text for r in frame.patients)
    assert who in named and "Cummings" not in named


@pytest.mark.parametrize(
    "text",
    [
        "He dropped out of college in 1990.",
        "The two sides ended the talks on Friday.",
        "The US withdrew its troops from Syria.",
    ],
)
def test_dropping_out_of_college_or_ending_talks_ends_no_campaign(nlp, text):
    assert not [e for e in match(nlp(text), 0).events if e.type == "campaign-end"]


@pytest.mark.parametrize(
    ("text", "type_", "agents", "patients"),
    [
        ("Mukherjee received the Bharat Ratna in 2019.", "award", "", "Mukherjee"),
        ("Iyambo was awarded the Most Brilliant Order of the Sun in 2014.", "award", "",
         "Iyambo"),
        ("President Obama awarded him the Presidential Medal of Freedom.", "award",
         "President Obama", "him"),
        ("Pranab Mukherjee tested positive for COVID-19 on Monday.", "illness", "",
         "Pranab Mukherjee"),
        ("Boris Johnson was diagnosed with COVID-19 in March.", "illness", "", "Boris Johnson"),
        ("Mukherjee was hospitalised after a fall at his home.", "illness", "", "Mukherjee"),
        ("Igor Matovič went into self-isolation on Sunday.", "illness", "", "Igor Matovič"),
        ("The prime minister will self-isolate for ten days.", "illness", "", "prime minister"),
        ("Donald Trump pardoned Michael Flynn on Wednesday.", "pardon", "Donald Trump",
         "Michael Flynn"),
        ("Pelosi apologised to Trump on Friday.", "apology", "Pelosi", "Trump"),
        ("Trump accused Biden of fraud.", "accusation", "Trump", "Biden"),
        ("Iran threatened the United States with retaliation.", "threat", "Iran",
         "the United States"),
        ("Marcos imposed martial law in 1972.", "emergency", "Marcos", ""),
        ("DeSantis declared a state of emergency on Friday.", "emergency", "DeSantis", ""),
        ("The states sued over the state of emergency Trump declared last Friday.", "emergency",
         "Trump", ""),
        ("The government ordered ABS-CBN shut on Tuesday.", "suspension", "government",
         "ABS-CBN"),
        ("The franchise of ABS-CBN expired on May 4.", "suspension", "", "ABS-CBN"),
        ("ABS-CBN signed off the air on Tuesday evening.", "suspension", "", "ABS-CBN"),
        ("The Senate dismissed the bill in August.", "election", "Senate", "bill"),
        ("The Supreme Court rejected the lawsuit on Friday.", "ruling", "Supreme Court",
         "lawsuit"),
        ("Indira Gandhi gave him ministerial posts in her cabinet.", "appointment",
         "Indira Gandhi", "him"),
        ("Joe Biden named Kamala Harris as his running mate on Tuesday.", "appointment",
         "Joe Biden", "Kamala Harris"),
        ("Lamar Alexander did not seek reelection in 2020.", "resignation", "",
         "Lamar Alexander"),
        ("Thousands rallied outside the National Congress on Tuesday.", "protest", "Thousands",
         "National Congress"),
        ("The court rejected the motion.", "ruling", "court", "motion"),
        ("He did not seek a second term.", "resignation", "", "He"),
        ("George Washington sought no third term.", "resignation", "", "George Washington"),
        ("He did not run for re-election in 2018.", "resignation", "", "He"),
        ("Mukherjee was re-elected to the Lok Sabha in 2009.", "election", "", "Mukherjee"),
        ("She won a seat in the Senate in 2016.", "election", "She", "Senate"),
        ("He became a member of the Rajya Sabha in 1969.", "appointment", "", "He"),
        ("He was conferred the Bharat Ratna in 2019.", "award", "", "He"),
        ("Trump granted a pardon to Flynn.", "pardon", "Trump", "Flynn"),
        ("He was placed under quarantine.", "illness", "", "He"),
        ("The government ordered the closure of ABS-CBN.", "suspension", "government",
         "ABS-CBN"),
        ("Biden announced Harris as his running mate on Tuesday.", "appointment", "Biden",
         "Harris"),
        ("From 2004 to 2006, Mukherjee was Minister of Defence.", "appointment", "",
         "Mukherjee"),
        ("Adamowicz has been mayor since 1998.", "appointment", "", "Adamowicz"),
    ],
)  # fmt: skip
def test_honours_illness_legal_acts_and_closures_are_events(nlp, text, type_, agents, patients):
    """Issue 7: awards, an office-holder's illness, pardons, apologies, accusations and
    threats, emergency rule, a broadcaster shut, a bill or lawsuit turned down, posts given,
    a re-election not sought and a rally outside a body."""
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert agents in " ".join(r.text for r in frames[0].agents)
    assert patients in " ".join(r.text for r in frames[0].patients)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("He received an order to withdraw.", "award"),
        ("Boeing was awarded a contract by the Air Force.", "award"),
        ("The army tested a missile on Monday.", "illness"),
        ("He went into politics in 1990.", "illness"),
        ("He was taken to hospital on Monday.", "illness"),
        ("The deadline expired on Friday.", "suspension"),
        ("He would not seek reelection.", "resignation"),
        ("Trump did not meet Kim.", "resignation"),
        ("The spokesman rejected the claims.", "ruling"),
        ("The spokesman rejected the claims.", "election"),
        ("The government imposed tariffs on steel.", "emergency"),
        ("Gandhi gave him a letter.", "appointment"),
        ("Trump rejected the bill on Friday.", "election"),
        ("The opposition did not contest the election.", "resignation"),
        ("His mandate expired in May.", "suspension"),
        ("He became a member of NATO's advisory group.", "appointment"),
        ("He was a minister in 1975.", "appointment"),
        ("She sought a third term in 2019.", "resignation"),
        ("He was not president from 2004.", "appointment"),
        ("The meeting was from 2 to 4 pm.", "appointment"),
        # fix24: a doping case, the wounded of an attack or a crash, a state that rejects
        # another's bill, a party standing aside, dangers, the charges of an impeachment
        ("Maria Sharapova tested positive for meldonium in 2016.", "illness"),
        ("The cyclist Lance Armstrong tested positive for a banned substance.", "illness"),
        ("Smith was hospitalized after being shot by police on Monday.", "illness"),
        ("Three passengers were hospitalised with injuries after the crash.", "illness"),
        ("Beijing rejected the bill, calling it interference.", "election"),
        ("The Conservative Party did not contest the seat in 2019.", "resignation"),
        ("Rising sea levels threaten the island nation of Tuvalu.", "threat"),
        ("The virus threatened the economy of Italy.", "threat"),
        ("Biden said that Trump was threatening democracy.", "threat"),
        ("The second accused him of obstruction of Congress.", "accusation"),
        ("The second article accused him of obstruction of Congress.", "accusation"),
    ],
)
def test_words_of_those_events_in_other_senses_are_none(nlp, text, type_):
    assert not [e for e in match(nlp(text), 0).events if e.type == type_]


def test_what_an_accusation_is_of_is_no_participant(nlp):
    """ "accused him of obstruction of Congress": Congress is what is said, not who is
    accused."""
    (frame,) = [
        e
        for e in match(nlp("The senator accused him of obstruction of Congress."), 0).events
        if e.type == "accusation"
    ]
    assert [r.text for r in frame.patients] == ["him"]


@pytest.mark.parametrize(
    ("text", "type_", "patient"),
    [
        ("He tested positive on Monday.", "illness", "He"),
        ("Trump threatened the governors on Monday.", "threat", "the governors"),
        ("Trump threatened him with arrest.", "threat", "him"),
    ],
)
def test_illness_and_threats_still_found(nlp, text, type_, patient):
    """fix24: what the doping, danger and injury exceptions leave alone."""
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames and patient in [r.text for r in frames[0].patients]


def test_the_honour_awarded_is_no_one_honoured(nlp):
    """ "was awarded the Order of Lenin by Russia": Putin is honoured, not the Order (which the
    NER reads as a person)."""
    text = "Putin was awarded the Order of Lenin by Russia."
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "award"]
    assert [r.text for r in frame.patients] == ["Putin"]


def test_a_rally_outside_a_building_is_not_at_a_body(nlp):
    """ "rallied outside the White House": a building (which resolves to the state), not a
    body where it sits as "outside the National Congress" is."""
    text = "Thousands rallied outside the White House on Sunday."
    frames = [e for e in match(nlp(text), 0).events if e.type == "protest"]
    assert not any("White House" in r.text for e in frames for r in e.patients)


def test_one_who_follows_suit_declares_an_emergency_of_his_own(nlp):
    """ "DeSantis declared a state of emergency, with Governor Henry McMaster following suit
    yesterday": McMaster's is another day's, he is no participant of DeSantis's."""
    text = (
        "Last week, Florida Governor Ron DeSantis declared a state of emergency in anticipation "
        "of Dorian, with South Carolina Governor Henry McMaster following suit yesterday."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "emergency"]
    assert not any("McMaster" in r.text for r in frame.patients)


def test_what_borders_a_place_ordered_shut_is_not_shut(nlp):
    """ "ordered the border with Mexico closed": the border, not Mexico, is closed (only a
    name ordered shut is suspended: "ordered ABS-CBN shut")."""
    frames = [
        e
        for e in match(nlp("Trump ordered the border with Mexico closed."), 0).events
        if e.type == "suspension"
    ]
    assert not any("Mexico" in r.text for e in frames for r in e.patients)


def test_what_an_award_is_for_does_not_date_it(nlp):
    """ "won their prize for discovering the first known exoplanet in 1995": 1995 is the
    discovery's, an aside the award's date is not taken from."""
    text = "Queloz won the prize for discovering the first known exoplanet in 1995."
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "award"]
    assert any("1995" in r.text for r in frame.asides)


def test_negated_events_are_not_events(nlp):
    assert not [e for e in match(nlp("Trump did not meet Kim."), 0).events if e.type == "meeting"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Dr. Tomasz Stefaniak was met with applause early today.", "meeting"),
        ("Volker arranged a meeting during President Trump's planned trip to Warsaw.", "visit"),
        ("Theresa Mayhew is to step up her campaign.", "resignation"),
        ("Kevin McCarthy became a close ally of the president.", "appointment"),
        (  # a conditional
            "The Speaker automatically assumes the presidency if the President and Vice "
            "President are both killed.",
            "appointment",
        ),
        (  # a verbal attack is criticism
            'Trump, responding via Twitter, attacked the impeachment investigation as "Witch Hunt '
            'garbage."',
            "strike",
        ),
        ("The convoy passed the border at noon on Monday.", "election"),  # no law passed
        ("The Court of Session found the prorogation unlawful.", "founding"),  # "find"
        (  # the prorogation is the ruling's topic, not something that happened that day
            "Today the Supreme Court of the United Kingdom issued a ruling on the prorogation of "
            "the Parliament of the United Kingdom.",
            "suspension",
        ),
        ("The press asked Trump about it that same day, but he declined to comment.", "request"),
        (
            "The center obtained the Telegram messages and released them publicly on July 13.",
            "release",
        ),
        ("A team of scientists released findings on Thursday about the statues.", "release"),
        ("The Labour MP left the party in February.", "withdrawal"),
        ("In it, Trump asks Zelensky to investigate Joe Biden and his son.", "investigation"),
        (  # a bare infinitive asked for
            "He has requested U.S. President Donald Trump declare a state of emergency in "
            "Louisiana on the federal level.",
            "statement",
        ),
        ("Iran urged that the UN impose sanctions on Israel.", "sanctions"),
        (
            "The United States, which has retreated from a previous goal of ousting Syrian "
            "President Bashar al-Assad, has stated reconstruction will cost billions.",
            "dismissal",
        ),
        ("The foreign minister said Mexico would consider charging the gunman.", "arrest"),
        (  # what always happens
            "Puerto Rico does not get any vote in the U.S. Electoral College that elects the U.S. "
            "President.",
            "election",
        ),
        ("He interfered with an investigation into Burisma Holdings.", "investigation"),
        ("Reuters reported on Monday that the ban is not part of any broader plan.", "statement"),
        ("Znak.com reported its source said three terrorists were killed.", "statement"),
        (
            "Manafort's charges involved unregistered foreign lobbying and witness tampering.",
            "arrest",
        ),
        (
            "The Department of Justice has not pursued criminal charges against those held in "
            "contempt of Congress.",
            "arrest",
        ),
        (
            "Wikinews also asked Stamenković how their research is linked to the discovery.",
            "request",
        ),
        ("This is the first report of a protester being shot with live ammunition.", "statement"),
        (  # an outlet's poll sources the news
            "According to a poll published by NBC News last week, over 220 members of the House "
            "favored some form of impeachment.",
            "statement",
        ),
        ("A CNN poll found most voters backed the inquiry.", "statement"),
    ],
)
def test_what_did_not_happen_is_no_event(nlp, text, type_):
    assert not [e for e in match(nlp(text), 0).events if e.type == type_]


def test_an_event_whose_verb_is_left_out_is_an_occurrence_of_its_own(nlp):
    """ "…, and Andrew Johnson in 1868": impeached too, dated by the words next to him."""
    text = "Bill Clinton was impeached in 1998, and Andrew Johnson in 1868."
    frames = [e for e in match(nlp(text), 0).events if e.type == "impeachment"]
    assert [[r.text for r in e.patients] for e in frames] == [["Bill Clinton"], ["Andrew Johnson"]]
    article = Article("a", "T", "2019-12-21", "Wire", None, "en", (text,))
    context = Context(article, (Sentence(0, 0, len(text), text, ()),), (), date(2019, 12, 21))
    dates = [context.date_near(0, 0, e.trigger.start, skip=e.asides) for e in frames]
    assert [d.value for d in dates if d] == ["1998", "1868"]


def test_the_office_a_clause_on_the_complement_names_dates_the_event(nlp):
    """ "to serve as Speaker … in 2007" says what she became: its date is the event's."""
    text = "Nancy Pelosi became the first woman to serve as Speaker of the House in 2007."
    frames = [e for e in match(nlp(text), 0).events if e.type == "appointment"]
    assert [f.trigger.text for f in frames] == ["became", "serve"]  # one page: they merge
    assert frames[0].asides == ()


def test_ruling_a_country_is_governing_not_a_court_ruling(nlp):
    text = "Mugabe ruled Zimbabwe for 37 years, first as prime minister, then as president."
    assert not [e for e in match(nlp(text), 0).events if e.type == "ruling"]


@pytest.mark.parametrize(
    "text",
    [
        "The federal government is shut down because President Trump and the previous Congress "
        "could not reach an agreement about the national budget.",
        "Johnson plans on leaving the European Union even if no agreement has been reached.",
        "Trump said that he did indicate to the Ukrainians that the aid was contingent on their "
        "addressing corruption but denied that he made any specific deal about the Bidens.",
    ],
)
def test_an_agreement_the_sentence_denies_is_none(nlp, text):
    assert match(nlp(text), 0).agreements == ()


def test_an_agreement_with_its_parties_value_subject_and_status(nlp):
    text = (
        "Russian state nuclear energy giant Rosatom signed a $25-billion deal last month with "
        "Iran to build four nuclear power plants in the country."
    )
    (frame,) = match(nlp(text), 0).agreements
    assert (frame.type, frame.status, frame.value) == ("deal", "signed", "$25-billion")
    assert {"Rosatom", "Iran"} <= {w for r in frame.parties for w in r.text.split()}


def test_withdrawing_from_a_treaty_sets_its_status(nlp):
    text = "Last year Donald Trump withdrew the US from a nuclear treaty with Iran."
    (frame,) = match(nlp(text), 0).agreements
    assert frame.status == "withdrawn"


def test_seed_quotations_reach_their_speakers_and_curated_records_absorb_proposals(tmp_path):
    from conftest import ROOT

    from generator.annotate import annotate
    from generator.dates import sentence_dates
    from generator.extract import extract
    from generator.load import load_content
    from generator.resolve import resolve

    content = load_content(ROOT / "content")
    annotations = annotate(content.articles, content.entities, cache_dir=tmp_path)
    resolved = extract(resolve(content, annotations), annotations, content.articles)
    by = {}
    for s in resolved.statements:
        by.setdefault(s.speaker.split("/")[1], set()).add(s.quote[:20])
    assert by["vladimir-putin"] == {"very close", "We are actively work"}
    assert len(by["masoud-pezeshkian"]) == 3
    assert by["dmitry-peskov"] == {"Russia is definitely", "excessive pressure", "very complicated"}
    assert by["ali-khamenei"] == {"keep dreaming", "to say what a countr"}
    proposed = [e for e in resolved.entities if not e.curated and e.kind != "actors"]
    assert not [e for e in proposed if e.type in ("signing", "meeting")], "curated ones absorb"
    # curated agreements absorb theirs; the only ones proposed are Iran's "long-term
    # agreements with key partners like China and Russia", whose curated states are parties
    assert sorted(tuple(sorted(e.parties)) for e in proposed if e.kind == "agreements") == [
        ("china", "iran"),
        ("iran", "russia"),
    ]
    again = extract(resolve(content, annotations), annotations, content.articles[::-1])
    assert [e.key for e in again.entities] == [e.key for e in resolved.entities]
    # The sentences' dates found once for extract and link (as a build does) change nothing.
    plain = resolve(content, annotations)
    dates = sentence_dates(content.articles, plain.sentences)
    assert any(found for article in dates.values() for found in article)
    assert extract(plain, annotations, content.articles, dates=dates) == resolved


def test_they_stand_for_the_body_named_just_before_even_when_it_is_no_actor(nlp):
    """ "They released a statement which said "…"": the statement's owner is "they", not a
    possessive inside the quotation; "they" is whoever the sentence before names, and when
    that name is no actor, nobody older (Sputnik News) stands in for it."""
    paragraphs = [
        "In an interview with Sputnik News, UNESCO also said that this change would require its "
        "approval.",
        "This Thursday the United States Commission on International Religious Freedom also "
        'criticized the move. They released a statement which said, "Hagia Sophia bears '
        'profound historical and spiritual significance for its faithful."',
    ]
    people = {"Sputnik News": "sputnik", "UNESCO": "unesco"}
    assert said(nlp, paragraphs, people) == []
    people["United States Commission on International Religious Freedom"] = "uscirf"
    assert [s for s, _ in said(nlp, paragraphs, people)] == ["uscirf"]


def test_a_relative_clause_about_something_else_is_an_aside_of_the_event(nlp):
    """The Monday of "which was made on Monday" dates the proclamation, not the meeting."""
    text = (
        "On Wednesday Erdogan met Trump to discuss the proclamation on the Golan Heights, which "
        "was made on Monday."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "meeting"]
    assert [a.text for a in frame.asides] == ["which was made on Monday"]


def test_an_event_takes_no_date_from_its_asides():
    text = "On Wednesday Erdogan met Trump about the proclamation, which was made on Monday."
    article = Article("a", "T", "2019-03-31", "Wire", None, "en", (text,))
    context = Context(article, (Sentence(0, 0, len(text), text, ()),), (), date(2019, 3, 31))
    aside = Role(text.index("which"), len(text) - 1, "which was made on Monday")
    near_monday = text.index("Monday")
    assert context.date_near(0, 0, near_monday).value == "2019-03-25"
    assert context.date_near(0, 0, near_monday, skip=[aside]).value == "2019-03-27"


@pytest.mark.parametrize(
    ("text", "type_", "parties"),
    [
        (
            "On Monday, the US chip maker Nvidia acquired Israeli firm Mellanox Technologies for "
            "$6.9 billion.",
            "acquisition",
            {"Nvidia", "Mellanox"},
        ),
        (
            "Regulators in China approved the acquisition of Mellanox Technologies by Nvidia.",
            "acquisition",
            {"Mellanox", "Nvidia"},
        ),
        (
            "Last year, India licensed Russian rifle technology and began assembling Kalashnikov "
            "rifles in Amethi.",
            "licence",
            {"India"},
        ),
        (
            "Saudi Aramco agreed with Total to build a petrochemical complex as a joint venture "
            "in Jubail.",
            "joint-venture",
            {"Aramco", "Total"},
        ),
    ],
)
def test_acquisitions_licences_and_joint_ventures_are_agreements(nlp, text, type_, parties):
    frames = [a for a in match(nlp(text), 0).agreements if a.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert parties <= {w for r in frames[0].parties for w in r.text.split()}


@pytest.mark.parametrize(
    "text",
    [
        "Poland bought 32 F-35 fighter jets from the United States on Friday.",
        "Johnson has repeatedly stated that Britain must leave by that date with or without a "
        "deal.",
        "It would have been much more costly to research mortar technology than to acquire it "
        "this way.",
        "Parliament, however, has repeatedly voted against a no-deal Brexit.",
        "Yesterday was the 70th anniversary of the Communist Party's takeover of China.",
        "Wikinews attended the Texas Haunters Convention on the last weekend of July.",
        "After the convention, he told Wikinews that sculpting was a way to relax.",
        "Winch said he has produced a great deal of horror-comedy films, but grew tired of it.",
        # what is taken over is employees, not the company they come from
        "Salling also takes over about 7000 employees from Tesco, which keeps 19 stores.",
        "Russia sold S-400 missile systems to Turkey last year.",  # goods, to a state
        "The foreign ministers agreed to a future meet on Crete.",  # more talk, no agreement
        "Trump has long opposed free trade agreements with China.",  # agreements in general
    ],
)
def test_goods_bought_and_a_deal_left_without_are_no_agreements(nlp, text):
    assert match(nlp(text), 0).agreements == ()


def test_a_deal_that_would_be_reached_is_only_proposed(nlp):
    text = 'Johnson said he remained "cautiously optimistic" a deal would be reached with the EU.'
    (frame,) = match(nlp(text), 0).agreements
    assert frame.status == "proposed"


def test_a_named_accord_binds_the_state_its_adjective_names(nlp):
    text = (
        "Brazil is part of a pact between the European Union and Mercosur, which requires "
        "Brazilian compliance with the Paris Climate Accord."
    )
    frames = {a.name: a for a in match(nlp(text), 0).agreements}
    accord = frames["Paris Climate Accord"]
    article = Article("a", "T", "2019-08-24", "Wire", None, "en", (text,))
    brazil = Mention("actors/brazil", "a", 0, 0, 0, 6, "Brazil", "ner")
    context = Context(article, (Sentence(0, 0, len(text), text, ()),), (brazil,), date(2019, 8, 24))
    assert context.adjective_actors(accord.parties) == ("brazil",)


def _quoted(nlp, paragraphs: list[str], people: dict[str, str]):
    """Parse one-sentence paragraphs, mention each named person (paragraph = sentence), and
    attribute the quotations: the article, its quote frames, the mentions and the statements."""
    article = Article("a", "T", "2020-01-05", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    mentions = [
        Mention(
            f"actors/{id_}", "a", p, p, text.find(name), text.find(name) + len(name), name, "ner"
        )
        for p, text in enumerate(paragraphs)
        for name, id_ in people.items()
        if name in text
    ]
    frames = [q for i, doc in enumerate(docs) for q in match(doc, i).quotes]
    persons = frozenset(f"actors/{i}" for i in people.values())
    found = attribute(article, frames, sentences, mentions, persons, date(2020, 1, 5))
    return article, frames, mentions, found


def test_a_source_commenting_on_the_news_makes_no_statement_event(nlp):
    """A professor's or prosecutor's words are statements of theirs, not acts of policy."""
    from generator.extract.statements import commentators

    paragraphs = [
        'Harvard law professor Laurence Tribe said, "The order is plainly unconstitutional."',
        'Senator Chuck Schumer said, "We will fight this order in the courts."',
    ]
    people = {"Laurence Tribe": "laurence-tribe", "Chuck Schumer": "chuck-schumer"}
    _, frames, _, found = _quoted(nlp, paragraphs, people)
    assert {s.speaker for s in found} == {"actors/laurence-tribe", "actors/chuck-schumer"}
    assert commentators(frames, found) == {"actors/laurence-tribe"}


def test_a_speaker_introduced_as_dr_is_a_source(nlp):
    """ "said Dr. David Livermore", "Dr. Alison Kock of the University of Cape Town said": a
    doctor or scholar commenting, like "doctor"; the minister beside them speaks for policy."""
    from generator.extract.statements import commentators

    paragraphs = [
        '"The types found in food were almost entirely different from those in human '
        'infections," said Dr. David Livermore.',
        'Health Minister Matt Hancock said, "We will act on resistance."',
    ]
    people = {"David Livermore": "david-livermore", "Matt Hancock": "matt-hancock"}
    article, frames, mentions, found = _quoted(nlp, paragraphs, people)
    assert {s.speaker for s in found} == {"actors/david-livermore", "actors/matt-hancock"}
    assert commentators(frames, found, article, mentions) == {"actors/david-livermore"}


def test_a_surname_a_body_and_a_name_in_apposition_find_their_speaker(nlp):
    """ "Geingob tweeted" after "Hage Geingob"; "the court said" after "the Court of Session";
    "The mayor of Paris, Anne Hidalgo, wrote"."""
    paragraphs = [
        "The president of Namibia, Hage Geingob, expressed his sadness at the death. Geingob "
        'tweeted, "I announce with sadness the passing of my comrade, former Vice President."',
        "On Wednesday the Court of Session ruled on the prorogation. The court said the advice "
        'to the Queen "was motivated by the improper purpose of stymying Parliament."',
        'The mayor of Paris, Anne Hidalgo, wrote on Twitter: "Paris is mourning its family '
        'this afternoon after this appalling attack."',
    ]
    people = {
        "Hage Geingob": "hage-geingob",
        "Court of Session": "court-of-session",
        "Anne Hidalgo": "anne-hidalgo",
        "Military Times": "military-times",
    }
    found = said(nlp, paragraphs, people, bodies=frozenset({"court-of-session", "military-times"}))
    assert [s for s, _ in found] == ["hage-geingob", "court-of-session", "anne-hidalgo"]


def test_a_speaker_named_but_no_actor_is_not_the_body_in_apposition(nlp):
    text = (
        '"Inflation will stay above target this year," said Jan Novak, president of the Czech '
        "National Bank."
    )
    bank = {"Czech National Bank": "czech-national-bank"}
    assert said(nlp, [text], bank, bodies=frozenset(bank.values())) == []


def test_a_quoted_name_in_a_later_sentence_is_nobodys_words(nlp):
    text = (
        'Maróth noted the army had been "effectively disarmed" by 2010. Hungary launched a '
        'military development program dubbed "Zrínyi 2026" in 2017.'
    )
    assert said(nlp, [text], {"Maróth": "gaspar-maroth"}) == [
        ("gaspar-maroth", "effectively disarmed")
    ]


def test_a_person_quoted_but_no_actor_gets_a_page_and_the_quotation(nlp):
    """Someone named once and quoted ("Katya", a protester) is an actor of the news."""
    from generator.extract.statements import new_speakers

    paragraphs = [
        "Thousands marched through Minsk on Sunday.",
        '"We will come back every Sunday until they listen to us," said Alexei Sokolov, a '
        "34-year-old engineer.",
    ]
    article = Article("a", "T", "2020-01-05", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    frames = [q for i, doc in enumerate(docs) for q in match(doc, i).quotes]
    ((person, mention),) = new_speakers(article, frames, sentences, [], frozenset())
    assert (person.key, person.name, person.type, person.curated) == (
        "actors/alexei-sokolov",
        "Alexei Sokolov",
        "person",
        False,
    )
    found = attribute(
        article, frames, sentences, [mention], frozenset({person.key}), date(2020, 1, 5)
    )
    assert [(s.speaker, s.quote[:18]) for s in found] == [(person.key, "We will come back ")]
    assert new_speakers(article, frames, sentences, [], frozenset({person.key})) == []


@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        ("Nickey Iyambo was born in 1935 in Ovamboland, then part of South West Africa.", "birth",
         "Nickey Iyambo"),
        ("When Mugabe took office in 1987, he also became head of the armed forces.",
         "appointment", "Mugabe"),
        ("Secretary of Justice Wanda Vázquez Garced was sworn in as governor at 5:00 p.m.",
         "appointment", "Wanda Vázquez Garced"),
        ("Mugabe won a presidential election over Morgan Tsvangirai of the MDC.", "election",
         "Mugabe"),
        ("Mahan Air, founded in 1992, is Iran's largest private airline.", "founding",
         "Mahan Air"),
        ("Nigel Farage founded the Brexit Party in 2019.", "founding", "Brexit Party"),
        # the tokenizer splits "co-founded": "Mugabe" hangs on "co", and is still who acted
        ("Mugabe co-founded the Zimbabwe African National Union (ZANU) to oppose the white "
         "minority rule, but was arrested in 1963 and was imprisoned until 1974.", "founding",
         "Mugabe"),
        ("Mugabe co-founded the Zimbabwe African National Union (ZANU) to oppose the white "
         "minority rule, but was arrested in 1963 and was imprisoned until 1974.", "arrest",
         "Mugabe"),
        # "protested" misread as a participle on "Members"
        ('Members of the House of Commons protested by shouting "shame on you!" during Monday\'s '
         "final session.", "protest", "House of Commons"),
    ],
)  # fmt: skip
def test_background_events_of_office_holders(nlp, text, type_, who):
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert who in " ".join(r.text for r in (*frames[0].agents, *frames[0].patients))


def test_ruling_a_country_with_a_clause_after_it_is_still_governing(nlp):
    text = "Mugabe ruled Zimbabwe, serving as its first prime minister, 1980–1987."
    assert not [e for e in match(nlp(text), 0).events if e.type == "ruling"]


def test_a_shared_surname_is_the_headlines_person():
    """ "Mugabe" is left unlinked by resolve (Robert and Grace Mugabe); in the article
    headlined with Robert Mugabe it is Robert, but not inside "Grace Mugabe"."""
    from generator.extract.surnames import headline_surnames
    from generator.model import Entity, Span

    paragraphs = (
        "Robert Gabriel Mugabe was born in 1924. His wife Grace Mugabe was at his side.",
        "Mugabe ruled Zimbabwe for 37 years.",
    )
    article = Article(
        "a", "Longtime leader of Zimbabwe Robert Mugabe dies aged 95", "2019-09-09", "Wire",
        None, "en", paragraphs,
    )  # fmt: skip
    first, second = paragraphs[0].split(". ")
    sentences = (
        Sentence(0, 0, len(first) + 1, first + ".", ()),
        Sentence(0, len(first) + 2, len(paragraphs[0]), second,
                 (Span("Grace Mugabe", "PERSON", paragraphs[0].index("Grace"),
                       paragraphs[0].index("Grace") + 12, None),)),
        Sentence(1, 0, len(paragraphs[1]), paragraphs[1], ()),
    )  # fmt: skip
    grace_at = paragraphs[0].index("Grace")
    robert = Entity("actors", "robert-mugabe", "Robert Gabriel Mugabe", "person", curated=False)
    grace = Entity("actors", "grace-mugabe", "Grace Mugabe", "person", curated=False)
    mentions = [
        Mention(robert.key, "a", 0, 0, 0, 21, "Robert Gabriel Mugabe", "ner"),
        Mention(grace.key, "a", 0, 1, grace_at, grace_at + 12, "Grace Mugabe", "ner"),
    ]
    entities = {robert.key: robert, grace.key: grace}
    found = headline_surnames(article, sentences, mentions, frozenset({"Mugabe"}), entities)
    assert [(m.entity, m.paragraph, m.start, m.how) for m in found] == [
        (robert.key, 1, 0, "headline")
    ]
    assert headline_surnames(article, sentences, mentions, frozenset(), entities) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # the statement from a body is the body's
            ['"No Coalition troops were injured," said the statement from CJTF-OIR.'],
            [("cjtf-oir", "No Coalition troops were injured")],
        ),
        (  # a paragraph ending with a colon introduces the next, whatever its verb
            [
                "Mike Pompeo addressed reporters on Monday:",
                '"We will hold Iran accountable for these attacks."',
            ],
            [("pompeo", "We will hold Iran accountable for these attacks.")],
        ),
        (  # the parse roots the sentence in the quotation; the lead-in still introduces it
            ['Mike Pompeo was blunt about the talks: "The sanctions will stay in place."'],
            [("pompeo", "The sanctions will stay in place.")],
        ),
        (  # a quotation over two paragraphs, the first left open
            [
                'Mike Pompeo said: "The sanctions will stay in place.',
                '"Iran must change its behaviour before anything else."',
            ],
            [
                ("pompeo", "The sanctions will stay in place."),
                ("pompeo", "Iran must change its behaviour before anything else."),
            ],
        ),
        (  # a paragraph ending with its speaker speaking introduces a quotation with no cue
            [
                "Mike Pompeo spoke to reporters in Brussels on Monday.",
                '"We will hold Iran accountable. The sanctions will stay in place."',
            ],
            [("pompeo", "We will hold Iran accountable. The sanctions will stay in place.")],
        ),
        (  # but not one ending with something else he did
            [
                "Mike Pompeo arrived in Brussels on Monday.",
                '"We will hold Iran accountable. The sanctions will stay in place."',
            ],
            [],
        ),
    ],
)
def test_bodies_lead_ins_and_quotations_over_paragraphs(nlp, paragraphs, expected):
    people = {"Mike Pompeo": "pompeo", "CJTF-OIR": "cjtf-oir"}
    assert said(nlp, paragraphs, people, bodies=frozenset({"cjtf-oir"})) == expected


def test_a_participle_about_the_subject_is_an_aside_and_names_who_it_was_done_to(nlp):
    """The 1964 of "first elected to Congress in 1964" dates the election, not the birth."""
    text = (
        "John James Conyers Jr., first elected to Congress in 1964, was born in Detroit, "
        "Michigan, in 1929."
    )
    frames = {e.type: e for e in match(nlp(text), 0).events}
    assert [a.text for a in frames["birth"].asides] == ["first elected to Congress in 1964"]
    assert "John James Conyers Jr." in [p.text for p in frames["election"].patients]


def test_a_fronted_participle_is_an_aside_of_the_clause_after_it(nlp):
    """The 1941 of "Born … on June 23, 1941" dates the birth, not the meeting after it."""
    text = (
        "Born Robert Burns in Arroyo Grande, California on June 23, 1941, he took his "
        "stepfather's name and met future Grateful Dead guitarist Jerry Garcia when both were "
        "in their late teens."
    )
    (meeting,) = [e for e in match(nlp(text), 0).events if e.type == "meeting"]
    assert [a.text for a in meeting.asides] == [
        "Born Robert Burns in Arroyo Grande, California on June 23, 1941"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Asked by reporters on Tuesday about the strikes, Pompeo announced new sanctions on Iran.",
        "When interviewed by the BBC on Sunday, Erdogan declared that Turkey would not stop the "
        "offensive.",
    ],
)
def test_a_fronted_question_put_to_the_subject_is_no_aside(nlp, text):
    """Being asked is the occasion of what one says or does next: its Tuesday is theirs."""
    (frame,) = [e for e in match(nlp(text), 0).events if e.type in ("sanctions", "statement")]
    assert frame.asides == ()


def test_a_show_hosted_by_someone_is_no_meeting(nlp):
    text = (
        "The Bernie and Sid Show, hosted by Bernard McGuirk and Sid Rosenberg, tweeted a tribute."
    )
    assert not [e for e in match(nlp(text), 0).events if e.type == "meeting"]


@pytest.mark.parametrize(
    ("type_", "agents", "patients", "name"),
    [
        # "Tonga's Prime Minister Akilisi Pohiva died on Thursday": he died, Tonga did not.
        ("death", ("pohiva", "tonga"), (), "Death of Akilisi Pohiva"),
        # "At least 20 people died in Myanmar": no one named died.
        ("death", ("myanmar",), (), "Deaths in Myanmar"),
        # "36 people have been executed in Saudi Arabia": no state was killed or arrested.
        ("killing", (), ("canada",), "Killing in Canada"),
        ("arrest", ("pelosi",), ("canada",), "Arrest in Canada by Nancy Pelosi"),
        ("killing", (), ("canada", "pelosi"), "Killing of Canada and Nancy Pelosi"),
        ("resignation", ("rossello",), (), "Resignation of Ricardo Rosselló"),
        # "Trump was impeached": whoever acted, the impeachment is of the person.
        ("impeachment", ("johnson",), (), "Impeachment of Boris Johnson"),
        ("dismissal", ("pelosi",), ("schiff",), "Dismissal of Adam Schiff by Nancy Pelosi"),
        # "Wanda Vázquez was sworn in": the one appointed, not "Appointment on".
        ("appointment", (), ("vazquez",), "Appointment of Wanda Vázquez"),
        ("appointment", ("pelosi",), ("schiff",), "Appointment of Adam Schiff by Nancy Pelosi"),
        ("election", ("canada",), (), "Election in Canada"),
        ("election", ("conservatives", "johnson"), (), "Election of Boris Johnson"),
        ("statement", ("pelosi",), (), "Statement by Nancy Pelosi"),
        ("founding", ("pelosi",), ("canada",), "Founding of Canada by Nancy Pelosi"),
        ("lawsuit", ("canada",), ("pelosi",), "Lawsuit by Canada against Nancy Pelosi"),
        # "Johnson asked Queen Elizabeth II for this prorogation"
        ("request", ("johnson",), ("pelosi",), "Request by Boris Johnson to Nancy Pelosi"),
        # "Iran released the crew"; "the NCA's investigation of Matthew Falder"
        ("release", ("canada",), ("pelosi",), "Release of Nancy Pelosi by Canada"),
        ("investigation", ("canada",), ("pelosi",), "Investigation of Nancy Pelosi by Canada"),
        # "Johnson prorogued Parliament"; "the suspension of Parliament"
        ("suspension", ("johnson",), ("canada",), "Suspension of Canada by Boris Johnson"),
        ("suspension", (), ("canada",), "Suspension of Canada"),
        # "Governor Kay Ivey signed the Alabama Human Life Protection Act": a law, no parties
        ("signing", ("pelosi",), (), "Signing by Nancy Pelosi"),
        # issue 7: "Schiff was awarded the medal by Pelosi", "Pelosi tested positive",
        # "Johnson pardoned Schiff", "Pelosi apologised to Johnson", "Johnson accused Pelosi",
        # "Canada threatened Johnson", "thousands rallied outside the Conservative Party"
        # (named as the site reads it: "the" only before a known first word), "Johnson
        # imposed martial law"
        ("award", ("pelosi",), ("schiff",), "Award to Adam Schiff by Nancy Pelosi"),
        ("award", (), ("schiff",), "Award to Adam Schiff"),
        ("illness", (), ("pelosi",), "Illness of Nancy Pelosi"),
        ("pardon", ("johnson",), ("schiff",), "Pardon of Adam Schiff by Boris Johnson"),
        ("apology", ("pelosi",), ("johnson",), "Apology by Nancy Pelosi to Boris Johnson"),
        ("accusation", ("johnson",), ("pelosi",), "Accusation by Boris Johnson against Nancy "
         "Pelosi"),
        ("threat", ("canada",), ("johnson",), "Threat by Canada against Boris Johnson"),
        ("protest", (), ("conservatives",), "Protest at Conservative Party"),
        ("protest", (), ("canada",), "Protest by Canada"),
        # "activists protesting against him": not a protest by him
        ("protest", (), ("pelosi",), "Protest against Nancy Pelosi"),
        ("protest", ("johnson",), ("pelosi",), "Protest by Boris Johnson"),
        ("emergency", ("johnson",), (), "Emergency rule by Boris Johnson"),
        # issue 7 (events19): "Schiff was buried in Kerman", "Pelosi was reported missing"
        ("funeral", (), ("schiff",), "Funeral of Adam Schiff"),
        ("disappearance", (), ("pelosi",), "Disappearance of Nancy Pelosi"),
        # the lead's reader check, session 47: "He was nominated to the Supreme Court in 1975
        # by President Gerald Ford" (the nominee, not the court); "the commission approved
        # only the candidacies of Saied and two others" (what was approved: not "Approval on")
        ("nomination", ("johnson",), ("canada", "schiff"), "Nomination of Adam Schiff by Boris "
         "Johnson"),
        ("approval", (), ("pelosi", "schiff"), "Approval of Nancy Pelosi and Adam Schiff"),
    ],
)  # fmt: skip
def test_event_names_say_whom_it_is_about(type_, agents, patients, name):
    people = {
        "pohiva": ("Akilisi Pohiva", "person"),
        "tonga": ("Tonga", "state"),
        "myanmar": ("Myanmar", "state"),
        "rossello": ("Ricardo Rosselló", "person"),
        "vazquez": ("Wanda Vázquez", "person"),
        "pelosi": ("Nancy Pelosi", "person"),
        "schiff": ("Adam Schiff", "person"),
        "canada": ("Canada", "state"),
        "conservatives": ("Conservative Party", "organisation"),
        "johnson": ("Boris Johnson", "person"),
    }
    assert _event_name_among(people, type_, agents, patients) == name


def _event_name_among(people, type_, agents, patients, law=None):
    """The name of one proposal of ``type_`` whose actors are keys of ``people`` (key ->
    (name, type))."""
    names = {f"actors/{k}": v[0] for k, v in people.items()}
    types = {f"actors/{k}": v[1] for k, v in people.items()}
    mention = Mention("events/x", "a", 0, 0, 0, 4, "word", "extract")
    proposal = Proposal(
        "events", type_, agents, patients, None, None, None, mention, "2019-09-12", subject=law
    )
    return event_name([proposal], names, None, types)


def test_a_surname_the_ner_missed_names_the_person_given_in_full():
    """ "May's negotiated Brexit agreement": the NER reads "May" as a month; Theresa May is
    named in full in the article. Not when the article names another of that surname."""
    from generator.model import Span

    text = (
        "Theresa May appointed him Foreign Secretary, which he served as until 2018, resigning "
        "in protest to May's negotiated Brexit agreement."
    )
    article = Article("a", "T", "2019-07-24", "Wire", None, "en", (text,))
    may = Mention("actors/theresa-may", "a", 0, 0, 0, 11, "Theresa May", "ner")
    start = text.index("May's")
    role = Role(start, len(text) - 1, text[start:-1])
    sentence = Sentence(0, 0, len(text), text, (Span("Theresa May", "PERSON", 0, 11, None),))
    context = Context(
        article, (sentence,), (may,), date(2019, 7, 24), persons=frozenset({may.entity})
    )
    assert context.actors_in(0, [role]) == ("theresa-may",)
    other = Span("Elijah May", "PERSON", 0, 0, None)
    crowded = replace(sentence, spans=(*sentence.spans, other))
    context = replace(context, sentences=(crowded,))
    assert context.actors_in(0, [role]) == ()


def test_a_convention_ratified_is_a_treaty(nlp):
    (frame,) = match(nlp("Russia ratified the Chemical Weapons Convention in 1997."), 0).agreements
    assert (frame.type, frame.status, frame.name) == (
        "treaty",
        "ratified",
        "Chemical Weapons Convention",
    )


def test_a_director_of_an_institute_or_a_forum_is_a_source(nlp):
    """ "Research Institute Director Ane Alencar", "Ashton Bumhira, director of Youth Forum
    Zimbabwe": commentators; "Hatice Cengiz, fiancée of journalist Jamal Khashoggi" is no
    journalist, and "FBI Director Christopher Wray" speaks for his office."""
    from generator.extract.statements import commentators

    paragraphs = [
        "Amazon Environmental Research Institute Director Ane Alencar said, "
        '"This year we do not have an extreme drought."',
        '"He is the author of the challenges we are facing as a nation," said Ashton Bumhira, '
        "director of Youth Forum Zimbabwe.",
        "Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters. "
        '"I want justice," Hatice Cengiz said.',
        'FBI Director Christopher Wray said, "We will not tolerate attacks on our election."',
    ]
    people = {
        "Ane Alencar": "ane-alencar",
        "Ashton Bumhira": "ashton-bumhira",
        "Hatice Cengiz": "hatice-cengiz",
        "Christopher Wray": "christopher-wray",
    }
    article, frames, mentions, found = _quoted(nlp, paragraphs, people)
    assert {s.speaker for s in found} == {f"actors/{p}" for p in people.values()}
    assert commentators(frames, found, article, mentions) == {
        "actors/ane-alencar",
        "actors/ashton-bumhira",
    }


def test_an_outlet_cited_for_a_fact_makes_no_statement_event(nlp):
    """ "according to CNN, was called the "breadbasket"": how the news is sourced; a minister
    quoted "according to" is still one who speaks for policy."""
    from generator.extract.statements import commentators

    paragraphs = [
        "A few years into his tenure, Zimbabwe had a strong economy and, according to CNN, was "
        'called the "breadbasket of Africa".',
        '"We will not reopen the border," according to Interior Minister Joachim Brudzinski.',
    ]
    people = {"CNN": "cnn", "Joachim Brudzinski": "joachim-brudzinski"}
    _, frames, _, found = _quoted(nlp, paragraphs, people)
    assert {s.speaker for s in found} == {"actors/cnn", "actors/joachim-brudzinski"}
    assert commentators(frames, found) == {"actors/cnn"}


def test_a_source_is_known_by_where_the_article_names_them(nlp):
    """ "Steve Peers, a professor of EU law at the University of Essex, …" then "Peers said":
    a commentator; "Chief Executive Carrie Lam" governs."""
    from generator.extract.statements import commentators

    paragraphs = [
        "Steve Peers, a professor of EU law at the University of Essex, followed the case.",
        '"The court has spoken clearly on the backstop," Steve Peers said.',
        'Chief Executive Carrie Lam said, "We will not tolerate any acts of violence."',
    ]
    people = {"Steve Peers": "steve-peers", "Carrie Lam": "carrie-lam"}
    article, frames, mentions, found = _quoted(nlp, paragraphs, people)
    assert {s.speaker for s in found} == {"actors/steve-peers", "actors/carrie-lam"}
    assert commentators(frames, found) == set()
    assert commentators(frames, found, article, mentions) == {"actors/steve-peers"}


def test_a_name_in_quotation_marks_inside_the_speakers_phrase_is_no_statement(nlp):
    text = (
        'Calling it "just another apology", Anna Franowska of "Have no fear", an abuse victim '
        'support charity, told Reuters "it almost appears as if the statement was prepared '
        'before the church officials saw the movie".'
    )
    quotes = [q for _, q in said(nlp, [text], {"Anna Franowska": "franowska"})]
    assert "Have no fear" not in quotes
    assert "just another apology" in quotes


def test_two_speakers_on_one_decision_made_two_statements():
    """ "Trump claimed the documents were privileged" and "Kupec criticized the House's
    decision" share the House they are about, not a speaker: two statement events."""
    from generator.extract.merge import cluster

    def proposal(sentence: int, agents: tuple[str, ...], date_: str | None) -> Proposal:
        mention = Mention("events/x", "a", sentence, sentence, 0, 4, "said", "extract")
        return Proposal(
            "events", "statement", agents, ("house",), date_, None, None, mention, "2019-07-20"
        )

    trump = proposal(5, ("trump",), "2019-06-12")
    kupec = proposal(16, ("kupec", "justice-department"), None)
    again = proposal(17, ("kupec",), None)
    assert cluster([trump, kupec, again]) == [[trump], [kupec, again]]


def test_one_persons_meetings_with_different_people_are_two_meetings():
    """ "Basbug met President Gul … Gul met interior minister Atalay": two meetings of one
    article sharing Gul, each naming someone the other does not; "Vorland and Ostria will
    meet", then their ministers by name (whose titles name the states), is one meeting."""
    from generator.extract.merge import cluster

    def proposal(
        sentence: int, agents: tuple[str, ...], patients: tuple[str, ...], titled=()
    ) -> Proposal:
        mention = Mention("events/x", "a", sentence, sentence, 0, 3, "met", "extract")
        return Proposal(
            "events", "meeting", agents, patients, None, None, None, mention, "2009-01-11",
            affiliations=titled,
        )  # fmt: skip

    basbug = proposal(2, ("basbug",), ("gul",))
    gul = proposal(3, ("gul",), ("atalay",))
    again = proposal(4, ("gul",), ("basbug",))
    assert cluster([basbug, gul, again]) == [[basbug, again], [gul]]
    states = proposal(0, ("vorland", "ostria"), ())
    ministers = proposal(1, ("lindqvist",), ("moravec",), titled=("vorland", "ostria"))
    both = proposal(1, ("lindqvist", "ostria"), ("moravec", "vorland"))
    assert cluster([states, both]) == [[states, both]]
    assert cluster([states, ministers]) == [[states, ministers]]  # the titles' states
    # "Putin, Erdogan and Rouhani met in Sochi … Putin met Erdogan … Rouhani also met Putin
    # at the summit": pairs of a summit that names all three are that summit
    summit = proposal(0, ("putin", "erdogan", "rouhani"), ())
    pair = proposal(1, ("putin",), ("erdogan",))
    other = proposal(2, ("rouhani",), ("putin",))
    assert cluster([summit, pair, other]) == [[summit, pair, other]]


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude 6.3 earthquake struck the southern Philippines on Wednesday night.",
        "Bermuda was rarely hit by hurricanes, according to CNN.",
        "Aftershocks of a powerful earthquake with magnitude 6.3 that struck southern "
        "Philippines on Wednesday have increased the death toll.",
    ],
)
def test_a_natural_hazard_strikes_nobody(nlp, text):
    """An earthquake or a hurricane is no attacker: no strike on the place it hit."""
    assert not [e for e in match(nlp(text), 0).events if e.type == "strike"]


def test_a_place_after_a_participant_is_where_not_who(nlp):
    """ "the Jolo Cathedral in Mindanao, Philippines" was struck, not the Philippines; "US
    special forces in Pakistan" killed, not Pakistan."""
    text = "Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines."
    strikes = [e for e in match(nlp(text), 0).events if e.type == "strike"]
    # the verb's and the subject's ("bombings"): one attack, with the same patients
    assert [e.trigger.text for e in strikes] == ["bombings", "struck"]
    for strike in strikes:
        assert [r.text for r in strike.patients] == ["the Jolo Cathedral"]
    # the larger place after a comma is where too (the state of an attack by no one named)
    assert [r.text for r in strikes[1].places] == ["Mindanao, Philippines"]
    text = "Osama bin Laden was killed by US special forces in Pakistan in 2011."
    (killing,) = [e for e in match(nlp(text), 0).events if e.type == "killing"]
    assert [r.text for r in killing.agents] == ["US special forces"]
    assert [r.text for r in killing.places] == ["Pakistan"]


def test_what_a_place_is_is_no_participant(nlp):
    text = (
        "The governor of Louisiana, a U.S. state on the Gulf of Mexico, declared a state of "
        "emergency for the state on Thursday."
    )
    (emergency,) = [e for e in match(nlp(text), 0).events if e.type == "emergency"]
    assert [r.text for r in emergency.agents] == ["The governor of Louisiana"]


def test_what_a_place_is_does_not_cut_off_who_follows_it(nlp):
    """The phrase is one span: cut at the place's apposition, the mayor would be lost."""
    text = (
        "The governor of Louisiana, a U.S. state on the Gulf of Mexico, and the mayor of New "
        "Orleans declared a state of emergency on Thursday."
    )
    (emergency,) = [e for e in match(nlp(text), 0).events if e.type == "emergency"]
    (agents,) = emergency.agents
    assert agents.text.endswith("and the mayor of New Orleans")


@pytest.mark.parametrize(
    ("text", "type_", "who", "not_who"),
    [
        ("A former advisor for U.S. President Donald Trump was sentenced in U.S. Federal Court "
         "on Wednesday.", "sentencing", "A former advisor", "Trump"),
        ("Ricardo Llerandi, Rosselló's chief of staff, also announced his resignation.",
         "resignation", "Ricardo Llerandi", "Rosselló"),
        ("A third president, Richard Nixon, would have faced impeachment over the Watergate "
         "scandal but resigned before any impeachment vote.", "resignation", "Richard Nixon",
         "Watergate"),
    ],
)  # fmt: skip
def test_what_describes_a_person_is_not_who_it_happened_to(nlp, text, type_, who, not_who):
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == type_]
    named = " ".join(r.text for r in (*frame.agents, *frame.patients))
    assert who in named
    assert not_who not in named


def test_his_resignation_is_the_clause_subjects(nlp):
    text = (
        "Nevertheless, Mugabe was able to negotiate immunity from prosecution in exchange for "
        "his official resignation on November 21."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "resignation"]
    assert frame.patients[0].text == "Mugabe"


@pytest.mark.parametrize(
    ("text", "type_", "agents", "patients"),
    [
        ("The attack came less than two weeks before Indonesian President Joko Widodo's "
         "second term inauguration.", "appointment", [], ["Indonesian President Joko Widodo"]),
        ("Protesters called for Rosselló's resignation.", "resignation", [], ["Rosselló"]),
        ("Trump's dismissal of Bolton surprised Republicans.", "dismissal", ["Trump"],
         ["Bolton"]),
    ],
)  # fmt: skip
def test_whose_inauguration_or_resignation_it_was(nlp, text, type_, agents, patients):
    """The owner of what happens to a person is the one it happens to, unless an "of" names
    them ("Trump's dismissal of Bolton")."""
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert [r.text.removesuffix("'s") for r in frame.agents] == agents
    assert [r.text.removesuffix("'s") for r in frame.patients] == patients


@pytest.mark.parametrize(
    ("text", "agents", "patients"),
    [
        ("At the next elections in 2008, the MDC won a majority in the House of Assembly.",
         ["the MDC"], []),
        ("The following election in 2013 saw a substantial victory for Mugabe.", [],
         ["a substantial victory for Mugabe"]),
    ],
)  # fmt: skip
def test_an_event_with_no_phrase_of_its_own_takes_its_clauses(nlp, text, agents, patients):
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "election"]
    assert [r.text for r in frame.agents] == agents
    assert [r.text for r in frame.patients] == patients


def test_a_statement_does_not_take_the_topic_of_its_clause(nlp):
    text = "This proclamation contradicted the United Nations' official position on the territory."
    assert not [e for e in match(nlp(text), 0).events if e.type == "statement"]


@pytest.mark.parametrize(
    ("text", "founded"),
    [
        ("The Federal Aviation Office was established in 1955.", True),
        ("Nigel Farage established the Brexit Party in 2019.", True),
        ("Investigators established that the Taliban carried out the attack.", False),
        ("Iran and Iraq established diplomatic relations in 1990.", False),
    ],
)
def test_established_is_founded_when_a_body_is(nlp, text, founded):
    assert bool([e for e in match(nlp(text), 0).events if e.type == "founding"]) == founded


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Mugabe ruled Zimbabwe, serving as its first prime minister, 1980–1987.", "Mugabe"),
        ("Bolton had held the position since April 2018.", "Bolton"),
        ("Hunter Biden is the son of Joe Biden, who served as Vice President from 2009 until "
         "2017.", "Joe Biden"),
    ],
)  # fmt: skip
def test_serving_in_an_office_is_an_appointment(nlp, text, who):
    """A time in office, dated by when it began: the one serving is the one appointed."""
    frames = [e for e in match(nlp(text), 0).events if e.type == "appointment"]
    assert frames and who in [r.text for r in frames[0].patients]
    assert not frames[0].agents


@pytest.mark.parametrize(
    "text",
    ["He served a sentence of five years in prison.", "Trump held talks with Kim in Hanoi."],
)
def test_serving_a_sentence_or_holding_talks_is_no_office(nlp, text):
    assert not [e for e in match(nlp(text), 0).events if e.type == "appointment"]


def test_a_clause_after_after_has_its_own_date(nlp):
    """ "after Theresa May stepped down on July 24": May's resignation is on July 24, and the
    date is not Johnson's becoming prime minister."""
    text = (
        "Johnson became leader of the Conservative Party and prime minister after Theresa May "
        "stepped down on July 24 after she was unable to negotiate a Brexit deal."
    )
    frames = match(nlp(text), 0).events
    (became,) = [e for e in frames if e.type == "appointment"]
    assert any("July 24" in r.text for r in became.asides)
    (stepped,) = [e for e in frames if e.type == "resignation"]
    assert [r.text for r in stepped.agents] == ["Theresa May"]
    assert not any("July 24" in r.text for r in stepped.asides)


def test_an_attack_ascribed_to_someone_is_theirs(nlp):
    text = (
        "Last week a Kabul car bombing killed five and wounded 110, another attack ascribed to "
        "the Taliban."
    )
    frames = [e for e in match(nlp(text), 0).events if e.trigger.text == "attack"]
    assert [r.text for r in frames[0].agents] == ["the Taliban"]
    assert not frames[0].patients


def test_sentencing_is_its_own_type(nlp):
    text = (
        "On Friday, United States Federal District Judge Michael Urbanski sentenced James Alex "
        "Fields to life in prison."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "sentencing"]
    assert "James Alex Fields" in [r.text for r in frame.patients]


def test_a_state_is_never_the_one_who_dies():
    """ "United States radio personality Don Imus died on Friday": no "Deaths in United
    States"; "former U.S. Senator Kay Hagan died": her death, not the state's."""
    from generator.extract.events import propose_events
    from generator.model import EventFrame

    text = "Former United States Senator Kay Hagan died on Monday."
    article = Article("a", "T", "2019-10-29", "Wire", None, "en", (text,))
    us = Mention("actors/united-states", "a", 0, 0, 7, 20, "United States", "ner")
    hagan = Mention("actors/kay-hagan", "a", 0, 0, 29, 38, "Kay Hagan", "ner")
    sentence = Sentence(0, 0, len(text), text, ())
    subject = Role(0, 38, text[:38])
    died = Role(39, 43, "died")
    frame = EventFrame(0, "death", died, (subject,), (), ())
    context = Context(
        article, (sentence,), (us, hagan), date(2019, 10, 29),
        persons=frozenset({hagan.entity}), states=frozenset({us.entity}),
    )  # fmt: skip
    (proposal,) = propose_events(context, [frame])
    assert proposal.actors == ("kay-hagan",)
    alone = replace(context, mentions=(us,))
    assert propose_events(alone, [frame]) == []


def test_a_dismissal_by_someone_is_not_theirs():
    """ "After Mugabe fired his vice president": Dismissal by Mugabe, not of him."""
    names = {"actors/mugabe": "Robert Mugabe"}
    types = {"actors/mugabe": "person"}
    mention = Mention("events/x", "a", 0, 0, 0, 5, "fired", "extract")
    for type_ in ("dismissal", "appointment"):
        proposal = Proposal("events", type_, ("mugabe",), (), None, None, None, mention, "2019")
        label = type_.capitalize()
        assert event_name([proposal], names, None, types) == f"{label} by Robert Mugabe"


def test_authorities_in_a_state_act_for_it(nlp):
    """ "authorities in the United Kingdom and the United States announced": the states
    announced (a government folds into its state), unlike the place of an attack's target."""
    text = (
        "Yesterday, authorities in the United Kingdom and the United States announced that 337 "
        "suspected users were arrested."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "announcement"]
    assert "United Kingdom" in frame.agents[0].text


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("On the same day, the Hirtenberger Defence Group issued a corresponding press release.",
         "the Hirtenberger Defence Group"),
        ("On Friday, the Combined Joint Task Force released a statement saying an attack that "
         "day caused no casualties.", "the Combined Joint Task Force"),
    ],
)  # fmt: skip
def test_a_statement_or_press_release_issued_is_a_statement(nlp, text, who):
    frames = [e for e in match(nlp(text), 0).events if e.type == "statement"]
    assert frames and [r.text for r in frames[0].agents] == [who]


def test_the_release_of_someone_is_no_statement(nlp):
    text = "The release of the two journalists was announced by the ministry."
    assert not [e for e in match(nlp(text), 0).events if e.trigger.text == "release"]


def test_one_person_is_named_once():
    """ "Pohiva died on Thursday" (he acted) and "Pohiva's death" (it happened to him)."""
    names = {"actors/pohiva": "Akilisi Pohiva"}
    types = {"actors/pohiva": "person"}
    mention = Mention("events/x", "a", 0, 0, 0, 4, "died", "extract")
    died = Proposal("events", "death", ("pohiva",), (), None, None, None, mention, "2019")
    death = replace(died, agents=(), patients=("pohiva",))
    assert event_name([died, death], names, None, types) == "Death of Akilisi Pohiva"


def test_an_actor_acting_in_one_report_and_acted_on_in_another_is_named_once():
    """ "Larijani met with the Kremlin leader" and "an envoy for Putin is to meet with
    Larijani": one meeting of Putin and Larijani, not "of Putin, Larijani and Larijani"."""
    names = {"actors/putin": "Vladimir Putin", "actors/larijani": "Ali Larijani"}
    mention = Mention("events/x", "a", 0, 0, 0, 4, "meet", "extract")
    met = Proposal("events", "meeting", ("larijani",), ("putin",), None, None, None, mention, "")
    meet = replace(met, agents=("putin",), patients=("larijani",))
    assert event_name([met, meet], names, None) == "Meeting of Ali Larijani and Vladimir Putin"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The Senate acquitted both of them.", "The Senate"),
        ("Both were acquitted in the Senate.", "the Senate"),
    ],
)
def test_an_acquittal_is_a_ruling_of_the_body_that_gave_it(nlp, text, agent):
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "ruling"]
    assert [r.text for r in frame.agents] == [agent]


def test_a_passive_announcement_names_no_speaker(nlp):
    text = "Adamowicz subsequently was announced to have died."
    assert not [e for e in match(nlp(text), 0).events if e.type == "statement"]


def test_he_is_the_person_named_just_before():
    """ "Mugabe co-founded ZANU. He was arrested in 1963": he is Mugabe; not when another
    person is named there too, actor or not ("Waseem ... Baloch ... her murder")."""
    from generator.model import Span

    first, second = "Mugabe co-founded ZANU.", "He was arrested in 1963."
    text = f"{first} {second}"
    article = Article("a", "T", "2019-09-09", "Wire", None, "en", (text,))
    mugabe = Mention("actors/mugabe", "a", 0, 0, 0, 6, "Mugabe", "ner")
    sentences = (
        Sentence(0, 0, len(first), first, (Span("Mugabe", "PERSON", 0, 6, None),)),
        Sentence(0, len(first) + 1, len(text), second, ()),
    )
    he = Role(len(first) + 1, len(first) + 3, "He")
    context = Context(
        article, sentences, (mugabe,), date(2019, 9, 9), persons=frozenset({mugabe.entity})
    )
    assert context.actors_in(0, [he]) == ("mugabe",)
    other = Span("Morgan Tsvangirai", "PERSON", 7, 9, None)
    crowded = (replace(sentences[0], spans=(*sentences[0].spans, other)), sentences[1])
    assert replace(context, sentences=crowded).actors_in(0, [he]) == ()


def test_both_of_them_are_the_two_people_named_just_before():
    """ "Bill Clinton was impeached in 1998, and Andrew Johnson in 1868. The Senate acquitted
    both of them": both; not when three are named there."""
    first, second = (
        "Bill Clinton was impeached in 1998, and Andrew Johnson in 1868.",
        ("The Senate acquitted both of them."),
    )
    text = f"{first} {second}"
    article = Article("a", "T", "2019-12-19", "Wire", None, "en", (text,))
    clinton = Mention("actors/clinton", "a", 0, 0, 0, 12, "Bill Clinton", "ner")
    johnson = Mention("actors/johnson", "a", 0, 0, 39, 53, "Andrew Johnson", "ner")
    sentences = (
        Sentence(0, 0, len(first), first, ()),
        Sentence(0, len(first) + 1, len(text), second, ()),
    )
    start = text.index("both of them")
    both = Role(start, start + len("both of them"), "both of them")
    persons = frozenset({clinton.entity, johnson.entity})
    context = Context(article, sentences, (clinton, johnson), date(2019, 12, 19), persons=persons)
    assert context.actors_in(0, [both]) == ("clinton", "johnson")
    alone = Role(start, start + 4, "both")  # "Both were acquitted in the Senate"
    assert context.actors_in(0, [alone]) == ("clinton", "johnson")
    nixon = Mention("actors/nixon", "a", 0, 0, 0, 5, "Bill ", "ner")
    crowded = replace(context, mentions=(nixon, clinton, johnson), persons=persons | {nixon.entity})
    assert crowded.actors_in(0, [both]) == ()


def test_his_in_a_phrase_before_the_subject_is_the_subjects(nlp):
    text = (
        "After his conviction in that case last summer, Manafort agreed to help with Robert "
        "Mueller's investigation."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "sentencing"]
    assert [r.text for r in frame.patients] == ["Manafort"]


def test_a_bill_that_passed_a_chamber_is_its_vote(nlp):
    (frame,) = match(nlp("This bill passed the Senate of the state on Tuesday."), 0).events
    assert frame.type == "passage"
    assert "the Senate of the state" in [r.text for r in frame.patients]


@pytest.mark.parametrize(
    "text",
    [
        "Al Jazeera reported that Widodo was planning to visit Wiranto.",
        "Trump is expected to meet Kim in Hanoi next month.",
    ],
)
def test_what_someone_plans_or_is_expected_to_do_has_not_happened(nlp, text):
    assert not [e for e in match(nlp(text), 0).events if e.type in ("visit", "meeting")]


def test_a_visit_is_someones():
    """ "people living in or visiting Hong Kong": no "Visit to Hong Kong, Hong Kong"."""
    from generator.extract.events import propose_events
    from generator.model import EventFrame

    text = "People living in or visiting Hong Kong could be removed."
    article = Article("a", "T", "2019-06-23", "Wire", None, "en", (text,))
    hong_kong = Mention("actors/hong-kong", "a", 0, 0, 30, 39, "Hong Kong", "ner")
    place = Role(30, 39, "Hong Kong")
    frame = EventFrame(0, "visit", Role(21, 29, "visiting"), (), (place,), (place,))
    context = Context(article, (Sentence(0, 0, len(text), text, ()),), (hong_kong,), date.today())
    assert propose_events(context, [frame]) == []


@pytest.mark.parametrize(
    ("text", "type_", "agent", "patient"),
    [
        ("Widodo designated Wiranto, a former general, as the nation's security minister in "
         "2016.", "appointment", "Widodo", "Wiranto"),
        ("Yesterday, Indonesia's security minister Wiranto was stabbed, according to government "
         "authorities.", "assault", "", "Wiranto"),
        ("On Friday, 28-year-old Usman Khan stabbed several people at Fishmongers' Hall in "
         "London.", "assault", "Usman Khan", ""),
        ("In 1982 Cummings successfully ran to be a state delegate.", "election", "Cummings", ""),
        ("In 1998, Hagan successfully ran for a seat in North Carolina's state Senate.",
         "election", "Hagan", ""),
    ],
)  # fmt: skip
def test_designations_stabbings_and_candidacies(nlp, text, type_, agent, patient):
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert agent in " ".join(r.text for r in frame.agents)
    assert patient in " ".join(r.text for r in frame.patients)


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers ran for cover.",
        'Interior Minister Joachim Brudziński called the stabbing "an act of inexplicable '
        'barbarity."',
    ],
)
def test_running_for_cover_or_calling_an_act_names_no_event(nlp, text):
    assert not [e for e in match(nlp(text), 0).events if e.type in ("election", "assault")]


def test_an_inquiry_attacked_is_criticised_not_struck(nlp):
    text = "Republican Representatives attacked the impeachment inquiry."
    (frame,) = match(nlp(text), 0).events
    assert frame.type == "statement"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hasbro hosted a panel about their Star Wars products.", False),
        ("The University of Cambridge had been hosting a program at Fishmongers' Hall.", False),
        ("Erdogan hosted Putin in Ankara on Monday.", True),
    ],
)
def test_hosting_is_a_meeting_with_someone_named(nlp, text, found):
    assert bool([e for e in match(nlp(text), 0).events if e.type == "meeting"]) == found


@pytest.mark.parametrize(
    "text",
    [
        "Reportedly, he struck a guard rail on June 3 and flipped the truck.",
        "The driver struck a group of motorcycles on U.S. Route 2.",
    ],
)
def test_a_driver_who_struck_a_vehicle_crashed(nlp, text):
    assert not [e for e in match(nlp(text), 0).events if e.type == "strike"]


def test_charged_after_a_comma_was_charged(nlp):
    text = (
        "An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court "
        "yesterday, charged with one count of murder."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "arrest"]
    assert not frame.agents
    assert "Brenton Tarrant" in " ".join(r.text for r in frame.patients)


def test_an_apposition_describes_the_one_elected(nlp):
    text = (
        "Democrat Spearman, a minister and former Army colonel, was first elected to the state "
        "senate in 2012."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "election"]
    assert "Army" not in " ".join(r.text for r in frame.patients)


@pytest.mark.parametrize(
    ("paragraphs", "people", "bodies", "expected"),
    [
        (  # the parse hangs the quotation's own subject on the cue too: the other one speaks
            [
                "\"I have the unfortunate reputation of being Miss Goody Two-Shoes, America's "
                'Virgin, and all that," Day said in her 1976 autobiography.'
            ],
            {"Day": "day"},
            (),
            [
                (
                    "day",
                    "I have the unfortunate reputation of being Miss Goody Two-Shoes, "
                    "America's Virgin, and all that",
                )
            ],
        ),
        (  # inverted, the name unattached to the cue
            [
                '"I am in awe of the people who ran towards danger to keep us all safe" tweeted '
                "Mayor of London Sadiq Khan."
            ],
            {"Sadiq Khan": "khan"},
            (),
            [("khan", "I am in awe of the people who ran towards danger to keep us all safe")],
        ),
        (  # verb first
            [
                'Remarked Center for Biological Diversity scientist Tierra Curry, "This reprieve '
                'from bad news on monarchs is a thank-you from the butterflies."'
            ],
            {"Tierra Curry": "curry"},
            (),
            [
                (
                    "curry",
                    "This reprieve from bad news on monarchs is a thank-you from the butterflies.",
                )
            ],
        ),
        (  # an unnamed official speaks for the body they are from
            ['An official from TfL stated: "We are working with colleagues in the police."'],
            {"TfL": "tfl"},
            ("tfl",),
            [("tfl", "We are working with colleagues in the police.")],
        ),
        (  # the subject of the sentence names nobody: the source it is according to speaks
            [
                "According to U.S. Attorney Josh Bash, the manifesto, if written by the suspect, "
                'could strengthen the case: "The key factor here is that it appears to be an '
                'intent to coerce."'
            ],
            {"Josh Bash": "bash"},
            (),
            [("bash", "The key factor here is that it appears to be an intent to coerce.")],
        ),
        (  # a partial quotation after a verb of describing
            ['Bash characterized the attack as "designed to intimidate a civilian population."'],
            {"Bash": "bash"},
            (),
            [("bash", "designed to intimidate a civilian population.")],
        ),
        (  # the person the phrase ends with, not the university the parse made its head
            [
                '"Walter was the most brilliant scientist I have ever known," said University of '
                "California, San Diego's chancellor, Pradeep Khosla."
            ],
            {"University of California": "uc", "Pradeep Khosla": "khosla"},
            ("uc",),
            [("khosla", "Walter was the most brilliant scientist I have ever known")],
        ),
        (
            [
                'Longtime Imus in the Morning writer and performer Rob Bartlett tweeted: "He was '
                'a rebel."'
            ],
            {"Rob Bartlett": "bartlett", "Imus": "imus"},
            (),
            [("bartlett", "He was a rebel.")],
        ),
        (  # a definite title stands for the person named before
            [
                '"Warm water circulation is attacking the undersides," said study co-author '
                'Karen Alley. The Wooster professor added, "These effects matter."'
            ],
            {"Karen Alley": "alley"},
            (),
            [
                ("alley", "Warm water circulation is attacking the undersides"),
                ("alley", "These effects matter."),
            ],
        ),
        (  # the title the article gave a person, paragraphs before; and part of a statement
            [
                "On Friday, Judge Gray Miller ruled that a male-only draft is unconstitutional.",
                "The case was brought by the National Coalition for Men.",
                "Supporters of the draft have not said whether they will appeal.",
                "Part of the judge's statement reads \"the average woman could conceivably be "
                'better suited physically for some combat positions."',
            ],
            {"Gray Miller": "miller", "National Coalition for Men": "ncfm"},
            ("ncfm",),
            [
                (
                    "miller",
                    "the average woman could conceivably be better suited physically for "
                    "some combat positions.",
                )
            ],
        ),
        (  # a document speaks for its issuer: the court the article names most
            [
                "The Court of Session ruled on Wednesday that the suspension was unlawful. The "
                "Court of Session sat in Edinburgh.",
                "The government will appeal to the Supreme Court.",
                "The court's summary concluded with the statement: \"The Court will make an "
                'Order declaring that the advice was unlawful."',
            ],
            {"Court of Session": "session", "Supreme Court": "supreme"},
            ("session", "supreme"),
            [("session", "The Court will make an Order declaring that the advice was unlawful.")],
        ),
        (  # a surname of a person the NER made an organisation
            [
                "Wanda Vázquez Garced is expected to succeed him.",
                'In a statement, Vázquez said, "I understand he made the right decision."',
            ],
            {"Wanda Vázquez Garced": "vazquez"},
            ("vazquez",),
            [("vazquez", "I understand he made the right decision.")],
        ),
        (  # the person spoken for is no speaker
            ['"We will not back down," a spokesman for Vladimir Putin said.'],
            {"Vladimir Putin": "putin"},
            (),
            [],
        ),
    ],
)
def test_speakers_the_parse_hides_or_names_by_title_or_body(
    nlp, paragraphs, people, bodies, expected
):
    assert said(nlp, paragraphs, people, bodies=frozenset(bodies)) == expected


@pytest.mark.parametrize(
    ("text", "type_", "parties", "status"),
    [
        (
            "In 2019, Nigeria joined the African Continental Free Trade Area.",
            "agreement",
            {"Nigeria"},
            "signed",
        ),
        (  # a broker is no party (GOLD.md), those it brokers between are
            "Israel and Hamas agreed to a ceasefire brokered by Egypt on Friday.",
            "ceasefire",
            {"Israel", "Hamas"},
            "signed",
        ),
        (  # the subject three verbs up
            "In 2019, Poland leased two Swedish submarines and started training crews in "
            "Gdynia, then agreed with Saab to open a shipyard as a joint venture in Gdansk.",
            "joint-venture",
            {"Poland", "Saab"},
            None,
        ),
    ],
)
def test_joining_brokering_and_agreeing_name_their_parties(nlp, text, type_, parties, status):
    frames = [a for a in match(nlp(text), 0).agreements if a.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert parties <= {w for r in frames[0].parties for w in r.text.split()}
    assert "Egypt" not in {w for r in frames[0].parties for w in r.text.split()}
    assert frames[0].status == status


def test_an_area_that_is_no_trade_area_is_no_agreement(nlp):
    text = "The company is located in an industrial area near the port."
    assert match(nlp(text), 0).agreements == ()


@pytest.mark.parametrize(
    ("paragraphs", "people", "bodies", "expected"),
    [
        (  # a court finds its words
            [
                "The Court of Session sat in Edinburgh. The three-judge court found the advice "
                '"was motivated by the improper purpose of stymying Parliament."'
            ],
            {"Court of Session": "session"},
            ("session",),
            [("session", "was motivated by the improper purpose of stymying Parliament.")],
        ),
        (  # "he" for the person named earlier in his own sentence
            [
                "Imus was dropped in 2007 by MSNBC and CBS Radio after he referred to the team "
                'as "nappy headed hos and worse than that."'
            ],
            {"Imus": "imus", "CBS Radio": "cbs"},
            ("cbs",),
            [("imus", "nappy headed hos and worse than that.")],
        ),
        (  # "he" for a surname the NER did not see as a name in the sentence before
            [
                "Gáspár Maróth is the government commissioner for defence.",
                "Maróth pointed out it would have been costly to research the technology. He "
                'noted, "the army modernization does not just cover buying hardware."',
            ],
            {"Gáspár Maróth": "maroth"},
            (),
            [("maroth", "the army modernization does not just cover buying hardware.")],
        ),
        (  # "she" after an unnamed speaker is that speaker, not anyone named before
            [
                "Antoine Quirin denied any wrongdoing in court.",
                'The head of the internal investigators told the court "Basic investigations '
                'weren\'t done." She also said "I regret we weren\'t called immediately."',
            ],
            {"Antoine Quirin": "quirin"},
            (),
            [],
        ),
        (  # a lowercase quotation a statement introduces with a colon
            [
                'The government of American Samoa issued a statement on Friday: "imposition of '
                "citizenship by judicial fiat would fail to recognize American Samoa's "
                'sovereignty."'
            ],
            {"American Samoa": "american-samoa"},
            ("american-samoa",),
            [
                (
                    "american-samoa",
                    "imposition of citizenship by judicial fiat would fail to recognize American "
                    "Samoa's sovereignty.",
                )
            ],
        ),
    ],
)
def test_courts_finding_and_pronouns_for_names_the_ner_missed(
    nlp, paragraphs, people, bodies, expected
):
    assert said(nlp, paragraphs, people, bodies=frozenset(bodies)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # "saying" whose parsed subject is no one: the one who tweeted says it
            [
                "On Wednesday, Governor Kay Ivey signed the bill.",
                'The governor tweeted her reasoning saying, "Today, I signed into law the '
                'Alabama Human Life Protection Act."',
            ],
            {"Kay Ivey": "ivey"},
            [("ivey", "Today, I signed into law the Alabama Human Life Protection Act.")],
        ),
        (  # a relative clause the quotation hangs from is its attribution, not a remark
            [
                "The bill would subject people to the legal system of mainland China, which the "
                'BBC describes as "marred by allegations of torture and forced confessions."'
            ],
            {"BBC": "bbc"},
            [("bbc", "marred by allegations of torture and forced confessions.")],
        ),
    ],
)
def test_a_gerund_and_a_relative_clause_attribute_the_quotation(nlp, paragraphs, people, expected):
    assert said(nlp, paragraphs, people, bodies=frozenset({"bbc"})) == expected


def _agreements(nlp, paragraphs: list[str], people: dict[str, str]):
    """Proposed agreements of an article with ``people`` (name -> id) as its actors."""
    from generator.extract.agreements import propose_agreements

    article = Article("a", "T", "2019-11-07", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    mentions = _mentions(paragraphs, sentences, people)
    frames = [a for i, doc in enumerate(docs) for a in match(doc, i).agreements]
    context = Context(article, sentences, mentions, date(2019, 11, 7))
    return propose_agreements(context, frames)


def test_a_merger_whose_sides_are_one_glued_actor_is_none(nlp):
    """agreements25: "Vostgaz and Kamoil" read as one name, each short name resolved to it,
    makes both sides of "Vostgaz, which is due to merge with Kamoil" one actor: no merger
    can be told from that; with the two firms apart, the merger is theirs."""
    paragraphs = [
        "Shares in Vostgaz and Kamoil rose. The claim was challenged by Baltneft, a former "
        "unit of Vostgaz, which is due to merge with Kamoil."
    ]
    one = "vostgaz-and-kamoil"  # each short name resolved to the glued page, as on BBC text
    glued = _agreements(nlp, paragraphs, {"Vostgaz and Kamoil": one, "Vostgaz": one, "Kamoil": one})
    assert [p for p in glued if p.type == "acquisition"] == []
    apart = _agreements(nlp, paragraphs, {"Vostgaz": "vostgaz", "Kamoil": "kamoil"})
    assert [set(p.agents) for p in apart if p.type == "acquisition"] == [{"vostgaz", "kamoil"}]


def test_a_deal_that_is_an_acquisition_is_that_acquisition(nlp):
    """ "a deal whereby HDT acquired Hirtenberger", and "the deal" after it, are the
    acquisition, with its date: one agreement, not a deal besides."""
    paragraphs = [
        "On Monday, the daily Magyar Nemzet revealed a deal whereby, on October 29, the "
        "state-owned HDT acquired the mortar manufacturer Hirtenberger. Hirtenberger also "
        "acknowledged the deal."
    ]
    found = _agreements(nlp, paragraphs, {"HDT": "hdt", "Hirtenberger": "hirtenberger"})
    assert {p.type for p in found} == {"acquisition"}
    assert {p.date for p in found} == {"2019-10-29"}
    assert all("hirtenberger" in p.agents for p in found)


@pytest.mark.parametrize(
    ("text", "type_", "parties"),
    [
        (
            "Refusing to give up power, Mugabe agreed to power-sharing in which Tsvangirai "
            "became prime minister.",
            "agreement",
            {"Mugabe"},
        ),
        (
            "Israel agreed with Hamas to halt the rocket fire on Friday.",
            "agreement",
            {"Israel", "Hamas"},
        ),
        (
            "Russia released the Ukrainian sailors in exchange for 35 prisoners held by Kyiv.",
            "deal",
            {"Russia"},
        ),
        (  # the phrase hangs on the copula: "was able to negotiate … in exchange"
            "Nevertheless, Mugabe was able to negotiate immunity from prosecution and a "
            'state-funded home, known as the "Blue House", in exchange for his resignation.',
            "deal",
            {"Mugabe"},
        ),
    ],
)
def test_agreeing_and_exchanging_make_agreements_without_a_noun(nlp, text, type_, parties):
    frames = [a for a in match(nlp(text), 0).agreements if a.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert parties <= {w for r in frames[0].parties for w in r.text.split()}


@pytest.mark.parametrize(
    "text",
    [
        "Regional Governor Mujiv Hataman agreed, saying only this group could have done it.",
        "Macron agreed with Trump that Iran must never have nuclear weapons.",
        "She agreed to answer some questions from reporters.",
    ],
)
def test_agreeing_with_an_opinion_is_no_agreement(nlp, text):
    assert match(nlp(text), 0).agreements == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"The authorities must release everyone detained for peacefully protesting," said '
            "Amnesty International's Man-kei Tam.",
            "Man-kei Tam",
        ),
        (
            'Tunde Bakare, spokesman for the governor, said "the curfew remains in force."',
            "Tunde Bakare",
        ),
    ],
)
def test_a_speaker_the_ner_left_unlabelled_gets_a_page(nlp, text, name):
    from generator.extract.statements import new_speakers

    article = Article("a", "T", "2020-01-05", "Wire", None, "en", (text,))
    doc = nlp(text)
    sentences = list(paragraph_sentences(doc, 0))
    frames = list(match(doc, 0).quotes)
    found = new_speakers(article, frames, sentences, [], frozenset())
    assert [p.name for p, _ in found] == [name]


def test_an_organisation_the_ner_labelled_gets_no_person_page(nlp):
    from generator.extract.statements import new_speakers

    text = '"We are ready to talk," the White House said on Monday.'
    article = Article("a", "T", "2020-01-05", "Wire", None, "en", (text,))
    doc = nlp(text)
    frames = list(match(doc, 0).quotes)
    assert new_speakers(article, frames, list(paragraph_sentences(doc, 0)), [], frozenset()) == []


def test_a_nested_quotation_is_its_named_speakers_and_no_one_elses():
    text = "Bolton wrote: \"President Trump said, 'Let's talk about it tomorrow.' \""
    assert [text[s:e] for s, e, _ in quote_spans(text)] == [
        "President Trump said, 'Let's talk about it tomorrow.' ",
        "Let's talk about it tomorrow.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Bolton gave a different account, speaking via Twitter: "I offered to resign last '
            "night and President Trump said, 'Let's talk about it tomorrow.' \"",
            [
                (
                    "bolton",
                    "I offered to resign last night and President Trump said, 'Let's talk "
                    "about it tomorrow.'",
                ),
                ("trump", "Let's talk about it tomorrow."),
            ],
        ),
        (  # the speaker's own thought inside their quotation is no second statement
            'Former federal prosecutor Elie Honig said via Twitter: "If I got a transcript like '
            "this one, I'd think, 'Wow, I'm surprised they're discussing this so openly.' \"",
            [
                (
                    "honig",
                    "If I got a transcript like this one, I'd think, 'Wow, I'm surprised "
                    "they're discussing this so openly.'",
                ),
            ],
        ),
    ],
)
def test_nested_quotations(nlp, text, expected):
    people = {"Bolton": "bolton", "President Trump": "trump", "Elie Honig": "honig"}
    assert said(nlp, [text], people) == expected


@pytest.mark.parametrize(
    ("text", "type_", "parties", "status"),
    [
        (  # an agreement one takes part in: the verb of taking part is the agreement's
            "Russia formally suspended its participation in the Intermediate-Range Nuclear "
            "Forces Treaty on Saturday.",
            "treaty",
            {"Russia"},
            "suspended",
        ),
        (
            "The United States announced its withdrawal from the Paris Agreement.",
            "agreement",
            {"United", "States"},
            "withdrawn",
        ),
        ("North Macedonia signed an accession protocol with NATO.", "treaty", {"NATO"}, "signed"),
        (  # a clause inside the deal names no party of it
            "In the deal, Austrian, United Kingdom and New Zealand production sites are to be "
            "kept.",
            "deal",
            set(),
            None,
        ),
    ],
)
def test_taking_part_in_an_agreement_and_clauses_inside_one(nlp, text, type_, parties, status):
    frames = [a for a in match(nlp(text), 0).agreements if a.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert parties <= {w for r in frames[0].parties for w in r.text.split()}
    assert frames[0].status == status
    if not parties:
        assert frames[0].parties == ()


@pytest.mark.parametrize(
    "text",
    [
        "Doctors followed the protocol for treating burns.",
        "The two leaders were in agreement on the need for talks.",
    ],
)
def test_a_medical_protocol_and_being_in_agreement_are_no_agreements(nlp, text):
    assert match(nlp(text), 0).agreements == ()


def test_a_paragraph_closing_with_he_said_introduces_the_quotation_opening_the_next(nlp):
    paragraphs = [
        "Foreign Minister Sergei Lavrov met reporters in Moscow on Monday.",
        "He said the talks with Kyiv had failed.",
        '"We tried everything, but they did not listen to us."',
    ]
    assert said(nlp, paragraphs, {"Sergei Lavrov": "lavrov"}) == [
        ("lavrov", "We tried everything, but they did not listen to us.")
    ]


def test_a_sentence_rooted_in_saying_does_not_recurse(nlp):
    """A headline-like sentence whose root is the cue "saying" (spaCy tokens are compared by
    index: a new Token object each time)."""
    assert said(nlp, ['The letter saying: "We will not negotiate with terrorists."'], {}) == []


def test_a_good_deal_for_a_state_is_still_an_agreement(nlp):
    text = "Johnson said on Thursday that it was a good deal for Britain and the EU."
    assert [a.type for a in match(nlp(text), 0).agreements] == ["deal"]


def test_a_pronoun_after_people_unnamed_is_no_one_named_earlier(nlp):
    """ "One of the victims …. She said "…"", "The researchers suggested …. They reported
    "…"": the pronoun stands for the people the sentence before opens with, whom no name
    names; "The police arrested …. They said" still stands for the police named before."""
    paragraphs = [
        'Prosecutor Kama Melly QC said the victims were "ripe and vulnerable to manipulation".',
        "One of the victims decided to allow her name to be made public. She said she did this "
        'to show victims "there is nothing to be ashamed of".',
    ]
    assert said(nlp, paragraphs, {"Kama Melly": "melly"}) == [
        ("melly", "ripe and vulnerable to manipulation")
    ]
    paragraphs = [
        'The research was led by Mark Hay, an ecologist in Fiji, who said "There is a lot of '
        'argument now."',
        "The researchers suggested the algae might render the defenses less effective. They "
        'reported, "Macroalgae are suggested to disrupt coral microbiomes".',
    ]
    found = said(nlp, paragraphs, {"Mark Hay": "hay", "Fiji": "fiji"}, bodies=frozenset({"fiji"}))
    assert found == [("hay", "There is a lot of argument now.")]
    paragraphs = [
        "Gloucestershire Police said the toilet was taken on Saturday.",
        'The police arrested a 36-year-old man. They said "We are continuing to investigate."',
    ]
    found = said(nlp, paragraphs, {"Gloucestershire Police": "police"}, frozenset({"police"}))
    assert found == [("police", "We are continuing to investigate.")]
    paragraphs = [
        "The previous day, PBS revealed that Crown Prince Mohammad bin Salman accepted "
        'responsibility for the murder. Speaking to Martin Smith of PBS, he said, "It happened '
        'under my watch."'
    ]
    found = said(nlp, paragraphs, {"Mohammad bin Salman": "mbs", "PBS": "pbs"}, frozenset({"pbs"}))
    assert found == [("mbs", "It happened under my watch.")]


def test_a_title_with_a_is_someone_unnamed_not_the_one_named_before(nlp):
    """ "according to a hospital spokesperson" is nobody named; "The spokesman said" is
    the spokesman named before."""
    paragraphs = [
        "Yesterday, Indonesia's security minister Wiranto was stabbed in Pandeglang.",
        'Wiranto suffered "two deep wounds" in the attack according to a hospital spokesperson.',
    ]
    assert said(nlp, paragraphs, {"Wiranto": "wiranto"}) == []
    paragraphs = [
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.",
        'The spokesman said "There is no reason for concern."',
    ]
    assert said(nlp, paragraphs, {"Dmitry Peskov": "peskov"}) == [
        ("peskov", "There is no reason for concern.")
    ]


def test_a_definite_phrase_is_the_agreement_named_before_it(nlp):
    """ "the 1987 agreement", "the pact" and "the treaty" after the treaty's name are that
    treaty: one type and name, so one page; the day it is left does not date it."""
    paragraphs = [
        "On Friday, Mike Pompeo announced that the United States would withdraw from the "
        "Intermediate-Range Nuclear Forces Treaty, accusing Russia of violating the 1987 "
        "agreement for years.",
        "Vladimir Putin said on Saturday that Russia would also suspend its obligations under "
        "the treaty. The pact, signed by Ronald Reagan and Mikhail Gorbachev, banned "
        "ground-launched missiles.",
    ]
    people = {
        "United States": "united-states",
        "Russia": "russia",
        "Ronald Reagan": "reagan",
        "Mikhail Gorbachev": "gorbachev",
    }
    found = _agreements(nlp, paragraphs, people)
    assert len(found) >= 3
    assert {(p.type, p.name) for p in found} == {
        ("treaty", "Intermediate-Range Nuclear Forces Treaty")
    }
    assert {p.date for p in found} <= {None, "1987"}
    assert {"united-states", "reagan", "gorbachev"} <= {a for p in found for a in p.agents}
    assert found[0].agents == ("united-states",)  # who withdraws, not who signed it


def test_a_year_in_the_phrase_dates_the_agreement_and_a_later_reference_keeps_it(nlp):
    paragraphs = [
        "On Wednesday, Hassan Rouhani announced Iran would stop complying with parts of the "
        "2015 nuclear deal, one year after the United States withdrew from the accord."
    ]
    found = _agreements(nlp, paragraphs, {"United States": "united-states", "Iran": "iran"})
    assert [(p.type, p.date, p.status) for p in found] == [("deal", "2015", "withdrawn")]
    assert "united-states" in found[0].agents


@pytest.mark.parametrize(
    ("text", "parties", "when"),
    [
        (
            "Ukraine on Thursday marked 25 years since it gave up its nuclear arsenal under a "
            "1994 agreement in which Russia, the United States and the United Kingdom "
            "guaranteed its borders.",
            {"russia", "united-states", "united-kingdom"},
            "1994",
        ),
        (  # the day it was violated is not the memorandum's date
            "Vadym Prystaiko said Russia had violated the Budapest Memorandum by annexing "
            "Crimea in 2014.",
            {"russia"},
            None,
        ),
        (  # "it" in the reported clause is the one who reported
            "The United States on Monday formally notified the United Nations that it is "
            "withdrawing from the Paris climate accord.",
            {"united-states"},
            None,
        ),
        (
            "France, Germany and the United Kingdom, which remain parties to the agreement, "
            "urged Iran to comply.",
            {"france", "germany", "united-kingdom"},
            None,
        ),
        (  # who triggers an article of a treaty is bound by it; triggering does not date it
            "The United Kingdom triggered Article 50 of the EU treaty in March 2017, starting "
            "a two-year countdown to its exit.",
            {"united-kingdom"},
            None,
        ),
    ],
)
def test_parties_under_in_which_and_parties_to_an_agreement(nlp, text, parties, when):
    people = {
        "Russia": "russia",
        "United States": "united-states",
        "United Kingdom": "united-kingdom",
        "France": "france",
        "Germany": "germany",
    }
    found = _agreements(nlp, [text], people)
    assert found, text
    assert parties <= set(found[0].agents)
    assert found[0].date == when


def test_a_place_named_accord_is_one_page_with_its_later_references(nlp):
    """ "the Paris climate accord" is a name (Paris is no party); "the agreement", "the
    accord" and "the Paris deal" after it are that accord."""
    paragraphs = [
        "The United States on Monday formally notified the United Nations that it is "
        "withdrawing from the Paris climate accord, Mike Pompeo said.",
        "Donald Trump announced in 2017 that he would pull the country out of the agreement. "
        "Under the rules of the accord, the withdrawal takes effect one year after notice.",
        "China and France on Wednesday signed a declaration reaffirming their support for the "
        "Paris deal.",
    ]
    people = {"United States": "united-states", "Donald Trump": "trump"}
    found = _agreements(nlp, paragraphs, people)
    assert {(p.type, p.name, p.date) for p in found} == {
        ("agreement", "Paris climate accord", None)
    }
    assert found[0].status == "withdrawn"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Officials said the deal would bring hundreds of jobs to the region."],
        ["Theresa May stepped down on July 24 after she was unable to negotiate a Brexit deal."],
        ["A vote on the Brexit deal is expected next week."],  # a name from a word, no party
    ],
)
def test_a_bare_deal_and_one_never_made_are_no_agreements(nlp, paragraphs):
    assert _agreements(nlp, paragraphs, {"Theresa May": "may"}) == []


def test_agreeing_in_a_sentence_that_names_the_deal_is_that_deal(nlp):
    text = (
        "Under the deal, Iran agreed to limit its enrichment of uranium in exchange for relief "
        "from sanctions."
    )
    frames = match(nlp(text), 0).agreements
    assert [f.noun.text for f in frames] == ["the deal"]
    found = _agreements(nlp, [text], {"Iran": "iran"})
    assert [p.agents for p in found] == [("iran",)]


def test_a_treaty_named_by_what_it_is_on(nlp):
    text = (
        "Under Article 50 of the Treaty on European Union, which the UK triggered in March "
        "2017, the country is due to leave the bloc on March 29."
    )
    frames = match(nlp(text), 0).agreements
    assert [f.name for f in frames] == ["Treaty on European Union"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "On Tuesday, MPs rejected the agreement that Theresa May negotiated with the "
            "European Union.",
            {"may", "european-union"},
        ),
        (
            "Under Article 50 of the Treaty on European Union, which the United Kingdom "
            "triggered in March 2017, the country is due to leave the bloc on March 29.",
            {"united-kingdom"},
        ),
    ],
)
def test_who_negotiated_or_invoked_an_agreement_in_a_clause_about_it_is_a_party(nlp, text, parties):
    people = {
        "Theresa May": "may",
        "European Union": "european-union",
        "United Kingdom": "united-kingdom",
    }
    found = _agreements(nlp, [text], people)
    assert found, text
    assert parties <= set(found[0].agents)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [  # another subject
            "Iran said it would stop complying with the 2015 nuclear deal. Separately, China "
            "and the United States signed the trade deal on Wednesday."
        ],
        [  # other parties in the phrase itself
            "Iraq signed a deal with Turkey on Monday. The deal with Iran is still being "
            "negotiated."
        ],
    ],
)
def test_a_definite_phrase_about_something_else_is_another_agreement(nlp, paragraphs):
    people = {
        "Iran": "iran",
        "Iraq": "iraq",
        "Turkey": "turkey",
        "China": "china",
        "United States": "united-states",
    }
    found = _agreements(nlp, paragraphs, people)
    assert len({(p.type, p.agents[0], p.date) for p in found}) == 2


def test_a_short_name_in_apposition_is_the_agreement_named_in_full_before(nlp):
    """ "NAFTA, a 1994 agreement" is the "North American Free Trade Agreement" named before,
    which takes the parties and the year the later phrase gives: one page."""
    paragraphs = [
        "Mexico's Senate ratified the trade deal meant to replace the North American Free "
        "Trade Agreement.",
        "Donald Trump had threatened to pull out of NAFTA, a 1994 agreement he called a disaster.",
    ]
    found = _agreements(nlp, paragraphs, {"Donald Trump": "trump", "Mexico": "mexico"})
    nafta = [p for p in found if p.name == "North American Free Trade Agreement"]
    assert [p.mention.text for p in nafta] == [
        "the North American Free Trade Agreement",
        "NAFTA",
        "a 1994 agreement",
    ]
    # Mexico, named in the article, is a party of the known NAFTA; Trump only threatened to
    # leave it, which is no leaving (agreements51): the mention keeps the treaty's parties
    assert {a for p in nafta for a in p.agents} == {"mexico", "trump"}
    assert nafta[1].agents == ("trump", "mexico")
    assert nafta[1].status != "withdrawn"


def test_the_deal_after_a_ceasefire_is_that_ceasefire(nlp):
    paragraphs = [
        "Turkey and Russia agreed a ceasefire in Idlib on Thursday. Iran welcomed the deal."
    ]
    found = _agreements(nlp, paragraphs, {"Turkey": "turkey", "Russia": "russia", "Iran": "iran"})
    assert {(p.type, p.date) for p in found} == {("ceasefire", "2019-11-07")}


def test_the_withdrawal_agreement_is_not_the_eu_treaty_named_before(nlp):
    """Acting under an article of a treaty binds one to it; "the withdrawal agreement" is
    about something else than "the EU treaty", so it is not that treaty."""
    paragraphs = [
        "Boris Johnson said the United Kingdom would leave the EU on October 31 under Article "
        "50 of the EU treaty. The withdrawal agreement was rejected three times by MPs."
    ]
    found = _agreements(nlp, paragraphs, {"United Kingdom": "uk", "EU": "eu"})
    assert [(p.mention.text, set(p.agents)) for p in found] == [("the EU treaty", {"uk", "eu"})]


def test_the_accused_of_violating_an_agreement_is_a_party(nlp):
    text = "Japan accused South Korea of violating a 1965 agreement that settled wartime claims."
    found = _agreements(nlp, [text], {"Japan": "japan", "South Korea": "south-korea"})
    assert [(set(p.agents), p.date) for p in found] == [({"japan", "south-korea"}, "1965")]


def test_the_leaders_who_agree_are_those_named_just_before(nlp):
    paragraphs = [
        "Vladimir Putin and Volodymyr Zelensky met in Paris on Monday for their first talks.",
        "The leaders agreed to implement a full ceasefire in eastern Ukraine by the end of the "
        "year.",
    ]
    people = {"Vladimir Putin": "putin", "Volodymyr Zelensky": "zelensky"}
    found = _agreements(nlp, paragraphs, people)
    assert [(p.type, set(p.agents)) for p in found] == [("ceasefire", {"putin", "zelensky"})]


def test_a_name_in_apposition_names_the_agreement_before_it(nlp):
    text = (
        "South Korea responded on Thursday by scrapping a military intelligence-sharing pact "
        "with Japan, the General Security of Military Information Agreement, signed in 2016."
    )
    found = _agreements(nlp, [text], {"South Korea": "south-korea", "Japan": "japan"})
    assert {(p.type, p.name) for p in found} == {
        ("treaty", "General Security of Military Information Agreement")
    }
    assert all({"south-korea", "japan"} <= set(p.agents) for p in found)


def test_a_phrase_of_another_kind_is_not_the_deal_a_chain_of_references_named(nlp):
    """ "The deal" is "a new Brexit deal"; "the withdrawal agreement" after it is May's."""
    paragraphs = [
        "The United Kingdom and the European Union agreed a new Brexit deal on Thursday.",
        "The deal replaces the Irish backstop of the withdrawal agreement negotiated by Theresa "
        "May, which Parliament rejected three times.",
    ]
    people = {"United Kingdom": "uk", "European Union": "eu", "Theresa May": "may"}
    found = _agreements(nlp, paragraphs, people)
    assert [(p.mention.text, p.agents) for p in found] == [
        ("a new Brexit deal", ("uk", "eu")),
        ("The deal", ("uk", "eu")),
        ("the withdrawal agreement", ("may",)),
    ]


def test_making_an_arrangement_dates_it(nlp):
    text = (
        "Last March, James Fields made an arrangement with prosecutors to plead guilty to 29 "
        "federal hate crime charges."
    )
    found = _agreements(nlp, [text], {"James Fields": "fields"})
    assert [(p.agents, p.date) for p in found] == [(("fields",), "2019-03")]


@pytest.mark.parametrize(
    ("paragraphs", "name", "parties"),
    [
        (
            [
                "In 2018, the United States withdrew from the Joint Comprehensive Plan of "
                "Action, the 2015 nuclear deal with Iran. Iran has since breached the JCPOA."
            ],
            "Joint Comprehensive Plan of Action",
            {"united-states", "iran"},
        ),
        (
            [
                "The United States withdrew from the Intermediate-Range Nuclear Forces Treaty "
                "on Friday. Russia also suspended the INF."
            ],
            "Intermediate-Range Nuclear Forces Treaty",
            {"united-states", "russia"},
        ),
        (  # a known short name is the agreement's full name (agreements48: not "has vowed
            # to renegotiate", a campaign pledge that makes no party)
            ["Donald Trump has renegotiated NAFTA."],
            "North American Free Trade Agreement",
            {"trump"},
        ),
    ],
)
def test_an_agreement_named_only_by_its_short_name_as_an_object(nlp, paragraphs, name, parties):
    """A short name withdrawn from, suspended or breached is the agreement named in full
    before; one ratified, renegotiated or violated is an agreement by itself."""
    people = {
        "United States": "united-states",
        "Iran": "iran",
        "Russia": "russia",
        "Donald Trump": "trump",
    }
    found = _agreements(nlp, paragraphs, people)
    assert {p.name for p in found} == {name}
    assert parties <= {a for p in found for a in p.agents}


@pytest.mark.parametrize(
    "text", ["Qatar quit OPEC on Monday.", "Japan will withdraw from the IWC next year."]
)
def test_an_organisation_left_is_no_agreement(nlp, text):
    assert _agreements(nlp, [text], {"Qatar": "qatar", "Japan": "japan"}) == []


def test_a_phrase_in_apposition_to_a_named_agreement_is_that_agreement(nlp):
    text = (
        "On Wednesday, Mexico's Senate ratified the United States-Mexico-Canada Agreement, the "
        "trade deal meant to replace the North American Free Trade Agreement."
    )
    found = _agreements(nlp, [text], {"Mexico": "mexico"})
    usmca = [p for p in found if p.name == "United States-Mexico-Canada Agreement"]
    assert [p.mention.text for p in usmca] == [
        "the United States-Mexico-Canada Agreement",
        "the trade deal",
    ]
    assert all(p.type == "agreement" for p in usmca)


def test_a_gathering_named_in_apposition_is_no_agreement(nlp):
    text = (
        "Many thousands of anime and manga fans descended on the Toronto Congress Centre for "
        "Anime North, a fan-run convention launched in 1997."
    )
    assert _agreements(nlp, [text], {}) == []


@pytest.mark.parametrize(
    ("text", "agents", "patients"),
    [
        ("The British relinquished control of Hong Kong to China in 1997.", "British",
         "Hong Kong China"),  # read as one noun phrase by the parser
        ("Britain handed Hong Kong back to China in 1997.", "Britain", "Hong Kong China"),
        ("Britain returned Hong Kong to China in 1997.", "Britain", "Hong Kong China"),
        ("Portugal transferred sovereignty over Macau to China in 1999.", "Portugal",
         "Macau China"),
        ("Protests have grown since the handover of Hong Kong to China in 1997.", "",
         "Hong Kong China"),
        ("The city has been ruled by Beijing since the return of Hong Kong to China in 1997.",
         "", "Hong Kong China"),
    ],
)  # fmt: skip
def test_handing_over_a_territory_is_a_handover(nlp, text, agents, patients):
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "handover"]
    assert agents in " ".join(r.text for r in frame.agents)
    assert all(name in " ".join(r.text for r in frame.patients) for name in patients.split())


@pytest.mark.parametrize(
    "text",
    [
        "The waiter handed him a letter on Monday.",
        "The delegation returned to Washington on Tuesday.",
        "She returned the boy to her husband.",
        "The bank transferred the funds to an account in Cyprus.",
    ],
)
def test_what_is_handed_or_returned_is_no_handover(nlp, text):
    assert not [e for e in match(nlp(text), 0).events if e.type == "handover"]


def test_a_person_joining_a_body_takes_a_seat_in_it(nlp):
    """ "joining the Maryland General Assembly in 1983": a career step, with its own date."""
    text = (
        "In 1982 Cummings successfully ran to be a state delegate, joining the Maryland "
        "General Assembly in 1983."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "appointment"]
    assert frame.agents == ()
    assert [r.text for r in frame.patients] == ["Cummings", "the Maryland General Assembly"]


@pytest.mark.parametrize(
    "text",
    [
        "He joined the race in June, after Mfume resigned.",
        "Finland joined NATO in April.",
        "Thousands joined the protests on Sunday.",
    ],
)
def test_joining_a_race_a_protest_or_an_alliance_is_no_appointment(nlp, text):
    assert not [e for e in match(nlp(text), 0).events if e.type == "appointment"]


def test_an_event_with_nobody_named_is_the_state_where_it_happened():
    """ "Mass protests in Hong Kong drew two million people": Hong Kong's protests; a visit
    or a death there is still someone's."""
    from generator.extract.events import propose_events
    from generator.model import EventFrame

    text = "Mass protests in Hong Kong drew two million people last week."
    article = Article("a", "T", "2019-06-23", "Wire", None, "en", (text,))
    hong_kong = Mention("actors/hong-kong", "a", 0, 0, 17, 26, "Hong Kong", "ner")
    place = Role(17, 26, "Hong Kong")
    protests = EventFrame(0, "protest", Role(5, 13, "protests"), (Role(0, 13, "Mass protests"),),
                          (), (place,))  # fmt: skip
    context = Context(
        article, (Sentence(0, 0, len(text), text, ()),), (hong_kong,), date(2019, 6, 23),
        states=frozenset({hong_kong.entity}),
    )  # fmt: skip
    (proposal,) = propose_events(context, [protests])
    assert proposal.patients == ("hong-kong",)
    assert proposal.date == "2019-06"
    death = replace(protests, type="death")
    assert propose_events(context, [death]) == []
    elsewhere = replace(context, states=frozenset())
    assert propose_events(elsewhere, [protests]) == []  # a city is no participant


def test_an_undated_career_step_is_not_a_dated_past_one():
    """ "joining the Maryland General Assembly in 1983" and "Cummings became the chair of the
    House Oversight Committee" are two appointments; "he died in hospice" is the death the
    article dates, and an undated sentence still joins this year's event."""
    from generator.extract.merge import cluster

    def proposal(sentence: int, type_: str, date_: str | None) -> Proposal:
        mention = Mention("events/x", "a", sentence, sentence, 0, 4, "word", "extract")
        return Proposal(
            "events", type_, (), ("cummings",), date_, None, None, mention, "2019-10-18"
        )

    joined, chair = proposal(3, "appointment", "1983"), proposal(6, "appointment", None)
    assert cluster([joined, chair]) == [[joined], [chair]]
    died, again = proposal(1, "death", "2019-10-17"), proposal(2, "death", None)
    assert cluster([died, again]) == [[died, again]]
    born, birth = proposal(4, "birth", "1951"), proposal(5, "birth", None)
    assert cluster([born, birth]) == [[born, birth]]
    sworn, seat = proposal(7, "appointment", "2019-01"), proposal(8, "appointment", None)
    assert cluster([sworn, seat]) == [[sworn, seat]]
    began, alone = proposal(10, "protest", "2018-08-20"), proposal(11, "protest", None)
    assert cluster([began, alone]) == [[began, alone]]  # the next sentence tells more of it


def test_the_name_before_a_conjoined_was_is_its_subject(nlp):
    """ "… governor of Puerto Rico and Pedro Pierluisi was sworn in": the parser reads
    Pierluisi as a conjunct of Puerto Rico; he, not Rosselló, was sworn in."""
    text = (
        "On Friday, Ricardo Rosselló Nevares resigned as the governor of United States "
        "commonwealth of Puerto Rico and Pedro Pierluisi was sworn in at 5 p.m. local time as "
        "Puerto Rico's new governor."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "appointment"]
    assert [r.text for r in frame.patients] == ["Pedro Pierluisi"]


@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        ("He remained a member of the committee until he retired in 2017.", "resignation", "he"),
        ("Earlier on Friday, the commonwealth's House of Representatives confirmed him.",
         "election", "him"),
        ("William Barr was confirmed by the Senate as attorney general on Thursday.",
         "election", "William Barr"),
        ("He was among the Representatives who voted against the Iraq War in 2002.",
         "election", "He"),
    ],
)  # fmt: skip
def test_retiring_being_confirmed_and_voting_among_others(nlp, text, type_, who):
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert who in [r.text for r in (*frames[0].agents, *frames[0].patients)]


@pytest.mark.parametrize(
    "text",
    [
        "Police confirmed the death of the singer.",
        "He confirmed he would run for the Senate.",
        "The retired general spoke to reporters on Monday.",
    ],
)
def test_confirming_a_fact_and_a_retired_general_are_no_events(nlp, text):
    assert not [e for e in match(nlp(text), 0).events if e.type in ("election", "resignation")]


def test_a_dated_report_of_someone_unnamed_dates_the_next_that_names_them():
    """ "A former advisor for U.S. President Donald Trump was sentenced in U.S. Federal Court
    on Wednesday. Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months":
    Wednesday's sentencing; a pronoun no one is read into dates nothing."""
    from generator.extract.events import propose_events
    from generator.model import EventFrame

    first = "A former advisor for Donald Trump was sentenced on Wednesday."
    second = "Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months."
    text = f"{first} {second}"
    start = len(first) + 1
    article = Article("a", "T", "2019-03-15", "Wire", None, "en", (text,))
    sentences = (Sentence(0, 0, len(first), first, ()), Sentence(0, start, len(text), second, ()))
    manafort = Mention("actors/paul-manafort", "a", 0, 1, start, start + 13, "Paul Manafort", "ner")
    lead = EventFrame(0, "sentencing", Role(39, 48, "sentenced"), (),
                      (Role(0, 18, "A former advisor"),), ())  # fmt: skip
    named = EventFrame(0, "sentencing", Role(start + 18, start + 27, "sentenced"), (),
                       (Role(start, start + 13, "Paul Manafort"),), ())  # fmt: skip
    context = Context(article, sentences, (manafort,), date(2019, 3, 15))
    (proposal,) = propose_events(context, [lead, named])
    assert (proposal.patients, proposal.date, proposal.date_text) == (
        ("paul-manafort",),
        "2019-03-13",
        "on Wednesday",
    )
    pronoun = replace(lead, patients=(Role(0, 2, "He"),))
    (proposal,) = propose_events(context, [pronoun, named])
    assert proposal.date is None


def test_an_office_held_eventually_is_a_later_appointment(nlp):
    """ "joining the Maryland General Assembly in 1983. He remained there for fourteen years,
    eventually serving as the speaker pro tem": a second appointment, not the joining told
    more of; "serving as" an office named by its modifier ("the speaker pro tem")."""
    from generator.extract.events import propose_events

    text = "He remained there for fourteen years, eventually serving as the speaker pro tem."
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "appointment"]
    article = Article("a", "T", "2019-10-18", "Wire", None, "en", (text,))
    sentences = (Sentence(0, 0, len(text), text, ()),)
    he = Mention("actors/elijah-cummings", "a", 0, 0, 0, 2, "He", "ner")
    context = Context(article, sentences, (he,), date(2019, 10, 18))
    (proposal,) = propose_events(context, [frame])
    assert proposal.separate
    plain = text.replace("eventually ", "")
    (frame,) = [e for e in match(nlp(plain), 0).events if e.type == "appointment"]
    article = Article("a", "T", "2019-10-18", "Wire", None, "en", (plain,))
    context = Context(article, (Sentence(0, 0, len(plain), plain, ()),), (he,), date(2019, 10, 18))
    (proposal,) = propose_events(context, [frame])
    assert not proposal.separate


def test_last_week_is_not_this_weeks_day():
    """ "Manafort was sentenced last week" (the week before) and "sentenced on Wednesday"
    (this week) are two sentencings, though both fall in March."""
    from generator.extract.merge import cluster

    def proposal(sentence: int, date_: str, words: str) -> Proposal:
        mention = Mention("events/x", "a", sentence, sentence, 0, 4, "sentenced", "extract")
        return Proposal(
            "events", "sentencing", (), ("manafort",), date_, words, None, mention, "2019-03-15"
        )

    wednesday = proposal(1, "2019-03-13", "on Wednesday")
    before = proposal(3, "2019-03", "last week")
    assert cluster([wednesday, before]) == [[wednesday], [before]]
    earlier = proposal(4, "2019-03-07", "on March 7")
    assert cluster([before, earlier]) == [[before, earlier]]


def test_he_is_the_surname_named_just_before_even_untagged():
    """ "Conyers ran for Congress in 1964 … He took office": the NER did not tag Conyers in
    that sentence, but resolved the surname elsewhere in the article."""
    paragraph, later = "Conyers ran for Congress in 1964. He took office in 1965.", "Conyers quit."
    article = Article("a", "T", "2019-10-28", "Wire", None, "en", (paragraph, later))
    sentences = (
        Sentence(0, 0, 33, paragraph[:33], ()),
        Sentence(0, 34, 57, paragraph[34:], ()),
        Sentence(1, 0, 13, later, ()),
    )
    elsewhere = Mention("actors/conyers", "a", 1, 2, 0, 7, "Conyers", "surname")
    context = Context(
        article, sentences, (elsewhere,), date(2019, 10, 28),
        persons=frozenset({"actors/conyers"}),
    )  # fmt: skip
    assert context.actors_in(0, [Role(34, 36, "He")]) == ("conyers",)


@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        ("On Friday in Pakistan, Mohammed Waseem, brother of social media personality and "
         "feminist Qandeel Baloch, was sentenced for her murder to life in prison by a court "
         "in Multan.", "sentencing", "Mohammed Waseem"),  # read as a conjunct of Pakistan
        ("Waseem confessed to killing his sister by strangling her in 2016.", "killing",
         "Waseem"),
        ("A decade later, in 2008, Hagan defeated incumbent Republican US Senator Elizabeth "
         "Dole to become the first female Democratic US Senator from North Carolina.",
         "appointment", "Hagan"),
        ("She served for one term before losing reelection to Thom Tillis, a Republican, in "
         "2014.", "election", "Thom Tillis"),
    ],
)  # fmt: skip
def test_subjects_the_parser_strands_and_seats_taken_or_lost(nlp, text, type_, who):
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert any(who in r.text for r in (*frames[0].agents, *frames[0].patients))


def test_a_surname_resolved_elsewhere_names_its_person_where_it_was_not():
    """ "Baloch was murdered a few weeks after …": the NER saw "Baloch" as a person in other
    sentences and resolve linked it there to Qandeel Baloch; here it was left untagged."""
    text = "Baloch was murdered a few weeks later."
    article = Article("a", "T", "2019-09-30", "Wire", None, "en", ("Qandeel Baloch wrote.", text))
    seen = Span("Baloch", "PERSON", 8, 14, None)
    sentences = (Sentence(0, 0, 21, "Qandeel Baloch wrote.", (seen,)), Sentence(1, 0, 38, text, ()))
    full = Mention("actors/qandeel-baloch", "a", 0, 0, 0, 14, "Qandeel Baloch", "ner")
    short = Mention("actors/qandeel-baloch", "a", 0, 0, 8, 14, "Baloch", "surname")
    context = Context(
        article, sentences, (full, short), date(2019, 9, 30),
        persons=frozenset({"actors/qandeel-baloch"}),
    )  # fmt: skip
    assert context.actors_in(1, [Role(0, 6, "Baloch")]) == ("qandeel-baloch",)
    unlinked = replace(context, mentions=(full,))
    assert unlinked.actors_in(1, [Role(0, 6, "Baloch")]) == ()  # seen, and left: shared


@pytest.mark.parametrize(
    ("text", "type_", "agents", "patients"),
    [
        ("Since the passage of the Affordable Care Act by Congress in 2010, premiums have "
         "risen.", "passage", "", "Affordable Care Act"),
        ("The law, signed by Obama in 2010, expanded coverage.", "signing", "Obama", ""),
        ("A resolution passed by the House in March condemned the move.", "passage",
         "the House", "A resolution"),
        ("Congress enacted the law in 1996.", "passage", "Congress", "the law"),
        ("Parliament repealed the law in 2011.", "passage", "Parliament", "the law"),
        ("That ban was lifted in 2011.", "easing", "", "That ban"),
        ("The United States eased sanctions on Sudan in 2017.", "easing", "The United States",
         "Sudan"),
        ("Since his election in 2016, Trump has attacked the press.", "statement", "Trump",
         "the press"),
    ],
)  # fmt: skip
def test_laws_voted_and_signed_and_sanctions_eased(nlp, text, type_, agents, patients):
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert agents in " ".join(r.text for r in frames[0].agents)
    assert patients in " ".join(r.text for r in frames[0].patients)


def test_sanctions_eased_are_not_imposed_again(nlp):
    text = "The United States eased sanctions on Sudan in 2017."
    types = [e.type for e in match(nlp(text), 0).events]
    assert "sanctions" not in types
    assert "strike" not in [e.type for e in match(nlp("Trump attacked the press."), 0).events]
    assert not [e for e in match(nlp("The talks ended on Friday."), 0).events if e.type == "easing"]


def test_a_state_named_by_its_adjective_takes_part():
    """ "The British relinquished control of Hong Kong": the United Kingdom's handover;
    "Iraqi protests": Iraq's. An adjective of no state names nobody."""
    from generator.extract.events import propose_events
    from generator.model import EventFrame

    text = "Iraqi protests continued on Sunday."
    article = Article("a", "T", "2019-11-10", "Wire", None, "en", (text,))
    frame = EventFrame(0, "protest", Role(7, 15, "protests"), (Role(0, 6, "Iraqi"),), (), ())
    context = Context(
        article, (Sentence(0, 0, len(text), text, ()),), (), date(2019, 11, 10),
        adjectives={"Iraqi": "iraq", "British": "united-kingdom"},
        states=frozenset({"actors/iraq", "actors/united-kingdom"}),
    )  # fmt: skip
    (proposal,) = propose_events(context, [frame])
    assert (proposal.agents, proposal.date) == (("iraq",), "2019-11-10")
    british = replace(frame, agents=(Role(0, 11, "The British"),))
    assert propose_events(context, [british])[0].agents == ("united-kingdom",)
    assert propose_events(replace(context, states=frozenset()), [frame]) == []


def test_it_is_the_body_named_just_before():
    """ "Mahan Air flies to Europe. It was founded in 1992": the airline; not a state, not a
    person, and nobody when its own sentence names two."""
    paragraph = "Mahan Air flies to Europe. It was founded in 1992."
    article = Article("a", "T", "2019-01-23", "Wire", None, "en", (paragraph,))
    sentences = (Sentence(0, 0, 26, paragraph[:26], ()), Sentence(0, 27, 50, paragraph[27:], ()))
    mahan = Mention("actors/mahan-air", "a", 0, 0, 0, 9, "Mahan Air", "ner")
    context = Context(article, sentences, (mahan,), date(2019, 1, 23))
    it = Role(27, 29, "It")
    assert context.actors_in(0, [it]) == ("mahan-air",)
    assert replace(context, states=frozenset({"actors/mahan-air"})).actors_in(0, [it]) == ()
    assert replace(context, persons=frozenset({"actors/mahan-air"})).actors_in(0, [it]) == ()


@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        ("When Representative Kweisi Mfume announced his resignation in 1995, Cummings joined "
         "the race to replace him. He was among the Representatives who voted against the Iraq "
         "War in 2002.", "election", "Cummings"),
        ("In 1971, Conyers co-founded the Congressional Black Caucus. He served as a member of "
         "the House Oversight Committee until 1995. He served as the chair of the Judiciary "
         "Committee from 2007 until 2011.", "appointment", "Conyers"),
    ],
)  # fmt: skip
def test_he_opening_a_sentence_continues_the_subject_before(nlp, text, type_, who):
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert who in [r.text for r in (*frames[-1].agents, *frames[-1].patients)]


def test_he_after_a_name_in_its_own_sentence_is_left_to_the_tie_step(nlp):
    text = "Trump met Kim in Hanoi. After meeting Moon, he visited Seoul on Sunday."
    (visit,) = [e for e in match(nlp(text), 0).events if e.type == "visit"]
    assert [r.text for r in visit.agents] == ["he"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("In 2018, while preparing for his first trial, Manafort was kept in solitary "
         "confinement at least 23 hours per day.", "Manafort"),
        ("Police held Tarrant in custody on Saturday.", "Tarrant"),
        ("Mugabe was placed under house arrest on November 15.", "Mugabe"),
        ("Meng has been held in detention since December.", "Meng"),
    ],
)  # fmt: skip
def test_someone_held_in_custody_is_detained(nlp, text, who):
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "arrest"]
    assert who in [r.text for r in frame.patients]


def test_talks_held_in_a_prison_detain_no_one(nlp):
    text = "The leaders held talks in a prison in Hanoi."
    assert not [e for e in match(nlp(text), 0).events if e.type == "arrest"]


def test_a_sentence_saying_separate_or_another_is_its_own_occurrence():
    """ "Manafort was sentenced to 47 months in a separate case in March" is not the
    sentencing "on Wednesday" of the article, though both fall in March; two sentences on
    the separate one, dated alike, are one."""
    from generator.extract.merge import cluster

    def proposal(sentence: int, date_: str, separate: bool) -> Proposal:
        mention = Mention("events/x", "a", sentence, sentence, 0, 4, "sentenced", "extract")
        return Proposal(
            "events", "sentencing", (), ("manafort",), date_, None, None, mention, "2019-05-20",
            separate=separate,
        )  # fmt: skip

    wednesday = proposal(1, "2019-03-13", False)
    march = proposal(4, "2019-03", True)
    again = proposal(5, "2019-03", True)
    assert cluster([wednesday, march, again]) == [[wednesday], [march, again]]


@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        ("After a jury trial in Paris, two French police officers were found guilty on "
         "Thursday of raping a Canadian tourist in 2014.", "sentencing",
         "two French police officers"),
        ("The jury found Smithers guilty in May.", "sentencing", "Smithers"),
        ("A jury found him not guilty.", "ruling", "him"),
        ("He first joined parliament in 1987.", "appointment", "He"),
    ],
)  # fmt: skip
def test_found_guilty_is_a_conviction_and_parliament_joined_a_seat(nlp, text, type_, who):
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert who in [r.text for r in frame.patients]


@pytest.mark.parametrize(
    "text", ["Police found the body on Monday.", "The court found that Trump had acted unlawfully."]
)
def test_what_is_found_is_no_conviction(nlp, text):
    assert not [e for e in match(nlp(text), 0).events if e.type in ("sentencing", "ruling")]


def test_his_in_a_relative_clause_is_its_nouns(nlp):
    """ "Pohiva, who had been Tonga's prime minister since his election in 2014": Pohiva's."""
    text = (
        "Pohiva, who had been Tonga's prime minister since his election in 2014, was evacuated "
        "Wednesday afternoon."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "election"]
    assert [r.text for r in frame.agents] == ["Pohiva"]


def test_his_alone_is_the_person_named_just_before():
    paragraph = "Kay Hagan ran for the Senate. His election was a surprise."
    article = Article("a", "T", "2019-10-29", "Wire", None, "en", (paragraph,))
    sentences = (Sentence(0, 0, 29, paragraph[:29], ()), Sentence(0, 30, 58, paragraph[30:], ()))
    hagan = Mention("actors/kay-hagan", "a", 0, 0, 0, 9, "Kay Hagan", "ner")
    context = Context(
        article, sentences, (hagan,), date(2019, 10, 29), persons=frozenset({hagan.entity})
    )
    assert context.actors_in(0, [Role(30, 33, "His")]) == ("kay-hagan",)


def test_announcing_ones_resignation_is_the_resignation_only(nlp):
    """ "Mfume announced his resignation in 1995": one event, the resignation; an arrest
    announced is news of its own, and so is an upcoming vote."""
    text = "When Representative Kweisi Mfume announced his resignation in 1995, Cummings spoke."
    assert [e.type for e in match(nlp(text), 0).events] == ["resignation"]
    text = "South Korea's police announced the arrest in May, 2018."
    assert "announcement" in [e.type for e in match(nlp(text), 0).events]


def test_joining_a_race_is_running(nlp):
    """ "De Blasio joined the presidential race in May": a candidacy, like "ran for"."""
    text = "De Blasio joined the presidential race in May."
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "election"]
    assert [r.text for r in frame.agents] == ["De Blasio"]
    # joining protests is taking part in them, no candidacy
    frames = match(nlp("Thousands joined the protests."), 0).events
    assert [e.type for e in frames] == ["protest"]


@pytest.mark.parametrize(
    ("text", "type_", "agents", "patients"),
    [
        ("North Korea fired two missiles on Thursday.", "strike", "North Korea", "two missiles"),
        ("Police fired tear gas at protesters in Hong Kong.", "strike", "Police", "tear gas"),
        ("Trump fired his national security advisor on Tuesday.", "dismissal", "Trump",
         "his national security advisor"),
        ("The US announced new sanctions on Iran on Monday.", "sanctions", "The US", "Iran"),
        ("Thousands took to the streets on Saturday in Hong Kong.", "protest", "Thousands", ""),
    ],
)  # fmt: skip
def test_missiles_fired_sanctions_announced_and_streets_taken(nlp, text, type_, agents, patients):
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert agents in " ".join(r.text for r in frames[0].agents)
    assert patients in " ".join(r.text for r in frames[0].patients)


def test_what_is_fired_and_no_one_dismissed(nlp):
    for text in ("North Korea fired two missiles on Thursday.", "The crew fired the engines."):
        assert "dismissal" not in [e.type for e in match(nlp(text), 0).events]
    text = "The US announced new sanctions on Iran on Monday."
    assert "statement" not in [e.type for e in match(nlp(text), 0).events]


def test_one_dies_once_in_an_article():
    """ "Stevens died yesterday … The statement ascribed his death to complications from a
    stroke on Monday": one death, though the second sentence's date is the stroke's."""
    from generator.extract.merge import cluster

    def proposal(sentence: int, date_: str) -> Proposal:
        mention = Mention("events/x", "a", sentence, sentence, 0, 4, "died", "extract")
        return Proposal(
            "events", "death", ("stevens",), (), date_, None, None, mention, "2019-07-17"
        )

    died, death = proposal(0, "2019-07-16"), proposal(5, "2019-07-15")
    assert cluster([died, death]) == [[died, death]]


def test_a_year_naming_the_event_dates_it():
    """ "Waseem appeared in a news conference after his 2016 arrest": the arrest's year;
    "the 2016 presidential election" likewise; a count is no year."""
    from generator.extract.events import propose_events
    from generator.model import EventFrame

    text = "Waseem appeared in a news conference after his 2016 arrest."
    article = Article("a", "T", "2019-09-30", "Wire", None, "en", (text,))
    waseem = Mention("actors/waseem", "a", 0, 0, 0, 6, "Waseem", "ner")
    arrest = EventFrame(0, "arrest", Role(52, 58, "arrest"), (), (Role(0, 6, "Waseem"),), ())
    context = Context(article, (Sentence(0, 0, len(text), text, ()),), (waseem,), date(2019, 9, 30))
    (proposal,) = propose_events(context, [arrest])
    assert (proposal.date, proposal.date_text) == ("2016", "2016")
    counted = replace(
        context, article=replace(article, paragraphs=(text.replace("his 2016", "the 2,016"),))
    )
    moved = replace(arrest, trigger=Role(53, 59, "arrest"))
    assert propose_events(counted, [moved])[0].date is None


def test_a_gerund_after_before_or_after_has_its_own_date(nlp):
    """ "Munk was born in Austria, …, before moving to California in 1939": 1939 is the
    move's, not the birth's; the meeting in "After meeting Putin on Monday" keeps Monday."""
    text = (
        "Munk was born in Austria, but he emigrated to the United States to pursue his "
        "education, before moving to California in 1939 due to a love interest in La Jolla."
    )
    (birth,) = [e for e in match(nlp(text), 0).events if e.type == "birth"]
    assert any("1939" in r.text for r in birth.asides)
    text = "After meeting Putin on Monday, Trump flew to Helsinki."
    (meeting,) = [e for e in match(nlp(text), 0).events if e.type == "meeting"]
    assert not any("Monday" in r.text for r in meeting.asides)


def test_a_plane_hitting_the_ocean_attacks_no_one(nlp):
    text = "The plane hit the ocean at speed shortly after take-off."
    assert not [e for e in match(nlp(text), 0).events if e.type == "strike"]


def test_last_week_is_counted_from_the_dateline_not_the_day_of_publication():
    """Datelined Friday 8 March, published Monday 11 March: "sentenced last week" (25
    February to 3 March) is not the sentencing "on Wednesday" (6 March)."""
    from generator.dates import find_dates
    from generator.extract.merge import _fits

    dateline = date(2019, 3, 8)
    (wednesday,) = find_dates("was sentenced on Wednesday", dateline)
    (last_week,) = find_dates("was sentenced last week", dateline)

    def report(sentence: int, found) -> Proposal:
        mention = Mention("events/x", "a", 0, sentence, 0, 5, "x", "extract")
        return Proposal(
            "events", "sentencing", ("manafort",), (), found.value, found.text, None, mention,
            "2019-03-11", reference="2019-03-08",
        )  # fmt: skip

    assert wednesday.value == "2019-03-06"
    assert not _fits(report(1, last_week), [report(0, wednesday)])


@pytest.mark.parametrize(
    ("text", "type_", "wanted"),
    [
        # Only sanctions and bans lifted are another day's: talks ended happened.
        ("Abbas ended the talks with Israel in 2014.", "meeting", True),
        ("Officer Smith took part in the arrest of the suspect on Monday.", "detention", False),
    ],
)
def test_an_event_noun_as_object_of_end_or_take_part(nlp, text, type_, wanted):
    frames = match(nlp(text), 0).events
    found = [e for e in frames if e.type == type_ or (e.trigger.text == "took")]
    assert bool(found) == wanted, [(e.type, e.trigger.text) for e in frames]


def test_a_year_before_a_noun_dates_it_but_not_a_count_or_another_nouns_year():
    from generator.extract.events import YEAR_BEFORE

    assert YEAR_BEFORE.search("after his 2016 ")
    assert YEAR_BEFORE.search("the 2016 presidential ")
    assert not YEAR_BEFORE.search("Under a 1994 agreement on ")


PARTIES = {
    "Iran": "iran",
    "United States": "united-states",
    "Britain": "united-kingdom",
    "Japan": "japan",
    "Australia": "australia",
    "China": "china",
    "Cuba": "cuba",
    "Saudi Arabia": "saudi-arabia",
    "Russia": "russia",
    "NATO": "nato",
    "Donald Trump": "trump",
    "Kim Jong-un": "kim",
    "Houthis": "houthis",
}


def test_commitments_under_an_agreement_are_their_holders(nlp):
    """ "its commitments under the 2015 nuclear deal": Iran, who said it, is bound by it."""
    text = (
        "Iran said on Sunday it would further reduce its commitments under the 2015 nuclear "
        "deal with world powers."
    )
    (found,) = _agreements(nlp, [text], PARTIES)
    assert (found.agents, found.date) == (("iran",), "2015")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The United States withdrew from the Joint Comprehensive Plan of Action in 2018.",
            "Joint Comprehensive Plan of Action",
        ),
        (
            "Donald Trump pulled the United States out of the Trans-Pacific Partnership in 2017.",
            "Trans-Pacific Partnership",
        ),
        (
            "The Sino-British Joint Declaration, signed in 1984, promised Hong Kong a high degree "
            "of autonomy.",
            "Sino-British Joint Declaration",
        ),
        (  # the capitals before a name "of" or "on" something are the name's
            "The diplomat's wife had immunity under the Vienna Convention on Diplomatic Relations.",
            "Vienna Convention on Diplomatic Relations",
        ),
        ("Japan joined the Global Partnership for Education in 2008.", None),  # a body
        ("Under the Marshall Plan, the United States gave Germany billions.", None),  # aid
        ("The Marshall Plan helped rebuild Europe.", None),
    ],
)
def test_a_name_that_ends_in_plan_partnership_or_declaration(nlp, text, name):
    """A capitalised name without an agreement noun is an agreement when a verb of
    agreements governs it or it says it is joint; a plan only "of Action"."""
    names = [f.name for f in match(nlp(text), 0).agreements]
    assert names == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "In 2014, Cuba and the United States agreed to restore diplomatic relations.",
            ("cuba", "united-states"),
        ),
        (
            "Saudi Arabia and Russia agreed to extend oil production cuts.",
            ("saudi-arabia", "russia"),
        ),
        (  # a government named by its adjective
            "The Houthis and the Yemeni government agreed to withdraw their forces from the port.",
            ("houthis",),
        ),
        ("Donald Trump and Kim Jong-un agreed to meet again.", None),  # more talk
        ("Donald Trump agreed to meet Kim Jong-un in Singapore.", None),  # one party's consent
        ("Most economists agreed that growth would slow.", None),
    ],
)
def test_two_parties_agreeing_to_do_something_is_their_agreement(nlp, text, parties):
    found = _agreements(nlp, [text], PARTIES)
    assert [p.agents for p in found] == ([parties] if parties else [])


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The United States and Japan signed trade agreements on Monday.", True),
        ("China and Russia signed 20 agreements on trade and energy during the visit.", True),
        ("Donald Trump opposes free trade agreements.", False),
        ("Many countries have joined such treaties.", False),
    ],
)
def test_agreements_in_the_plural_when_a_verb_makes_them(nlp, text, wanted):
    assert bool(_agreements(nlp, [text], PARTIES)) == wanted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The woman left the country under a 1995 agreement between Britain and the United "
            "States.",
            "1995 agreement between Britain and the United States",
        ),
        ("Donald Trump has questioned the NATO treaty.", "NATO treaty"),
        ("Trump said a trade deal with China was close.", "trade deal with China"),
        (
            "Japan and Australia signed a defence pact, officials said.",  # agreements43: one
            # being negotiated is none yet
            "defence pact between Japan and Australia",
        ),
        ("Under a 2015 accord, Iran limited its enrichment of uranium.", "2015 accord with Iran"),
    ],
)
def test_an_unnamed_agreement_is_named_by_the_words_of_its_article(nlp, text, name):
    """Its phrase without the determiner, with its parties when the phrase names none."""
    from generator.extract.merge import agreement_name

    names = {f"actors/{v}": k for k, v in PARTIES.items()} | {
        "actors/united-states": "United States"
    }
    (found,) = _agreements(nlp, [text], PARTIES)
    assert agreement_name([found], names) == name


def test_a_bare_deal_is_named_by_its_parties(nlp):
    from generator.extract.merge import agreement_name

    paragraphs = ["Japan and Australia signed an agreement in May. The deal took effect today."]
    found = _agreements(nlp, paragraphs, PARTIES)
    assert {agreement_name([p], {"actors/japan": "Japan", "actors/australia": "Australia"})
            for p in found} == {"Japan–Australia agreement"}  # fmt: skip


def test_each_of_several_agreements_one_phrase_names_is_named_by_its_parties(nlp):
    """ "long-term agreements with key partners like China and Russia": two pages, each
    saying which partner it is, or the two read the same in every list."""
    from generator.extract.merge import agreement_name

    text = "Iran is solidifying long-term agreements with key partners like China and Russia."
    found = _agreements(nlp, [text], PARTIES)
    names = {f"actors/{v}": k for k, v in PARTIES.items()}
    assert {agreement_name([p], names) for p in found} == {
        "long-term agreements with key partners (Iran and China)",
        "long-term agreements with key partners (Iran and Russia)",
    }


def test_agreements_of_other_names_or_kinds_are_two_pages(nlp):
    """ "trade agreements" signed are not the Joint Comprehensive Plan of Action left, though
    both name the United States and one is undated."""
    from generator.extract.merge import cluster

    paragraphs = [
        "The United States withdrew from the Joint Comprehensive Plan of Action in 2018. The "
        "United States and Japan signed trade agreements on Monday."
    ]
    found = _agreements(nlp, paragraphs, PARTIES)
    assert len(found) == 2
    assert len(cluster(found)) == 2


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Congress passed the Affordable Care Act in 2010.", ["the Affordable Care Act"]),
        (
            "A decade later, in 2008, Hagan defeated incumbent Republican US Senator Elizabeth "
            "Dole to become the first female Democratic US Senator from North Carolina.",
            ["incumbent Republican US Senator Elizabeth Dole"],
        ),
        ("Thom Tillis defeated Kay Hagan in the 2014 Senate election.", ["Kay Hagan"]),
        ("Rafael Nadal defeated Roger Federer in the final on Sunday.", []),  # a match
        ("The statement also said US troops had defeated ISIS.", []),
        ("The pair defeated the motion in parliament.", []),
    ],
)
def test_a_named_act_passed_and_a_candidate_defeated_are_votes(nlp, text, wanted):
    """A law named "Act" passed is its passage; one named beating one named in a sentence of
    offices or elections is an election, the beaten acted on."""
    frames = [e for e in match(nlp(text), 0).events if e.trigger.text in ("passed", "defeated")]
    assert [r.text for e in frames for r in e.patients] == wanted
    assert all(e.type == ("passage" if e.trigger.text == "passed" else "election") for e in frames)


def test_names_sharing_a_word_may_be_one_agreement():
    from generator.extract.merge import _other_agreement

    def named(name: str) -> Proposal:
        mention = Mention("agreements/x", "a", 0, 0, 0, 5, name, "extract")
        return Proposal(
            "agreements", "agreement", ("us",), (), None, None, None, mention, "2019-11-05",
            name=name,
        )  # fmt: skip

    assert not _other_agreement(named("Paris Agreement"), named("Paris climate accord"))
    assert _other_agreement(named("Paris Agreement"), named("Joint Comprehensive Plan of Action"))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Donald Trump has questioned the NATO treaty.", ("nato",)),
        ("Donald Trump criticised the trade deal with China.", ("china",)),
        ("Japan signed a defence pact with Australia on Tuesday.", ("japan", "australia")),
    ],
)
def test_who_holds_a_view_on_an_agreement_is_no_party(nlp, text, parties):
    (found,) = _agreements(nlp, [text], PARTIES)
    assert set(found.agents) == set(parties)


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May's deal was rejected by Parliament on Tuesday.",
        "The agreement was criticised by Amnesty International.",
        "The trade deal was welcomed by the United Nations.",
    ],
)
def test_who_holds_a_view_on_an_agreement_in_the_passive_is_no_party(nlp, text):
    people = {
        "Parliament": "parliament",
        "Amnesty International": "amnesty",
        "United Nations": "un",
    }
    assert all(not found.agents for found in _agreements(nlp, [text], people))


def test_who_signs_an_agreement_in_the_passive_stays_a_party(nlp):
    (found,) = _agreements(nlp, ["The deal was signed by Iran and Russia on Monday."], PARTIES)
    assert set(found.agents) == {"iran", "russia"}


def test_a_passive_read_as_was_with_a_complement_acts_on_its_subject(nlp):
    """ "He was nominated … by President Gerald Ford", parsed as "was" + ``acomp``: he, the
    person named as the sentence before's subject, is nominated, by Ford."""
    text = (
        "Stevens was born in 1920 in Chicago, Illinois and studied law at Northwestern "
        "University. He was nominated to the Supreme Court in 1975 by President Gerald Ford."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "nomination"]
    assert [r.text for r in frame.agents] == ["President Gerald Ford"]
    assert "Stevens" in [r.text for r in frame.patients]


def test_an_appointment_is_named_for_the_person_not_the_body_joined():
    mention = Mention("events/x", "a", 0, 0, 0, 5, "nominated", "extract")
    p = Proposal(
        "events", "appointment", ("ford",), ("stevens", "court"), "1975", "in 1975", None,
        mention, "2019-07-17",
    )  # fmt: skip
    names = {"actors/ford": "Gerald Ford", "actors/stevens": "John Paul Stevens",
             "actors/court": "Supreme Court"}  # fmt: skip
    types = {"actors/ford": "person", "actors/stevens": "person", "actors/court": "organisation"}
    assert (
        event_name([p], names, None, types)
        == "Appointment of John Paul Stevens by Gerald Ford (1975)"
    )


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Mahan has been the subject of United States sanctions since 2011. It was founded "
            "in 1992.",
            "Mahan",
        ),
        (
            "Mahan flies fighters to Syria. It has Iran's largest fleet. It was founded in 1992.",
            "Mahan",
        ),
        (
            "Greenpeace campaigned against the plan. It was founded in 1971 in Vancouver.",
            "Greenpeace",
        ),
        ("The bill was suspended in June. It was withdrawn in September.", "It"),  # a thing
    ],
)
def test_it_opening_a_sentence_is_the_body_the_sentence_before_is_about(nlp, text, who):
    frames = [e for e in match(nlp(text), 0).events if e.type in ("founding", "withdrawal")]
    assert [r.text for e in frames for r in e.patients] == [who]


@pytest.mark.parametrize(
    "text",
    [
        "Viktor Orbán regained power in 2010.",
        "Maróth noted the military had been disarmed by 2010, when Viktor Orbán regained the "
        "prime ministry of Hungary for his second term.",
    ],
)
def test_regaining_power_or_an_office_takes_it(nlp, text):
    frames = [e for e in match(nlp(text), 0).events if e.type == "appointment"]
    assert next(r.text for e in frames for r in e.patients) == "Viktor Orbán"


def test_regaining_independence_is_no_appointment(nlp):
    assert not match(nlp("Hungary regained its independence in 1991."), 0).events


@pytest.mark.parametrize(
    ("text", "agents", "patients"),
    [
        (
            "Iran's Islamic Revolutionary Guard Corps seized the British-flagged tanker Stena "
            "Impero in the Strait of Hormuz on Friday.",
            "Iran's Islamic Revolutionary Guard Corps",
            "the British-flagged tanker Stena Impero",
        ),
        ("Russia annexed Crimea in 2014.", "Russia", "Crimea"),
        ("Islamic State captured Mosul in 2014.", "Islamic State", "Mosul"),
        (
            "In 1979, revolutionaries took control of Iran and captured the U.S. embassy.",
            "revolutionaries",
            "the U.S. embassy",
        ),
        ("The seizure of the tanker by Iran angered Britain.", "Iran", "the tanker"),
        ("Police confiscated two tonnes of cocaine on Monday.", "Police", "two tonnes of cocaine"),
    ],
)
def test_a_ship_place_or_goods_taken_is_a_seizure(nlp, text, agents, patients):
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "seizure"]
    assert agents in [r.text for r in frame.agents]
    assert patients in [r.text for r in frame.patients]


def test_a_place_that_is_a_participant_is_not_named_twice():
    # "For the first time in the sixteen weeks of protests in Hong Kong, police fired ..."
    mention = Mention("events/x", "a", 0, 0, 0, 8, "protests", "extract")
    p = Proposal(
        "events", "protest", ("hong-kong",), (), "2019-10-01", "yesterday", "Hong Kong",
        mention, "2019-10-02",
    )  # fmt: skip
    names = {"actors/hong-kong": "Hong Kong"}
    assert event_name([p], names, None, {}) == "Protest by Hong Kong (1 October 2019)"
    other = replace(p, place="Kowloon")
    assert event_name([other], names, None, {}) == "Protest by Hong Kong, Kowloon (1 October 2019)"


@pytest.mark.parametrize(
    "text",
    [
        "He seized the opportunity to speak.",
        "The attack was captured on camera by a passer-by.",
        "The novel captured the imagination of millions.",
        "Labour captured 52% of the vote.",
        "She suffered a seizure on Monday.",
        "The military seized power in a coup in 2017.",  # an appointment: power taken
    ],
)
def test_an_opportunity_a_picture_or_power_seized_is_no_seizure(nlp, text):
    frames = match(nlp(text), 0).events
    assert not [e for e in frames if e.type == "seizure"]
    assert [e.type for e in frames] == (["appointment"] if "power" in text else [])


def test_a_seizure_is_named_for_what_was_taken():
    mention = Mention("events/x", "a", 0, 0, 0, 5, "annexed", "extract")
    p = Proposal(
        "events", "seizure", ("russia",), ("crimea",), "2014", "in 2014", None, mention,
        "2019-03-18",
    )  # fmt: skip
    names = {"actors/russia": "Russia", "actors/crimea": "Crimea"}
    assert event_name([p], names, None, {}) == "Seizure of Crimea by Russia (2014)"


@pytest.mark.parametrize(
    ("text", "ousted"),
    [
        ("The army deposed President Mohamed Morsi in 2013.", "President Mohamed Morsi"),
        ("Bashir was overthrown in April after months of protests.", "Bashir"),
        ("Burhan took part in the 2019 coup that toppled Omar al-Bashir.", "Omar al-Bashir"),
    ],
)
def test_a_leader_toppled_overthrown_or_deposed_is_dismissed(nlp, text, ousted):
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "dismissal"]
    assert [r.text for r in frame.patients] == [ousted]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Boris Johnson replaced Theresa May as prime minister in July.", ["Boris Johnson"]),
        ("Johnson succeeded May as prime minister on July 24.", ["Johnson"]),
        ("The mechanic replaced the engine in July.", []),
        ("He succeeded in passing the bill.", []),
    ],
)
def test_replacing_or_succeeding_someone_as_an_office_takes_it(nlp, text, who):
    """The successor is appointed; the predecessor is no participant of it."""
    frames = [e for e in match(nlp(text), 0).events if e.type == "appointment"]
    assert [r.text for e in frames for r in (*e.agents, *e.patients)] == who


@pytest.mark.parametrize(
    ("text", "trigger", "dated"),
    [
        (
            "Hong Kong's Legislative Council formally withdrew the extradition bill on "
            "Wednesday, months after Chief Executive Carrie Lam suspended it.",
            "suspended",
            False,
        ),
        (
            "Iran seized the tanker on Friday, two weeks after Britain seized an Iranian tanker "
            "off Gibraltar.",
            "seized",
            False,
        ),
        (  # no stretch of time: the year is the clause's too
            "In 2009, she was appointed to fill Hillary Clinton's Senate seat after Clinton "
            "resigned to become the United States Secretary of State.",
            "resigned",
            True,
        ),
        (  # shortly after: as likely the same day
            "He resigned on Monday, shortly after his aide was arrested.",
            "arrested",
            True,
        ),
    ],
)
def test_an_event_months_after_the_dated_one_takes_no_date_from_it(nlp, text, trigger, dated):
    doc = nlp(text)
    frame = [e for e in match(doc, 0).events if e.trigger.text == trigger][-1]
    article = Article("a", "T", "2019-10-23", "Wire", None, "en", (text,))
    context = Context(article, (Sentence(0, 0, len(text), text, ()),), (), date(2019, 10, 23))
    when = context.date_near(0, 0, frame.trigger.start, skip=frame.asides)
    assert (when is not None) == dated


def test_three_parties_of_an_unnamed_agreement_are_listed():
    from generator.extract.merge import agreement_name

    mention = Mention("agreements/x", "a", 0, 0, 0, 5, "a power-sharing deal", "extract")
    p = Proposal(
        "agreements", "deal", ("sudan", "au", "ethiopia"), (), None, None, None, mention,
        "2019-07-08",
    )  # fmt: skip
    names = {"actors/sudan": "Sudan", "actors/au": "African Union", "actors/ethiopia": "Ethiopia"}
    assert agreement_name([p], names) == (
        "power-sharing deal between Sudan, the African Union and Ethiopia"
    )


# Review of the events9 merge (issue 7): over-matches, each with the reviewer's sentence.


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("China announced a trade deal with Russia on Monday.", ("china", "russia")),
        ("Germany supports the Paris Agreement, which it signed in 2016.", ("germany",)),
    ],
)
def test_who_announces_or_signs_an_agreement_stays_a_party(nlp, text, parties):
    """Announcing is speech, not a view of the deal; "it" of a clause on the agreement is
    the subject of the clause it is the object of."""
    (found,) = _agreements(nlp, [text], {**PARTIES, "Germany": "germany"})
    assert set(found.agents) == set(parties)


def test_it_signed_after_a_sentence_with_an_object_is_not_its_subject(nlp):
    """ "It" may be the bill the Senate passed: only verbs of what an organisation is
    ("founded", "based") take the body the sentence before is about."""
    text = "The Senate passed the bill on Tuesday. It was signed into law by Trump on Friday."
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "signing"]
    assert "The Senate" not in [r.text for r in frame.patients]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters toppled a statue of Edward Colston in Bristol on Sunday.",
        "The storm toppled trees and power lines across the state.",
    ],
)
def test_a_thing_toppled_is_no_dismissal(nlp, text):
    """Only a ruler, a state or a regime toppled is dismissed, by the head of the phrase."""
    assert not [e for e in match(nlp(text), 0).events if e.type == "dismissal"]


def test_a_regime_overthrown_is_a_dismissal(nlp):
    text = "The revolution overthrew the monarchy in 1979."
    assert [e.type for e in match(nlp(text), 0).events] == ["dismissal"]


def test_names_sharing_only_a_generic_word_are_two_agreements():
    """ "Treaty", "Agreement", "Joint" say what kind, not which; "historic" says neither."""
    from generator.extract.merge import _other_agreement

    def named(name: str | None, text: str = "") -> Proposal:
        mention = Mention("agreements/x", "a", 0, 0, 0, 5, text or name or "", "extract")
        return Proposal(
            "agreements", "agreement", ("us",), (), None, None, None, mention, "2019-11-05",
            name=name,
        )  # fmt: skip

    assert _other_agreement(named("Treaty of Lisbon"), named("Treaty of Rome"))
    assert _other_agreement(named("Paris Agreement"), named("Minsk Agreement"))
    assert not _other_agreement(named("Joint Declaration"), named("Sino-British Joint Declaration"))
    assert not _other_agreement(
        named(None, "the historic accord"), named(None, "the climate accord")
    )


@pytest.mark.parametrize(
    "text",
    [
        "China and the United States agreed to resume talks in October.",
        "Johnson and Corbyn agreed to hold a televised debate.",
        "Britain and France agreed to disagree on fishing rights.",
        "Prince Harry and Meghan agreed to step back from royal duties.",
    ],
)
def test_two_agreeing_to_talk_or_to_part_or_two_persons_make_no_agreement(nlp, text):
    """More talk, none, or two persons' plan (no state, body or "the two sides")."""
    assert not match(nlp(text), 0).agreements


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia and Russia agreed to extend oil production cuts in December.",
        "Saudi Arabia and Russia agreed on Monday to extend oil production cuts.",
    ],
)
def test_what_two_parties_agreed_to_do_is_named_without_its_time(nlp, text):
    (frame,) = match(nlp(text), 0).agreements
    assert frame.subject == "to extend oil production cuts"


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban defeated US-backed forces in Helmand, a senator said.",
        "Israel defeated Hamas, Netanyahu told parliament on Monday.",
        "Pakistan defeated India by six wickets on Sunday, a day after the election.",
    ],
)
def test_a_defeat_of_groups_or_states_or_with_a_ballot_word_elsewhere_is_no_election(nlp, text):
    """Each side a person, and the ballot word in the defeat's own clause."""
    assert not [e for e in match(nlp(text), 0).events if e.type == "election"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Police captured the suspect in Paris on Tuesday.", "arrest"),
        ("Rebels captured two soldiers near the border.", "seizure"),
        ("Islamic State captured the city of Mosul.", "seizure"),
    ],
)
def test_a_person_captured_by_police_is_arrested_not_seized(nlp, text, type_):
    """What is captured is read by its head alone ("the suspect", not "Paris" after it)."""
    assert [e.type for e in match(nlp(text), 0).events] == [type_]


def _named_agreement(name: str, party: str, article: str) -> Proposal:
    mention = Mention("agreements/x", article, 0, 0, 0, len(name), f"the {name}", "extract")
    return Proposal(
        "agreements", "agreement", (party,), (), None, None, None, mention, "2019-08-24",
        name=name,
    )  # fmt: skip


def test_one_agreement_named_in_two_articles_with_other_parties_is_one_page():
    """ "Sweden joined the Paris Agreement" in one article and "Brazilian compliance with the
    Paris Climate Accord" in another: one agreement; the Treaty of Rome and the Treaty of
    Lisbon stay two."""
    from generator.extract.merge import cluster

    paris = [
        _named_agreement("Paris Agreement", "sweden", "a"),
        _named_agreement("Paris Climate Accord", "brazil", "b"),
    ]
    assert len(cluster(paris)) == 1
    assert len(cluster([*paris, _named_agreement("The Paris Agreement", "france", "c")])) == 1
    treaties = [
        _named_agreement("Treaty of Rome", "italy", "a"),
        _named_agreement("Treaty of Lisbon", "portugal", "b"),
    ]
    assert len(cluster(treaties)) == 2
    peace = [*paris, _named_agreement("Paris Peace Accords", "vietnam", "c")]
    assert len(cluster(peace)) == 2


def test_what_an_unnamed_agreement_is_about_comes_before_its_kind():
    """ "Mugabe agreed with Tsvangirai to power-sharing": a power-sharing agreement between
    them, not "Mugabe–Tsvangirai agreement power-sharing"."""
    from generator.extract.merge import agreement_name

    mention = Mention("agreements/x", "a", 0, 0, 0, 6, "agreed", "extract")
    p = Proposal(
        "agreements", "agreement", ("mugabe", "tsvangirai"), (), None, None, None, mention,
        "2019-09-09", subject="power-sharing",
    )  # fmt: skip
    names = {"actors/mugabe": "Robert Mugabe", "actors/tsvangirai": "Morgan Tsvangirai"}
    assert agreement_name([p], names) == (
        "power-sharing agreement between Robert Mugabe and Morgan Tsvangirai"
    )
    alone = replace(p, agents=("mugabe",))
    assert agreement_name([alone], names) == "Robert Mugabe power-sharing agreement"
    act = replace(p, subject="to restore diplomatic relations")
    assert agreement_name([act], names) == (
        "Robert Mugabe–Morgan Tsvangirai agreement to restore diplomatic relations"
    )
    over = replace(p, subject="over Kashmir")
    assert agreement_name([over], names) == (
        "Robert Mugabe–Morgan Tsvangirai agreement over Kashmir"
    )


def test_a_day_is_no_subject_of_an_agreement(nlp):
    """ "agreed to a ceasefire on Monday": the day dates it; it is not what it is about."""
    from generator.extract.merge import agreement_name

    text = "Japan and China agreed to a ceasefire on Monday."
    (found,) = _agreements(nlp, [text], PARTIES)
    names = {"actors/japan": "Japan", "actors/china": "China"}
    assert "Monday" not in agreement_name([found], names)


def test_a_vote_to_pass_a_law_is_its_passage(nlp):
    """ "voted to pass the tax bill": the vote and the passing are one passage, not an
    election in the Senate; the law's words name it."""
    from generator.extract.events import _law

    frames = match(nlp("The Senate voted 52-48 to pass the tax bill on Friday."), 0).events
    assert [e.type for e in frames] == ["passage", "passage"]
    assert [_law(e) for e in frames] == [None, "the tax bill"]
    text = "President Ronald Reagan signed Conyers's bill into law in 1983."
    (signed,) = match(nlp(text), 0).events
    assert _law(signed) == "Conyers's bill"
    (passed,) = match(nlp("This bill passed the Senate of the state on Tuesday."), 0).events
    assert _law(passed) == "This bill"
    (voted,) = match(nlp("The Senate voted 52-48 on Friday."), 0).events
    assert voted.type == "election"


@pytest.mark.parametrize(
    ("text", "patients"),
    [
        ("Friday, the United States House of Representatives issued a subpoena for documents "
         "from Secretary of State Mike Pompeo as part of its impeachment investigation.",
         ["Secretary of State Mike Pompeo"]),
        ("The committee subpoenaed Rudy Giuliani in September.", ["Rudy Giuliani"]),
        # a document subpoenaed: those it is about are not subpoenaed
        ("Among other things, the House subpoenaed a full transcript of a call between Trump "
         "and then-newly elected President Zelensky in late July.", []),
    ],
)  # fmt: skip
def test_a_subpoena_is_no_arrest(nlp, text, patients):
    (frame,) = match(nlp(text), 0).events
    assert frame.type == "subpoena"
    assert [r.text for r in frame.patients if r.text[0].isupper()] == patients


@pytest.mark.parametrize(
    ("type_", "agents", "patients", "law", "name"),
    [
        # "The United States Congress passed the Affordable Care Act in 2010"
        ("passage", ("congress",), (), "the Affordable Care Act",
         "Passage of the Affordable Care Act by the United States Congress"),
        # "This bill passed the Senate of the state on Tuesday": the Senate voted
        ("passage", (), ("senate",), "This bill", "Passage of a bill by the Senate"),
        ("passage", ("senate",), (), "the “Reproductive Health Care Reform Bill 2019”",
         "Passage of the Reproductive Health Care Reform Bill 2019 by the Senate"),
        # "President Ronald Reagan signed Conyers's bill into law in 1983"
        ("signing", ("reagan",), ("conyers",), "Conyers's bill",
         "Signing of Conyers's bill by Ronald Reagan"),
        # "the commonwealth's House of Representatives confirmed him": a body's vote
        ("election", ("house",), (), None, "Vote in the House of Representatives"),
        # "At the next elections in 2008, the MDC won a majority": a party elected
        ("election", ("mdc",), (), None, "Election of Movement for Democratic Change"),
        ("election", ("uk",), (), None, "Election in the United Kingdom"),
        # "Britain handed Hong Kong back to China in 1997"
        ("handover", ("uk",), ("hong-kong", "china"), None,
         "Handover of Hong Kong to China by the United Kingdom"),
        # "the House issued a subpoena for documents from Secretary of State Mike Pompeo"
        ("subpoena", ("house",), ("pompeo",), None,
         "Subpoena of Mike Pompeo by the House of Representatives"),
    ],
)  # fmt: skip
def test_laws_votes_and_handovers_are_named_as_they_read(type_, agents, patients, law, name):
    people = {
        "congress": ("United States Congress", "organisation"),
        "senate": ("Senate", "organisation"),
        "house": ("House of Representatives", "organisation"),
        "mdc": ("Movement for Democratic Change", "organisation"),
        "reagan": ("Ronald Reagan", "person"),
        "conyers": ("John Conyers", "person"),
        "pompeo": ("Mike Pompeo", "person"),
        "uk": ("United Kingdom", "state"),
        "hong-kong": ("Hong Kong", "state"),
        "china": ("China", "state"),
    }
    assert _event_name_among(people, type_, agents, patients, law) == name


def test_it_after_the_airline_is_the_company_named_before(nlp):
    """ "The airline was …. It was founded in 1992": "It" takes up "the airline", which takes
    up the company named as a subject in the sentence before; not a state so named."""
    text = (
        "The United States government claims Mahan flies fighters and cargo to Syria in support "
        "of al-Assad. The airline was Iran's first in private hands. It has Iran's largest "
        "fleet. It was founded in 1992."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "founding"]
    assert [r.text for r in frame.patients] == ["Mahan"]
    text = "Russia said the talks failed. The company was Iran's first. It was founded in 1989."
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "founding"]
    assert [r.text for r in frame.patients] == ["It"]


def test_a_bare_word_opening_one_company_s_name_is_that_company():
    """ "Mahan flies fighters to Syria": Mahan Air, named in full in the article (the NER read
    "Mahan" as a place, and resolve linked nothing); not when two names open with it."""
    text = "Mahan flies fighters and cargo to Syria."
    article = Article(
        "a", "T", "2019-01-21", "Wire", None, "en", ("Germany banned Mahan Air.", text)
    )
    sentences = (
        Sentence(0, 0, 25, "Germany banned Mahan Air.", ()),
        Sentence(1, 0, len(text), text, ()),
    )
    air = Mention("actors/mahan-air", "a", 0, 0, 15, 24, "Mahan Air", "ner")
    germany = Mention("actors/germany", "a", 0, 0, 0, 7, "Germany", "ner")
    context = Context(
        article, sentences, (germany, air), date(2019, 1, 21),
        states=frozenset({"actors/germany"}),
    )  # fmt: skip
    assert context.actors_in(1, [Role(0, 5, "Mahan")]) == ("mahan-air",)
    bank = Mention("actors/mahan-bank", "a", 0, 0, 30, 40, "Mahan Bank", "ner")
    two = replace(context, mentions=(germany, air, bank))
    assert two.actors_in(1, [Role(0, 5, "Mahan")]) == ()
    assert context.actors_in(1, [Role(0, 7, "Germany")]) == ()  # not a name it opens


def test_an_acquittal_and_a_withdrawal_from_an_agreement_are_named_as_they_read():
    """ "The Senate acquitted both of them": an acquittal, not "Ruling by Senate on …"; "Trump
    withdrew the US from the nuclear deal with Iran": from the deal, not a withdrawal by Iran."""
    names = {
        "actors/senate": "Senate",
        "actors/clinton": "Bill Clinton",
        "actors/trump": "Donald Trump",
        "actors/iran": "Iran",
    }
    types = {"actors/senate": "organisation", "actors/clinton": "person", "actors/iran": "state"}
    acquitted = Mention("events/x", "a", 0, 0, 0, 9, "acquitted", "extract")
    ruling = Proposal(
        "events", "ruling", ("senate",), ("clinton",), None, None, None, acquitted, ""
    )
    assert event_name([ruling], names, None, types) == "Acquittal of Bill Clinton by the Senate"
    alone = replace(ruling, patients=())
    assert event_name([alone], names, None, types) == "Acquittal by the Senate"
    ruled = replace(ruling, mention=replace(acquitted, text="ruled"))
    assert event_name([ruled], names, None, types) == "Ruling by the Senate on Bill Clinton"
    withdrew = replace(acquitted, text="withdrew")
    left = Proposal("events", "withdrawal", ("trump", "iran"), (), None, None, None, withdrew, "")
    assert event_name([left], names, "nuclear deal with Iran", types) == (
        "Withdrawal from the nuclear deal with Iran"
    )


@pytest.mark.parametrize(
    "text",
    [
        "If Trump were removed, the Senate constitutionally could disqualify him from serving "
        "as President again.",
        "The court barred him from leaving the country on Monday.",
        "Police prevented protesters from entering the building on Sunday.",
    ],
)
def test_what_one_is_kept_from_doing_is_no_event(nlp, text):
    """ "disqualify him from serving as President": no appointment (of the Senate)."""
    assert not [e for e in match(nlp(text), 0).events if e.type in ("appointment", "protest")]
    assert not [e for e in match(nlp(text), 0).events if e.trigger.text in ("leaving", "serving")]


def test_the_company_is_the_main_clauses_organisation(nlp):
    """ "Exxon Mobil said Chicago had no case. The company … It was founded": Exxon Mobil,
    the main clause's subject, not the city in the clause it said."""
    text = (
        "Exxon Mobil said Chicago had no case. The company denied any wrongdoing. It was "
        "founded in 1870."
    )
    frames = [e for e in match(nlp(text), 0).events if e.type == "founding"]
    assert not any("Chicago" in r.text for e in frames for r in (*e.agents, *e.patients))


def test_it_signed_after_a_sentence_with_an_object_is_no_actor_in_the_proposal(nlp):
    """The tie step takes "It" opening a sentence for the first body of the sentence before:
    after an object ("the bill") "It" is that thing, so the signing is no signing of the
    Senate."""
    from generator.extract.events import propose_events

    text = "The Senate passed the bill on Tuesday. It was signed into law by Trump on Friday."
    article = Article("a", "T", "2019-11-07", "Wire", None, "en", (text,))
    doc = nlp(text)
    sentences = list(paragraph_sentences(doc, 0))
    mentions = _mentions([text], sentences, {"Senate": "senate", "Trump": "trump"})
    context = Context(
        article, sentences, mentions, date(2019, 11, 7), persons=frozenset({"actors/trump"})
    )
    signing = [p for p in propose_events(context, match(doc, 0).events) if p.type == "signing"]
    assert signing
    assert all("senate" not in p.patients for p in signing)


def test_a_day_is_no_participant(nlp):
    """ "protested against Carrie Lam on Sunday": Sunday is when, not whom."""
    text = "Thousands of people protested against Carrie Lam in Hong Kong on Sunday."
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "protest"]
    assert [r.text for r in frame.patients] == ["Carrie Lam"]


@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        # "its" on an event noun is the body named as its clause's subject
        ("Ford started its investigation by hiring law firm Sidley Austin, according to The "
         "Verge.", "investigation", "Ford"),
        # "they" or "it" in what a body says of itself is that body
        ("Yesterday, Thames Valley Police said they had arrested a second man in connection with "
         "the theft of a gold toilet.", "arrest", "Thames Valley Police"),
        # a state named as a modifier of the event noun takes part in it
        ("Stevens wrote his dissent in the Court's decision to halt Florida recounts in the 2000 "
         "US Presidential election.", "election", "US"),
    ],
)  # fmt: skip
def test_a_body_named_by_its_pronoun_or_as_a_modifier_takes_part(nlp, text, type_, who):
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert who in [r.text for f in frames for r in (*f.agents, *f.patients)]


@pytest.mark.parametrize(
    "text",
    [
        "Yahya Sarea said it had carried out the attack using ten drones.",  # a person's "it"
        "The company said it had opened an investigation.",  # no body named
    ],
)
def test_a_pronoun_a_person_or_no_name_says_is_nobody_named(nlp, text):
    roles = [
        r.text
        for e in match(nlp(text), 0).events
        if e.type != "statement"  # (what Sarea said is his statement)
        for r in (*e.agents, *e.patients)
    ]
    assert "Yahya Sarea" not in roles and "The company" not in roles


def test_what_a_hypothetical_law_would_have_allowed_is_no_event(nlp):
    """ "a proposed new law that would have allowed the Chinese government to extradite
    people": nobody was extradited."""
    text = (
        "The protests began in June in response to a proposed new law that would have allowed "
        "the Chinese government to extradite people accused of crimes from Hong Kong."
    )
    assert not [e for e in match(nlp(text), 0).events if e.type == "arrest"]


def test_a_government_named_by_its_states_adjective_is_the_states():
    """ "The Samoan government declared a state of emergency": Samoa's declaration (a
    government folds into its state); a body with another head word stays unnamed."""
    from generator.extract.events import propose_events
    from generator.model import EventFrame

    text = (
        "Samoa closed schools. The Samoan government declared a state of emergency on November 15."
    )
    article = Article("a", "T", "2019-12-07", "Wire", None, "en", (text,))
    samoa = Mention("actors/samoa", "a", 0, 0, 0, 5, "Samoa", "ner")
    start = text.index("The Samoan")
    sentences = (Sentence(0, 0, 21, text[:21], ()), Sentence(0, 22, len(text), text[22:], ()))
    declared = Role(text.index("declared"), text.index("declared") + 8, "declared")
    frame = EventFrame(0, "statement", declared, (Role(start, start + 21, text[start:start + 21]),),
                       (), ())  # fmt: skip
    context = Context(article, sentences, (samoa,), date(2019, 12, 7),
                      states=frozenset({samoa.entity}))  # fmt: skip
    (proposal,) = propose_events(context, [frame])
    assert (proposal.agents, proposal.date) == (("samoa",), "2019-11-15")
    league = replace(frame, agents=(Role(start, start + 18, "The Samoan league"),))
    assert propose_events(context, [league]) == []


def test_an_election_in_a_year_still_to_come_is_no_event():
    """ "a candidate in the Democratic primary for the 2020 United States presidential
    election" (written in 2019): not yet held; "the 2016 presidential election" was."""
    from generator.extract.events import propose_events
    from generator.model import EventFrame

    def election(year: str) -> list:
        text = f"Gillibrand was a candidate for the {year} United States presidential election."
        article = Article("a", "T", "2019-08-29", "Wire", None, "en", (text,))
        us = text.index("United States")
        states = Mention("actors/united-states", "a", 0, 0, us, us + 13, "United States", "ner")
        word = text.index("election")
        frame = EventFrame(0, "election", Role(word, word + 8, "election"),
                           (Role(us, us + 13, "United States"),), (), ())  # fmt: skip
        context = Context(article, (Sentence(0, 0, len(text), text, ()),), (states,),
                          date(2019, 8, 29), states=frozenset({states.entity}))  # fmt: skip
        return propose_events(context, [frame])

    assert election("2020") == []
    assert [p.date for p in election("2016")] == ["2016"]


def test_a_body_named_again_by_its_head_word_or_with_its_the_is_tied():
    """ "The Department issued a statement" after "The California Department of Corrections
    and Rehabilitation"; "the US Supreme Court ruling", whose modifier phrase leaves out the
    "the" the court's mention begins with. Two courts named make "the court" nobody's."""
    text = (
        "The California Department of Corrections and Rehabilitation confirmed it. The "
        "Department issued a statement. It cited the US Supreme Court ruling in Roe v. Wade."
    )
    article = Article("a", "T", "2019-09-03", "Wire", None, "en", (text,))
    cdcr = Mention("actors/cdcr", "a", 0, 0, 0, 59, text[:59], "ner")
    court_at = text.index("the US Supreme Court")
    court = Mention("actors/us-supreme-court", "a", 0, 2, court_at, court_at + 20,
                    "the US Supreme Court", "ner")  # fmt: skip
    context = Context(article, (), (cdcr, court), date(2019, 9, 3))
    department = text.index("The Department")
    assert context.actors_in(0, [Role(department, department + 14, "The Department")]) == ("cdcr",)
    modifier = Role(court_at + 4, court_at + 20, "US Supreme Court")
    assert context.actors_in(0, [modifier]) == ("us-supreme-court",)
    other = Mention("actors/department-of-justice", "a", 0, 0, 0, 20, "Department of Justice",
                    "ner")  # fmt: skip
    two = replace(context, mentions=(cdcr, other))
    assert two.actors_in(0, [Role(department, department + 14, "The Department")]) == ()


@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        ("The US government is currently partially shut down because the president and Congress "
         "could not agree on a national budget.", "suspension", "The US government"),
        ("On Thursday, the government of Samoa began a two-day shutdown to make way for a "
         "nationwide vaccination campaign.", "suspension", "the government of Samoa"),
        ("Thunberg began her climate protest on August 20, 2018, outside of the Swedish "
         "Parliament.", "protest", "Thunberg"),
    ],
)  # fmt: skip
def test_a_shutdown_and_an_event_begun_are_their_bodys(nlp, text, type_, who):
    frames = [e for e in match(nlp(text), 0).events if e.type == type_]
    assert frames, f"no {type_} in {text!r}"
    assert who in [r.text for f in frames for r in (*f.agents, *f.patients)]


def test_criticism_by_a_body_named_is_its_statement(nlp):
    """The nouns of the statement verbs ("criticism by UNESCO", "Iran's denial") are
    statements of whoever they are by; "a new threat to Mugabe's rule" is a danger, none."""
    text = (
        "He announced this change by live television on Wednesday, despite criticism by the "
        "Greek foreign minister and UNESCO."
    )
    frames = [e for e in match(nlp(text), 0).events if e.trigger.text == "criticism"]
    assert frames and frames[0].type == "statement"
    assert "UNESCO" in " ".join(r.text for r in frames[0].agents)
    text = "In 2000, a new threat to Mugabe's rule emerged in the form of the MDC."
    assert not [e for e in match(nlp(text), 0).events if e.type == "statement"]


def test_a_request_of_someone_is_theirs_and_undated_when_it_prompted_the_act(nlp):
    """ "Per request of Prime Minister Boris Johnson, the Queen suspended parliament
    yesterday": Johnson's request, made before yesterday's suspension; "At his own request,
    Sirhan was transferred": his."""
    text = (
        "Per request of United Kingdom Prime Minister Boris Johnson, the Queen suspended "
        "parliament for five weeks yesterday."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "request"]
    assert "Boris Johnson" in " ".join(r.text for r in frame.agents)
    assert not frame.patients
    assert any(a.start <= text.index("yesterday") < a.end for a in frame.asides)
    text = "The Queen will comply with the request of Prime Minister Boris Johnson."
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "request"]
    assert not frame.asides


def test_a_request_for_comment_names_nobody_and_is_no_event(nlp):
    text = "A request for comment was not answered."
    assert not [e for e in match(nlp(text), 0).events if e.type == "request"]


def test_a_dash_between_names_makes_both_parties_and_a_comment_makes_none(nlp):
    """ "the Turkish-Libyan maritime border agreement": Turkey and Libya, each from its
    adjective; the prime minister who commented on it is no party."""
    paragraphs = [
        "Turkey and Libya have drawn protests from Greece over the Eastern Mediterranean.",
        "Greek prime minister Kyriakos Mitsotakis also commented on the Turkish-Libyan "
        'maritime border agreement, calling it "null and void".',
    ]
    people = {"Turkey": "turkey", "Libya": "libya", "Kyriakos Mitsotakis": "mitsotakis"}
    found = _agreements(nlp, paragraphs, people)
    assert [sorted(p.agents) for p in found] == [["libya", "turkey"]]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (  # a day named in the phrase dates it, not the day it was judged
            "On Wednesday, the ministers concluded that the September 19 maritime border "
            "agreement between Turkey and Libya is null and void.",
            "2019-09-19",
        ),
        (  # signed in a relative clause: signed, and the clause's year dates it
            "Most notably, Qaboos helped negotiate the nuclear deal between Iran and the "
            "United States that was signed in 2015.",
            "2015",
        ),
        (  # agreeing in the clause of plural memoranda without a date of its own: no date
            "On Wednesday, foreign ministers in Cairo denounced the memoranda of understanding "
            "between Turkey and Libya in which Turkey and Libya agreed on maritime borders.",
            None,
        ),
    ],
)
def test_a_date_in_the_phrase_or_its_clause_dates_the_agreement(nlp, text, when):
    people = {"Turkey": "turkey", "Libya": "libya", "Iran": "iran", "United States": "us"}
    found = _agreements(nlp, [text], people)
    assert len(found) == 1, found
    assert found[0].date == when
    assert len(found[0].agents) == 2


@pytest.mark.parametrize(
    ("text", "parties", "when"),
    [
        (
            "Tesco sold its roughly 2000 Thai and 74 Malaysian stores to Charoen Pokphand in "
            "March.",
            {"tesco", "charoen-pokphand"},
            "2019-03",
        ),
        (  # the seller three verbs up, what is sold a chain
            "Tesco sold its Thai stores to Charoen Pokphand in March; announced leaving its "
            "joint venture in February; and in 2015 sold its South Korean chain HomePlus.",
            {"tesco"},
            "2015",
        ),
    ],
)
def test_selling_a_business_is_an_acquisition(nlp, text, parties, when):
    people = {"Tesco": "tesco", "Charoen Pokphand": "charoen-pokphand"}
    found = [p for p in _agreements(nlp, [text], people) if p.type == "acquisition"]
    assert any(parties <= set(p.agents) and p.date == when for p in found), found


def test_agreements_kept_up_with_partners_and_one_to_sell_to_a_buyer_name_their_parties(nlp):
    """Plural agreements a verb keeps up with named partners are agreements, one with each
    ("is solidifying long-term agreements with China and Russia"); the buyer of what a
    letter of intent sells is its party; an agreement announced is made, on the day it was."""
    people = {
        "Iran": "iran",
        "China": "china",
        "Russia": "russia",
        "Energean": "energean",
        "DEPA": "depa",
        "Tesco": "tesco",
        "Salling Group": "salling",
    }
    kept = _agreements(
        nlp,
        [
            "As both nations navigate sanctions, Iran is solidifying long-term agreements with "
            "key partners like China and Russia."
        ],
        people,
    )
    # one agreement with each partner (tests/gold/agreements-extra.yml counts two)
    assert [set(p.agents) for p in kept] == [{"iran", "china"}, {"iran", "russia"}]
    sold = _agreements(
        nlp,
        [
            "Earlier that day, the Greek gas producer Energean signed a letter of intent on "
            "selling two billion cubic meters of gas per year to the Greek gas supplier DEPA."
        ],
        people,
    )
    assert [(p.type, set(p.agents)) for p in sold] == [("letter-of-intent", {"energean", "depa"})]
    announced = _agreements(
        nlp,
        [
            "On Thursday, UK-based retailer Tesco and Denmark-based retailer Salling Group "
            "announced their agreement over selling a large portion of Tesco's Polish operation "
            "to Salling Group."
        ],
        people,
    )
    assert [(p.status, p.date) for p in announced] == [("signed", "2019-11-07")]


def _events(
    nlp, paragraphs: list[str], people: dict[str, str], day: date, persons: tuple[str, ...] = ()
):
    """Proposed events of an article dated ``day`` with ``people`` (name -> id) as actors,
    the ids in ``persons`` people."""
    from generator.extract.events import propose_events

    article = Article("a", "T", day.isoformat(), "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    mentions = _mentions(paragraphs, sentences, people)
    frames = [e for i, doc in enumerate(docs) for e in match(doc, i).events]
    known = frozenset(f"actors/{i}" for i in persons)
    return propose_events(Context(article, sentences, mentions, day, persons=known), frames)


def test_a_backdrop_takes_no_date_from_the_act_it_was_around(nlp):
    """ "He announced this change … in a rally on Friday, despite criticism by UNESCO": the
    criticism was not made on Friday; a date of its own still dates it."""
    people = {"UNESCO": "unesco"}
    text = (
        "He announced this change by live television on Wednesday and again verbally in a rally "
        "on Friday, despite criticism by the Greek foreign minister and United Nations "
        "Educational, Scientific and Cultural Organization (UNESCO) who questioned his "
        "authority to make the change."
    )
    found = _events(nlp, [text], people, date(2019, 3, 31))
    assert [(p.type, p.date) for p in found if "unesco" in p.agents] == [("statement", None)]
    text = "The mayor resigned on Friday amid criticism by UNESCO on Wednesday."
    found = _events(nlp, [text], people, date(2019, 3, 31))
    assert [(p.type, p.date) for p in found if "unesco" in p.agents] == [
        ("statement", "2019-03-27")
    ]


def test_what_was_asked_for_takes_no_date_from_the_asking(nlp):
    """ "Trump announced he had asked for Bolton's resignation Monday night, and that Bolton
    tendered it the next morning": the resignation was not Monday's."""
    text = (
        "On Tuesday, United States President Donald Trump announced he had asked for national "
        "security advisor John R. Bolton's resignation Monday night, and that Bolton tendered "
        "it the next morning."
    )
    found = _events(nlp, [text], {"John R. Bolton": "bolton"}, date(2019, 9, 12))
    named = [(p.type, p.date) for p in found if "bolton" in (*p.agents, *p.patients)]
    assert named == [("resignation", None)]


def test_an_agreement_only_said_to_have_been_announced_is_not_dated_by_it(nlp):
    """ "an interview … in which the deal was announced": told of that day, not made (HDT had
    bought Hirtenberger on October 29); its parties announcing it make it (test above)."""
    people = {"HDT": "hdt", "Hirtenberger": "hirtenberger"}
    paragraphs = [
        "The state-owned HDT acquired the mortar manufacturer Hirtenberger.",
        "The November 4 issue of Magyar Nemzet published an interview with Gáspár Maróth, the "
        "Hungarian Government commissioner responsible for defence, in which the deal was "
        "announced.",
    ]
    found = _agreements(nlp, paragraphs, people)
    assert {(p.type, p.date) for p in found} == {("acquisition", None)}
    text = "A joint venture was announced on Monday by HDT and Hirtenberger."
    found = _agreements(nlp, [text], people)
    assert [(p.status, p.date) for p in found] == [("signed", "2019-11-04")]


@pytest.mark.parametrize(
    "text",
    [
        "Greece on Friday expelled the Libyan ambassador over the maritime agreement.",
        "Egypt and Greece protested against the deal signed in Istanbul.",
    ],
)
def test_who_acts_over_or_against_an_agreement_is_no_party(nlp, text):
    """ "expelled the Libyan ambassador over the agreement": Greece opposes it, signed no part."""
    (frame,) = match(nlp(text), 0).agreements
    assert not {"Greece", "Egypt"} & {w for r in frame.parties for w in r.text.split()}


def test_an_adjective_gives_the_state_not_a_body_named_from_it(nlp):
    """ "the Turkish-Libyan agreement" is Turkey's and Libya's, though the article names "the
    Turkish foreign ministry" too (whose name "Turkish" opens)."""
    from generator.extract.agreements import propose_agreements

    paragraphs = [
        "Turkey and Libya signed a maritime memorandum in November.",
        "The Turkish foreign ministry said on Thursday that Athens had no say.",
        "Greece called the Turkish-Libyan agreement a violation of international law.",
    ]
    people = {
        "Turkey": "turkey",
        "Libya": "libya",
        "Turkish foreign ministry": "turkish-foreign-ministry",
    }
    article = Article("a", "T", "2019-12-07", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    mentions = _mentions(paragraphs, sentences, people)
    frames = [a for i, doc in enumerate(docs) for a in match(doc, i).agreements]
    states = frozenset({"actors/turkey", "actors/libya"})
    context = Context(article, sentences, mentions, date(2019, 12, 7), states=states)
    found = [p for p in propose_agreements(context, frames) if p.mention.paragraph == 2]
    assert [set(p.agents) for p in found] == [{"turkey", "libya"}]
    # an adjective of two words still names its state where no actor is named otherwise
    mentions = [Mention("actors/south-africa", "a", 0, 0, 0, 12, "South Africa", "ner")]
    context = Context(article, sentences, mentions, date(2019, 12, 7))
    assert context.adjective_actors([Role(0, 13, "South African")]) == ("south-africa",)


def test_a_request_is_the_asker_s_to_the_one_asked_and_a_government_s_its_state_s(nlp):
    """ "United Kingdom Prime Minister Boris Johnson asked the Queen": Johnson's request to
    Queen Elizabeth II (named before with her title), not the United Kingdom's; "at the Iraqi
    government's request" is Iraq's, made before the return it prompted."""
    from generator.extract.events import propose_events

    paragraphs = [
        "Queen Elizabeth II has approved the suspension of Parliament.",
        "On Wednesday, United Kingdom Prime Minister Boris Johnson asked the Queen to suspend "
        "Parliament from September 10.",
        "U.S. troops left Iraq in 2011, then at the Iraqi government's request returned three "
        "years later.",
    ]
    people = {
        "Elizabeth II": "elizabeth-ii",
        "United Kingdom": "united-kingdom",
        "Boris Johnson": "boris-johnson",
        "U.S.": "united-states",
        "Iraq": "iraq",
    }
    article = Article("a", "T", "2019-08-30", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    mentions = _mentions(paragraphs, sentences, people)
    frames = [e for i, doc in enumerate(docs) for e in match(doc, i).events]
    context = Context(
        article,
        sentences,
        mentions,
        date(2019, 8, 30),
        persons=frozenset({"actors/elizabeth-ii", "actors/boris-johnson"}),
        states=frozenset({"actors/united-kingdom", "actors/united-states", "actors/iraq"}),
    )
    found = [(p.agents, p.patients, p.date) for p in propose_events(context, frames)]
    requests = [f for f in found if f[0] in (("boris-johnson",), ("iraq",))]
    assert requests == [
        (("boris-johnson",), ("elizabeth-ii",), "2019-08-28"),
        (("iraq",), (), None),
    ]


def test_an_agreement_word_ending_a_body_s_name_is_no_agreement(nlp):
    """ "Libya's UN-backed Government of National Accord" is a government; the memorandum it
    signed is the agreement."""
    text = (
        "Turkey and Libya's UN-backed Government of National Accord signed the memorandum on "
        "November 27 in Istanbul."
    )
    assert [a.type for a in match(nlp(text), 0).agreements] == ["memorandum"]


def test_an_agreement_one_article_tells_of_in_other_words_is_one_page(nlp):
    """ "a maritime border memorandum", "the Turkish-Libyan agreement", "the November 27 deal
    between Turkey and Libya": one agreement of one article, on one page; a trade deal of the
    same two states beside their peace treaty stays another."""
    from generator.extract.merge import cluster

    def told(paragraph: int, text: str, type_: str, parties: str, day=None, name=None):
        mention = Mention("", "a", paragraph, paragraph, 0, len(text), text, "extract")
        return Proposal(
            "agreements", type_, tuple(parties.split()), (), day, day, None, mention,
            "2019-12-07", name=name,
        )  # fmt: skip

    headline = "Turkish-Libyan agreement"
    found = [
        told(0, headline, "agreement", "turkey libya", name=headline),
        told(1, "a maritime border agreement with Libya", "agreement", "turkey libya"),
        told(2, "the memorandum", "memorandum", "turkey gna libya", "2019-11-27"),
        told(3, "the November 27 deal", "deal", "turkey libya", "2019-11-27"),
    ]
    assert [[p.mention.paragraph for p in g] for g in cluster(found)] == [[0, 1, 2, 3]]
    found[3] = told(3, "a new trade deal", "deal", "turkey libya")  # another subject
    assert len(cluster(found)) == 2
    paragraphs = [
        "Ethiopia and Eritrea signed a peace treaty in July. Ethiopia and Eritrea also signed "
        "a trade deal."
    ]
    found = _agreements(nlp, paragraphs, {"Ethiopia": "ethiopia", "Eritrea": "eritrea"})
    assert len(found) == 2
    assert len(cluster(found)) == 2


def test_a_ban_and_a_suspension_of_one_patient_in_one_article_are_one_measure(nlp):
    """ "Germany on Monday banned Iranian airline Mahan Air", "The Federal Aviation Office of
    Germany has suspended Mahan's permit": one measure against Mahan Air (the permit's owner
    is the one acted on); a suspension of another day, or of someone else, stays apart."""
    from generator.extract.merge import cluster

    text = "The Federal Aviation Office of Germany has suspended Mahan's permit."
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "suspension"]
    assert "Mahan's" in [r.text for r in frame.patients]

    def told(sentence: int, type_: str, agent: str, patient: str, day=None) -> Proposal:
        mention = Mention("", "a", sentence, sentence, 0, 5, "x", "extract")
        return Proposal(
            "events", type_, (agent,), (patient,), day, day, None, mention, "2019-01-23"
        )

    banned = told(0, "sanctions", "germany", "mahan-air", "2019-01-21")
    suspended = told(1, "suspension", "federal-aviation-office", "mahan-air")
    assert len(cluster([banned, suspended])) == 1
    other_day = told(1, "suspension", "federal-aviation-office", "mahan-air", "2018-06-02")
    assert len(cluster([banned, other_day])) == 2
    other = told(1, "suspension", "federal-aviation-office", "iran-air")
    assert len(cluster([banned, other])) == 2


def test_the_title_is_not_tied_to_a_deputy_or_a_former_holder(nlp):
    """ "Vice President Mike Pence said …  The President asked the Queen": the President is
    not Pence, nor "Former President Barack Obama"; "President Donald Trump" still is."""
    from generator.extract.events import propose_events

    def asker(first: str) -> list[tuple[str, ...]]:
        paragraphs = [first, "The President asked the Queen for a meeting."]
        people = {"Mike Pence": "mike-pence", "Barack Obama": "barack-obama"}
        people["Donald Trump"] = "donald-trump"
        article = Article("a", "T", "2019-12-02", "Wire", None, "en", tuple(paragraphs))
        docs = [nlp(p) for p in paragraphs]
        sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
        mentions = _mentions(paragraphs, sentences, people)
        frames = [e for i, doc in enumerate(docs) for e in match(doc, i).events]
        persons = frozenset(f"actors/{k}" for k in people.values())
        context = Context(article, sentences, mentions, date(2019, 12, 2), persons=persons)
        return [p.agents for p in propose_events(context, frames) if p.type == "request"]

    said = " said on Monday that Donald Trump would travel to London."
    assert asker("Vice President Mike Pence" + said) == []  # no asker named
    assert asker("Former President Barack Obama" + said) == []
    assert asker("President Donald Trump said on Monday he would travel to London.") == [
        ("donald-trump",)
    ]


def test_two_agreements_each_told_of_as_new_are_two_pages():
    """ "Russia and Turkey signed a memorandum on Syria … Russia and Turkey also signed a gas
    pipeline agreement": two agreements each introduced as new, though a memorandum may be
    told of again as an agreement ("the memorandum" after "a maritime border agreement")."""
    from generator.extract.merge import cluster

    def told(paragraph: int, text: str, type_: str, day=None):
        mention = Mention("", "a", paragraph, paragraph, 0, len(text), text, "extract")
        return Proposal(
            "agreements", type_, ("russia", "turkey"), (), day, day, None, mention, "2019-10-23"
        )

    memorandum = told(0, "a memorandum on Syria", "memorandum", "2019-10-22")
    pipeline = told(1, "a gas pipeline agreement", "agreement")
    assert len(cluster([memorandum, pipeline])) == 2
    again = told(2, "the memorandum", "memorandum", "2019-10-22")
    assert len(cluster([pipeline, again])) == 1


def _proposed(nlp, paragraphs: list[str], actors: dict[str, str], persons: set[str], day: date):
    """Proposed events of an article, with the ids in ``persons`` as person actors."""
    from generator.extract.events import propose_events

    article = Article("a", "T", day.isoformat(), "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    mentions = _mentions(paragraphs, sentences, actors)
    frames = [e for i, doc in enumerate(docs) for e in match(doc, i).events]
    people = frozenset(f"actors/{i}" for i in persons)
    states = frozenset(f"actors/{i}" for i in actors.values() if i not in persons)
    context = Context(article, sentences, mentions, day, persons=people, states=states)
    return propose_events(context, frames)


@pytest.mark.parametrize(
    ("text", "type_", "actors", "titled"),
    [
        (
            "On Tuesday, United States District Judge Amy Berman Jackson sentenced Paul Manafort "
            "to 43 more months in prison.",
            "sentencing",
            {"amy-berman-jackson", "paul-manafort"},
            {"united-states"},
        ),
        (
            "Apple CEO Tim Cook met Chinese Premier Li Keqiang in Beijing on Friday.",
            "meeting",
            {"tim-cook", "li-keqiang"},
            {"apple"},
        ),
        (
            "On Monday, Russia's Foreign Minister Sergei Lavrov met Iranian officials in Moscow.",
            "meeting",
            {"sergei-lavrov"},
            {"russia"},
        ),
        (  # each named for itself: the state is no title's
            "On Monday, the United States and envoy Zalmay Khalilzad met the Taliban in Doha.",
            "meeting",
            {"united-states", "zalmay-khalilzad", "taliban"},
            set(),
        ),
    ],
)
def test_a_body_in_a_person_s_title_is_the_person_s_not_a_participant(
    nlp, text, type_, actors, titled
):
    """ "United States District Judge Gray Miller ruled": his ruling, not the United States';
    "Apple CEO Tim Cook met": Cook met, Apple is whom he works for."""
    names = {
        "United States": "united-states", "Amy Berman Jackson": "amy-berman-jackson",
        "Paul Manafort": "paul-manafort", "Apple": "apple", "Tim Cook": "tim-cook",
        "Li Keqiang": "li-keqiang", "Russia": "russia", "Sergei Lavrov": "sergei-lavrov",
        "Zalmay Khalilzad": "zalmay-khalilzad", "Taliban": "taliban",
    }  # fmt: skip
    persons = {"amy-berman-jackson", "paul-manafort", "tim-cook", "li-keqiang", "sergei-lavrov",
               "zalmay-khalilzad"}  # fmt: skip
    found = [
        p for p in _proposed(nlp, [text], names, persons, date(2019, 3, 14)) if p.type == type_
    ]
    assert [set(p.actors) for p in found] == [actors]
    assert [set(p.affiliations) for p in found] == [titled]


def test_a_spokesperson_s_statement_is_the_one_of_the_body_of_the_title(nlp):
    """ "The Taliban have claimed responsibility. Taliban spokesperson Zabiullah Mujahid
    claimed 190 were dead": one statement, the Taliban's through Mujahid; two envoys of one
    state meeting two others on one day are two meetings, not one of their state."""
    from generator.extract.merge import cluster

    text = (
        "The Taliban have claimed responsibility. Taliban spokesperson Zabiullah Mujahid claimed "
        "190 were dead."
    )
    names = {"Taliban": "taliban", "Zabiullah Mujahid": "zabiullah-mujahid"}
    found = _proposed(nlp, [text], names, {"zabiullah-mujahid"}, date(2019, 1, 24))
    groups = cluster(p for p in found if p.type == "statement")
    assert [sorted(a for p in g for a in p.actors) for g in groups] == [
        ["taliban", "zabiullah-mujahid"]
    ]
    text = (
        "On Monday, U.S. envoy Zalmay Khalilzad met Ashraf Ghani in Kabul. On Monday, U.S. "
        "Secretary of State Mike Pompeo met Imran Khan in Washington."
    )
    names = {
        "U.S.": "united-states", "Zalmay Khalilzad": "zalmay-khalilzad",
        "Ashraf Ghani": "ashraf-ghani", "Mike Pompeo": "mike-pompeo", "Imran Khan": "imran-khan",
    }  # fmt: skip
    persons = set(names.values()) - {"united-states"}
    found = _proposed(nlp, [text], names, persons, date(2019, 1, 22))
    groups = cluster(p for p in found if p.type == "meeting")
    assert len(groups) == 2
    assert not any("united-states" in p.actors for g in groups for p in g)


@pytest.mark.parametrize(
    ("text", "type_", "subject", "name"),
    [
        (
            "In November 1979, revolutionary students seized the U.S. embassy in Tehran.",
            "seizure",
            "the U.S. embassy",
            "Seizure of the U.S. embassy, Tehran (November 1979)",
        ),
        (
            "In 2012, militants attacked the U.S. consulate in Benghazi.",
            "strike",
            "the U.S. consulate",
            "Strike on the U.S. consulate, Benghazi (2012)",
        ),
        (  # the state itself, and with a thing of another's
            "On Saturday, Israel struck Iran and a U.S. vessel.",
            "strike",
            None,
            "Strike by Israel on Iran and the United States (15 June 2019)",
        ),
        (
            "On Saturday, Israel struck Iran.",
            "strike",
            None,
            "Strike by Israel on Iran (15 June 2019)",
        ),
    ],
)
def test_a_thing_of_a_state_seized_or_struck_names_the_event(nlp, text, type_, subject, name):
    """ "captured the U.S. embassy": "Seizure of the U.S. embassy", not "Seizure of the United
    States"; the state stays the one acted on."""
    names = {"U.S.": "united-states", "Israel": "israel", "Iran": "iran"}
    found = [p for p in _proposed(nlp, [text], names, set(), date(2019, 6, 17)) if p.type == type_]
    assert [p.subject for p in found] == [subject]
    full = {"united-states": "United States", "israel": "Israel", "iran": "Iran"}
    assert event_name(found, {f"actors/{k}": v for k, v in full.items()}, None) == name


def test_a_past_perfect_s_bare_month_takes_the_year_the_article_gives_it(nlp):
    """ "Logs show Germany had attacked a U.K. freighter in early March" in a 2019 article that
    says the freighter sank "on March 3, 1941": March 1941, not March 2019; a past perfect
    whose month the article gives no other year stays in the article's year, and so does a
    verb in the simple past, and one whose month's other year is a passing "in March 2016"."""
    names = {"Germany": "germany", "U.K.": "united-kingdom"}
    sank = "The freighter sank off Ireland on March 3, 1941, the navy said on Tuesday."
    told = [
        ("Logs show Germany had attacked a U.K. freighter in early March.", sank, "1941-03"),
        ("Police said Germany had attacked a U.K. freighter in early March.", "", "2019-03"),
        ("Germany attacked a U.K. freighter in early March.", sank, "2019-03"),
        (
            "Logs show Germany had attacked a U.K. freighter in early March.",
            "The captain, first jailed in March 2016, denies it.",
            "2019-03",
        ),
    ]
    for text, then, when in told:
        paragraphs = [text, then] if then else [text]
        found = _proposed(nlp, paragraphs, names, set(), date(2019, 10, 2))
        assert [p.date for p in found if p.type == "strike"] == [when], text


def test_a_meeting_with_one_named_person_is_a_meeting_with_them(nlp):
    """ "In his youth he met future Apple CEO Tim Cook": a meeting with Cook (whoever "he" is,
    unnamed here), not "Meeting of Tim Cook" nor of Apple; two named met each other."""
    names = {"Apple": "apple", "Tim Cook": "tim-cook", "Li Keqiang": "li-keqiang"}
    persons = {"tim-cook", "li-keqiang"}
    labels = {f"actors/{k}": v for v, k in names.items()}
    types = {f"actors/{k}": "person" for k in persons}
    for text, name in [
        ("In his youth, he met future Apple CEO Tim Cook.", "Meeting with Tim Cook"),
        ("Li Keqiang met Apple CEO Tim Cook.", "Meeting of Li Keqiang and Tim Cook"),
    ]:
        found = [
            p
            for p in _proposed(nlp, [text], names, persons, date(2019, 3, 14))
            if p.type == "meeting"
        ]
        assert event_name(found, labels, None, types) == name


@pytest.mark.parametrize(
    ("text", "name", "parties"),
    [
        (  # an article of a body's founding treaty: the treaty, the body and who invoked it
            "Turkey invoked Article 5 of NATO's charter after the attack on its border post.",
            None,
            {"Turkey", "NATO"},
        ),
        (  # a plural named after a place, with no verb of agreeing; its brokers no parties
            "The Minsk agreements, brokered by France and Germany, were meant to end the "
            "fighting in eastern Ukraine.",
            "Minsk agreements",
            set(),
        ),
        (  # a known short name, whatever the verb
            "Iran stepped up uranium enrichment in breach of the JCPOA on Monday.",
            "JCPOA",
            set(),
        ),
        (
            "Moscow and Washington extended New START for five years in February.",
            "New START",
            set(),
        ),
        (  # "to" made an adverbial by the parse
            "Israel and the United Arab Emirates agreed in August to normalise relations.",
            None,
            {"Israel", "Emirates"},
        ),
        (  # a zone agreed on is no free trade area, so the verb makes the agreement
            "In 2018, Russia and Turkey agreed on a demilitarised zone in Idlib.",
            None,
            {"Russia", "Turkey"},
        ),
        ("Ethiopia and Eritrea signed a peace declaration in July 2018.", None, {"Eritrea"}),
        (  # a signatory in apposition is a party
            "Brazil, a signatory of the Paris Agreement, has cut its climate budget.",
            "Paris Agreement",
            {"Brazil"},
        ),
        (  # who acts under an agreement's terms is bound by it
            "Britain left the European Union under the terms of the Withdrawal Agreement.",
            "Withdrawal Agreement",
            {"Britain"},
        ),
    ],
)
def test_agreements_named_in_passing(nlp, text, name, parties):
    frames = match(nlp(text), 0).agreements
    assert frames, f"no agreement in {text!r}"
    frame = next((f for f in frames if f.name == name), frames[0])
    assert frame.name == name
    assert parties <= {
        w.strip(",").removesuffix("'s") for r in frame.parties for w in r.text.split()
    }


def test_a_sentence_opening_inside_a_quotation_keeps_its_own_date(nlp):
    """The sentence splitter closes a quotation in the next sentence ("… with it.'\\"
    Democrat Spearman … was first elected … in 2012"): counting marks from that sentence's
    start read the year as quoted."""
    text = (
        "State Senator Patricia Ann Spearman remarked, \"It's been a long, hard fight. I'm "
        'starting to see some of the fruits of my labor," further remarking, "Women in Nevada '
        "have said, 'It's time to do away with the patriarchy. It's just time to do away with "
        "it.'\" Democrat Spearman, a minister and former Army colonel, was first elected to the "
        "state senate in 2012 when she was about 57."
    )
    found = _events(nlp, [text], {"Spearman": "spearman"}, date(2019, 2, 7))
    assert [(p.type, p.date) for p in found if p.type == "election"] == [("election", "2012")]


def test_a_clause_saying_when_an_event_began_dates_it(nlp):
    """ "protests that began in June", "the election, held in May": the clause on the event
    noun is its own date, not another event's to skip."""
    text = "Carrie Lam's government has faced protests that began in June."
    found = _events(nlp, [text], {"Carrie Lam": "lam"}, date(2019, 10, 10))
    protests = [(p.patients, p.date) for p in found if p.type == "protest"]
    assert protests == [(("lam",), "2019-06")]
    text = (
        "Protests that began in June over a now-withdrawn extradition bill have forced Carrie "
        "Lam to withdraw it on Sunday."
    )
    found = _events(nlp, [text], {"Carrie Lam": "lam"}, date(2019, 10, 10))
    protests = [(p.patients, p.date) for p in found if p.type == "protest"]
    assert protests == [(("lam",), "2019-06")]


def test_who_sees_or_faces_protests_undergoes_them(nlp):
    """ "Iraq has seen protests since October 1": Iraq's; not "has not seen", nor a threat
    ("Iran faces new sanctions")."""
    people = {"Iraq": "iraq", "Iran": "iran"}
    found = _events(nlp, ["Iraq has seen protests since October 1."], people, date(2019, 10, 10))
    assert [(p.type, p.patients, p.date) for p in found] == [("protest", ("iraq",), "2019-10-01")]
    assert _events(nlp, ["Iraq has not seen protests."], people, date(2019, 10, 10)) == []
    found = _events(nlp, ["Iran faces new sanctions."], people, date(2019, 10, 10))
    assert [p for p in found if p.type == "sanctions"] == []


def test_a_date_before_an_event_noun_is_that_events_only(nlp):
    """ "Brenton Tarrant was charged over the March 15 attack": the attack was on March 15,
    the charge was not; the one charged over an attack is laid it at."""
    text = "Brenton Tarrant was charged over the March 15 attack."
    found = _events(nlp, [text], {"Brenton Tarrant": "tarrant"}, date(2019, 3, 17))
    assert sorted((p.type, p.agents, p.patients, p.date) for p in found) == [
        ("arrest", (), ("tarrant",), None),
        ("strike", ("tarrant",), (), "2019-03-15"),
    ]


def test_an_attack_is_laid_at_who_is_charged_with_it_or_its_suspect(nlp):
    """ "charged with one count of murder", "accused of the attack", "the suspect in the
    shooting", "arrested … in connection with the attack": the accused did it, on no day the
    sentence gives for the charge ("appeared in court yesterday"); not who charged."""
    people = {"Brenton Tarrant": "tarrant", "Jacinda Ardern": "ardern"}
    day = date(2019, 3, 17)
    text = (
        "An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court "
        "yesterday, charged with one count of murder."
    )
    found = _events(nlp, [text], people, day)
    assert [(p.agents, p.date) for p in found if p.type == "killing"] == [(("tarrant",), None)]
    for text in (
        "Brenton Tarrant is accused of the attack on two mosques.",
        "Brenton Tarrant, the suspect in the shooting, appeared in court.",
        "Police arrested Brenton Tarrant in connection with the attack.",
        "Jacinda Ardern said Brenton Tarrant was charged with the murders.",
    ):
        found = _events(nlp, [text], people, day)
        assert [p.agents for p in found if p.type in ("strike", "assault", "killing")] == [
            ("tarrant",)
        ], text
    found = _events(nlp, ["Jacinda Ardern accused Brenton Tarrant of nothing."], people, day)
    assert [p for p in found if p.type in ("strike", "killing")] == []


def test_a_person_shot_is_assaulted_and_shot_dead_killed(nlp):
    """ "Police arrived and shot him dead" (him: the one named before, the tie step's); not
    "shot a video"."""
    people = {"Usman Khan": "khan"}
    day = date(2019, 12, 2)
    text = "Usman Khan was pinned to the ground. Police arrived and shot him dead."
    found = _events(nlp, [text], people, day, ("khan",))
    assert [(p.type, p.patients) for p in found] == [("killing", ("khan",))]
    found = _events(nlp, ["Usman Khan was shot in the leg on Friday."], people, day)
    assert [(p.type, p.patients, p.date) for p in found] == [("assault", ("khan",), "2019-11-29")]
    assert _events(nlp, ["Usman Khan shot a video of the protests."], people, day) == []


def test_a_guilty_plea_is_a_conviction(nlp):
    """ "McArthur pleaded guilty to each crime at the Superior Court"; "pleaded not guilty" is
    no conviction but the accused's denial, a statement (events62)."""
    people = {"McArthur": "mcarthur"}
    day = date(2019, 2, 1)
    text = "McArthur pleaded guilty to each crime at the Superior Court."
    found = _events(nlp, [text], people, day)
    assert [(p.type, p.agents, p.patients) for p in found] == [("sentencing", (), ("mcarthur",))]
    denied = _events(nlp, ["McArthur pleaded not guilty on Monday."], people, day)
    assert [(p.type, p.agents) for p in denied] == [("statement", ("mcarthur",))]  # events62


def test_a_verb_read_as_a_modifier_with_its_own_subject_is_an_event(nlp):
    """ "McArthur murdered gay men" parsed with "murdered" modifying "men": the verb has its
    subject, so it is a killing (dated by "Beginning in 2010")."""
    text = (
        "Beginning in 2010 and continuing for seven years, McArthur murdered gay men; all but "
        "one victim was found dismembered in large planters at a house he had access to."
    )
    found = _events(nlp, [text], {"McArthur": "mcarthur"}, date(2019, 2, 1))
    assert [(p.type, p.agents, p.date) for p in found] == [("killing", ("mcarthur",), "2010")]


def test_who_leads_or_joins_a_protest_takes_part(nlp):
    """ "Thunberg then led … the largest climate change demonstration ever held to date, on
    September 20"."""
    text = (
        "Thunberg then led, according to Time, the largest climate change demonstration ever "
        "held to date, on September 20 of this year."
    )
    found = _events(nlp, [text], {"Thunberg": "thunberg"}, date(2019, 12, 14))
    assert [(p.type, p.agents, p.date) for p in found] == [("protest", ("thunberg",), "2019-09-20")]


def test_a_bare_weekday_after_the_verb_dates_it(nlp):
    """News writes "died Saturday, aged 78": the latest Saturday; not "the Sunday Times",
    "Super Tuesday", "next Monday", "every Friday"."""
    from generator.dates import bare_weekdays

    text = (
        "Former United States Central Intelligence Agency agent Tony Mendez died Saturday, aged "
        "78, at a Frederick, Maryland assisted living facility."
    )
    found = _events(nlp, [text], {"Tony Mendez": "mendez"}, date(2019, 1, 22))
    assert [(p.type, p.date, p.date_text) for p in found] == [("death", "2019-01-19", "Saturday")]
    day = date(2019, 1, 22)
    assert [d.value for d in bare_weekdays("Police said Tuesday that he died.", day)] == [
        "2019-01-22"
    ]
    for text in (
        "The Sunday Times reported it.",
        "It was on Super Tuesday, in March.",
        "They will meet next Monday.",
        "He visits every Friday.",
        "He works Monday to Friday.",
        "The vote is Thursday.",
    ):
        assert bare_weekdays(text, day) == [], text


def test_a_list_of_titles_read_as_two_subjects_keeps_the_name(nlp):
    """ "United States radio personality, television host, and philanthropist Don Imus …
    died": the parser makes "personality" and "host" two subjects; Imus hangs from the
    second."""
    text = (
        "United States radio personality, television host, and philanthropist Don Imus, known "
        "to fans as the I-Man, died on Friday at the Baylor Scott and White Medical Center in "
        "College Station, Texas after being hospitalized since Christmas Eve, his family "
        "reported."
    )
    found = _events(nlp, [text], {"Don Imus": "imus"}, date(2019, 12, 30))
    assert [(p.type, p.agents, p.date) for p in found] == [("death", ("imus",), "2019-12-27")]


def test_a_run_for_an_office_is_an_election(nlp):
    """ "his 2018 run for Senate against Ted Cruz" (dated by its year), "launched a bid for
    the presidency"; not "a key issue of his campaign"."""
    people = {"Beto O'Rourke": "beto", "Ted Cruz": "cruz"}
    day = date(2019, 11, 4)
    text = (
        "Reports said Beto O'Rourke, a former United States Representative who gained national "
        "recognition during his 2018 run for Senate against Ted Cruz, does not plan to run for "
        "Senate in 2020."
    )
    found = _events(nlp, [text], people, day)
    assert [(p.type, p.patients, p.date) for p in found] == [("election", ("cruz",), "2018")]
    found = _events(nlp, ["Beto O'Rourke launched a bid for the presidency in March."], people, day)
    assert [(p.type, p.agents, p.date) for p in found] == [("election", ("beto",), "2019-03")]
    text = "Beto O'Rourke made gun control a key issue of his campaign."
    assert _events(nlp, [text], people, day) == []


def test_an_event_until_or_before_another_takes_no_date_from_it(nlp):
    """ "ruled Zimbabwe from 1980 until he was ousted in a coup, died in September": the
    ousting was not in September (an "after" clause may share its day: "appointed in 2009
    after she resigned")."""
    people = {"Robert Mugabe": "mugabe", "Grace Mugabe": "grace"}
    text = (
        "Robert Mugabe, who ruled Zimbabwe from 1980 until Grace Mugabe was ousted in a coup, "
        "died in September."
    )
    found = _events(nlp, [text], people, date(2019, 10, 10))
    assert sorted((p.type, p.date) for p in found) == [
        ("death", "2019-09"),
        ("dismissal", None),
    ]
    assert [p.patients for p in found if p.type == "dismissal"] == [("grace",)]


def test_what_hits_without_being_an_attack(nlp):
    """ "Iran was hit by sanctions", "Tariffs hit China in May": no strike; "Iran struck a
    tanker in June" is one."""
    people = {"Iran": "iran", "China": "china"}
    day = date(2019, 10, 10)
    for text in ("Iran was hit by sanctions in 2018.", "Tariffs hit China in May."):
        assert [p for p in _events(nlp, [text], people, day) if p.type == "strike"] == [], text
    found = _events(nlp, ["Iran struck a tanker in June."], people, day)
    assert [(p.type, p.agents) for p in found] == [("strike", ("iran",))]


def test_a_re_election_split_by_the_tokenizer_is_one_word(nlp):
    """ "Nicolás Maduro's re-election in May 2018": the tokenizer splits "re", "-",
    "election" and the parse hangs "Maduro's" on the "re"."""
    text = "Nicolás Maduro's re-election in May 2018 was widely condemned."
    found = _events(nlp, [text], {"Nicolás Maduro": "maduro"}, date(2019, 10, 10))
    assert [(p.type, p.agents, p.date, p.mention.text) for p in found] == [
        ("election", ("maduro",), "2018-05", "re-election")
    ]


def test_who_won_an_election_before_the_clause_is_its_subject(nlp):
    """ "After winning the 2016 election, Donald Trump appointed his cabinet": the winner is
    the subject of the clause the preposition hangs from."""
    text = "After winning the 2016 election, Donald Trump appointed his cabinet."
    found = _events(nlp, [text], {"Donald Trump": "trump"}, date(2019, 10, 10))
    assert [(p.agents, p.date) for p in found if p.type == "election"] == [(("trump",), "2016")]


def test_time_in_office_between_commas_does_not_date_the_clause(nlp):
    """ "Vladimir Putin, in power since 2000, met Donald Trump": not a meeting in 2000; "Donald
    Trump, in Paris on Monday, met Angela Merkel" is Monday's."""
    people = {"Donald Trump": "trump", "Vladimir Putin": "putin", "Angela Merkel": "merkel"}
    day = date(2019, 10, 10)
    text = "Vladimir Putin, in power since 2000, met Donald Trump."
    assert [p.date for p in _events(nlp, [text], people, day)] == [None]
    text = "Donald Trump, in Paris on Monday, met Angela Merkel."
    assert [p.date for p in _events(nlp, [text], people, day)] == ["2019-10-07"]


def test_a_small_title_after_the_names_its_one_holder(nlp):
    """ "Governor Ricardo Rosselló … The governor resigned on Friday": his resignation; not
    "the president" after "Vice President Joe Biden"."""
    people = {"Ricardo Rosselló": "rossello", "Joe Biden": "biden", "Donald Trump": "trump"}
    day = date(2019, 8, 4)
    persons = ("rossello", "biden", "trump")
    text = "Governor Ricardo Rosselló faced protests. The governor resigned on Friday."
    found = _events(nlp, [text], people, day, persons)
    assert [(p.agents, p.date) for p in found if p.type == "resignation"] == [
        (("rossello",), "2019-08-02")
    ]
    text = "Vice President Joe Biden met Donald Trump. The president resigned on Friday."
    found = _events(nlp, [text], people, day, persons)
    assert [p for p in found if p.type == "resignation"] == []


def test_who_is_forced_to_resign_resigns(nlp):
    """ "Protests erupted in Algeria in February, forcing Abdelaziz Bouteflika to resign in
    April": his resignation, in April."""
    text = (
        "Protests erupted in Algeria in February, forcing Abdelaziz Bouteflika to resign in April."
    )
    found = _events(nlp, [text], {"Abdelaziz Bouteflika": "bouteflika"}, date(2019, 10, 10))
    assert [(p.agents, p.date) for p in found if p.type == "resignation"] == [
        (("bouteflika",), "2019-04")
    ]


def test_a_date_after_an_event_noun_is_that_events_only(nlp):
    """ "Nissan fired Carlos Ghosn as chairman after his arrest in November": the arrest was
    in November, the firing not."""
    people = {"Carlos Ghosn": "ghosn", "Nissan": "nissan"}
    text = "Nissan fired Carlos Ghosn as chairman after his arrest in November."
    found = _events(nlp, [text], people, date(2019, 10, 10), ("ghosn",))
    assert sorted((p.type, p.date) for p in found) == [
        ("arrest", "2018-11"),
        ("dismissal", None),
    ]


def test_a_place_rocked_by_protests_undergoes_them(nlp):
    """ "Hong Kong has been rocked by protests since June"; not when it was not."""
    people = {"Hong Kong": "hk"}
    day = date(2019, 10, 10)
    found = _events(nlp, ["Hong Kong has been rocked by protests since June."], people, day)
    assert [(p.type, p.patients, p.date) for p in found] == [("protest", ("hk",), "2019-06")]
    assert _events(nlp, ["Hong Kong was not rocked by protests."], people, day) == []


def test_an_event_setting_the_scene_dates_its_clause(nlp):
    """ "At the next elections in 2008, … both Mugabe and Tsvangirai claimed victory": the
    elections set the clause, so their year is the claim's too."""
    people = {"Robert Mugabe": "mugabe", "Morgan Tsvangirai": "tsvangirai"}
    text = (
        "At the next elections in 2008, the MDC won a majority and both Robert Mugabe and "
        "Morgan Tsvangirai claimed victory."
    )
    found = _events(nlp, [text], people, date(2019, 9, 6))
    assert [p.date for p in found if p.type == "statement"] == ["2008"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Former Senator John Smith passed away on Tuesday at his home in Denver.", "2019-10-08"),
        ("John Smith was found dead on Sunday in a hostel in Queens.", "2019-10-06"),
        ("John Smith succumbed to his injuries on Monday.", "2019-10-07"),
        ("John Smith lost his life in the attack on Monday.", "2019-10-07"),
    ],
)
def test_ways_of_dying(nlp, text, day):
    """Deaths news words without "die": "passed away", "was found dead", "succumbed to his
    injuries", "lost his life"."""
    found = _events(nlp, [text], {"John Smith": "smith"}, date(2019, 10, 10))
    assert [(p.type, p.date) for p in found if "smith" in (*p.agents, *p.patients)] == [
        ("death", day)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "India revoked Article 370 of the Indian constitution, which gave Kashmir special status.",
        "The airline said its charter flights to Antalya would resume in March.",
        "The Constitution guarantees freedom of speech.",
        "Trump has long opposed free trade agreements with China and Mexico.",
        "The farm will start selling its produce in the spring.",
        "Party members gathered for the Ohio conventions last week.",  # gatherings
        "He will start work on the INF report on Monday.",  # a short name naming a report
    ],
)
def test_a_constitution_a_charter_flight_or_agreements_in_general_are_none(nlp, text):
    assert match(nlp(text), 0).agreements == ()


def test_plural_agreements_with_several_partners_are_one_with_each(nlp):
    text = (
        "Iran is solidifying long-term agreements with key partners like China and Russia, "
        "Putin said."
    )
    people = {"Iran": "iran", "China": "china", "Russia": "russia", "Putin": "putin"}
    found = _agreements(nlp, [text], people)
    assert sorted(p.agents for p in found) == [("iran", "china"), ("iran", "russia")]
    assert all(p.separate for p in found)


def test_a_known_agreement_takes_its_parties_from_the_article(nlp):
    """ "The INF Treaty" a verb acts on, or that acts itself ("banned missiles"), binds the
    United States and Russia where the article names them; "the Lisbon Treaty" is named after
    Lisbon, not made by Portugal, and binds the EU. Named as a topic ("argued over NAFTA") it
    states no party and is none."""
    paragraphs = [
        "Russia and the United States traded accusations on Friday.",
        "The INF Treaty banned an entire class of ground-launched missiles.",
    ]
    people = {"Russia": "russia", "United States": "united-states"}
    (inf,) = _agreements(nlp, paragraphs, people)
    assert set(inf.agents) == {"russia", "united-states"}
    paragraphs = [
        "Russia and the United States traded accusations on Friday.",
        "Officials said Moscow had violated the INF Treaty by deploying a new missile.",
    ]
    people = {"Russia": "russia", "United States": "united-states"}
    (inf,) = _agreements(nlp, paragraphs, people)
    assert inf.name == "Intermediate-Range Nuclear Forces Treaty"  # its one name
    assert set(inf.agents) == {"russia", "united-states"}
    paragraphs = [
        "The European Union held a summit in Brussels.",
        "Ireland ratified the Lisbon Treaty after a second referendum.",
    ]
    people = {"European Union": "european-union", "Lisbon": "portugal"}
    (lisbon,) = _agreements(nlp, paragraphs, people)
    assert (lisbon.name, lisbon.agents) == ("Treaty of Lisbon", ("european-union",))


def test_a_paired_adjective_names_both_sides(nlp):
    paragraphs = [
        "The US–Taliban deal, signed in Doha in February, set out a timetable for the "
        "withdrawal of foreign troops.",
        "The United States has about 12,000 troops in Afghanistan.",
    ]
    people = {"Taliban": "taliban", "United States": "united-states"}
    (deal,) = _agreements(nlp, paragraphs, people)
    assert set(deal.agents) == {"taliban", "united-states"}


def test_every_name_of_a_known_agreement_is_one_name_and_type(nlp):
    paragraphs = [
        "The United States and Iran clashed over the Iran nuclear deal, formally known as the "
        "Joint Comprehensive Plan of Action.",
        "Iran has breached the JCPOA since July.",
    ]
    people = {"United States": "united-states", "Iran": "iran"}
    found = _agreements(nlp, paragraphs, people)
    assert {(p.name, p.type) for p in found} == {
        ("Joint Comprehensive Plan of Action", "agreement")
    }


def test_the_states_a_longer_name_joins_stay_its_parties(nlp):
    """ "United States" opens the name "United States-Mexico-Canada Agreement" but is a party,
    not the agreement's own name read as a body."""
    paragraphs = [
        "Canada's parliament approved the United States-Mexico-Canada Agreement on Friday. "
        "Mexico ratified it in 2019."
    ]
    people = {"Canada": "canada", "United States": "united-states", "Mexico": "mexico"}
    found = _agreements(nlp, paragraphs, people)
    assert {"canada", "united-states", "mexico"} <= {a for p in found for a in p.agents}


@pytest.mark.parametrize(
    "text",
    [
        "John Smith succumbed to pressure on Monday.",
        "John Smith lost the vote on Monday.",
        "John Smith passed the ball on Monday.",
    ],
)
def test_what_is_no_death(nlp, text):
    found = _events(nlp, [text], {"John Smith": "smith"}, date(2019, 10, 10))
    assert [p for p in found if p.type == "death"] == []


def test_who_is_named_to_an_office_is_appointed(nlp):
    """ "was named prime minister on Monday", "Mattarella named Conte as prime minister",
    "was chosen as the party's leader"; not "named a new cabinet", "was named one of the
    most influential people"."""
    people = {"Giuseppe Conte": "conte", "Sergio Mattarella": "mattarella"}
    day = date(2019, 10, 10)
    found = _events(nlp, ["Giuseppe Conte was named prime minister on Monday."], people, day)
    assert [(p.type, p.patients, p.date) for p in found] == [
        ("appointment", ("conte",), "2019-10-07")
    ]
    text = "Sergio Mattarella named Giuseppe Conte as prime minister in June 2018."
    found = _events(nlp, [text], people, day)
    assert [(p.type, p.agents, p.patients) for p in found] == [
        ("appointment", ("mattarella",), ("conte",))
    ]
    text = "Giuseppe Conte was chosen as the party's leader in July."
    assert [p.type for p in _events(nlp, [text], people, day)] == ["appointment"]
    for text in (
        "Giuseppe Conte named a new cabinet on Monday.",
        "Giuseppe Conte was named one of the most influential people.",
    ):
        assert _events(nlp, [text], people, day) == [], text


def test_the_country_is_the_one_state_named_before(nlp):
    """ "Iran denied the claims. The country seized a tanker on Monday": Iran's; none after
    two states."""
    from generator.extract.events import propose_events

    day = date(2019, 10, 10)
    for text, expected in (
        ("Iran denied the claims. The country seized a tanker on Monday.", [("iran",)]),
        ("Iran and Iraq denied it. The country seized a tanker on Monday.", []),
    ):
        article = Article("a", "T", day.isoformat(), "Wire", None, "en", (text,))
        doc = nlp(text)
        sentences = list(paragraph_sentences(doc, 0))
        mentions = _mentions([text], sentences, {"Iran": "iran", "Iraq": "iraq"})
        states = frozenset({"actors/iran", "actors/iraq"})
        context = Context(article, sentences, mentions, day, states=states)
        found = propose_events(context, match(doc, 0).events)
        assert [p.agents for p in found if p.type == "seizure"] == expected, text


def test_a_states_forces_are_the_state(nlp):
    """ "Iranian forces seized a tanker on Friday": Iran's, as "Iraqi authorities" are Iraq's."""
    from generator.extract.events import propose_events

    day = date(2019, 10, 10)
    text = "Iran protested. Iranian forces seized a tanker on Friday."
    article = Article("a", "T", day.isoformat(), "Wire", None, "en", (text,))
    doc = nlp(text)
    sentences = list(paragraph_sentences(doc, 0))
    mentions = _mentions([text], sentences, {"Iran": "iran"})
    context = Context(article, sentences, mentions, day, states=frozenset({"actors/iran"}))
    found = propose_events(context, match(doc, 0).events)
    assert [(p.agents, p.date) for p in found if p.type == "seizure"] == [(("iran",), "2019-10-04")]


def test_munitions_launched_or_fired_at_someone_are_a_strike(nlp):
    """ "North Korea launched two missiles on Thursday", "The Houthis fired missiles at Saudi
    Arabia on Sunday" (its target); not "launched a campaign"."""
    people = {"North Korea": "nk", "Houthis": "houthis", "Saudi Arabia": "sa", "Japan": "japan"}
    day = date(2019, 10, 10)
    found = _events(nlp, ["North Korea launched two missiles on Thursday."], people, day)
    assert [(p.type, p.agents, p.date) for p in found] == [("strike", ("nk",), "2019-10-10")]
    found = _events(nlp, ["The Houthis fired missiles at Saudi Arabia on Sunday."], people, day)
    assert [(p.type, p.agents, p.patients) for p in found] == [("strike", ("houthis",), ("sa",))]
    found = _events(nlp, ["Japan launched a campaign on Monday."], people, day)
    assert [p.type for p in found] == ["launch"]  # a launch of its own, no strike


@pytest.mark.parametrize(
    ("text", "people", "parties"),
    [
        (  # deals or contracts named after a partner are that partner's, not a named set
            "Britain and France signed the Iran deals in 2015.",
            {"Britain": "united-kingdom", "France": "france", "Iran": "iran"},
            {"united-kingdom", "france", "iran"},
        ),
        ("The Pentagon cancelled the Boeing contracts on Friday.", {"Boeing": "boeing"}, None),
        ("Russia honoured the OPEC agreements on output cuts.", {"Russia": "russia"}, None),
    ],
)
def test_plurals_named_after_a_partner_are_no_named_agreements(nlp, text, people, parties):
    """ "the Minsk agreements" are named after a city; "the Iran deals", "the Boeing
    contracts" and "the OPEC agreements" are a partner's, with no name of their own."""
    found = _agreements(nlp, [text], people)
    assert all(p.name is None for p in found)
    if parties is not None:
        assert {a for p in found for a in p.agents} == parties


@pytest.mark.parametrize(
    "text",
    [
        "Trump wants a NAFTA-style deal with Japan.",
        "Russia proposed a new INF treaty.",
        "Trump wants a new Iran nuclear deal that also covers missiles.",
    ],
)
def test_a_deal_like_a_known_agreement_is_not_that_agreement(nlp, text):
    people = {"Trump": "donald-trump", "Japan": "japan", "Russia": "russia", "Iran": "iran"}
    found = _agreements(nlp, [text], people)
    assert found
    assert all(p.name is None for p in found)


def test_each_of_several_partners_is_party_to_its_own_agreement_only(nlp):
    text = "Japan signed trade agreements with the EU and Canada last year."
    people = {"Japan": "japan", "EU": "european-union", "Canada": "canada"}
    found = _agreements(nlp, [text], people)
    assert len(found) == 2
    assert {frozenset(p.agents) for p in found} == {
        frozenset({"japan", "canada"}),
        frozenset({"japan", "european-union"}),
    }


def test_agreeing_to_a_known_agreement_is_that_agreement_alone(nlp):
    text = "Canada and Mexico agreed to the USMCA in 2018."
    found = _agreements(nlp, [text], {"Canada": "canada", "Mexico": "mexico"})
    assert [p.name for p in found] == ["United States-Mexico-Canada Agreement"]


@pytest.mark.parametrize(
    "text", ["India is not a signatory of the NPT.", "China is not a party to the INF."]
)
def test_who_is_not_a_party_is_none(nlp, text):
    found = _agreements(nlp, [text], {"India": "india", "China": "china"})
    assert all(not p.agents for p in found)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Huawei signed contracts with operators in Germany and France last year.", 1),
        ("The EU signed trade agreements with Mercosur, a bloc of Brazil, Argentina and Peru.", 1),
        ("Turkey signed deals with Russia's Gazprom and Rosatom in Ankara.", 2),
    ],
)
def test_plural_agreements_are_split_by_the_partners_with_names_only(nlp, text, count):
    """One agreement with each partner "with" names, not with where the partners are, whose
    they are, nor the members an apposition lists."""
    frames = match(nlp(text), 0).agreements
    assert len(frames) == count


def test_a_combining_form_of_a_region_names_no_side(nlp):
    """ "Indo-Pacific" is a region, not India and the Pacific; "Anglo-Irish" is two sides."""
    paragraphs = [
        "The United States and Japan signed an Indo-Pacific security pact on Monday.",
        "India was not invited.",
    ]
    people = {"United States": "united-states", "Japan": "japan", "India": "india"}
    (pact,) = _agreements(nlp, paragraphs, people)
    assert set(pact.agents) == {"united-states", "japan"}


@pytest.mark.parametrize(
    "text",
    [
        "Just ahead of the 2020 Democratic National Convention, the senator resigned.",
        "Delegates cheered at the close of the Republican National Convention on Thursday.",
        "Hawkins endorsed the Green New Deal and an Economic Bill of Rights.",
        "Roosevelt's New Deal reshaped the economy in 1933.",
    ],
)
def test_a_party_convention_or_a_programme_named_a_deal_is_no_agreement(nlp, text):
    """A party's or a nation's convention is a gathering; "the (Green) New Deal" is a
    government programme; neither is an agreement between parties (a treaty named
    "Convention" and a "new deal" in lower case still are: see the tests above)."""
    assert _agreements(nlp, [text], {}) == []


def test_a_treaty_named_convention_and_a_new_deal_stay_agreements(nlp):
    found = _agreements(
        nlp,
        [
            "Britain ratified the Istanbul Convention on Monday.",
            "Britain and Japan signed a new deal on Tuesday.",
        ],
        {"Britain": "united-kingdom", "Japan": "japan"},
    )
    assert len(found) == 2


CONTRACTS = {
    "Kris Statlander": "kris-statlander",
    "All Elite Wrestling": "aew",
    "Rajon Rondo": "rajon-rondo",
    "Los Angeles Lakers": "lakers",
    "Lakers": "lakers",
    "NASA": "nasa",
    "SpaceX": "spacex",
    "Boeing": "boeing",
    "United States Air Force": "usaf",
    "Houston Rockets": "rockets",
    "Thunder": "thunder",
    "Hornets": "hornets",
    "John Smith": "john-smith",
    "Microsoft": "microsoft",
    "Activision Blizzard": "activision",
    "Sprint": "sprint",
    "T-Mobile": "t-mobile",
    "Purdue Pharma": "purdue",
    "Oklahoma": "oklahoma",
    "Facebook": "facebook",
    "Federal Trade Commission": "ftc",
    "Mercedes Martinez": "mercedes-martinez",
    "Stardom": "stardom",
    "LeBron James": "lebron-james",
    "Israel": "israel",
    "United Arab Emirates": "uae",
    "Bahrain": "bahrain",
    "Trump": "trump",
    "Bloomberg": "bloomberg",
    "Chelsea": "chelsea",
    "Nike": "nike",
}


@pytest.mark.parametrize(
    ("text", "type_", "parties", "value"),
    [
        (  # signing up with a promotion, no agreement noun
            "Professional wrestler Kris Statlander signed with All Elite Wrestling in February "
            "after leaving the independent circuit.",
            "contract",
            {"kris-statlander", "aew"},
            None,
        ),
        (
            "In July, guard Rajon Rondo signed a two-year contract with the Los Angeles Lakers.",
            "contract",
            {"rajon-rondo", "lakers"},
            None,
        ),
        (
            "Former WWE star Mercedes Martinez was signed to Stardom in 2019.",
            "contract",
            {"mercedes-martinez", "stardom"},
            None,
        ),
        (
            "The Lakers signed LeBron James in July 2018.",
            "contract",
            {"lakers", "lebron-james"},
            None,
        ),
        (  # the deal the signing is "in" is the signing's, worth what it says
            "Chelsea signed with Nike in a kit deal worth £60 million a year.",
            "deal",
            {"chelsea", "nike"},
            "£60 million",
        ),
        (  # who awards a contract, and to whom
            "NASA awarded SpaceX a $2.6 billion contract to build the Crew Dragon capsule.",
            "contract",
            {"nasa", "spacex"},
            "$2.6 billion",
        ),
        (
            "Boeing won a $3.9 billion contract from the United States Air Force to build two "
            "new planes.",
            "contract",
            {"boeing", "usaf"},
            "$3.9 billion",
        ),
        (  # a trade is the clubs' deal, not the player's
            "In 2019, the Houston Rockets traded Chris Paul to the Thunder for Russell Westbrook.",
            "deal",
            {"rockets", "thunder"},
            None,
        ),
        ("The Hornets traded him to the Lakers in 1996.", "deal", {"hornets", "lakers"}, None),
        (  # a property bought from an unnamed seller: the buyer alone
            "In 2017, businessman John Smith bought the Bontddu Hall hotel in Gwynedd.",
            "acquisition",
            {"john-smith"},
            None,
        ),
        (  # a company the recogniser takes for a person, bought for a price
            "Microsoft agreed to buy Activision Blizzard for $68.7 billion on Tuesday.",
            "acquisition",
            {"microsoft", "activision"},
            "$68.7 billion",
        ),
        (
            "Sprint merged with T-Mobile in April after regulators approved the deal.",
            "acquisition",
            {"sprint", "t-mobile"},
            None,
        ),
        (  # a settlement: the payer and who sued, the sum paid
            "Purdue Pharma agreed to pay $270 million to settle a lawsuit brought by the state "
            "of Oklahoma.",
            "agreement",
            {"purdue", "oklahoma"},
            "$270 million",
        ),
        (
            "Facebook reached a settlement with the Federal Trade Commission in July.",
            "agreement",
            {"facebook", "ftc"},
            None,
        ),
    ],
)
def test_contracts_trades_purchases_mergers_and_settlements_are_agreements(
    nlp, text, type_, parties, value
):
    found = _agreements(nlp, [text], CONTRACTS)  # "the deal" after a verb's is that one
    assert {(p.type, frozenset(p.agents), p.value) for p in found} == {
        (type_, frozenset(parties), value)
    }


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (  # the deal agreed in is the agreeing sides', not its broker's
            "Last month, Israel and Bahrain agreed to normalize relations in a deal brokered by "
            "the United States.",
            {"israel", "bahrain"},
        ),
        (  # a player acquired from a club: the clubs' trade
            "The Golden State Warriors acquired D'Angelo Russell from the Brooklyn Nets.",
            {"warriors", "nets"},
        ),
        (
            "Johnson & Johnson settled with the state of Oklahoma for $572 million.",
            {"j-and-j", "oklahoma"},
        ),
        ("Trump has criticized Biden over his son's business deals with China.", {"china"}),
    ],
)
def test_deals_agreed_in_players_acquired_and_deals_someone_has_name_their_parties(
    nlp, text, parties
):
    people = CONTRACTS | {
        "Golden State Warriors": "warriors",
        "Brooklyn Nets": "nets",
        "Johnson & Johnson": "j-and-j",
        "China": "china",
        "United States": "us",
    }
    found = _agreements(nlp, [text], people)
    assert [set(p.agents) for p in found] == [parties]


def test_plural_deals_between_one_state_and_several_are_one_with_each(nlp):
    """ "the peace deals between Israel and the UAE and Bahrain": two deals, Israel's with
    each; who touts them is no party."""
    text = (
        "President Trump touted the peace deals between Israel and the United Arab Emirates "
        "and Bahrain."
    )
    found = _agreements(nlp, [text], CONTRACTS)
    assert sorted(sorted(p.agents) for p in found) == [["bahrain", "israel"], ["israel", "uae"]]


def test_a_state_after_a_comma_is_where_an_attack_by_no_one_named_happened(nlp):
    """ "Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines": the
    Philippines is where, and the state of an attack whose attackers are unnamed."""
    text = "Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines."
    found = _proposed(nlp, [text], {"Philippines": "philippines"}, set(), date(2019, 1, 28))
    assert {(p.type, p.patients, p.date) for p in found} == {
        ("strike", ("philippines",), "2019-01-27")
    }


def test_who_after_a_name_and_a_comma_is_that_person(nlp):
    """ "the brother of U.S. President John F. Kennedy, who had himself been assassinated":
    Kennedy was assassinated, not the brother, and "himself" is no one else."""
    text = (
        "Robert F. Kennedy was the brother of U.S. President John F. Kennedy, who had himself "
        "been assassinated in 1963."
    )
    people = {"Robert F. Kennedy": "rfk", "John F. Kennedy": "jfk"}
    found = _proposed(nlp, [text], people, {"rfk", "jfk"}, date(2019, 9, 3))
    assert [(p.type, p.agents, p.patients, p.date) for p in found] == [
        ("killing", (), ("jfk",), "1963")
    ]


def test_a_state_after_a_bodys_name_is_where_the_body_is_not_who_acted(nlp):
    """ "the Parliament of New South Wales (NSW), Australia voted": the parser reads
    Australia as the subject; the parliament voted."""
    text = (
        "Yesterday, the Parliament of New South Wales (NSW), Australia voted to pass the "
        '"Reproductive Health Care Reform Bill 2019" which decriminalized abortion.'
    )
    actors = {"Parliament of New South Wales": "nsw-parliament", "Australia": "australia"}
    found = _proposed(nlp, [text], actors, set(), date(2019, 9, 27))
    assert {(p.type, p.agents, p.date) for p in found} == {
        ("passage", ("nsw-parliament",), "2019-09-26")
    }


def test_the_day_a_report_was_made_is_not_the_day_of_what_it_tells(nlp):
    """ "It was reported on Saturday Sirhan Sirhan was stabbed": stabbed on Friday (the text
    says so elsewhere), not on Saturday; a date of the event's own still dates it."""
    text = "It was reported on Saturday Sirhan Sirhan was stabbed in the neck while in prison."
    found = _proposed(nlp, [text], {"Sirhan Sirhan": "sirhan"}, {"sirhan"}, date(2019, 9, 3))
    assert [(p.type, p.patients, p.date) for p in found] == [("assault", ("sirhan",), None)]
    text = "Police reported that Sirhan Sirhan was stabbed on Friday."
    found = _proposed(nlp, [text], {"Sirhan Sirhan": "sirhan"}, {"sirhan"}, date(2019, 9, 3))
    assert [(p.type, p.date) for p in found if p.type == "assault"] == [("assault", "2019-08-30")]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Arnel dela Vega of the army's Western Mindanao Command said the Abu Sayyaf Group are "
         "the suspected perpetrators.", ("vega", "command")),
        ("Regional Governor Mujiv Hataman agreed, saying only this organisation appeared capable "
         "of the double bombing.", ("hataman",)),
        ("Indonesian police spokesman Dedi Prasetyo told the BBC the two suspects had been "
         "exposed to radicalism.", ("prasetyo",)),
    ],
)  # fmt: skip
def test_a_named_speakers_reported_words_are_a_statement(nlp, text, who):
    actors = {
        "Arnel dela Vega": "vega",
        "Western Mindanao Command": "command",
        "Mujiv Hataman": "hataman",
        "Dedi Prasetyo": "prasetyo",
    }
    persons = {"vega", "hataman", "prasetyo"}
    found = _proposed(nlp, [text], actors, persons, date(2019, 1, 28))
    assert [(p.type, p.agents) for p in found if p.type == "statement"] == [("statement", who)]


@pytest.mark.parametrize(
    "text",
    [
        "For the budget to pass, it must also be approved by the Senate, and it must be signed "
        "by President Trump.",  # a bill signed
        "The president signed with a flourish.",
        "Armenian and Azerbaijani forces traded fire along the border on Sunday.",
        "The company settled in Texas in 1990.",
        "The nearest settlement to Area 51 is Rachel in Lincoln County.",
        "The government approved a new settlement in the West Bank.",
        "Poland bought 32 F-35 fighter jets from the United States on Friday.",
        "The two lanes merge with the highway near Dallas.",
    ],
)
def test_bills_signed_fire_traded_and_villages_are_no_agreements(nlp, text):
    assert match(nlp(text), 0).agreements == ()


@pytest.mark.parametrize(
    "text",
    [
        # a well-known agreement named as a topic, no party stated
        "The candidates argued over NAFTA and the Paris Climate Accord during the debate.",
        # one side's wish or offer, nothing agreed, the other side unnamed
        "Bloomberg offered a deal to pay the fines of former felons in Florida.",
        "Trump said he wants a deal before the election.",
    ],
)
def test_an_agreement_named_in_passing_or_wished_for_by_one_side_is_none(nlp, text):
    assert _agreements(nlp, [text], CONTRACTS) == []


@pytest.mark.parametrize(
    "text",
    [  # signing on a state's behalf, on a letter, or with a titled person is no contract
        "Foreign Minister Sergei Lavrov signed for Russia and Secretary of State Mike Pompeo "
        "signed for the United States.",
        "Senator Collins signed with Democrats on the letter demanding that Trump release the "
        "report.",
        "Kim Jong Un signed with President Trump a joint statement on denuclearisation in "
        "Singapore.",
        # settling with people who live in a place is no settlement with that place
        "Thousands of Syrian refugees settled with relatives in Germany after the war began.",
        # one of a product bought for a price is goods, not a company
        "He bought a Tesla Model 3 for $35,000 last year.",
    ],
)
def test_signing_for_a_state_and_settling_with_relatives_are_no_agreements(nlp, text):
    assert match(nlp(text), 0).agreements == ()


def test_plural_agreements_between_a_list_of_states_are_one_between_them_all(nlp):
    """ "the agreements between Turkey, Russia and Iran": every one a party, not Turkey's
    with each of the others (that split is "between Israel and the UAE and Bahrain")."""
    text = "Leaders signed the agreements between Turkey, Russia and Iran on Syria in Astana."
    people = {"Turkey": "turkey", "Russia": "russia", "Iran": "iran"}
    found = _agreements(nlp, [text], people)
    assert [set(p.agents) for p in found] == [{"turkey", "russia", "iran"}]


def test_settling_a_dispute_with_a_state_names_it_not_a_pronoun(nlp):
    """ "settled their dispute with Ukraine": Ukraine is a party; "their" names no one."""
    (frame,) = match(
        nlp("Russia and the United States settled their dispute with Ukraine over gas."), 0
    ).agreements
    words = {w for r in frame.parties for w in r.text.split()}
    assert "Ukraine" in words
    assert "their" not in words


def test_a_player_traded_for_another_leaves_the_other_out_of_the_club(nlp):
    """ "traded Paul to the Thunder for Westbrook": the party is the Thunder, not "the
    Thunder for Westbrook"."""
    text = (
        "The Houston Rockets traded Chris Paul to the Oklahoma City Thunder for Russell Westbrook."
    )
    (frame,) = match(nlp(text), 0).agreements
    assert [r.text for r in frame.parties] == ["The Houston Rockets", "the Oklahoma City Thunder"]


def test_who_follows_an_agreement_keeps_to_it_and_is_its_party(nlp):
    """ "Iran will continue to follow the nuclear deal": Iran keeps to it, a party; following
    is no view of it."""
    text = "Iran said it will continue to follow the nuclear deal despite the US sanctions."
    found = _agreements(nlp, [text], {"Iran": "iran", "US": "us"})
    assert [set(p.agents) for p in found] == [{"iran"}]


@pytest.mark.parametrize(
    "text",
    [
        # a commentator's view of the news, no act of his
        "Professor Greg Barton of Deakin University said the attacker had used a shotgun.",
        # the quotation is the statement (its event comes from the quotation)
        'Arnel dela Vega said, "The Abu Sayyaf Group are the suspected perpetrators."',
        # what one is said to have done
        "Arnel dela Vega is said to have left the army.",
    ],
)
def test_a_commentators_a_quoted_or_a_passive_saying_is_no_reported_statement(nlp, text):
    actors = {"Greg Barton": "barton", "Deakin University": "deakin", "Arnel dela Vega": "vega"}
    found = _proposed(nlp, [text], actors, {"barton", "vega"}, date(2019, 1, 28))
    assert not [p for p in found if p.type == "statement"]


def test_he_with_no_one_named_before_is_the_person_the_article_is_about(nlp):
    """An obituary: after a tribute quoted in full, "he stepped down" is the one who died,
    not the president who paid tribute (named before the quotation)."""
    paragraphs = [
        "Nickey Iyambo, former vice-president of Namibia, died on Sunday, early in the morning.",
        "The current president of Namibia, Hage Geingob, expressed his sadness at Iyambo's "
        'death. Geingob tweeted, "I announce with sadness the passing of my comrade, former Vice '
        'President, Nickey Iyambo. Condolences to his wife and family."',
        "Last year, poor health was cited when he stepped down from his position.",
    ]
    actors = {"Nickey Iyambo": "iyambo", "Iyambo": "iyambo", "Namibia": "namibia"}
    actors |= {"Hage Geingob": "geingob", "Geingob": "geingob"}
    found = _proposed(nlp, paragraphs, actors, {"iyambo", "geingob"}, date(2019, 5, 21))
    assert [(p.agents, p.date) for p in found if p.type == "resignation"] == [(("iyambo",), "2018")]


def test_a_vehicle_overturning_is_no_ruling(nlp):
    """ "A bus carrying children … overturned in Babyninsky, Russia": no court overturned
    anything (and Russia, where it happened, made no ruling); a court overturning a verdict
    does."""
    text = "A bus carrying children to Kaluga on Sunday overturned in Babyninsky, Russia."
    found = _proposed(nlp, [text], {"Russia": "russia"}, set(), date(2019, 2, 6))
    assert not [p for p in found if p.type == "ruling"]
    text = "The Supreme Court of Russia overturned the verdict on Monday."
    found = _proposed(nlp, [text], {"Supreme Court of Russia": "court"}, set(), date(2019, 2, 6))
    assert [(p.type, p.agents) for p in found] == [("ruling", ("court",))]


def test_a_court_quashing_sentences_rules_and_nothing_else_quashed_does(nlp):
    """ "the Court of Appeal quashed the sentences of the Guildford Four" is a ruling, and so
    is a conviction quashed in the passive; "quashed rumours of a split" is none."""
    actors = {"Court of Appeal": "court", "Guildford Four": "four"}
    text = "In October 1989 the Court of Appeal quashed the sentences of the Guildford Four."
    found = _proposed(nlp, [text], actors, set(), date(2005, 2, 9))
    assert [(p.type, p.agents, p.date) for p in found] == [("ruling", ("court",), "1989-10")]
    text = "The convictions were quashed by the Court of Appeal in 1991."
    found = _proposed(nlp, [text], actors, set(), date(2005, 2, 9))
    assert [(p.type, p.agents) for p in found] == [("ruling", ("court",))]
    text = "The Labour Party quashed rumours of a split on Monday."
    found = _proposed(nlp, [text], {"Labour Party": "labour"}, set(), date(2005, 2, 9))
    assert not [p for p in found if p.type == "ruling"]


def test_it_in_a_joined_clause_is_the_first_clauses_named_subject(nlp):
    """ "the Court of Appeal quashed the sentences of the Guildford Four, and in June 1991 it
    overturned the sentences on the Maguire Seven": the court's second ruling, though the
    first clause names two bodies."""
    actors = {"Court of Appeal": "court", "Guildford Four": "four"}
    text = (
        "In October 1989 the Court of Appeal quashed the sentences of the Guildford Four, and "
        "in June 1991 it overturned the sentences on the Maguire Seven."
    )
    found = _proposed(nlp, [text], actors, set(), date(2005, 2, 9))
    assert [(p.type, p.agents, p.date) for p in found] == [
        ("ruling", ("court",), "1989-10"),
        ("ruling", ("court",), "1991-06"),
    ]


def test_dismissing_a_plan_as_something_is_words_not_a_dismissal(nlp):
    """ "The Tories dismissed the maternity pay plan as desperate": a statement of theirs;
    "Trump dismissed Bolton as national security adviser" fires him."""
    text = 'The Tories dismissed the maternity pay plan as "desperate" on Sunday.'
    found = _proposed(nlp, [text], {"Tories": "tories"}, set(), date(2005, 2, 20))
    assert [(p.type, p.agents) for p in found] == [("statement", ("tories",))]
    text = "Trump dismissed Bolton as national security adviser on Tuesday."
    people = {"Trump": "trump", "Bolton": "bolton"}
    found = _proposed(nlp, [text], people, {"trump", "bolton"}, date(2019, 9, 11))
    assert [(p.type, p.agents, p.patients) for p in found] == [
        ("dismissal", ("trump",), ("bolton",))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sandra Howard will make solo visits to target seats across the country.",
        'Liam Fox attacked Labour\'s six new pledges as "vacuous" on Monday.',
        "Liam Fox attacked the Labour Party's words on Monday.",
    ],
)
def test_campaign_targets_and_words_attacked_are_no_strike(nlp, text):
    """Seats a campaign targets are aimed at, pledges or words attacked are criticised: no
    strike, whoever is named."""
    actors = {"Sandra Howard": "sandra", "Liam Fox": "fox", "Labour": "labour"}
    actors["Labour Party"] = "labour"
    found = _proposed(nlp, [text], actors, {"sandra", "fox"}, date(2005, 2, 14))
    assert not [p for p in found if p.type == "strike"]


def test_what_a_speaker_says_does_not_date_the_saying(nlp):
    """ "Dallorso said his roommates last saw him on the preceding Saturday": the statement
    is not Saturday's; "Minnis said yesterday night that twenty people have been confirmed
    killed" is dated."""
    people = {"Fernando Dallorso": "dallorso", "Hubert Minnis": "minnis"}
    text = (
        "Fernando Dallorso, the general manager of Cipriani Dolci, said his roommates last saw "
        "him on the preceding Saturday, August 17, after his shift."
    )
    found = _proposed(nlp, [text], people, {"dallorso", "minnis"}, date(2019, 8, 24))
    assert [(p.type, p.date) for p in found if p.type == "statement"] == [("statement", None)]
    text = "Prime minister Hubert Minnis said yesterday night that twenty people have been killed."
    found = _proposed(nlp, [text], people, {"dallorso", "minnis"}, date(2019, 9, 5))
    assert [(p.type, p.date) for p in found if p.type == "statement"] == [
        ("statement", "2019-09-04")
    ]


def test_what_a_speaker_states_does_not_date_the_stating(nlp):
    """ "Dallorso stated that his roommates last saw him on Saturday": as with "said", the
    clause dates what was seen, not the statement."""
    people = {"Fernando Dallorso": "dallorso"}
    text = (
        "Fernando Dallorso, the general manager of Cipriani Dolci, stated that his roommates "
        "last saw him on the preceding Saturday, August 17, after his shift."
    )
    found = _proposed(nlp, [text], people, {"dallorso"}, date(2019, 8, 24))
    assert [(p.type, p.date) for p in found if p.type == "statement"] == [("statement", None)]


def test_a_scholar_saying_is_a_commentators_no_statement_event(nlp):
    """ "Ecologist Ryan Norris of the University of Guelph also said …": a view of the news,
    as a professor's is."""
    text = (
        "Ecologist Ryan Norris of the University of Guelph in Ontario also said human actions had "
        "little to do with the increased population."
    )
    actors = {"Ryan Norris": "norris", "University of Guelph": "guelph"}
    found = _proposed(nlp, [text], actors, {"norris"}, date(2019, 2, 2))
    assert not [p for p in found if p.type == "statement"]


def test_a_scholars_he_or_she_is_a_commentators_too(nlp):
    """ "Ecologist Jane Goodwin … said … She also said farmers should …": the scholar's words
    through the pronoun are a commentator's as much as through the name."""
    text = (
        "Ecologist Jane Goodwin of the University of Leeds said the study was important. "
        "She also said farmers should use fewer pesticides."
    )
    actors = {"Jane Goodwin": "goodwin", "University of Leeds": "leeds"}
    found = _proposed(nlp, [text], actors, {"goodwin"}, date(2019, 11, 12))
    assert not [p for p in found if p.type == "statement"]


@pytest.mark.parametrize(
    ("text", "actors", "speaker"),
    [
        (
            "Governor Alexander Pimentel told CNN Philippines the towns damaged were primarily "
            "Carrascal, Cantilan and Madrid.",
            {"Alexander Pimentel": "pimentel", "CNN": "cnn", "Philippines": "philippines"},
            "pimentel",
        ),
        (
            "Local actor and producer Joshua Winch was on hand offering DVDs of his films. "
            "Winch told Wikinews he began acting in theater 20 years ago.",
            {"Joshua Winch": "winch", "Wikinews": "wikinews"},
            "winch",
        ),
    ],
)
def test_the_outlet_told_takes_no_part_in_the_statement(nlp, text, actors, speaker):
    """ "Governor Alexander Pimentel told CNN Philippines the towns damaged were …": the
    governor's statement, not CNN's nor the Philippines' (a state in the outlet's name);
    "Winch told Wikinews" (the outlet's name read as a person's) likewise."""
    found = _proposed(nlp, [text], actors, {speaker}, date(2019, 7, 15))
    assert [(p.agents, p.patients) for p in found if p.type == "statement"] == [((speaker,), ())]


def test_whose_relative_a_speaker_is_takes_no_part(nlp):
    """ "Susan Bro, Heather Heyer's mother, told reporters she considered the deal
    acceptable": Bro's statement; her daughter said nothing."""
    text = "Susan Bro, Heather Heyer's mother, told reporters she considered the deal acceptable."
    actors = {"Susan Bro": "bro", "Heather Heyer": "heyer"}
    found = _proposed(nlp, [text], actors, {"bro", "heyer"}, date(2019, 7, 1))
    assert [p.agents for p in found if p.type == "statement"] == [("bro",)]


def test_the_government_of_an_article_naming_one_state_is_that_states(nlp):
    """ "… in Mindanao, Philippines. … on Friday the government announced the new region":
    the Philippines announced it; with two states named before, whose is a guess."""
    lead = "Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines."
    text = "On Friday the government announced the new region, to be called Bangsamoro."
    actors = {"Philippines": "philippines", "Malaysia": "malaysia"}
    found = _proposed(nlp, [lead, text], actors, set(), date(2019, 1, 28))
    assert [(p.agents, p.date) for p in found if p.type == "announcement"] == [
        (("philippines",), "2019-01-25")
    ]
    lead = "Malaysia condemned the twin bombings in Mindanao, Philippines."
    found = _proposed(nlp, [lead, text], actors, set(), date(2019, 1, 28))
    assert not [p for p in found if p.type == "announcement" and p.date == "2019-01-25"]


def test_statements_that_came_from_several_speakers_are_one_each(nlp):
    """ "Statements of condemnation have come from OIC head Yousef Al-Othaimeen, Pope Francis,
    and a spokesperson for President Rodrigo Duterte": three statements, Duterte's through
    his spokesperson; what came from nowhere named is none."""
    text = (
        "Statements of condemnation have come from Organisation of Islamic Cooperation (OIC) "
        "head Yousef Al-Othaimeen, Pope Francis, and a spokesperson for President Rodrigo "
        "Duterte."
    )
    actors = {"Yousef Al-Othaimeen": "othaimeen", "Pope Francis": "francis"}
    actors |= {"Rodrigo Duterte": "duterte"}
    found = _proposed(nlp, [text], actors, set(actors.values()), date(2019, 1, 28))
    assert sorted(p.agents for p in found if p.type == "statement") == [
        ("duterte",),
        ("francis",),
        ("othaimeen",),
    ]
    text = "Condolences have poured in from around the world."
    assert not _proposed(nlp, [text], actors, set(actors.values()), date(2019, 1, 28))


def _parties(frame) -> set[str]:
    return {w.strip(",").removesuffix("'s") for r in frame.parties for w in r.text.split()}


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (  # the parse hangs "Egypt" apart from the phrase its dash joins it to
            "The Egypt–Israel peace treaty followed in 1979.",
            {"Egypt", "Israel"},
            set(),
        ),
        (  # a ceasefire naming no side: the sides of the war the sentence before names
            "Armenia and Azerbaijan fought a war over Nagorno-Karabakh until 1994. Fighting "
            "has continued despite a 1994 cease-fire.",
            {"Armenia", "Azerbaijan"},
            set(),
        ),
        (  # who went to war: its sides
            "Armenia and Azerbaijan went to war over Nagorno-Karabakh in 1994. A "
            "Russian-brokered cease-fire has held since then.",
            {"Armenia", "Azerbaijan"},
            {"Russian"},
        ),
        (  # who clashed in a war: its sides
            "Azerbaijan and Armenia clashed over the disputed region in a war that killed "
            "30,000 people by 1994. A cease-fire was signed that year.",
            {"Armenia", "Azerbaijan"},
            set(),
        ),
        (  # a broker joined to "brokered" is no party
            "Armenia and Azerbaijan fought a war in 1994, which ended with a Russian-brokered "
            "ceasefire.",
            {"Armenia", "Azerbaijan"},
            {"Russian"},
        ),
        (  # the states the deal relates are its parties, not who announced it
            "Trump announced a deal establishing diplomatic relations between Israel and Bahrain.",
            {"Israel", "Bahrain"},
            {"Trump"},
        ),
    ],
)
def test_agreements_named_by_their_sides_or_their_war(nlp, text, wanted, unwanted):
    (frame,) = match(nlp(text), 0).agreements
    assert wanted <= _parties(frame)
    assert not unwanted & _parties(frame)


def test_a_cease_fire_split_at_its_hyphen_is_a_ceasefire_and_a_fire_is_none(nlp):
    (frame,) = match(nlp("Fighting resumed despite a 1994 cease-fire."), 0).agreements
    assert (frame.type, frame.noun.text) == ("ceasefire", "a 1994 cease-fire")
    assert not match(nlp("A fire broke out at the plant on Monday."), 0).agreements


@pytest.mark.parametrize(
    "text",
    [
        "NASA awarded SpaceX and Boeing commercial crew contracts in 2014.",
        "In 2014, NASA awarded Boeing and SpaceX contracts to build crew capsules.",
        "NASA awarded contracts to SpaceX and Boeing.",
    ],
)
def test_contracts_awarded_to_several_firms_are_one_each(nlp, text):
    frames = match(nlp(text), 0).agreements
    assert sorted(sorted(r.text for r in f.parties) for f in frames) == [
        ["Boeing", "NASA"],
        ["NASA", "SpaceX"],
    ]
    assert {f.type for f in frames} == {"contract"}
    assert len({f.noun for f in frames}) == 1  # one phrase: told apart as separate


def test_one_contract_awarded_stays_one(nlp):
    (frame,) = match(nlp("NASA awarded SpaceX a contract."), 0).agreements
    assert {"NASA", "SpaceX"} <= _parties(frame)


@pytest.mark.parametrize(
    "text",
    [
        "Both Trump and Biden signed contracts with the Commission on Presidential Debates.",
        "Trump and Biden both broke the contracts they signed with the Commission on "
        "Presidential Debates.",
    ],
)
def test_contracts_several_signed_with_one_partner_are_one_each(nlp, text):
    frames = match(nlp(text), 0).agreements
    signers = [_parties(f) & {"Trump", "Biden"} for f in frames]
    assert sorted(map(sorted, signers)) == [["Biden"], ["Trump"]]
    assert all("Commission" in _parties(f) for f in frames)


def test_a_named_agreement_of_a_year_is_dated_by_it_and_named_without_the(nlp):
    (taif,) = match(nlp("The war ended with the Taif Agreement of 1989."), 0).agreements
    assert (taif.name, taif.noun.text) == ("Taif Agreement", "the Taif Agreement of 1989")
    (kars,) = match(nlp("The Treaty of Kars, signed in 1921, set the border."), 0).agreements
    assert kars.name == "Treaty of Kars"


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("The deal was announced by the United States on Monday.", 0),
        ("The United States is working on a deal with no deadline.", 0),
        ("The United States got a good deal on the aircraft.", 0),
        ("Trump compared the deal to the one the United States had.", 0),
        ("The United States pulled out of the deal in 2018.", 1),
        ("The United States signed the deal on Monday.", 1),
        ("The United States violated the deal, the court found.", 1),
    ],
)
def test_a_deal_with_one_side_needs_that_side_to_make_or_leave_it(nlp, text, pages):
    us = {"United States": "united-states", "Trump": "trump"}
    assert len(_agreements(nlp, [text], us)) == pages


def test_contracts_awarded_to_several_firms_make_a_page_each(nlp):
    from generator.extract.merge import cluster

    paragraphs = ["NASA awarded SpaceX and Boeing commercial crew contracts in 2014."]
    firms = {"NASA": "nasa", "SpaceX": "spacex", "Boeing": "boeing"}
    found = _agreements(nlp, paragraphs, firms)
    assert sorted(sorted(p.agents) for p in found) == [["boeing", "nasa"], ["nasa", "spacex"]]
    assert len(cluster(found)) == 2  # one date, one phrase: still two contracts
    alone = _agreements(nlp, paragraphs, {"NASA": "nasa", "Boeing": "boeing"})
    assert [sorted(p.agents) for p in alone] == [["boeing", "nasa"]]  # SpaceX no actor: none
    neither = _agreements(nlp, paragraphs, {"NASA": "nasa"})
    assert [p.agents for p in neither] == [("nasa",)]  # no firm an actor: one page, as before


def test_contracts_signed_with_several_firms_are_one_each_whatever_the_recogniser_says(nlp):
    text = "NASA signed contracts with SpaceX and Boeing to ferry astronauts to the station."
    frames = match(nlp(text), 0).agreements
    assert sorted(sorted(r.text for r in f.parties) for f in frames) == [
        ["Boeing", "NASA"],
        ["NASA", "SpaceX"],
    ]


@pytest.mark.parametrize(
    ("paragraphs", "people", "groups"),
    [
        (  # a named agreement and one its phrase names by other words
            [
                "Carter brokered the Camp David Accords between Egypt and Israel in 1978. The "
                "Egypt–Israel peace treaty followed in 1979."
            ],
            {"Egypt": "egypt", "Israel": "israel", "Carter": "carter"},
            [["egypt", "israel"], ["egypt", "israel"]],
        ),
        (  # a new deal of another pair, one party shared
            [
                "Israel and the UAE announced a deal on Thursday. Bahrain later signed a deal "
                "establishing diplomatic relations between Bahrain and Israel."
            ],
            {"Israel": "israel", "UAE": "uae", "Bahrain": "bahrain"},
            [["bahrain", "israel"], ["israel", "uae"]],
        ),
        (  # "the deal" after it is the same one
            ["Israel and the UAE signed a deal on Thursday. Israel praised the deal."],
            {"Israel": "israel", "UAE": "uae"},
            [["israel", "uae"]],
        ),
    ],
)
def test_agreements_of_one_article_told_apart(nlp, paragraphs, people, groups):
    from generator.extract.merge import cluster

    found = cluster(_agreements(nlp, paragraphs, people))
    assert sorted(sorted({a for p in g for a in p.agents}) for g in found) == groups


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Sudan agreed to normalize ties with Israel on Friday.", {"sudan", "israel"}),
        ("Kosovo agreed to recognize Israel at the White House.", {"kosovo", "israel"}),
        (  # a lawsuit settled in the passive: who sued and who was sued
            "Nick Sandmann's lawsuit against The Washington Post was settled in July.",
            {"sandmann", "post"},
        ),
    ],
)
def test_agreeing_to_relations_or_a_settled_lawsuit_names_both_sides(nlp, text, parties):
    people = {
        "Sudan": "sudan",
        "Israel": "israel",
        "Kosovo": "kosovo",
        "Nick Sandmann": "sandmann",
        "The Washington Post": "post",
    }
    (found,) = _agreements(nlp, [text], people)
    assert set(found.agents) == parties


def test_agreeing_to_recognise_results_is_no_agreement(nlp):
    text = "Russia agreed to recognize the election results on Monday."
    assert not _agreements(nlp, [text], {"Russia": "russia"})


def test_contracts_of_one_giver_with_two_firms_stay_two_across_articles():
    """NASA's 2014 contracts with SpaceX and with Boeing, told in two articles: two pages,
    each of one firm, though NASA and the year are shared."""
    from generator.extract.merge import cluster

    def told(article: str, firm: str, text: str) -> Proposal:
        mention = Mention("", article, 0, 0, 0, len(text), text, "extract")
        return Proposal(
            "agreements", "contract", ("nasa", firm), (), "2014", "2014", None, mention,
            "2019-03-05", separate=True,
        )  # fmt: skip

    found = [
        told("a", "spacex", "commercial crew contracts"),
        told("a", "boeing", "commercial crew contracts"),
        told("b", "boeing", "contracts"),
        told("b", "spacex", "contracts"),
    ]
    groups = cluster(found)
    assert sorted(sorted({p.agents[1] for p in g}) for g in groups) == [["boeing"], ["spacex"]]
    assert sorted(len(g) for g in groups) == [2, 2]


@pytest.mark.parametrize(
    "second",
    [
        "Trump and Biden must follow the contracts they signed with the Commission on "
        "Presidential Debates.",
        "Under the contracts they signed with the Commission on Presidential Debates, both "
        "must wear masks.",
        "Both candidates signed contracts with the Commission on Presidential Debates.",
    ],
)
def test_contracts_each_candidate_signed_are_two_pages(nlp, second):
    from generator.extract.merge import cluster

    paragraphs = [f"Donald Trump and Joe Biden met in Cleveland for the first debate. {second}"]
    people = {
        "Donald Trump": "trump",
        "Joe Biden": "biden",
        "Trump": "trump",
        "Biden": "biden",
        "Commission on Presidential Debates": "cpd",
    }
    found = cluster(_agreements(nlp, paragraphs, people))
    assert sorted(sorted({a for p in g for a in p.agents}) for g in found) == [
        ["biden", "cpd"],
        ["cpd", "trump"],
    ]


@pytest.mark.parametrize(
    ("text", "people", "parties"),
    [
        (  # the "with" hung on the verb after a comma
            "Trump attacked Hunter Biden's business deals, particularly with China.",
            {"Hunter Biden": "hunter-biden", "China": "china", "Trump": "trump"},
            {"hunter-biden", "china"},
        ),
        (  # who one works under contract to is the other side
            "The fire was started by workers under contract to PG&E, the utility said.",
            {"PG&E": "pge"},
            {"pge"},
        ),
    ],
)
def test_deals_and_contracts_name_a_partner_the_parse_hangs_elsewhere(nlp, text, people, parties):
    (found,) = _agreements(nlp, [text], people)
    assert set(found.agents) == parties
    assert found.subject is None or "PG&E" not in found.subject


def test_a_bare_declaration_after_an_emergency_is_that_emergency():
    """ "Trump declared a state of emergency. The motion claims Trump's declaration is
    unconstitutional": the declaration again (fix24), not a statement of his; with no
    emergency in the article it stays a statement."""
    from generator.extract.events import propose_events
    from generator.model import EventFrame

    first = "Trump declared a state of emergency."
    second = "The motion claims Trump's declaration is unconstitutional."
    text = f"{first} {second}"
    start = len(first) + 1
    article = Article("a", "T", "2019-02-21", "Wire", None, "en", (text,))
    sentences = (Sentence(0, 0, len(first), first, ()), Sentence(0, start, len(text), second, ()))
    trump = Mention("actors/donald-trump", "a", 0, 0, 0, 5, "Trump", "ner")
    again = Mention("actors/donald-trump", "a", 0, 1, start + 18, start + 23, "Trump", "ner")
    declared = EventFrame(0, "emergency", Role(6, 14, "declared"), (Role(0, 5, "Trump"),),
                          (), ())  # fmt: skip
    told = EventFrame(0, "statement", Role(start + 26, start + 37, "declaration"),
                      (Role(start + 18, start + 25, "Trump's"),), (), ())  # fmt: skip
    context = Context(article, sentences, (trump, again), date(2019, 2, 21))
    assert [p.type for p in propose_events(context, [declared, told])] == ["emergency"] * 2
    (alone,) = propose_events(context, [told])
    assert alone.type == "statement"


def _told(article: str, parties: tuple[str, ...], text: str, date_: str | None, **kw) -> Proposal:
    mention = Mention("", article, 0, 0, 0, len(text), text, "extract")
    return Proposal(
        "agreements", kw.pop("type_", "deal"), parties, (), date_, date_, None, mention,
        "2019-03-05", **kw,
    )  # fmt: skip


@pytest.mark.parametrize(
    "found",
    [
        # one treaty named in two articles, each naming other parties
        [
            _told(
                "a", ("us", "russia"), "the INF Treaty", "1987", name="INF Treaty", type_="treaty"
            ),
            _told("b", ("us", "ussr"), "the INF Treaty", "1987", name="INF Treaty", type_="treaty"),
        ],
        # one deal, its sides named differently by two articles
        [
            _told("a", ("iran", "us"), "the 2015 nuclear deal", "2015"),
            _told("b", ("iran", "uk"), "the 2015 nuclear deal", "2015"),
        ],
        [
            _told("a", ("uk", "eu"), "the Brexit deal", "2019-10"),
            _told("b", ("theresa-may", "eu"), "the Brexit deal", "2019-10"),
        ],
        # each article introduces it: "a" is new only beside its own article's agreements
        [
            _told(
                "a", ("putin", "pezeshkian", "iran"), "a strategic partnership agreement", "2025-01"
            ),
            _told("b", ("putin", "iran", "russia"), "a strategic partnership agreement", "2025-01"),
        ],
    ],
    ids=["named", "nuclear", "brexit", "introduced"],
)
def test_one_agreement_told_with_other_parties_in_two_articles_is_one(found):
    """Articles name one agreement's sides differently (the UK or May, the US or the USSR):
    sharing one party, each naming one the other lacks, they are still one page."""
    from generator.extract.merge import cluster

    assert len(cluster(found)) == 1


@pytest.mark.parametrize(
    "found",
    [
        # both named by their sides, other sides
        [
            _told("a", ("israel", "uae"), "the Israel–UAE deal", "2020-09"),
            _told("b", ("bahrain", "israel"), "the Bahrain–Israel deal", "2020-09"),
        ],
        # one article's new deal of another pair
        [
            _told("a", ("israel", "uae"), "the deal", "2020-09"),
            _told("a", ("bahrain", "israel"), "a deal", "2020-09"),
        ],
    ],
    ids=["dash-pairs", "new-here"],
)
def test_agreements_set_apart_by_their_words_stay_two(found):
    from generator.extract.merge import cluster

    assert len(cluster(found)) == 2


def test_an_outlet_quoting_someone_reports_his_words(nlp):
    """ "Politico quoted X as saying "…" and "…"": X's words (both), not the outlet's."""
    people = {"Politico": "politico", "Tim Manning": "manning", "Manning": "manning"}
    text = (
        "Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "
        '"FEMA has an important role in coordinating the larger response to the crisis" and '
        '"[i]f there\'s an emergency, FEMA needs to be involved."'
    )
    assert [s for s, _ in said(nlp, [text], people)] == ["manning", "manning"]
    passive = 'Manning was quoted by Politico as saying "FEMA has a role to play."'
    assert [s for s, _ in said(nlp, [passive], people)] == ["manning"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (  # the shape of a blind Wikinews article: "to have said", a relative clause between
            "The BBC quoted Petar Kostov, who was appointed harbour master last May, to have said "
            '"the new sea wall will protect the town for fifty years".',
            ["kostov"],
        ),
        (  # a title, then the name in apposition
            "Al Jazeera quoted the finance minister, Ghazi Wazni, as saying: "
            '"Lebanon cannot pay its debts while its people go hungry."',
            ["wazni"],
        ),
        (  # someone unnamed: no one's words the article names, least of all the outlet's
            'Reuters quoted a police officer as saying "the road will stay closed until Monday".',
            [],
        ),
        (
            'Reuters cited Ahmed Khalil as saying "we have not received any request for talks".',
            ["khalil"],
        ),
    ],
    ids=["to-have-said", "title-then-name", "unnamed", "cited-as-saying"],
)
def test_an_outlet_that_quotes_someone_is_never_the_speaker(nlp, text, who):
    """ "X quoted/cited Y as saying/to have said "…"": Y's words; the outlet X only reports
    them, also when Y is named after a title or not at all."""
    people = {
        "BBC": "bbc", "Al Jazeera": "al-jazeera", "Reuters": "reuters",
        "Petar Kostov": "kostov", "Kostov": "kostov", "Ghazi Wazni": "wazni",
        "Wazni": "wazni", "Ahmed Khalil": "khalil", "Khalil": "khalil",
    }  # fmt: skip
    bodies = frozenset({"bbc", "al-jazeera", "reuters"})
    assert [s for s, _ in said(nlp, [text], people, bodies=bodies)] == who


def test_words_quoted_from_a_document_are_its_authors(nlp):
    """ "The proclamation said "…"" two paragraphs after its author declared it; a letter
    from people unnamed is no one's."""
    paragraphs = [
        "On Friday, United States President Donald Trump declared a national emergency.",
        "The move gives the government access to extra funding, according to NBC News.",
        'The proclamation specifically said "the COVID-19 outbreak in the United States '
        'constitutes a national emergency" and said the emergency began on March 1.',
    ]
    people = {"Donald Trump": "trump", "NBC News": "nbc"}
    found = said(nlp, paragraphs, people, bodies=frozenset({"nbc"}))
    assert [s for s, _ in found] == ["trump"]
    letter = 'A letter from a hundred scholars said "the law is unjust".'
    assert said(nlp, ["Donald Trump spoke on Monday.", letter], people) == []


def test_words_quoted_from_a_document_signed_by_someone_named_there_are_the_signers(nlp):
    """ "The executive order, signed by Trump, said "…"": Trump's words, not those of the
    letter's author named before; a document with no signer named there stays its author's."""
    paragraphs = [
        "Senator Chuck Schumer wrote a letter to President Donald Trump on Monday.",
        'The executive order, signed by Trump, said "all flights are suspended".',
    ]
    people = {"Chuck Schumer": "schumer", "Donald Trump": "trump", "Trump": "trump"}
    assert [s for s, _ in said(nlp, paragraphs, people)] == ["trump"]
    dated = 'The letter, dated March 1, said "we urge you to act".'
    assert [s for s, _ in said(nlp, [paragraphs[0], dated], people)] == ["schumer"]


def test_a_spokeswoman_reporting_her_principal_speaks_the_quotation(nlp):
    """ "X said Y had spoken to Z and "we …"": the quotation goes on with X's report."""
    text = (
        "State Department spokeswoman Morgan Ortagus said Secretary of State Mike Pompeo had "
        'spoken to Adel Abdul Mahdi and "we strongly urge Iraqi leaders to protect our people".'
    )
    people = {"Morgan Ortagus": "ortagus", "Mike Pompeo": "pompeo", "Adel Abdul Mahdi": "mahdi"}
    assert [s for s, _ in said(nlp, [text], people)] == ["ortagus"]


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        (  # the quotation hangs on the one spoken with: the reporter's words
            [
                "State Department spokeswoman Morgan Ortagus said Secretary of State Mike Pompeo "
                'spoke with Iraqi Prime Minister Adil Abdul-Mahdi, who "committed to protecting '
                'American personnel and facilities".'
            ],
            ["ortagus"],
        ),
        (  # a spokesperson reports whose view it is: hers all the same
            [
                "Presidential spokeswoman Khusela Diko said Ramaphosa believed the lockdown was "
                '"the only way to save lives".'
            ],
            ["diko"],
        ),
        (  # the parse takes the leader for the body spoken for
            [
                "Iraqi Prime Minister Adil Abdul-Mahdi met the ambassador on Monday.",
                '"We reject any foreign interference," a spokesman for Abdul-Mahdi said.',
            ],
            [],
        ),
        (
            [
                "Iraqi Prime Minister Adil Abdul-Mahdi met the ambassador on Monday.",
                '"We reject any foreign interference," the prime minister\'s spokesman said.',
            ],
            [],
        ),
        (
            ['"We reject any interference," a spokesman for Secretary of State Mike Pompeo said.'],
            [],
        ),
        (  # only titles between: the one named is the representative, not the one spoken for
            [
                "The United Nations representative of Iran Majid Takht-Ravanchi said "
                '"we reject any foreign interference".'
            ],
            ["ravanchi"],
        ),
        (
            [
                "Government spokesman for the ministry Ali Rabiei said "
                '"we reject any foreign interference".'
            ],
            ["rabiei"],
        ),
        (  # "the spokesman" is whoever the article called so, by title or apposition
            [
                "Kremlin spokesman Dmitry Peskov spoke to reporters about Vladimir Putin.",
                '"The decision is final," the spokesman said.',
            ],
            ["peskov"],
        ),
        (
            [
                "Dmitry Peskov, the Kremlin's spokesman, met reporters after Vladimir Putin spoke.",
                '"The decision is final," the spokesman said.',
            ],
            ["peskov"],
        ),
        (
            [
                "Vladimir Putin condemned the strike on Monday.",
                '"The decision is final," the spokesman said.',
            ],
            [],
        ),
        (  # a clause after the leader's name that names his spokesman titles him no
            # spokesman
            [
                "Vladimir Putin, through his spokesman, declined to comment on Monday.",
                '"The decision is final," the spokesman said.',
            ],
            [],
        ),
        (
            [
                "Dmitry Peskov, the Kremlin's spokesman, met reporters on Monday.",
                '"The decision is final," the spokesman said.',
            ],
            ["peskov"],
        ),
    ],
)
def test_a_spokespersons_words_are_not_the_leaders_she_speaks_for(nlp, paragraphs, want):
    """The speaker is the cue verb's subject, not the leader a spokesperson names, speaks for
    or is said to speak with."""
    people = {"Morgan Ortagus": "ortagus", "Mike Pompeo": "pompeo", "Adil Abdul-Mahdi": "mahdi"}
    people |= {"Abdul-Mahdi": "mahdi", "Khusela Diko": "diko", "Ramaphosa": "ramaphosa"}
    people |= {"Dmitry Peskov": "peskov", "Vladimir Putin": "putin"}
    people |= {"Majid Takht-Ravanchi": "ravanchi", "Ali Rabiei": "rabiei"}
    assert [s for s, _ in said(nlp, paragraphs, people)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # what the clause's speaker spoke of is his, not the reporter's
            'Sergei Lavrov said Vladimir Putin warned of "grave consequences".',
            ["putin"],
        ),
        ('Donald Trump said Nancy Pelosi spoke of "a national disaster".', ["pelosi"]),
        (  # the one spoken with, who said it: the reporter's words
            'Sergei Lavrov said Vladimir Putin spoke with Donald Trump, who "promised to help".',
            ["lavrov"],
        ),
        (  # words a spokesman says his leader told someone are the leader's
            "Downing Street spokesman James Slack said Boris Johnson told the cabinet: "
            '"We will deliver Brexit."',
            ["johnson"],
        ),
        (
            "Police spokeswoman Monika Kosiec said Chief Inspector Jan Nowak believed the fire "
            'was "an accident".',
            ["kosiec"],
        ),
    ],
)
def test_words_reported_as_spoken_are_the_speakers_a_reported_view_the_reporters(nlp, text, want):
    people = {"Sergei Lavrov": "lavrov", "Vladimir Putin": "putin", "Donald Trump": "trump"}
    people |= {"Nancy Pelosi": "pelosi", "James Slack": "slack", "Boris Johnson": "johnson"}
    people |= {"Monika Kosiec": "kosiec", "Jan Nowak": "nowak"}
    assert [s for s, _ in said(nlp, [text], people)] == want


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        (  # the parse hangs the writer on the addressee, as an apposition
            [
                "In his resignation letter to President Volodymyr Zelensky, Oleksiy Honcharuk "
                'wrote "I came to this post to carry out the president\'s program".'
            ],
            ["honcharuk"],
        ),
        (  # "his letter" stands for him as "he" would
            [
                "Prime Minister Oleksiy Honcharuk resigned on Friday.",
                'His letter to President Volodymyr Zelensky read: "I came to this post to carry '
                "out the president's program.\"",
            ],
            ["honcharuk"],
        ),
        (  # "he" is not the one the letter named before was written to
            [
                "In his resignation letter to President Volodymyr Zelensky, Oleksiy Honcharuk "
                "wrote that he had been misquoted.",
                'He added: "I came to this post to carry out the president\'s program."',
            ],
            ["honcharuk"],
        ),
        (  # nor the one spoken with, even when the speaker is no actor
            [
                "Speaking with Prime Minister Boris Johnson, Nicola Sturgeon raised the matter.",
                '"Scotland will not be dragged out," she said.',
            ],
            [],
        ),
        (
            [
                "Boris Johnson met Nicola Sturgeon on Monday.",
                '"Scotland will not be dragged out," he said.',
            ],
            ["johnson"],
        ),
        (  # the one spoken with is the speaker when no one else there speaks to her
            [
                "Wikinews spoke with Dr Jane Holloway of Kingston University about the find.",
                'She said, "This is the oldest bone tool we know of."',
            ],
            ["holloway"],
        ),
        (
            [
                "Reporters talked to Mayor Anne Hidalgo on Monday.",
                'She said the city was "ready for the Games".',
            ],
            ["hidalgo"],
        ),
    ],
)
def test_a_letters_words_are_its_writers_not_its_addressees(nlp, paragraphs, want):
    people = {"Oleksiy Honcharuk": "honcharuk", "Volodymyr Zelensky": "zelensky"}
    people |= {"Boris Johnson": "johnson", "Jane Holloway": "holloway", "Anne Hidalgo": "hidalgo"}
    people |= {"Wikinews": "wikinews", "Kingston University": "kingston"}
    bodies = frozenset({"wikinews", "kingston"})
    assert [s for s, _ in said(nlp, paragraphs, people, bodies)] == want


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        (
            [
                "Germany banned the airline on Monday.",
                'The German government said in a statement that the airline posed "a threat to '
                'our security".',
            ],
            ["germany"],
        ),
        (  # "the government" alone: the state whose government was named last
            [
                "The German government banned flights to Germany by the airline.",
                'The government said the airline posed "a threat to our security".',
            ],
            ["germany"],
        ),
        (  # "South African", "North Korean": the state's name and an "n"
            [
                "South Africa closed its borders.",
                'The South African government issued a statement on Sunday: "The lockdown is the '
                'only way to save lives."',
            ],
            ["south-africa"],
        ),
        (  # a devolved government is not the state's
            [
                "The United Kingdom left the European Union.",
                'The Scottish government said it was "deeply disappointed".',
            ],
            [],
        ),
        (  # "a statement saying": whoever made it, not what it says did something
            ['Boeing issued a statement saying it was "deeply saddened" by the crash.'],
            ["boeing"],
        ),
        (  # the lead-in introduces the quotation, not the next sentence's verb
            [
                "The California Department of Corrections said on Saturday an inmate was hurt.",
                'The Department issued a statement that an inmate had been stabbed: "There was '
                'an assault on an inmate on Friday." They also said they believed they had '
                "identified the attacker.",
            ],
            ["cdcr"],
        ),
        (  # "read the statement": whoever the article said issued one; a source "according
            # to" whom the next sentence tells something is not the quotation's
            [
                "On Friday, the Combined Joint Task Force released a statement saying the attack "
                "produced no casualties.",
                'A spokesperson told reporters the attack took place at 7:45 p.m. "No troops were '
                'injured;" read the statement; "we will not be deterred by these attacks." '
                "Seventeen rockets struck near the base, according to the Iraqi military.",
            ],
            ["cjtf", "cjtf"],
        ),
        (  # an order's words are its issuer's, not those of whoever announces it
            [
                "The Coast Guard has announced an order by Coast Guard Commandant Admiral Elson "
                'Hermogino directing Coast Guard units nearby to "join personnel from the army and '
                'police in the pursuit of the perpetrators."'
            ],
            ["hermogino"],
        ),
        (  # not whoever rejects or receives a statement or letter saying it
            ['Iran rejected a statement saying its missiles were "a threat to the region".'],
            [],
        ),
        (['Nancy Pelosi received a letter saying the plan was "dead on arrival".'], []),
    ],
)
def test_a_government_or_body_speaks_through_its_statement(nlp, paragraphs, want):
    bodies = {"Germany": "germany", "South Africa": "south-africa", "Boeing": "boeing"}
    bodies |= {"Iran": "iran"}
    bodies |= {"United Kingdom": "uk", "California Department of Corrections": "cdcr"}
    bodies |= {"Combined Joint Task Force": "cjtf", "Coast Guard": "coast-guard"}
    bodies |= {"Iraqi military": "iraqi-military"}
    people = bodies | {"Elson Hermogino": "hermogino", "Nancy Pelosi": "pelosi"}
    found = said(nlp, paragraphs, people, frozenset(bodies.values()))
    assert [s for s, _ in found] == want


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        (  # the source a sentence is according to is a spokesperson: his words
            [
                "According to Kremlin spokesman Dmitry Peskov, Vladimir Putin "
                '"regrets the decision".'
            ],
            ["peskov"],
        ),
        (  # "the statement" is the one the article said someone made
            [
                "The Ministry of Health said in a statement that the outbreak was contained.",
                'The statement added: "No new cases were found."',
            ],
            ["moh"],
        ),
        (
            [
                "In a statement, the Ministry of Health said the outbreak was contained.",
                '"No new cases were found," the statement added.',
            ],
            ["moh"],
        ),
        (  # "the letter" is from its sender, not the one named first, who received it
            [
                "Zelensky received a letter from Oleksiy Honcharuk on Friday.",
                'The letter read: "I came to this post to carry out the president\'s program."',
            ],
            ["honcharuk"],
        ),
        (  # not the one it is sent to, after the place it is sent from
            [
                "Oleksiy Honcharuk sent a letter from Kyiv to President Zelensky on Friday.",
                'The letter read: "I came to this post to carry out the president\'s program."',
            ],
            ["honcharuk"],
        ),
    ],
)
def test_a_statement_or_letter_spoken_of_before_is_its_makers(nlp, paragraphs, want):
    people = {"Dmitry Peskov": "peskov", "Vladimir Putin": "putin", "Ministry of Health": "moh"}
    people |= {"Oleksiy Honcharuk": "honcharuk", "Zelensky": "zelensky"}
    found = said(nlp, paragraphs, people, frozenset({"moh"}))
    assert [s for s, _ in found] == want


def test_a_subject_split_at_its_hyphen_is_the_name_in_apposition(nlp):
    """ "Another co-author, professor Julian Marshall, said": the parse makes "co", "-" and
    "author" each a subject; the name in apposition to the last speaks."""
    text = (
        "Another co-author, civil and environmental engineering professor Julian Marshall, "
        'said, "We have seen in our previous research that our society is more segregated."'
    )
    assert [s for s, _ in said(nlp, [text], {"Julian Marshall": "marshall"})] == ["marshall"]


def test_a_quotation_naming_handles_after_a_post_on_twitter_is_the_posters(nlp):
    """ "In a statement on Twitter, he wrote, "…" He continued, "… @DrAmyActon …"": both his
    (the NER may take Twitter for a person named there)."""
    paragraph = (
        "In Ohio, Governor Mike DeWine postponed the primary election, citing the health crisis. "
        'In a two-part statement on Twitter, he wrote, "During this time when we face an '
        "unprecedented public health crisis, to conduct an election tomorrow would force poll "
        'workers and voters to place themselves at an unacceptable health risk." He continued by '
        'announcing, "As such, @DrAmyActon will order the polls closed as a health emergency."'
    )
    found = said(nlp, [paragraph], {"Mike DeWine": "dewine"})
    assert [s for s, _ in found] == ["dewine", "dewine"]


def test_a_speaker_named_by_handle_is_the_person_whose_name_it_spells(nlp):
    """ "tweeted @DrAmyActon", "@realDonaldTrump wrote": the one person named so."""
    paragraphs = [
        "Ohio health director Amy Acton closed the polls. Donald Trump criticised the ruling.",
        '"We must protect voters," tweeted @DrAmyActon on Monday.',
        '@realDonaldTrump wrote: "The ruling is a disgrace."',
        '"Stay home," tweeted @OhioGov on Monday.',
    ]
    found = said(nlp, paragraphs, {"Amy Acton": "acton", "Donald Trump": "trump"})
    assert [s for s, _ in found] == ["acton", "trump"]


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        ("Yesterday, United States Senator from Vermont Bernie Sanders won the Democratic "
         "Party's Nevada caucuses.", "Bernie Sanders"),
        ("US Senator Bernie Sanders of Vermont won the caucuses, securing a majority of votes.",
         "Bernie Sanders"),
        ("On Saturday, President Donald Trump secured all 25 of Nevada's delegates to the "
         "Republican Party's National Convention.", "Donald Trump"),
        ("The team won the match on Sunday.", None),
        ("The company secured all 25 of the contracts.", None),
    ],
)  # fmt: skip
def test_winning_caucuses_or_delegates_is_an_election_of_the_winner(nlp, text, winner):
    frames = [e for e in match(nlp(text), 0).events if e.type == "election"]
    if winner is None:
        assert not frames
        return
    (frame,) = frames
    assert winner in " ".join(r.text for r in frame.agents)


def test_a_word_of_a_groups_name_is_no_event(nlp):
    """ "Montana Native Vote" is a group suing, no vote."""
    events = match(nlp("The groups, including Montana Native Vote, sued the state."), 0).events
    assert [e.type for e in events] == ["lawsuit"]


def test_what_an_accusation_alleges_is_no_act_of_the_accuser(nlp):
    text = (
        "The United States government accused Avenatti of trying to pressure Nike for about "
        "25 million dollars, threatening to give a news conference that would damage the "
        "company's stock price."
    )
    types = [e.type for e in match(nlp(text), 0).events]
    assert "accusation" in types and "threat" not in types
    # a threat of its own stays one
    assert "threat" in [e.type for e in match(nlp("Russia threatened Ukraine."), 0).events]


def test_an_outlet_quoting_someone_as_saying_gives_his_words(nlp):
    text = (
        "Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "
        '"FEMA has an important role in coordinating the larger response to the crisis".'
    )
    found = said(nlp, [text], {"Politico": "politico", "Tim Manning": "tim-manning"},
                 bodies=frozenset({"politico"}))  # fmt: skip
    assert [who for who, _ in found] == ["tim-manning"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("In Ohio, which was planning to hold its primary election on Tuesday, Governor Mike "
         "DeWine postponed it, citing the health crisis.", "Mike DeWine"),
        ("Maryland rescheduled most of its primary races to June 2.", "Maryland"),
        ("Ohio postponed its primary.", "Ohio"),
        ("The airline delayed the flight.", None),
        ("The company postponed it until May.", None),
    ],
)  # fmt: skip
def test_putting_off_a_vote_is_a_postponement(nlp, text, who):
    frames = [e for e in match(nlp(text), 0).events if e.type == "postponement"]
    if who is None:
        assert not frames
        return
    (frame,) = frames
    assert who in " ".join(r.text for r in frame.agents)


def test_she_is_the_one_person_named_before_her_in_her_own_sentence():
    """ "Buttigieg followed suit. Senator Klobuchar's campaign said she was ending her bid":
    she is Klobuchar, named in her own sentence, though the sentence before named another."""
    from generator.model import Span

    first, second = "Buttigieg followed suit.", "Klobuchar's campaign said she was ending her bid."
    text = f"{first} {second}"
    article = Article("a", "T", "2020-03-02", "Wire", None, "en", (text,))
    buttigieg = Mention("actors/buttigieg", "a", 0, 0, 0, 9, "Buttigieg", "ner")
    at = len(first) + 1
    klobuchar = Mention("actors/klobuchar", "a", 0, 1, at, at + 9, "Klobuchar", "ner")
    sentences = (
        Sentence(0, 0, len(first), first, (Span("Buttigieg", "PERSON", 0, 9, None),)),
        Sentence(0, at, len(text), second, (Span("Klobuchar", "PERSON", at, at + 9, None),)),
    )
    start = text.index("she")
    she = Role(start, start + 3, "she")
    persons = frozenset({buttigieg.entity, klobuchar.entity})
    context = Context(article, sentences, (buttigieg, klobuchar), date(2020, 3, 2), persons=persons)
    assert context.actors_in(0, [she]) == ("klobuchar",)
    # two people named in her own sentence: which one is a guess
    other = Span("Wyden", "PERSON", at + 25, at + 30, None)
    crowded = (sentences[0], replace(sentences[1], spans=(*sentences[1].spans, other)))
    assert replace(context, sentences=crowded).actors_in(0, [she]) == ()


def test_every_event_type_but_other_has_its_codes_and_every_type_a_readable_name():
    """The content schema's event types (``model.EVENT_TYPES``) and the vocabulary's codes name
    the same types: a type added to one only would have no codes or no schema. Every type's
    name, shared by event names, the timeline and page titles, reads as words."""
    from generator.extract.vocabulary import EVENT_TYPES as CODED
    from generator.model import AGREEMENT_TYPES, EVENT_TYPES, type_name
    from generator.render.markup import type_label

    assert set(CODED) == set(EVENT_TYPES) - {"other"}
    for type_ in (*EVENT_TYPES, *AGREEMENT_TYPES):
        assert "-" not in type_name(type_) and type_name(type_)[0].isupper()
        assert type_label(type_) == type_name(type_)
    assert type_name("emergency") == "Emergency rule"
    assert type_name("letter-of-intent") == "Letter of intent"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the recogniser names the bought firm no organisation ("Arm" none, "Fitbit" a
        # people): a firm buying a name buys a company
        ("Nvidia agreed to buy Arm from SoftBank for $40 billion.", {"Nvidia", "Arm"}),
        ("Google's acquisition of Fitbit was approved by regulators.", {"Google's", "Fitbit"}),
        ("The takeover of Fitbit by Google was completed in January.", {"Google", "Fitbit"}),
    ],
)
def test_a_firm_buying_a_name_the_recogniser_missed_is_an_acquisition(nlp, text, parties):
    (frame,) = [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]
    assert parties <= {w for r in frame.parties for w in r.text.split()}


def test_who_approves_an_acquisition_is_no_party_to_it(nlp):
    text = "The European Commission approved Google's acquisition of Fitbit."
    (frame,) = match(nlp(text), 0).agreements
    assert not any("Commission" in r.text for r in frame.parties)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban took over Kabul in August.",  # a place
        "Amazon bought Christmas decorations.",  # goods
        "The Navy bought Tomahawk missiles.",
        "Biden's purchase of Greenland was never more than an idea.",  # a person's, a place
    ],
)
def test_places_and_goods_a_firm_takes_are_no_acquisitions(nlp, text):
    assert [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"] == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Microsoft formed a strategic partnership with OpenAI in 2019.", {"Microsoft", "OpenAI"}),
        ("Ford and Google signed a six-year partnership in February.", {"Ford", "Google"}),
    ],
)
def test_a_partnership_two_named_sides_make_is_an_agreement(nlp, text, parties):
    (frame,) = match(nlp(text), 0).agreements
    assert frame.type == "agreement"
    assert parties <= {w for r in frame.parties for w in r.text.split()}


@pytest.mark.parametrize(
    "text",
    [
        "The two countries enjoy a close partnership.",  # described, none made
        "Russia's partnership with China has deepened.",
        "Biden called for a partnership with Europe.",  # wanted
        "The company announced a partnership with the university.",  # one side named
    ],
)
def test_a_partnership_described_or_wanted_is_none(nlp, text):
    assert match(nlp(text), 0).agreements == ()


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Volvo's proposed tie-up with Nissan was delayed by regulators.", {"Volvo", "Nissan"}),
        ("Renault negotiated an end to its alliance with Ford.", {"Ford"}),
        ("Renault and Ford also ended their five-year alliance.", {"Renault", "Ford"}),
        ("The Renault-Ford alliance came about in 1999 as an alternative.", {"Renault", "Ford"}),
    ],
)
def test_an_alliance_or_tie_up_whose_phrase_names_its_sides_is_an_agreement(nlp, text, parties):
    """agreements29: an alliance, partnership or tie-up (split "tie - up") that its own phrase
    names both sides of, and that is proposed, made, ended or dated, is an agreement."""
    (frame,) = match(nlp(text), 0).agreements
    assert frame.type == "agreement"
    words = {w for r in frame.parties for w in re.split(r"[\s'-]+", r.text)}
    assert parties <= words


@pytest.mark.parametrize(
    "text",
    [
        "A tie-up between Lloyds and Halifax would create Europe's biggest bank.",  # wished
        "Turkey's alliance with Russia has worried NATO.",  # described
        "Japanese banks are increasingly seeking alliances to boost profits.",
        "The Alliance Party won two seats and their close partnership with Labour continued.",
        "The Renault-Ford alliance is strong.",  # described, not dated
        "Owen's new partnership with Rooney began in 2004.",  # two players, no agreement
        "Michael Owen and Alan Shearer ended their partnership in 2003.",
    ],
)
def test_an_alliance_only_described_or_wished_for_is_none(nlp, text):
    assert match(nlp(text), 0).agreements == ()


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Volvo's partnership with Nissan ended in 2004.", True),
        ("Volvo's partnership with Nissan began in 2004.", True),
        ("Volvo's partnership with Nissan was praised in 2004.", False),
        ("Renault's alliance with Ford grew stronger in 2012.", False),
        ("Renault's alliance with Ford came under strain in 2012.", False),
        ("Greece's alliance with Egypt has worried Ankara since 2019.", False),
    ],
)
def test_a_year_dates_an_alliance_only_on_a_verb_that_starts_or_ends_it(nlp, text, dated):
    """fix69: a year on the alliance's own verb makes it an agreement only when that verb
    starts, makes or ends it; "was praised in 2004" dates the praise, not the alliance."""
    frames = match(nlp(text), 0).agreements
    assert bool(frames) is dated
    if dated:
        words = {w for r in frames[0].parties for w in re.split(r"[\s'-]+", r.text)}
        assert {"Volvo", "Nissan"} <= words


def test_the_deal_made_takes_the_sides_the_sentence_before_names(nlp):
    paragraphs = [
        "Britain and the European Union spent months negotiating over fishing rights. The deal "
        "was signed on Thursday."
    ]
    people = {"Britain": "united-kingdom", "European Union": "european-union"}
    (found,) = _agreements(nlp, paragraphs, people)
    assert set(found.agents) == {"united-kingdom", "european-union"}


def test_a_deal_made_takes_no_sides_from_the_sentence_before(nlp):
    """ "A deal" is one of many, not the one those named negotiated."""
    paragraphs = ["Israel and Egypt held talks in Cairo. A deal was signed at the White House."]
    assert _agreements(nlp, paragraphs, {"Israel": "israel", "Egypt": "egypt"}) == []


def test_both_sides_of_a_brokered_ceasefire_leave_out_its_broker(nlp):
    paragraphs = [
        "A ceasefire brokered by Russia between Armenia and Azerbaijan took effect on Saturday. "
        "Both sides accused each other of violating the truce within hours."
    ]
    people = {"Russia": "russia", "Armenia": "armenia", "Azerbaijan": "azerbaijan"}
    found = _agreements(nlp, paragraphs, people)
    assert found and all("russia" not in p.agents for p in found)


def test_a_known_treaty_acting_as_a_subject_has_its_known_parties(nlp):
    paragraphs = [
        "Russia and the United States discussed arms control. The New START treaty, which "
        "expires in February, limits their nuclear arsenals."
    ]
    people = {"Russia": "russia", "United States": "united-states"}
    (found,) = _agreements(nlp, paragraphs, people)
    assert found.name == "New START"
    assert set(found.agents) == {"russia", "united-states"}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Sun Microsystems was acquired by Oracle in 2010.", {"Oracle", "Sun Microsystems"}),
        ("Whole Foods, bought by Amazon in 2017, cut prices.", {"Amazon", "Whole Foods"}),
        (
            "The Ferguson shipyard is bought by the Scottish government.",
            {"the Scottish government", "The Ferguson shipyard"},
        ),
        (  # the property's whole name, not only the proper name it ends
            "The Bontddu Hall hotel was bought by businessman John Smith.",
            {"businessman John Smith", "The Bontddu Hall hotel"},
        ),
    ],
)
def test_a_company_bought_in_the_passive_is_an_acquisition(nlp, text, parties):
    (frame,) = match(nlp(text), 0).agreements
    assert frame.type == "acquisition"
    assert {r.text for r in frame.parties} == parties


@pytest.mark.parametrize(
    "text",
    [
        "The painting was acquired by the Louvre in 1911.",  # goods
        "Greenland cannot be bought by the United States, Denmark said.",  # a place, denied
        "The F-35 jets were purchased by Poland.",
    ],
)
def test_goods_and_places_bought_in_the_passive_are_no_acquisitions(nlp, text):
    assert [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"] == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [  # agreements35's pool (BBC business 122, 131), names made up where the parse allows
        (
            "Bank of America snapped up rival bank FleetBoston last March.",
            {"Bank of America", "rival bank FleetBoston"},
        ),
        ("The shell company was then snapped up by Rosneft.", {"Rosneft", "The shell company"}),
        ("Vodafone swallowed up Mannesmann Corp in 2000.", {"Vodafone", "Mannesmann Corp"}),
        (  # the parse hangs the participle on the clause (advcl), not on the name
            "Columbia Distributor was part of FleetBoston, bought by BOA last year.",
            {"BOA", "FleetBoston"},
        ),
        (  # a relative clause of a name
            "Sun Microsystems, which was acquired by Oracle in 2010, made servers.",
            {"Oracle", "Sun Microsystems"},
        ),
    ],
)
def test_a_company_snapped_up_or_bought_after_its_name_is_an_acquisition(nlp, text, parties):
    """ "Snap up" and "swallow up" take a company over as "take over" does; a participle after
    "Name," is that name's whatever the parse hangs it on."""
    (frame,) = [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]
    assert {r.text for r in frame.parties} == parties


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers snapped up bargains at the sales on Boxing Day.",  # goods
        "Investors snapped up shares after the results.",
        "The region was swallowed up by the Soviet Union in 1940.",  # a place
        "Microsoft's gains were swallowed up by losses at its games unit.",  # money
        "He visited Paris, bought by nobody, last week.",  # no "Name," of a company
    ],
)
def test_goods_places_and_money_snapped_up_are_no_acquisitions(nlp, text):
    assert [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"] == []


def test_an_unnamed_firm_bought_in_a_relative_clause_is_left_alone(nlp):
    """Only a name's relative clause is read ("Sun Microsystems, which was acquired by
    Oracle"): in agreements35's pool the unnamed shell company's purchase took up the "the
    deal" of the article's next paragraph, another deal."""
    text = "Yugansk was sold to a little known shell company which in turn was bought by Rosneft."
    found = match(nlp(text), 0).agreements
    assert all("Rosneft" not in {r.text for r in a.parties} for a in found)


def test_a_ceasefire_after_fighting_between_two_sides_is_theirs(nlp):
    """ "Fighting", which the parse takes for a verb, names the war's sides."""
    text = (
        "Fighting between Armenia and Azerbaijan resumed in September. A humanitarian "
        "ceasefire collapsed within minutes."
    )
    (frame,) = match(nlp(text), 0).agreements
    assert {w for r in frame.parties for w in r.text.split()} >= {"Armenia", "Azerbaijan"}


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin and Recep Tayyip Erdogan agreed to set up a joint monitoring centre.",
        "Narendra Modi and Shinzo Abe agreed to cooperate on infrastructure in the region.",
    ],
)
def test_two_leaders_agreeing_to_act_together_make_an_agreement(nlp, text):
    (frame,) = match(nlp(text), 0).agreements
    assert frame.type == "agreement" and len(frame.parties) >= 2


def test_the_deal_opening_a_paragraph_is_the_pair_the_paragraph_before_ends_on(nlp):
    paragraphs = [
        "Britain and the European Union have been negotiating for ten months.",
        "The deal was finally agreed on Thursday, Britain said.",
    ]
    people = {"Britain": "united-kingdom", "European Union": "european-union"}
    (found,) = _agreements(nlp, paragraphs, people)
    assert set(found.agents) == {"united-kingdom", "european-union"}


def test_the_deal_opening_a_paragraph_takes_no_names_given_apart(nlp):
    """Two actors the sentence before names apart ("Britain … with the European Union") are
    not said to be a deal's two sides."""
    paragraphs = [
        "Britain criticised the European Union for ten months.",
        "The deal was finally agreed on Thursday.",
    ]
    people = {"Britain": "united-kingdom", "European Union": "european-union"}
    assert _agreements(nlp, paragraphs, people) == []


def test_the_phase_one_trade_deal_is_the_known_deal_of_the_us_and_china(nlp):
    paragraphs = ["The United States and China signed the phase one trade deal in January."]
    people = {"United States": "united-states", "China": "china"}
    (found,) = _agreements(nlp, paragraphs, people)
    assert found.name == "Phase One trade deal"
    assert set(found.agents) == {"united-states", "china"}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan have fought over Nagorno-Karabakh since September. A truce "
        "brokered by Russia took effect on Saturday.",
        "Israel and Hamas exchanged fire for eleven days. A ceasefire brokered by Egypt took "
        "effect on Friday.",
    ],
)
def test_a_ceasefire_after_two_sides_fought_is_theirs_not_its_brokers(nlp, text):
    (frame,) = match(nlp(text), 0).agreements
    words = {w for r in frame.parties for w in r.text.split()}
    assert len(words & {"Armenia", "Azerbaijan", "Israel", "Hamas"}) == 2
    assert not words & {"Russia", "Egypt"}


def test_a_ceasefire_opening_a_paragraph_is_the_pair_the_paragraph_before_ends_on(nlp):
    paragraphs = [
        "Armenia and Azerbaijan have fought over Nagorno-Karabakh since September.",
        "A Russian-brokered truce took effect on Saturday.",
    ]
    people = {"Armenia": "armenia", "Azerbaijan": "azerbaijan"}
    (found,) = _agreements(nlp, paragraphs, people)
    assert set(found.agents) == {"armenia", "azerbaijan"}


def test_each_articles_half_kept_by_the_memo_equals_the_half_computed(tmp_path):
    """``extract`` with a memo folder keeps each article's statements and proposals; taken
    back they give what computing gives, after a change of one article's mentions (its text
    and annotation the same: only that article is made again), of a briefing-wide table (every
    article made again) and with a damaged file (ignored)."""
    from conftest import ROOT

    from generator.annotate import annotate
    from generator.dates import sentence_dates
    from generator.extract import extract
    from generator.load import load_content
    from generator.model import Resolved
    from generator.resolve import resolve
    from generator.steps import PREFIX, SUFFIX, Steps

    content = load_content(ROOT / "content")
    annotations = annotate(content.articles, content.entities, cache_dir=tmp_path / "nlp")
    plain = resolve(content, annotations)
    dates = sentence_dates(content.articles, plain.sentences)
    folder = tmp_path / "memo"

    def run(resolved: Resolved, reject: frozenset[str] = frozenset()) -> tuple[Resolved, dict]:
        steps = Steps(folder)
        made = extract(resolved, annotations, content.articles, reject, dates, steps)
        assert made == extract(resolved, annotations, content.articles, reject, dates)
        return made, dict(steps.counts)

    articles = len(plain.sentences)
    assert articles >= 2
    first, counts = run(plain)
    assert counts == {"article misses": articles, "misses": 1}  # "misses": settling's
    assert first.statements and run(plain) == (first, {"article hits": articles, "hits": 1})
    # One article's mentions change (a mention dropped), its text and annotation the same.
    dropped = next(m for m in plain.mentions if m.entity.startswith("actors/"))
    fewer = Resolved(
        plain.entities,
        tuple(m for m in plain.mentions if m != dropped),
        plain.sentences,
        plain.decisions,
        plain.statements,
    )
    # Settling reads the sentences each entity is named in: it is made again too.
    assert run(fewer)[1] == {"article misses": 1, "article hits": articles - 1, "misses": 1}
    # A table every article reads (the rejected keys) changes: all are made again.
    some = frozenset({first.entities[-1].key})
    assert run(plain, some)[1] == {"article misses": articles, "misses": 1}
    (folder / f"{PREFIX}extract{SUFFIX}").write_text("{not json", encoding="utf-8")
    assert run(plain)[1] == {"article misses": articles, "misses": 1}
    assert run(plain) == (first, {"article hits": articles, "hits": 1})


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        ("Pete Buttigieg came in first with 14 delegates.", "Pete Buttigieg"),
        ("Elizabeth Warren placed third in the Massachusetts primary.", "Elizabeth Warren"),
        ("Jose Lopez finished first in the primary with 45% of the vote.", "Jose Lopez"),
        ("In New Hampshire, Sanders secured a plurality of the vote, at 25.7%.", "Sanders"),
        ("Maria Santos won the runoff on Sunday.", "Maria Santos"),
        ("Jose Lopez advanced to a runoff against Maria Santos.", "Jose Lopez"),
        ("Biden was projected to win Florida.", "Biden"),
        ("NBC News projected that Joe Biden would win the Michigan primary.", "Joe Biden"),
        ("Biden is projected to win Florida.", None),  # a forecast
        ("Joe Biden would win the Michigan primary.", None),  # a hypothesis
        ("He came in second in the poll.", None),  # an opinion poll
        ("She finished third in the marathon.", None),
        ("He went to the polls.", None),
        ("The team won Florida's championship.", None),
        # a race run is no vote ("race" tells none), nor is a tournament's round
        ("Kosgei won the race, finishing first in 2:14:04.", None),
        ("He was declared the winner of the race.", None),
        ("She won the second round of the tournament.", None),
        ("He came in second in the race, and the vote on the bill was delayed.", None),
        ("He won the second round of voting.", "He"),
    ],
)  # fmt: skip
def test_a_placing_a_runoff_or_a_projected_win_is_an_election_of_the_candidate(nlp, text, winner):
    frames = [
        e for e in match(nlp(text), 0).events if e.type == "election" and e.trigger.text != "vote"
    ]  # (a vote on a bill beside a placing is its own)
    if winner is None:
        assert not frames
        return
    (frame,) = frames
    assert winner in " ".join(r.text for r in frame.agents)


def test_an_undated_vote_somewhere_else_is_another_contest(nlp):
    """ "Sanders won the Nevada caucuses yesterday … In New Hampshire, Sanders secured a
    plurality of the vote": two elections, not the New Hampshire one dated by Nevada's."""
    from generator.extract.merge import cluster

    paragraphs = [
        "Yesterday, Senator Bernie Sanders won the Democratic Party's Nevada caucuses.",
        "In New Hampshire, Sanders secured a plurality of the vote, at 25.7%.",
    ]
    people = {"Bernie Sanders": "sanders", "Sanders": "sanders"}
    found = [p for p in _events(nlp, paragraphs, people, date(2020, 2, 23)) if p.type == "election"]
    groups = cluster(found)
    assert [[(p.date, p.place) for p in g] for g in groups] == [
        [("2020-02-22", None)],
        [(None, "New Hampshire")],
    ]


@pytest.mark.parametrize(
    ("text", "winner", "place"),
    [
        ("In the primaries, Sanders won California.", "Sanders", "California"),
        ("Biden carried Michigan and Missouri in the primaries.", "Biden", "Michigan"),
        ("Biden won in Virginia, where a primary was held.", "Biden", "Virginia"),
        ("Biden won 10 of the 14 states in the primaries.", "Biden", None),
        ("Biden swept the primaries in Florida.", "Biden", None),
        ("Duda won the first round with 43.5% of the vote.", "Duda", None),
        ("Sanders took second place in the caucuses.", "Sanders", None),
        ("Duda secured a second term.", "Duda", None),
        ("Bill Weld received the other delegate in Iowa.", "Bill Weld", None),
        ("Sanders and Buttigieg earned 9 delegates there.", "Sanders", None),
        ("He received a letter from the president.", None, None),
        ("In 1998, he unseated the incumbent governor.", "he", None),
        ("He won a landslide victory in the 2014 election.", "He", None),
        ("The army won a victory over the rebels.", None, None),
        ("Israel defeated the incumbent champion.", None, None),
        ("She earned a degree in law.", None, None),
        ("She won another term in office.", "She", None),
        ("Biden clinched the Democratic nomination on Tuesday.", "Biden", None),
        ("Biden beat Sanders in the Michigan primary.", "Biden", None),
        ("Biden was declared the winner of the Michigan primary.", "Biden", None),
        ("The commission declared Duda the winner of the election.", "Duda", None),
        ("The Democratic Party held its Iowa caucuses on February 3.", "Democratic Party", None),
        ("Sanders lost the caucuses to Hillary Clinton, securing 34% of votes.", "Sanders", None),
        ("In the primaries, Sanders lost in all three states to Hillary Clinton.", "Sanders",
         None),
        ("He lost his seat in 2010.", "He", None),
        ("Federer lost the match to Nadal.", None, None),
        ("She lost her job in 2010.", None, None),
        ("Liverpool won in Madrid.", None, None),
        ("She was named the winner of the Booker Prize.", None, None),
        ("CNN projected Biden the winner of the primary.", None, None),  # the outlet's call
        ("The company carried the goods to Spain.", None, None),
        ("Police held talks with the protesters.", None, None),
    ],
)  # fmt: skip
def test_a_state_carried_a_winner_declared_or_a_vote_held_is_an_election(nlp, text, winner, place):
    """A state won is where the vote was, no party to it; the paragraph must tell of a vote."""
    frames = [e for e in match(nlp(text), 0).events if e.type == "election"]
    if winner is None:
        assert not frames
        return
    (frame,) = frames
    assert winner in " ".join(r.text for r in (*frame.agents, *frame.patients))
    if place is not None:
        assert place in [r.text for r in frame.places]
        assert place not in " ".join(r.text for r in frame.patients)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("He was prime minister between 1994 and 1999.", "appointment"),
        ("He served two terms as governor from 1995 to 2003.", "appointment"),
        ("She chaired the committee from 2007 to 2011.", "appointment"),
        ("He led the party from 1990 to 1998.", "appointment"),
        ("He went on to serve in the House of Representatives for twenty years.", "appointment"),
        ("He was defeated in the 2010 election.", "election"),
        ("He was a member of parliament from 1990 to 2010.", "appointment"),
        ("He was a senator from 1987 to 2016.", "appointment"),
        ("He represented the district from 1965 to 2017.", "appointment"),
        ("He entered parliament in 1984.", "appointment"),
        ("He was a member of the band from 1990.", None),
        ("He entered the house through the back door.", None),
        ("He served as a member of the Oversight Committee until 1995, then joined the House "
         "Judiciary Committee.", "appointment"),
        ("After serving in the Korean War, he attended Wayne State University.", None),
        ("She chairs the committee.", None),  # no start: a state, not a taking
        ("He led the protesters from 2010.", None),
        ("He represented Canada at the Olympics from 1992 to 2000.", None),  # a team's
        ("He represented California in the Senate from 1993 to 2017.", "appointment"),
        ("Nadal was defeated in the final.", None),
    ],
)  # fmt: skip
def test_an_obituarys_offices_and_lost_elections_are_events(nlp, text, type_):
    """The background of an obituary: offices held over a span, a seat in a body, a defeat."""
    frames = [e for e in match(nlp(text), 0).events if e.type in ("appointment", "election")]
    if type_ is None:
        assert not frames
        return
    assert [e.type for e in frames] == [type_]
    assert frames[0].patients[0].text in ("He", "She")


def test_an_undated_taking_of_another_body_is_another_appointment(nlp):
    """ "Conyers took office as a congressman. … Later, John Conyers joined the House
    Judiciary Committee": an obituary's two offices, not one taking told twice."""
    from generator.extract.merge import cluster

    paragraphs = [
        "John Conyers was a congressman. John Conyers took office as a congressman.",
        "Friends praised him. Later, John Conyers joined the House Judiciary Committee.",
    ]
    people = {"John Conyers": "conyers", "House Judiciary Committee": "jc"}
    found = [p for p in _events(nlp, paragraphs, people, date(2019, 10, 28), ("conyers",))
             if p.type == "appointment"]  # fmt: skip
    assert [sorted(p.actors for p in g) for g in cluster(found)] == [
        [("conyers",)],
        [("conyers", "jc")],
    ]


def test_an_office_held_before_the_one_taken_next_to_it_is_another_appointment(nlp):
    """ "in 2009, she was appointed to fill Clinton's Senate seat … Before joining the Senate,
    Gillibrand served in the House": the House seat came earlier, another taking."""
    from generator.extract.merge import cluster

    paragraphs = [
        "In 2009, Kirsten Gillibrand was appointed to the Senate. Before joining the Senate, "
        "Kirsten Gillibrand served in the House of Representatives."
    ]
    people = {"Kirsten Gillibrand": "kg"}
    found = [p for p in _events(nlp, paragraphs, people, date(2019, 8, 30), ("kg",))
             if p.type == "appointment"]  # fmt: skip
    assert len(found) == 2
    assert sorted(len(g) for g in cluster(found)) == [1, 1]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Chinese government said on Monday that the talks had failed.",
         "The Chinese government"),
        ("Russian authorities said the plane crashed because of a technical fault.",
         "Russian authorities"),
        ("The Israeli military said it had struck targets in Gaza.", "The Israeli military"),
        ("The government said the border would stay closed.", None),  # no state named
        ("Local residents said the plane crashed.", None),
    ],
)  # fmt: skip
def test_a_states_government_saying_something_is_a_statement(nlp, text, speaker):
    """A government or armed force its state's adjective names speaks for that state."""
    frames = [e for e in match(nlp(text), 0).events if e.type == "statement"]
    assert [r.text for e in frames for r in e.agents] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("He left office in 2017.", True),
        ("She left the presidency in January.", True),
        ("He left the party in 2017.", False),
        ("He left Iraq in 2011.", False),
        ("He left his office at 5 pm and went home.", False),  # a room
        ("She left the post office with a parcel.", False),  # a building
    ],
)
def test_leaving_office_is_a_resignation(nlp, text, left):
    frames = [e for e in match(nlp(text), 0).events if e.type == "resignation"]
    assert bool(frames) == left


def test_a_place_a_where_clause_hangs_from_is_where_its_event_was(nlp):
    """ "his victories in Iowa, where he secured 39 of the state's 40 delegates, and New
    Hampshire, where he secured all 22": one vote in each place."""
    text = (
        "Trump's victory brings his delegate total to 86, following his victories in Iowa, "
        "where he secured 39 of the state's 40 delegates, and New Hampshire, where he secured "
        "all 22 of the state's delegates."
    )
    frames = [e for e in match(nlp(text), 0).events if e.type == "election"]
    assert [[p.text for p in e.places] for e in frames] == [["Iowa"], ["New Hampshire"]]


def test_delegates_earned_in_a_list_of_states_are_won_in_each(nlp):
    """ "26 delegates that he earned in Iowa, New Hampshire, and Nevada": a vote won, in
    three places, not in "Iowa, New Hampshire" (a place within a place); "born in Chicago,
    Illinois" is still one place within another."""
    text = (
        "In third was Pete Buttigieg, who had 26 delegates that he earned in Iowa, New "
        "Hampshire, and Nevada."
    )
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "election"]
    assert [p.text for p in frame.places] == ["Iowa", "New Hampshire", "Nevada"]
    text = "Stevens was born in 1920 in Chicago, Illinois and studied law at Northwestern."
    (frame,) = [e for e in match(nlp(text), 0).events if e.type == "birth"]
    assert frame.places[0].text == "Chicago, Illinois"


def test_the_results_of_one_vote_told_in_sentences_next_to_it_are_that_vote(nlp):
    """ "Biden won the South Carolina primary on Saturday. … Tom Steyer came in third": one
    election, whoever each sentence names; a result placed elsewhere ("In Iowa, …") or a vote
    paragraphs away is another."""
    from generator.extract.merge import cluster

    paragraphs = [
        "On Saturday, Joe Biden won the South Carolina primary election.",
        "Tom Steyer came in third, receiving roughly 11% of the votes.",
        "Earlier, Pete Buttigieg came in first in Iowa, securing 14 delegates.",
    ]
    people = {"Joe Biden": "biden", "Tom Steyer": "steyer", "Pete Buttigieg": "buttigieg"}
    found = [p for p in _events(nlp, paragraphs, people, date(2020, 3, 2)) if p.type == "election"]
    assert [sorted({a for p in g for a in p.actors}) for g in cluster(found)] == [
        ["biden", "steyer"],
        ["buttigieg"],
    ]


def test_a_sentence_naming_one_place_for_its_votes_places_them_all(nlp):
    text = (
        "Sanders came in second in Iowa, securing 12 of the state's 41 pledged delegates; Pete "
        "Buttigieg, the former mayor of South Bend, Indiana, came in first with 14."
    )
    frames = [e for e in match(nlp(text), 0).events if e.type == "election"]
    assert [[p.text for p in e.places] for e in frames] == [["Iowa"]] * 3


@pytest.mark.parametrize(
    "text",
    [
        # a person a club buys is a player's transfer, not a takeover: the recogniser's person
        # is taken at its word when no price is given
        "Juventus bought Cristiano Ronaldo in 2018.",
        "Arsenal acquired Bukayo Saka last summer.",
        "Cristiano Ronaldo was bought by Juventus in 2018.",
        "Cristiano Ronaldo, bought by Juventus in 2018, scored twice.",
        # a firm's name on goods: its goods, not the firm
        "Ryanair bought 75 Boeing 737 MAX jets.",
        "Qantas bought Airbus planes.",
        # a square or a building taken over: occupied, not bought
        "Protesters took over Parliament Square on Saturday.",
        "Protesters took over the Capitol.",
    ],
)
def test_players_goods_and_squares_taken_are_no_acquisitions(nlp, text):
    assert [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"] == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a price still makes a name the recogniser took for a person a firm bought
        (
            "Activision Blizzard was bought by Microsoft for $68.7 billion.",
            {"Microsoft", "Activision Blizzard"},
        ),
        ("Nvidia bought a stake in Mellanox.", {"Nvidia", "a stake in Mellanox"}),
        ("Tong Yung-soo purchased Bontddu Hall in 2001.", {"Tong Yung-soo", "Bontddu Hall"}),
    ],
)
def test_priced_names_stakes_and_properties_bought_stay_acquisitions(nlp, text, parties):
    (frame,) = [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]
    assert {r.text for r in frame.parties} == parties


def test_a_phase_one_deal_of_others_is_not_the_us_china_trade_deal(nlp):
    """ "Phase one" names a stage of many deals; only "the phase one trade deal" is known."""
    paragraphs = ["Israel and Hamas agreed to the phase one deal on Wednesday, Qatar said."]
    people = {"Israel": "israel", "Hamas": "hamas", "Qatar": "qatar"}
    (found,) = _agreements(nlp, paragraphs, people)
    assert found.name != "Phase One trade deal"
    assert set(found.agents) == {"israel", "hamas"}


@pytest.mark.parametrize(
    ("first", "sides"),
    [
        (  # allies fighting side by side are no sides of a ceasefire
            "The United States and the United Kingdom fought alongside each other in Iraq.",
            set(),
        ),
        ("Armenia fought against Azerbaijan in the 1990s.", {"armenia", "azerbaijan"}),
    ],
)
def test_a_ceasefire_is_between_those_who_fought_each_other(nlp, first, sides):
    paragraphs = [f"{first} A ceasefire took effect in 1994."]
    people = {
        "United States": "united-states",
        "United Kingdom": "united-kingdom",
        "Armenia": "armenia",
        "Azerbaijan": "azerbaijan",
    }
    found = _agreements(nlp, paragraphs, people)
    assert {a for p in found for a in p.agents} == sides


def _events_of(nlp, text: str, type_: str) -> list:
    """The frames of ``type_`` one sentence gives, as (agents, patients) texts."""
    return [
        ([r.text for r in e.agents], [r.text for r in e.patients])
        for e in match(nlp(text), 0).events
        if e.type == type_
    ]


@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        # issue 7 (events19): deaths and disappearances, funerals
        ("His body was found on Friday near Bugak Mountain.", "death", "His"),
        ("The body of journalist Jane Doe was found in a river near Kabul.", "death", "Jane Doe"),
        ("Park Won-soon was reported missing on Thursday.", "disappearance", "Park Won"),
        ("He went missing after leaving his office.", "disappearance", "He"),
        ("Thousands attended the funeral of Qasem Soleimani in Kerman on Tuesday.", "funeral",
         "Qasem Soleimani"),
        ("Thousands of mourners attended the funeral procession for Soleimani in Ahvaz.",
         "funeral", "Soleimani"),
        ("Leonov was buried at the Federal Military Memorial Cemetery on Tuesday.", "funeral",
         "Leonov"),
        # campaigns that end, contests named in passing
        ("Following Bloomberg's exit from the race, Biden gained support.", "campaign-end",
         "Bloomberg"),
        ("A month later Respect gained a council seat in a by-election.", "election", "Respect"),
        # a case won is a court's ruling; an honour made; a party launched
        ("Mr Galloway, who on Thursday won pounds 150,000 in libel damages from the Daily "
         "Telegraph, said he would contest Bethnal Green.", "ruling", "Galloway"),
        ("He was made a lord by Tony Blair last year.", "award", "Tony Blair"),
        ("The MP launched Respect, the Unity Coalition, in January.", "founding", "Respect"),
        ("Farage formed a new party in 2019.", "founding", "Farage"),
        # pandemic figures: a health body's count is its report
        ("The Ministry of Health confirmed 120 new cases and three deaths.", "statement",
         "Ministry of Health"),
        ("The number of confirmed cases worldwide passed one million on Thursday, according to "
         "Johns Hopkins University.", "statement", "Johns Hopkins University"),
        ("According to the World Health Organization, 50,000 people have died.", "statement",
         "World Health Organization"),
        # fix38: an honour of an Order, damages won, the dead of an illness counted
        ("He was made Companion of Honour.", "award", "He"),
        ("Galloway won damages from the newspaper.", "ruling", "Galloway"),
        ("Park Won-soon disappeared from his home on Thursday.", "disappearance", "Park"),
        ("The World Health Organization confirmed 500 deaths from Ebola.", "statement",
         "World Health Organization"),
    ],
)  # fmt: skip
def test_background_deaths_funerals_races_and_counts_are_events(nlp, text, type_, who):
    found = _events_of(nlp, text, type_)
    assert any(who in " ".join((*agents, *patients)) for agents, patients in found), found


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("A body was found in the river.", "death"),
        ("Thousands of jobs disappeared in 2009.", "disappearance"),
        ("The party disappeared from parliament in 2010.", "disappearance"),
        ("The company reported missing documents.", "disappearance"),
        ("Leonov will be buried at the Federal Military Memorial Cemetery on Tuesday.", "funeral"),
        ("His funeral will be held on Tuesday in Moscow.", "funeral"),
        ("The report was buried in the appendix.", "funeral"),
        ("Britain's exit from the EU took effect in January.", "campaign-end"),
        ("The party gained ground in the polls.", "election"),
        ("The firm won a contract worth $2m.", "ruling"),
        ("She was made a member of the committee in 2010.", "award"),
        ("They formed a government with the Greens.", "founding"),
        ("The army launched an attack on the town.", "founding"),
        ("Reuters reported 20 deaths in the city.", "statement"),
        ("Bishop Gutierrez, 79, died early yesterday morning, according to the Catholic "
         "Bishops' Conference of the Philippines.", "statement"),
        # fix38: idioms and findings, appointments, what else is won, pacts, other counts
        ("He was buried under paperwork.", "funeral"),
        ("The governing body of FIFA was found to have broken the rules.", "death"),
        ("Mr Smith was made commander of the 3rd Division.", "award"),
        ("The firm won a contract to manage compensation payments.", "ruling"),
        ("The company won a bid to handle the appeals process.", "ruling"),
        ("Britain formed a new alliance with France.", "founding"),
        ("Britain formed a new coalition with the Liberals.", "founding"),
        ("HSBC reported 300 cases of fraud.", "statement"),
        ("Blair disappeared from the campaign trail on Monday.", "disappearance"),
        ("He gained the support of 200 delegates.", "election"),
        ("The firm gained a seat on the board.", "election"),
        ("Mr Smith won a case of champagne in the raffle.", "ruling"),
        ("The funeral of the former president is to be held on Monday.", "funeral"),
        ("At least 30 people died in the attack, according to the Syrian Observatory for Human "
         "Rights.", "statement"),
        ("According to Chief Superintendent Graciano Mijares of the police, the confirmed "
         "deaths are fourteen civilians.", "statement"),
    ],
)  # fmt: skip
def test_things_lost_futures_contracts_and_ages_are_no_such_events(nlp, text, type_):
    assert not _events_of(nlp, text, type_)


def test_announcing_an_exit_from_the_race_ends_the_campaign_and_is_no_statement(nlp):
    text = "Bloomberg announced his withdrawal from the race on Wednesday."
    assert _events_of(nlp, text, "campaign-end")
    assert not _events_of(nlp, text, "statement")
    assert not _events_of(nlp, text, "withdrawal")


@pytest.mark.parametrize(
    ("text", "type_", "happened"),
    [
        ("He is to stand down as an MP at the next election.", "resignation", False),
        ("Current Prime Minister Theresa May is to step down today, with Johnson succeeding her "
         "as the Prime Minister of Great Britain.", "resignation", True),
        ("She would like longer paid maternity leave, if Labour won a third term.", "election",
         False),
        ("Trump asked if Zelensky had met Giuliani.", "meeting", False),
        ("Zelensky met Giuliani in Madrid.", "meeting", True),
        # fix38: "whether" asks as "if" does; "is to be sworn in" is still to come; "even if"
        # with a plain main clause concedes what happened, with "would" it supposes
        ("Reporters asked whether Putin had met Trump in Helsinki.", "meeting", False),
        ("He is to be sworn in as president on Monday.", "appointment", False),
        ("Even if the bill passed the House on Tuesday, it faces a fight in the Senate.",
         "passage", True),
        ("Even if Labour won the election, it would need a coalition.", "election", False),
    ],
)  # fmt: skip
def test_a_condition_a_question_or_what_is_to_come_is_no_event(nlp, text, type_, happened):
    """events19: "if Labour won", "asked if he had met", "is to stand down at the next
    election" have not happened; "is to step down today" happens on the day of the report."""
    assert bool(_events_of(nlp, text, type_)) is happened


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the sentence calls the name a business, whatever the recogniser took it for
        (
            "Pharmaceutical giant Johnson & Johnson has agreed to buy medical technology firm "
            "Guidant for $25.4 billion.",
            {"Johnson", "Guidant"},
        ),
        # a purchase or takeover the buyer completes is of a company
        (
            "Microsoft completed its purchase of Activision Blizzard on Friday.",
            {"Microsoft", "Activision", "Blizzard"},
        ),
        ("Elon Musk completed his takeover of Twitter on Thursday.", {"Musk", "Twitter"}),
        # a sum paid for a company buys it
        ("Chevron will pay $33 billion for Anadarko Petroleum.", {"Chevron", "Anadarko"}),
        # a merger under way, and one named by its sides
        ("Rosneft is already in the process of merging with Gazprom.", {"Rosneft", "Gazprom"}),
        ("Analysts expect a merger between Rosneft and Gazprom.", {"Rosneft", "Gazprom"}),
        # a merger agreed, due: the verb hangs from the adjective, the subject from its clause
        (
            "The court was challenged by Baltneft, a former unit of the gas monopoly Vostgaz, "
            "which is due to merge with Kamoil.",
            {"Vostgaz", "Kamoil"},
        ),
        ("Vostgaz is due to merge with Kamoil next year.", {"Vostgaz", "Kamoil"}),
        ("Dow and DuPont completed their merger on Thursday.", {"Dow", "DuPont"}),
        (
            "The takeover of Twitter by Elon Musk was completed in October.",
            {"Musk", "Twitter"},
        ),
    ],
)
def test_companies_bought_paid_for_completed_or_merging_are_acquisitions(nlp, text, parties):
    (frame,) = [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]
    assert parties <= {w for r in frame.parties for w in r.text.split()}


def test_agreeing_to_buy_a_company_is_the_purchase_alone(nlp):
    """ "agreed to buy Guidant": the purchase is the agreement, no second one besides."""
    text = "Johnson & Johnson has agreed to buy medical technology firm Guidant."
    assert [a.type for a in match(nlp(text), 0).agreements] == ["acquisition"]


@pytest.mark.parametrize(
    "text",
    [
        "Paris Saint-Germain paid $222 million for Neymar.",  # a player
        "The studio paid $5 million for the film rights.",  # goods
        "Donors will pay $1 billion for the reconstruction of Iraq.",  # a cause
        "Microsoft completed its purchase of 32 servers on Friday.",  # goods
        "Poland completed its purchase of F-35 jets in May.",  # goods
        "The army is in the process of merging its two brigades.",  # no two firms
        "The two firms announced their merger in May.",  # no firm named
        "The lanes merge with the highway.",
    ],
)
def test_sums_paid_for_players_goods_or_causes_are_no_acquisitions(nlp, text):
    assert [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"] == []


def test_a_contract_awarded_for_a_work_to_a_firm_has_that_firm_for_party(nlp):
    text = (
        "The Government of Saudi Arabia awarded a contract to build a new port to Hyundai "
        "Engineering."
    )
    (frame,) = match(nlp(text), 0).agreements
    assert "Hyundai Engineering" in {r.text for r in frame.parties}


def test_a_party_the_recogniser_named_only_later_is_still_a_party(nlp):
    """ "agreed to buy Californian wine company Chalone": the name is found as an actor only in
    a later sentence, and is that actor here too."""
    paragraphs = [
        "Diageo has agreed to buy Californian wine company Chalone for $260 million.",
        "Diageo said Chalone would be integrated into its wine business.",
    ]
    article = Article("a", "T", "2019-11-07", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    people = {"Diageo": "diageo", "Chalone": "chalone"}
    mentions = [  # the first paragraph's "Chalone" is no mention, as the recogniser left it
        m for m in _mentions(paragraphs, sentences, people)
        if not (m.paragraph == 0 and m.entity == "actors/chalone")
    ]  # fmt: skip
    frames = [a for i, doc in enumerate(docs) for a in match(doc, i).agreements]
    from generator.extract.agreements import propose_agreements

    found = propose_agreements(Context(article, sentences, mentions, date(2019, 11, 7)), frames)
    assert any({"diageo", "chalone"} <= set(p.agents) for p in found)


def test_a_name_in_the_agreements_own_name_is_no_party_named_later(nlp):
    """ "the Minsk Agreement": "Minsk", an actor of a later sentence, is its name, no party."""
    paragraphs = ["Russia and Ukraine signed the Minsk Agreement.", "Minsk hosted the talks."]
    article = Article("a", "T", "2019-11-07", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    people = {"Russia": "russia", "Ukraine": "ukraine", "Minsk": "minsk"}
    mentions = [
        m for m in _mentions(paragraphs, sentences, people)
        if not (m.paragraph == 0 and m.entity == "actors/minsk")
    ]  # fmt: skip
    frames = [a for i, doc in enumerate(docs) for a in match(doc, i).agreements]
    from generator.extract.agreements import propose_agreements

    found = propose_agreements(Context(article, sentences, mentions, date(2019, 11, 7)), frames)
    assert found and all("minsk" not in p.agents for p in found)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # an order "in a deal": the buyer's and the maker's
        ("Air Deccan ordered 30 Airbus A320 planes in a $1.8 billion deal.", {"Deccan", "Airbus"}),
        # a supply "in a deal": the supplier's and the buyer's
        (
            "Boeing will supply Japan Airlines with 50 planes in a deal worth $6 billion.",
            {"Boeing", "Japan", "Airlines"},
        ),
        (
            "Airbus will sell 10 A350 planes to Air Europe in a deal worth $1.8 billion.",
            {"Airbus", "Air", "Europe"},
        ),
    ],
)
def test_a_deal_goods_are_ordered_or_supplied_in_is_the_buyers_and_the_sellers(nlp, text, parties):
    (frame,) = [a for a in match(nlp(text), 0).agreements if a.type == "deal"]
    assert parties <= {w for r in frame.parties for w in r.text.split()}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # an order placed "in a deal": as "ordered", the buyer's and the maker's
        (
            "Low-cost carrier Jetstar has placed an order for 40 Airbus A321 jets, in a deal "
            "valued at $3bn.",
            {"Jetstar", "Airbus"},
        ),
        # a takeover agreed to "in a deal": the firm agreeing and the one taking it over
        (
            "Last week, Acme Telecom agreed to a takeover by Orion Networks in a deal valued at "
            "$2.5bn.",
            {"Acme", "Orion"},
        ),
    ],
)
def test_a_deal_an_order_placed_or_a_takeover_agreed_is_made_in_has_their_parties(
    nlp, text, parties
):
    (frame,) = [a for a in match(nlp(text), 0).agreements if a.type == "deal"]
    assert parties <= {w for r in frame.parties for w in r.text.split()}


def test_a_deal_a_plan_is_told_in_has_no_order_or_takeover_parties(nlp):
    """Not every "in a deal" is a transaction's: "placed" and "agreed to" need an order or a
    deal noun ("placed the blame on Orion in a deal" is no order)."""
    text = "Acme Telecom placed the blame on Orion Networks in a deal."
    frames = [a for a in match(nlp(text), 0).agreements if a.type == "deal"]
    assert all("Acme" not in r.text for f in frames for r in f.parties)


def _agreed(nlp, text: str, people: dict[str, str], states: set[str]):
    """Proposed agreements of a one-paragraph article, the ids in ``states`` state actors."""
    from generator.extract.agreements import propose_agreements

    article = Article("a", "T", "2019-11-07", "Wire", None, "en", (text,))
    doc = nlp(text)
    sentences = list(paragraph_sentences(doc, 0))
    mentions = _mentions([text], sentences, people)
    context = Context(
        article,
        sentences,
        mentions,
        date(2019, 11, 7),
        states=frozenset(f"actors/{i}" for i in states),
    )
    return propose_agreements(context, match(doc, 0).agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Tata Steel will complete its $4.5bn acquisition of US firm Alcoa next month.",
        "Last year Tata Steel bought US rival Alcoa.",
    ],
)
def test_a_country_naming_a_firms_nationality_is_no_party(nlp, text):
    """ "acquisition of US firm Alcoa": the firm is the party, not the United States."""
    found = _agreed(nlp, text, {"Tata Steel": "tata", "Alcoa": "alcoa", "US": "usa"}, {"usa"})
    assert found and all("usa" not in p.agents for p in found)
    assert any("alcoa" in p.agents for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Tata Steel signed a supply deal with Japan's Okura Metals on Monday.",
        "Japan's Okura Metals signed a supply deal with Tata Steel on Monday.",
        "Japan's biggest private steel firm signed a supply deal with Tata Steel on Monday.",
    ],
)
def test_a_countrys_possessive_before_a_firm_is_no_party(nlp, text):
    """ "Japan's Okura Metals", "Japan's biggest private steel firm": the firm's nationality,
    as "US firm Alcoa" is (BBC: "Turkey's biggest private mobile firm", "Japan's Sumitomo
    Mitsui Financial", "China's National Petroleum Corporation")."""
    people = {"Tata Steel": "tata", "Okura Metals": "okura", "Japan": "japan"}
    found = _agreed(nlp, text, people, {"japan"})
    assert found and all("japan" not in p.agents for p in found)


def test_a_countrys_possessive_before_a_person_or_ministry_stays_a_party(nlp):
    """ "Japan's Foreign Ministry signed a deal": a public body acts for its state."""
    text = "Japan's Foreign Ministry signed a fishing deal with Tata Steel on Monday."
    people = {"Tata Steel": "tata", "Foreign Ministry": "ministry", "Japan": "japan"}
    found = _agreed(nlp, text, people, {"japan"})
    assert any("japan" in p.agents for p in found)


def test_a_country_named_on_its_own_beside_a_firm_stays_a_party(nlp):
    """ "a deal between the US and Mexican firm Solano": the US is a side, named on its own."""
    text = "The US signed a supply deal with US firm Solano and Mexico."
    found = _agreed(
        nlp, text, {"Solano": "solano", "US": "usa", "Mexico": "mexico"}, {"usa", "mexico"}
    )
    assert any("usa" in p.agents for p in found)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "US banking giant Alcoa has sold its steel arm to Tata Steel for $2bn.",
            {"Tata Steel": "tata", "Alcoa": "alcoa", "US": "usa"},
        ),
        (
            "Tata Steel said Japan's Okura Metals was likely to end a licensing agreement.",
            {"Tata Steel": "tata", "Japan": "japan"},
        ),
        (
            "They formalised a co-operation deal between Tata Steel and Japan's Okura Metals.",
            {"Tata Steel": "tata", "Japan": "japan"},
        ),
    ],
)
def test_a_countrys_firm_the_ner_missed_or_described_is_no_party(nlp, text, people):
    """agreements33 (BBC business): "US banking giant Citigroup has sold its Travelers arm",
    "Japan's Yamanouchi Pharmaceutical was likely to end a licensing agreement" (no actor for
    Yamanouchi): the state is the firm's nationality, no party."""
    found = _agreed(nlp, text, people, {"usa", "japan"})
    assert all("usa" not in p.agents and "japan" not in p.agents for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Tata Steel said it had also acquired 67% of Alcoa's US affiliate Okura Metals.",
        "Tata Steel's purchase of the US unit of Alcoa was completed on Monday.",
        "Tata Steel agreed to buy the US subsidiary of Alcoa for $2bn.",
    ],
)
def test_a_country_naming_where_a_firms_part_works_is_no_party(nlp, text):
    """agreements37 (BBC business): "It also acquired 67.7% of Hexal's US affiliate Eon Labs",
    "BLB's purchase of the US unit": the state says where the unit works; it neither sells nor
    buys."""
    people = {"Tata Steel": "tata", "Alcoa": "alcoa", "Okura Metals": "okura", "US": "usa"}
    found = _agreed(nlp, text, people, {"usa"})
    assert found and all("usa" not in p.agents for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Prime Minister signed a supply deal with Tata Steel on Monday.",
        "Japan and Indian firms signed a supply deal with Tata Steel on Monday.",
        "Japan's Okura signed a supply deal with Tata Steel on Monday.",
        "Tata Steel agreed to pay $15m to settle a lawsuit brought by the Japan financial "
        "watchdog.",
    ],
)
def test_a_countrys_title_body_or_own_name_keeps_it_a_party(nlp, text):
    """A title after the possessive acts for the state ("Russia's President Putin"), as a
    public body does ("the US financial watchdog"); one word no actor holds may be a person
    or a body ("Brazil's Lula", "Israel's Knesset"); "Japan and Indian firms" names Japan on
    its own."""
    found = _agreed(nlp, text, {"Tata Steel": "tata", "Japan": "japan"}, {"japan"})
    assert any("japan" in p.agents for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Japan central bank signed a currency swap agreement with Tata Steel on Monday.",
        "Japan's central bank signed a currency swap agreement with Tata Steel on Monday.",
    ],
)
def test_a_states_central_bank_keeps_it_a_party(nlp, text):
    """fix73's probe "The US central bank signed a currency swap agreement with Mexico": a
    central bank is a public body acting for its state, not a firm the state describes
    (agreements33's ``_described_firm`` had dropped the United States)."""
    found = _agreed(nlp, text, {"Tata Steel": "tata", "Japan": "japan"}, {"japan"})
    assert any("japan" in p.agents for p in found)


def test_a_sum_paid_for_a_firm_in_a_deal_is_that_deal_alone(nlp):
    """ "will pay $33 billion for Anadarko in a deal": one deal, Chevron's and Anadarko's."""
    text = "Chevron will pay $33 billion for Anadarko Petroleum in a deal announced on Friday."
    (frame,) = match(nlp(text), 0).agreements
    assert frame.type == "deal"
    assert {"Chevron", "Anadarko"} <= {w for r in frame.parties for w in r.text.split()}


def test_goods_ordered_in_a_deal_are_no_party(nlp):
    """ "ordered 100 tanks in a deal": the buyer's deal; the goods are no side of it."""
    (frame,) = match(nlp("The Polish army ordered 100 tanks in a deal."), 0).agreements
    assert [r.text for r in frame.parties] == ["The Polish army"]


@pytest.mark.parametrize(
    ("first", "sides"),
    [
        ("Sudan and Egypt met in Khartoum on Friday.", {"Sudan", "Egypt"}),  # talks: theirs
        ("Sudan and Egypt fought a war in 1990.", set()),  # no talks: no one's said
    ],
)
def test_the_accord_after_two_sides_met_is_theirs(nlp, first, sides):
    doc = nlp(f"{first} The accord creates a joint council, officials said.")
    (frame,) = match(doc, 0).agreements
    assert {w for r in frame.parties for w in r.text.split()} & {"Sudan", "Egypt"} == sides


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The sale of the 33% stake to Spain's Ferrovial is a lifeline to Jarvis.",
            {"stake", "Ferrovial"},
        ),
        ("The sale of Chalone to Diageo closed in March.", {"Chalone", "Diageo"}),
    ],
)
def test_the_sale_of_a_business_to_a_named_buyer_is_an_acquisition(nlp, text, parties):
    (frame,) = match(nlp(text), 0).agreements
    assert frame.type == "acquisition"
    assert parties <= {w for r in frame.parties for w in r.text.split()}


@pytest.mark.parametrize(
    "text",
    [
        "The sale of weapons to Saudi Arabia was criticised.",  # goods
        "The sale of F-35 jets to Turkey was halted.",
        "The sale of the company to its employees was approved.",  # no buyer named
        "The sale of tickets to fans in Liverpool began.",
    ],
)
def test_sales_of_goods_or_to_no_named_buyer_are_no_acquisitions(nlp, text):
    assert match(nlp(text), 0).agreements == ()


def test_the_owner_of_a_buyers_name_is_no_party_to_the_sale(nlp):
    """ "to Spain's Ferrovial": Ferrovial buys, not Spain."""
    text = "The sale of the 33% stake to Spain's Ferrovial is a lifeline to Jarvis."
    (frame,) = match(nlp(text), 0).agreements
    assert not any("Spain" in r.text for r in frame.parties)


def test_a_toll_sourced_to_a_ministry_keeps_the_attack_and_adds_no_statement(nlp):
    """fix38: "according to the ministry, 12 were killed in the strike" sources the killing;
    the ministry makes no statement of its own."""
    text = "According to the ministry, 12 were killed in the strike."
    assert _events_of(nlp, text, "killing")
    assert not _events_of(nlp, text, "statement")


def test_an_order_given_in_a_deal_is_no_purchase(nlp):
    """fix39: "ordered an inquiry in a deal": an order given, no goods bought; the deal is
    the one "with" the opposition, not a buyer's (agreements17 made the minister a party)."""
    text = "The minister ordered an inquiry in a deal with the opposition."
    (frame,) = match(nlp(text), 0).agreements
    assert [r.text for r in frame.parties] == ["the opposition"]


@pytest.mark.parametrize(
    "text",
    [
        "A merger between the Home Office and the Ministry of Justice was proposed.",
        "The prime minister announced a merger between the Department for Trade and the "
        "Foreign Office.",
        "The Home Office will merge with the Ministry of Justice next year.",
        "Labour and the Co-operative Party completed their merger.",
        "Analysts expect a merger between Syria and Egypt.",  # states: a union
        "The rebels completed their takeover of Goma.",  # a city taken
    ],
)
def test_public_bodies_merging_make_no_acquisition(nlp, text):
    """fix39: ministries, departments and parties merge in a reorganisation, states in a union,
    and a city is taken over by force; no firm is bought."""
    assert [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"] == []


@pytest.mark.parametrize(
    "first",
    [
        "Israel and Hamas held talks in Cairo but failed to reach a deal.",
        "Israel and Hamas met in Cairo, but the talks collapsed.",
        "Israel and Hamas did not meet in Cairo.",
    ],
)
def test_the_accord_after_talks_that_failed_is_not_theirs(nlp, first):
    """fix39: the talks the sentence before tells of came to nothing: "the accord" next is
    not what they agreed (agreements17 gave it their names)."""
    doc = nlp(f"{first} The accord would have ended the war.")
    (frame,) = match(doc, 0).agreements
    assert not {w for r in frame.parties for w in r.text.split()} & {"Israel", "Hamas"}


@pytest.mark.parametrize(
    ("name", "text", "within"),
    [
        ("Bank", "the World Bank", False),  # another's name ending in it
        ("Bank", "Deutsche Bank", False),
        ("Bank", "the Bank of America", False),  # owning another's name
        ("Bank", "The Bank", True),
        ("Ferrovial", "Spain's Ferrovial", True),
        ("Chalone", "Californian wine company Chalone", True),
        ("AOL", "a stake in AOL Europe", True),  # the firm's unit
    ],
)
def test_a_name_held_by_a_party_is_a_whole_name(name, text, within):
    from generator.extract.agreements import _whole_name

    assert _whole_name(name, text) is within


def test_a_name_within_another_actors_name_is_no_party_named_later(nlp):
    """fix39: "The World Bank", which the recogniser did not name, is not the Bank of England
    an earlier sentence called "the Bank" (agreements17 made it a party)."""
    paragraphs = [
        "The Bank of England kept rates at 0.75%. The Bank also warned of slower growth.",
        "The World Bank signed a loan agreement with Kenya on Tuesday.",
    ]
    article = Article("a", "T", "2019-11-07", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    people = {"Kenya": "kenya", "Bank of England": "bank-of-england", "Bank": "bank-of-england"}
    mentions = [  # "Bank" only as the first paragraph's "The Bank", not within others
        m
        for m in _mentions(paragraphs, sentences, people)
        if m.text != "Bank" or paragraphs[m.paragraph][m.start - 4 : m.start] == "The "
    ]
    frames = [a for i, doc in enumerate(docs) for a in match(doc, i).agreements]
    from generator.extract.agreements import propose_agreements

    found = propose_agreements(Context(article, sentences, mentions, date(2019, 11, 7)), frames)
    assert found and all("bank-of-england" not in p.agents for p in found)


def test_a_purchase_told_by_its_verb_and_by_its_noun_is_one_acquisition():
    """fix39: "agreed to buy wine company Chalone" and "The acquisition" of the same two firms
    in one article: one acquisition, though their words ("buy wine company", "acquisition")
    differ as a trade deal's and a nuclear deal's do."""
    from generator.extract.merge import cluster

    def proposal(sentence: int, text: str) -> Proposal:
        mention = Mention("agreements/x", "a", sentence, sentence, 0, len(text), text, "extract")
        return Proposal(
            "agreements", "acquisition", ("diageo", "chalone"), (), None, None, None, mention,
            "2019-05-01",
        )  # fmt: skip

    bought = proposal(0, "buy wine company Chalone Wine Group")
    again = proposal(1, "The acquisition")
    assert cluster([bought, again]) == [[bought, again]]


def test_a_trade_deal_and_a_nuclear_deal_of_two_states_stay_two():
    from generator.extract.merge import cluster

    def proposal(sentence: int, text: str) -> Proposal:
        mention = Mention("agreements/x", "a", sentence, sentence, 0, len(text), text, "extract")
        return Proposal(
            "agreements", "deal", ("iran", "china"), (), None, None, None, mention, "2019-05-01"
        )

    trade, nuclear = proposal(0, "a trade deal"), proposal(1, "the nuclear deal")
    assert cluster([trade, nuclear]) == [[trade], [nuclear]]


def test_what_a_sale_is_of_is_one_party(nlp):
    """fix39: "the sale of the company to Tesco": "the company" once, not once as the noun's
    own party and again as what is sold."""
    text = "The owners agreed the sale of the company to Tesco."
    (frame,) = match(nlp(text), 0).agreements
    assert [r.text for r in frame.parties].count("the company") == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon awarded a contract to ship weapons to Ukraine.",
        "The ministry awarded a contract to build a railway to Mombasa.",
    ],
)
def test_where_a_contracts_work_goes_is_no_party(nlp, text):
    """fix39: "a contract to ship weapons to Ukraine": Ukraine is where the work goes, not
    the contractor (agreements17 took any name after the work's "to")."""
    (frame,) = match(nlp(text), 0).agreements
    assert not {"Ukraine", "Mombasa"} & {r.text for r in frame.parties}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The airline ordered 20 jets from Boeing in a deal.", {"The airline", "Boeing"}),
        ("Airbus ordered parts from Rolls-Royce in a deal.", {"Airbus", "Rolls-Royce"}),
        ("The court ordered 30 days of detention in a deal with prosecutors.", {"prosecutors"}),
        ("The judge ordered the release of 20 prisoners in a deal.", set()),
    ],
)
def test_an_order_in_a_deal_is_the_buyers_and_the_makers(nlp, text, parties):
    """fix39: goods ordered "from" a firm make it the seller; days of detention or a release
    ordered are no goods, and the one ordering them no buyer."""
    (frame,) = match(nlp(text), 0).agreements
    assert {r.text for r in frame.parties} - {"Rolls"} == parties


def test_who_blocks_a_sale_is_no_party_to_it(nlp):
    """fix39: "the sale of Yukos to Rosneft was blocked by the court": the court rules on the
    sale; the parties are what is sold and its buyer, each once."""
    text = "The sale of Yukos to Rosneft was blocked by the court."
    (frame,) = match(nlp(text), 0).agreements
    assert [r.text for r in frame.parties] == ["Yukos", "Rosneft"]


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # a view offered in the sentence before introduces the quotation after it
            ["Director of Budget Watch, Tom Hale, offered his explanation for the additions."
             ' "People who back these clauses will forget about the cost."'],
            {"Tom Hale": "hale"},
            ["hale"],
        ),
        (  # an object that is no view introduces nothing
            ["Director of Budget Watch, Tom Hale, offered his seat to the senator."
             ' "People who back these clauses will forget about the cost."'],
            {"Tom Hale": "hale"},
            [],
        ),
        (  # a stance taken by someone named, then a quotation that is a sentence of its own
            ['Prime minister Omar Nadim also rejected the plan. "The exclusion of the old city is'
             ' a very serious problem for us."'],
            {"Omar Nadim": "nadim"},
            ["nadim"],
        ),
        (  # but not words quoted inside the sentence of the stance: a phrase it names
            ['Omar Nadim rejected the "land for peace" formula on Monday.'],
            {"Omar Nadim": "nadim"},
            [],
        ),
        (  # commending someone for quoted qualities quotes them, the second joined by "and"
            ['Smith then commended the government of Lagos for its "fight against fraud" and'
             ' "firm commitment to the schooling of its children".'],
            {"Smith": "smith"},
            ["smith", "smith"],
        ),
    ],
)  # fmt: skip
def test_a_view_or_stance_before_a_quotation_introduces_it(nlp, paragraphs, people, expected):
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # a quotation amid a sentence whose subject is a thing goes on with no one's words
            ['"We will hold the line," Kevin Marsh said. A 2006 US report, however, called'
             ' al-Hakim\'s Badr Army a "most dangerous driver of violence in the region."'],
            {"Kevin Marsh": "marsh"},
            ["marsh"],
        ),
        (  # a quotation of its own still goes on with the one before
            ['"We will hold the line," Kevin Marsh said. "The militia is a most dangerous'
             ' driver of violence in the region."'],
            {"Kevin Marsh": "marsh"},
            ["marsh", "marsh"],
        ),
        (  # and a title may stand for him
            ['"We will hold the line," General Kevin Marsh said. The general "will not back down'
             ' from the fight in the region now".'],
            {"Kevin Marsh": "marsh"},
            ["marsh", "marsh"],
        ),
        (  # one after another quotation in the same sentence still goes on with it
            ["Search and rescue was suspended on Tuesday, with Marsh describing the \"real threat"
             ' of [another] part of the building collapsing" as making it "impossible to continue'
             ' working in such conditions", and work launched to stabilise the remaining'
             " structure."],
            {"Marsh": "marsh"},
            ["marsh", "marsh"],
        ),
        (  # a person named after the head of a speaker phrase does not speak
            ['"Talks with the governor go on every day," Karim al-Hashemi, head of Ali'
             " al-Hakim's Mosul office, told Reuters."],
            {"Ali al-Hakim": "hakim"},
            [],
        ),
        (  # one greeted by someone is still the one "she" stands for, not who greeted her
            ['Standing alongside President Jean Morel at an air base, Clara Ruiz said, "I am so'
             ' happy." The politician was greeted at the base by the President and the First Lady,'
             " Anne Morel, along with some supporters.",
             '"I have waited six years for this day," she said.'],
            {"Jean Morel": "jean", "Clara Ruiz": "ruiz", "Anne Morel": "anne"},
            ["ruiz", "ruiz"],
        ),
        (  # a passive's agent named alone before is still no one "she" stands for
            ["The politician was greeted at the base by the First Lady, Anne Morel.",
             '"I have waited six years for this day," she said.'],
            {"Anne Morel": "anne"},
            [],
        ),
        (  # but one who greets, in the active, is
            ["The First Lady, Anne Morel, greeted the politician at the base.",
             '"We have waited six years for this day," she said.'],
            {"Anne Morel": "anne"},
            ["anne"],
        ),
    ],
)  # fmt: skip
def test_quotations_that_are_not_the_speaker_named_before(nlp, paragraphs, people, expected):
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ('"We talk," Karim al-Hashemi, head of the office, said.', "Hashemi", "Karim al-Hashemi"),
        ('"We talk," Karim Hashemi, head of the office, said.', "Hashemi", "Karim Hashemi"),
        ('"We talk," the al-Hashemi office said.', "Hashemi", None),  # no name before it
    ],
)
def test_a_speaker_named_with_an_arabic_article_is_named_whole(text, head, expected):
    """The NER may leave such a name unlabelled and the parse head it with the word after
    the hyphen: the name is the words before it with the article ("al-")."""
    from generator.extract.statements.found import _unlabelled_name
    from generator.model import Role, Sentence

    start = text.index(head)
    span = _unlabelled_name(
        text, Role(start, start + len(head), head), Sentence(0, 0, len(text), text, ())
    )
    assert (span.text if span else None) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Activists said Ruritania dropped cluster bombs, banned by the Convention on "
            "Cluster Munitions, of which Ruritania is not a signatory.",
            "Convention on Cluster Munitions",
        ),
        (  # must not change: a name's own "of" part
            "Ruritania ratified the Convention on the Rights of the Child in 1990.",
            "Convention on the Rights of the Child",
        ),
    ],
)
def test_a_relative_clause_after_a_treatys_name_is_no_part_of_it(nlp, text, name):
    """agreements18: "the Convention on Cluster Munitions, of which X is not a signatory" is
    named up to "Munitions", and who is no signatory is no party."""
    found = _agreements(nlp, [text], {"Ruritania": "ruritania"})
    assert [p.name for p in found if p.agents] == ([] if "not" in text else [name])
    (frame,) = match(nlp(text), 0).agreements
    assert frame.name == name


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("Ruritania signed the six-point peace plan on Saturday.", True),
        ("Osterlich warned that Ruritania failed to implement the peace plan it signed.", True),
        ("Osterlich proposed a peace plan on Saturday.", False),
        ("Ruritania did not sign the peace plan.", False),
        ("Ruritania has a plan to expand its navy.", False),
    ],
)
def test_a_plan_signed_is_an_agreement(nlp, text, signed):
    """agreements18: a plan someone signed is agreed, even where they failed to keep it; one
    proposed, not signed, or a country's own plan is none."""
    found = _agreements(nlp, [text], {"Ruritania": "ruritania", "Osterlich": "osterlich"})
    assert [p.agents for p in found] == ([("ruritania",)] if signed else [])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The United Nations called for an immediate ceasefire between Ruritania and Osterlich.",
            False,
        ),
        ("The envoy urged a truce between Ruritania and Osterlich on Monday.", False),
        ("The envoy will press for a ceasefire between Ruritania and Osterlich.", False),
        # must not change: a ceasefire made, and calls to keep one that exists
        ("Ruritania and Osterlich agreed to a ceasefire on Monday.", True),
        ("The envoy called for the ceasefire between Ruritania and Osterlich to hold.", True),
    ],
)
def test_a_ceasefire_called_for_is_none(nlp, text, kept):
    """agreements18: a ceasefire called, pressed or urged for is none yet, even with both
    sides named."""
    found = _agreements(nlp, [text], {"Ruritania": "ruritania", "Osterlich": "osterlich"})
    assert bool(found) == kept


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (  # a title owning it stands for the man named before
            "Aides of Adam Grell say that the cleric's cease-fire, which was declared in "
            "August 2007, is still in force.",
            ("grell",),
        ),
        (  # must not change: a name owning it
            "Adam Grell's cease-fire is still in force.",
            ("grell",),
        ),
    ],
)
def test_a_ceasefire_of_a_title_is_the_one_named_before_and_dated_by_its_declaring(
    nlp, text, parties
):
    """agreements18: "the cleric's cease-fire" after "Aides of Adam Grell" is Grell's, and
    "which was declared in August 2007" makes and dates it."""
    (found,) = _agreements(nlp, [text], {"Adam Grell": "grell"})
    assert found.agents == parties
    assert found.date == ("2007-08" if "declared" in text else None)


def test_a_title_owning_a_ceasefire_with_no_name_before_it_is_no_party(nlp):
    found = _agreements(nlp, ["The cleric's cease-fire is still in force."], {})
    assert found == []


def test_a_broker_joined_to_the_phrase_is_no_party(nlp):
    """agreements18: "the Vance-brokered deal between Ruritania and Osterlich" is theirs, not
    Vance's, as "a ceasefire brokered by Vance" is."""
    text = "The Vance-brokered power-sharing deal between Ruritania and Osterlich collapsed."
    people = {"Vance": "vance", "Ruritania": "ruritania", "Osterlich": "osterlich"}
    (found,) = _agreements(nlp, [text], people)
    assert set(found.agents) == {"ruritania", "osterlich"}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Bavaria, which has not signed the Treaty of Varna, tested a rocket.", []),
        ("The Treaty of Varna, which Bavaria has not signed, bans rockets.", []),
        ("The conference reviewed the Treaty of Varna, to which Bavaria is a party.", ["bavaria"]),
        ("The Treaty of Varna, which Bavaria signed in 1990, bans rockets.", ["bavaria"]),
        ("Bavaria, a non-signatory of the Treaty of Varna, tested a rocket.", []),
        ("Bavaria, a signatory of the Treaty of Varna, tested a rocket.", ["bavaria"]),
    ],
)
def test_a_clause_denying_a_signature_names_no_party(nlp, text, parties):
    """agreements18: who "has not signed" a treaty, in a clause after it, is no party; "to
    which X is a party" makes X one."""
    found = _agreements(nlp, [text], {"Bavaria": "bavaria"})
    assert [a for p in found for a in p.agents] == parties


def test_selling_goods_to_countries_that_signed_a_treaty_is_no_sale(nlp):
    """agreements18: a treaty in the buyer's clause is no company bought from."""
    text = (
        "Ruritania will sell uranium only to countries that have signed the Nuclear "
        "Non-Proliferation Treaty."
    )
    frames = match(nlp(text), 0).agreements
    assert [f.type for f in frames] == ["treaty"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ruritania has long-term agreements with China and Russia.", 2),
        ("Ruritania has signed nuclear cooperation accords with France and Japan.", 2),
        # must not change: one accord, and agreements in general
        ("Ruritania has signed a nuclear cooperation accord with France.", 1),
        ("Ruritania opposes free trade agreements.", 0),
    ],
)
def test_plural_agreements_one_has_or_signed_are_one_per_partner(nlp, text, count):
    """agreements18: agreements one "has" with partners named are agreements, one each; so
    are "accords" signed "with" several (the parse hangs that "with" on the verb)."""
    people = {"Ruritania": "ruritania", "China": "china", "Russia": "russia"}
    people |= {"France": "france", "Japan": "japan"}
    found = _agreements(nlp, [text], people)
    assert len(found) == count
    assert all("ruritania" in p.agents for p in found)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Vance will urge Ruritania and Osterlich to reach a peace agreement by May.", False),
        ("Ruritania and Osterlich hope to reach a peace agreement by the end of the year.", False),
        (
            "The freeze aims to launch negotiations to reach a peace agreement between "
            "Ruritania and Osterlich.",
            False,
        ),
        # must not change: a deal reached, one helped to, and one agreed to end something
        ("Ruritania and Osterlich reached a peace agreement on Monday.", True),
        ("Vance helped Ruritania and Osterlich to reach a peace agreement on Monday.", True),
        ("Ruritania and Osterlich signed a peace agreement to end the war on Monday.", True),
    ],
)
def test_a_deal_one_aims_or_is_urged_to_reach_is_none(nlp, text, kept):
    """agreements18: a peace agreement leaders hope, aim or are urged to reach, or that
    negotiations are to reach, is not made yet; one reached is."""
    people = {"Vance": "vance", "Ruritania": "ruritania", "Osterlich": "osterlich"}
    found = _agreements(nlp, [text], people)
    assert bool(found) == kept
    assert all("vance" not in p.agents for p in found)


@pytest.mark.parametrize(
    ("paragraphs", "parties"),
    [
        (  # "the two sides" after a mediator named with them
            [
                "Vance mediated talks between Ruritania and Osterlich. The two sides signed a "
                "power-sharing deal in February."
            ],
            [{"ruritania", "osterlich"}],
        ),
        (  # the mediator's deal: no party named but him, so none
            [
                "Vance mediated talks between Ruritania and Osterlich for weeks.",
                "Vance's power-sharing deal was signed in February.",
            ],
            [],
        ),
        (  # must not change: a signer named with no mediator in the article
            ["Vance and Ruritania signed a power-sharing deal in February."],
            [{"vance", "ruritania"}],
        ),
    ],
)
def test_a_mediator_the_article_names_is_no_party(nlp, paragraphs, parties):
    """agreements18: an actor the article says mediated or brokered ("Vance mediated talks
    between …", "Vance, the UN mediator") is no party to the deal, however it is told."""
    people = {"Vance": "vance", "Ruritania": "ruritania", "Osterlich": "osterlich"}
    found = _agreements(nlp, paragraphs, people)
    assert [set(p.agents) for p in found] == parties


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # names inside a quotation of several sentences are whom it is about, not "he"
            ['"Basically, the leader was invited to see for himself," Kofi Mensah noted.',
             "He said President Dante Obi invited the leader to help.",
             '"The envoy came yesterday. President Obi has also asked him to go there. This is'
             ' what President Ruto wants," he said.'],
            {"Kofi Mensah": "mensah", "Dante Obi": "obi", "Will Ruto": "ruto"},
            ["mensah", "mensah"],
        ),
        (  # a "he" sentence carries the pronoun back to the paragraph before it
            ['"The envoy will go there soon," Kofi Mensah noted.',
             "He reckoned that President Obi's trip would help.",
             '"We hope so. He (President Obi) would not travel for nothing," he said.'],
            {"Kofi Mensah": "mensah", "Dante Obi": "obi"},
            ["mensah", "mensah"],
        ),
        (  # but not further than one paragraph back from it
            ['"The envoy will go there soon," Kofi Mensah noted.',
             "The talks went on all week in the capital.",
             "He reckoned that the trip would help.",
             '"We hope so," he said.'],
            {"Kofi Mensah": "mensah"},
            ["mensah"],
        ),
    ],
)  # fmt: skip
def test_a_pronoun_is_not_whom_a_quotation_names(nlp, paragraphs, people, expected):
    """statements22: a sentence of quoted words names whom they are about; a "he" sentence
    skipped on the way back is the same "he", who may be named a paragraph before it."""
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # a quotation going on from another is not the next sentence's, which has its own
            ['"The calm is over," said Omar Haddad, a spokesman for the Front. "The truce ends'
             ' tomorrow." The Front also warned that any attack would "open the gates of war".'],
            {"Omar Haddad": "haddad", "the Front": "front"},
            [("haddad", "The calm is over"), ("haddad", "The truce ends tomorrow."),
             ("front", "open the gates of war")],
        ),
        (  # one opening the paragraph is still the next sentence's, quoting on
            ['"We need to understand who we face." Rana Obeid also stated that she "cannot'
             ' respect groups that kill".'],
            {"Rana Obeid": "obeid"},
            [("obeid", "We need to understand who we face."),
             ("obeid", "cannot respect groups that kill")],
        ),
    ],
)  # fmt: skip
def test_a_quotation_going_on_is_not_the_next_sentences(nlp, paragraphs, people, expected):
    assert said(nlp, paragraphs, people) == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "bodies", "expected"),
    [
        (  # "it" after "The report …" is the report, whose author speaks
            ["A leaked African Union report for 2015 says Kenya is pursuing the plan. The report"
             ' accuses Kenya of building roads. It says the policies "are undermining prospects'
             ' for a settlement in the north".'],
            {"African Union": "au", "Kenya": "kenya"},
            frozenset({"au", "kenya"}),
            ["au"],
        ),
        (  # a report no one is named as writing: no one, not what it is about
            ["The report accuses Kenya of building roads. It says the policies \"are undermining"
             ' prospects for a settlement in the north".'],
            {"Kenya": "kenya"},
            frozenset({"kenya"}),
            [],
        ),
        (  # "it" after a sentence about something else is what it was before
            ["The African Union met on Monday. It said the policies \"are undermining prospects"
             ' for a settlement in the north".'],
            {"African Union": "au"},
            frozenset({"au"}),
            ["au"],
        ),
    ],
)  # fmt: skip
def test_it_after_a_report_is_the_reports_author(nlp, paragraphs, people, bodies, expected):
    assert [who for who, _ in said(nlp, paragraphs, people, bodies)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # a participle after a comma trails the sentence's verb, whose subject speaks
            ["Former inspector Lars Berg recommended that the Union give Peru the pledge, just as"
             ' it has given to Chile, stating, "regime change from the outside is no cure."'],
            {"Lars Berg": "berg", "the Union": "union", "Peru": "peru", "Chile": "chile"},
            ["berg"],
        ),
        (  # one hung on the object of "to" likewise
            ["Yesterday, President Maria Lind linked the suspect in the bombing of the train to"
             ' the Red Brigade saying, "We know that he travelled to Lyon."'],
            {"Maria Lind": "lind", "the Red Brigade": "brigade"},
            ["lind"],
        ),
        (  # "with X saying": X speaks
            ['Thousands marched in Lyon, with Mayor Paul Roux saying, "We are proud of them."'],
            {"Paul Roux": "roux"},
            ["roux"],
        ),
        (  # "quoting X": the words of whoever is quoted
            ["The Vice President remarked he is committed to a new state, quoting President Ana"
             ' Vidal, "The state is long overdue."'],
            {"Ana Vidal": "vidal"},
            ["vidal"],
        ),
    ],
)  # fmt: skip
def test_a_trailing_participle_is_the_sentence_subjects(nlp, paragraphs, people, expected):
    """statements22: "…, stating, "…"" after a long sentence is its subject's words, not
    those of a pronoun or a name in a clause the parse hangs it on."""
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # a work's title, "written by" its author: no words of the author
            ['Speaking to the crowd, Pedro Ruiz displayed the book "Power or Peace", written by'
             ' Clara Holt, and praised it.'],
            {"Pedro Ruiz": "ruiz", "Clara Holt": "holt"},
            [],
        ),
        (  # a writer named in the active still writes the words
            ['Clara Holt wrote in her column: "We have failed the children of this city."'],
            {"Clara Holt": "holt"},
            ["holt"],
        ),
    ],
)  # fmt: skip
def test_a_works_title_is_not_its_authors_words(nlp, paragraphs, people, expected):
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # "the Chinese Premier" is the one named with that title, though capitalised
            ["During a visit by Chinese Premier Li Wei to the capital, a border was agreed.",
             '"This matter is settled," Li Wei said. "A stable China is in the interest of all,"'
             " the Chinese Premier said."],
            {"Li Wei": "li"},
            ["li", "li"],
        ),
        (  # "the Vice President" is not a president named last
            ["Vice President Tom Hale met President Omar Nadim on Sunday.",
             '"We are committed to peace," the Vice President said.'],
            {"Tom Hale": "hale", "Omar Nadim": "nadim"},
            ["hale"],
        ),
    ],
)  # fmt: skip
def test_a_capitalised_title_is_the_one_named_with_it(nlp, paragraphs, people, expected):
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # a stance whose object is a person (greeted, fired) gives no view quoted after it
            ['Labour welcomed John Smith. "He is a fine man and a great leader for us."'],
            {"John Smith": "smith"},
            [],
        ),
        (
            ['Omar Nadim welcomed Mary Jones. "It is a great day for both our nations."'],
            {"Omar Nadim": "nadim", "Mary Jones": "jones"},
            [],
        ),
        (  # a stance on a thing still does
            ['Omar Nadim welcomed the decision. "It is a great day for both our nations."'],
            {"Omar Nadim": "nadim"},
            ["nadim"],
        ),
    ],
)  # fmt: skip
def test_a_stance_on_a_person_introduces_no_quotation(nlp, paragraphs, people, expected):
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # the agent of a passive on a thing is the one "he" stands for
            ['The bill was opposed by Michael Howard. "It is an unworkable law," he said.'],
            {"Michael Howard": "howard"},
            ["howard"],
        ),
        (  # the agent of a passive on someone is not
            ['Tony Blair was greeted by Michael Howard at the airport. "It is a great honour to'
             ' be here," he said.'],
            {"Tony Blair": "blair", "Michael Howard": "howard"},
            ["blair"],
        ),
    ],
)  # fmt: skip
def test_the_agent_of_a_passive_on_a_thing_is_whom_a_pronoun_stands_for(
    nlp, paragraphs, people, expected
):
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "parties"),
    [
        (  # the broker of one deal signs another itself: a party to that one
            [
                "Egypt brokered the truce between Israel and Hamas in June. Egypt and Israel "
                "signed a gas deal in 2005."
            ],
            [{"israel", "hamas"}, {"egypt", "israel"}],
        ),
        (  # a signer "with" whom, though the article names it a mediator
            [
                "Norway mediated talks between Ruritania and Osterlich. Norway signed a fishing "
                "agreement with Ruritania in 2001."
            ],
            [{"norway", "ruritania"}],
        ),
        (  # must not change: the mediator's own deal, told by its owner only, is none
            ["Vance mediated talks between Ruritania and Osterlich. Vance's deal was signed."],
            [],
        ),
        (  # must not change: "the two sides" leave the mediator out
            [
                "Vance mediated talks between Ruritania and Osterlich. The two sides signed a "
                "peace deal on Monday."
            ],
            [{"ruritania", "osterlich"}],
        ),
    ],
)
def test_a_mediator_who_signs_a_deal_himself_is_its_party(nlp, paragraphs, parties):
    """agreements19: agreements18 dropped a mediator from every deal of the article."""
    people = {
        name: name.lower()
        for name in ("Egypt", "Israel", "Hamas", "Norway", "Vance", "Ruritania", "Osterlich")
    }
    found = _agreements(nlp, paragraphs, people)
    assert [set(p.agents) for p in found] == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (  # a dash with spaces between two names before the noun: both sides
            "Hamas ended the six-month Israel - Hamas truce on Friday.",
            {"israel", "hamas"},
        ),
        (  # must not change: a dash between clauses joins no sides
            "Israel signed the truce - Hamas said on Friday.",
            {"israel"},
        ),
    ],
)
def test_a_spaced_dash_joins_two_sides_of_a_truce(nlp, text, parties):
    found = _agreements(nlp, [text], {"Israel": "israel", "Hamas": "hamas"})
    assert found and set(found[0].agents) == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (  # the members a clause lists, up to the "and" that closes the list
            "He praised the Andean Trade Treaty consisting of Ruritania, Osterlich and Freedonia "
            "and Mercosur, an economic union.",
            {"ruritania", "osterlich", "freedonia"},
        ),
        (
            "He praised the trade pact comprising Ruritania and Osterlich.",
            {"ruritania", "osterlich"},
        ),
    ],
)
def test_a_treaty_consisting_of_members_has_them_as_parties(nlp, text, parties):
    people = {n: n.lower() for n in ("Ruritania", "Osterlich", "Freedonia", "Mercosur")}
    found = _agreements(nlp, [text], people)
    assert len(found) == 1 and set(found[0].agents) == parties


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("Hamas declared the truce with Israel over on Friday.", False),  # an end, no making
        ("Hamas declared a truce with Israel on Friday.", True),  # must not change: made then
    ],
)
def test_a_truce_declared_over_is_not_made_then(nlp, text, signed):
    found = _agreements(nlp, [text], {"Israel": "israel", "Hamas": "hamas"})
    assert found and (found[0].status == "signed") is signed
    assert (found[0].date is not None) is signed


def test_a_phrase_before_a_treaty_is_not_what_it_is_about(nlp):
    """ "For example the … Treaty consisting of …": "For example" is no subject of it."""
    text = "For example the Andean Trade Treaty consisting of Ruritania and Osterlich grew."
    (found,) = _agreements(nlp, [text], {"Ruritania": "ruritania", "Osterlich": "osterlich"})
    assert found.subject is None


@pytest.mark.parametrize(
    ("paragraphs", "parties"),
    [
        (  # a thing agreed, after a sentence whose subjects settle: theirs
            [
                "Ruritania and Osterlich have settled long border disputes. During a visit by "
                "the Osterlich premier, a border was finally agreed on paper."
            ],
            [{"ruritania", "osterlich"}],
        ),
        (  # must not change: no sides before, none
            ["The weather was bad. A border was finally agreed on paper."],
            [],
        ),
    ],
)
def test_a_thing_agreed_in_the_passive_is_theirs_who_settled_before(nlp, paragraphs, parties):
    found = _agreements(nlp, paragraphs, {"Ruritania": "ruritania", "Osterlich": "osterlich"})
    assert [set(p.agents) for p in found] == parties


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # two people named with the title: "the Prime Minister" may be either
            ["Prime Minister Tom Hale met the Irish Prime Minister Sean Doyle on Monday.",
             '"The talks were good," the Prime Minister said.'],
            {"Tom Hale": "hale", "Sean Doyle": "doyle"},
            [],
        ),
        (  # a former prime minister is not the one in office
            ["Former Prime Minister Jack Major attacked Tom Hale.",
             '"He is wrong," the Prime Minister said.'],
            {"Tom Hale": "hale", "Jack Major": "major"},
            [],
        ),
        (  # nor a shadow chancellor the chancellor; the chancellor named with it still is
            ["Shadow Chancellor Oliver Lamb met Chancellor Gordon Grey.",
             '"Growth is strong," the Chancellor said.'],
            {"Oliver Lamb": "lamb", "Gordon Grey": "grey"},
            ["grey"],
        ),
    ],
)  # fmt: skip
def test_a_capital_title_is_the_one_person_named_with_it(nlp, paragraphs, people, expected):
    """fix47: "the Prime Minister" is not whichever of two prime ministers came last, nor a
    former one."""
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "bodies", "expected"),
    [
        (  # the actor a report is about, "in a report", is not its author
            ["Amnesty International criticised Kenya in a report on Monday. The report accuses"
             ' Kenya of neglect. It says the policies "are undermining peace".'],
            {"Amnesty International": "amnesty", "Kenya": "kenya"},
            frozenset({"amnesty", "kenya"}),
            [],
        ),
        (  # nor one that rejected it
            ["Kenya rejected a report on Monday. The report accuses Kenya of neglect. It says the"
             ' policies "are undermining peace".'],
            {"Kenya": "kenya"},
            frozenset({"kenya"}),
            [],
        ),
        (  # the one named just before "report" still is
            ["Kenya rejected a UN report on Monday. The report accuses Kenya of neglect. It says"
             ' the policies "are undermining peace".'],
            {"UN": "un", "Kenya": "kenya"},
            frozenset({"un", "kenya"}),
            ["un"],
        ),
    ],
)  # fmt: skip
def test_a_report_is_not_its_subjects(nlp, paragraphs, people, bodies, expected):
    assert [who for who, _ in said(nlp, paragraphs, people, bodies)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "expected"),
    [
        (  # past a "he" sentence, "…, he believes" is the same "he", not whom it names
            ['But for Al Wren, an analyst, "the future is content," he said. It is a battle that'
             " Zorbo Corp is winning, he believes.",
             "He is convinced Zorbo Corp will stay on top.",
             '"Zorbo Corp is the brand of the web," he said.'],
            {"Zorbo Corp": "zorbo"},
            [],
        ),
        (  # one naming the speaker still gives him
            ['Al Wren said "the future is content." It is a battle that Zorbo Corp is winning,'
             " he believes.",
             "He is convinced Zorbo Corp will stay on top.",
             '"Zorbo Corp is the brand of the web," he said.'],
            {"Zorbo Corp": "zorbo", "Al Wren": "wren"},
            ["wren", "wren"],
        ),
    ],
)  # fmt: skip
def test_a_pronoun_speaking_again_is_the_same_pronoun(nlp, paragraphs, people, expected):
    """fix47: the window a "he" sentence carries back does not stop at a name in a sentence
    the same "he" says."""
    assert [who for who, _ in said(nlp, paragraphs, people)] == expected


@pytest.mark.parametrize(
    ("text", "people", "parties"),
    [
        (  # who acts under its rules, the parse hanging them on "regulations"
            "Under the regulations of the Arusha Peace Agreement, Rwanda held a referendum.",
            {"Rwanda": "rwanda"},
            {"rwanda"},
        ),
        (  # who is found in violation of it
            "The activities of the SLM were also denounced, as they were found to be in "
            "violation of the 2006 Abuja Ceasefire Agreement.",
            {"SLM": "slm"},
            {"slm"},
        ),
        (  # the recogniser's body with its "The" is the convention itself, no party
            "The Convention on the Rights of Migrants forbids the detention of children, which "
            "Egypt officials declare they comply with.",
            {"The Convention on the Rights of Migrants": "crm", "Egypt": "egypt"},
            {"egypt"},
        ),
    ],
)
def test_a_named_agreement_without_a_parsed_party_takes_its_sentence_actors(
    nlp, text, people, parties
):
    found = _agreements(nlp, [text], people)
    assert [set(p.agents) for p in found] == [parties]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (  # a source telling of it is no party
            "The Camp David Accords were signed in 1978, Reuters reported.",
            {"Reuters": "reuters"},
        ),
        (  # a kind of agreement yet to be made, not a named one
            "Feasibility of a Pacific Free Trade Agreement would be examined, with Kenya eager.",
            {"Kenya": "kenya"},
        ),
        (  # a list of states is not an agreement's sides
            "The Dublin Convention was signed long before France, Italy, Spain and Greece met.",
            {"France": "france", "Italy": "italy", "Spain": "spain", "Greece": "greece"},
        ),
    ],
)
def test_a_named_agreement_takes_no_source_nor_a_list_of_actors(nlp, text, people):
    assert _agreements(nlp, [text], people) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (  # a place the sentence names, not a side
            "The Doha Agreement ended an 18-month political crisis in Lebanon.",
            {"Lebanon": "lebanon"},
        ),
        (  # a critic
            "Jair Bolsonaro criticised the Paris Agreement on Tuesday.",
            {"Jair Bolsonaro": "bolsonaro"},
        ),
        (  # one who praises it
            "The Comprehensive Peace Agreement was praised by the UN.",
            {"the UN": "un"},
        ),
        (  # who marks its anniversary
            "The Good Friday Agreement's 20th anniversary was celebrated in Dublin by Leo "
            "Varadkar.",
            {"Leo Varadkar": "varadkar"},
        ),
        (  # talks about it
            "Egypt hosted talks on the Camp David Accords with Israel.",
            {"Egypt": "egypt", "Israel": "israel"},
        ),
        (  # what it acts on
            "The Trans-Pacific Partnership Agreement would harm Australia.",
            {"Australia": "australia"},
        ),
        (  # agreements in a list: whose sides are whose cannot be told
            "The Kyoto Protocol and the Montreal Protocol were reviewed, while Germany and "
            "France met.",
            {"Germany": "germany", "France": "france"},
        ),
        (  # a refusal to sign
            "Pakistan refused to sign, saying the Nuclear Non-Proliferation Treaty was unfair.",
            {"Pakistan": "pakistan"},
        ),
        (  # a source after the fact, turned about
            "Under the Doha Agreement, peace has held since 2008, said Leo Varadkar.",
            {"Leo Varadkar": "varadkar"},
        ),
        (  # a source warning
            "Under the Doha Agreement, peace has held since 2008, Greenpeace warned.",
            {"Greenpeace": "greenpeace"},
        ),
    ],
)
def test_a_named_agreement_takes_no_party_from_a_sentence_that_only_speaks_of_it(nlp, text, people):
    """fix53: who judges, marks or discusses a named agreement, where it acts, what it acts
    on and who tells of it are no parties of it."""
    assert _agreements(nlp, [text], people) == []


@pytest.mark.parametrize(
    "text",
    [
        "Under the Doha Agreement, Lebanon elected a president, said Leo Varadkar.",
        "Under the Doha Agreement, Lebanon elected a president, Greenpeace warned.",
    ],
)
def test_a_named_agreement_keeps_who_acts_under_it_beside_a_source(nlp, text):
    """fix53: the source after the fact is left out, the one acting under it kept."""
    people = {"Lebanon": "lebanon", "Leo Varadkar": "varadkar", "Greenpeace": "greenpeace"}
    found = _agreements(nlp, [text], {k: v for k, v in people.items() if k in text})
    assert [set(p.agents) for p in found] == [{"lebanon"}]


@pytest.mark.parametrize(
    ("text", "people", "party"),
    [
        (
            "Iran claimed compliance with the Nuclear Non-Proliferation Treaty.",
            {"Iran": "iran"},
            "iran",
        ),
        (
            "Syria insisted on its rights under the Chemical Weapons Convention.",
            {"Syria": "syria"},
            "syria",
        ),
    ],
)
def test_a_named_agreement_keeps_one_claiming_its_own_rights_under_it(nlp, text, people, party):
    """fix53: a verb a source may close a sentence with ("…, Greenpeace warned.") is the
    actor's own act where words follow it ("Iran claimed compliance with …")."""
    assert [set(p.agents) for p in _agreements(nlp, [text], people)] == [{party}]


def _agreements_with_states(nlp, paragraphs: list[str], people: dict[str, str], states: set[str]):
    """``_agreements`` with the actors of ids in ``states`` typed as states."""
    from generator.extract.agreements import propose_agreements

    article = Article("a", "T", "2019-11-07", "Wire", None, "en", tuple(paragraphs))
    docs = [nlp(p) for p in paragraphs]
    sentences = [s for i, doc in enumerate(docs) for s in paragraph_sentences(doc, i)]
    mentions = _mentions(paragraphs, sentences, people)
    frames = [a for i, doc in enumerate(docs) for a in match(doc, i).agreements]
    context = Context(
        article,
        sentences,
        mentions,
        date(2019, 11, 7),
        states=frozenset(f"actors/{s}" for s in states),
    )
    return propose_agreements(context, frames)


@pytest.mark.parametrize(
    ("paragraphs", "parties"),
    [
        (  # "the countries'" owning the treaty: the states named before it in its sentence
            [
                "Ruritania's ambassador to Osterlich, Jan Kowal, was recalled, and Ruritania "
                "claimed that the countries' 1994 peace treaty had been breached."
            ],
            [{"ruritania", "osterlich"}],
        ),
        (  # "between the two nations": the states of the sentence before, not the envoy
            [
                "Jan Kowal, the envoy of Ruritania, left Osterlich on Monday. The peace treaty "
                "between the two nations had been breached, he said."
            ],
            [{"ruritania", "osterlich"}],
        ),
        (  # must not change: "the two sides" are whoever the sentence before names
            ["Kowal met Osterlich in Paris. The two sides signed a peace treaty on Monday."],
            [{"kowal", "osterlich"}],
        ),
    ],
)
def test_the_countries_are_the_states_just_named(nlp, paragraphs, parties):
    """agreements21: "the countries' treaty", "between the two nations" stand for the states
    named just before (its own sentence first), not for a person named with them."""
    people = {"Ruritania": "ruritania", "Osterlich": "osterlich", "Jan Kowal": "kowal"}
    people["Kowal"] = "kowal"
    found = _agreements_with_states(nlp, paragraphs, people, {"ruritania", "osterlich"})
    assert [set(p.agents) for p in found] == parties


@pytest.mark.parametrize(
    ("paragraphs", "parties"),
    [
        (  # the list that ends three states is "the two nations", not the critic before it
            [
                "Valdoria criticised Ruritania and Osterlich on Monday, saying the two nations' "
                "2015 defence agreement had been signed in secret."
            ],
            [{"ruritania", "osterlich"}],
        ),
        (  # one list of three: all of them
            [
                "Valdoria, Ruritania and Osterlich met on Monday. The countries' 2015 trade "
                "agreement was signed in Paris."
            ],
            [{"valdoria", "ruritania", "osterlich"}],
        ),
    ],
)
def test_the_countries_are_the_list_that_ends_the_states_named(nlp, paragraphs, parties):
    """fix56: of three states named before "the two nations'", the list that ends them
    ("Ruritania and Osterlich") is what the words stand for; the state before it is no party."""
    people = {"Ruritania": "ruritania", "Osterlich": "osterlich", "Valdoria": "valdoria"}
    states = {"ruritania", "osterlich", "valdoria"}
    found = _agreements_with_states(nlp, paragraphs, people, states)
    assert [set(p.agents) for p in found] == parties


@pytest.mark.parametrize(
    ("paragraphs", "parties"),
    [
        (  # three states named, "the two countries": the words do not say which two
            [
                "Leaders of Valdoria, Ruritania and Osterlich met in Paris on Monday. The two "
                "countries signed a rail treaty."
            ],
            [],
        ),
        (  # "both nations" after three states named: none either
            ["Valdoria, Ruritania and Osterlich met on Monday. Both nations signed a treaty."],
            [],
        ),
        (  # must not change: two named, "the two countries" are they
            ["Ruritania and Osterlich met in Paris on Monday. The two countries signed a treaty."],
            [{"ruritania", "osterlich"}],
        ),
        (  # must not change: "the countries" (no number) after three stand for the three
            ["Valdoria, Ruritania and Osterlich met on Monday. The countries signed a treaty."],
            [{"valdoria", "ruritania", "osterlich"}],
        ),
    ],
)
def test_the_two_countries_after_three_named_are_no_sides(nlp, paragraphs, parties):
    """agreements36: "the two countries" or "both sides" say how many they are; after three
    named (in a probe of the brief) they were read as all three, one party too many, and
    which two is not told."""
    people = {"Ruritania": "ruritania", "Osterlich": "osterlich", "Valdoria": "valdoria"}
    states = {"ruritania", "osterlich", "valdoria"}
    found = _agreements_with_states(nlp, paragraphs, people, states)
    assert [set(p.agents) for p in found if p.agents] == parties


@pytest.mark.parametrize("owner", ["the countries'", "both sides'", "the two leaders’"])
def test_an_agreement_owned_by_the_countries_is_named_without_them(owner):
    """fix56: "the countries' 1994 peace treaty" is a "1994 peace treaty between …", not a
    "Countries' 1994 peace treaty"; tidy10: the owners are the phrases agreements read as the
    sides (``vocabulary.OWNED_BY_SIDES``), curly apostrophe too."""
    from generator.extract.merge import agreement_name

    text = f"Ruritania urged Osterlich to honour {owner} 1994 peace treaty."
    at = text.index(owner)
    mention = Mention("agreements/x", "a", 0, 0, at, len(text) - 1, text[at:-1], "ner")
    proposal = Proposal(
        kind="agreements",
        type="treaty",
        agents=("ruritania", "osterlich"),
        patients=(),
        date="1994",
        date_text="1994",
        place=None,
        mention=mention,
        article_date="2020-01-01",
    )
    names = {"actors/ruritania": "Ruritania", "actors/osterlich": "Osterlich"}
    assert agreement_name([proposal], names) == "1994 peace treaty between Ruritania and Osterlich"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a loan told by its verb: the lender and the borrower, both named firms
        (
            "The dollars 4bn which Russian state bank Narodbank lent state-owned Petronord to "
            "help buy Vostgaz came from Chinese banks.",
            {"Russian state bank Narodbank", "state-owned Petronord"},
        ),
        # the lender "it" (named by the tie stage), the borrower in a "to" phrase
        (
            "It had agreed to loan to an arm of the gas firm Harbor Energy the money to bid.",
            {"It", "an arm of the gas firm Harbor Energy"},
        ),
        ("Harbor Capital agreed to lend Northwind Oil $50m.", {"Harbor Capital", "Northwind Oil"}),
    ],
)
def test_money_lent_to_a_named_firm_is_a_loan(nlp, text, parties):
    frames = [a for a in match(nlp(text), 0).agreements if a.type == "loan"]
    assert parties in [{r.text for r in f.parties} for f in frames]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Harbor Capital agreed to lend Northwind Oil $50 million.", "$50 million"),
        ("The $4 billion that Narodbank lent to Petronord came from Chinese banks.", "$4 billion"),
    ],
)
def test_a_loan_told_by_its_verb_keeps_its_sum(nlp, text, value):
    """The sum lent is the loan's value, in the verb's words or, for "the $4bn which X lent
    Y", in the noun the clause tells of (one frame maker, ``_plain``, for every verb)."""
    [frame] = [a for a in match(nlp(text), 0).agreements if a.type == "loan"]
    assert frame.value is not None and value in frame.value


@pytest.mark.parametrize(
    "text",
    [
        "The minister lent his support to Northwind Oil.",  # support, no money
        "Harbor Capital lent its name to the Northwind Oil campaign.",  # a name
        "China lent Pakistan $2bn last year.",  # a state's loan to a state
        "John Smith lent Northwind Oil $5m.",  # a person
        "Banks lent $2bn to homebuyers.",  # no named borrower
        "Harbor Capital did not lend Northwind Oil the money.",  # denied
        "Harbor Capital refused to lend Northwind Oil the money.",  # refused (fix64)
        "Harbor Capital did not agree to lend Northwind Oil $50m.",  # agreement denied
        "Harbor Capital lent money to Northwind Oil's rivals.",  # the borrower is the rivals
    ],
)
def test_lending_without_money_or_named_firms_is_no_loan(nlp, text):
    assert not [a for a in match(nlp(text), 0).agreements if a.type == "loan"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Harbor Foods refused to buy Northwind Stores.", "acquisition"),
        ("Harbor Foods failed to acquire Northwind Stores last year.", "acquisition"),
        ("Harbor Foods did not agree to buy Northwind Stores.", "acquisition"),
        ("Harbor Foods failed to take over Northwind Stores.", "acquisition"),
        ("Harbor Foods refused to pay $5bn for Northwind Stores.", "acquisition"),
        ("Harbor Foods refused to sell Northwind Stores to Osterlich Retail.", "sale"),
        ("Harbor Foods refused to merge with Northwind Stores.", "merger"),
        ("Harbor Capital refused to license its technology to Northwind Oil.", "licence"),
        ("Northwind Oil refused to settle with Harbor Capital for $5m.", "settlement"),
        ("The Warriors failed to trade Jon Smith to the Nets.", "trade"),
    ],
)
def test_a_refused_verb_makes_no_agreement_of_any_kind(nlp, text, kind):
    """fix65: a refusal, a failure or a denied "agree to" means the verb after it did not
    happen, whichever kind of agreement that verb would make (one check in ``_verbal``;
    every case here made a frame before)."""
    assert not match(nlp(text), 0).agreements


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Foods bought Northwind Stores.",
        "Harbor Foods agreed to buy Northwind Stores.",
        "Harbor Foods did not hesitate to buy Northwind Stores.",
    ],
)
def test_a_verb_that_happened_still_makes_its_agreement(nlp, text):
    assert [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a company sold in the passive: the firm and its named buyer
        (
            "Northwind Oil was sold to little-known investment firm Harbor Capital Group.",
            {"little-known investment firm Harbor Capital Group", "Northwind Oil"},
        ),
        # a named firm sold for a price, its buyer unnamed
        (
            "The company, Metinvest Holdings, was sold in June 2004 for $800m.",
            {"The company, Metinvest Holdings"},
        ),
        # a passive verb joined to another shares its subject
        (
            "The former Tellco subsidiary was sold off last year and eventually acquired by "
            "state-owned energy giant Petronord.",
            {"state-owned energy giant Petronord", "The former Tellco subsidiary"},
        ),
    ],
)
def test_companies_sold_or_bought_in_the_passive_are_acquisitions(nlp, text, parties):
    frames = [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]
    assert parties in [{r.text for r in f.parties} for f in frames]


@pytest.mark.parametrize(
    "text",
    [
        "Forty Boeing jets were sold to Garuda last year.",  # goods
        "Shares in Vodafone were sold to investors on Monday.",  # shares, no firm sold
        "The farmland was taken and sold to developers Country Homes.",  # land
        "The painting was sold to a collector for $5m.",  # goods, no name
        "Northwind Oil was not sold to Harbor Capital Group.",  # denied
        "The Labour Party was sold out by its leaders.",  # betrayed, not sold
    ],
)
def test_goods_land_and_shares_sold_in_the_passive_are_no_acquisitions(nlp, text):
    assert [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"] == []


def test_words_before_a_deals_owner_are_no_subject_of_it():
    """ "Bellcom agreed to buy Telnet … similar to the one underpinning Bellcom's Telnet
    deal": one acquisition told again; "the one underpinning" is another phrase's words, not
    what the deal is about, while "a trade deal" beside it is still another agreement."""
    from generator.extract.merge import cluster

    def told(paragraph: int, text: str, type_: str, day=None):
        mention = Mention("", "a", paragraph, paragraph, 0, len(text), text, "extract")
        return Proposal(
            "agreements", type_, ("bellcom", "telnet"), (), day, day, None, mention, "2005-02-01"
        )

    bought = told(0, "buy its former parent Telnet", "acquisition", "2005-01")
    again = told(1, "the one underpinning Bellcom's Telnet deal", "deal")
    assert len(cluster([bought, again])) == 1
    trade = told(1, "the one underpinning Bellcom's Telnet trade deal", "deal")
    assert len(cluster([bought, trade])) == 2


@pytest.mark.parametrize(
    ("paragraphs", "people", "bodies", "expected"),
    [
        (  # "X says in a report": the report quoted later is X's
            ["Relief Aid says in a report that aid is falling.",
             "Donors met on Monday.",
             'The report said: "Rich countries must give far more to the poor."'],
            {"Relief Aid": "relief"},
            frozenset({"relief"}),
            ["relief"],
        ),
        (  # "an X report", a person named between them
            ["A Budget Office report on the ten largest schemes says costs rose.",
             "Sir John Bell, head of the office, said the scheme had failed.",
             '"Many problems come from poor planning," the report says.'],
            {"Budget Office": "office", "John Bell": "bell"},
            frozenset({"office"}),
            ["office"],
        ),
        (  # "a report by X"
            ["A report by the Harlow Institute says the sums were wrong.",
             '"The costs rest on dubious guesses about health," the report warned.'],
            {"Harlow Institute": "harlow"},
            frozenset({"harlow"}),
            ["harlow"],
        ),
        (  # no author named: the body a sentence before opens with; the same report later,
            # not the body named just before it
            ["The Budget Office praised ministers for the results.",
             'According to the report, "more than half of the gains came from teenagers".',
             "The Schools Department could try harder.",
             'Learners should be tested "at frequent intervals and with care", the report adds.'],
            {"Budget Office": "office", "Schools Department": "schools"},
            frozenset({"office", "schools"}),
            ["office", "office"],
        ),
    ],
)  # fmt: skip
def test_the_report_is_its_authors(nlp, paragraphs, people, bodies, expected):
    """statements24: '"…," the report says' (BBC house style) is the words of the body the
    article named as the report's author."""
    assert [who for who, _ in said(nlp, paragraphs, people, bodies)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "people", "bodies"),
    [
        (  # a body the sentence before names as what the report is about is not its author
            ["The committee reached its conclusions. It warned the Child Fund was failing.",
             'The report urged the Child Fund to draw up "contingency plans for its closure".'],
            {"Child Fund": "fund"},
            frozenset({"fund"}),
        ),
        (  # nor a person named before, who would be named as its author
            ["Sir John Bell said the figures were poor.",
             '"Costs have risen by a third since the scheme began," the report says.'],
            {"John Bell": "bell"},
            frozenset(),
        ),
    ],
)  # fmt: skip
def test_the_report_of_no_author_named_is_no_ones(nlp, paragraphs, people, bodies):
    assert said(nlp, paragraphs, people, bodies) == []


def test_a_deals_price_is_no_subject_of_it():
    """ "the dollars 3bn deal" and "Bellcom's mobile deal" (BBC style; "a US$3 billion deal"
    elsewhere): the price's words say nothing of what the deal is about, so one deal."""
    from generator.extract.merge import cluster

    def told(paragraph: int, text: str):
        mention = Mention("", "a", paragraph, paragraph, 0, len(text), text, "extract")
        return Proposal(
            "agreements", "deal", ("bellcom",), (), None, None, None, mention, "2005-02-01"
        )

    priced = told(0, "the dollars 3bn deal")
    assert len(cluster([priced, told(1, "Bellcom's mobile deal")])) == 1
    assert len(cluster([told(0, "a 3 billion yen deal"), told(1, "the mobile deal")])) == 1
    assert len(cluster([told(0, "a trade deal"), told(1, "the mobile deal")])) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Varn Mining, which is no longer due to merge with Talvik Metals, said profits rose.",
        "Varn Mining is not due to merge with Talvik Metals.",
        "If Varn Mining is due to merge with Talvik Metals, jobs will go.",
    ],
)
def test_a_merger_no_longer_or_not_due_is_none(nlp, text):
    """fix62: the negation or the "if" of "is not due to merge" hangs from the copula, not from
    the verb of merging: no merger agreed (agreements25 took its subject through "due")."""
    assert [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"] == []


@pytest.mark.parametrize(
    ("paragraphs", "people", "bodies", "expected"),
    [
        (  # a second report brought in: "the report" after it is that one, its author named
            ["A report by the Harlow Institute found the estuary had lost its fish.",
             '"Half of the salmon are gone," the report said.',
             "On Tuesday the Harbour Board published its own report into the dredging.",
             '"Dredging remains essential to the port," the report said.'],
            {"Harlow Institute": "harlow", "Harbour Board": "board"},
            frozenset({"harlow", "board"}),
            ["harlow", "board"],
        ),
        (  # a report an outlet saw is not the outlet's: no author named, no one's
            ["The Harlow Institute met on Monday.",
             "In a report seen by the Kestrel Herald, the Rail Office warned of costs.",
             '"Costs have risen beyond any estimate," the report said.'],
            {"Harlow Institute": "harlow", "Kestrel Herald": "herald", "Rail Office": "rail"},
            frozenset({"harlow", "herald", "rail"}),
            [],
        ),
        (  # "the full report" points back at the report brought in before: its author's
            ["A report by the Harlow Institute found the estuary had lost its fish.",
             "The full report, which runs to 300 pages, was sent to ministers.",
             '"Half of the salmon are gone," the report said.'],
            {"Harlow Institute": "harlow"},
            frozenset({"harlow"}),
            ["harlow"],
        ),
        (  # an outlet's own report is the outlet's
            ["A report by the Kestrel Herald said four clinics would close.",
             '"Four clinics will shut by the summer," the report said.'],
            {"Kestrel Herald": "herald"},
            frozenset({"herald"}),
            ["herald"],
        ),
    ],
)  # fmt: skip
def test_the_report_is_the_last_one_brought_in(nlp, paragraphs, people, bodies, expected):
    """fix62: "the report" is the report the article brought in last; a report "seen by" or
    "obtained by" an outlet is not the outlet's (statements24 took either)."""
    assert [who for who, _ in said(nlp, paragraphs, people, bodies)] == expected


def test_a_documents_two_word_phrase_is_owned_or_points_back_by_its_first_word():
    def frame(speaker: str, *, head: bool = True, form: str = "unnamed") -> QuoteFrame:
        who = Role(0, len(speaker), speaker)
        word = speaker.split()[-1]
        at = len(speaker) - len(word)
        return QuoteFrame(
            0, Role(20, 30, "x"), who, Role(at, len(speaker), word) if head else None, "said", form
        )

    assert _owned_report(frame("Its report")) and _owned_report(frame("their statement"))
    assert not _owned_report(frame("its own report")) and not _owned_report(frame("the report"))
    assert _the_statement(frame("That statement")) and not _the_statement(frame("that report"))
    assert not _the_statement(frame("the statement", head=False))
    assert _the_report(frame("the report", head=False)) and not _the_report(frame("that report"))
    assert not _the_report(frame("the report", form="title"))


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        # agreements28: "it" as a seller or a settler, named by the tie stage as for loans;
        # fix68: "X said it had sold": X, the one reporting, as for "it" under a treaty
        (
            "Harbor Foods said on Monday it had sold its stake in Northwind Rail to Osterlich "
            "Group.",
            "acquisition",
            {"Harbor Foods", "Osterlich Group"},
        ),
        (
            "Harbor Foods said it had settled the lawsuit with Dorne Bank.",
            "agreement",
            {"Harbor Foods", "Dorne Bank"},
        ),
        (
            "It agreed to pay $15m to settle a civil lawsuit brought by the Dorne Commission.",
            "agreement",
            {"It", "the Dorne Commission"},
        ),
        # fix68: a passive verb above the one settling: "it" is the settler, not the suit
        (
            "It was ordered to settle the lawsuit with Dorne Bank.",
            "agreement",
            {"It", "Dorne Bank"},
        ),
    ],
)
def test_it_sells_or_settles_as_it_buys(nlp, text, kind, parties):
    frames = [a for a in match(nlp(text), 0).agreements if a.type == kind]
    assert parties in [{r.text for r in f.parties} for f in frames]


@pytest.mark.parametrize(
    "text",
    [
        # a sale by "it" that names no buyer and no firm sold: the pronoun alone is a guess
        "Harbor Foods said it would fund the deal by selling an 8% stake in Northwind Rail.",
        "They sold their stake in Northwind Rail to Osterlich Group.",  # "they": no one named
        "It refused to sell its stake in Northwind Rail to Osterlich Group.",  # refused
    ],
)
def test_a_sale_by_a_pronoun_alone_is_no_agreement(nlp, text):
    assert not [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]


def test_the_suit_it_was_settled_is_no_settler(nlp):
    """ "it was settled": "it" is the suit, not a side (only an active "it" settles)."""
    text = "Harbor Foods sued Northwind Rail over the contract. It was settled with Dorne Bank."
    for frame in match(nlp(text), 0).agreements:
        assert "It" not in {r.text for r in frame.parties}


def test_its_acquisition_names_its_buyer(nlp):
    """ "Harbor Foods has seen its profits soar thanks to its acquisition of Northwind
    Stores": "its" owns the acquisition, as "Harbor Foods' acquisition" would."""
    text = (
        "Harbor Foods has seen its profits soar thanks to its acquisition of rival grocer "
        "Northwind Stores last year."
    )
    frames = [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]
    assert any("its" in {r.text for r in f.parties} for f in frames)


def test_its_is_the_body_named_just_before():
    """The tie stage names "its" as it names "it": the one body named before it in its
    sentence."""
    text = "Harbor Foods gained from its acquisition of Northwind Stores."
    article = Article("a", "T", "2005-01-01", "Wire", None, "en", (text,))
    harbor = Mention("actors/harbor-foods", "a", 0, 0, 0, 12, "Harbor Foods", "ner")
    context = Context(article, (Sentence(0, 0, len(text), text, ()),), (harbor,), date(2005, 1, 1))
    its = Role(text.index("its"), text.index("its") + 3, "its")
    assert context.actors_in(0, [its]) == ("harbor-foods",)


@pytest.mark.parametrize(
    "text",
    [
        # fix67: a count of goods with no owner is no business sold, even to a firm, by "it"
        # (the tie stage would name the maker) or by a named seller
        "The Zephyr model was launched by Varnholt Motors in May, and it sold 20,000 units to "
        "Fenwick Motors.",
        "Varnholt Motors sold 2m cars to Fenwick Motors last year.",
        "Varnholt Motors sold 20 jets to Ryanor Air.",
    ],
)
def test_counted_goods_sold_to_a_firm_are_no_acquisition(nlp, text):
    assert not [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]


@pytest.mark.parametrize(
    "text",
    [
        # agreements42's pool (BBC tech, business, politics): goods sold under a brand, space
        # sold to a bidder found on a website, an office taken over; no business changes hands
        "A 20-year-old US man is selling advertising space on his forehead to the highest "
        "bidder on website eBay.",
        "Varnholt is still selling its Zephyr and Corvo products, though studies have "
        "suggested that they may be harmful.",
        "Stability would be the key theme when the UK took over the chairmanship of the EU in "
        "July, said Mr Straw.",
        "Ruritania took over the presidency of the Nordic Council in January.",
    ],
)
def test_branded_goods_space_or_an_office_make_no_acquisition(nlp, text):
    """agreements42: "selling its Celebrex and Bextra products" (brands on goods, a list
    too), "to the highest bidder on website eBay" (a place of sale, not the buyer), "took
    over the chairmanship of the EU" (an office): no firm sold or bought."""
    assert not [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # must not change: a unit sold under its brand, goods sold to a firm, a firm taken over
        ("Varnholt sold its Zephyr unit to Fenwick Motors for $2bn.",
         {"Varnholt", "Fenwick Motors"}),
        # agreements33's pool (BBC business/088): a unit's name on a singular "arm"
        ("US banking giant Citigroup has sold its Travelers Life & Annuity insurance arm to "
         "Metlife for dollars 11.5bn.", {"US banking giant Citigroup", "Metlife"}),
        ("Varnholt Motors is selling its Zephyr cars to Fenwick Motors.",
         {"Varnholt Motors", "Fenwick Motors"}),
        ("Vodafone took over Mannesmann in 2000.", {"Vodafone", "Mannesmann"}),
    ],
)  # fmt: skip
def test_a_unit_goods_to_a_firm_or_a_firm_taken_over_still_are(nlp, text, parties):
    frames = [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]
    assert any(parties <= {r.text for r in f.parties} for f in frames), frames


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # but a seller's own counted business is sold, and a stake by "it" still is
        (
            "Tesco sold its roughly 2000 Thai stores to Charoen Pokphand.",
            {"Tesco", "Charoen Pokphand"},
        ),
        (
            "Brantley Petroleum bought a stake in the Corvo field. It sold the stake to Dunmore "
            "Capital in 2006.",
            {"It", "Dunmore Capital"},
        ),
    ],
)
def test_an_owned_count_or_a_stake_is_still_sold(nlp, text, parties):
    frames = [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]
    assert parties in [{r.text for r in f.parties} for f in frames]


def test_its_after_two_bodies_names_no_buyer():
    """ "Harbor Foods and Dorne Bank welcomed its acquisition of Northwind Stores": two
    bodies before "its", so the tie stage names neither; the frame keeps the firm bought."""
    text = "Harbor Foods and Dorne Bank welcomed its acquisition of Northwind Stores."
    article = Article("a", "T", "2005-01-01", "Wire", None, "en", (text,))
    harbor = Mention("actors/harbor-foods", "a", 0, 0, 0, 12, "Harbor Foods", "ner")
    dorne = Mention("actors/dorne-bank", "a", 0, 0, 17, 27, "Dorne Bank", "ner")
    context = Context(
        article, (Sentence(0, 0, len(text), text, ()),), (harbor, dorne), date(2005, 1, 1)
    )
    its = Role(text.index("its"), text.index("its") + 3, "its")
    assert context.actors_in(0, [its]) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # agreements30: a done or agreed sale named as a noun, its parties in its own phrase
        (
            "Kestrin Media's sale of Abbot Radio to Norland Group was completed on Tuesday.",
            ("Kestrin", "Abbot Radio", "Norland Group"),
        ),
        ("Velmont Bank's purchase of Corvel Insurance cost dollars 2bn.", ("Velmont", "Corvel")),
        (
            "Dalby Group's acquisition of a stake in Yarrow Energy from Fenmore Oil was "
            "completed in May.",
            ("Dalby", "Yarrow Energy", "Fenmore Oil"),
        ),
        (
            "The purchase of Harrow Mills by Penrose Textiles was completed in March.",
            ("Harrow Mills", "Penrose Textiles"),
        ),
    ],
)
def test_a_sale_named_as_a_noun_keeps_the_parties_of_its_phrase(nlp, text, names):
    frames = [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]
    assert any(all(any(n in r.text for r in f.parties) for n in names) for f in frames)


@pytest.mark.parametrize(
    "text",
    [
        # agreements30: a bid or an offer is no agreement until accepted, and goods, shares
        # and takings sold are no business changing hands
        "Karvel's bid for Dunmore Foods was rejected on Monday.",
        "Ostrava Steel made a takeover offer for Pellin Group last week.",
        "Halvard Oil's offer for Corran Energy expired on Friday.",
        "Fenwick Group's takeover bid for Arlo Telecom was withdrawn.",
        "Merrow Air's hostile bid for Salcombe Airways was blocked by regulators.",
        "The sale of cars fell by 4% in March, Belcourt Motors said.",
        "Share sales by directors of Tamsin Bank worried investors.",
        "The closure led to a fire sale of assets at Varrow Retail.",
        "Sales rose 8% at Grendle Stores over Christmas.",
        "The sale of tickets for the Redmarsh concert begins on Friday.",
        "The purchase of shares by Tolland Fund pushed up the price.",
        "Quenby Holdings is considering the sale of its stake in Marlow Air.",
    ],
)
def test_a_bid_an_offer_or_goods_sold_is_no_acquisition(nlp, text):
    assert not [a for a in match(nlp(text), 0).agreements if a.type == "acquisition"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # agreements31: a contract won or awarded keeps both sides, active or passive
        (
            "BAE Systems has been awarded a contract worth $500m by the Ministry of Defence.",
            {"BAE Systems", "the Ministry of Defence"},
        ),
        (
            "Capita won a five-year contract from the BBC to run its licence fee collection.",
            {"Capita", "the BBC"},
        ),
        (
            "The contract was awarded to Halliburton by the Pentagon in March.",
            {"Halliburton", "the Pentagon"},
        ),
        (
            "The Ministry of Defence cancelled its contract with BAE Systems for the Nimrod "
            "aircraft.",
            {"BAE Systems", "The Ministry of Defence"},
        ),
    ],
)
def test_a_contract_won_or_awarded_keeps_both_sides(nlp, text, parties):
    frames = [a for a in match(nlp(text), 0).agreements if a.type == "contract"]
    assert any(parties <= {r.text for r in f.parties} for f in frames)


@pytest.mark.parametrize(
    "text",
    [
        # agreements31: an order given, or orders with no buyer named, is no agreement
        "Toyota ordered the recall of 100,000 cars in Japan on Friday.",
        "The court ordered Yukos to pay $3bn to the tax authorities.",
        "The service has had almost 900,000 orders, Softbank said.",
    ],
)
def test_an_order_given_or_unnamed_customers_make_no_agreement(nlp, text):
    assert not match(nlp(text), 0).agreements


HOPE_ACTORS = {"Velmar": "velmar", "Kestrel Aero": "kestrel", "Ruritania": "ruritania",
               "Osterlich": "osterlich", "Dorna Steel": "dorna"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # agreements34's pool: a new deal only planned, hoped for or expected is none yet
        ("Meanwhile, Velmar has also said it plans a joint venture with Kestrel Aero to make "
         "engine parts.", False),
        ("Velmar produced just 110,000 cars, though it hopes to land a deal with Kestrel Aero "
         "that could help double the number of cars it makes.", False),
        ("Analysts had expected Dorna Steel to agree to a price rise of between 40% and 50%.",
         False),
        ("The envoy believes the Annapolis process is the best way to a peace deal between "
         "Ruritania and Osterlich.", False),
        ("Velmar and Dorna Steel are expected to sign an agreement on Friday.", False),
        ("Velmar plans to buy Kestrel Aero for $2bn.", False),
        # must not change: deals made, told of with a hope or an expectation about them
        ("Velmar signed a joint venture with Kestrel Aero on Monday.", True),
        ("Dorna Steel agreed to a price rise of 71.5% with Velmar.", True),
        ("Velmar signed a deal with Kestrel Aero and expects the deal to boost earnings.", True),
        ("Ruritania and Osterlich signed a peace deal, which they hope will end the war.", True),
    ],
)  # fmt: skip
def test_a_deal_planned_hoped_for_or_expected_is_none(nlp, text, kept):
    """agreements34: "plans a joint venture", "hopes to land a deal", "expected Nippon to
    agree", "the best way to a peace deal" tell of no agreement yet; a deal made stays one
    whatever is hoped of it."""
    found = _agreements(nlp, [text], HOPE_ACTORS)
    assert bool(found) == kept, [(p.name, p.agents) for p in found]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # fix74's probes: a deal a clause of its own says was made stays one
        ("Velmar said it plans to expand a joint venture with Kestrel Aero formed in 2001.", True),
        ("Ruritania and Osterlich aim to implement a ceasefire agreement reached in November.",
         True),
        ("Velmar intends to honour an agreement it signed with Dorna Steel in 2003.", True),
        ("Ruritania and Osterlich said they hope to build on a defence agreement they signed "
         "last week.", True),
        # still none: the clause tells of a deal to come
        ("Velmar hopes to land a deal with Kestrel Aero to be signed next week.", False),
        ("Velmar plans a joint venture with Kestrel Aero expected to start in May.", False),
    ],
)  # fmt: skip
def test_a_deal_told_made_is_kept_whatever_is_hoped_of_it(nlp, text, kept):
    """fix74: agreements34's ``_hoped`` dropped "plans to expand a joint venture formed in
    2001" and "aim to implement a ceasefire agreement reached in November", real deals."""
    found = _agreements(nlp, [text], HOPE_ACTORS)
    assert bool(found) == kept, [(p.name, p.agents) for p in found]


@pytest.mark.parametrize(
    "text",
    [
        # agreements38's pool (BBC business/220): an offer the target rejected, approved by the
        # bidder's board only as a possibility
        "Deutsche Boerse's supervisory board has approved the possible takeover of the LSE "
        "despite the signs of opposition from investors.",
        "Talks on a mooted merger between Velmar and Dorna Steel broke down on Monday.",
        "Velmar shares rose on reports of a rumoured deal with Kestrel Aero.",
    ],
)  # fmt: skip
def test_a_deal_called_possible_potential_or_rumoured_is_none(nlp, text):
    """agreements38: "the possible takeover", "a mooted merger", "a rumoured deal" tell of a
    deal that may happen, none made, whatever verb governs them ("approved")."""
    assert not match(nlp(text), 0).agreements


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # must stay: made deals beside a word of possibility, "would" in a later clause, a deal
        # agreed and still to complete, a proposed deal (GOLD keeps one), an adverb
        ("Velmar agreed to buy Kestrel Aero for $2bn.", "signed"),
        ("Velmar signed a deal with Kestrel Aero, which would create the world's biggest steel "
         "maker.", "signed"),
        ("Velmar is due to complete its $4.5bn acquisition of Kestrel Aero next month.", "signed"),
        ("Velmar's proposed merger with Dorna Steel was approved by shareholders on Monday.",
         "ratified"),
        ("Velmar won a potentially lucrative contract with Ruritania.", "signed"),
        ("Velmar signed an agreement with Kestrel Aero covering potential sales of engines to "
         "Ruritania.", "signed"),
    ],
)  # fmt: skip
def test_a_made_deal_beside_a_word_of_possibility_stays(nlp, text, status):
    """agreements38: ``_possible`` reads only an adjective of the deal noun itself."""
    found = _agreements(nlp, [text], HOPE_ACTORS)
    assert [p.status for p in found] == [status], [(p.name, p.agents) for p in found]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # reader2: six "Statement by Donald Trump" on his timeline, two undated: what about
        # (the parse makes "voted", before the cue, a clause it reports: not what he said)
        ("On June 12, minutes before the Oversight Committee voted to refer them to the full "
         "House to be held in contempt, Trump formally claimed the documents were subject to "
         "executive privilege.", "the documents"),
        ("President Trump has said he will not approve a budget that does not allocate "
         "funding for a wall along the country's border with Mexico.", "a budget"),
        ("United States President Donald Trump said on Friday he can and may declare a "
         "national state of emergency.", "a national state of emergency"),
        # quoted words are the statement's own, not a topic; a pronoun names nothing
        ('President Donald Trump claimed there were "fine people on both sides," for which '
         "he was criticized.", None),
        ("Trump said he would do it.", None),
        # a count, a word that sets apart, a bare common noun: part of it, no name for it
        ("Minnis said twenty people were killed.", None),
        ("Damang said other traffic was diverted.", None),
        ("Connie Moganedi said neighbors heard the shots.", None),
    ],
)  # fmt: skip
def test_a_statement_frame_has_the_topic_of_its_reported_clause(nlp, text, topic):
    frames = [e for e in match(nlp(text), 0).events if e.type == "statement"]
    assert frames
    assert (frames[0].topic.text if frames[0].topic else None) == topic


@pytest.mark.parametrize(
    ("topic", "name"),
    [
        ("the documents", "Statement by Nancy Pelosi on the documents"),
        ("his bid", "Statement by Nancy Pelosi on the bid"),  # whose is the speaker's
        (None, "Statement by Nancy Pelosi"),
    ],
)
def test_a_statement_is_named_by_its_topic(topic, name):
    people = {"pelosi": ("Nancy Pelosi", "person")}
    assert _event_name_among(people, "statement", ("pelosi",), (), law=topic) == name


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # agreements35's pool (Wikinews Shorts, 7 December 2008), its shape
        ("Zimbabwe's opposition leader said the power-sharing deal that was signed by Robert "
         "Mugabe and Morgan Tsvangirai in September was now dead.",
         {"Robert Mugabe and Morgan Tsvangirai", "Morgan Tsvangirai"}),
        ("The trade agreement that was reached between Argentina and Brazil in 2004 will be "
         "reviewed, officials said.", {"Argentina and Brazil", "Brazil"}),
        # a broker is no party; those it is brokered between are
        ("The ceasefire that was brokered by Egypt between Israel and Hamas expired on Friday.",
         {"Israel and Hamas", "Hamas"}),
        # plural agreements made with a party named (agreements35's North Korea article)
        ("North Korea said it would no longer honour the testing agreements that have been "
         "made with the United States.", {"the United States"}),
    ],
)  # fmt: skip
def test_a_passive_relative_clause_names_who_made_the_agreement(nlp, text, parties):
    """agreements44: "the deal that was signed by X and Y", "the agreements that have been
    made with X": the clause's agent and its "between"/"with" objects are the parties, as
    those of the reduced clause "the deal signed by X" are."""
    frames = match(nlp(text), 0).agreements
    assert any(parties <= {r.text for r in f.parties} for f in frames), frames
    assert not any("Egypt" in r.text for f in frames for r in f.parties)


@pytest.mark.parametrize(
    "text",
    [
        "The peace deal that will be signed by Sudan and the rebels next month is expected to "
        "end the war.",
        "The treaty that was never signed by the United States would have banned the tests.",
        "The deal that was announced by Donald Trump between Israel and Bahrain angered Iran.",
        "The agreements that were reached last year have not been implemented.",
    ],
)
def test_a_clause_to_come_denied_or_telling_of_it_names_no_maker(nlp, text):
    """Not made (yet, or ever), or only announced: no party from the clause's agent."""
    frames = match(nlp(text), 0).agreements
    named = {r.text for f in frames for r in f.parties}
    assert not named & {"Sudan", "the United States", "Donald Trump"}, frames
    assert not [f for f in frames if f.noun.text.endswith("agreements")], frames


def test_a_passive_clause_dates_the_agreement_only_by_its_own_date(nlp):
    """The status "signed" (which dates an agreement by its sentence) comes from the clause
    only when the clause has a date: "expired on Friday" does not date the ceasefire."""
    (frame,) = match(nlp("The ceasefire that was brokered by Egypt between Israel and Hamas "
                         "expired on Friday."), 0).agreements  # fmt: skip
    assert frame.status is None
    (dated,) = match(nlp("The trade agreement that was reached between Argentina and Brazil in "
                         "2004 will be reviewed."), 0).agreements  # fmt: skip
    assert dated.status == "signed"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # agreements44's pool (Wikinews, 16 November 2004), its shape
        ("Brazil and South Korea also discussed energy cooperation agreements. They signed a "
         "trade agreement which covers science and technology.",
         {"Brazil and South Korea", "South Korea"}),
        ("Germany and France met in Berlin. They signed a deal on gas supplies.",
         {"Germany and France", "France"}),
    ],
)  # fmt: skip
def test_they_who_signed_are_the_two_named_just_before(nlp, text, parties):
    """agreements44: "They signed an agreement" after a sentence whose subject names two or
    more: they are its parties."""
    frames = [f for f in match(nlp(text), 0).agreements if f.verb == "signed"]
    assert any(parties <= {r.text for r in f.parties} for f in frames), frames


def test_they_after_no_named_pair_stay_they(nlp):
    """ "The two leaders met. They signed a deal": no names before, no party made up."""
    frames = match(nlp("The two leaders met on Monday. They signed a deal on gas supplies."), 0)
    assert {r.text for f in frames.agreements for r in f.parties} <= {"They"}


def _a45_parties(nlp, text: str, names: dict[str, str], **kinds) -> list[tuple[str, ...]]:
    """The parties of every agreement proposed for one paragraph with ``names`` as actors."""
    from generator.extract.agreements import propose_agreements

    doc, context = parsed_context(nlp, text, date(2019, 11, 7), names, **kinds)
    return [p.agents for p in propose_agreements(context, match(doc, 0).agreements)]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Iran and Russia held talks on Monday. Tehran and Moscow signed an agreement on "
            "nuclear energy cooperation.",
            ("iran", "russia"),
        ),
        (
            "Iran and China held talks on Monday. Beijing signed a deal with Tehran on oil.",
            ("china", "iran"),
        ),
    ],
)
def test_capitals_standing_for_named_states_are_the_parties(nlp, text, parties):
    """agreements45: a party phrase of capitals ("Tehran and Moscow signed") names the
    states the article names; the recogniser reads the capitals as places, no actors."""
    names = {"Iran": "iran", "Russia": "russia", "China": "china"}
    found = _a45_parties(nlp, text, names, states=set(names.values()))
    assert any(set(parties) <= set(p) for p in found), found


def test_capitals_of_states_the_article_does_not_name_are_no_party(nlp):
    """A capital whose state is no actor of the article names no party; nor does a place
    word that is no capital ("Sochi")."""
    text = "Iran held talks on Monday. Sochi and Moscow signed an agreement on trade."
    found = _a45_parties(nlp, text, {"Iran": "iran"}, states={"iran"})
    assert all("russia" not in p and "iran" not in p for p in found), found


@pytest.mark.parametrize(
    "words", ["the two firms", "the two companies", "both firms", "the two presidents"]
)
def test_the_two_firms_after_a_named_pair_in_their_sentence_are_its_sides(nlp, words):
    """agreements45: "Renault and Nissan said that the two firms had signed": the list its
    own sentence names before it, not only the sentence before's actors."""
    text = f"Renault and Nissan said on Friday that {words} had signed a memorandum on batteries."
    found = _a45_parties(nlp, text, {"Renault": "renault", "Nissan": "nissan"})
    assert ("renault", "nissan") in found, found


def test_a_speaker_alone_before_the_two_sides_is_no_side(nlp):
    """ "Putin said the two sides had signed": one name before is the speaker, no list."""
    text = "Putin said on Friday that the two sides had signed a memorandum on gas."
    found = _a45_parties(nlp, text, {"Putin": "putin"}, persons={"putin"})
    assert all("putin" not in p for p in found), found


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "China and Pakistan held talks in Islamabad. Chinese and Pakistani negotiators signed "
            "a free trade agreement on Monday.",
            ("china", "pakistan"),
        ),
        (
            "Russian, Turkish and Iranian negotiators signed a memorandum on Syria on Friday. "
            "Russia, Turkey and Iran have met four times.",
            ("russia", "turkey", "iran"),
        ),
    ],
)
def test_a_list_of_peoples_adjectives_names_each_state_a_party(nlp, text, parties):
    """agreements46: "Chinese and Pakistani negotiators signed": each adjective of the list
    before the head stands for the state the article names that it begins like."""
    names = {"China": "china", "Pakistan": "pakistan", "Russia": "russia"}
    names |= {"Turkey": "turkey", "Iran": "iran"}
    found = _a45_parties(nlp, text, names, states=set(names.values()))
    assert any(set(parties) <= set(p) for p in found), found


def test_agreements_of_a_batch_are_signed_by_the_batch_verbs_subject(nlp):
    """agreements46: "signed a series of cooperative agreements": the series is the verb's
    object, the agreements its signers'."""
    text = (
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan on Friday "
        "signed a series of cooperative agreements."
    )
    names = {"Vladimir Putin": "putin", "Recep Tayyip Erdogan": "erdogan"}
    found = _a45_parties(nlp, text, names, persons=set(names.values()))
    assert any({"putin", "erdogan"} <= set(p) for p in found), found


def _a47(nlp, text: str, names: dict[str, str], **kinds) -> list[tuple[str, ...]]:
    """agreements47: the parties of every agreement proposed for one paragraph."""
    return _a45_parties(nlp, text, names, **kinds)


def test_a_mediator_titled_before_its_name_is_no_party(nlp):
    """agreements47: "a truce proposed by mediator Egypt", "Chief mediator Kofi Annan": the
    title before the name makes it the broker, no party (GOLD), as "brokered by" does."""
    text = (
        "Israel's cabinet voted on Thursday in favour of a Gaza truce proposed by mediator "
        "Egypt. Hamas also accepted the truce."
    )
    found = _a47(nlp, text, {"Israel": "israel", "Egypt": "egypt", "Hamas": "hamas"})
    assert found and all("egypt" not in p for p in found), found


def test_who_calls_on_others_to_implement_an_agreement_is_no_party(nlp):
    """agreements47: "SADC leaders called on Mugabe and Tsvangirai to implement the Global
    Political Agreement": those asked act under it, not the regional body that asks."""
    text = (
        "Leaders of the Southern African Development Community called on Robert Mugabe and "
        "Morgan Tsvangirai to implement the Global Political Agreement."
    )
    names = {
        "Southern African Development Community": "sadc",
        "Robert Mugabe": "mugabe",
        "Morgan Tsvangirai": "tsvangirai",
    }
    found = _a47(nlp, text, names, persons={"mugabe", "tsvangirai"})
    assert all("sadc" not in p for p in found), found
    assert any({"mugabe", "tsvangirai"} <= set(p) for p in found), found


def test_an_unnamed_agreement_only_asked_for_is_none(nlp):
    """agreements47: "The EU urged Serbia and Kosovo to sign the agreement": none is made,
    the EU is no party; on main it was "European Union agreement", signed on Monday."""
    text = "The European Union urged Serbia and Kosovo to sign the agreement on Monday."
    names = {"European Union": "eu", "Serbia": "serbia", "Kosovo": "kosovo"}
    assert _a47(nlp, text, names, states={"serbia", "kosovo"}) == []


def test_a_withdrawal_from_an_unnamed_treaty_only_promised_is_none(nlp):
    """agreements47: a candidate's pledge ("he would withdraw the United States from the
    treaty if elected") makes no treaty page with the candidate as its party."""
    text = (
        "Senator John McCain said on Monday that he would withdraw the United States from "
        "the treaty if elected."
    )
    names = {"John McCain": "mccain", "United States": "united-states"}
    assert _a47(nlp, text, names, persons={"mccain"}, states={"united-states"}) == []


def test_who_withdraws_a_state_from_a_treaty_acts_for_it(nlp):
    """agreements47: "Trump withdrew the United States from the Arms Trade Treaty": the state
    withdrawn is the party, not the president who withdraws it."""
    text = "President Donald Trump withdrew the United States from the Arms Trade Treaty on Friday."
    names = {"Donald Trump": "trump", "United States": "united-states"}
    found = _a47(nlp, text, names, persons={"trump"}, states={"united-states"})
    assert found and all(p == ("united-states",) for p in found), found


def test_the_owner_named_before_the_firm_that_acts_is_no_second_side(nlp):
    """agreements47: "Alphabet Inc.'s Google has closed a deal": Alphabet owns Google, it is
    no counterpart of Google's deal."""
    text = (
        "Alphabet Inc.'s Google has closed a $1 billion deal for a 51.8-acre business park "
        "next to its Mountain View headquarters."
    )
    found = _a47(nlp, text, {"Alphabet Inc": "alphabet", "Google": "google"})
    assert found and all("alphabet" not in p for p in found), found


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("In Berlin, France and Germany signed a defence treaty on Monday.", {"france", "germany"}),
        (
            "Russia and Ukraine signed a gas deal in Minsk, Belarus, on Monday.",
            {"russia", "ukraine"},
        ),
        (
            "Egypt brokered a truce between Israel and Hamas in May. On Monday Egypt and Israel "
            "signed a gas deal.",
            {"egypt", "israel"},
        ),
    ],
)
def test_signers_stay_parties_beside_places_and_brokers(nlp, text, parties):
    """agreements47 guards: a city before the signers, a place after the deal, and a broker
    of another deal who signs this one are as before."""
    names = {
        n: n.lower()
        for n in ("France", "Germany", "Russia", "Ukraine", "Belarus", "Egypt", "Israel", "Hamas")
    }
    found = _a47(nlp, text, names, states=set(names.values()) - {"hamas"})
    assert any(set(p) == parties for p in found), found


def test_an_owner_of_the_agreement_itself_stays_its_party(nlp):
    """agreements47 guard: "NASA's contract with Boeing" names two sides, NASA no parent."""
    text = "NASA's contract with Boeing is currently valued at US$4.2 billion."
    found = _a47(nlp, text, {"NASA": "nasa", "Boeing": "boeing"})
    assert ("nasa", "boeing") in found, found


def test_the_us_calling_something_is_the_state_not_the_pronoun_us(nlp):
    # main read "US" as the pronoun "us" and gave the words to whoever was named before
    doc = nlp(
        "Diplomats were stopped in their vehicles in an incident the US called "
        '"outrageous" and said that they were threatened.'
    )
    frames = match_quotes(doc, 0)
    assert [(f.form, f.speaker.text if f.speaker else None) for f in frames] == [("name", "the US")]
    from generator.extract.vocabulary import is_pronoun

    assert [is_pronoun(w) for w in ("US", "us", "I", "He", "they", "U.S.")] == [
        False,
        True,
        True,
        True,
        True,
        False,
    ]
