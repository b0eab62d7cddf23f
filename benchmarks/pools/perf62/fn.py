"""fn.py CODE DIR: one rebuild by the command line in process, the CPU of chosen functions."""

import functools
import importlib
import sys
import time

sys.path.insert(0, sys.argv[1])
from collections import Counter

spent = Counter()


def wrap(modname, name):
    mod = importlib.import_module(modname)
    f = getattr(mod, name)

    @functools.wraps(f)
    def w(*a, **k):
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            spent[f"{modname.split('.')[-1]}.{name}"] += time.process_time() - t

    setattr(mod, name, w)


R = "generator.resolve"
NAMES = """
_titled_bearers _placements _unread_names _regions_written _surname_alone not_actors
_read_articles _jargon_reads _jargon words_of_texts _in_articles _given_names_cut
_full_names _unglue _owners_in_articles _media_citations _real_names _known_as _read_as
_the_in_name _follow_surnames _people_read_as_bodies _left_out acronym_definitions
_mononyms"""
for n in NAMES.split():
    wrap(R, n)
wrap("generator.build", "extract")
wrap("generator.build", "link")
wrap("generator.build", "gather")
wrap("generator.build", "gather_review")
wrap("generator.build", "resolve")
wrap("generator.build", "sentence_dates")
wrap("generator.build", "export_changed")
wrap("generator.build", "render_changed")
wrap("generator.build", "publish")
wrap("generator.evidence", "_cut_off")
wrap("generator.build", "load_content")
wrap("generator.build", "previous_pages")
wrap("generator.build", "collected_ahead")
from generator.cli import main  # noqa: E402

d = sys.argv[2]
main(
    [
        "build",
        "--content",
        f"{d}/content",
        "--site",
        f"{d}/site",
        "--docs",
        f"{d}/docs",
        "--pages-only",
    ]
)
print(f"total cpu {time.process_time():.2f}")
for k, v in spent.most_common():
    print(f"{v:6.3f} {k}")
