"""Writing article files for review: never over an existing file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import BuildError, ContentError, display_path
from ..ids import slugify
from .clean import RawArticle


def render_article(article: RawArticle) -> str:
    """The content file text: YAML front matter (safely dumped) and blank-line paragraphs."""
    front: dict[str, str] = {"title": article.title, "date": article.date}
    front["source"] = article.source or "unknown"
    if article.url:
        front["url"] = article.url
    front["language"] = "en"
    if article.dateline:
        front["dateline"] = article.dateline
    # safe_dump quotes anything YAML 1.1 would re-type (dates, 'no'), so it reads back as text.
    dumped: str = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000)
    return "---\n" + dumped + "---\n\n" + "\n\n".join(article.paragraphs) + "\n"


@dataclass(frozen=True)
class Written:
    """What ``write_articles`` did: files created, and existing ones left alone."""

    written: tuple[Path, ...]
    skipped: tuple[Path, ...] = ()


def write_articles(
    articles: list[RawArticle], content_dir: Path, *, skip_existing: bool = False
) -> Written:
    """Write article files; never overwrite one. An existing file is an error (all reported
    at once, nothing written) unless ``skip_existing``: then it is kept as is, edits and all,
    and reported as skipped, so a CSV that gained rows can be imported again."""
    folder = content_dir / "articles"
    targets: dict[Path, RawArticle] = {}
    skipped: list[Path] = []
    errors: list[ContentError] = []
    for article in articles:
        base = f"{article.date}-{slugify(article.title)}"
        target = folder / f"{base}.md"
        n = 2
        while target in targets or target in skipped:
            target = folder / f"{base}-{n}.md"
            n += 1
        if target.exists():
            if skip_existing:
                skipped.append(target)
                continue
            errors.append(
                ContentError(
                    display_path(target),
                    0,
                    "E305",
                    "article file already exists",
                    "delete or rename it first, or pass --skip-existing; import never overwrites",
                )
            )
        targets[target] = article
    if errors:
        raise BuildError(errors)
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    target = folder
    try:
        for target, article in targets.items():
            with target.open("x", encoding="utf-8") as handle:
                made.append(target)
                handle.write(render_article(article))
    except OSError as exc:
        # All or nothing (disk full, permissions): a truncated article would pass `check`
        # with half its text. Only files this run created go: "x" never opens an old one.
        for path in made:
            path.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, exc.filename or str(target)) from exc
    return Written(tuple(sorted(targets)), tuple(sorted(skipped)))
