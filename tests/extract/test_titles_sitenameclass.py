"""Titles "Site - Headline" of club sites whose banner ``<h1 class="sitename">`` names the
site and whose headline opens with the site's first word (issue 11), on small invented
pages: the exact name at the title's start is cut, not the headline at its end."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import data, extract

URL = "http://www.fk-talheim.example/neuigkeiten/spende-grundschule.html"
SITE = "Förderkreis Talheim e.V."
HEADLINE = "Förderkreis übergibt Spende an die Grundschule am Markt"
TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Vorstand, wie der Förderkreis mit der Sparkasse die "
    "Spende für die neue Schulbibliothek gesammelt hat und wer dabei geholfen hat.</p>"
    for n in range(1, 4)
)


def _page() -> bytes:
    body = (
        f"<div id='container'><div id='banner'><h1 class='sitename'>{SITE}</h1></div>"
        "<div id='content'><div class='news_post'>"
        f"<h2 class='news_post_title'>{HEADLINE}</h2>{TEXT}</div></div>"
        "<div id='sidebar'><h3>Weitere Neuigkeiten</h3></div></div>"
    )
    return page_with(body, f"<title>{SITE} - {HEADLINE}</title>")


def test_the_sitename_banner_is_cut_from_the_titles_start() -> None:
    assert extract(_page(), URL, fetched_at=FETCHED)["title"] == HEADLINE


def test_without_the_sitename_class_the_banner_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "SITE_NAME_CLASS_PARTS", ("site-title", "site-name", "logo"))
    assert extract(_page(), URL, fetched_at=FETCHED)["title"] == SITE
