"""review24 (issue 8): wrong pages found probing actors69's and actors70's rules on real news
and written probes (benchmarks/pools/review24/): counts that gave "Mr Clinton" to Hillary and
"Mrs Clinton" to Bill, a title that took a lone surname from its article's own bearer, "<state>
24" read as a news channel in tariff tables and scores, "the Clintons" given to one Clinton,
and "Rudy" split from "Rudolph" Giuliani."""

from __future__ import annotations

from test_resolve_actors66 import resolve_articles
from test_resolve_review21 import _full, _lone, _owners

from generator.resolve.merge import Found, merges


def _clintons(woman_first: bool) -> list:
    """A briefing where one Clinton is named three times as often as the other."""
    many = ("Senator", "Hillary") if woman_first else ("President", "Bill")
    few = ("President", "Bill") if woman_first else ("Senator", "Hillary")
    return [
        _full(*many, "Clinton"),
        _full(*many, "Clinton"),
        _full(*many, "Clinton"),
        _full(*few, "Clinton"),
    ]


def test_mr_never_goes_by_counts_to_the_bearer_called_mrs(content):
    """Hillary Clinton, called 'Mrs Clinton' in her own article, named far more often than
    Bill: a lone 'Mr Clinton' in an article naming neither is Bill's, not hers."""
    articles = _clintons(woman_first=True)
    articles.append(
        (
            ["Hillary Clinton campaigned in Ohio.", "Mrs Clinton told voters to turn out."],
            {0: [("Hillary Clinton", "PERSON")], 1: [("Clinton", "PERSON")]},
        )
    )
    articles.append(_lone(["Mr Clinton spoke to steelworkers in Pittsburgh."], "Clinton"))
    resolved, names = resolve_articles(content, articles)
    assert _owners(resolved, names, "a4") == ["Hillary Clinton", "Hillary Clinton"]
    assert _owners(resolved, names, "a5") == ["Bill Clinton"]


def test_mrs_never_goes_by_counts_to_the_most_mentioned_bearer(content):
    """Bill Clinton named three times as often as Hillary, neither named a woman: a lone
    'Mrs Clinton' is no one's rather than his."""
    articles = _clintons(woman_first=False)
    articles.append(_lone(["Mrs Clinton began a listening tour of New York."], "Clinton"))
    resolved, names = resolve_articles(content, articles)
    assert _owners(resolved, names, "a4") in ([], [None])


def test_a_family_plural_is_not_given_by_counts(content):
    """'all three Clintons': a family, not the most-mentioned Clinton."""
    articles = _clintons(woman_first=True)
    articles.append(_lone(["All three Clintons attended events in New York."], "Clintons"))
    resolved, names = resolve_articles(content, articles)
    assert _owners(resolved, names, "a4") in ([], [None])


def test_a_title_the_article_gives_its_own_bearer_in_lower_case_stays_with_them(content):
    """'Shehbaz Sharif ... was elected prime minister ... Prime Minister Sharif': the article
    says its bearer holds the office (no title before his name), so the lone surname is not
    his brother's, called 'former Prime Minister Nawaz Sharif' elsewhere."""
    articles = [
        _full("Former Prime Minister", "Nawaz", "Sharif"),
        (
            [
                "Shehbaz Sharif, the party leader, was elected prime minister on Monday.",
                "Prime Minister Sharif said he would fix the economy.",
            ],
            {0: [("Shehbaz Sharif", "PERSON")], 1: [("Sharif", "PERSON")]},
        ),
    ]
    resolved, names = resolve_articles(content, articles)
    assert _owners(resolved, names, "a1") == ["Shehbaz Sharif", "Shehbaz Sharif"]


def test_a_state_and_24_in_a_table_or_a_score_is_the_state(content):
    """'Japan 24%' (a tariff table), 'Italy 24, Scotland 18' and 'Ireland 24 - Wales 10'
    (scores, the NER's own span or not): the state, no news channel; 'France 24 said' is."""
    articles = [
        (
            [
                "The rates: Japan 24%, South Korea 25%.",
                "It ended Italy 24, Scotland 18 and Ireland 24 - Wales 10.",
                "France 24 said the count was fair.",
            ],
            {
                0: [("Japan", "GPE"), ("South Korea", "GPE")],
                1: [("Italy 24", "ORG"), ("Scotland", "GPE"), ("Ireland", "GPE"), ("Wales", "GPE")],
                2: [("France", "GPE")],
            },
        ),
    ]
    resolved, names = resolve_articles(content, articles)
    found = {names.get(m.entity) for m in resolved.mentions}
    assert {"Japan", "Italy", "France 24"} <= found
    assert not {"Japan 24", "Italy 24", "Ireland 24"} & found


def _found(name: str, article: str) -> Found:
    """A person named in ``article`` beside Hillary Clinton (a neighbour both share)."""
    return Found(name, "person", 2, frozenset({article}), frozenset({"Hillary Clinton"}))


def test_a_given_name_s_short_form_in_y_is_one_person():
    """'Rudy Giuliani' is 'Rudolph Giuliani' written short (the given-name rule of actors69
    split them); 'Laura' and 'Lauren Bush' stay two."""
    found = [_found("Rudolph Giuliani", "a0"), _found("Rudy Giuliani", "a1")]
    assert [m.into for m in merges(found, {})] == ["Rudolph Giuliani"]
    found = [_found("Laura Bush", "a0"), _found("Lauren Bush", "a1")]
    assert not merges(found, {})
