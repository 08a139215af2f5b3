"""A MediaWiki page's headline is its own title, not its namespace (issue 11, session 32,
read on blind de_full95): the ``<h1>`` holds the namespace, a separator and the title in
spans of their own."""

from __future__ import annotations

from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://wiki.hollbach.example/wiki/Nachrichten:Volksbank_schlie%C3%9Ft_Geldautomaten"
TITLE = "Volksbank schließt drei Geldautomaten nach Sprengungen"


def test_a_wiki_pages_own_title_without_its_namespace() -> None:
    h1 = (
        '<h1 id="firstHeading" class="firstHeading mw-first-heading">'
        '<span class="mw-page-title-namespace">Nachrichten</span>'
        '<span class="mw-page-title-separator">:</span>'
        f'<span class="mw-page-title-main">{TITLE}</span></h1>'
    )
    page = page_with(
        f"{h1}<div id='mw-content-text'>{paragraphs('die Automaten schließen')}</div>",
        # (MediaWiki's <title> names the namespace too)
        f"<title>Nachrichten:{TITLE} – Hollbacher Stadtwiki</title>"
        "<meta name='generator' content='MediaWiki 1.41.0'>",
    )
    assert extract(page, URL, fetched_at=FETCHED)["title"] == TITLE
