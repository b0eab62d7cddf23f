"""Cost of review39's reading of the word sets over the 1,000 benchmark articles' text: every
capitalised word through ``body_word`` (one more set look-up per word form) and every
capitalised word before a name through ``_after_a_name``'s opener test, with the branch's
sets and with the sets main read. Usage: ``time_words.py CONTENT``."""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from generator.load import load_content
from generator.resolve.article import words as W

BODY_ENDS, BODY_HEADS, UNIT_WORDS, MORE = W.BODY_ENDS, W.BODY_HEADS, W.UNIT_WORDS, W._MORE_BODIES


def main_body_word(word: str) -> bool:
    """``body_word`` as main reads it: the 'and' heads in place of the heads before 'of'
    (module globals, as ``words.py`` reads its own)."""
    low = word.lower()
    return any(
        w in BODY_ENDS or w in BODY_HEADS or w in UNIT_WORDS or w in MORE
        for w in (low, low.removesuffix("s"))
    )


def best(fn, items: list[str]) -> float:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        for item in items:
            fn(item)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    content = load_content(Path(sys.argv[1]))
    text = "\n".join(p for a in content.articles for p in a.paragraphs)
    words = re.findall(r"\b[A-Z][\w'’-]*", text)
    print(f"{len(words)} capitalised words")
    print(f"body_word, branch: {best(W.body_word, words):.3f} s")
    print(f"body_word, main:   {best(main_body_word, words):.3f} s")
    print(f"openers, branch:   {best(W._CAPITAL_OPENERS.__contains__, words):.3f} s")
    print(f"openers, main:     {best(W._OPENERS.__contains__, words):.3f} s")


if __name__ == "__main__":
    main()
