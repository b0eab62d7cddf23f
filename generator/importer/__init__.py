"""Turn raw articles (plain text like the seeds, or a news CSV) into content files to review.

Page furniture (a lone ``logo`` line, the repeated headline, a date line, a byline such as
``By Jane Doe | Reuters``, a wire dateline such as ``MOSCOW, Oct 20 (Reuters):``) is removed;
what was removed that carries information becomes front matter (``dateline``, and the outlet
the dateline or byline names as ``source``). Existing files are never overwritten; with
``skip_existing`` they are left alone and reported, so a growing CSV can be re-imported.
"""

from .clean import Cleaned, RawArticle, byline, clean_text, parse_date_line
from .read import read_sources
from .write import Written, render_article, write_articles

__all__ = [
    "Cleaned",
    "RawArticle",
    "Written",
    "byline",
    "clean_text",
    "parse_date_line",
    "read_sources",
    "render_article",
    "write_articles",
]
