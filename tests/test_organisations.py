"""The organisation list (Phoenix's dictionaries): a listed name the NER misses or cuts becomes
an organisation mention, an acronym only beside its long form; a listed acronym joins its
listed long form named in the same article (actors64, actors65)."""

from __future__ import annotations

import spacy

from generator.annotate import paragraph_sentences
from generator.model import Span
from generator.organisations import (
    ORGANISATIONS,
    listed_acronyms,
    organisations,
    read_organisations,
    spelt_out,
    with_known_organisations,
)
from generator.resolve.decide import Verdict

LONG = "International Atomic Energy Agency"


def _listed_acronyms(verdicts, definitions, named=(("a", LONG), ("a", "IAEA"))):
    return listed_acronyms(verdicts, definitions, named)


def _spans(text: str, *spans: tuple[str, str, str | None]) -> list[Span]:
    """Spans by their text (first occurrence), label and curated key."""
    found = []
    for words, label, key in spans:
        start = text.index(words)
        found.append(Span(words, label, start, start + len(words), key))
    return found


def _names(spans: tuple[Span, ...]) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in spans]


def test_the_list_holds_organisations_with_their_source_and_licence() -> None:
    header = ORGANISATIONS.read_text(encoding="utf-8")
    assert "openeventdata/petrarch2" in header and "MIT License" in header
    forms = {f for e in organisations() for f in e.forms}
    assert {"International Atomic Energy Agency", "IAEA", "Hizbul Mujahideen"} <= forms
    # people, generic entries and common words are left out
    assert not forms & {"Kofi Annan", "Joseph Kony", "Khaled Meshaal", "UN Mission", "Youth"}
    assert not forms & {"Organization", "Islamic Jihad", "17 November", "May 15", "UN Envoy"}


def test_a_form_listed_under_two_organisations_is_an_error(tmp_path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("IGO\tAlpha Union\tAU\nIGO\tAfrican Union\tAU\n", encoding="utf-8")
    try:
        read_organisations(path)
    except ValueError as error:
        assert "'AU'" in str(error)
    else:
        raise AssertionError("a shared form must be refused")


def test_a_listed_name_the_ner_missed_becomes_an_organisation() -> None:
    text = "Militants from Hizbul Mujahideen attacked a police post in Srinagar."
    spans = _spans(text, ("Srinagar", "GPE", None))
    assert _names(with_known_organisations(text, spans)) == [
        ("Hizbul Mujahideen", "ORG"),
        ("Srinagar", "GPE"),
    ]


def test_a_listed_name_the_ner_cut_is_read_whole() -> None:
    text = "Ankara blames the Kurdistan Workers' Party for the attack."
    spans = _spans(text, ("Ankara", "GPE", None), ("Kurdistan", "GPE", None))
    assert _names(with_known_organisations(text, spans)) == [
        ("Ankara", "GPE"),
        ("Kurdistan Workers' Party", "ORG"),
    ]


def test_a_span_reaching_past_the_name_or_curated_wins() -> None:
    text = "The UN Security Council resolution 1701 was adopted; the IAEA Board met."
    spans = _spans(
        text, ("UN Security Council resolution 1701", "LAW", None), ("IAEA Board", "ORG", None)
    )
    assert with_known_organisations(text, spans) == tuple(spans)
    curated = _spans(text, ("UN", "ORG", "actors/united-nations"))
    assert with_known_organisations(text, curated)[0] == curated[0]
    assert ("UN Security Council", "ORG") not in _names(with_known_organisations(text, curated))


def test_an_acronym_is_read_only_where_its_article_spells_it_out() -> None:
    business = "Savers moved their IRA into bonds, and the ETA of the shipment slipped."
    assert with_known_organisations(business, [], spelt=spelt_out(business)) == ()
    article = "Basque Fatherland and Freedom declared a ceasefire. ETA said it would hold."
    start = article.index("ETA")
    assert _names(with_known_organisations(article, [], start, spelt=spelt_out(article))) == [
        ("ETA", "ORG")
    ]


def test_no_name_inside_a_hyphenated_word_or_after_a_capitalised_one() -> None:
    text = "A UN-backed court and Russia's Security Council met the National Security Council."
    assert with_known_organisations(text, []) == ()


def test_a_nations_adjective_before_the_name_does_not_stop_it() -> None:
    text = "Indian Hizbul Mujahideen fighters crossed as Iraqi Kurdistan Workers' Party watched."
    assert _names(with_known_organisations(text, [])) == [
        ("Hizbul Mujahideen", "ORG"),
        ("Kurdistan Workers' Party", "ORG"),
    ]


def test_one_word_of_an_armed_group_is_read_only_beside_a_longer_form() -> None:
    """The dictionary names armed groups in everyday words: "Avengers" (Night Avengers) was
    a page of its own from a film review. Read only where the article writes a longer form
    of the group; one-word coined names of IGOs and NGOs stay readable alone."""
    review = "The Avengers films made billions. Avengers: Endgame opened in April."
    assert with_known_organisations(review, [], spelt=spelt_out(review)) == ()
    weather = "Lightning struck a house in Ohio, killing two people."
    assert with_known_organisations(weather, [], spelt=spelt_out(weather)) == ()
    aid = "Oxfam said the camps needed water."
    assert _names(with_known_organisations(aid, [], spelt=spelt_out(aid))) == [("Oxfam", "ORG")]
    group = "The Night Avengers claimed the attack. The Avengers said more would follow."
    second = group.index("The Avengers")
    assert _names(with_known_organisations(group, [], second, spelt=spelt_out(group))) == [
        ("Avengers", "ORG")
    ]


def test_annotate_adds_the_span_to_its_sentence() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Fighting went on. The Aden Abyan Islamic Army claimed the attack.")
    sentences = list(paragraph_sentences(doc, 0))
    assert sentences[0].spans == ()
    (span,) = sentences[1].spans
    assert (span.text, span.label, doc.text[span.start : span.end]) == (
        "Aden Abyan Islamic Army",
        "ORG",
        "Aden Abyan Islamic Army",
    )


def test_a_listed_acronym_joins_its_listed_long_form() -> None:
    long = "International Atomic Energy Agency"
    verdicts = {long: Verdict(long, "organisation"), "IAEA": Verdict("IAEA", "organisation")}
    assert _listed_acronyms(verdicts, {}) == {"IAEA": long}
    # rejected as a fragment: still its long form's
    assert _listed_acronyms({**verdicts, "IAEA": Verdict(reason="a fragment")}, {}) == {
        "IAEA": long
    }


def test_a_listed_acronym_stays_where_the_text_or_the_curator_says_otherwise() -> None:
    long = "International Atomic Energy Agency"
    verdicts = {long: Verdict(long, "organisation"), "IAEA": Verdict("IAEA", "organisation")}
    assert _listed_acronyms(verdicts, {"IAEA": "Iowa Agricultural Export Association"}) == {}
    curated = {**verdicts, "IAEA": Verdict("IAEA", "organisation", curated_key="actors/iaea")}
    assert _listed_acronyms(curated, {}) == {}
    other = {**verdicts, "IAEA": Verdict("Iran", "state")}
    assert _listed_acronyms(other, {}) == {}
    # no long form in the briefing: nothing to join
    assert _listed_acronyms({"IAEA": Verdict("IAEA", "organisation")}, {}) == {}
    # named in two different articles only: not joined
    apart = (("a", long), ("b", "IAEA"))
    assert _listed_acronyms(verdicts, {}, apart) == {}


def test_the_pattern_finds_what_one_alternation_longest_first_finds() -> None:
    """The list's pattern is grouped by first character for speed (a flat alternation of
    every form cost 40 s of CPU over 1,000 articles); it must find the same matches."""
    import re

    from generator.organisations import known_matches

    forms = sorted({f for e in organisations() for f in e.forms}, key=lambda f: (-len(f), f))
    flat = "|".join(re.escape(f) for f in forms)
    slow = re.compile(rf"(?<![\w\-])(?:{flat})(?![\w\-])")
    text = " and ".join(forms) + ". The UN Security Council, the UN-backed court and ETA met."
    assert [m.span() for m in known_matches(text)] == [m.span() for m in slow.finditer(text)]


def test_the_patterns_of_the_forms_a_text_holds_find_what_the_whole_lists_find() -> None:
    """After an edit the few articles parsed are matched with the patterns of only the forms
    their text holds (``listed_in``: milliseconds, where compiling the whole list took 0.17 s):
    a form the text does not hold cannot match in it, so the matches are the same, in the
    whole text and in any part of it; a text holding none gets a pattern matching nothing."""
    from generator import annotate
    from generator.model import Article
    from generator.organisations import known_matches, listed, listed_in

    forms = sorted({f for e in organisations() for f in e.forms})
    texts = [
        " and ".join(forms[::7]) + ". The UN Security Council, the UN-backed court and ETA met.",
        f"The {LONG} (IAEA) said the IAEA and the IRA and Hezbollah and the Taliban spoke.",
        "Nothing listed here at all, not even an acronym.",
        "",
    ]
    for text in texts:
        few = listed_in(text)
        assert few.every.pattern != listed().every.pattern
        assert spelt_out(text, few) == spelt_out(text)
        for start, end in ((0, None), (len(text) // 3, 2 * len(text) // 3)):
            ours = [(m.span(), m.group()) for m in known_matches(text, start, end, few)]
            assert ours == [(m.span(), m.group()) for m in known_matches(text, start, end)]
    assert not listed_in("").every.search("UN and the IAEA")
    assert listed_in("").long.search("") is None, "no empty match from an empty alternation"

    article = Article("a", "T", "2024-01-01", "S", None, "en", ("The IAEA met.",))
    assert annotate.few_listed([article]) == listed_in("The IAEA met.")
    long = Article("b", "T", "2024-01-01", "S", None, "en", ("x" * annotate.FEW_CHARS, "y"))
    assert annotate.few_listed([long]) is None, "a long text: the whole list, compiled once"
