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
