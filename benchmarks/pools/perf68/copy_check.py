"""Whether the YAML an editor copies from a review page is the same text on two sites
(perf68: the fixes are written as one-line ``<pre><code>`` with ``&#10;`` newlines).

Usage: .venv/bin/python benchmarks/pools/perf68/copy_check.py OLD_SITE NEW_SITE
Opens each ``review/*/index.html`` of both sites in headless Chromium (file://, no server,
Debian's chromedriver), selects each code block's text as a reader would (a range over the
block; the selection's string is what the browser copies as text) and compares the two
sites' blocks in order; also each page's whole selected text (``document.body``).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

SELECT = """
const out = [];
const nodes = [...document.querySelectorAll("pre > code"), document.body];
for (const node of nodes) {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  out.push(selection.toString());
}
return out;
"""


def main() -> None:
    old, new = (Path(arg).resolve() for arg in sys.argv[1:3])
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
    same = blocks = 0
    try:
        for page in sorted(old.glob("review/*/index.html")):
            copied = []
            for site in (old, new):
                driver.get((site / page.relative_to(old)).as_uri())
                copied.append(driver.execute_script(SELECT))
            blocks += len(copied[0]) - 1
            same += sum(a == b for a, b in zip(copied[0][:-1], copied[1][:-1], strict=True))
            body = "same" if copied[0][-1] == copied[1][-1] else "DIFFERS"
            print(page.parent.name, len(copied[0]) - 1, "code blocks; whole page's text", body)
    finally:
        driver.quit()
    print(f"{same} of {blocks} copied YAML blocks the same text")


if __name__ == "__main__":
    main()
