"""Titles on pages whose metadata title opens with the site's name that only a banner or
logo image's ``alt`` gives (issue 11), on small invented pages: the name is cut as the home
link's text is, and the story's own headline element stands."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet die Betriebsgruppe, wie die Kolleginnen und Kollegen über "
    "die Öffnung am Samstag abgestimmt haben und was der Betriebsrat nun plant.</p>"
    for n in range(1, 4)
)
URL = "http://www.bg-nordheide.example/info/info0398.htm"
STORY = "<font size='+2'><b>Samstagsöffnung: Wir sagen nein</b></font>"


def title_of(body: str, title: str) -> str:
    head = f"<title>{title}</title>"
    return str(extract(page_with(body, head), URL, fetched_at=FETCHED)["title"])


def test_a_logo_images_alt_is_cut_from_the_title_as_the_sites_name() -> None:
    body = (
        "<table><tr><td><img src='/bilder/logo.gif' alt='Betriebsgruppe Nordheide'></td></tr>"
        f"<tr><td><font size='1'>Info Nr. 3/98</font><br>{STORY}{TEXT}</td></tr></table>"
    )
    assert title_of(body, "Betriebsgruppe Nordheide - Info 3/98") == (
        "Samstagsöffnung: Wir sagen nein"
    )


def test_a_banner_blocks_image_names_the_site_however_long_its_name() -> None:
    body = (
        "<div id='head'><img src='/img/bild.jpg' alt='BSG Kreissparkasse Nordheide e.V.'>"
        "</div><table><tr><td class='title'>Drachenbootrennen: Platz drei für die BSG</td></tr>"
        f"<tr><td>{TEXT}</td></tr></table>"
    )
    assert title_of(body, "BSG Kreissparkasse Nordheide e.V. - News") == (
        "Drachenbootrennen: Platz drei für die BSG"
    )


def test_an_image_without_a_banners_mark_names_no_site() -> None:
    body = (
        "<table><tr><td><img src='/bilder/bild1.gif' alt='Betriebsgruppe Nordheide'></td></tr>"
        f"<tr><td><font size='1'>Info Nr. 3/98</font><br>{STORY}{TEXT}</td></tr></table>"
    )
    assert title_of(body, "Betriebsgruppe Nordheide - Info 3/98") == (
        "Betriebsgruppe Nordheide - Info 3/98"
    )


def test_a_marked_image_in_the_story_names_no_site() -> None:
    body = (
        "<main><img src='/bilder/logo.gif' alt='Betriebsgruppe Nordheide'>"
        f"<font size='1'>Info Nr. 3/98</font><br>{STORY}{TEXT}</main>"
    )
    assert title_of(body, "Betriebsgruppe Nordheide - Info 3/98") == (
        "Betriebsgruppe Nordheide - Info 3/98"
    )


def test_a_logos_name_before_a_colon_alone_stays() -> None:
    body = (
        "<img src='/img/kopf.jpg' alt='Kammer Nordheide'><div class='inhalt'><h1>Fachinfo</h1>"
        f"<h2 class='ueberschrift'>Kontoauszüge: Was das Finanzamt akzeptiert</h2>{TEXT}</div>"
    )
    assert title_of(body, "Kammer Nordheide: Fachinfo") == (
        "Kontoauszüge: Was das Finanzamt akzeptiert"
    )
