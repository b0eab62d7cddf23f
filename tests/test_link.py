from generator.link import link
from generator.model import Article, Entity, Mention, Resolved, Sentence


def test_co_mentions_backlinks_and_involvement():
    a1 = Article("2024-01-01-a", "A", "2024-01-01", "W", None, "en", ("X met Y. Z too.",))
    a2 = Article("2024-02-01-b", "B", "2024-02-01", "W", None, "en", ("X met Y again.",))
    entities = (
        Entity("actors", "x", "X", "person"),
        Entity("actors", "y", "Y", "person"),
        Entity("actors", "z", "Z", "person"),
        Entity(
            "events", "meet", "Meeting", "meeting", date="2024-01", parties=("x", "y"), about=("z",)
        ),
        Entity("agreements", "deal", "Deal", "deal", date="2023", parties=("x",)),
        Entity(
            "events", "sign", "Signing", "signing", date="2023-05", parties=("z",), agreement="deal"
        ),
    )
    s1 = (Sentence(0, 0, 8, "X met Y.", ()), Sentence(0, 9, 15, "Z too.", ()))
    s2 = (Sentence(0, 0, 14, "X met Y again.", ()),)
    mentions = (
        Mention("actors/x", a1.id, 0, 0, 0, 1, "X", "curated"),
        Mention("actors/y", a1.id, 0, 0, 6, 7, "Y", "curated"),
        Mention("actors/z", a1.id, 0, 1, 9, 10, "Z", "curated"),
        Mention("agreements/deal", a1.id, 0, 1, 11, 14, "too", "annotation"),
        Mention("actors/x", a2.id, 0, 0, 0, 1, "X", "curated"),
        Mention("actors/y", a2.id, 0, 0, 6, 7, "Y", "curated"),
    )
    linked = link(Resolved(entities, mentions, {a1.id: s1, a2.id: s2}), (a1, a2))
    assert linked.related["actors/x"] == (("actors/y", 2),)
    assert "actors/z" not in linked.related  # alone in its sentence
    assert linked.entity_articles["actors/x"] == (a2.id, a1.id)  # newest first
    assert linked.involvement["actors/x"] == ("agreements/deal", "events/meet")
    assert linked.events_of_agreement["agreements/deal"] == ("events/sign",)
    # A signatory is involved in the agreement; the signing is evidenced where the deal is named.
    # An event is on the timeline of the actors it is about, not only of its participants.
    assert linked.involvement["actors/z"] == ("agreements/deal", "events/sign", "events/meet")
    assert linked.article_entities[a1.id] == (
        "actors/x",
        "actors/y",
        "actors/z",
        "agreements/deal",
        "events/sign",
    )


def test_sentence_mentions_are_the_article_mentions_grouped_by_sentence():
    """The evidence stage's cut-off hashes an article's ``article_mentions`` and not its
    ``sentence_mentions`` (``reuse.Cutoff``): sound only while the one is made from the other."""
    a1 = Article("2024-01-01-a", "A", "2024-01-01", "W", None, "en", ("X met Y. Z too.", "X."))
    entities = tuple(Entity("actors", k, k.upper(), "person") for k in "xyz")
    s1 = (
        Sentence(0, 0, 8, "X met Y.", ()),
        Sentence(0, 9, 15, "Z too.", ()),
        Sentence(1, 0, 2, "X.", ()),
    )
    mentions = (
        Mention("actors/z", a1.id, 0, 1, 9, 10, "Z", "curated"),
        Mention("actors/x", a1.id, 1, 2, 0, 1, "X", "curated"),
        Mention("actors/y", a1.id, 0, 0, 6, 7, "Y", "curated"),
        Mention("actors/x", a1.id, 0, 0, 0, 1, "X", "curated"),
    )
    linked = link(Resolved(entities, mentions, {a1.id: s1}), (a1,))
    grouped: dict[tuple[str, int], tuple[Mention, ...]] = {}
    for m in linked.article_mentions[a1.id]:
        grouped[m.article, m.sentence] = (*grouped.get((m.article, m.sentence), ()), m)
    assert linked.sentence_mentions == grouped


def test_a_web_host_as_source_names_the_outlet_or_organisation_it_belongs_to():
    from generator.link import outlet_of_host

    hosts = {"wikinews": "actors/wikinews", "bbc": "actors/bbc", "reuters": "actors/reuters"}
    assert outlet_of_host("en.wikinews.org", hosts) == "actors/wikinews"
    assert outlet_of_host("www.bbc.co.uk", hosts) == "actors/bbc"
    assert outlet_of_host("Reuters", hosts) is None  # a name, matched as written elsewhere
    assert outlet_of_host("example.org", hosts) is None
    assert outlet_of_host("co.uk", {"co": "actors/co"}) is None  # two letters are no name
    assert outlet_of_host("Unnamed outlet (cites TASS.)", hosts) is None
