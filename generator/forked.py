"""Bytes made in a forked child process while this one goes on with other work: the second
core of a rebuild after one edit is idle once the spaCy process has sent its parse, and some
work of the stages after it reads only data that exists before the fork and answers in a few
bytes (the rebuild's unit digests, ``reuse.Cutoff.ahead``). The child shares the parent's
heap copy-on-write, computes, writes its answer to a pipe and ends with ``os._exit`` (it
never runs the parent's cleanup, flushes its buffers or returns into its code).

An answer is only ever a cache: when the child fails, is killed or cannot be forked (one
core, no ``fork``), ``result`` says None and the caller computes the value itself. No child
outlives its parent: it is reaped by ``result`` or killed by ``close``, and the kernel kills
it if the parent dies first (``PR_SET_PDEATHSIG``; a SIGTERM'd build runs no cleanup).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable

_PR_SET_PDEATHSIG = 1


def spare_core() -> bool:
    """Whether this process may run on more than one core (a child then runs beside it)."""
    try:
        return len(os.sched_getaffinity(0)) > 1
    except (AttributeError, OSError):
        return (os.cpu_count() or 1) > 1


class Forked:
    """``make()``'s bytes, made in a child forked now (Linux, two cores or more), read by
    ``result``; ``close`` ends a child whose answer is not wanted (the caller's error)."""

    def __init__(self, make: Callable[[], bytes]):
        self._pid: int | None = None
        self._read: int | None = None
        if sys.platform != "linux" or not spare_core():
            return
        read, write = os.pipe()
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: never returns
            code = 1
            try:
                os.close(read)
                _die_with(parent)
                data = make()
                view = memoryview(data)
                while view:
                    view = view[os.write(write, view) :]
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> bytes | None:
        """The child's bytes once it has ended well, else None (none was forked, it failed
        or it was killed). Waits for it; asked once."""
        if self._pid is None or self._read is None:
            return None
        chunks = []
        try:
            with os.fdopen(self._read, "rb") as pipe:
                self._read = None
                while chunk := pipe.read(1 << 20):
                    chunks.append(chunk)
        finally:
            status = self._reap()
        return b"".join(chunks) if status == 0 else None

    def close(self) -> None:
        """Kill the child if it still runs and reap it; nothing if it was reaped already."""
        if self._read is not None:
            os.close(self._read)
            self._read = None
        if self._pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)
            self._reap()

    def _reap(self) -> int | None:
        pid, self._pid = self._pid, None
        if pid is None:
            return None
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            return None
        return os.waitstatus_to_exitcode(status)

    def __enter__(self) -> Forked:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _die_with(parent: int) -> None:
    """Ask the kernel to kill this (child) process when its parent dies; if the parent is
    gone already, end now."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)
