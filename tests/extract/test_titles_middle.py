"""Titles of a blog host's posts titled "Portal Blogs - Headline - Name's Blog", the headline
shown alone as a paragraph: the segment between two others is a title part (issue 11), each
on a small invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.headings import title_parts

TEXT = "".join(
    f"<p>Im {n}. Absatz erzählt die Schreiberin, wie ihr Konto bei der Sparkasse Auental "
    "gesperrt wurde und was die Hotline ihr dazu geraten hat.</p>"
    for n in range(1, 4)
)


def host_page(title: str, subject: str) -> bytes:
    body = (
        "<table><tr><td class='profile'><b>Mara Kessler</b><br>Auental<br>"
        "<b>Letzte Einträge</b><br><a href='/b/2'>Neue Karte bestellt</a></td><td>"
        f"<p class='stamp'><b>Mittwoch, 14. März 2007</b></p><p class='subject'>{subject}</p>"
        f"<div class='content'>{TEXT}</div></td></tr></table>"
    )
    return page_with(body, f"<title>{title}</title>")


def test_the_headline_between_the_host_and_the_blog_name() -> None:
    page = host_page(
        "Kreisnetz Blogs - Mein Konto wurde gesperrt!! - Maras Kreisnetz-Blog",
        "Mein Konto wurde gesperrt!!",
    )
    url = "http://blog.kreisnetz.example/index.cfm?blogID=4711"
    assert extract(page, url, fetched_at=FETCHED)["title"] == "Mein Konto wurde gesperrt!!"


def test_a_middle_segment_of_two_words_is_no_part() -> None:
    parts = title_parts(["Auentaler Bote - Geld & Recht - Sparkasse schließt Filialen"])
    assert "geld & recht" not in parts
    assert parts["sparkasse schließt filialen"] == "Sparkasse schließt Filialen"
    middle = title_parts(["Kreisnetz Blogs - Mein Konto wurde gesperrt!! - Maras Blog"])
    assert middle["mein konto wurde gesperrt!!"] == "Mein Konto wurde gesperrt!!"
