"""content/README.md's YAML examples are what the loader reads: an editor who pastes one gets
a briefing that loads, and the fields and types it lists are the ones the schema allows.

The corrections guide ("Correcting the machine") is applied to a copy of the bundled briefing
exactly as its text says (a new file, an alias added, an ``ignore`` and a ``reject`` entry in
``briefing.yml``) and read back through ``load_content``, the reader every build uses."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from generator.errors import BuildError
from generator.load import load_content
from generator.load.schema import (
    ARTICLE_FIELDS,
    ARTICLE_REQUIRED,
    BRIEFING_FIELDS,
    ENTITY_FIELDS,
    REQUIRED,
    TYPES,
)
from generator.model import ACTOR_TYPES
from generator.yamlio import dump_fields, parse_yaml

GUIDE = ROOT / "content" / "README.md"
FENCE = re.compile(r"^([ \t]*)```(\w*)\n(.*?)^\1```", re.MULTILINE | re.DOTALL)


def _blocks() -> list[tuple[str, str, str]]:
    """(section heading, language, text) of every fenced block, its indentation removed."""
    text = GUIDE.read_text(encoding="utf-8")
    out = []
    for match in FENCE.finditer(text):
        indent, language, body = match.groups()
        headings = re.findall(r"^## (.+)$", text[: match.start()], re.MULTILINE)
        heading = headings[-1] if headings else ""
        lines = [line.removeprefix(indent) for line in body.splitlines()]
        out.append((heading, language, "\n".join(lines) + "\n"))
    return out


def _yaml(section_start: str) -> list[dict]:
    return [
        parse_yaml(body)
        for heading, language, body in _blocks()
        if language == "yaml" and heading.startswith(section_start)
    ]


def _plain(value):
    """The reader's line-numbered values as plain ones, for ``dump_fields`` to write."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return str(value)


def _listed_types(body: str) -> set[str]:
    """The types a format example lists in the comments of its ``type:`` line and those after it."""
    lines = body.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("type:"))
    comments = [lines[start].split("#", 1)[1]]
    comments += [
        line.split("#", 1)[1] for line in lines[start + 1 :] if line.lstrip().startswith("#")
    ]
    return {word for c in comments for word in re.findall(r"[a-z][a-z-]*", c.split("(")[0])}


def test_every_yaml_example_is_read_by_the_safe_reader():
    bodies = [body for _, language, body in _blocks() if language == "yaml"]
    assert len(bodies) >= 8
    for body in bodies:
        assert isinstance(parse_yaml(body), dict), body


@pytest.mark.parametrize("kind", ["actors", "agreements", "events"])
def test_each_format_example_has_the_schemas_fields_and_lists_its_types(kind):
    [body] = [b for h, lang, b in _blocks() if lang == "yaml" and h.startswith(f"{kind.title()}:")]
    fields = set(parse_yaml(body))
    assert REQUIRED[kind] <= fields <= ENTITY_FIELDS[kind]
    assert _listed_types(body) == set(TYPES[kind])


def test_the_article_and_briefing_examples_have_the_schemas_fields():
    [article] = [b for _, lang, b in _blocks() if lang == "markdown"]
    front = parse_yaml(article.split("---\n")[1])
    assert ARTICLE_REQUIRED <= set(front) <= ARTICLE_FIELDS
    [briefing] = _yaml("`briefing.yml`")
    assert set(briefing) == BRIEFING_FIELDS


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    return target


def test_the_briefing_example_loads_in_place_of_the_bundled_one(bundled):
    [body] = [b for h, lang, b in _blocks() if lang == "yaml" and h == "`briefing.yml`"]
    (bundled / "briefing.yml").write_text(body, encoding="utf-8")
    briefing = load_content(bundled).briefing
    assert briefing.key_actors == ("vladimir-putin", "iran")
    assert briefing.reject == ("events/statement-iran",)
    assert briefing.repo_url == "https://github.com/owner/briefing"


def test_the_actor_example_loads_in_place_of_the_bundled_file(bundled):
    [body] = [b for h, lang, b in _blocks() if lang == "yaml" and h.startswith("Actors:")]
    (bundled / "actors" / "vladimir-putin.yml").write_text(body, encoding="utf-8")
    [putin] = [e for e in load_content(bundled).entities if e.key == "actors/vladimir-putin"]
    assert putin.aliases == ("Putin", "Kremlin leader")


def test_every_correction_in_the_guide_loads_as_it_says(bundled):
    corrections = _yaml("Correcting the machine")
    accept = next(c for c in corrections if "name" in c)
    merge = next(c for c in corrections if set(c) == {"aliases"})
    ignore = next(c for c in corrections if set(c) == {"ignore"})
    reject = next(c for c in corrections if set(c) == {"reject"})
    # Accept: the file the guide names; merge: the alias added to the actor it names.
    (bundled / "actors" / "hamza-bin-laden.yml").write_text(dump_fields(_plain(accept)))
    bolton = {"name": "John R. Bolton", "type": "person", "aliases": _plain(merge["aliases"])}
    (bundled / "actors" / "john-r-bolton.yml").write_text(dump_fields(bolton))
    # Reject a name and two proposals: under the fields briefing.yml already has, written once.
    briefing = parse_yaml((bundled / "briefing.yml").read_text(encoding="utf-8"))
    settings = _plain(briefing)
    settings["ignore"] = [*settings.get("ignore", []), *ignore["ignore"]]
    settings["reject"] = [*settings.get("reject", []), *reject["reject"]]
    (bundled / "briefing.yml").write_text(dump_fields(settings))

    content = load_content(bundled)
    entities = {e.key: e for e in content.entities}
    assert entities["actors/hamza-bin-laden"].name == "Hamza bin Laden"
    assert entities["actors/hamza-bin-laden"].aliases == ("Hamza bin Ladin",)
    assert "John Bolton" in entities["actors/john-r-bolton"].aliases
    assert "Hagia Sophia" in content.briefing.ignore
    assert set(reject["reject"]) <= set(content.briefing.reject)
    assert not [w for w in content.warnings if w.code != "W100"]  # names no article writes

    # A name both accepted (a file) and ignored is the guide's E107: one of the two must go.
    settings["ignore"].append("Hamza bin Laden")
    (bundled / "briefing.yml").write_text(dump_fields(settings))
    with pytest.raises(BuildError) as error:
        load_content(bundled)
    assert [e.code for e in error.value.errors if not e.is_warning] == ["E107"]


def test_retype_lists_exactly_the_actor_types():
    text = GUIDE.read_text(encoding="utf-8")
    retype = text.split("- **Retype** it:", 1)[1].split("\n- ", 1)[0].split("(", 1)[1]
    assert set(re.findall(r"`(\w+)`", retype)) == set(ACTOR_TYPES)
