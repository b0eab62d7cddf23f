"""Safe YAML reading that keeps line numbers and treats every scalar as text.

PyYAML's YAML 1.1 rules turn ``NO`` into ``False`` and ``2024-10-11`` into a date object;
a contributor writing an alias ``NO`` (Norway) would lose it silently. Here every scalar
stays a string (or ``None`` when empty), duplicate keys are errors, and each mapping and
list remembers the line of every entry so validation can point at it.
"""

from __future__ import annotations

from typing import Any

import yaml


class LineDict(dict):
    """A mapping that remembers the 1-based line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A list that remembers the 1-based line of itself and of each item."""

    line: int = 0
    item_lines: list[int]


class _Loader(yaml.SafeLoader):
    """SafeLoader whose only implicit type is null: everything else is a string."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class YamlError(Exception):
    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}")


def parse_yaml(text: str, first_line: int = 1) -> Any:
    """Parse one YAML document into LineDict/LineList/str/None.

    ``first_line`` is the file line the text starts on (front matter starts after ``---``).
    Raises YamlError with a file line number.
    """
    offset = first_line - 1
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                # Aliases can nest into billions of values ("billion laughs") or loop.
                line = token.start_mark.line + 1 + offset
                raise YamlError(line, "YAML anchors and aliases (&name, *name) are not allowed")
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if mark and exc.context_mark and mark.line >= len(text.splitlines()):
            mark = exc.context_mark  # "got end of file": point at what was left open
        line = (mark.line + 1 + offset) if mark else first_line
        raise YamlError(line, f"malformed YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:  # pragma: no cover - composer errors are Marked
        raise YamlError(first_line, f"malformed YAML: {exc}") from None
    if node is None:
        return None
    return _convert(node, offset)


_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "null", "seq", "map"))


def _convert(node: yaml.Node, offset: int) -> Any:
    line = node.start_mark.line + 1 + offset
    if node.tag not in _PLAIN_TAGS:
        raise YamlError(line, f"unsupported YAML tag {node.tag!r}")
    if isinstance(node, yaml.ScalarNode):
        return None if node.tag == "tag:yaml.org,2002:null" else node.value
    if isinstance(node, yaml.SequenceNode):
        out = LineList(_convert(item, offset) for item in node.value)
        out.line = line
        out.item_lines = [item.start_mark.line + 1 + offset for item in node.value]
        return out
    if isinstance(node, yaml.MappingNode):
        mapping = LineDict()
        mapping.line = line
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1 + offset
            if (
                not isinstance(key_node, yaml.ScalarNode)
                or key_node.tag == "tag:yaml.org,2002:null"
            ):
                raise YamlError(key_line, "mapping keys must be plain words")
            key = key_node.value
            if key in mapping:
                raise YamlError(
                    key_line,
                    f"duplicate key '{key}' (first on line {mapping.key_lines[key]})",
                )
            mapping[key] = _convert(value_node, offset)
            mapping.key_lines[key] = key_line
        return mapping
    raise YamlError(line, "unsupported YAML node")  # pragma: no cover
