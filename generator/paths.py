"""Where a briefing's inputs and outputs live: the paths a build reads and writes, found
without importing the stages (the command line starts a rebuild's spaCy process from them
before it imports anything else: ``preload``)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .publish import Targets

PROJECT = Path(__file__).resolve().parent.parent
BUNDLED_CONTENT = PROJECT / "content"
DIGESTS = ".briefing-pages.json"
"""The docs folder's record of each page's digest (dotfiles are not pages: MkDocs skips them)."""


@dataclass(frozen=True)
class Paths:
    """Where one briefing's inputs and outputs live."""

    content: Path
    site: Path
    docs: Path
    cache: Path
    templates: Path = PROJECT / "templates"
    config: Path = PROJECT / "mkdocs.yml"

    @classmethod
    def for_content(
        cls, content: Path | None = None, site: Path | None = None, docs: Path | None = None
    ) -> Paths:
        """Defaults: the bundled briefing builds into site/ and build/docs; any other
        content folder gets its own folder under build/briefings/, so it never touches
        the bundled one."""
        content = (content or BUNDLED_CONTENT).resolve()
        if content == BUNDLED_CONTENT.resolve():
            base, default_site = PROJECT / "build", PROJECT / "site"
        else:
            digest = hashlib.sha256(str(content).encode()).hexdigest()[:8]
            base = PROJECT / "build" / "briefings" / f"{content.name}-{digest}"
            default_site = base / "site"
        return cls(
            content=content,
            site=site or default_site,
            docs=docs or base / "docs",
            cache=PROJECT / "build" / "cache",
        )

    def content_label(self) -> str:
        """The content folder as pages name it: relative to the working directory when inside
        it (``content``, ``briefs/mybrief``), else just its name, so a published page never
        shows a local absolute path."""
        try:
            return self.content.resolve().relative_to(Path.cwd().resolve()).as_posix()
        except ValueError:
            return self.content.resolve().name

    def targets(self) -> Targets:
        from .publish import Targets  # the stages' modules: not imported to find the paths

        return Targets(
            docs=self.docs,
            site=self.site,
            config=self.config,
            assets=self.templates / "assets",
            theme=self.templates / "theme",
            sources=(
                self.content,
                self.templates,
                *(PROJECT / name for name in (".git", "generator", "tests", "content")),
            ),
            roots=(PROJECT, Path.cwd(), Path.home()),
        )
