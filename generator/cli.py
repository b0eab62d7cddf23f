"""Command line: ``python -m generator init|import|check|build|serve``.

The only place errors become messages and exit codes: 0 success, 1 content errors (each
``path:line: CODE message``), 2 a failed site build, 3 a usage or environment problem, 141 the
reader of the output went away. No two causes share a code, so scripts can tell them apart.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__
from .errors import BuildError, ContentError, display_path

if TYPE_CHECKING:
    from .build import Progress
    from .preload import Preloaded

EXIT_CONTENT, EXIT_PUBLISH, EXIT_USAGE = 1, 2, 3
EXIT_PIPE = 141
"""128 + SIGPIPE (13): what a shell reports for a writer whose reader went away (``| head``)."""


def _version() -> str:
    """The installed package's version, or the source tree's when run uncompiled."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("briefing-generator")
    except PackageNotFoundError:
        return __version__


def _prog() -> str:
    """``briefing`` when run through the console command, else ``python -m generator``."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return name if name.startswith("briefing") else "python -m generator"


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on a usage error, the code of a failed MkDocs build; here it is 3.
    Subcommand parsers are made from this class too."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _seconds(text: str) -> float:
    """A non-negative number of seconds for ``--wait`` (argparse reports a bad one as usage)."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds, 0 or more, not {text!r}")
    return value


class _ReviewFilters:
    """``review --only``'s choices (``review.FILTERS``), read when argparse first asks: the
    review module (with the content model, YAML and transliteration tables: about 0.03 s of
    CPU) is imported only after a build's spaCy process is forked (``_preloaded``), which
    every millisecond before the fork delays."""

    def __contains__(self, kind: object) -> bool:
        from .model.review import FILTERS

        return kind in FILTERS

    def __iter__(self) -> Iterator[str]:
        from .model.review import FILTERS

        return iter(sorted(FILTERS))


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=_prog(),
        description="Build a cross-linked briefing site from annotated news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    init = sub.add_parser("init", help="start a new briefing: briefing.yml and empty folders")
    init.add_argument("folder", type=Path, metavar="DIR", help="new briefing folder")
    init.add_argument("--title", help="site title (default: from the folder name)")

    build = sub.add_parser("build", help="generate the Markdown pages and build the site")
    build.add_argument("--content", type=Path, help="content folder (default: bundled content/)")
    build.add_argument("--site", type=Path, help="site output folder (default: site/)")
    build.add_argument("--docs", type=Path, help="generated Markdown folder (default: build/docs)")
    build.add_argument("--pages-only", action="store_true", help="stop after writing the Markdown")
    build.add_argument("--model", help="spaCy model (default: en_core_web_sm if installed)")
    build.add_argument("--strict", action="store_true", help="fail on warnings (W codes) too")
    build.add_argument(
        "--no-review",
        action="store_true",
        help="leave the editors' review page (review/) out, for a published site",
    )
    build.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="annotate on a Dask cluster (tcp://HOST:8786); needs the 'dask' extra",
    )
    waiting = build.add_mutually_exclusive_group()
    waiting.add_argument(
        "--no-wait",
        action="store_true",
        help="fail at once (exit 3) if another build into the same site or docs folder runs, "
        "instead of waiting for it",
    )
    waiting.add_argument(
        "--wait",
        metavar="SECONDS",
        type=_seconds,
        help="wait at most SECONDS for another build into the same site or docs folder, then "
        "fail (exit 3); without it a build waits as long as the other one runs",
    )

    review = sub.add_parser(
        "review", help="list what the machine found that no editor has confirmed, with fixes"
    )
    review.add_argument("--content", type=Path, help="content folder (default: bundled content/)")
    review.add_argument("--model", help="spaCy model (default: en_core_web_sm if installed)")
    review.add_argument(
        "--only",
        action="append",
        choices=_ReviewFilters(),
        metavar="KIND",
        help="show only these items (repeatable): %(choices)s",
    )

    check = sub.add_parser("check", help="validate content only (fast, no NLP)")
    check.add_argument("--content", type=Path, help="content folder (default: bundled content/)")
    check.add_argument("--strict", action="store_true", help="fail on warnings (W codes) too")

    imp = sub.add_parser("import", help="turn raw .txt articles or a news CSV into article files")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--content", type=Path, help="content folder (default: bundled content/)")
    imp.add_argument("--date", help="publication date YYYY-MM-DD (for .txt files)")
    imp.add_argument("--source", help="outlet name")
    imp.add_argument("--url", help="address of the original article")
    imp.add_argument("--title", help="headline, if the first line is not the headline")
    imp.add_argument(
        "--skip-existing",
        action="store_true",
        help="leave articles whose file exists alone (re-importing a CSV that gained rows)",
    )

    serve = sub.add_parser("serve", help="live preview that rebuilds when content changes")
    serve.add_argument("--content", type=Path, help="content folder (default: bundled content/)")
    serve.add_argument("--model", help="spaCy model")
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        with _preloaded(args) as preloaded:
            code = _run(args, preloaded)
        sys.stdout.flush()  # a closed pipe shows here, not as exit code 120 at shutdown
        if argv is None and args.command == "build":
            _leave(code)
        return code
    except BuildError as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{_count(exc.errors)}; nothing was written.", file=sys.stderr)
        return EXIT_CONTENT
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`... | head -1`): no traceback, and none at exit either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE
    except OSError as exc:
        # Disk full, permissions, a read-only folder: the machine's problem, not the content's,
        # so not exit 1. Builds publish by rename and imports remove what they began, so
        # nothing half-written is left behind to say so about.
        print(f"error: {_os_problem(exc)}", file=sys.stderr)
        print(
            "hint: a problem of this machine (disk space, permissions), not of the content; "
            "nothing was published or half-written: fix it and run the command again",
            file=sys.stderr,
        )
        return EXIT_USAGE


def _leave(code: int) -> None:
    """End the process now with ``code``, its output flushed, skipping the interpreter's
    finalisation: run as the program (``main()`` with no ``argv``), a build is the process's
    whole work, and freeing its heap object by object, collecting it and clearing the modules
    is 0.07-0.09 s of CPU and wall after a one-edit rebuild at 1,000 articles (2.5% of it) for
    nothing, as the kernel takes the memory back at once. Nothing is left to finalise: the
    build has joined its threads, ended its processes and closed its files. Returns (the normal
    exit follows) if a thread or child process is still alive, so none is ever cut short."""
    import threading

    processes = sys.modules.get("multiprocessing")
    if threading.active_count() > 1 or (processes and processes.active_children()):
        return
    sys.stderr.flush()
    os._exit(code)


def _os_problem(exc: OSError) -> str:
    """'No space left on device: site/x.html': the reason and the file, no traceback."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    if isinstance(exc.filename, (str, bytes)):
        return f"{reason}: {display_path(Path(os.fsdecode(exc.filename)))}"
    return reason


def _count(problems: Sequence[ContentError]) -> str:
    """'2 errors, 1 warning': what a run found, in words."""
    warnings = sum(1 for p in problems if p.is_warning)
    errors = len(problems) - warnings
    parts = [f"{errors} error{'s' if errors != 1 else ''}"] if errors or not warnings else []
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return ", ".join(parts)


def _warn(warnings: tuple, strict: bool) -> None:
    """Print warnings; with ``--strict`` they fail the run like errors."""
    if strict and warnings:
        raise BuildError(warnings)
    for warning in warnings:
        print(warning, file=sys.stderr)


def _progress() -> AbstractContextManager[Progress | None]:
    """A line per stage and a bar for annotation when a person watches (stderr is a
    terminal); nothing in a log, where the one summary line is enough."""
    if not sys.stderr.isatty():
        return nullcontext(None)
    from .progress import TerminalProgress

    return TerminalProgress()


def _split_pages() -> int | None:
    """Pages above which the site gets the split search index: $BRIEFING_SEARCH_SPLIT_PAGES
    (0 always splits, e.g. to try it on a small briefing), else the default; ``None`` if the
    variable is not a whole number."""
    from .publish.search_split import SPLIT_PAGES

    value = os.environ.get("BRIEFING_SEARCH_SPLIT_PAGES", "").strip()
    if not value:
        return SPLIT_PAGES
    return int(value) if value.isdigit() else None


def _content_option(content: Path | None) -> str:
    """`` --content DIR`` as the user would type it again; empty for the bundled content."""
    return f" --content {shlex.quote(display_path(content))}" if content else ""


def _preloaded(args: argparse.Namespace) -> AbstractContextManager[Preloaded | None]:
    """A build's spaCy process, started before the stages are imported (``preload``): after
    an edit it imports spaCy and loads the model on the other core while this process imports
    the generator and reads the content. Ended when the command is done."""
    if args.command != "build":
        return nullcontext(None)
    from .paths import Paths
    from .preload import for_build

    paths = Paths.for_content(args.content, args.site, args.docs)
    return for_build(paths, args.model, args.scheduler) or nullcontext(None)


def _run(args: argparse.Namespace, preloaded: Preloaded | None = None) -> int:
    from .build import BUNDLED_CONTENT, Paths, build
    from .publish import PublishError

    site_url = os.environ.get("SITE_URL") or None  # the site's public address, when deploying
    prog = _prog()
    if args.command == "init":
        from .scaffold import init_briefing

        written = init_briefing(args.folder, title=args.title, prog=prog)
        for path in written:
            print(f"wrote {display_path(path)}")
        option = _content_option(args.folder)
        print(
            f"New briefing in {display_path(args.folder)}/. Next:\n"
            f"  {prog} import FILE...{option}   (raw .txt articles or a url,date,title,text CSV)\n"
            f"  {prog} build{option}"
        )
        return 0
    if args.command == "check":
        from .load import load_content

        content = load_content(args.content or BUNDLED_CONTENT)
        _warn(content.warnings, args.strict)
        found = f"{_count(content.warnings)}" if content.warnings else "no problems found"
        print(
            f"OK: {len(content.articles)} articles, {len(content.entities)} curated entities, "
            f"{found}."
        )
        return 0
    if args.command == "import":
        from .importer import read_sources, write_articles
        from .model import is_calendar_day

        if args.date and not is_calendar_day(args.date):
            print("error: --date must be YYYY-MM-DD", file=sys.stderr)
            return EXIT_USAGE
        from .scaffold import complete_briefing

        articles = read_sources(
            args.files, date=args.date, source=args.source, url=args.url, title=args.title
        )
        folder = args.content or BUNDLED_CONTENT
        new_briefing = not (folder / "briefing.yml").exists()
        result = write_articles(articles, folder, skip_existing=args.skip_existing)
        for path in result.written:
            print(f"wrote {display_path(path)}")
        if new_briefing:  # after the articles: a refused import writes nothing at all
            for path in complete_briefing(folder, prog=prog):
                print(f"wrote {display_path(path)}")
        for path in result.skipped:
            print(f"skipped {display_path(path)} (exists)")
        skipped = f", {len(result.skipped)} skipped (file exists)" if result.skipped else ""
        print(
            f"{len(result.written)} article(s) imported into "
            f"{display_path(folder / 'articles')}/{skipped}; review them, then run "
            f"'{prog} check{_content_option(args.content)}'."
        )
        return 0
    if args.command == "review":
        from .build import review_of
        from .evidence.review import review_text

        paths = Paths.for_content(args.content)
        queue = review_of(paths, args.model).only(args.only)
        if args.only and not queue.items:
            print(f"Nothing to review among: {', '.join(sorted(set(args.only)))}.")
        else:
            print(review_text(queue, paths.content_label()), end="")
        return 0
    if args.command == "serve":
        from .serve import serve

        return serve(
            Paths.for_content(args.content),
            model=args.model,
            dev_addr=args.dev_addr,
            site_url=site_url,
        )
    paths = Paths.for_content(args.content, args.site, args.docs)
    split_pages = _split_pages()
    if split_pages is None:
        print("error: BRIEFING_SEARCH_SPLIT_PAGES must be a whole number", file=sys.stderr)
        return EXIT_USAGE
    try:
        with _progress() as progress:
            report = build(
                paths,
                model=args.model,
                pages_only=args.pages_only,
                progress=progress,
                strict=args.strict,
                site_url=site_url,
                review=not args.no_review,
                scheduler=args.scheduler,
                split_pages=split_pages,
                preloaded=preloaded,
                wait=False if args.no_wait else True if args.wait is None else args.wait,
            )
    except PublishError as exc:
        print(exc, file=sys.stderr)
        return EXIT_PUBLISH
    where = paths.docs if args.pages_only else paths.site
    _warn(report.warnings, strict=False)
    print(f"Built {report.summary()} into {display_path(where)}")
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0
