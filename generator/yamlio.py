"""Safe YAML reading that keeps line numbers and treats every scalar as text.

PyYAML's YAML 1.1 rules turn ``NO`` into ``False`` and ``2024-10-11`` into a date object;
a contributor writing an alias ``NO`` (Norway) would lose it silently. Here every scalar
stays a string (or ``None`` when empty), duplicate keys are errors, and each mapping and
list remembers the line and column of every entry so validation can point at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

MAX_DEPTH = 20
"""Nesting deeper than any content format needs; deeper input is refused before composing,
so hostile YAML cannot exhaust the parser's recursion."""


class Mark(int):
    """A 1-based line number that also knows its 1-based column.

    It is an ``int`` so every call site that passes a line keeps working; those that report
    an error read ``column`` as well.
    """

    column: int

    def __new__(cls, line: int, column: int = 0) -> Mark:
        mark = super().__new__(cls, line)
        mark.column = column
        return mark


def _mark(yaml_mark: yaml.Mark, offset: int) -> Mark:
    return Mark(yaml_mark.line + 1 + offset, yaml_mark.column + 1)


class LineDict(dict):
    """A mapping that remembers where it, each key and each scalar value start."""

    line: Mark = Mark(0)
    key_lines: dict[str, Mark]
    value_marks: dict[str, Mark]

    def line_of(self, key: str) -> Mark:
        """Where the value of ``key`` starts, if on the key's line; else where the key is."""
        return self.value_marks.get(key) or self.key_lines.get(key, self.line)

    def key_mark(self, key: str) -> Mark:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A list that remembers where it and each item start."""

    line: Mark = Mark(0)
    item_lines: list[Mark]


@dataclass(frozen=True)
class YamlWarning:
    """Valid YAML that is probably not what the author meant."""

    mark: Mark
    message: str
    hint: str


class _Loader(yaml.SafeLoader):
    """SafeLoader whose only implicit type is null: everything else is a string."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_FastLoader: type | None = None
"""The same loader on libyaml (ten times faster: 1,000 articles' front matter took a second
in Python), when PyYAML was built with it. Its nodes carry the same marks (line and column).
Only documents it reads without complaint are taken from it: any error is reported by the
Python loader, so messages do not depend on how PyYAML was installed."""
if getattr(yaml, "__with_libyaml__", False):

    class _CLoader(yaml.CSafeLoader):
        """CSafeLoader with ``_Loader``'s implicit types (null only)."""

    _CLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
    _FastLoader = _CLoader


DEFAULT_HINT = "check indentation and quote values that contain ':' or '#'"


class YamlError(Exception):
    def __init__(self, line: int, message: str, hint: str = DEFAULT_HINT):
        self.line = line if isinstance(line, Mark) else Mark(line)
        self.message = message
        self.hint = hint
        super().__init__(f"line {line}: {message}")


_OPEN = (yaml.BlockSequenceStartToken, yaml.BlockMappingStartToken)
_OPEN_FLOW = (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken)
_CLOSE = (yaml.BlockEndToken, yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)


def parse_yaml(text: str, first_line: int = 1, warnings: list[YamlWarning] | None = None) -> Any:
    """Parse one YAML document into LineDict/LineList/str/None.

    ``first_line`` is the file line the text starts on (front matter starts after ``---``).
    Raises YamlError with a file line and column. Suspicious but valid YAML (a list item
    merged into the one above by its indentation) is appended to ``warnings``.
    """
    offset = first_line - 1
    node = _fast_compose(text) if _FastLoader is not None else None
    if node is None:
        node = _compose(text, first_line, _Loader)
    if node is None:
        return None
    return _convert(node, offset, text, warnings if warnings is not None else [])


def _fast_compose(text: str) -> yaml.Node | None:
    """The document's node from libyaml, or None when it is empty or libyaml complains
    (the Python loader then says why, in its own words)."""
    try:
        return _compose(text, 1, _FastLoader)
    except (YamlError, ValueError):  # ValueError: text libyaml cannot encode (a lone surrogate)
        return None


def _compose(text: str, first_line: int, loader: Any) -> yaml.Node | None:
    """Compose with ``loader`` after checking, token by token, that the document has no
    anchors or aliases and is not nested too deep (hostile YAML cannot reach the composer)."""
    offset = first_line - 1
    try:
        depth = 0
        for token in yaml.scan(text, Loader=loader):
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                # Aliases can nest into billions of values ("billion laughs") or loop.
                raise YamlError(
                    _mark(token.start_mark, offset),
                    "YAML anchors and aliases (&name, *name) are not allowed",
                    "write each value out in full",
                )
            depth += isinstance(token, _OPEN + _OPEN_FLOW) - isinstance(token, _CLOSE)
            if depth > MAX_DEPTH:
                raise YamlError(
                    _mark(token.start_mark, offset),
                    f"YAML nested more than {MAX_DEPTH} levels deep",
                    "content files need at most three levels; flatten the lists",
                )
        node: yaml.Node | None = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if mark and exc.context_mark and mark.line >= len(text.splitlines()):
            mark = exc.context_mark  # "got end of file": point at what was left open
        where = _mark(mark, offset) if mark else Mark(first_line, 1)
        problem = str(exc.problem or exc.context)
        line = _line_at(text, mark.line) if mark else ""
        hint = DEFAULT_HINT
        if "\t" in problem or "\t" in line:
            hint = "indent with spaces, not tabs: YAML does not allow a tab for indentation"
        elif problem.startswith("mapping values are not allowed") and line[:1] == " ":
            hint = (
                "this line is indented under a field that holds text: start each field at "
                "the left margin, as the lines above it; quote a value that contains ': '"
            )
        elif "expected <block end>, but found '-'" in problem:
            hint = "indent every '- ' item of a list the same as the first one"
        raise YamlError(where, f"malformed YAML: {problem}", hint) from None
    except yaml.YAMLError as exc:  # pragma: no cover - composer errors are Marked
        raise YamlError(first_line, f"malformed YAML: {exc}") from None
    except RecursionError:  # pragma: no cover - the depth check above comes first
        raise YamlError(first_line, "YAML nested too deeply") from None
    return node


def _line_at(text: str, index: int) -> str:
    lines = text.split("\n")
    return lines[index] if 0 <= index < len(lines) else ""


def _check_merged(node: yaml.ScalarNode, offset: int, text: str, out: list[YamlWarning]) -> None:
    """A plain scalar continued on a line that starts with '- ' was meant as two items:
    ``- FSB`` over ``    - Russian security service`` reads as one alias."""
    if node.style or node.start_mark.line == node.end_mark.line:  # plain: None, or "" (libyaml)
        return
    for index in range(node.start_mark.line + 1, node.end_mark.line + 1):
        if _line_at(text, index).lstrip().startswith("- "):
            out.append(
                YamlWarning(
                    _mark(node.start_mark, offset),
                    f"'{' '.join(node.value.split())}' looks like two list items merged into "
                    f"one (line {index + 1 + offset} starts with '- ')",
                    "indent every '- ' of a list the same; quote the text if the dash belongs",
                )
            )
            return


_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "null", "seq", "map"))


def _convert(node: yaml.Node, offset: int, text: str, warnings: list[YamlWarning]) -> Any:
    line = _mark(node.start_mark, offset)
    if node.tag not in _PLAIN_TAGS:
        raise YamlError(
            line, f"unsupported YAML tag {node.tag!r}", "remove the '!' tag; values are text"
        )
    if isinstance(node, yaml.ScalarNode):
        _check_merged(node, offset, text, warnings)
        return None if node.tag == "tag:yaml.org,2002:null" else node.value
    if isinstance(node, yaml.SequenceNode):
        out = LineList(_convert(item, offset, text, warnings) for item in node.value)
        out.line = line
        out.item_lines = [_mark(item.start_mark, offset) for item in node.value]
        return out
    if isinstance(node, yaml.MappingNode):
        mapping = LineDict()
        mapping.line = line
        mapping.key_lines = {}
        mapping.value_marks = {}
        for key_node, value_node in node.value:
            key_line = _mark(key_node.start_mark, offset)
            if (
                not isinstance(key_node, yaml.ScalarNode)
                or key_node.tag == "tag:yaml.org,2002:null"
            ):
                raise YamlError(
                    key_line, "mapping keys must be plain words", "write 'field: value'"
                )
            key = key_node.value
            if key in mapping:
                first = mapping.key_lines[key]
                raise YamlError(
                    key_line,
                    f"duplicate key '{key}' (first on line {first})",
                    # the review's "add to briefing.yml" pasted under a list already there
                    f"a field is written once: move these '- ' items under '{key}:' on line {first}"
                    if isinstance(mapping[key], LineList)
                    and isinstance(value_node, yaml.SequenceNode)
                    else "keep one of them",
                )
            mapping[key] = _convert(value_node, offset, text, warnings)
            mapping.key_lines[key] = key_line
            value_mark = _mark(value_node.start_mark, offset)
            if value_mark == key_line and (value_node.value or getattr(value_node, "style", None)):
                mapping.value_marks[key] = value_mark  # a value on its key's line
        return mapping
    raise YamlError(line, "unsupported YAML node")  # pragma: no cover


_PLAIN_PUNCTUATION = frozenset(" .,-–—'’&()/")
_NOT_PLAIN = re.compile(r"[^\w .,\-–—'’&()/]|_")
"""A character neither alphanumeric (a regex word character is ``str.isalnum`` or ``_``) nor in
``_PLAIN_PUNCTUATION``: one search instead of a Python test per character."""
_RESERVED = frozenset(
    "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF "
    "null Null NULL".split()
)
"""Words YAML 1.1 reads as a boolean or null: PyYAML quotes them."""


_QUOTED_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}|[1-9][0-9]{3}")
"""A day or a year, which YAML 1.1 reads as a date or a number: PyYAML quotes them."""
_PLAIN_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
"""A month, which YAML 1.1 reads as text: PyYAML leaves it plain."""


def _plain(text: str) -> bool:
    """Whether PyYAML writes ``text`` unquoted and unfolded: a letter, then letters, digits
    and single spaces, dots, hyphens and apostrophes (``Ali Khamenei``, ``U.S.``, ``O'Neill``),
    not a word YAML reads as a boolean or null; commas, dashes, ampersands, parentheses and
    slashes inside. Conservative: anything else is left to PyYAML."""
    return (
        0 < len(text) < 500
        and text[0].isalpha()
        and text[-1] != " "
        and "  " not in text
        and text not in _RESERVED
        and not _NOT_PLAIN.search(text)
        and text.isprintable()
    )


DATE_TO_FILL = "date: ''  # required: YYYY, YYYY-MM or YYYY-MM-DD\n"
"""The line an undated event's accepting YAML ends with, to fill in: the loader refuses an
event without a date, and the machine found none (the review and "Edit this page" offer it)."""


def dump_fields(data: dict[str, str | list[str]]) -> str:
    """``yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)``, byte for
    byte, written directly when every key and value is a plain string or a non-empty list of
    them (the YAML a page or the review offers to paste: names, types, aliases), since
    PyYAML's emitter costs a millisecond a call and a large briefing makes 30,000 calls."""
    lines = []
    for key, value in data.items():
        if not _plain(key):
            break
        if isinstance(value, str) and _plain(value):
            lines.append(f"{key}: {value}\n")
        elif isinstance(value, str) and _QUOTED_DATE.fullmatch(value):
            lines.append(f"{key}: '{value}'\n")
        elif isinstance(value, str) and _PLAIN_MONTH.fullmatch(value):
            lines.append(f"{key}: {value}\n")
        elif (
            isinstance(value, list)
            and value
            and all(isinstance(v, str) and _plain(v) for v in value)
        ):
            lines.append(f"{key}:\n")
            lines.extend(f"- {v}\n" for v in value)
        else:
            break
    else:
        if lines:
            return "".join(lines)
    text: str = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    return text
