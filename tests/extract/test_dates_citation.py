"""A citation suggestion under a scholarly blog's, a research portal's or a conference
report's text ("Zitiervorschlag: A, Titel, in: Blog, 15.03.2024, https://…") gives the
page's own day, over an event's days, a later change or a footnote's newspaper edition; a
preprint's "Suggested Citation" cites the paper's writing day and is not read where the page
says so. Issue 11, session 57: 11 read judges' dates up (dates_fr, dates_fs, de_full374,
de_full380), none down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

URL = "https://www.finanzkultur-portal.example/tagungsberichte/likes-fuer-die-filiale"
TEXT = f"<h1>Likes für die Filiale</h1>{paragraphs('sie auf Instagram antwortet', 4)}"
EVENT = (
    "<div class='field--name-field-veranstaltungsdatum'><div class='field__label'>Datum</div>"
    "<time datetime='2024-02-22T09:00:00Z'>22.02.2024</time></div>"
)


@pytest.mark.parametrize(
    ("citation", "expected"),
    [
        # a heading over the citation, beside an event's day under the headline
        (
            "<h2>Zitiervorschlag</h2><p>Miriam Oltrogge / Jannis Peterke, Likes für die "
            "Filiale?, in: Finanzkultur, 15.03.2024, https://www.finanzkultur.example/x</p>",
            "2024-03-15",
        ),
        # an inline label; the day read by the numbers
        (
            "<p class='discreet'><strong>Zitation:</strong> Ole Matthiesen, Tagungsbericht: "
            "Vom Sparbuch zum Feed, in: Finanzkultur, 04.03.2025, https://x.example/y</p>",
            "2025-03-04",
        ),
        # a label inside another inline element, the citation in the next one; an access
        # day cut ("abgerufen am …")
        (
            "<div><b><strong>Bitte zitieren als:</strong></b><span> Vossberg, Henrike (19. Juni "
            "2023). Als die Sparkasse zu twittern lernte. Abgerufen am 6. Dezember 2026 von "
            "https://x.example/1487</span></div>",
            "2023-06-19",
        ),
        # a title's old day is earlier than the page's own
        (
            "<p><small>Zitiervorschlag: Wilhelm Thönnissen, Als am 1. Juli 1872 die erste "
            "Spareinlage gebucht wurde, in: Arbeitskreis Bankgeschichte, 14.09.2022, "
            "https://x.example/z</small></p>",
            "2022-09-14",
        ),
        # a sub-label between the heading and the citation; a slashed day by the year
        (
            "<div><h3>Zitierweise</h3><p>Elektronische Referenz</p><p>Katrin Wendeborn, "
            "Zustimmung per Wischgeste?, BankRBlog, 2023/11/7, https://x.example/w</p></div>",
            "2023-11-07",
        ),
    ],
)
def test_a_citation_suggestion_dates_the_page(citation: str, expected: str) -> None:
    body = f"<main><article>{TEXT.replace('</h1>', '</h1>' + EVENT, 1)}{citation}</article></main>"
    assert (published_on(body, "", URL) or "")[:10] == expected


@pytest.mark.parametrize(
    ("citation", "head"),
    [
        # the page labels the citation's day as the paper's writing
        (
            "<div class='dates'><p>Date Written: February 26, 2021</p></div>"
            "<h3>Suggested Citation:</h3><p>Brinkmann, Lea, Instagram als Vertriebskanal "
            "(February 26, 2021). Available at SSRN</p>",
            "",
        ),
        # a scholarly date tag names another day
        (
            "<h3>Suggested Citation:</h3><p>Mertens, Hanna, Genossenschaftsbanken in sozialen "
            "Netzwerken (October 30, 2025).</p>",
            "<meta name='citation_publication_date' content='2024-02-22'>",
        ),
        # a day that reads either way round is no day
        ("<p><b>Zitierweise:</b> Ingrid Mehlhose, Die Sparkasse, in: Blog, 09/07/2019</p>", ""),
        # a button, no suggestion
        ("<button>Zitation kopieren</button><p>Stand 15.03.2024</p>", ""),
    ],
)
def test_no_citation_day_leaves_the_page_its_own(citation: str, head: str) -> None:
    body = f"<main><article>{TEXT.replace('</h1>', '</h1>' + EVENT, 1)}{citation}</article></main>"
    assert (published_on(body, head, URL) or "")[:10] == "2024-02-22"
