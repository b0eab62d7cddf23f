"""Live preview: regenerate the pages when content or templates change, and let
``mkdocs serve`` reload the browser when the pages change."""

from __future__ import annotations

import sys
import threading
import time
import traceback
from pathlib import Path

from .build import Paths, Report, generate
from .errors import BuildError
from .publish import build_epoch, check_targets, mkdocs_config, run_mkdocs, sync_tree


def serve(paths: Paths, *, model: str | None, dev_addr: str, site_url: str | None = None) -> int:
    """Run until interrupted; content errors are printed and the last good pages stay."""
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers.polling import PollingObserver

    targets = paths.targets()
    check_targets(targets, pages_only=True)
    content, files = generate(paths, model, Report())
    sync_tree(files, paths.docs, targets.assets)
    changed = threading.Event()

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event) -> None:
            if not event.is_directory:
                changed.set()

    observer = PollingObserver(timeout=1)
    for folder in (paths.content, paths.templates):
        observer.schedule(Handler(), str(folder), recursive=True)
    observer.start()

    def regenerate() -> None:
        while True:
            changed.wait()
            time.sleep(0.3)  # let an editor finish saving several files
            changed.clear()
            try:
                _, files = generate(paths, model, Report())
                changed_files = sync_tree(files, paths.docs, targets.assets)
            except BuildError as exc:
                print("\n".join(str(e) for e in exc.errors), file=sys.stderr)
                continue
            except Exception:  # keep previewing: a template typo must not end the session
                traceback.print_exc()
                continue
            print(f"regenerated: {changed_files} file(s) changed")

    threading.Thread(target=regenerate, daemon=True).start()
    config = mkdocs_config(
        targets, paths.docs, paths.site, content.briefing.title, paths.docs.parent, site_url
    )
    epoch = build_epoch([a.date for a in content.articles])
    try:
        return run_mkdocs(config, epoch, "serve", "--dev-addr", dev_addr).returncode
    except KeyboardInterrupt:
        return 0
    finally:
        observer.stop()
        Path(config).unlink(missing_ok=True)
