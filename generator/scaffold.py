"""``init``: a new, empty briefing a first-time user can fill without guessing the layout.

Writes a commented ``briefing.yml`` and the four content folders, each with a short README
(``load`` skips README.md files) saying what goes there. Never overwrites a file, and refuses
a folder that already holds a briefing, so a mistyped ``init`` cannot clobber real work.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .errors import BuildError, ContentError, display_path
from .model import KINDS

FOLDERS = ("articles", *KINDS)

BRIEFING_YML = """\
# Settings of this briefing. Every value is plain text; the full format is described in
# content/README.md of the briefing generator.
title: {title}    # the site title, shown on every page

# One paragraph for the home page:
# summary: What this briefing follows and why.

# Actor ids (file names in actors/ without .yml) shown first on the home page;
# by default the most mentioned actors are.
# key_actors: [vladimir-putin, iran]

# Text that is never an entity anywhere in this briefing (places, slogans):
# ignore: [White House, Middle East]

# The repository holding this folder, for "Edit this page" links on every page (https only;
# $BRIEFING_REPO_URL overrides it), and the branch those edits go to (default main):
# repo_url: https://github.com/<owner>/<name>
# edit_branch: main
"""

READMES = {
    "articles": """\
# Articles

One news article per file, named `<date>-<slug>.md` (e.g. `2025-10-21-russia-iran-ties.md`):
YAML front matter (title, date, source, language) and the text, paragraphs separated by a
blank line. Create them from raw text or a CSV with `{prog} import FILE... --content {folder}`,
then review them.
""",
    "actors": """\
# Actors

People, organisations, states and news outlets, one `<id>.yml` each (e.g.
`vladimir-putin.yml`): `name`, `type` (person, organisation, state, media), optional
`aliases` and `description`. Actors the language analysis finds need no file; add one to
correct or confirm them.
""",
    "agreements": """\
# Agreements

Treaties, deals and contracts, one `<id>.yml` each: `name`, `type` (treaty, agreement, deal,
contract, memorandum), optional `date`, `parties` (actor ids), `aliases`, `description`.
""",
    "events": """\
# Events

Meetings, strikes, signings and statements, one `<id>.yml` each: `name`, `type`, `date`
(YYYY, YYYY-MM or YYYY-MM-DD), optional `place`, `participants` (actor ids), `aliases`,
`description`.
""",
}


def default_title(folder: Path) -> str:
    """'russia-iran_ties' -> 'Russia iran ties': a readable start the user will edit."""
    words = re.sub(r"[^\w\s-]|_", " ", folder.resolve().name).replace("-", " ").split()
    return " ".join(words).capitalize() or "Briefing"


def existing_briefing(folder: Path) -> list[Path]:
    """Files that show ``folder`` already holds a briefing (settings or content files)."""
    found = [folder / "briefing.yml"] if (folder / "briefing.yml").exists() else []
    for name in FOLDERS:
        sub = folder / name
        if sub.is_dir():
            found.extend(
                p for p in sorted(sub.iterdir()) if p.name != "README.md" and p.name[0] != "."
            )
    return found


def init_briefing(folder: Path, *, title: str | None = None, prog: str = "briefing") -> list[Path]:
    """Create the skeleton of a briefing in ``folder``; return the files written.

    Raises BuildError (E308) when the folder already holds a briefing or is not a folder.
    """
    shown = display_path(folder)
    if folder.exists() and not folder.is_dir():
        raise BuildError([ContentError(shown, 0, "E308", "not a folder", "choose a new folder")])
    if found := existing_briefing(folder):
        raise BuildError(
            [
                ContentError(
                    display_path(found[0]),
                    0,
                    "E308",
                    f"{shown} already holds a briefing; init never overwrites one",
                    "choose a new folder, or import into this one with --content",
                )
            ]
        )
    return complete_briefing(folder, title=title, prog=prog)


def complete_briefing(
    folder: Path, *, title: str | None = None, prog: str = "briefing"
) -> list[Path]:
    """Add whatever part of the skeleton is missing (for ``import`` into a new folder)."""
    written = []
    folder.mkdir(parents=True, exist_ok=True)
    settings = folder / "briefing.yml"
    if not settings.exists():
        # The title is the user's text: dumped by PyYAML, so any characters stay literal.
        text = " ".join((title or "").split()) or default_title(folder)
        value = yaml.safe_dump(text, allow_unicode=True, width=1000)
        value = value.removesuffix("\n...\n").strip()
        _create(settings, BRIEFING_YML.format(title=value))
        written.append(settings)
    for name in FOLDERS:
        (folder / name).mkdir(exist_ok=True)
        readme = folder / name / "README.md"
        if not readme.exists():
            _create(readme, READMES[name].format(prog=prog, folder=display_path(folder)))
            written.append(readme)
    return written


def _create(path: Path, text: str) -> None:
    """Write a new file whole or not at all: a half-written settings file would mislead."""
    with path.open("x", encoding="utf-8", newline="\n") as handle:
        try:
            handle.write(text)
            handle.flush()
        except OSError:
            path.unlink(missing_ok=True)
            raise
