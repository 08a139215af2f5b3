"""Titles whose shown part is the site's name at one end of the metadata title ("Portal -
Nachrichten - Headline", "Headline : Community"): the title's rest, which the page's text
holds after the site's banner or a metadata title gives alone, is the headline (issue 11),
on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Kassenwart, wie die Sparkasse die Gebühren für "
    "Vereinskonten ändert und was das für kleine Vereine im Ort heißt.</p>"
    for n in range(1, 4)
)
PORTAL_URL = "http://www.dorfportal-talheim.example/modules/news/article.php?storyid=12"
PORTAL_HEADLINE = "Vereinskonto: Sparkasse streicht die Gebührenfreiheit"


def _portal(story: str) -> bytes:
    body = (
        "<table><tr><td><font size='5'>Gemeindenetz Talheim</font></td></tr><tr>"
        "<td><font size='2'>Hauptmenü</font><br><a href='/'>Startseite</a></td><td>"
        f"<p><font size='2'>{story}</font></p>{TEXT}</td></tr></table>"
    )
    title = f"<title>Gemeindenetz Talheim - Nachrichten - {PORTAL_HEADLINE}</title>"
    return page_with(body, title)


def test_the_title_rest_after_the_shown_site_banner_is_the_headline() -> None:
    page = _portal(f"Nachrichten : {PORTAL_HEADLINE}")
    assert extract(page, PORTAL_URL, fetched_at=FETCHED)["title"] == PORTAL_HEADLINE


def test_the_shown_site_part_stays_where_the_page_shows_no_rest() -> None:
    page = _portal("Neues aus dem Rathaus")
    assert extract(page, PORTAL_URL, fetched_at=FETCHED)["title"] == "Gemeindenetz Talheim"


COMMUNITY_URL = "http://www.sparerforum.example/c/Sparen/comments/a1b2/gebuehren/"
COMMUNITY_HEADLINE = "Bank verlangt plötzlich Gebühren fürs Girokonto – wechseln?"


def test_a_headline_the_og_title_gives_alone_beats_the_shown_community_name() -> None:
    body = (
        "<div class='content'><div class='thing'><p class='title'>"
        f"<a class='title' href='/c/Sparen/comments/a1b2/gebuehren/'>{COMMUNITY_HEADLINE}</a>"
        f" (self.Sparen)</p>{TEXT}</div></div><div class='side'><h2>c/Sparen Talheim</h2>"
        "<p>Die Gemeinschaft für Fragen ums Sparen.</p></div>"
    )
    head = (
        f"<title>{COMMUNITY_HEADLINE} : c/Sparen Talheim</title>"
        f"<meta property='og:title' content='{COMMUNITY_HEADLINE}'>"
    )
    page = page_with(body, head)
    assert extract(page, COMMUNITY_URL, fetched_at=FETCHED)["title"] == COMMUNITY_HEADLINE


def test_a_chapter_label_after_the_shown_work_is_no_headline() -> None:
    body = (
        "<p class='banner'>Hundert Jahre Volksbank Talheim</p><p>Kapitel 2</p>"
        f"<h2>Die Jahre nach der Währungsreform</h2>{TEXT}"
    )
    head = "<title>Hundert Jahre Volksbank Talheim - Kapitel 2</title>"
    page = page_with(body, head)
    url = "http://www.festschrift-talheim.example/kapitel2.htm"
    assert extract(page, url, fetched_at=FETCHED)["title"] == "Hundert Jahre Volksbank Talheim"
