"""A desk named as the author in the metadata ("Online-Redaktion", "Redaktion Bankpraxis",
"Redaktion") yields to the byline the page shows, in text or in markup (issue 11, kind read
in de_full74, de_full75 and de_full76; blind de_full78). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import extracted

from newsarchive.extract.names import is_desk

URL = "https://www.beispielblatt.example/wirtschaft/gefaelschte-bank-sms-12345.html"
TEXT = (
    "<p>Die Polizei warnt vor einer neuen Welle gefälschter Kurznachrichten, die angeblich "
    "von Banken stammen und zu einer gefälschten Anmeldeseite führen sollen.</p>"
    "<p>Wer dem Link folgt, landet auf täuschend echt gestalteten Seiten, auf denen "
    "Zugangsdaten und Geheimzahlen abgefragt werden, heißt es in der Mitteilung.</p>"
)


def _author(name: str, kind: str = "Person") -> str:
    return (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author": '
        f'{{"@type": "{kind}", "name": "{name}"}}}}</script>'
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Online-Redaktion", True),
        ("Redaktion Bankpraxis", True),
        ("Wirtschaftsredaktion", True),
        ("Anna Roth", False),
        ("Redakteurin Anna Roth", False),
    ],
)
def test_a_desk_named_as_author(name: str, expected: bool) -> None:
    assert is_desk(name) is expected


@pytest.mark.parametrize(
    ("desk", "byline", "expected"),
    [
        (
            "Online-Redaktion",
            "<p><strong>Von Sophie Beispiel, dpa</strong></p>",
            ["Sophie Beispiel", "dpa"],
        ),
        (
            "Redaktion Musterblatt",
            "<p class='byline'>Gastbeitrag von <a href='/autor/x/'>Ines Beispiel</a></p>",
            ["Ines Beispiel"],
        ),
        (
            "Redaktion",
            "<p class='byline'>Interview: <span class='author vcard'><a class='url fn n' "
            "href='/author/ines/'>Ines Beispiel</a></span></p>",
            ["Ines Beispiel"],
        ),
        # no byline shown: the desk stands
        ("Redaktion Musterblatt", "", ["Redaktion Musterblatt"]),
    ],
)
def test_a_desk_in_the_metadata_yields_to_the_shown_byline(
    desk: str, byline: str, expected: list[str]
) -> None:
    article = f"<h1>Polizei warnt vor gefälschten Bank-SMS</h1>{byline}{TEXT}"
    assert extracted(article, URL, _author(desk))["authors"] == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # the desk beside a writer or an agency in the byline is where they work
        ("<p class='byline'>Von Sophie Beispiel, NW Wirtschaftsredaktion</p>", ["Sophie Beispiel"]),
        ("<p class='byline'>Musterblatt-Redaktion mit dpa</p>", ["dpa"]),
        # a desk alone stands
        ("<p class='byline'>Von NW Wirtschaftsredaktion</p>", ["NW Wirtschaftsredaktion"]),
    ],
)
def test_a_desk_beside_a_writer_in_the_byline_is_none(byline: str, expected: list[str]) -> None:
    article = f"<h1>Polizei warnt vor gefälschten Bank-SMS</h1>{byline}{TEXT}"
    assert extracted(article, URL)["authors"] == expected
