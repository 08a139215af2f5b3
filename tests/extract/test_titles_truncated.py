"""Metadata titles the site cut short with an ellipsis, completed from the heading that
opens with their words (issue 11, half AR's kind), each on a small invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.bausparkasse-auental.example/portal/presse/meldung-17"
TEXT = "".join(
    f"<p>Die Bausparkasse Auental erklärt im {n}. Absatz, was sich für Kundinnen und Kunden "
    "ändert und warum sie das Angebot jetzt ausbaut.</p>"
    for n in range(1, 4)
)


def portal_page(title: str, heading: str) -> bytes:
    """A portal's press box: the portlet's label, the date, ``heading`` and the text."""
    body = (
        "<div class='portletTitle'>Pressemitteilungen</div>"
        f"<p class='ortdatum'>Auental, 01.03.2011</p>{heading}{TEXT}"
    )
    return page_with(body, f"<title>{title}</title>")


def title_of(page: bytes) -> str:
    return extract(page, URL, fetched_at=FETCHED)["title"]


def test_a_title_cut_short_is_completed_from_the_heading_it_opens() -> None:
    heading = "<h3 class='headline'>Neuer Bauspartarif mit Online-Abschluss</h3>"
    page = portal_page("Neuer Bauspartarif mit Online-Abschl...", heading)
    assert title_of(page) == "Neuer Bauspartarif mit Online-Abschluss"
    page = portal_page("Neuer Bauspartarif mit Online-Abschl…", heading)
    assert title_of(page) == "Neuer Bauspartarif mit Online-Abschluss"


def test_a_title_ending_in_an_ellipsis_no_heading_runs_on_stays() -> None:
    heading = "<h3 class='headline'>Alles hat seine Zeit…</h3>"
    assert title_of(portal_page("Alles hat seine Zeit…", heading)) == "Alles hat seine Zeit…"
    other = "<h3 class='headline'>Neuer Bauspartarif für junge Familien</h3>"
    page = portal_page("Neuer Bauspartarif mit Online-Abschl...", other)
    assert title_of(page) != "Neuer Bauspartarif mit Online-Abschluss"
