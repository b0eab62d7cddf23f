"""Look at a built briefing as an analyst would (reader48): screenshots of each page, a screen
at a time, at desktop (1400) and phone (390) width (emulated: review43's "--headless=new"
window is at least 500 px wide), the pages wider than the screen (a sideways scroll), a search
for each name given, and every host a page asked, 4xx/5xx answer and console error.

Usage: .venv/bin/python benchmarks/pools/reader48/look.py BASE OUTDIR [--search NAME]... PATH...
BASE: a server on 127.0.0.1 serving the site; PATH: pages below it (``actors/``). Screenshots
are OUTDIR/{wide,narrow}-N-P.png (N the PATH's place, P the screen) and OUTDIR/search-N.png;
the driver is review43's.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "review43"))
from look import driver  # review43's headless Chromium

PARTS = 4


def shoot(d, path: str) -> None:  # type: ignore[no-untyped-def]
    """Screenshots of the page a screen at a time (PARTS at most), ``path`` -0, -1, ...: one
    image per screen stays readable where a whole long page would be shrunk past reading."""
    height = d.execute_script("return document.documentElement.scrollHeight")
    screen = d.execute_script("return window.innerHeight")
    for part in range(min(PARTS, -(-height // screen))):
        d.execute_script("window.scrollTo(0, arguments[0])", part * (screen - 60))
        time.sleep(0.2)
        d.save_screenshot(path.replace(".png", f"-{part}.png"))


FETCHED = (
    "return [...performance.getEntriesByType('navigation'),"
    " ...performance.getEntriesByType('resource')].map(e => [e.name, e.responseStatus || 0])"
)
"""Every file the page asked for, with its HTTP status (0 where the browser gives none)."""


def fetched(d, hosts: set[str], failures: set[str]) -> None:  # type: ignore[no-untyped-def]
    """Adds the hosts the loaded page asked (``data:`` ones as "") and its 4xx/5xx answers."""
    for url, status in d.execute_script(FETCHED):
        hosts.add(url.split("/")[2] if "://" in url else "")
        if status >= 400:
            failures.add(f"{status} {url}")


def main() -> None:
    base, out, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    names = [rest[i + 1] for i, arg in enumerate(rest) if arg == "--search"]
    paths = [
        a for i, a in enumerate(rest) if a != "--search" and (i == 0 or rest[i - 1] != "--search")
    ]
    hosts: set[str] = set()
    failures: set[str] = set()
    console: list[str] = []
    for name, size in (("wide", (1400, 1300)), ("narrow", (390, 1300))):
        d = driver(*size)
        # headless Chromium keeps a window at least 500 px wide: a phone's 390 needs emulation
        d.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {
                "width": size[0],
                "height": size[1],
                "deviceScaleFactor": 1,
                "mobile": name == "narrow",
            },
        )
        try:
            for i, path in enumerate(paths):
                d.get(base + path)
                time.sleep(0.4)
                root = "document.documentElement"
                overflow = d.execute_script(f"return {root}.scrollWidth - {root}.clientWidth")
                if overflow > 0:
                    print(f"{name} {path}: {overflow}px wider than the screen")
                fetched(d, hosts, failures)
                shoot(d, f"{out}/{name}-{i}.png")
            if name == "wide":
                for i, query in enumerate(names):
                    d.get(base + "/")
                    time.sleep(0.5)
                    d.find_element(
                        By.CSS_SELECTOR, "label.md-search__icon, .md-search__input"
                    ).click()
                    time.sleep(1.5)
                    box = d.find_element(By.CSS_SELECTOR, "input.md-search__input")
                    box.send_keys(query)
                    time.sleep(2)
                    d.save_screenshot(f"{out}/search-{i}.png")
                    box.send_keys(Keys.ESCAPE)
            console += [e["message"] for e in d.get_log("browser")]
        finally:
            d.quit()
    for i, path in enumerate(paths):
        print(i, path)
    print("hosts:", sorted(hosts))
    print("failed:", sorted(failures))
    print("console:", console)


if __name__ == "__main__":
    main()
