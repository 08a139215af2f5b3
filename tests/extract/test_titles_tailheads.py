"""A metadata title's tail cut short of the headline the page shows ("Entwicklerportal:
News: Zahlenleser 0.5 erschienen" over a project's <h1> and the news item's fuller <h2>;
"Forum - Karriere - Übernahme nach der Ausbildung" over a thread's bold subject; issue 11,
:mod:`~newsarchive.extract.tailheads`), on small invented pages, and the rule alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.parsing import parse
from newsarchive.extract.tailheads import tail_headline, title_tails

TEXT = "".join(
    f"<p>Im {n}. Absatz steht, was sich mit der neuen Fassung für Kundinnen und Kunden "
    "der Sparkassen und Volksbanken ändert und wann sie verfügbar ist.</p>"
    for n in range(1, 4)
)
URL = "http://developer.entwicklerportal.example/forum/forum.php?forum_id=77"


@pytest.mark.parametrize(
    ("head", "body", "headline"),
    [
        # a project's <h1> the metadata never names, the news item's <h2> under it
        (
            "<title>Entwicklerportal: News: Zahlenleser 0.5 erschienen</title>",
            "<h1>Zahlenleser - Kontoauszüge für alle</h1><div class='newsitem'>"
            "<h2>Zahlenleser 0.5 erschienen: neue Banken im Import</h2>",
            "Zahlenleser 0.5 erschienen: neue Banken im Import",
        ),
        # a board's title with its section kept, the thread's bold subject
        (
            "<title>Azubiboard - Karriere - Übernahme nach der Ausbildung</title>",
            "<div class='nav'>Azubiboard » Karriere</div><table><tr><td>"
            "<font class='subject'><b>Übernahme nach der Ausbildung – wie läuft das bei "
            "euch?</b></font><br>",
            "Übernahme nach der Ausbildung – wie läuft das bei euch?",
        ),
        # a personal page's name before the post's cut title, the post's big bold line
        (
            "<title>Heinz Brommes Börsenseite - Bilanz 2001</title>",
            "<font size='6'>Heinz Brommes Börsenseite</font><p><font size='5'><b>Bilanz 2001: "
            "Ein schwarzes Jahr für unser Depot</b></font></p><div>",
            "Bilanz 2001: Ein schwarzes Jahr für unser Depot",
        ),
    ],
)
def test_the_titles_tail_gives_way_to_the_fuller_headline(
    head: str, body: str, headline: str
) -> None:
    page = page_with(f"{body}{TEXT}</div>", head)
    assert extract(page, URL, fetched_at=FETCHED)["title"] == headline


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the headline shown whole as the <h1>: a bold line opening with its tail is text
        (
            "Rute im Test: die Hechtrute 300 | Anglerforum",
            "<h1>Rute im Test: die Hechtrute 300</h1><p><b>Die Hechtrute 300 gibt es in "
            "vielen Längen und Wurfgewichten</b></p>",
        ),
        # the <h1> the metadata names: a later heading that opens with the site's claim
        (
            "Neue Gebühren ab Mai - Sparkasse Musterstadt",
            "<h1>Neue Gebühren ab Mai</h1><h2>Sparkasse Musterstadt: Ihre Ansprechpartner "
            "vor Ort</h2>",
        ),
        # a heading no metadata names, no heading opening with a tail
        (
            "Entwicklerportal: News",
            "<h1>Zahlenleser - Kontoauszüge für alle</h1><h2>Umzug von CVS nach Subversion</h2>",
        ),
        # a teaser's link to another page is no fuller headline
        (
            "Portal: News: Neue Zinsen im Mai",
            "<h1>Zahlenleser - Kontoauszüge</h1><ul><li><a href='/n/5'>Neue Zinsen im Mai: "
            "was Sparer wissen sollten</a></li></ul>",
        ),
    ],
)
def test_a_title_without_a_tails_fuller_headline_stays(title: str, body: str) -> None:
    tree = parse(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    found = tree.findtext(".//h1") or ""
    assert tail_headline(tree, found, [title]) == ""


def test_a_titles_tails_are_read_after_separators_and_colons() -> None:
    tails = title_tails("Portal: News: Zahlenleser 0.5 erschienen - Archiv")
    assert tails == [
        "News: Zahlenleser 0.5 erschienen - Archiv",
        "Zahlenleser 0.5 erschienen - Archiv",
    ]


def test_the_sites_name_as_tail_opens_no_headline() -> None:
    # "Headline - Site": a sidebar box headed with the site's name and more is no headline
    html = page_with(
        "<main><h1>Kreis Lindenau: Polizei warnt vor falschen Sparkassen-Profilen auf "
        f"Instagram</h1>{TEXT}</main><aside><div class='box'><h3>Radio Lindenau auf WhatsApp"
        "</h3><p>Schick uns deine Sprachnachricht.</p></div></aside>",
        "<title>Polizei warnt vor falschen Sparkassen-Profilen - Radio Lindenau</title>"
        "<meta property='og:site_name' content='Radio Lindenau'>",
    )
    title = extract(html, "https://www.radio-lindenau.example/n/1", fetched_at=FETCHED)["title"]
    assert title == "Kreis Lindenau: Polizei warnt vor falschen Sparkassen-Profilen auf Instagram"
