"""Shared fixtures: the project paths and a small content folder built in tmp_path."""

from __future__ import annotations

import contextlib
import functools
import http.server
import re
import shutil
import textwrap
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import ClassVar, NoReturn

import pytest
import spacy
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _no_repo_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages do not depend on the shell a test runs in: $BRIEFING_REPO_URL (which CI sets for
    the published site) would add edit links to every golden page."""
    monkeypatch.delenv("BRIEFING_REPO_URL", raising=False)


@pytest.fixture(autouse=True)
def _slow_work_is_marked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep ``make test-fast`` (``-m "not slow and not browser"``) a run of seconds: outside
    tests marked ``slow`` or ``browser``, loading a spaCy model or running MkDocs fails at once
    with the marker to add, instead of quietly slowing every quick run."""
    if request.node.get_closest_marker("slow") or request.node.get_closest_marker("browser"):
        return

    def refuse(*args: object, **kwargs: object) -> NoReturn:
        pytest.fail(f"{request.node.nodeid} loads a spaCy model or runs MkDocs: mark it slow")

    monkeypatch.setattr("spacy.load", refuse)
    monkeypatch.setattr("generator.publish.run_mkdocs", refuse)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The statistical model without its lemmatizer, loaded once for every extraction test
    (each module loaded its own copy; a test file may still define its own ``nlp``)."""
    from generator.annotate import choose_model

    return spacy.load(choose_model(), exclude=["lemmatizer"])


def blank_pipeline(
    model: str, patterns: list[dict[str, str]], loaded: Language | None = None
) -> Language:
    """Blank English + sentencizer + the curated EntityRuler: no statistical model, so the
    output depends on the curated data and spaCy's tokenizer only, not on a model release."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    return nlp


@pytest.fixture
def blank_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Annotate with ``blank_pipeline`` instead of loading a model (pass any model name)."""
    monkeypatch.setattr("generator.annotate.load_pipeline", blank_pipeline)
    monkeypatch.setattr("generator.annotate.load_model", lambda model: None)  # preloads nothing


def rejected_reasons(resolved) -> dict[str, str]:
    """Names resolve rejected, with the reason each decision gives."""
    return {d.name: d.reason for d in resolved.decisions if d.action == "rejected"}


def entity_names(found) -> set[str]:
    """The names of resolved entities (key to entity)."""
    return {e.name for e in found.values()}


@pytest.fixture
def mini_content(tmp_path: Path) -> Path:
    """A copy of tests/fixtures/mini: two short articles and a few curated entities."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "mini", target)
    return target


@pytest.fixture
def content(mini_content: Path):
    """The mini content folder, loaded (resolve's tests start from it)."""
    from generator.load import load_content

    return load_content(mini_content)


def write(path: Path, text: str) -> Path:
    """Write dedented text, creating folders: keeps fixtures readable inside tests."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


ARTICLE_PAYLOAD = "Talks </title <><img src=x onerror=alert(1) <>"
"""An article title that broke out of <title> through the theme's striptags (issue 11). The
loader refuses it (E200); builds of it turn that check off (``without_tag_check``) to prove
that the theme alone keeps it text."""
SITE_PAYLOAD = 'Brief" autofocus onfocus="alert(2)" x="'
"""A briefing title that broke out of the theme's aria-label attributes (issue 11)."""
BODY_PAYLOAD = "<img src=x onerror=alert(3) <>"
"""Article text that must stay text (the loader refuses it too, as an unclosed tag)."""
ACTOR_NAME = 'Axis "Alliance" & Co'
PROSE_TITLE = "< script and 3 > 2"
"""Prose with angle brackets: allowed, and shown as written."""


def add_hostile_content(content: Path) -> Path:
    """Titles and text that try to become markup in the theme, added to a copy of mini."""
    write(
        content / "briefing.yml",
        f"title: '{SITE_PAYLOAD}'\nsummary: Titles that try to become markup.\n",
    )
    write(
        content / "articles/2024-03-01-talks.md",
        f"---\ntitle: '{ARTICLE_PAYLOAD}'\ndate: '2024-03-01'\nsource: Wire\nlanguage: en\n"
        f"---\n\nFreedonia said {BODY_PAYLOAD} at the talks.\n",
    )
    write(
        content / "articles/2024-03-02-prose.md",
        f"---\ntitle: '{PROSE_TITLE}'\ndate: '2024-03-02'\nsource: Wire\nlanguage: en\n"
        "---\n\nSylvania said so.\n",
    )
    write(content / "actors/axis.yml", f"name: '{ACTOR_NAME}'\ntype: organisation\n")
    return content


@contextlib.contextmanager
def without_tag_check() -> Iterator[None]:
    """Defence in depth: the loader refuses raw tags (E200), and the pages and theme must
    keep them text even if that check ever misses one. Turned off, hostile markup reaches
    the theme, so a test can prove the second line holds alone."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("generator.load.fields.HTML_RE", re.compile(r"(?!)"))
        yield


@pytest.fixture
def hostile_content(mini_content: Path) -> Iterator[Path]:
    """The mini briefing with hostile titles and text (see ``add_hostile_content``), loaded
    with the loader's tag check off."""
    with without_tag_check():
        yield add_hostile_content(mini_content)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file handler that keeps the test output clean, may add headers and may
    record the paths it served."""

    extra_headers: ClassVar[dict[str, str]] = {}
    served: ClassVar[list[str] | None] = None

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args: object) -> None:
        if self.served is not None:
            self.served.append(self.path)


@contextlib.contextmanager
def serve(
    site: Path, headers: dict[str, str] | None = None, served: list[str] | None = None
) -> Iterator[str]:
    """Serve a built site on a free local port; the server is shut down on leaving. Each
    request's path is appended to ``served``, if given."""
    handler_class = type(
        "Handler", (_QuietHandler,), {"extra_headers": dict(headers or {}), "served": served}
    )
    handler = functools.partial(handler_class, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def jinja_compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja2 compiles during the test, in order: how a test sees
    whether the kept compiled code was read instead (``templating.CompiledTemplates``)."""
    import jinja2

    compiled: list[str] = []
    real = jinja2.Environment.compile

    def compile(self, source, name=None, *args, **kwargs):
        compiled.append(name)
        return real(self, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", compile)
    return compiled


def paragraph_context(nlp, text: str, day: date, names, persons=(), states=()):
    """A one-paragraph article of ``day`` parsed by ``nlp`` and its extraction context, each of
    ``names`` a mention of the actor ``actors/<slug>`` wherever the text writes it (the
    events tests' fixture: no resolve, so a test names exactly the actors it means)."""
    from generator.extract.tie import Context
    from generator.model import Article, Mention, Sentence

    article = Article("a", "T", day.isoformat(), "Wire", None, "en", (text,))
    doc = nlp(text)
    sentences = tuple(Sentence(0, s.start_char, s.end_char, s.text, ()) for s in doc.sents)
    mentions = tuple(
        Mention(
            f"actors/{name.lower().replace(' ', '-')}",
            "a",
            0,
            next(i for i, s in enumerate(sentences) if s.start <= m.start() < s.end),
            m.start(),
            m.end(),
            name,
            "ner",
        )
        for name in names
        for m in re.finditer(re.escape(name), text)
    )
    context = Context(
        article,
        sentences,
        tuple(sorted(mentions, key=lambda m: m.start)),
        day,
        persons=frozenset(persons),
        states=frozenset(states),
    )
    return doc, context
