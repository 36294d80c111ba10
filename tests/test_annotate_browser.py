"""Annotated article pages in headless Chromium: they render from a file, log no error, fetch
nothing, and their filters and keyboard tooltips work. Screenshots go to build/screenshots/.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from test_browser import chromium, console_errors, local_only, page, screenshot_path

from analysis.presentation.article_pages import write_article_pages

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser
__all__ = ["chromium", "page"]  # fixtures, used by name

PHONE = {"width": 390, "height": 844}
# Sentences that a filter leaves undimmed, and those that it should.
SHOWN = """selector => [
  [...document.querySelectorAll('.sentence:not(.dimmed)')].map(s => s.id),
  [...document.querySelectorAll('.sentence')].filter(s => !selector || s.querySelector(selector))
    .map(s => s.id)]"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_article_pages(tmp_path_factory.mktemp("report"))


def open_page(page: Page, path: Path) -> tuple[list[str], list[str]]:
    refused = local_only(page, (path.as_uri(),))
    errors = console_errors(page)
    page.goto(path.as_uri(), wait_until="load")
    return refused, errors


def test_article_pages_render_offline(page: Page, pages: list[Path]) -> None:
    for path in pages:
        refused, errors = open_page(page, path)
        assert page.locator(".sentence").count() > 0
        assert page.locator("form.filters").is_visible(), "the script did not run"
        page.screenshot(path=screenshot_path(f"article-{path.stem}.png"), full_page=True)
        assert refused == [] and errors == []
        page.unroute("**/*")


def test_filters_dim_the_other_sentences(page: Page, pages: list[Path]) -> None:
    refused, errors = open_page(page, pages[0])
    shown, expected = page.evaluate(SHOWN, "")
    assert shown == expected
    page.get_by_label("Blame only").check()
    shown, expected = page.evaluate(SHOWN, "[data-blame-group]")
    assert shown == expected and 0 < len(shown) < page.locator(".sentence").count()
    page.get_by_label("Quotations only").check()
    assert page.evaluate(SHOWN, "[data-speaker]")[0] == page.evaluate(SHOWN, "[data-speaker]")[1]
    page.get_by_label("Everything").check()
    group = page.locator("select[name=group] option").nth(1).get_attribute("value")
    page.select_option("select[name=group]", group)
    selector = f'[data-blame-group="{group}"]'
    shown, expected = page.evaluate(SHOWN, selector)
    assert shown == expected and shown
    page.get_by_role("button", name="Show everything").click()
    assert page.locator(".sentence.dimmed").count() == 0
    assert refused == [] and errors == []


def test_keyboard_reaches_marks(page: Page, pages: list[Path]) -> None:
    open_page(page, pages[0])
    first_mark = page.locator("[data-blame-group]").first
    first_mark.focus()
    tip = page.locator(".mark-tip")
    assert tip.is_visible() and tip.inner_text().startswith("Blame:")


def test_phone_width_has_no_sideways_scroll(page: Page, pages: list[Path]) -> None:
    page.set_viewport_size(PHONE)
    open_page(page, pages[-1])
    page.screenshot(path=screenshot_path(f"article-{pages[-1].stem}-phone.png"))
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_links_from_the_write_up_open_the_page_filtered(page: Page, pages: list[Path]) -> None:
    refused, errors = open_page(page, pages[0])
    group = page.locator("select[name=group] option").nth(1).get_attribute("value")
    page.goto(f"{pages[0].as_uri()}?group={group}")
    page_group = page.eval_on_selector("select[name=group]", "select => select.value")
    assert page_group == group
    shown, expected = page.evaluate(SHOWN, f'[data-blame-group="{group}"]')
    assert shown == expected
    assert refused == [] and errors == []


@pytest.fixture(scope="module")
def write_up(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The write-up as ``report`` builds it: notebook 05 run now, rendered, pages beside it."""
    from analysis._plumbing.paths import NOTEBOOKS_DIR
    from analysis.presentation.report import execute_notebook, render_write_up

    folder = tmp_path_factory.mktemp("report")
    write_article_pages(folder)
    notebook = execute_notebook(NOTEBOOKS_DIR / "05-write-up.ipynb")
    return render_write_up(notebook, folder / "write-up.html")


def test_every_link_of_the_write_up_reaches_its_sentences(page: Page, write_up: Path) -> None:
    """Any number to its highlighted sentence in two clicks: every link into articles/ opens a
    page whose target sentence, or filter group, exists; following one highlights it."""
    page.goto(write_up.as_uri())
    links = page.eval_on_selector_all("a[href^='articles/']", "links => links.map(a => a.href)")
    assert any("#" in link for link in links) and any("?group=" in link for link in links)
    for link in links:
        refused, errors = open_page(page, Path(link.split("?")[0].split("#")[0][len("file://"):]))
        page.goto(link)
        if "#" in link:
            target = page.evaluate("decodeURIComponent(location.hash.slice(1))")
            assert page.locator(f'[data-sentence-id="{target}"]').count() == 1
            assert page.evaluate("document.querySelector(':target').dataset.sentenceId") == target
        if "?group=" in link:
            group = link.split("?group=")[1]
            assert page.locator(f'[data-blame-group="{group}"]').count() > 0
            assert page.locator(".sentence:not(.dimmed) [data-blame-group]").count() > 0
        assert refused == [] and errors == []
        page.unroute("**/*")


def test_show_article_frame_runs_its_script(page: Page, tmp_path: Path) -> None:
    """The inline view (``show_article``) in a host page, as JupyterLab shows it: the frame
    renders, its script runs under its own policy, and the focused sentence is outlined."""
    from analysis.presentation.article_pages import show_article

    host = tmp_path / "host.html"
    shown = show_article("francis-2026-02-05", sentence_id="francis-2026-02-05:p01:s006").data
    host.write_text(f"<!DOCTYPE html><html><body>{shown}</body></html>", encoding="utf-8")
    refused, errors = open_page(page, host)
    frame = page.frame_locator("iframe")
    assert frame.locator("form.filters").is_visible()
    assert frame.locator(".sentence.focused").get_attribute("id") == "francis-2026-02-05:p01:s006"
    assert refused == [] and errors == []


@pytest.mark.parametrize("width", [PHONE["width"], 1280])
def test_write_up_tables_fit_the_page(page: Page, write_up: Path, width: int) -> None:
    """No column cut off: every findings table fits its column, at phone width too."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(write_up.as_uri())
    overflowing = page.eval_on_selector_all(
        "table.findings-table",
        "tables => tables.filter(t => t.scrollWidth > t.parentElement.clientWidth + 1).length")
    assert page.locator("table.findings-table").count() >= 3
    assert overflowing == 0
    page.screenshot(path=screenshot_path(f"write-up-{width}.png"), full_page=True)
