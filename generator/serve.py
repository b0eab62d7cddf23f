"""Live preview: regenerate the pages when content or templates change, and let
``mkdocs serve`` reload the browser when the pages change.

``mkdocs serve`` runs in its own process group, which this process ends on SIGTERM or SIGINT:
a stopped preview must not leave a server holding the port. A refused edit is shown in the
browser, as a notice on every page, until it is fixed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Iterator, Mapping
from pathlib import Path

from .build import Paths, Report, generate
from .errors import BuildError
from .publish import build_epoch, check_targets, mkdocs_config, sync_tree
from .publish.staging import output_locked
from .render import error_notice, with_notice
from .render.templating import COMPILED

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
STOP_GRACE = 10.0
"""Seconds ``mkdocs serve`` gets to exit on each polite signal before the next is sent."""


def edited(path: str | bytes) -> bool:
    """Whether a change of ``path`` (in the content or the templates) is an edit: the build's
    own compiled templates (``templating.COMPILED``), written by the build it triggered, are not."""
    return COMPILED not in Path(os.fsdecode(path)).parts


class _Stopped(Exception):
    """Raised in the main thread when a stop signal arrives."""


def serve(paths: Paths, *, model: str | None, dev_addr: str, site_url: str | None = None) -> int:
    """Run until interrupted; content errors are printed, shown on every page, and the last
    good pages stay underneath."""
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers.polling import PollingObserver

    targets = paths.targets()
    check_targets(targets, pages_only=True)
    with _docs_held(paths):
        content, files = generate(paths, model, Report())
        sync_tree(files, paths.docs, targets.assets)
    changed = threading.Event()

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if not event.is_directory and edited(event.src_path):
                changed.set()

    observer = PollingObserver(timeout=1)
    for folder in (paths.content, paths.templates):
        observer.schedule(Handler(), str(folder), recursive=True)
    observer.start()

    def regenerate() -> None:
        good = files  # the last pages that built: shown, with a notice, while an edit fails
        while True:
            changed.wait()
            time.sleep(0.3)  # let an editor finish saving several files
            changed.clear()
            try:
                with _docs_held(paths):
                    _, new = generate(paths, model, Report())
                    changed_files = sync_tree(new, paths.docs, targets.assets)
            except BuildError as exc:
                problems = [str(e) for e in exc.errors]
                print("\n".join(problems), file=sys.stderr)
                _show_problems(paths, good, problems)
                continue
            except Exception as exc:  # keep previewing: a template typo must not end the session
                traceback.print_exc()
                _show_problems(paths, good, [f"{type(exc).__name__}: {exc}"])
                continue
            good = new
            print(f"regenerated: {changed_files} file(s) changed")

    threading.Thread(target=regenerate, daemon=True).start()
    config = mkdocs_config(
        targets, paths.docs, paths.site, content.briefing.title, paths.docs.parent, site_url
    )
    epoch = build_epoch([a.date for a in content.articles])
    try:
        with _stop_signals_raise():
            child = _start_mkdocs(config, epoch, dev_addr)
            try:
                return child.wait()
            except (_Stopped, KeyboardInterrupt):
                return 0
            finally:
                _stop(child)
    except _Stopped:  # arrived while mkdocs was starting or stopping
        return 0
    finally:
        observer.stop()
        Path(config).unlink(missing_ok=True)


def _docs_held(paths: Paths) -> contextlib.AbstractContextManager[None]:
    """The docs folder held while the preview writes into it: a ``build`` into the same
    folder (``staging.output_locked``) waits for it, and it for the build."""
    return output_locked([paths.docs], say=lambda line: print(line, file=sys.stderr))


def _show_problems(paths: Paths, good: Mapping[str, str], problems: list[str]) -> None:
    """Put the problems at the top of every page so the browser shows the edit was refused."""
    try:
        notice = error_notice(paths.templates, problems)
        with _docs_held(paths):
            sync_tree(with_notice(good, notice), paths.docs, paths.templates / "assets")
    except Exception:  # a broken notice template: the terminal still has the problems
        traceback.print_exc()


def _start_mkdocs(config: Path, epoch: str, dev_addr: str) -> subprocess.Popen[bytes]:
    """``mkdocs serve`` in a new process group, so it and anything it starts can be ended."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", dev_addr, "-f", str(config)]
    return subprocess.Popen(command, env=env, start_new_session=True)


def _stop(child: subprocess.Popen[bytes]) -> None:
    """End the child's whole process group: politely, then for sure. SIGINT first: ``mkdocs
    serve`` removes its temporary site folder (``/tmp/mkdocs_*``) only on KeyboardInterrupt,
    and SIGTERM would leave it behind. Stop signals wait until this is done, so a second
    Ctrl-C cannot leave the server half-stopped."""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        polite = ((signal.SIGINT, STOP_GRACE), (signal.SIGTERM, STOP_GRACE))
        for sig, wait in (*polite, (signal.SIGKILL, None)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.pid, sig)
            try:
                child.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


@contextlib.contextmanager
def _stop_signals_raise() -> Iterator[None]:
    """While serving, SIGTERM and SIGINT raise _Stopped in the main thread (by default SIGTERM
    would end this process at once, orphaning ``mkdocs serve``); a second signal during the
    clean-up is ignored, so the clean-up finishes."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set in the main thread
        return
    previous = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS}

    def stop(signum: int, frame: object) -> None:
        for sig in STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)
        raise _Stopped(signum)

    for sig in STOP_SIGNALS:
        signal.signal(sig, stop)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
