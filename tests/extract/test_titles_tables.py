"""Titles of pages without an ``<h1>`` (old table layouts, portal scripts) whose metadata
title puts the site's and a section's name around the headline (issue 11), each on a small
invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.headings import shown_part, title_parts

TEXT = "".join(
    f"<p>Die Sparkasse Auental erklärt im {n}. Absatz, was sich für Kundinnen und Kunden "
    "ändert und warum sie den Kanal jetzt ausbaut.</p>"
    for n in range(1, 4)
)
NAV = "".join(f"<tr><td><a href='/{s.lower()}/'>{s}</a></td></tr>" for s in ("Lokales", "Geld"))


def title_of(page: bytes, url: str) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


def table_page(title: str, headline: str) -> bytes:
    body = (
        f"<table><tr><td><table>{NAV}</table></td><td><table><tr><td>"
        "<font class='dachzeile'><b>Geld &amp; Recht</b></font><br>"
        f"<font size='5'><b>{headline}</b></font><br><font size='1'>Artikel vom 12.03.2004"
        f"</font></td></tr><tr><td>{TEXT}</td></tr></table></td></tr></table>"
    )
    return page_with(body, f"<title>{title}</title>")


def test_the_headline_shown_after_the_site_and_section_in_the_title() -> None:
    page = table_page(
        "Auentaler Bote - Geld - Sparkasse Auental schließt zwei Filialen",
        "Sparkasse Auental schließt zwei Filialen",
    )
    url = "http://www.boten-verlag.example/geld/art117.html"
    assert title_of(page, url) == "Sparkasse Auental schließt zwei Filialen"


def test_the_headline_shown_before_the_section_and_site_in_the_title() -> None:
    page = table_page(
        "Neue Geldautomaten am Markt :: Geld :: Auentaler Bote", "Neue Geldautomaten am Markt"
    )
    url = "http://www.boten-verlag.example/geld/art118.html"
    assert title_of(page, url) == "Neue Geldautomaten am Markt"


def test_a_title_the_page_shows_whole_is_kept() -> None:
    # the whole title shown: no part of it wins
    page = table_page("Auental: Filialen schließen", "Auental: Filialen schließen")
    url = "http://www.boten-verlag.example/geld/art119.html"
    assert title_of(page, url) == "Auental: Filialen schließen"


def test_title_parts_are_runs_from_either_end() -> None:
    # "Bote" alone is one word: too short to be a headline
    parts = title_parts(["Bote - Geld - Zwei Filialen zu"])
    assert parts == {
        "geld - zwei filialen zu": "Geld - Zwei Filialen zu",
        "zwei filialen zu": "Zwei Filialen zu",
        "bote - geld": "Bote - Geld",
    }
    assert shown_part(parts, {"zwei filialen zu", "geld - zwei filialen zu"}) == (
        "Geld - Zwei Filialen zu"
    )
    assert shown_part(parts, set()) == ""


def framed_page(title: str, headline: str, tag: str = "p class='titel'") -> bytes:
    close = tag.split()[0]
    body = (
        "<table><tr><td class='blocktitle'>Wer ist online</td></tr><tr><td>"
        f"<p class='datum'>Talheim, 14.05.2003</p><{tag}><b>{headline}</b></{close}>"
        f"{TEXT}<p class='klein'><a href='pm_1.htm'>Weitere Meldung der Sparkasse</a></p>"
        "</td></tr></table>"
    )
    return page_with(body, f"<title>{title}</title>" if title else "")


def test_a_title_naming_only_the_site_yields_to_the_headline_element() -> None:
    page = framed_page("Sparkasse Auental", "Neue Geldautomaten im Einkaufszentrum")
    url = "http://www.s-auental-bank.example/presse/pm_2003_14.htm"
    assert title_of(page, url) == "Neue Geldautomaten im Einkaufszentrum"


def test_a_big_font_is_the_headline_where_the_title_names_a_section() -> None:
    page = framed_page("Auentaler Bote: Wirtschaft", "Volksbank feiert 100 Jahre", "font size='5'")
    url = "http://www.boten-verlag.example/wirtschaft/art120.html"
    assert title_of(page, url) == "Volksbank feiert 100 Jahre"


def test_a_page_kind_title_yields_to_the_headline_element() -> None:
    page = framed_page("Presse", "Sparkasse Auental bietet HBCI an")
    url = "http://www.s-auental-bank.example/presse/pm_2003_15.htm"
    assert title_of(page, url) == "Sparkasse Auental bietet HBCI an"


def test_a_story_title_is_kept_beside_a_headline_element() -> None:
    # the title is the story (more words than a site's name): the element does not win
    page = framed_page(
        "Sparkasse Auental bietet jetzt Online-Banking mit HBCI an", "Mehr Sicherheit für Kunden"
    )
    url = "http://www.s-auental-bank.example/presse/pm_2003_16.htm"
    assert title_of(page, url) == "Sparkasse Auental bietet jetzt Online-Banking mit HBCI an"


def test_a_heading_under_a_page_kind_h1_where_the_title_names_the_site() -> None:
    body = (
        f"<h1>Pressemitteilungen</h1><table><tr><td><p>Talheim, 19.02.2004</p>"
        f"<h3>Bilanz 2003: Sparkasse Auental wächst</h3>{TEXT}</td></tr></table>"
    )
    page = page_with(body, "<title>Sparkasse Auental - Pressemitteilungen</title>")
    url = "http://www.s-auental-bank.example/presse/pm_2004_03.htm"
    assert title_of(page, url) == "Bilanz 2003: Sparkasse Auental wächst"


def test_a_heading_stays_a_slogan_under_an_h1_the_title_gives() -> None:
    # a tour operator's place page: the <h1> is in the site-only title, the <h2> a slogan
    body = f"<h1>Auental</h1><h2>Das Wanderparadies im Norden</h2>{TEXT}"
    page = page_with(body, "<title>Touren! Auental</title>")
    assert title_of(page, "http://www.touren-beispiel.example/orte/auental") == "Auental"


def test_a_classed_headline_comes_before_a_heading_by_its_tag_alone() -> None:
    # a radio's news item: the player's song (an <h3>) stands before the item's headline
    headline = "Sparkasse Auental startet einen Kanal im Netz"
    body = (
        "<div class='player'><h2>Jetzt läuft</h2><h3>Nordlichter – Weit hinaus</h3></div>"
        f"<main><div class='news-item'><div class='headline'>{headline}</div>{TEXT}</div></main>"
    )
    page = page_with(body, "<title>Sparkasse startet Kanal ~ Radio Auental</title>")
    assert title_of(page, "https://www.radio-auental.example/news/kanal") == headline


def test_a_big_font_banner_naming_the_site_is_no_headline_element() -> None:
    # a page made with a site builder of the 1990s: the firm's name in a big <font> as the
    # banner and again in the footer line, the title "Firm - Aktuelles", the story's
    # headline a bold line in a smaller font
    body = (
        "<table><tr><td><font size='5'>Finanzkontor Auental Nord</font><br>"
        "<font size='2'>Beratung seit 1990</font></td></tr><tr><td>"
        "<font size='4'><b>Tagesgeld im Netz: Was Sparer wissen müssen</b></font><br>"
        f"{TEXT}</td></tr><tr><td><font size='1'>Finanzkontor Auental Nord · Marktplatz 3"
        "</font></td></tr></table>"
    )
    page = page_with(body, "<title>Finanzkontor Auental Nord - Aktuelles</title>")
    url = "http://www.finanzkontor-auental.example/aktuelles/brief-1999-04.html"
    assert title_of(page, url) == "Tagesgeld im Netz: Was Sparer wissen müssen"


def test_a_rubric_headline_under_the_rubric_as_title_is_no_banner() -> None:
    # "Site - Kommentar": the headline element opens with the rubric and a colon, which
    # makes a bold line a banner ("Site – Slogan") but not a classed headline
    body = (
        "<table><tr><td><p>Internet | 17.05.2004</p><font size='4'><b><span class='headline'>"
        f"Kommentar: Die Bank als Chatroom</span></b></font>{TEXT}</td></tr></table>"
    )
    page = page_with(body, "<title>Auentaler Finanzbote - Kommentar</title>")
    url = "http://www.finanzbote-auental.example/artikel.asp?id=4417"
    assert title_of(page, url) == "Kommentar: Die Bank als Chatroom"


def test_a_classed_banner_opening_with_the_site_only_title_is_no_headline() -> None:
    # the masthead is a classed "title" element "Site – Slogan", the story's headline the
    # next classed element
    body = (
        "<div class='title'>Auentaler Bote – Nachrichten aus dem ganzen Tal</div>"
        f"<div class='headline'>Sparkasse Auental öffnet ihre Filiale wieder</div>{TEXT}"
    )
    page = page_with(body, "<title>Auentaler Bote</title>")
    url = "http://www.ab-verlag.example/lokales/art2204.html"
    assert title_of(page, url) == "Sparkasse Auental öffnet ihre Filiale wieder"


def test_the_headline_shown_as_a_table_cell_under_the_clubs_name_as_h1() -> None:
    # a portal script of the 2000s (Mambo): the club's name as the <h1>, the post's headline
    # a cell's whole text, the title "Club - Headline"
    body = (
        "<div id='header'><h1>Förderverein Sparkassenmuseum</h1></div><table><tr>"
        "<td class='contentheading'>Girokonto im Vergleich: Wo es noch kostenlos ist</td>"
        f"</tr><tr><td>{TEXT}</td></tr></table>"
    )
    title = "Förderverein Sparkassenmuseum - Girokonto im Vergleich: Wo es noch kostenlos ist"
    page = page_with(body, f"<title>{title}</title>")
    url = "http://www.museumsverein.example/index.php?option=com_content&task=view&id=369"
    assert title_of(page, url) == "Girokonto im Vergleich: Wo es noch kostenlos ist"


def test_a_properties_tables_name_cell_shows_no_title() -> None:
    # a document server's attribute table under the story: "Name | <the page's title>"
    # beside its label is no story cell; the <h2> under the collection's <h1> is the headline
    props = "".join(
        f"<tr><td><font size='1'>{k}</font></td><td><font size='1'>{v}</font></td></tr>"
        for k, v in (("Name", "Analysen - Online-Konten"), ("Typ", "Text/HTML"))
    )
    body = (
        "<h1>Analysen 2000</h1><h2>Online-Konten: Sparkasse Auental senkt die Gebühren</h2>"
        f"{TEXT}<table border='1'>{props}</table>"
    )
    page = page_with(body, "<title>Analysen - Online-Konten</title>")
    url = "http://www.s-auental.example/hw/analysen/0x81a5f113_0x00031a08"
    assert title_of(page, url) == "Online-Konten: Sparkasse Auental senkt die Gebühren"


def test_a_forum_ledger_cell_gives_its_bold_headline_without_the_label() -> None:
    # a forum thread: the ledger cell "Thema: <b>Headline</b>"; the bold headline is shown
    body = (
        "<table class='tableBorder'><tr class='tableLedger'><td colspan='2'>Thema: "
        "<b>Tagesgeld bei einer Direktbank - wie sicher ist das?</b></td></tr>"
        f"<tr><td class='msgSideBar'><b>auentaler</b></td><td>{TEXT}</td></tr></table>"
    )
    title = "Sparerforum Auental - Thema: Tagesgeld bei einer Direktbank - wie sicher ist das?"
    page = page_with(body, f"<title>{title}</title>")
    url = "http://www.sparerforum-auental.example/forum/forum_posts.asp?TID=812"
    assert title_of(page, url) == "Tagesgeld bei einer Direktbank - wie sicher ist das?"


def test_a_rubric_cell_under_a_site_and_section_title_yields_to_the_headline_cell() -> None:
    # an online bank's magazine: the rubric's cell over the headline's cell, the title
    # naming only the bank and the rubric
    body = (
        "<table><tr><td class='rubrik'>Börse kompakt</td></tr><tr><td class='headline'>"
        "<b>Neuer Markt: Die Anleger werden vorsichtiger</b></td></tr>"
        f"<tr><td>{TEXT}</td></tr></table>"
    )
    page = page_with(body, "<title>Auental Direkt | Börse kompakt</title>")
    url = "http://www.auental-direkt.example/magazin/artikel.jsp?id=164"
    assert title_of(page, url) == "Neuer Markt: Die Anleger werden vorsichtiger"
