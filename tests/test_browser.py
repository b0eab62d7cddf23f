"""Browser checks in headless Chromium (Debian chromium + chromedriver): the built seed site,
and a briefing whose titles and text try to run script (issue 11).

Skipped when Chromium is missing, unless BRIEFING_REQUIRE_BROWSER=1 (as in CI), where a
missing browser is a failure. Screenshots are saved in tests/artifacts/ for a human to look at.
"""

from __future__ import annotations

import base64
import os
import shutil
import tempfile

import pytest
from conftest import (
    ACTOR_NAME,
    ARTICLE_PAYLOAD,
    BODY_PAYLOAD,
    FIXTURES,
    PROSE_TITLE,
    ROOT,
    SITE_PAYLOAD,
    add_hostile_content,
    serve,
    without_tag_check,
)

from generator.build import Paths, build

ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = [pytest.mark.browser, pytest.mark.slow]

if not (CHROMIUM and CHROMEDRIVER):
    if os.environ.get("BRIEFING_REQUIRE_BROWSER"):
        raise RuntimeError("chromium and chromium-driver are required (apt-get install them)")
    pytest.skip("chromium/chromedriver not installed", allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

WAIT = 30
"""Seconds a check waits for the page: generous, since CI machines and a loaded laptop are slow;
a check that passes returns as soon as its condition holds."""


def _serve(site):
    """Serve a built site until the fixture using it is finalised."""
    with serve(site) as url:
        yield url


REPO = "https://github.com/example/briefing"


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    """The bundled briefing built, with edit links into a repository set as CI sets it."""
    tmp = tmp_path_factory.mktemp("browser")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("BRIEFING_REPO_URL", REPO)
        build(Paths(ROOT / "content", tmp / "site", tmp / "docs", tmp / "cache"))
    return tmp / "site"


@pytest.fixture(scope="module")
def base_url(seed_site):
    """The bundled briefing served on localhost."""
    yield from _serve(seed_site)


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    """The mini briefing with titles and text that try to run script (issue 11)."""
    tmp = tmp_path_factory.mktemp("hostile")
    shutil.copytree(FIXTURES / "mini", tmp / "content")
    add_hostile_content(tmp / "content")
    with without_tag_check():
        build(Paths(tmp / "content", tmp / "site", tmp / "docs", tmp / "cache"))
    yield from _serve(tmp / "site")


CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1000",
)


def _chromium(*flags: str):
    """Headless Chromium with a temporary directory of its own (``TMPDIR``), removed after it
    quits: Chromium leaves its singleton folder (``org.chromium.Chromium.*``) behind."""
    scratch = tempfile.mkdtemp(prefix="chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*CHROMIUM_FLAGS, *flags):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=CHROMEDRIVER, env={**os.environ, "TMPDIR": scratch})
    try:
        driver = webdriver.Chrome(service=service, options=options)
        try:
            driver.set_page_load_timeout(2 * WAIT)
            yield driver
        finally:
            driver.quit()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    yield from _chromium()


def shot(driver, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def full_shot(driver, name: str) -> None:
    """The whole page, not only its first screen (``<name>-full.png``): graphs, long lists.
    Laid out that tall the page has no scrollbar, so it is as wide as the window."""
    width, height = driver.execute_script(
        "const e = document.documentElement;"
        "return [Math.max(window.innerWidth, e.scrollWidth), e.scrollHeight]"
    )
    clip = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
    image = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip}
    )
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"{name}-full.png").write_bytes(base64.b64decode(image["data"]))


def test_home_reads_like_a_briefing_and_loads_nothing_from_elsewhere(browser, base_url):
    browser.get(base_url)
    assert "Russia–Iran relations" in browser.title
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "article h2")]
    assert headings[:3] == ["Key actors", "Latest events", "Agreements"]
    tabs = [t.text for t in browser.find_elements(By.CSS_SELECTOR, ".md-tabs__link")]
    assert tabs == ["Home", "Actors", "Agreements", "Events", "Articles", "Timeline", "Graph"]
    resources = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert resources and all(r.startswith(base_url) for r in resources), resources
    shot(browser, "home")


def test_actor_page_quotes_sentences_that_link_to_the_article(browser, base_url):
    browser.get(base_url + "actors/vladimir-putin/")
    assert browser.find_element(By.CSS_SELECTOR, "article h1").text == "Vladimir Putin"
    quote = browser.find_element(By.CSS_SELECTOR, "article blockquote")
    assert "Putin" in quote.find_element(By.TAG_NAME, "strong").text
    shot(browser, "actor-putin")
    quote.find_element(By.CSS_SELECTOR, "a[href*='#p']").click()
    WebDriverWait(browser, WAIT).until(ec.url_contains("/articles/"))
    anchor = browser.current_url.rsplit("#", 1)[1]
    assert browser.find_element(By.ID, anchor).tag_name == "p"
    shot(browser, "article")


def _search_state(driver) -> tuple[str, list[str]]:
    """Read the result count and titles in one script call, so a re-render can't go stale."""
    return driver.execute_script(
        "const meta = document.querySelector('.md-search-result__meta');"
        "const items = document.querySelectorAll('.md-search-result__item h1, "
        ".md-search-result__item h2');"
        "return [meta ? meta.textContent : '', [...items].map(e => e.textContent.trim())];"
    )


def _search(driver, url: str, query: str, first: str) -> list[str]:
    """Type ``query`` into the site's search on ``url`` and return the result titles once
    ``first`` is the top one; fail with what was listed instead.

    Material keeps "Initializing search" until its worker has loaded the index; typing
    before then is queued, but waiting makes a failure say which step failed. Keys are sent
    one by one, as a reader types (the theme listens for key events, not a value set by
    script), and the query is typed afresh once if the worker answered an older one."""
    driver.get(url)
    driver.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__input").click()
    WebDriverWait(driver, WAIT).until(lambda d: _search_state(d)[0] != "Initializing search")
    box = driver.find_element(By.CSS_SELECTOR, "input.md-search__input")
    for attempt in range(2):
        box.clear()
        for key in query:
            box.send_keys(key)
        try:
            WebDriverWait(driver, WAIT).until(lambda d: _search_state(d)[1][:1] == [first])
            return _search_state(driver)[1]
        except TimeoutException:
            if attempt:
                meta, titles = _search_state(driver)
                pytest.fail(f"{query!r} did not list {first!r} first: {meta!r}, {titles!r}")
    raise AssertionError("unreachable")


def test_search_finds_an_actor_by_an_alias(browser, base_url):
    # Aliases are indexed as tags, weighted above titles: the actor comes first.
    _search(browser, base_url, "Kremlin leader", "Vladimir Putin")
    shot(browser, "search")


def test_search_lists_an_actor_before_the_events_that_name_it(browser, base_url):
    # The actor's own name is a tag: "Hassan" listed "Killing of Hassan Nasrallah" (title and
    # text) before his page (title only) until reader5.
    _search(browser, base_url, "Hassan", "Hassan Nasrallah")


def test_search_finds_an_event_by_its_place(browser, base_url):
    # The place is in neither the event's title nor its name: a tag (its first part) finds it.
    _search(browser, base_url, "Beirut", "Killing of Hassan Nasrallah")
    # Read in one script call: the result list may re-render (a stale element) in between.
    chips = browser.execute_script(
        "return [...document.querySelectorAll('.md-search-result .md-tags')].map(e =>"
        " e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');"
    )
    assert chips and not any(chips)  # the page says it already
    # Both events of Ashgabat, by their title and place, before anything else; which first is
    # the theme's scoring (the meeting led while its place note, "says "in Ashgabat"", was
    # searched too: support notes are not, since reader3).
    titles = _search(browser, base_url, "Ashgabat", "Iran and Russia condemn Israel in Ashgabat")
    # The titles hold each result's page (h1) and then its sections (h2): the meeting is the
    # second page listed, after the first's sections.
    assert "Putin–Pezeshkian meeting in Ashgabat" in titles[:5], titles


def test_search_finds_an_agreement_by_its_short_name(browser, base_url):
    # Listed before the signing event and the articles that name it, whose titles match too.
    treaty = "Treaty on Comprehensive Strategic Partnership between Russia and Iran"
    titles = _search(browser, base_url, "strategic partnership treaty", treaty)
    assert "Signing of the Russia–Iran strategic partnership treaty" in titles
    shot(browser, "search-agreement")


@pytest.fixture(scope="module")
def split_site(tmp_path_factory):
    """The bundled briefing with the split search index a briefing of thousands of pages gets
    (issue 10), forced by a threshold of 0 pages; serves it and records what it served."""
    tmp = tmp_path_factory.mktemp("split")
    build(Paths(ROOT / "content", tmp / "site", tmp / "docs", tmp / "cache"), split_pages=0)
    served: list[str] = []
    with serve(tmp / "site", served=served) as url:
        yield url, served


@pytest.fixture(scope="module")
def offline_browser():
    """Chromium whose only reachable host is the local server: every other address goes to a
    proxy that does not exist, so anything fetched from elsewhere fails as a console error."""
    yield from _chromium("--proxy-server=http://127.0.0.1:9")


def test_split_search_finds_an_actor_by_an_alias_offline_without_errors(
    offline_browser, split_site
):
    """The theme's search box over the split index: the alias lists its actor first, the
    worker fetched shards and result chunks (not a whole index) from the site itself, and
    nothing failed or came from elsewhere."""
    browser, (base, served) = offline_browser, split_site
    browser.get_log("browser")  # start with an empty log
    _search(browser, base, "Kremlin leader", "Vladimir Putin")
    link = browser.execute_script("return document.querySelector('.md-search-result__link').href")
    assert link.startswith(base + "actors/vladimir-putin/"), link
    assert any("/search-split." in path for path in served), served
    assert any(path.startswith("/search/split/terms/") for path in served), served
    assert any(path.startswith("/search/split/docs/") for path in served), served
    assert not any("/workers/search." in path for path in served), "the theme's worker ran"
    resources = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert all(r.startswith((base, "data:")) for r in resources), resources
    # an event by its place and an agreement by its short name, as with the theme's search
    _search(browser, base, "Beirut", "Killing of Hassan Nasrallah")
    treaty = "Treaty on Comprehensive Strategic Partnership between Russia and Iran"
    _search(browser, base, "strategic partnership treaty", treaty)
    assert _errors(browser) == []
    shot(browser, "search-split")


def test_index_pages_group_actors_by_type(browser, base_url):
    browser.get(base_url + "actors/")
    _loaded(browser)  # under load the list was once read before the page had any heading
    headings = WebDriverWait(browser, WAIT).until(
        lambda d: [h.text for h in d.find_elements(By.CSS_SELECTOR, "article h2")]
    )
    assert headings == ["People", "Organisations", "States", "News outlets"]
    shot(browser, "actors-index")


def test_pages_fit_a_phone_without_sideways_scrolling(browser, base_url):
    browser.set_window_size(390, 844)
    try:
        for path in (
            "",
            "actors/iran/",
            "events/",
            "articles/",
            "actors/vladimir-putin/",
            "timeline/",
            "graph/",
            "events/putin-pezeshkian-meeting-ashgabat/",
            "agreements/russia-iran-strategic-partnership-treaty/",
        ):
            browser.get(base_url + path)
            overflow = browser.execute_script(
                "const wide = [...document.querySelectorAll('.md-typeset__scrollwrap')]"
                "  .filter(w => w.scrollWidth > w.clientWidth + 1).length;"
                "return [document.documentElement.scrollWidth > window.innerWidth, wide];"
            )
            assert overflow == [False, 0], f"{path or 'home'} overflows at phone width"
        shot(browser, "phone-actor")
    finally:
        browser.set_window_size(1280, 1000)


def test_index_tables_fit_a_phone_and_keep_every_column_on_a_wide_screen(browser, base_url):
    """The agreements index (Date, Agreement, Parties, Type) was wider than a 390 px phone and
    scrolled sideways in its box; there its Type column is left out, on a wide screen kept."""
    script = (
        "const wrap = document.querySelector('article .md-typeset__scrollwrap');"
        "const heads = [...wrap.querySelectorAll('thead th')]"
        "  .filter(th => getComputedStyle(th).display !== 'none').map(th => th.textContent);"
        "return [wrap.scrollWidth <= wrap.clientWidth, heads];"
    )
    columns = {
        "events/": ["Date", "Event", "Participants"],
        "agreements/": ["Date", "Agreement", "Parties", "Type"],
    }
    try:
        for width, height in ((390, 844), (1280, 1000)):
            browser.set_window_size(width, height)
            for path, heads in columns.items():
                browser.get(base_url + path)
                _loaded(browser)
                fits, shown = browser.execute_script(script)
                assert fits, f"{path} scrolls sideways at {width} px"
                assert shown == (heads[:3] if width < 500 else heads), (path, width)
    finally:
        browser.set_window_size(1280, 1000)


def test_dates_in_the_first_column_of_a_table_stay_on_one_line_on_a_wide_screen(browser, base_url):
    """ "6 September / 2019" broken over two lines made every row of a long events index twice
    as tall; on a phone the column may still wrap (nothing there may scroll sideways)."""
    for path in ("", "events/", "agreements/", "actors/vladimir-putin/"):
        browser.get(base_url + path)
        _loaded(browser)
        cells = browser.execute_script(
            "const cells = document.querySelectorAll('article table tbody td:first-child');"
            "return [...cells].map(td => {"
            "  const range = document.createRange(); range.selectNodeContents(td);"
            "  return [td.textContent, getComputedStyle(td).whiteSpace,"
            "          new Set([...range.getClientRects()].map(r => Math.round(r.top))).size];"
            "})"
        )
        assert cells, path
        for text, white_space, lines in cells:
            assert (white_space, lines) == ("nowrap", 1), (path, text)


PAGES = {
    "home": "",
    "actor": "actors/vladimir-putin/",
    "event": "events/putin-pezeshkian-meeting-ashgabat/",
    "agreement": "agreements/russia-iran-strategic-partnership-treaty/",
    "proposed-event": "events/statement-iran/",
    "timeline": "timeline/",
    "graph": "graph/",
}
"""The pages a reader meets first, screenshot at each width and scheme for a human to check."""


def _settle(driver) -> None:
    WebDriverWait(driver, WAIT).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def _errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_reader_pages_in_every_width_and_scheme_without_errors_or_outside_requests(
    browser, base_url
):
    """Screenshots of the first screen (and the whole page) at desktop and phone width, in
    light and dark mode; no console error and nothing fetched from elsewhere on any of them."""
    browser.get_log("browser")  # start with an empty log
    try:
        for width, height, size in ((1280, 1000, "desktop"), (390, 844, "phone")):
            browser.set_window_size(width, height)
            for scheme in ("default", "slate"):
                for name, path in PAGES.items():
                    browser.get(base_url + path)
                    _settle(browser)
                    browser.execute_script(
                        "document.body.setAttribute('data-md-color-scheme', arguments[0])", scheme
                    )
                    label = f"reader-{name}-{size}-{'dark' if scheme == 'slate' else 'light'}"
                    shot(browser, label)
                    full_shot(browser, label)
                    resources = browser.execute_script(
                        "return performance.getEntriesByType('resource').map(e => e.name)"
                    )
                    outside = [r for r in resources if not r.startswith(base_url)]
                    assert not outside, (path, outside)
                    assert not _errors(browser), path
    finally:
        browser.set_window_size(1280, 1000)


def test_the_actor_graph_has_labelled_nodes_that_fit_and_link_to_pages(browser, base_url):
    browser.get(base_url + "actors/vladimir-putin/")
    # Under load the script could run before the page's graph was there (a flaky null).
    WebDriverWait(browser, WAIT).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "figure.graph svg.graph-wide a.node"))
    )
    nodes = browser.execute_script(
        """
        const svg = document.querySelector("figure.graph svg.graph-wide");
        const box = svg.viewBox.baseVal;
        return [...svg.querySelectorAll("a.node")].map(a => {
          const r = a.querySelector("rect").getBBox(), t = a.querySelector("text").getBBox();
          return {href: a.getAttribute("href"), label: a.querySelector("text").textContent,
                  fits: t.x >= r.x && t.x + t.width <= r.x + r.width
                        && r.x >= 0 && r.x + r.width <= box.width,
                  top: r.y};
        });
        """
    )
    assert len(nodes) >= 10
    assert all(n["fits"] for n in nodes), [n["label"] for n in nodes if not n["fits"]]
    assert "Vladimir Putin" in [n["label"] for n in nodes]
    hrefs = {n["href"] for n in nodes}
    assert "../../events/putin-pezeshkian-meeting-ashgabat/" in hrefs
    relations = browser.execute_script(
        "return [...new Set([...document.querySelectorAll('svg.graph-wide path.edge')]"
        ".map(p => p.classList[1]))].sort()"
    )
    assert relations == ["r-about", "r-appears", "r-participant", "r-party"]
    link = browser.find_element(
        By.CSS_SELECTOR, "svg.graph-wide a[href='../../events/putin-pezeshkian-meeting-ashgabat/']"
    )
    link.click()
    WebDriverWait(browser, WAIT).until(ec.url_contains("/events/putin-pezeshkian"))
    assert browser.find_element(By.CSS_SELECTOR, "article h1").text.startswith("Putin")


GEOMETRY = """
const svg = [...document.querySelectorAll("figure.graph svg")]
  .find(s => getComputedStyle(s).display !== "none");
const box = svg.viewBox.baseVal;
const inside = r => r.x >= 0 && r.y >= 0 && r.x + r.width <= box.width + 0.5
  && r.y + r.height <= box.height + 0.5;
const rects = [...svg.querySelectorAll("a.node")].map(a => {
  const r = a.querySelector("rect").getBBox(), t = a.querySelector("text").getBBox();
  return {label: a.querySelector("text").textContent, r: r,
          fits: t.x >= r.x && t.x + t.width <= r.x + r.width && t.y >= r.y
                && t.y + t.height <= r.y + r.height && inside(r)};
});
const overlaps = [];
rects.forEach((a, i) => rects.slice(i + 1).forEach(b => {
  if (a.r.x < b.r.x + b.r.width && b.r.x < a.r.x + a.r.width
      && a.r.y < b.r.y + b.r.height && b.r.y < a.r.y + a.r.height)
    overlaps.push(a.label + " / " + b.label);
}));
return {variant: svg.getAttribute("class"), nodes: rects.length,
        unfit: rects.filter(n => !n.fits).map(n => n.label), overlaps: overlaps,
        lines_outside: [...svg.querySelectorAll("path.edge")]
          .filter(p => !inside(p.getBBox())).length,
        wider_than_page: svg.getBoundingClientRect().right > document.documentElement.clientWidth};
"""
"""The graph drawing a reader sees: labels inside their boxes, no two boxes on each other,
boxes and lines on the canvas, the canvas within the page (measured with the real font)."""


def test_graph_labels_fit_their_boxes_never_overlap_and_stay_on_the_canvas(browser, base_url):
    try:
        for width, variant in ((1280, "graph-wide"), (390, "graph-narrow")):
            browser.set_window_size(width, 900)
            for path in ("graph/", "actors/iran/", "actors/vladimir-putin/"):
                browser.get(base_url + path)
                found = browser.execute_script(GEOMETRY)
                assert found["variant"] == variant and found["nodes"] >= 10, (path, found)
                assert found == {
                    **found,
                    "unfit": [],
                    "overlaps": [],
                    "lines_outside": 0,
                    "wider_than_page": False,
                }, (path, width)
    finally:
        browser.set_window_size(1280, 1000)


def test_the_briefing_graph_filters_by_type_without_script(browser, base_url):
    browser.set_window_size(1280, 1000)  # the wide graph; a check before may have narrowed it
    browser.get(base_url + "graph/")
    visible = (
        "return [...document.querySelectorAll('svg.graph-wide .node.k-event')]"
        ".filter(n => getComputedStyle(n).display !== 'none').length"
    )
    # On a loaded machine the window's size may settle after the page has loaded.
    WebDriverWait(browser, WAIT).until(lambda d: d.execute_script(visible) > 5)
    browser.find_element(By.CSS_SELECTOR, ".graph-filters input[value='k-event']").click()
    assert browser.execute_script(visible) == 0
    assert browser.execute_script(
        "return [...document.querySelectorAll('svg.graph-wide .edge.r-participant')]"
        ".every(n => getComputedStyle(n).display === 'none')"
    )


def test_a_curated_actor_is_edited_in_its_yaml_and_a_proposal_starts_its_file(browser, base_url):
    browser.get(base_url + "actors/vladimir-putin/")
    edit = browser.find_element(By.CSS_SELECTOR, "a.edit-link")
    assert edit.get_attribute("href") == f"{REPO}/edit/main/content/actors/vladimir-putin.yml"
    browser.get(base_url + "events/statement-iran/")
    start = browser.find_element(By.CSS_SELECTOR, "a.edit-link").get_attribute("href")
    assert start.startswith(f"{REPO}/new/main?filename=content%2Fevents%2Fstatement-iran.yml")
    browser.get(
        base_url + "articles/2025-10-21-russia-ready-to-expand-ties-with-iran-in-all-areas/"
    )
    assert (
        browser.find_element(By.CSS_SELECTOR, "a.edit-link")
        .get_attribute("href")
        .endswith(
            "content/articles/2025-10-21-russia-ready-to-expand-ties-with-iran-in-all-areas.md"
        )
    )


def test_hovering_an_entity_link_shows_a_preview_of_its_page(browser, base_url):
    browser.get(
        base_url
        + "articles/2024-10-11-putin-highlights-strong-ties-with-iran-amid-growing-regional/"
    )
    link = browser.find_element(By.CSS_SELECTOR, "a.actor-link[href*='vladimir-putin']")
    ActionChains(browser).move_to_element(link).perform()
    preview = WebDriverWait(browser, WAIT).until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, ".entity-preview"))
    )
    assert preview.find_element(By.CSS_SELECTOR, ".entity-preview__title").text == "Vladimir Putin"
    assert "Person" in preview.find_element(By.CSS_SELECTOR, ".infobox").text
    shot(browser, "preview")
    ActionChains(browser).move_to_element(browser.find_element(By.TAG_NAME, "h1")).perform()
    WebDriverWait(browser, WAIT).until(ec.invisibility_of_element(preview))


def _filtered(driver, prefix: str = "") -> str:
    """The timeline's count ("3 of 15 shown") once its script has applied the address's choice,
    starting with ``prefix`` (under load a check could run before the script has)."""
    count = (By.CSS_SELECTOR, "form.timeline-filters output")

    def applied(d) -> bool:
        text = d.find_element(*count).text
        return " of " in text and text.startswith(prefix)

    WebDriverWait(driver, WAIT).until(applied)
    return driver.find_element(*count).text


def test_the_timeline_filters_by_actor_and_type_in_the_browser(browser, base_url):
    browser.get(base_url + "timeline/?actor=iran")
    _filtered(browser)
    shown = (
        "return [...document.querySelectorAll('li[data-actors]')]"
        ".filter(li => !li.hidden).map(li => [li.dataset.actors, li.dataset.type])"
    )
    entries = browser.execute_script(shown)
    total = browser.execute_script("return document.querySelectorAll('li[data-actors]').length")
    assert 0 < len(entries) < total
    assert all("iran" in actors.split() for actors, _ in entries)
    Select(browser.find_element(By.NAME, "type")).select_by_value("meeting")
    entries = browser.execute_script(shown)
    assert entries and all(t == "meeting" and "iran" in a.split() for a, t in entries)
    assert "type=meeting" in browser.current_url
    months = browser.execute_script(
        "return [...document.querySelectorAll('article h2')].filter(h => !h.hidden)"
        ".map(h => h.nextElementSibling.querySelectorAll('li:not([hidden])').length)"
    )
    assert months and all(months)  # a month with nothing left is hidden
    # The undated entries, listed apart, open with the same choice.
    link = browser.find_element(By.CSS_SELECTOR, "a.timeline-undated")
    assert "actor=iran" in link.get_attribute("href") and "type=meeting" in link.get_attribute(
        "href"
    )
    browser.get(base_url + "timeline/undated/?actor=iran")
    _filtered(browser)
    entries = browser.execute_script(shown)
    assert entries and all("iran" in actors.split() for actors, _ in entries)
    browser.get(base_url + "timeline/undated/?actor=vladimir-putin")  # none undated
    _filtered(browser, "0 of ")
    assert browser.execute_script(shown) == []


def _loaded(browser) -> None:
    """Wait for the page's scripts: a click lands as soon as the address changes, and before
    the site's script has pointed the links at index.html a folder link opens a listing."""
    WebDriverWait(browser, WAIT).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def test_opened_from_a_file_links_reach_pages_and_the_page_says_what_needs_a_server(
    browser, seed_site, base_url
):
    """From file:// a folder address shows a listing: the site's script points links at the
    folder's index.html, and a note (only there) says search and previews may not work."""
    browser.get((seed_site / "index.html").as_uri())
    notice = browser.find_element(By.CSS_SELECTOR, "article .file-notice")
    assert notice.is_displayed() and "search and the previews" in notice.text
    browser.find_element(By.CSS_SELECTOR, "article a[href*='actors/vladimir-putin']").click()
    actor = (seed_site / "actors" / "vladimir-putin" / "index.html").as_uri()
    WebDriverWait(browser, WAIT).until(ec.url_to_be(actor))
    _loaded(browser)
    assert browser.find_element(By.CSS_SELECTOR, "article h1").text == "Vladimir Putin"
    shot(browser, "file-actor")
    # A graph node (an SVG link), a link with a query, a tab: each opens its page.
    browser.find_element(
        By.CSS_SELECTOR, "svg.graph-wide a[href*='putin-pezeshkian-meeting-ashgabat']"
    ).click()
    WebDriverWait(browser, WAIT).until(ec.url_contains("ashgabat/index.html"))
    _loaded(browser)
    assert browser.find_element(By.CSS_SELECTOR, "article h1").text.startswith("Putin–Pezeshkian")
    browser.back()
    _loaded(browser)
    browser.find_element(By.CSS_SELECTOR, "a[href*='timeline/index.html?actor=']").click()
    WebDriverWait(browser, WAIT).until(ec.url_contains("timeline/index.html?actor=vladimir-putin"))
    _loaded(browser)
    shown = browser.execute_script(
        "return [...document.querySelectorAll('li[data-actors]')].filter(li => !li.hidden)"
        ".map(li => li.dataset.actors)"
    )
    assert shown and all("vladimir-putin" in a.split() for a in shown)
    # The tab is clicked once the site's script has pointed it at index.html: on a loaded
    # machine the script can run after the page reports it has loaded.
    WebDriverWait(browser, WAIT).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, ".md-tabs__link[href*='actors/index.html']"))
    ).click()
    WebDriverWait(browser, WAIT).until(ec.url_contains("actors/index.html"))
    _loaded(browser)
    assert browser.find_element(By.CSS_SELECTOR, "article h1").text == "Actors"
    # Over HTTP the folder addresses stay as they are, and there is no note.
    browser.get(base_url + "actors/vladimir-putin/")
    assert not browser.find_elements(By.CSS_SELECTOR, ".file-notice")
    link = browser.find_element(By.CSS_SELECTOR, "article a.actor-link, article a[href$='/']")
    assert not link.get_attribute("href").endswith("index.html")


TRAP = """
window.__calls = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = (...args) => { window.__calls.push(name + ":" + args.join(",")); };
}
"""
"""Runs before any script of every page: records what content-borne script would call."""

INJECTED = """
const elements = [...document.querySelectorAll("*")];
return {
  calls: window.__calls,
  images: document.querySelectorAll("img").length,
  handlers: elements.flatMap(e => [...e.attributes].map(a => a.name)
      .filter(n => n !== "x" || !(e instanceof SVGElement)))  // x: an SVG shape's coordinate
    .filter(n => n.startsWith("on") || n === "autofocus" || n === "x"),
  fetched_x: performance.getEntriesByType("resource").map(e => e.name)
    .filter(u => u.endsWith("/x")),
};
"""


@pytest.fixture
def trapped(browser):
    """The browser with ``alert`` and friends recorded instead of shown, on every page."""
    script = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAP})
    yield browser
    browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", script)


def _visit(driver, url: str) -> dict:
    driver.get(url)
    WebDriverWait(driver, WAIT).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )
    # An <img src=x onerror=...> would have requested x by now; its error handler and an
    # autofocus handler run right after: give them a moment before looking.
    driver.execute_script("return new Promise(done => setTimeout(done, 300))")
    return driver.execute_script(INJECTED)


def test_the_trap_records_a_call(trapped, hostile_url):
    """Proof that the next test would see script that ran: a page's own alert is recorded."""
    trapped.get(hostile_url)
    trapped.execute_script("alert('probe')")
    assert trapped.execute_script("return window.__calls")[-1:] == ["alert:probe"]


def test_titles_and_text_from_content_never_run_script(trapped, hostile_url):
    pages = {
        "": SITE_PAYLOAD,
        "articles/2024-03-01-talks/": f"{ARTICLE_PAYLOAD} - {SITE_PAYLOAD}",
        "articles/2024-03-02-prose/": f"{PROSE_TITLE} - {SITE_PAYLOAD}",
        "actors/axis/": f"{ACTOR_NAME} - {SITE_PAYLOAD}",
        "graph/": f"Graph - {SITE_PAYLOAD}",
        "timeline/": f"Timeline - {SITE_PAYLOAD}",
        "articles/": f"Articles - {SITE_PAYLOAD}",
        "404.html": SITE_PAYLOAD,
    }
    for path, title in pages.items():
        found = _visit(trapped, hostile_url + path)
        assert found == {"calls": [], "images": 0, "handlers": [], "fetched_x": []}, path
        assert trapped.title == title, path
        logo = trapped.find_element(By.CSS_SELECTOR, ".md-header [data-md-component=logo]")
        assert logo.get_attribute("aria-label") == SITE_PAYLOAD, path
        topic = trapped.find_element(By.CSS_SELECTOR, ".md-header__topic .md-ellipsis")
        assert topic.get_attribute("textContent").strip() == SITE_PAYLOAD, path
    _visit(trapped, hostile_url + "articles/2024-03-01-talks/")
    # under load the heading may not be parsed when ``get`` returns (seen once in session 43)
    WebDriverWait(trapped, WAIT).until(
        lambda d: d.execute_script("return document.querySelector('article h1') !== null")
    )
    heading = trapped.execute_script("return document.querySelector('article h1').firstChild.data")
    assert heading == ARTICLE_PAYLOAD
    paragraph = trapped.find_element(By.ID, "p1").get_attribute("textContent")
    assert BODY_PAYLOAD in paragraph
    shot(trapped, "hostile-article")


def test_search_shows_a_hostile_title_as_text(trapped, hostile_url):
    trapped.get(hostile_url)
    trapped.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__input").click()
    WebDriverWait(trapped, WAIT).until(lambda d: _search_state(d)[0] != "Initializing search")
    box = trapped.find_element(By.CSS_SELECTOR, "input.md-search__input")
    for key in "Talks":
        box.send_keys(key)
    WebDriverWait(trapped, WAIT).until(lambda d: ARTICLE_PAYLOAD in _search_state(d)[1])
    found = trapped.execute_script(INJECTED)
    assert found == {"calls": [], "images": 0, "handlers": [], "fetched_x": []}


@pytest.fixture(scope="module")
def jump_url(tmp_path_factory):
    """The bundled briefing built with jump lists on every index of more than five rows (the
    bundled one is short enough to read at a glance, so it has none)."""
    tmp = tmp_path_factory.mktemp("jumps")
    with pytest.MonkeyPatch.context() as env:
        env.setattr("generator.render.jumps.JUMP_ROWS", 5)
        build(Paths(ROOT / "content", tmp / "site", tmp / "docs", tmp / "cache"))
    yield from _serve(tmp / "site")


def test_a_jump_list_link_shows_its_part_below_the_header_with_no_preview_over_it(
    browser, jump_url
):
    """Each link of an index's jump list brings its part's first row into view, just below the
    header; the anchor is on a cell, which the browser does not focus, so no page preview
    opens over the rows (as it did with the anchor on the row's link)."""
    for path in ("events/", "actors/"):
        browser.get(jump_url + path)
        _loaded(browser)
        targets = browser.execute_script(
            "return [...document.querySelectorAll('article li a[href^=\"#\"]')]"
            ".map(a => a.getAttribute('href'))"
        )
        assert len(targets) >= 3, path
        for target in (targets[1], targets[-1]):
            browser.get(jump_url + path)  # the list at the top again, to be clicked as read
            _loaded(browser)
            browser.find_element(By.CSS_SELECTOR, f"article li a[href='{target}']").click()
            WebDriverWait(browser, WAIT).until(
                lambda d, t=target: d.execute_script("return location.hash") == t
            )
            top, bottom, header, tag, focused, previews = browser.execute_script(
                "const cell = document.getElementById(location.hash.slice(1));"
                "const header = document.querySelector('.md-header').getBoundingClientRect();"
                "const box = cell.getBoundingClientRect();"
                "return [box.top, box.bottom - innerHeight, header.bottom, cell.tagName,"
                " document.activeElement === cell,"
                " [...document.querySelectorAll('.entity-preview')]"
                " .filter(e => e.getClientRects().length).length];"
            )
            assert tag == "TD" and not focused and previews == 0, (path, target)
            # Just below the header, or lower when the page ends before it could scroll so far.
            at_end = browser.execute_script(
                "return scrollY + innerHeight >= document.documentElement.scrollHeight - 1"
            )
            assert header <= top and bottom <= 0, (path, target, top, header)
            assert top < header + 100 or at_end, (path, target, top, header)
    shot(browser, "jump-list")


SELECTED = """
const range = document.createRange();
range.selectNodeContents(arguments[0]);
const selection = window.getSelection();
selection.removeAllRanges();
selection.addRange(range);
return selection.toString();
"""
"""What a reader copies from an element: its contents selected, as text."""


def test_the_review_pages_copy_their_yaml_exactly_in_the_sites_scheme_and_from_a_file(
    browser, seed_site, base_url
):
    """perf70: the editors' pages are HTML the generator writes, outside MkDocs: each YAML
    fix copies as the very text ``briefing review`` prints, the links lead to the review's
    pages and the entity pages, the page takes the dark scheme a reader chose on the site,
    nothing comes from elsewhere, and from file:// its links still open pages."""
    from generator.build import review_of

    cache = seed_site.parent / "cache"
    paths = Paths(ROOT / "content", seed_site, seed_site.parent / "docs", cache)
    queue = review_of(paths)
    browser.get_log("browser")
    browser.get(base_url + "review/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Review"
    browser.find_element(By.LINK_TEXT, "Proposed events").click()
    WebDriverWait(browser, WAIT).until(ec.url_to_be(base_url + "review/events/"))
    _loaded(browser)
    events = [i for i in queue.items if i.kind == "proposed event"]
    # The text selected is the YAML to its last line (a browser leaves out a block's final
    # newline, as it did on MkDocs' page): what an editor pastes is what the terminal shows.
    expected = [fix.yaml.removesuffix("\n") for item in events for fix in item.fixes]
    blocks = browser.find_elements(By.CSS_SELECTOR, "pre code.language-yaml")
    assert expected and [browser.execute_script(SELECTED, b) for b in blocks] == expected
    shot(browser, "review-events")
    pages = browser.find_elements(By.LINK_TEXT, "its page")
    assert len(pages) == len(events)
    assert {p.get_attribute("href") for p in pages} == {f"{base_url}{item.key}/" for item in events}
    pages[0].click()
    WebDriverWait(browser, WAIT).until(ec.url_to_be(f"{base_url}{events[0].key}/"))
    # The scheme the reader chose on the site (the theme keeps it in localStorage).
    browser.get(base_url + "review/events/")
    light = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    browser.execute_script(
        "localStorage.setItem('/.__palette', JSON.stringify({index: 1, color: {scheme: 'slate'}}))"
    )
    try:
        browser.refresh()
        _loaded(browser)
        scheme, dark = browser.execute_script(
            "return [document.documentElement.dataset.scheme,"
            " getComputedStyle(document.body).backgroundColor]"
        )
        assert scheme == "slate" and dark != light, (light, dark)
        shot(browser, "review-events-dark")
    finally:
        browser.execute_script("localStorage.removeItem('/.__palette')")
    resources = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert resources and not [r for r in resources if not r.startswith(base_url)]
    assert not _errors(browser)
    # From a file: the links to the review's folders open their index.html (offline.js).
    browser.get((seed_site / "review" / "index.html").as_uri())
    _loaded(browser)
    WebDriverWait(browser, WAIT).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, "a[href$='events/index.html']"))
    ).click()
    WebDriverWait(browser, WAIT).until(ec.url_contains("review/events/index.html"))
    _loaded(browser)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Review: Proposed events"


def test_the_review_pages_never_run_script_from_content(trapped, hostile_url):
    """perf70: the review pages, HTML the generator writes itself, show the hostile briefing's
    names, sentences and titles as text: nothing runs, loads or gets a handler."""
    found = _visit(trapped, hostile_url + "review/")
    assert found == {"calls": [], "images": 0, "handlers": [], "fetched_x": []}
    assert trapped.title == f"Review - {SITE_PAYLOAD}"
    parts = [a.get_attribute("href") for a in trapped.find_elements(By.CSS_SELECTOR, "td a")]
    assert parts
    for url in parts:
        found = _visit(trapped, url)
        assert found == {"calls": [], "images": 0, "handlers": [], "fetched_x": []}, url
        assert trapped.title.endswith(f" - {SITE_PAYLOAD}"), url
        header = trapped.find_element(By.CSS_SELECTOR, ".review-bar a")
        assert header.text == SITE_PAYLOAD, url
