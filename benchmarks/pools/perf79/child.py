"""child.py CONTENT: the spaCy process's work before its parse arrives, step by step, in this
interpreter (CPU clock): importing the annotate stage, loading the model, adding the curated
ruler, parsing the one edited article (``bench_build.edit_one``'s); what the build's critical
path waits for until the parse."""

import sys
import time
from pathlib import Path

clock = time.process_time
t0 = clock()
from generator import annotate  # noqa: E402

t1 = clock()
nlp = annotate.load_model(annotate.choose_model(None))
t2 = clock()
from generator.load import load_content  # noqa: E402

content = load_content(Path(sys.argv[1]), None)
files = sorted((Path(sys.argv[1]) / "articles").glob("*.md"))
edited = [a for a in content.articles if Path(a.path).name == files[len(files) // 2].name]
patterns = annotate.ruler_patterns(content.entities)
t3 = clock()
nlp = annotate.load_pipeline("", patterns, nlp)
t4 = clock()
parsed = list(annotate.parse_articles(nlp, edited, annotate.few_listed(edited)))
t5 = clock()
print(
    f"import annotate {t1 - t0:.3f}  load_model {t2 - t1:.3f}  ruler ({len(patterns)} patterns) "
    f"{t4 - t3:.3f}  parse {len(edited)} article {t5 - t4:.3f}  "
    f"total {t2 - t0 + t5 - t3:.3f}"
)
