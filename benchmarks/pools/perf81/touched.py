"""touched.py CODE DIR: one rebuild of DIR (the caller edits first) in this interpreter; how
many of the briefing's names the edited article touches (``bench_build.edit_one``'s article:
the middle one): names with a candidate there, and names its text writes anywhere (a search
of every text reads those), against every name voted on. A per-name memo of resolve's joins
would compute again only these (and the names their answers lead to)."""

import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
import generator.resolve.phases as phases

seen = {}
real = phases.verdicts_of


def verdicts_of(read, passed, content, steps, citations):
    seen.update(read=read, passed=passed, content=content)
    return real(read, passed, content, steps, citations)


phases.verdicts_of = verdicts_of  # type: ignore[assignment]
import generator.resolve  # noqa: E402

generator.resolve.verdicts_of = verdicts_of  # type: ignore[attr-defined]
from generator.cli import main  # noqa: E402

d = sys.argv[2]
files = sorted(Path(f"{d}/content/articles").glob("*.md"))
main(["build", "--content", f"{d}/content", "--site", f"{d}/site", "--docs", f"{d}/docs",
      "--pages-only"])  # fmt: skip
articles = {a.id: a for a in seen["content"].articles}
edited = next(a for a in articles.values() if Path(a.path).name == files[len(files) // 2].name)
names = {c.name for c in seen["passed"].candidates}
here = {c.name for c in seen["passed"].candidates if c.article == edited.id}
text = "\n".join(edited.paragraphs)
written = {n for n in names if n in text}
print(f"edited {edited.id}: {len(edited.paragraphs)} paragraphs, {len(text)} characters")
print(f"names voted on {len(names)}; with a candidate in the edited article {len(here)};")
print(f"written in its text {len(written)}; either {len(here | written)}")
print(sorted(here | written))
