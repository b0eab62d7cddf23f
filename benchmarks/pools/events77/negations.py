"""Which test of ``clauses._negated_or_hypothetical`` drops each event verb ``_verbal`` is
given, with its sentence: one JSON line per drop in OUT, for measuring each test's share of
the verbs it turns away (events77, issue 7). Runs ``quality_extract`` on GOLD's SPLIT with a
cache key of its own (``E77`` set to ``trace``), so every article is matched again.

Usage: ``E77=trace .venv/bin/python benchmarks/pools/events77/negations.py GOLD SPLIT OUT``
"""

import contextlib
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import quality_extract as q  # noqa: E402

import generator.extract.events.verbal as verbal  # noqa: E402
from generator.extract.events import clauses  # noqa: E402


def main() -> None:
    gold, split, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    test = clauses._negated_or_hypothetical
    code = test.__code__

    def traced(token):
        lines: list[int] = []

        def tracer(frame, event, arg):
            if frame.f_code is code and event == "line":
                lines.append(frame.f_lineno)
            return tracer

        previous = sys.gettrace()
        sys.settrace(tracer)
        try:
            result = test(token)
        finally:
            sys.settrace(previous)
        if result:
            row = {
                "line": lines[-1] - code.co_firstlineno,
                "word": token.text,
                "sentence": token.sent.text,
            }
            with out.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(row) + "\n")
        return result

    verbal._negated_or_hypothetical = traced
    with contextlib.redirect_stdout(io.StringIO()):
        q.run(gold, split, False, ("events",))


if __name__ == "__main__":
    main()
