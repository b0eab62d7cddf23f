from pathlib import Path

import pytest

from generator.yamlio import LineDict, YamlError, parse_yaml


def test_scalars_stay_text_so_yaml_1_1_cannot_retype_them():
    data = parse_yaml("a: NO\nb: 2024-10-11\nc: 1.5\nd: yes\ne:\n")
    assert data == {"a": "NO", "b": "2024-10-11", "c": "1.5", "d": "yes", "e": None}


def test_line_numbers_are_kept_with_an_offset():
    data = parse_yaml("name: x\naliases:\n  - a\n  - b\n", first_line=5)
    assert isinstance(data, LineDict)
    assert data.line_of("aliases") == 6
    assert data["aliases"].item_lines == [7, 8]


def test_duplicate_keys_are_errors_naming_both_lines():
    with pytest.raises(YamlError) as info:
        parse_yaml("name: a\ntype: person\nname: b\n")
    assert info.value.line == 3
    assert "first on line 1" in info.value.message


def test_python_tags_are_refused():
    with pytest.raises(YamlError, match="unsupported YAML tag"):
        parse_yaml("x: !!python/object/apply:os.system ['true']\n")


def test_malformed_yaml_reports_the_file_line():
    with pytest.raises(YamlError) as info:
        parse_yaml("name: a\naliases: [b, c\ntype: x\n", first_line=2)
    assert info.value.line == 4  # 'type: x', line 3 of the text, where the list is cut off
    assert "malformed YAML" in info.value.message


def test_anchors_and_aliases_are_refused_before_they_can_expand():
    with pytest.raises(YamlError, match="anchors and aliases") as info:
        parse_yaml("name: x\na: &a [1, 2]\nb: [*a, *a]\n")
    assert info.value.line == 2
    with pytest.raises(YamlError, match="anchors and aliases"):
        parse_yaml("name: &a [*a]\n")


def _dump(value: object) -> object:
    """A parsed value with every mark it keeps (line and column), for comparing loaders."""
    if isinstance(value, LineDict):
        return (
            "map",
            (value.line, value.line.column),
            [
                (key, (value.key_mark(key), value.key_mark(key).column), value.value_marks.get(key),
                 _dump(item))
                for key, item in value.items()
            ],
        )  # fmt: skip
    if isinstance(value, list):
        lines = [(m, m.column) for m in getattr(value, "item_lines", [])]
        return ("list", (value.line, value.line.column), lines, [_dump(v) for v in value])
    return value


def _parse_both(text: str, first_line: int = 1) -> tuple[object, object]:
    """(libyaml's result, the Python loader's): a value and its warnings, or the error."""
    import generator.yamlio as yamlio

    results = []
    fast = yamlio._FastLoader
    for loader in (fast, None):
        yamlio._FastLoader = loader
        warnings: list = []
        try:
            results.append((_dump(parse_yaml(text, first_line, warnings)), warnings))
        except YamlError as exc:
            results.append(("error", exc.line, exc.line.column, exc.message, exc.hint))
        finally:
            yamlio._FastLoader = fast
    return results[0], results[1]


def test_libyaml_reads_every_document_as_the_python_loader_does():
    """The fast path (libyaml) gives the same values, marks, warnings and errors as the
    Python loader, on every content file of the project and on awkward documents."""
    import generator.yamlio as yamlio

    if yamlio._FastLoader is None:
        pytest.skip("PyYAML built without libyaml")
    root = Path(__file__).resolve().parent.parent
    texts = []
    for folder in (root / "content", root / "tests" / "fixtures"):
        for path in sorted(folder.rglob("*")):
            text = path.read_text(encoding="utf-8") if path.suffix in (".yml", ".md") else ""
            if path.suffix == ".md" and text.startswith("---\n"):
                texts.append(text[4:].split("\n---", 1)[0])  # an article's front matter
            elif path.suffix == ".yml":
                texts.append(text)
    texts += [
        # front matter of an article, with a name in another script and a quoted colon
        'title: "Putin: talks with Pezeshkian in Kazan"\ndate: 2024-10-23\nsource: Reuters\n'
        "aliases:\n  - Владимир Путин\n  - 'V. Putin'\n",
        "name: FSB\naliases:\n  - FSB\n    - Russian security service\n",  # W101: merged items
        "summary: >\n  The Kremlin said on Monday\n  that talks resumed.\ntype: event\n",
        "a: b\r\nc:\r\n  - d\r\n",
        "name: x\n\ttype: y\n",  # a tab: an error, in the Python loader's words
        "name: a\naliases: [b, c\ntype: x\n",
        "name: x\na: &a [1, 2]\n",
        "x: !!python/object/apply:os.system ['true']\n",
        "name: a\ntype: person\nname: b\n",
        "",
        "# only a comment\n",
        "- a\n- b: c\n",
        "name: \ud800\n",  # a lone surrogate, which libyaml cannot encode
        "name: Zero\u200bWidth\nnote: \ufeffmid-stream BOM\n",
    ]
    assert len(texts) > 40
    for text in texts:
        for first_line in (1, 4):
            fast, python = _parse_both(text, first_line)
            assert fast == python, text


def test_the_plain_character_check_is_isalnum_or_the_listed_punctuation():
    """``_NOT_PLAIN`` (one regex search) accepts exactly the characters the per-character test
    it replaced did, over every code point: names such as "Ali Khamenei", "O'Neill" and
    "Gdańsk" stay plain, "snake_case" does not."""
    import generator.yamlio as yamlio

    for code in range(0x110000):
        ch = chr(code)
        expected = ch.isalnum() or ch in yamlio._PLAIN_PUNCTUATION
        assert (yamlio._NOT_PLAIN.search(ch) is None) == expected, hex(code)
    assert yamlio._plain("Ali Khamenei") and yamlio._plain("O'Neill") and yamlio._plain("Gdańsk")
    assert not yamlio._plain("snake_case")
