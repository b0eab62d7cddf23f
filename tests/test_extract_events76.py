"""One statement event per speaking occasion (issue 7, branch events76): a speaker's words told
to different audiences ("told the BBC" / "In a 2006 interview with magazine The Bark"), in
different settings ("wrote in a newspaper column" / "added during the session", "in her
autobiography") are different events; several quotations of one occasion stay one ("she
said", "he added", "told the press" beside "said", a lead sentence the statement below sums
up). Paragraphs of the shapes of the events76 pool and the read blind blocks (real reports,
names kept); no parser: the proposals are made by hand, as ``statement_events`` makes them."""

from __future__ import annotations

import re
from datetime import date

from generator.extract.events import with_occasions
from generator.extract.merge import Proposal, cluster
from generator.extract.tie import Context
from generator.model import Article, Mention, Sentence

DAY = "2019-05-16"


def _article(paragraphs: tuple[str, ...], names: tuple[str, ...], article: str = "a"):
    """An article of ``paragraphs`` (sentences cut at ". "), each of ``names`` a mention of
    ``actors/<slug>`` wherever a paragraph writes it."""
    sentences = []
    for index, text in enumerate(paragraphs):
        for found in re.finditer(r'.+?(?:[.!?]"?(?= |$)|$)', text):
            if found.group().strip():
                start = found.start() + len(found.group()) - len(found.group().lstrip())
                sentences.append(Sentence(index, start, found.end(), text[start : found.end()], ()))
    mentions = [
        Mention(f"actors/{_slug(name)}", article, p, _sentence(sentences, p, m.start()),
                m.start(), m.end(), name, "ner")
        for p, text in enumerate(paragraphs)
        for name in names
        for m in re.finditer(re.escape(name), text)
    ]  # fmt: skip
    art = Article(article, "T", DAY, "Wire", None, "en", paragraphs)
    return Context(art, tuple(sentences), tuple(mentions), date(2019, 5, 16))


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def _sentence(sentences: list[Sentence], paragraph: int, offset: int) -> int:
    return next(
        i
        for i, s in enumerate(sentences)
        if s.paragraph == paragraph and s.start <= offset < s.end + 1
    )


def _said(context: Context, speaker: str, words: str, day: str | None = None) -> Proposal:
    """A statement proposal of ``speaker`` whose evidence is ``words`` (first occurrence)."""
    for p, text in enumerate(context.article.paragraphs):
        start = text.find(words)
        if start >= 0:
            mention = Mention(
                "",
                context.article.id,
                p,
                _sentence(list(context.sentences), p, start),
                start,
                start + len(words),
                words,
                "extract",
            )
            return Proposal(
                "events", "statement", (_slug(speaker),), (), day, None, None, mention,
                context.article.date,
            )  # fmt: skip
    raise AssertionError(words)


def _all_said(context: Context, speaker: str, *words: str) -> list[Proposal]:
    """A statement proposal of ``speaker`` for each of ``words``."""
    return [_said(context, speaker, w) for w in words]


def _groups(context: Context, told: list[Proposal], events: list[Proposal] = ()) -> list[list]:
    told, events = with_occasions(context, told, list(events))
    return [[p.mention.text for p in g] for g in cluster([*told, *events])]


def test_one_speakers_words_to_other_outlets_and_in_other_settings_are_other_events():
    context = _article(
        (
            '"I have the unfortunate reputation of being Miss Goody Two-Shoes," Doris Day said '
            "in her 1976 autobiography.",
            'When interviewed by the BBC, Doris Day said of Hudson, "Nothing was ever talked '
            'about." She said, "I know nothing about his private life."',
            "In a 2006 interview with magazine The Bark, Doris Day said, \"I've been through "
            'everything."',
        ),
        ("Doris Day", "BBC", "The Bark"),
    )
    told = _all_said(
        context,
        "Doris Day",
        "I have the unfortunate reputation",
        "Nothing was ever talked about.",
        "I know nothing about his private life.",
        "I've been through everything.",
    )
    assert _groups(context, told) == [
        ["I have the unfortunate reputation"],
        ["Nothing was ever talked about.", "I know nothing about his private life."],
        ["I've been through everything."],
    ]


def test_a_column_and_a_session_are_two_occasions_and_a_later_claim_continues_the_last():
    context = _article(
        (
            'Dai Bingguo wrote in a newspaper column, "What we face is a golden period." He '
            'further added during the session, "China is fully committed to friendship."',
            "Dai Bingguo claimed trade between the two countries has increased. He summarized, "
            '"China and India can join hands."',
        ),
        ("Dai Bingguo",),
    )
    told = _all_said(
        context,
        "Dai Bingguo",
        "What we face is a golden period.",
        "China is fully committed to friendship.",
        "China and India can join hands.",
    )
    reported = [_said(context, "Dai Bingguo", "claimed")]
    assert _groups(context, told, reported) == [
        ["What we face is a golden period."],
        ["China is fully committed to friendship.", "claimed", "China and India can join hands."],
    ]


def test_one_occasion_quoted_in_several_paragraphs_stays_one_event():
    # "told the press" names no occasion of its own; "she said", "she added", a later
    # paragraph with no setting, and a lead sentence before the named setting continue it
    context = _article(
        (
            "Monica Rochester has defended the decision to suspend the search.",
            "Monica Rochester told the press the search had found no further signs. "
            '"It is never an easy decision to suspend search efforts," she said.',
            'Commenting on the radio communications, Monica Rochester said "a lot of '
            'confusion." However, she added, "there are no locked doors."',
            'In a statement, Monica Rochester said, "We know that this is a very difficult time."',
        ),
        ("Monica Rochester",),
    )
    told = _all_said(
        context,
        "Monica Rochester",
        "defended",
        "told",
        "It is never an easy decision",
        "a lot of confusion.",
        "there are no locked doors.",
        "We know that this is a very difficult time.",
    )
    (group,) = _groups(context, told)
    assert len(group) == 6


def test_an_occasion_told_again_on_another_day_is_not_continued():
    # "On Monday he told the BBC …"; "He said on Tuesday …" is Tuesday's, not the interview
    context = _article(
        (
            'On Monday Kerry Lee told the BBC, "It would be more overwhelming than we can '
            'handle." On Tuesday Kerry Lee said, "We arrested five people."',
        ),
        ("Kerry Lee", "BBC"),
    )
    told = [
        _said(context, "Kerry Lee", "It would be more overwhelming", "2019-05-13"),
        _said(context, "Kerry Lee", "We arrested five people.", "2019-05-14"),
    ]
    told, _ = with_occasions(context, told, [])
    assert [p.occasion for p in told] == ["actors/bbc", None]


def test_across_articles_only_two_named_occasions_differ():
    first = _article(('On Monday Celso Amorim told Reuters, "It will be obligatory."',),
                     ("Celso Amorim", "Reuters"), "a")  # fmt: skip
    second = _article(('On Monday Celso Amorim said, "English stays."',), ("Celso Amorim",), "b")
    third = _article(('On Monday Celso Amorim wrote on Twitter, "A democratic decision."',),
                     ("Celso Amorim",), "c")  # fmt: skip
    told = [
        *with_occasions(first, [_said(first, "Celso Amorim", "It will be", "2019-05-13")], [])[0],
        *with_occasions(second, [_said(second, "Celso Amorim", "English", "2019-05-13")], [])[0],
        *with_occasions(third, [_said(third, "Celso Amorim", "A democratic", "2019-05-13")], [])[0],
    ]
    assert [[p.mention.text for p in g] for g in cluster(told)] == [
        ["It will be", "English"],
        ["A democratic"],
    ]


def test_words_named_by_a_noun_take_no_setting_of_another_speakers_act():
    # the rally is Erdogan's; UNESCO's criticism is the occasion told below, to Sputnik News
    context = _article(
        (
            "Recep Tayyip Erdogan announced this again in a rally on Friday, despite criticism by "
            "UNESCO.",
            "In an interview with Sputnik News, UNESCO also said that this change would require "
            "its approval.",
        ),
        ("Recep Tayyip Erdogan", "UNESCO", "Sputnik News"),
    )
    told = [_said(context, "UNESCO", "criticism"), _said(context, "UNESCO", "said")]
    told, _ = with_occasions(context, told, [])
    assert [p.occasion for p in told] == ["actors/sputnik-news", "actors/sputnik-news"]
    assert len(cluster(told)) == 1


def test_words_that_name_no_occasion_join_a_named_one():
    # the UN's urging names no occasion (none of the UN's does): it stays with Ban's words,
    # whose title names the UN, at the summit
    context = _article(
        (
            "United Nations Secretary-General Ban Ki-moon has expressed concern.",
            "The United Nations will do its utmost, urging the Security Council to act.",
            "While at the AU summit, Ban Ki-moon says he discussed the deployment.",
        ),
        ("United Nations", "Security Council", "Ban Ki-moon"),
    )
    lead = _said(context, "Ban Ki-moon", "expressed")
    lead = Proposal(**{**lead.__dict__, "agents": ("united-nations", "ban-ki-moon")})
    body = _said(context, "United Nations", "urging")
    head = _said(context, "Ban Ki-moon", "says")
    told, _ = with_occasions(context, [lead, body, head], [])
    assert [p.occasion for p in told] == ["session", None, "session"]
    assert len(cluster(told)) == 1
