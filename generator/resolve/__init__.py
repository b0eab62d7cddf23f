"""Stage 3: turn raw spans into mentions of one canonical entity each.

Order of authority: a contributor's explicit annotation, then curated names and aliases
(matched by the EntityRuler), then the statistical NER. The NER's guesses are decided for the
whole briefing at once (``decide.py``): a vote over every mention of a name, then the word rules
(titles, events, laws, places); accepted names that are one actor are merged (``merge.py``:
acronyms, middle names, transliterations); a lone surname links to the one person of that
name in its article. Every rejection and merge is recorded as a ``Decision`` for the review.

This module keeps the orchestration only (``resolve``, ``collected_ahead``; ``phases`` holds
resolve's named phases) and re-exports the names other code imports from
``generator.resolve``. The package holds one concern per module,
lowest first (each imports only from those before it): ``vocab`` (word lists), ``reasons`` (why
a name is no actor), ``names`` (cleaning a name), ``decide`` (the
type vote), ``bodies`` (bodies' keys and folds), ``article`` (one article's candidates),
``merge`` (variants, acronyms, fuzzy names), ``nonactors`` and ``things`` (names that are no
actors); then the briefing-wide passes: ``persons`` (people's names compared), ``sweeps`` (per-
article reads of the texts), ``bearers`` (who a title is), ``placements`` (person, firm or
place by the words around), ``surnames`` (short forms and one-name people), ``glued`` (names
the NER glued to another word), ``nations`` (states and regions acting), ``marks`` (passes over
one article alone), ``jargon`` (not actors), ``outlets`` (outlets and media citations),
``aliases`` (other names the text gives), ``folds`` (bodies, governments, ministries; the final
merge and keys), ``parties`` (political parties) and ``left_out`` (the review's record of reads
and rejections).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rapidfuzz.distance import OSA, Levenshtein

from ..gazetteer import state_name
from ..memo import Memo
from ..model import (
    ArticleAnnotation,
    Content,
    Decision,
    Resolved,
)
from ..steps import Steps
from .aliases import (
    _CLAUSE_END,
    _FOUND_TO_BE,
    _IS,
    _PAPERS_READ,
    _SMALL,
    _known_as,
    _owners_in_articles,
    _quoted_nicknames,
    _spelling,
    _translated_acronyms,
)
from .article import ArticleMentions, Candidate, given_alias
from .folds import _body_folds, _Placed, _states_headed
from .glued import (
    _outlet_channel,
    _place_after_person,
    _unglue,
    _unglue_in,
)
from .jargon import (
    _HYPHEN_MODIFIER_AFTER,
    _USED_BEFORE,
    _epithets,
    _jargon,
    _jargon_reads,
    _ships_named_like_people,
)
from .marks import _in_articles
from .names import (
    clean_name,
    looks_like_name,
    person_words,
    strip_titles,
)
from .nations import (
    _NATION_ACTS,
    _NATION_GOVERNED,
    _NATION_PLACE_BEFORE,
    _REGION_NAME_BEFORE,
    _after_list,
    _region_spelt,
    _regions_written,
)
from .outlets import (
    _LOWER_WORD_BEFORE,
    _THE_ENDS,
    Citations,
    _home_editions,
    _media_citations,
    _paper_of_its_own,
    _papers_in_text,
    citations_of_texts,
)
from .parties import _INSIDE_AFTER, _INSIDE_BEFORE, _party_groups, _Texts
from .persons import (
    SWAP_DISTANCE,
    _names_person,
    _Owners,
    _owners_named,
    _surname_index,
    _swapped_in,
)
from .phases import (
    candidate_passes,
    collect_inputs,
    collect_memo,
    mentions_and_entities,
    merges_and_folds,
    read_articles,
    verdicts_of,
)
from .placements import (
    FIRM_READINGS,
    _called_a_person,
    _firm_before_a_name,
    _placements,
    _state_use,
    _state_used,
    _written_times,
)
from .surnames import (
    _follow_surnames,
    _full_names,
    _given_names_cut,
    _honoured_bodies,
    _NameIndex,
    _surname_alone,
    _unread_names,
)
from .sweeps import _GLOSSED, Words, _read_articles, words_of_texts

__all__ = [
    "FIRM_READINGS",
    "OSA",
    "SWAP_DISTANCE",
    "_CLAUSE_END",
    "_FOUND_TO_BE",
    "_GLOSSED",
    "_HYPHEN_MODIFIER_AFTER",
    "_INSIDE_AFTER",
    "_INSIDE_BEFORE",
    "_IS",
    "_LOWER_WORD_BEFORE",
    "_NATION_ACTS",
    "_NATION_GOVERNED",
    "_NATION_PLACE_BEFORE",
    "_PAPERS_READ",
    "_REGION_NAME_BEFORE",
    "_SMALL",
    "_THE_ENDS",
    "_USED_BEFORE",
    "Candidate",
    "Citations",
    "Decision",
    "Levenshtein",
    "Steps",
    "Words",
    "_NameIndex",
    "_Owners",
    "_Placed",
    "_Texts",
    "_after_list",
    "_body_folds",
    "_called_a_person",
    "_epithets",
    "_firm_before_a_name",
    "_follow_surnames",
    "_full_names",
    "_given_names_cut",
    "_home_editions",
    "_honoured_bodies",
    "_in_articles",
    "_jargon",
    "_jargon_reads",
    "_known_as",
    "_media_citations",
    "_names_person",
    "_outlet_channel",
    "_owners_in_articles",
    "_owners_named",
    "_paper_of_its_own",
    "_papers_in_text",
    "_party_groups",
    "_place_after_person",
    "_placements",
    "_quoted_nicknames",
    "_read_articles",
    "_region_spelt",
    "_regions_written",
    "_ships_named_like_people",
    "_spelling",
    "_state_use",
    "_state_used",
    "_states_headed",
    "_surname_alone",
    "_surname_index",
    "_swapped_in",
    "_translated_acronyms",
    "_unglue",
    "_unglue_in",
    "_unread_names",
    "_written_times",
    "citations_of_texts",
    "clean_name",
    "collected_ahead",
    "given_alias",
    "looks_like_name",
    "person_words",
    "resolve",
    "state_name",
    "strip_titles",
    "words_of_texts",
]


def collected_ahead(
    content: Content, keys: Mapping[str, str], memo: Memo
) -> dict[str, tuple[str, ArticleMentions, str]]:
    """Each article's spans read (``collect``) as ``memo`` keeps them for its annotation's
    key in ``keys``, with that key and the memo entry's: found before the annotations are
    all there (while the spaCy process parses an edit), so ``resolve`` reads only the
    others. An article it lacks is collected by ``resolve``; what it holds counts as used."""
    memo = collect_memo(content, memo)
    ignored = set(content.briefing.ignore)
    found: dict[str, tuple[str, ArticleMentions, str]] = {}
    for article in content.articles:
        key = keys.get(article.id)
        if not key:
            continue
        inputs = collect_inputs(article, key, ignored | set(article.ignore))
        hit = memo.found_keyed(inputs, ArticleMentions.decoded)
        if hit is not None:
            found[article.id] = (key, *hit)
    return found


def resolve(
    content: Content,
    annotations: Sequence[ArticleAnnotation],
    memo: Memo | None = None,
    collected: Mapping[str, tuple[str, ArticleMentions, str]] | None = None,
    steps: Steps | None = None,
    words: Words | None = None,
    citations: Citations | None = None,
) -> Resolved:
    """Every mention resolved to one entity key; NER-found actors added to the entities.
    ``memo`` keeps each article's spans read (``collect``, the per-article half of the work)
    for the next build, which then reads again only the articles whose annotation changed,
    and in the same folder the briefing-wide steps (``memo.Steps``: one file per step), taken
    from it when they read the same values as in the last build, and the per-article half of
    the unread-names search, the full names, the words of each text and the words after
    lower-case ones (``memo.PerArticle``: one file each for every article). ``collected``
    holds articles' spans read already (``collected_ahead``), by annotation key. ``steps``,
    when given, is that step memo (in ``memo``'s folder), shared with ``extract`` by the
    build so that the digests made for resolve's keys serve extract's. ``words``: the
    articles' ``words_of_texts`` with ``steps``, found already (they read the texts alone, so
    a rebuild finds them while the spaCy process parses the edit); ``citations``, likewise
    their ``citations_of_texts``."""
    if steps is None:
        steps = Steps(memo.folder, ahead=memo.ahead) if memo is not None else Steps(None)
    # Read here, not in the phase: the build hands over ``words`` found ahead, and tests
    # replace ``generator.resolve.words_of_texts`` to see when they are read.
    words = words or words_of_texts(content.articles, steps)
    read = read_articles(content, annotations, memo, collected or {}, words, steps)
    passed = candidate_passes(read, content, annotations, steps)
    decided = verdicts_of(read, passed, content, steps, citations)
    merged = merges_and_folds(read, passed, decided, steps)
    return mentions_and_entities(read, passed, decided, merged, content, annotations, steps)
