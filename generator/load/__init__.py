"""Stage 1: read a content folder into validated plain data.

One module per job: ``files`` finds and reads them, ``schema`` says what they may hold,
``fields`` and ``names`` check values, ``entities`` and ``articles`` parse each kind,
``references`` checks across files; this module only runs them in order.

Every problem is collected with its file and line and raised once, as a BuildError, so a
contributor fixes a pull request in one round. A file with one error is still checked for
all its others. Nothing here imports spaCy: ``check`` is fast.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import BuildError, ContentError, display_path
from ..model import KINDS, Content, Entity
from .articles import split_front_matter, split_paragraphs
from .collect import Wanted
from .entities import load_briefing, load_entity
from .files import check_top_level, content_files
from .kept import KeptArticles
from .references import check_references, check_unused

__all__ = ["load_content", "split_front_matter", "split_paragraphs"]


def load_content(content_dir: Path, cache: Path | None = None) -> Content:
    """Read and validate a whole content folder; raise BuildError listing every problem.
    ``cache``, the annotation cache's folder, keeps each article's parse for the next build
    (``kept``), which parses again only the articles whose file changed."""
    errors: list[ContentError] = []
    if not content_dir.is_dir():
        raise BuildError(
            [
                ContentError(
                    display_path(content_dir),
                    0,
                    "E000",
                    "content folder not found",
                    "pass --content DIR pointing at a folder with articles/ and actors/",
                )
            ]
        )
    check_top_level(content_dir, errors)
    wanted: list[Wanted] = []
    briefing = load_briefing(content_dir / "briefing.yml", errors, wanted)
    entities: list[Entity] = []
    broken: set[str] = set()  # files that exist but did not load: not 'unknown' ids
    for kind in KINDS:
        for path in content_files(content_dir / kind, ".yml", errors):
            entity = load_entity(kind, path, errors, wanted)
            if entity is not None:
                entities.append(entity)
            else:
                broken.add(f"{kind}/{path.stem}")
    kept = KeptArticles(cache)
    articles = [
        a
        for path in content_files(content_dir / "articles", ".md", errors)
        if (a := kept.load(path, errors)) is not None
    ]
    kept.save()
    check_references(briefing, entities, articles, errors, broken)
    check_unused(wanted, articles, errors)
    problems = [e for e in errors if not e.is_warning]
    if problems:
        raise BuildError(errors)
    return Content(
        briefing=briefing,
        articles=tuple(sorted(articles, key=lambda a: a.id)),
        entities=tuple(sorted(entities, key=lambda e: e.key)),
        warnings=tuple(sorted(set(errors))),
    )
