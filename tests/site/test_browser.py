"""The site in a real headless Chromium: highlights, anchors, search and a phone-width layout.

One browser and one static server for the whole session (see conftest.py); pages are loaded over
HTTP from 127.0.0.1, as a static host would serve them.
"""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from bot.core.engine import Engine
from bot.core.text import quote_key
from bot.site.links import article_path, entity_path, fact_path

MARKED_TEXT = """
const id = arguments[0];
const marks = [...document.querySelectorAll('mark.q')].filter(m => m.dataset.f.split(' ').includes(id));
return marks.map(m => m.textContent + (m.closest('p') ? '\\u0000' + [...document.querySelectorAll('p')].indexOf(m.closest('p')) : ''));
"""
WHERE = """
const a = document.getElementById(arguments[0]);
const r = a.getBoundingClientRect();
const current = [...document.querySelectorAll('mark.current')].map(m => m.textContent).join('');
return [r.top, window.innerHeight, window.scrollY, current];
"""


def _joined(parts: list[str]) -> str:
    """Marked pieces back into text: pieces of one paragraph run together, paragraphs are spaced."""
    paras: dict[str, str] = {}
    for part in parts:
        text, _, para = part.partition("\0")
        paras[para] = paras.get(para, "") + text
    return " ".join(paras.values())


def test_every_quote_is_highlighted_and_scrolled_to_by_its_anchor(browser, site_url: str, engine: Engine) -> None:
    base = engine.base
    checked = 0
    browser.set_window_size(1100, 900)
    for article in base.articles.values():
        facts = [f for f in base.facts.values() if f.source.article == article.id]
        browser.get(site_url + article_path(article.id))
        scrolled = 0
        for fact in facts:
            marked = _joined(browser.execute_script(MARKED_TEXT, fact.id))
            assert quote_key(marked) == quote_key(fact.source.quote), fact.id
            browser.execute_script("location.hash = arguments[0]", fact.id)
            want = "".join(fact.source.quote.split())

            def highlighted(d: WebDriver, fid: str = fact.id, want: str = want) -> bool:
                return "".join(d.execute_script(WHERE, fid)[3].split()) == want

            WebDriverWait(browser, 5).until(highlighted,
                                            message=f"{fact.id}: the quote is not shown as the current highlight")
            top, height, scroll_y, _ = browser.execute_script(WHERE, fact.id)
            assert 0 <= top < height, f"{fact.id}: anchor at {top}px, window {height}px"
            scrolled += scroll_y > 0
            checked += 1
        assert scrolled, f"{article.id}: no anchor needed scrolling, so this proves nothing"
    assert checked == len(base.facts)


def _search(browser, site_url: str, query: str) -> list[str]:
    browser.get(site_url + "index.html")
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-search-ready"))
    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys(query)
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "search-status").text)
    return [li.find_element(By.TAG_NAME, "a").text for li in browser.find_elements(By.CSS_SELECTOR, "#results li")]


def test_search_forgives_typos_and_finds_names(browser, site_url: str) -> None:
    assert _search(browser, site_url, "jmaes dong")[0] == "James Dong"
    assert _search(browser, site_url, "Dastgir")[0] == "Khurram Dastgir Khan"
    found = _search(browser, site_url, "sales tax 2025")
    assert found and all("2025" in label for label in found)  # numbers and years match exactly, never fuzzily
    assert _search(browser, site_url, "xqzvw") == []
    assert "Nothing in the names or facts matches" in browser.find_element(By.ID, "search-status").text


def test_the_search_box_on_every_page_leads_to_results(browser, site_url: str) -> None:
    browser.get(site_url + entity_path("james-dong"))
    box = browser.find_element(By.CSS_SELECTOR, "header input[name=q]")
    box.send_keys("jmaes dong\n")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results li a"))
    first = browser.find_element(By.CSS_SELECTOR, "#results li a")
    assert first.text == "James Dong"
    first.click()
    WebDriverWait(browser, 5).until(lambda d: d.current_url.endswith(entity_path("james-dong")))


def test_every_page_fits_400_px_without_horizontal_scrolling(browser, site_url: str, site_dir: Path,
                                                              engine: Engine) -> None:
    """Headless Chromium will not make a window under 500 px, so the phone is emulated (as DevTools does).

    Every page of each kind shares one template and stylesheet, so besides the index, the lists and
    every article, the entity and fact pages most likely to overflow are opened: the longest names,
    ids, statements and quotes, the most facts, and every disagreement (about 60 pages, ~4 s)."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 400, "height": 800, "deviceScaleFactor": 1, "mobile": True})
    try:
        base = engine.base
        facts = sorted(base.facts.values(), key=lambda f: -max(len(f.id) * 2, len(f.says), len(f.source.quote)))
        ents = sorted(base.entities.values(), key=lambda e: -max(len(e.name), len(base.by_entity.get(e.id, ())) * 9))
        pages = ["index.html", *(p.relative_to(site_dir).as_posix() for p in (site_dir / "lists").rglob("index.html")),
                 *(article_path(a) for a in base.articles), *(entity_path(e.id) for e in ents[:15]),
                 *(fact_path(f.id) for f in facts[:15]), *(fact_path(f) for f in base.conflicts)]
        wide = []
        for page in pages:
            browser.get(site_url + page)
            width, client = browser.execute_script(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            assert client == 400
            if width > client:
                wide.append(f"{page}: {width}px")
        assert not wide, wide
        wider = browser.execute_script("""document.querySelector('main').insertAdjacentHTML('beforeend',
            '<div style="width:520px">x</div>'); return document.documentElement.scrollWidth""")
        assert wider > 400  # the measurement does see an overflowing page
        # the fact page shows its quote highlighted in the article's own paragraph
        fact = engine.base.facts["james-dong-role-2025-arab-news"]
        browser.get(site_url + fact_path(fact.id))
        focus = browser.execute_script(
            "return [...document.querySelectorAll('.context mark.focus')].map(m => m.textContent).join('')")
        assert quote_key(focus) == quote_key(fact.source.quote)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
