"""Titles on pages whose banner names the site's owner with its legal form ("Verein e.V.",
"Dorfladen eG", "Firma GmbH") over the post's own heading (issue 11), on small invented
pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz erklärt der Verein, welche Fristen für die Abrechnung gelten und "
    "was Mitglieder tun können, wenn die Bank die Kaution falsch verbucht.</p>"
    for n in range(1, 4)
)
URL = "http://www.mieterbund-talheim.example/tipps/tipp12.html"
NAME = "Mieterbund Talheim und Umgebung e.V."


def title_of(body: str, title: str = f"{NAME} :: Tipps") -> str:
    return str(
        extract(page_with(body, f"<title>{title}</title>"), URL, fetched_at=FETCHED)["title"]
    )


def test_the_post_under_a_clubs_h1_with_its_legal_form_is_the_headline() -> None:
    body = (
        f"<h1>{NAME}</h1><p><a href='/'>Start</a> <a href='/tipps/'>Tipps</a></p>"
        f"<p>Tipp vom 19.07.2004</p><h2>Kaution: Diese Fristen gelten</h2>{TEXT}"
        "<h3>Sprechzeiten</h3><p>Dienstags 17 bis 19 Uhr.</p>"
    )
    assert title_of(body) == "Kaution: Diese Fristen gelten"


def test_the_post_under_a_cooperatives_header_name_is_the_headline() -> None:
    body = (
        "<div class='j-header'><h2>Dorfladen Talheim eG</h2></div><div class='j-nav'><a>Laden"
        "</a> <a>Neuigkeiten</a></div><div class='j-blog'><span>Montag, 11. April 2011</span>"
        f"<h1 class='j-blog-headline'>Endlich: Der Laden ist offen!</h1>{TEXT}</div>"
    )
    title = "Neuigkeiten - Dorfladen Talheim eG"
    assert title_of(body, title) == "Endlich: Der Laden ist offen!"


def test_a_name_without_a_legal_form_stays() -> None:
    body = f"<h1>Mieterbund Talheim und Umgebung</h1><h2>Kaution: Diese Fristen gelten</h2>{TEXT}"
    title = "Mieterbund Talheim und Umgebung :: Tipps"
    assert title_of(body, title) == "Mieterbund Talheim und Umgebung"


def test_a_heading_far_below_the_name_is_no_post() -> None:
    filler = "<p>Der Verein berät seine Mitglieder in allen Fragen des Mietrechts.</p>" * 5
    body = f"<h1>{NAME}</h1>{filler}<h2>Kaution: Diese Fristen gelten</h2>{TEXT}"
    assert title_of(body) == NAME


def test_a_subject_classed_line_under_a_clubs_name_is_the_headline() -> None:
    body = (
        "<h1>Börsenrunde Talheim e.V.</h1><div class='news'><b class='fn-subject'>Depot zum "
        f"Jahresende leicht im Plus</b><div>Geschrieben am 30.12.2002</div>{TEXT}</div>"
    )
    title = "Börsenrunde Talheim e.V. - Neues aus dem Club"
    assert title_of(body, title) == "Depot zum Jahresende leicht im Plus"


def test_a_headline_the_title_gives_alone_keeps_its_subheading_below() -> None:
    body = f"<h1>Die Bank im Dorf schließt</h1><h2>Was die Kunden jetzt tun können</h2>{TEXT}"
    assert title_of(body, "Die Bank im Dorf schließt") == "Die Bank im Dorf schließt"


def test_the_post_under_a_name_the_titles_give_with_a_page_kind_is_the_headline() -> None:
    body = (
        "<table><tr><td><font size='4'><b>Börsenrunde Talheim</b></font></td></tr><tr><td>"
        "<font size='3'><b>Depotbericht: Club verkauft seine Bankaktien</b></font><br>"
        f"<font size='1'>geschrieben am 06.10.2003</font>{TEXT}</td></tr></table>"
    )
    title = "Börsenrunde Talheim - News"
    assert title_of(body, title) == "Depotbericht: Club verkauft seine Bankaktien"


def test_a_headline_before_the_sites_name_keeps_its_subheading_below() -> None:
    body = f"<h1>Die Bank im Dorf schließt</h1><h2>Was die Kunden jetzt tun können</h2>{TEXT}"
    assert title_of(body, "Die Bank im Dorf schließt | Dorfbote") == "Die Bank im Dorf schließt"


@pytest.mark.parametrize(
    ("title", "body", "headline"),
    [
        # a paper's section as the <h1> under "Paper - Section", the story's <h3> after it
        ("Talheimer Bote - Geld & Recht",
         "<h1>Geld & Recht</h1><h3>Vorsicht bei Anrufen falscher Bankberater</h3>",
         "Vorsicht bei Anrufen falscher Bankberater"),
        # a community's board as the <h1> under "Board - Community", the post's <h2> after it
        ("Sparerrunde - Talheimer Bank Community",
         "<h1 class='space-name'>Sparerrunde</h1><h4>Marlene Ostholt</h4>"
         "<h2>Wie kündige ich mein altes Sparbuch?</h2>",
         "Wie kündige ich mein altes Sparbuch?"),
        # a homepage's section as a heading, the post in a bold line after it
        ("Depotfreunde Online - Anlagetagebuch",
         "<h2>Anlagetagebuch</h2><p><b>Mein erster Sparplan auf einen Index</b></p>",
         "Mein erster Sparplan auf einen Index"),
    ],
)  # fmt: skip
def test_the_post_under_a_sections_heading_is_the_headline(
    title: str, body: str, headline: str
) -> None:
    assert title_of(f"{body}{TEXT}", title) == headline


def test_a_short_headline_over_its_subtitle_stays() -> None:
    # "Headline - Site" whose headline has three words: no section's name
    body = f"<h1>Bank sucht Azubis</h1><h2>Die Bewerberzahl sinkt seit Jahren</h2>{TEXT}"
    assert title_of(body, "Bank sucht Azubis - Talheimer Bote") == "Bank sucht Azubis"


@pytest.mark.parametrize(
    "banner",
    [
        "<h1 class='style1'>Hebammenpraxis Talheim</h1>",
        "<center><h2><font>Hebammenpraxis Talheim</font></h2></center>",
    ],
)
def test_the_post_under_a_banner_the_title_names_alone_over_a_menu_is_the_headline(
    banner: str,
) -> None:
    body = (
        f"{banner}<p><a href='/kurse.html'>Kurse</a> <a href='/kontakt.html'>Kontakt</a></p>"
        f"<p>Aktuelles · 14.05.2018</p><h3>Geburtsvorbereitung jetzt online buchen</h3>{TEXT}"
    )
    assert title_of(body, "Hebammenpraxis Talheim") == "Geburtsvorbereitung jetzt online buchen"


def test_a_headline_the_title_gives_alone_over_a_byline_link_stays() -> None:
    body = (
        "<h1>Die Bank im Dorf schließt</h1><p>Von <a href='/autoren/wolf'>Anna Wolf</a></p>"
        f"<h2>Was die Kunden jetzt tun können</h2>{TEXT}"
    )
    assert title_of(body, "Die Bank im Dorf schließt") == "Die Bank im Dorf schließt"


def test_a_headline_over_its_own_contents_list_stays() -> None:
    # links to the page's own parts ("#…") are its contents list, not the site's menu
    body = (
        "<h2>Girokonto für Vereine</h2><p><a href='#kosten'>Kosten</a> - "
        "<a href='#antrag'>Antrag</a> - <a href='#fragen'>Fragen</a></p>"
        f"<a name='kosten'></a><h2>Girokonto für Vereine: was es kostet</h2>{TEXT}"
    )
    assert title_of(body, "Girokonto für Vereine") == "Girokonto für Vereine"


def test_a_headline_the_title_gives_alone_under_the_menu_stays() -> None:
    # the menu stands before the headline's showing: only the head's <title> is above it
    body = (
        "<nav><a href='/'>Start</a> <a href='/geld/'>Geld</a> <a href='/abo/'>Abo</a></nav>"
        "<h1 class='title__headline'>Sparkassen entdecken TikTok</h1>"
        "<p class='title__headline-lead'>Nach Instagram kommt das Videonetzwerk: erste "
        f"Sparkassen drehen kurze Clips.</p>{TEXT}"
    )
    assert title_of(body, "Sparkassen entdecken TikTok") == "Sparkassen entdecken TikTok"


@pytest.mark.parametrize(
    "under",
    [
        "",  # the post's heading right under the banner
        "<h2 id='banner-description'>Sparen, Anlegen, Vorsorgen</h2>",  # the banner's tagline
    ],
)
def test_the_post_under_a_home_linked_banner_the_title_names_alone_is_the_headline(
    under: str,
) -> None:
    body = (
        f"<div id='kopf'><h1><a href='/'>Groschenblog</a></h1>{under}</div>"
        f"<div class='inhalt'><h2>Wann sich ein Sparbrief noch lohnt</h2>{TEXT}</div>"
    )
    assert title_of(body, "Groschenblog") == "Wann sich ein Sparbrief noch lohnt"


def test_a_headline_linking_to_its_own_page_stays_over_its_subheading() -> None:
    # the link goes to the story itself, not the home page: no banner's name
    body = (
        "<h1><a href='/artikel/bank-im-dorf.html'>Die Bank im Dorf schließt</a></h1>"
        f"<h2>Was die Kunden jetzt tun können</h2>{TEXT}"
    )
    assert title_of(body, "Die Bank im Dorf schließt") == "Die Bank im Dorf schließt"
