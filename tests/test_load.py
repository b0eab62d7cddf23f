import os
from pathlib import Path

import pytest
from conftest import write

from generator.errors import BuildError
from generator.load import load_content, split_paragraphs


def errors_of(content: Path) -> list[str]:
    with pytest.raises(BuildError) as info:
        load_content(content)
    return [str(e) for e in info.value.errors]


def test_fixture_content_loads(mini_content):
    content = load_content(mini_content)
    assert [a.id for a in content.articles] == ["2024-01-02-summit-held", "2024-02-03-pact-signed"]
    assert "actors/rufus-firefly" in content.entity_keys()
    summit = content.articles[0]
    assert summit.paragraphs[0].startswith("Rufus Firefly met")
    assert summit.paragraph_lines == (12, 14, 16)
    assert summit.annotations[0].entity == "events/peace-summit"


def test_bundled_content_is_valid():
    content = load_content(Path(__file__).resolve().parent.parent / "content")
    assert len(content.articles) == 2
    assert {"actors/vladimir-putin", "agreements/russia-iran-strategic-partnership-treaty"} <= (
        content.entity_keys()
    )


def test_every_problem_is_reported_at_once_with_file_and_line(mini_content):
    write(mini_content / "actors/bad.yml", "name: Bad\ntype: persn\nalias: [x]\n")
    write(mini_content / "events/broken.yml", "name: [unclosed\n")
    write(
        mini_content / "agreements/other.yml",
        "name: Other\ntype: deal\nparties:\n  - freedonai\n",
    )
    errors = errors_of(mini_content)
    joined = "\n".join(errors)
    assert (
        "actors/bad.yml:2: E015 unknown actor type 'persn' (hint: did you mean 'person'?)" in joined
    )
    assert "actors/bad.yml:3: E012 unknown field 'alias' (hint: did you mean 'aliases'?)" in joined
    assert "events/broken.yml:1: E010 malformed YAML" in joined
    assert "agreements/other.yml:1: E103 unknown actor 'freedonai'" in joined
    assert "did you mean 'freedonia'?" in joined


def test_duplicate_names_across_entities_are_errors(mini_content):
    write(mini_content / "actors/other-firefly.yml", "name: Firefly\ntype: person\n")
    assert any("E104 name or alias 'Firefly'" in e for e in errors_of(mini_content))


def test_raw_html_and_snippets_in_articles_are_rejected_with_the_line(mini_content):
    path = mini_content / "articles/2024-02-03-pact-signed.md"
    text = path.read_text()
    path.write_text(text + '\nA <script>alert(1)</script> here.\n\n--8<-- ".git/config"\n')
    errors = errors_of(mini_content)
    assert any(
        e.endswith(
            "E200 raw HTML or a script URL is not allowed in content (hint: write "
            "plain text; the generator adds all markup itself)"
        )
        and ":10:" in e
        for e in errors
    )
    assert any(":12: E201" in e for e in errors)
    assert path.read_text().endswith('"\n'), "a source file is never rewritten"


def test_annotation_text_must_occur_and_entity_must_exist(mini_content):
    path = mini_content / "articles/2024-02-03-pact-signed.md"
    path.write_text(
        path.read_text().replace(
            "language: en\n",
            "language: en\nannotations:\n  - text: not in body\n    entity: actors/nobody\n",
        )
    )
    joined = "\n".join(errors_of(mini_content))
    assert "2024-02-03-pact-signed.md:7: E106 annotated text 'not in body'" in joined
    assert "2024-02-03-pact-signed.md:8: E103 unknown entity 'actors/nobody'" in joined


def test_article_file_names_must_start_with_the_date(mini_content):
    write(
        mini_content / "articles/2024-03-01-wrong.md",
        "---\ntitle: T\ndate: '2024-03-02'\nsource: S\nlanguage: en\n---\n\nText.\n",
    )
    assert any(":3: E017" in e for e in errors_of(mini_content))


def test_missing_front_matter_and_bad_urls(mini_content):
    write(mini_content / "articles/2024-03-01-none.md", "Just text.\n")
    write(
        mini_content / "articles/2024-03-02-url.md",
        "---\ntitle: T\ndate: '2024-03-02'\nsource: S\nlanguage: en\n"
        "url: javascript:alert(1)\n---\n\nText.\n",
    )
    joined = "\n".join(errors_of(mini_content))
    assert "2024-03-01-none.md:1: E020" in joined
    assert "2024-03-02-url.md:6: E202" in joined


def test_odd_file_names_and_symlinks_are_errors(mini_content, tmp_path):
    write(mini_content / "actors/Bad Name.yml", "name: X\ntype: person\n")
    secret = write(tmp_path / "secret.yml", "name: Secret\ntype: person\n")
    os.symlink(secret, mini_content / "actors/linked.yml")
    joined = "\n".join(errors_of(mini_content))
    assert "Bad Name.yml:0: E001" in joined
    assert "linked.yml:0: E002 symbolic links are not allowed" in joined


def test_paragraphs_join_wrapped_lines_and_keep_their_first_line():
    assert split_paragraphs("\nOne\ntwo\n\n\nThree\n", 10) == [("One two", 11), ("Three", 15)]
