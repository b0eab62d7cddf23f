"""What `check` tells a contributor: columns, hints, no follow-on errors, warnings."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write

from generator.cli import main
from generator.errors import BuildError
from generator.load import load_content


def errors_of(content: Path) -> list[str]:
    with pytest.raises(BuildError) as info:
        load_content(content)
    return [str(e) for e in info.value.errors]


def test_a_tab_gets_a_use_spaces_hint_with_line_and_column(mini_content):
    write(mini_content / "actors/tabbed.yml", "name: Tabbed\ntype: person\naliases:\n\t- Tab\n")
    joined = "\n".join(errors_of(mini_content))
    assert "actors/tabbed.yml:4:1: E010 malformed YAML" in joined
    assert "(hint: indent with spaces, not tabs" in joined


def test_a_file_that_fails_to_parse_causes_no_follow_on_errors(mini_content):
    (mini_content / "actors/sylvania.yml").write_text("name: [Sylvania\ntype: state\n")
    errors = errors_of(mini_content)
    assert len(errors) == 1, errors
    assert "actors/sylvania.yml:" in errors[0] and "E010" in errors[0]


def test_unknown_id_hint_names_the_file_to_create(mini_content):
    write(mini_content / "agreements/p.yml", "name: P\ntype: deal\nparties:\n  - nobody-here\n")
    joined = "\n".join(errors_of(mini_content))
    assert "agreements/p.yml:4:5: E103 unknown actor 'nobody-here' (hint: add actors/" in joined


def test_merged_list_items_and_unmatched_names_warn_and_strict_fails(mini_content, capsys):
    write(
        mini_content / "actors/rufus-firefly.yml",
        "name: Rufus Firefly\ntype: person\naliases:\n  - Firefly\n    - Leader\n"
        "  - Rufus Fierfly\n  - Chairman Firefly\n",
    )
    (mini_content / "briefing.yml").write_text(
        "title: Fixture\nignore:\n  - Old Town\n", encoding="utf-8"
    )
    content = load_content(mini_content)
    warnings = [str(w) for w in content.warnings]
    assert len(warnings) == 3, warnings
    assert any(
        "rufus-firefly.yml:4:5: W101 'Firefly - Leader' looks like two list items merged" in w
        for w in warnings
    )
    assert any(
        "rufus-firefly.yml:6:5: W100 alias 'Rufus Fierfly' occurs in no article, which write "
        "'Rufus Firefly'" in w
        for w in warnings
    )
    assert any(
        "briefing.yml:3:5: W100 ignored text 'Old Town' occurs in no article" in w for w in warnings
    )
    # 'Chairman Firefly' may be curated for articles still to come: no warning.
    assert not any("Chairman" in w for w in warnings)

    assert main(["check", "--content", str(mini_content)]) == 0
    captured = capsys.readouterr()
    assert "W101" in captured.err and "3 warnings." in captured.out
    assert main(["check", "--strict", "--content", str(mini_content)]) == 1
    assert capsys.readouterr().err.strip().endswith("3 warnings; nothing was written.")


def test_missing_briefing_says_how_to_start_one(mini_content):
    (mini_content / "briefing.yml").unlink()
    joined = "\n".join(errors_of(mini_content))
    assert "briefing.yml: E013 briefing.yml is missing" in joined
    assert "'init' command" in joined and ":0:" not in joined


def test_encoding_shape_and_empty_body_errors(mini_content):
    (mini_content / "actors/latin1.yml").write_bytes(
        "name: Jos\xe9\ntype: person\n".encode("latin-1")
    )
    write(mini_content / "actors/shape.yml", "name: [A, B]\ntype: person\n")
    write(
        mini_content / "articles/2024-03-01-empty.md",
        "---\ntitle: E\ndate: '2024-03-01'\nsource: W\nlanguage: en\n---\n\n",
    )
    joined = "\n".join(errors_of(mini_content))
    assert "actors/latin1.yml: E003 file is not valid UTF-8" in joined
    assert "actors/shape.yml:1:7: E014 field 'name' must be text" in joined
    assert "2024-03-01-empty.md:7:1: E022 article has no body text" in joined


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("missing.txt", None, "E300"),
        ("article.pdf", b"%PDF", "E301"),
        ("blank.txt", b"\n\n", "E303"),
        ("cols.csv", b"a,b\n1,2\n", "E304"),
        ("latin.txt", "Caf\xe9\n".encode("latin-1"), "E306"),
    ],
)
def test_import_problems_have_their_codes(tmp_path, name, data, code):
    from generator.importer import read_sources

    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(BuildError) as info:
        read_sources([path], date="2024-01-01")
    assert code in {e.code for e in info.value.errors}, [str(e) for e in info.value.errors]


def test_an_output_folder_not_made_by_the_generator_is_refused(mini_content, tmp_path, capsys):
    foreign = tmp_path / "mine"
    write(foreign / "keep.txt", "precious\n")
    assert main(["build", "--content", str(mini_content), "--site", str(foreign)]) == 1
    assert "E401 output folder exists and was not made by the generator" in capsys.readouterr().err
    assert (foreign / "keep.txt").read_text() == "precious\n"
