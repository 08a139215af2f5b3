"""Pages titled with the site's or the owner's name that the body shows twice (banner and
footer, profile and byline; issue 11), each on a small invented page: the story's headline
the page shows wins over the name."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Der Club erklärt im {n}. Absatz, warum er die Bankaktien verkauft und was mit dem "
    "Erlös auf dem Verrechnungskonto geschehen soll.</p>"
    for n in range(1, 4)
)
URL = "http://www.anlegerclub-talheim.example/news.php?id=12"


def club_page(head_title: str, footer: str) -> bytes:
    body = (
        "<table><tr><td><font size='4'><b>Anlegerclub Talheim</b></font></td></tr>"
        "<tr><td><font size='1'>Start | News | Depot | Kontakt</font></td></tr>"
        "<tr><td><font size='3'><b>Depotbericht: Club verkauft die Bankaktien</b></font></td></tr>"
        f"<tr><td>{TEXT}</td></tr><tr><td><font size='1'>{footer}</font></td></tr></table>"
    )
    return page_with(body, f"<title>{head_title}</title>")


def test_a_site_name_in_banner_and_footer_yields_to_the_bold_headline() -> None:
    page = club_page("Anlegerclub Talheim", "© 2004 Anlegerclub Talheim · Impressum")
    got = extract(page, URL, fetched_at=FETCHED)["title"]
    assert got == "Depotbericht: Club verkauft die Bankaktien"


def test_a_notes_page_titled_with_its_owner_shows_the_notes_headline() -> None:
    body = (
        "<div id='left'><img alt='Anna Beispiel'><p class='name'>Anna Beispiel</p>"
        "<ul><li>Pinnwand</li><li>Notizen</li></ul></div><div id='main'><div class='note'>"
        "<h2 class='noteTitle'>Warum ich mein Girokonto wechsle</h2>"
        f"<div class='byline'>von <a>Anna Beispiel</a> am 6. September 2011</div>{TEXT}</div></div>"
    )
    page = page_with(body, "<title>Anna Beispiel - Notizen</title>")
    got = extract(page, "http://notizen.example/note/77", fetched_at=FETCHED)["title"]
    assert got == "Warum ich mein Girokonto wechsle"


def test_a_short_title_shown_once_stays() -> None:
    # the name shown in the banner only (footer without it): no recurring name, title kept
    page = club_page("Anlegerclub Talheim", "Impressum · Datenschutz")
    got = extract(page, URL, fetched_at=FETCHED)["title"]
    assert got == "Anlegerclub Talheim"
