"""Evidence sentences: which sentences a page quotes, with the entity's own words marked.

Part of the evidence stage (its views, ``Quote`` and ``EvidenceGroup``, are in
``model.views``): a sentence comes with the rest of its quotation, so a lead-in ("Peskov
said:") is never quoted alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..dates import bare_weekdays
from ..model import DateMention, Linked, Mention, Sentence, newest_first
from ..model.views import EvidenceGroup, Quote, QuotedSentence


def quoted_sentences(sentences: Sequence[Sentence], index: int, limit: int = 4) -> list[int]:
    """The sentence at ``index`` with the rest of its quotation: a sentence that ends in a
    colon brings the next one, and one that leaves a quotation open brings the sentences after
    it in the same paragraph until the quotation closes."""
    chosen = [index]
    if sentences[index].text.rstrip().endswith(":") and index + 1 < len(sentences):
        chosen.append(index + 1)
    while len(chosen) < limit and chosen[-1] + 1 < len(sentences):
        following = sentences[chosen[-1] + 1]
        if following.paragraph != sentences[chosen[-1]].paragraph:
            break
        if not _leaves_quote_open(" ".join(sentences[i].text for i in chosen)):
            break
        chosen.append(chosen[-1] + 1)
    return chosen


def _leaves_quote_open(text: str) -> bool:
    """True when the text opens a quotation it does not close (straight or curly quotes)."""
    if text.count("“") > text.count("”"):
        return True
    last = text.rfind('"')
    return text.count('"') % 2 == 1 and (last == 0 or text[last - 1] in " \t([—–-")


def quote(linked: Linked, mention: Mention, bold: set[str]) -> Quote:
    """One evidence sentence with the entity's own mentions marked, and its quotation.

    A sentence that introduces a quotation ("Peskov said:") is shown with the quotation:
    the colon alone supports nothing.
    """
    sentences = linked.sentences[mention.article]
    paragraphs = linked.articles[mention.article].paragraphs
    quoted: list[QuotedSentence] = []
    dates: list[DateMention] = []
    reference = date.fromisoformat(linked.reference_days[mention.article])
    for index in quoted_sentences(sentences, mention.sentence):
        sentence = sentences[index]
        spans = tuple(
            (m.start - sentence.start, m.end - sentence.start)
            for m in linked.sentence_mentions.get((mention.article, index), ())
            if m.entity in bold
        )
        text = paragraphs[sentence.paragraph][sentence.start : sentence.end]
        quoted.append(QuotedSentence(index, sentence.paragraph, text, spans))
        found = linked.sentence_dates[mention.article][index]
        dates.extend(found)
        dates.extend(
            d
            for d in bare_weekdays(text, reference)
            if not any(f.start < d.end and d.start < f.end for f in found)
        )  # read as extract reads them, so a date it took from this sentence is found here
    return Quote(mention.article, tuple(quoted), tuple(dates))


def evidence_for(linked: Linked, keys: Sequence[str]) -> tuple[EvidenceGroup, ...]:
    """Evidence sentences for entities, grouped by article (newest first); a sentence
    already quoted as the continuation of another is not quoted again."""
    by_article: dict[str, dict[int, Mention]] = {}
    for key in keys:
        for m in linked.mentions.get(key, ()):
            by_article.setdefault(m.article, {}).setdefault(m.sentence, m)
    groups = []
    for article_id in newest_first(by_article, lambda a: linked.articles[a].date, lambda a: a):
        found = by_article[article_id]
        quotes: list[Quote] = []
        shown: set[int] = set()
        for index in sorted(found):
            if index in shown:
                continue
            item = quote(linked, found[index], set(keys))
            shown.update(item.indices)
            quotes.append(item)
        groups.append(EvidenceGroup(linked.articles[article_id], tuple(quotes)))
    return tuple(groups)
