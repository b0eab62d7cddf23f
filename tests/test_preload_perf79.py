"""perf79: the rebuild's spaCy process parses without reading the organisation list (the
build sends the list's patterns for the articles, with their entries), and the generator's
code is digested by the stages, not by every process that imports ``memo``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

from generator import annotate as stage
from generator import organisations
from generator.load import load_content

_CACHED = (
    organisations.organisations,
    organisations._owners,
    organisations._every_form,
    organisations._long_forms,
    organisations._pattern,
    organisations._long_pattern,
    organisations.intergovernmental,
)


def test_the_spacy_process_parses_a_few_articles_without_reading_the_organisation_list(
    mini_content, monkeypatch
):
    """The list's entries are read by the build's own process only (a read in the spaCy
    process fails its parse here); the parse finds the listed names the text holds, acronyms
    after their long form included, as this process does with the list read."""
    from spacy.lang.en import English

    def pipeline(model, patterns, loaded=None):
        nlp = English()
        nlp.add_pipe("sentencizer")
        return nlp

    monkeypatch.setattr(stage, "load_pipeline", pipeline)
    monkeypatch.setattr(stage, "load_model", lambda model: None)
    content = load_content(mini_content)
    text = (
        "The UN Security Council met on Monday. The UN envoy and officials of the "
        "Provisional Irish Republican Army spoke; the PIRA said nothing more."
    )
    article = replace(content.articles[0], paragraphs=(text,))
    parent = os.getpid()
    real = organisations.read_organisations

    def read(*args):
        if os.getpid() != parent:
            raise AssertionError("the spaCy process read the organisation list")
        return real(*args)

    monkeypatch.setattr(organisations, "read_organisations", read)
    for cached in _CACHED:
        cached.cache_clear()  # as in a process that has not read the list yet
    try:
        with stage.Preloaded("blank") as preloaded:
            [(sentences, frames)] = preloaded.parse([], [article])
    finally:
        for cached in _CACHED:
            cached.cache_clear()
    here = next(stage.parse_articles(pipeline("blank", []), [article]))
    assert (sentences, frames) == here
    found = {span.text for sentence in sentences for span in sentence.spans}
    assert {"UN Security Council", "Provisional Irish Republican Army", "PIRA"} <= found


def test_a_few_articles_patterns_carry_the_entries_of_their_forms_only():
    """``listed_in``'s patterns name the entries of the forms the text holds, and find what
    the whole list's find there; the whole list's carry none (every entry is read)."""
    text = "The Provisional Irish Republican Army and the UN. Later the PIRA spoke."
    few = organisations.listed_in(text)
    assert few.owners is not None
    assert {"Provisional Irish Republican Army", "PIRA", "UN"} <= set(few.owners)
    assert all(form in text for form in few.owners)
    assert {e.name for e in few.owners.values()} == {"Irish Republican Army", "United Nations"}
    assert organisations.listed().owners is None
    assert organisations.spelt_out(text, few) == organisations.spelt_out(text)
    spans = ()
    assert organisations.with_known_organisations(
        text, spans, patterns=few
    ) == organisations.with_known_organisations(text, spans)


def test_importing_memo_reads_no_code_and_importing_the_stages_does():
    """A process importing the annotate stage alone (the rebuild's spaCy process) digests no
    code; one importing the build (the stages) has the code's digest before any build asks."""
    probe = (
        "import json, sys\n"
        "import generator.annotate\n"
        "import generator.memo as memo\n"
        "before = memo._running_code.cache_info().currsize\n"
        "import generator.build\n"
        "print(json.dumps([before, memo._running_code.cache_info().currsize]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(done.stdout) == [0, 1]


def test_files_written_behind_are_on_disk_in_order_once_waited_for(tmp_path):
    """A build's ``ReadAhead`` writes in a thread of its own, the writes of one path in the
    order given; ``wait`` returns once all are on disk and the thread has ended; a file that
    cannot be written is left unwritten, as before. Without ``behind`` it writes at once."""
    import threading

    from generator.memo import ReadAhead

    path = tmp_path / "step.marshal"
    with ReadAhead(behind=True) as ahead:
        for n in range(20):
            ahead.write(path, b"%d" % n)
        ahead.write(tmp_path / "missing" / "folder" / "x", b"made")  # folders made
        assert any(t.name.startswith("memo-writes") for t in threading.enumerate())
        blocked = tmp_path / "blocked"
        blocked.write_text("a file, not a folder")
        ahead.write(blocked / "y", b"never")  # NotADirectoryError: left unwritten
    assert path.read_bytes() == b"19"
    assert (tmp_path / "missing" / "folder" / "x").read_bytes() == b"made"
    assert not any(t.name.startswith("memo-writes") for t in threading.enumerate())
    at_once = ReadAhead()
    at_once.write(tmp_path / "now", b"now")
    assert (tmp_path / "now").read_bytes() == b"now"


def test_a_build_writes_its_memos_behind_the_stages_and_leaves_no_thread(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """The memo files of resolve and extract are written by the build's writer thread, not
    by the stages' own; when the build returns they are on disk (a second build hits them)
    and no thread of it is left (the command's quick exit needs none, ``cli._leave``)."""
    import threading

    from generator import memo
    from generator.build import build
    from generator.paths import Paths

    writers: list[tuple[str, str]] = []
    real = memo.write_atomic

    def write(path, data):
        writers.append((path.name, threading.current_thread().name))
        real(path, data)

    monkeypatch.setattr(memo, "write_atomic", write)
    out = tmp_path / "out"
    paths = Paths(mini_content, out / "site", out / "docs", out / "cache")
    build(paths, pages_only=True)
    steps = [(name, thread) for name, thread in writers if name.startswith("resolve-step-")]
    assert steps, "resolve's steps were written"
    assert {thread for _, thread in steps} == {"memo-writes_0"}
    assert not any(t.name.startswith("memo-writes") for t in threading.enumerate())
    assert all((out / "cache" / name).is_file() for name, _ in steps)
