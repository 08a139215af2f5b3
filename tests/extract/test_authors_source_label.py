"""A source line ("Quelle: dpa/AFP") names where a story comes from, not who wrote it: the
agencies in it are credited, nothing else; a byline in markup that credits agencies only
("dpa", "Quelle: dpa, Reuters") is read as such, not passed over for the publisher the
metadata names (issue 11; kind read on the blind de_full68, 26 set pages fixed). Where the
site credits only itself, a closing source line's agencies are the authors ("Quelle:
dpa/BB", "Mit Informationen von dpa und AFP"; read on de_full74 and de_full75, blind
de_full79), and the desk's abbreviation "red" beside an agency is nobody. A copyright sign
labels a source too ("© dpa-infocom, dpa:210616-99-18722/3"; read on dates_dc, session 44)."""

from __future__ import annotations

import pytest
from extract_pages import extracted

from newsarchive.extract.names import split_authors

URL = "https://www.beispielblatt.example/wirtschaft/banken-im-netz-12345.html"
TEXT = (
    "<p>Die Sparkasse Musterstadt erklärt in diesem Absatz, warum sie jetzt auf Instagram und "
    "LinkedIn setzt und was Kundinnen und Kunden davon haben sollen, wenn sie dort fragen.</p>"
    "<p>Ein zweiter Absatz beschreibt, wie das Team Fragen in den Kommentaren beantwortet und "
    "welche Regeln für die Mitarbeitenden in den Netzwerken gelten sollen.</p>"
)
PUBLISHER = (
    '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author": '
    '{"@type": "Organization", "name": "Beispielblatt"}}</script>'
    "<title>Sparkasse setzt auf Instagram - Beispielblatt</title>"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Quelle: dpa/AFP", ([], ["dpa", "AFP"])),
        ("Quelle: dpa, Reuters", ([], ["dpa", "Reuters"])),
        ("Quellen: Reuters", ([], ["Reuters"])),
        ("Source: AP", ([], ["AP"])),
        ("Quelle: dpa/lnw", ([], ["dpa"])),  # dpa's regional service is dpa
        ("lby", ([], ["dpa"])),
        ("Quelle: Nachrichtenagenturen dpa und AFP", ([], ["dpa", "AFP"])),
        ("Von Anna Beispiel, Belga", (["Anna Beispiel"], ["Belga"])),
        # a broadcaster's or paper's initials after the name are no writer (session 31)
        ("Von Anna Beispiel, NDR", (["Anna Beispiel"], [])),
        ("Von Anna Beispiel und Jan Muster, WLF", (["Anna Beispiel", "Jan Muster"], [])),
        ("Quelle: Welt Online", ([], [])),  # a republished story's source: nobody's byline
        ("Quelle: Pressestelle der Sparkasse Musterstadt", ([], [])),
        # the desk's abbreviation beside an agency is nobody ("APA, red", "dpa/red")
        ("APA, red", ([], ["APA"])),
        ("Von Eva Beispiel, red", (["Eva Beispiel"], [])),
        # a wire story's closing copyright line with its story id (session 44)
        ("© dpa-infocom, dpa:210616-99-18722/3", ([], ["dpa"])),
        ("© AFP", ([], ["AFP"])),
        ("© Anna Beispiel", ([], [])),  # a picture's copyright holder is no writer
    ],
)
def test_a_source_line_credits_its_agencies_only(
    line: str, expected: tuple[list[str], list[str]]
) -> None:
    assert split_authors([line]) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<span class='byline'>Quelle: dpa, Reuters</span>", ["dpa", "Reuters"]),
        ("<span class='byline'>dpa</span>", ["dpa"]),
        ("<span class='byline'>Anna Beispiel</span>", ["Anna Beispiel"]),
        ("<p class='author-line'>© dpa-infocom, dpa:210616-99-18722/3</p>", ["dpa"]),
        # Joomla's installation account is nobody's name
        ("<span class='byline'>Super User</span>", ["Beispielblatt"]),
    ],
)
def test_an_agency_byline_wins_over_the_publisher(byline: str, expected: list[str]) -> None:
    article = f"<h1>Sparkasse setzt auf Instagram</h1><div class='meta'>{byline}</div>{TEXT}"
    assert extracted(article, URL, PUBLISHER)["authors"] == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("Quelle: dpa/BB", ["dpa"]),  # the site's own abbreviation beside the agency
        ("Mit Informationen von dpa und AFP", ["dpa", "AFP"]),
        ("Mit Material von Reuters", ["Reuters"]),
        # another publisher, no agency: the source whole, as before
        ("Quelle: Musterstädter Kirchenbote", ["Musterstädter Kirchenbote"]),
    ],
)
def test_the_source_s_agencies_where_the_site_credits_itself(
    closing: str, expected: list[str]
) -> None:
    article = f"<h1>Sparkasse setzt auf Instagram</h1>{TEXT}<p><em>{closing}</em></p>"
    result = extracted(article, URL, PUBLISHER)
    assert result["authors"] == expected
    assert closing not in result["body"]


@pytest.mark.parametrize(
    ("opening", "closing", "expected"),
    [
        # a forum's or blog's desk account posting an agency's report (session 45, de_full165)
        ("Düsseldorf (dpa) - ", "Quelle: dpa", ["dpa"]),
        ("", "Quelle: dpa/AFP", ["dpa", "AFP"]),
        # the desk's own report from an agency's dateline: the desk (a dev page's kind)
        ("Montpellier (SID) - ", "", ["Redaktion"]),
        # another publisher's text, no agency: the desk stays
        ("", "Quelle: Musterstädter Kirchenbote", ["Redaktion"]),
    ],
)
def test_a_desk_account_yields_to_the_source_lines_agencies(
    opening: str, closing: str, expected: list[str]
) -> None:
    article = (
        "<h1>Sparkasse setzt auf Instagram</h1><p class='byline'>von <a class='author' "
        f"href='/user/2'>Redaktion</a></p><p>{opening}{TEXT[3:]}"
        + (f"<p><em>{closing}</em></p>" if closing else "")
    )
    assert extracted(article, URL)["authors"] == expected
