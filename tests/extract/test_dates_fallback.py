"""Dates where the page has no metadata, date markup, address day or date line: htmldate's
fast search, then its extensive search (the text's own date forms, as trafilatura reads them),
on small pages written for the test."""

from __future__ import annotations

from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Filiale am Markt im Frühjahr schließt")
URL = "http://www.bankportal.example/modules.php?name=News&file=article&sid=412"


def _portal(line: str, more: str = "") -> str:
    """An old portal's story in table cells: title cell, a line under it, the text."""
    return (
        "<table><tr><td class='storytitle'><b>Filiale am Markt schließt</b></td></tr>"
        f"<tr><td><font class='content'>{line}</font></td></tr>"
        f"<tr><td>{TEXT}</td></tr>{more}</table>"
    )


def test_a_date_in_a_line_no_date_line_takes_is_found_by_the_extensive_search() -> None:
    # a portal's line with a read count ("(2341 mal gelesen)") is too long for a date line
    line = (
        "Geschrieben von <a href='#'>admin</a> am Montag, 8. November 2004 @ 14:22:10 CET "
        "(2341 mal gelesen)<br>Thema: <a>Online-Banking</a>"
    )
    assert (published_on(_portal(line), "", URL) or "")[:10] == "2004-11-08"


def test_a_document_number_line_above_the_headline_gives_its_day() -> None:
    body = (
        "<main><article><p class='pm-line'>Pressemitteilung Nr. 045/2026 · 10.02.2026</p>"
        f"<h1>Land fördert digitale Filialen</h1>{TEXT}</article></main>"
    )
    url = "https://www.land.example/presse/pm-2026-045-filialen"
    assert (published_on(body, "", url) or "")[:10] == "2026-02-10"


def test_the_fast_search_s_find_is_kept_over_older_days_in_the_text() -> None:
    # the fast search reads the ISO day the page shows: the extensive search is not asked,
    # and a sentence's older day in the text does not replace it
    body = (
        "<div class='news'><h1>Filiale am Markt schließt</h1><p>2021-10-16 | Botschaft</p>"
        f"{TEXT}<p>Die Stiftung der Sparkasse wurde am 03.05.2009 in der alten Filiale am "
        "Markt gegründet und fördert seitdem Vereine im Landkreis.</p></div>"
    )
    found = published_on(body, "", "https://verband.example/detail1.php?id=765")
    assert (found or "")[:10] == "2021-10-16"


def test_a_page_without_any_date_gets_none() -> None:
    assert published_on(_portal("Geschrieben von admin"), "", URL) is None


def test_a_copyright_s_year_is_no_publication() -> None:
    # the extensive search gives a year alone as 1 January: not a day the page shows
    body = f"{_portal('Geschrieben von admin')}<p class='tiny'>© 2016 Bankportal</p>"
    assert published_on(body, "", URL) is None
