"""forkexp.py CODE DIR MODE: an edit is made by the caller; one ``build --pages-only`` in this
interpreter, its evidence stage (``gather``) timed. MODE ``fork``: a child forked as the stage
starts makes every unit digest of the last build's record (``Cutoff._unit_digest``) and sends
them as ``marshal`` bytes, taken by the first ``Cutoff.kept``; ``base``: as the code does. Prints
the stage's CPU and wall and the main process's minor page faults in it (the child's on
stderr): perf65's fork after link, remeasured on ``main``'s code without editing it."""

import contextlib
import marshal
import os
import resource
import sys
import time

sys.path.insert(0, sys.argv[1])
import generator.build as build

mode = sys.argv[3]
real_gather = build.gather
res: dict[str, float] = {}


def gather(linked, briefing, cutoff=None):
    t, w = time.process_time(), time.perf_counter()
    f0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    if cutoff is not None and mode == "fork":
        r, wfd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            out = {}
            for u in cutoff._previous.units:
                with contextlib.suppress(Exception):
                    out[u] = cutoff._unit_digest(u)
            with os.fdopen(wfd, "wb") as f:
                f.write(marshal.dumps(out))
            ru = resource.getrusage(resource.RUSAGE_SELF)
            said = f"child cpu {ru.ru_utime + ru.ru_stime:.3f} minflt {ru.ru_minflt}\n"
            os.write(2, said.encode())
            os._exit(0)
        os.close(wfd)
        real_kept = cutoff.kept
        state = {"read": False}

        def kept(page):
            if not state["read"]:
                with os.fdopen(r, "rb") as f:
                    data = f.read()
                os.waitpid(pid, 0)
                cutoff._known.update(marshal.loads(data))
                state["read"] = True
                res["waited_at"] = time.process_time() - t
            return real_kept(page)

        cutoff.kept = kept
    out = real_gather(linked, briefing, cutoff)
    res["gather_cpu"] = time.process_time() - t
    res["gather_wall"] = time.perf_counter() - w
    res["minflt"] = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - f0
    return out


build.gather = gather
from generator.cli import main  # noqa: E402

d = sys.argv[2]
main(["build", "--content", f"{d}/content", "--site", f"{d}/site", "--docs", f"{d}/docs",
      "--pages-only"])  # fmt: skip
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(mode, {k: round(v, 3) for k, v in res.items()}, "maxrss", peak)
