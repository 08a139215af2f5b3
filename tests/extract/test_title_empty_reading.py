"""An empty headline reading never settles the title: a forum's ``<h1>`` holding only its
logo link, on a page without ``og:title``, left the title empty although the ``<title>``
names the thread. Issue 11, session 58: 1 read judge's title up (de_full237), none down, dev
unchanged. Small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://forum.lippe-hellweg.example/index.php?topic=4711.0"
THREAD = "Stadtsparkasse schafft iTAN-Liste ab – chipTAN oder mobileTAN?"


def test_a_logo_h1_leaves_the_thread_title() -> None:
    body = (
        "<div id='header'><h1 class='forumtitle'><a href='https://forum.lippe-hellweg.example/index.php'>"
        "<img src='/logo.png' alt='Bankstammtisch Lippstadt'></a></h1></div>"
        f"<div id='forumposts'><h3 class='catbg'>Autor Thema: {THREAD} (Gelesen 4321 mal)</h3>"
        f"<div class='post'>{paragraphs('die iTAN-Liste abgeschafft wird', 4)}</div></div>"
    )
    page = (
        f"<html><head><meta charset='utf-8'><title>{THREAD}</title>"
        f"<meta name='description' content='{THREAD}'></head><body>{body}</body></html>"
    )
    assert extract(page.encode(), URL, fetched_at=FETCHED)["title"] == THREAD
