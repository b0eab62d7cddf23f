"""Passes over the briefing's texts, article by article, kept per article by ``steps`` so an
edit redoes only its article: the generic per-article sweep (``_each_article``), the
briefing's words (``words_of_texts``), one-word names glossed as bodies (``_glossed``), the
``nonactors`` and ``things`` reads of every article (``_read_articles``), and well-known
actors' names written where the NER read none (``_well_known_written``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache, partial
from typing import TypeVar

from ..model import Article, Sentence
from ..steps import PerArticle, Steps
from .article import Candidate
from .article import by_article as candidates_of
from .names import lowercase_words
from .nonactors import ArticleRead, read_article, read_decoded
from .things import Read as ThingsRead
from .things import read_article as read_things
from .things import read_decoded as things_read_decoded
from .vocab import TITLES_THAT_NAME, WELL_KNOWN, WELL_KNOWN_PEOPLE

T = TypeVar("T")


Words = tuple[frozenset[str], dict[str, list[str]], dict[str, list[str]]]
"""``words_of_texts``' value: the briefing's lower-case words, and each article's glossed
words and own lower-case words."""


_GLOSSED = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]+)(?:\s*\(|, )(?:the |a |its )?(?:[A-Za-z'’-]+ ){0,3}"
    r"(?:(?:lower|upper) house|parliament|chamber|assembly|legislature|court|party|council|"
    r"agency|ministry|police|army|union|movement)(?=\s*[),.;]| of\b| in\b)"
)


def _glossed(labels: dict[str, Counter[str]], found: set[str]) -> list[str]:
    """One-word names the text glosses as a body in lower-case words: "the Sejm (lower
    house)", "the Knesset, Israel's parliament" — never a name the NER calls a person. A
    house only as a chamber: "Cheongwadae, the President's house" is a residence.
    ``found`` are the words ``_GLOSSED`` finds in the texts (``words_of_texts``)."""
    return sorted(n for n in found if n in labels and not labels[n]["PERSON"] + labels[n]["NORP"])


def words_of_texts(articles: Sequence[Article], steps: Steps) -> Words:
    """The words the articles write in lower case (``lowercase_words``), each article's
    words ``_GLOSSED`` finds (for ``_glossed``), and each article's own lower-case words (for
    ``own_words_only``): all read one article's text at a time, so each article's are kept
    (one file) and a rebuild after one edit reads again only its text (both scans of every
    paragraph cost 0.15 s at 1,000 articles). Kept as words joined by spaces, which no word
    holds: one string decodes at once, a list item by item."""
    kept = PerArticle(steps, "words")
    lowercase: set[str] = set()
    glossed: dict[str, list[str]] = {}
    small: dict[str, list[str]] = {}
    for article in articles:
        low, found = kept.get(
            (article.id, article.paragraphs), partial(_article_words, article), _two_strings
        )
        small[article.id] = low.split()
        lowercase.update(small[article.id])
        glossed[article.id] = found.split()
    kept.save()
    return frozenset(lowercase), glossed, small


def _article_words(article: Article) -> tuple[str, str]:
    """``words_of_texts`` of one article: its words in lower case, and ``_GLOSSED``'s."""
    found = {m.group(1) for text in article.paragraphs for m in _GLOSSED.finditer(text)}
    return " ".join(sorted(lowercase_words([article]))), " ".join(sorted(found))


def _two_strings(value: object) -> bool:
    """A kept value of ``_article_words``' form."""
    return isinstance(value, tuple) and len(value) == 2 and all(type(v) is str for v in value)


def _each_article(
    kept: PerArticle,
    candidates: Sequence[Candidate],
    compute: Callable[[str, tuple[str, ...], list[Candidate]], T],
    check: Callable[[object], bool],
    articles: Sequence[Article] | None = None,
) -> list[tuple[str, list[int], T]]:
    """A pass that reads each candidate's own article alone: for each article (in the order
    of its first candidate), the article, its candidates' indexes in ``candidates`` and
    ``compute(article, texts, here)`` of its paragraphs' texts (when the pass reads
    ``articles``; else none, and an article they do not hold is left out) and its candidates
    ``here``, kept by ``kept`` under the article, its texts (when read) and ``here``, with
    ``kept``'s shared tables. The loop the per-article passes share, so that each keys and
    saves its file alike."""
    texts = None if articles is None else {a.id: a.paragraphs for a in articles}
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        by_article[c.article].append(i)
    out: list[tuple[str, list[int], T]] = []
    for article, indexes in by_article.items():
        if texts is not None and article not in texts:
            continue
        here = [candidates[i] for i in indexes]
        text = () if texts is None else texts[article]
        inputs = (article, here) if texts is None else (article, text, here)
        value = kept.get(inputs, partial(compute, article, text, here), check)
        out.append((article, indexes, value))
    kept.save()
    return out


def _changed_kept(value: object) -> bool:
    """A kept value of ``_owners_in_article``'s form."""
    return isinstance(value, list) and all(c is True or type(c) is Candidate for c in value)


def _read_articles(
    candidates: Sequence[Candidate], articles: Sequence[Article], steps: Steps
) -> tuple[dict[str, ArticleRead], dict[str, ThingsRead]]:
    """``nonactors.read_article`` and ``things.read_article`` of every article (of its
    candidates, in order), by article, both kept by ``steps`` in one entry under its texts and
    candidates (``PerArticle``): after one edit the briefing-wide rules of ``not_actors`` and
    ``things`` read again only the edited article's words, and each article's inputs are
    digested once a build, not once for each."""
    here = candidates_of(candidates)
    kept = PerArticle(steps, "article-reads")
    reads: dict[str, ArticleRead] = {}
    reads_things: dict[str, ThingsRead] = {}
    for a in articles:
        mine = here.get(a.id, [])
        (reads[a.id], reads_things[a.id]), _ = kept.noted(
            (a.id, a.paragraphs, mine),
            partial(_both_read, a.paragraphs, mine),
            decoder=_both_decoded,
        )
    kept.save()
    return reads, reads_things


def _both_read(texts: Sequence[str], here: Sequence[Candidate]) -> tuple[ArticleRead, ThingsRead]:
    """What ``not_actors``' and ``things``' rules read of one article."""
    return read_article(texts, here), read_things(texts, here)


def _both_decoded(data: object) -> tuple[ArticleRead, ThingsRead]:
    """A kept value of ``_both_read``'s form, from its encoded form: each column typed as it
    is built (``decode_columns``), not decoded and then checked again column by column."""
    if type(data) is not list or len(data) != 3 or data[0] != "tuple":
        raise ValueError("not a pair of reads")
    return read_decoded(data[1]), things_read_decoded(data[2])


def _well_known_written(
    candidates: list[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    sentences: Mapping[str, tuple[Sentence, ...]],
) -> list[Candidate]:
    """'the |peshmerga| assault', 'The |Dalai Lama| was not mentioned': a well-known actor's
    name (``WELL_KNOWN``) written where the NER read no span, or read a people's adjective,
    is one more mention of it (actors96, issue 8: a held-out block missed "Peshmerga" and "the
    Dalai Lama" so). Only the forms of a group some candidate of the briefing names (the
    briefing is about it), and a title that names one person (``TITLES_THAT_NAME``) wherever
    written; a span the NER read there stays."""
    named = {c.name for c in candidates}
    forms = sorted(
        {
            form
            for group in WELL_KNOWN
            if group[0] in TITLES_THAT_NAME or any(n in named for n in group)
            for form in group
        },
        key=len,
        reverse=True,
    )
    pattern = _forms_pattern(tuple(forms))
    held: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for c in candidates:
        held[(c.article, c.paragraph)].append((c.start, c.end))
    added: list[Candidate] = []
    for article, texts in paragraphs.items():
        for p, text in enumerate(texts):
            for found in pattern.finditer(text):
                start, end = found.span()
                if any(s < end and start < e for s, e in held[(article, p)]):
                    continue
                index = next(
                    (
                        i
                        for i, s in enumerate(sentences.get(article, ()))
                        if s.paragraph == p and s.start <= start < s.end
                    ),
                    -1,
                )
                if index < 0:
                    continue
                form = found.group(0)
                label = "PERSON" if form in WELL_KNOWN_PEOPLE else "ORG"
                added.append(Candidate(article, p, index, start, end, form, form, label))
    return candidates + added


@cache
def _forms_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all ``forms``, longest first, each a whole word run."""
    return re.compile(r"(?<![\w'’.-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")
