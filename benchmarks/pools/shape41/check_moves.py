"""Check that a package is a pure move of a module: same top-level statements, same comments.

Usage: .venv/bin/python benchmarks/pools/shape41/check_moves.py REV OLD_FILE NEW_PACKAGE [--kept]
e.g.   ... check_moves.py main generator/extract/events.py generator/extract/events
       ... check_moves.py main generator/resolve/__init__.py generator/resolve --kept

``--kept``: the package already held ``OLD_FILE`` and other modules at ``REV`` (a package's
``__init__.py`` split into new siblings); those modules' statements and comments at ``REV``
are left out of the comparison, so only what ``OLD_FILE`` held is checked.

Every top-level statement of ``OLD_FILE`` at ``REV`` (a def, a class, an assignment, an
attribute docstring) but its imports, its ``if TYPE_CHECKING`` block and its module docstring
must appear, as the same syntax tree, as many times in the package's modules (whose imports,
``__all__`` and module docstrings are left out), and the comments must be the same multiset.
It also checks that each module imports from its siblings only modules named before it in the
package docstring's order, so the package has no import cycle.
"""

from __future__ import annotations

import ast
import collections
import io
import subprocess
import sys
import tokenize
from pathlib import Path


def statements(text: str) -> collections.Counter[str]:
    out: collections.Counter[str] = collections.Counter()
    for i, node in enumerate(ast.parse(text).body):
        if isinstance(node, ast.Import | ast.ImportFrom | ast.If):
            continue
        if i == 0 and isinstance(node, ast.Expr):
            continue
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            continue
        out[ast.dump(node)] += 1
    return out


def comments(text: str) -> collections.Counter[str]:
    tokens = tokenize.generate_tokens(io.StringIO(text).readline)
    return collections.Counter(t.string for t in tokens if t.type == tokenize.COMMENT)


def sibling_order(package: Path) -> list[str]:
    """Modules in the order the package's docstring names them (``name`` in double backquotes)."""
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text())) or ""
    names = {p.stem for p in package.glob("*.py")} | {
        p.parent.name for p in package.glob("*/__init__.py")
    }
    seen: list[str] = []
    for part in doc.split("``")[1::2]:
        if part in names and part not in seen:
            seen.append(part)
    return seen


def main() -> int:
    rev, old, new = sys.argv[1:4]
    kept = sys.argv[4:5] == ["--kept"]
    text = subprocess.run(
        ["git", "show", f"{rev}:{old}"], capture_output=True, text=True, check=True
    ).stdout
    package = Path(new)
    files = sorted(package.glob("*.py"))
    moved = sum((statements(p.read_text()) for p in files), collections.Counter())
    said = sum((comments(p.read_text()) for p in files), collections.Counter())
    before, notes = statements(text), comments(text)
    if kept:
        listed = subprocess.run(
            ["git", "ls-tree", "--name-only", f"{rev}:{new}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        for name in listed:
            path = f"{new.rstrip('/')}/{name}"
            if not name.endswith(".py") or path == old:
                continue
            other = subprocess.run(
                ["git", "show", f"{rev}:{path}"], capture_output=True, text=True, check=True
            ).stdout
            before += statements(other)
            notes += comments(other)
    ok = moved == before and said == notes
    same = moved == before
    print(f"statements: {sum(before.values())} before, {sum(moved.values())} after, same: {same}")
    print(
        f"comments: {sum(notes.values())} before, {sum(said.values())} after, same: {said == notes}"
    )
    order = sibling_order(package)
    for p in files:
        if p.stem == "__init__":
            continue
        for node in ast.walk(ast.parse(p.read_text())):
            if not (isinstance(node, ast.ImportFrom) and node.level == 1 and node.module):
                continue
            if (
                p.stem not in order
                or node.module not in order
                or (order.index(node.module) >= order.index(p.stem))
            ):
                print(f"{p.stem} imports {node.module}, not named before it")
                ok = False
    print("pure move, no cycle" if ok else "NOT a pure move")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
