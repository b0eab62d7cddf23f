"""Look at the review pages as an editor would: screenshots light and dark, wide and narrow,
keyboard focus, and every request a page makes (review43).

Usage: .venv/bin/python benchmarks/pools/review43/look.py BASE OUTDIR PATH...
BASE: a server on 127.0.0.1 serving a built site; PATH: pages below it (``review/``).
Writes OUTDIR/{light,dark}-{wide,narrow}-N.png and OUTDIR/focus-N.png (after Tab presses);
prints the hosts requested, the 4xx/5xx answers and the console's errors.
"""

from __future__ import annotations

import json
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys


def driver(width: int, height: int) -> webdriver.Chrome:
    options = Options()
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        f"--window-size={width},{height}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def main() -> None:
    base, out, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    hosts: set[str] = set()
    failures: set[str] = set()
    console: list[str] = []
    for name, size in (("wide", (1400, 1000)), ("narrow", (390, 844))):
        d = driver(*size)
        try:
            for scheme in ("light", "dark"):
                d.get(base + "/")
                value = '{"index":1,"color":{"scheme":"slate","primary":"indigo"}}'
                if scheme == "dark":
                    d.execute_script("localStorage.setItem('/.__palette', arguments[0])", value)
                else:
                    d.execute_script("localStorage.removeItem('/.__palette')")
                for i, path in enumerate(paths):
                    d.get(base + path)
                    time.sleep(0.5)
                    d.save_screenshot(f"{out}/{scheme}-{name}-{i}.png")
            if name == "wide":
                for i, path in enumerate(paths):
                    d.get(base + path)
                    ActionChains(d).send_keys(Keys.TAB * 4).perform()
                    time.sleep(0.3)
                    d.save_screenshot(f"{out}/focus-{i}.png")
            for entry in d.get_log("performance"):
                message = json.loads(entry["message"])["message"]
                if message["method"] == "Network.requestWillBeSent":
                    url = message["params"]["request"]["url"]
                    if "://" in url:
                        hosts.add(url.split("/")[2])
                if message["method"] == "Network.responseReceived":
                    response = message["params"]["response"]
                    if response["status"] >= 400:
                        failures.add(f"{response['status']} {response['url']}")
            console += [e["message"] for e in d.get_log("browser")]
        finally:
            d.quit()
    print("hosts:", sorted(hosts))
    print("failed:", sorted(failures))
    print("console:", console)


if __name__ == "__main__":
    main()
