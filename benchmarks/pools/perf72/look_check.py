"""Whether pages look the same on two built sites (perf72: the paragraphs between headings
written as HTML): headless Chromium (Debian's chromedriver, file://, no server) opens each page
of both sites at a desktop and a phone size, at its top and at each heading of its table of
contents, and compares the screenshots byte for byte, the page's text (``innerText``) and its
table of contents (the theme's secondary navigation).

Usage: .venv/bin/python benchmarks/pools/perf72/look_check.py OLD_SITE NEW_SITE PAGE...
PAGE is a page's folder in the site (``actors/vladimir-putin``). Run it with OLD_SITE twice
for the control: what differs between two loads of the same page.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

SETTLE = 1.0
"""Seconds a page is given after loading before it is read: the theme's scripts (the contents'
highlighting, the header) change the page just after it loads."""
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
TOC = """
const toc = document.querySelector("nav.md-nav--secondary");
return [document.body.innerText, toc ? toc.innerHTML : "",
        [...document.querySelectorAll("h1[id], h2[id], h3[id]")].map(h => h.id)];
"""


def main() -> None:
    old, new = (Path(arg).resolve() for arg in sys.argv[1:3])
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--hide-scrollbars")
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
    same = shots = 0
    try:
        for page in sys.argv[3:]:
            for size, (width, height) in SIZES.items():
                driver.set_window_size(width, height)
                seen = []
                for site in (old, new):
                    uri = (site / page / "index.html").as_uri()
                    driver.get(uri)
                    time.sleep(SETTLE)
                    text, toc, ids = driver.execute_script(TOC)
                    images = [driver.get_screenshot_as_png()]
                    for anchor in ids[1:]:
                        driver.get(f"{uri}#{anchor}")
                        time.sleep(SETTLE)
                        images.append(driver.get_screenshot_as_png())
                    seen.append((text, toc, ids, images))
                (t0, c0, i0, s0), (t1, c1, i1, s1) = seen
                equal = sum(a == b for a, b in zip(s0, s1, strict=False))
                same += equal
                shots += max(len(s0), len(s1))
                print(
                    f"{page} {size}: text {'same' if t0 == t1 else 'DIFFERS'}, contents "
                    f"{'same' if (c0, i0) == (c1, i1) else 'DIFFER'} ({len(i0) - 1} headings), "
                    f"{equal} of {len(s0)} screenshots byte-identical"
                )
    finally:
        driver.quit()
    print(f"{same} of {shots} screenshots byte-identical")


if __name__ == "__main__":
    main()
