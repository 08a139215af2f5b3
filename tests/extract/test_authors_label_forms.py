"""Label forms of a byline that small sites print (issue 11, session 43): the gendered
"Autor/in:", a show's "Von und mit A und B", a petition's "Petent: A aus Ort", a CMS's
"Erstellt von:" with a colon, a home town after the name, a speech's occasion ("Rede von A,
Präsidentin, bei der …"); and a lone "Autor:" label is no
name card's role (the headline over it is nobody). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.kreisbote-ahlen.example/lokales/filiale-bleibt-offen"
TEXT = "".join(
    f"<p>Im {n}. Absatz erklärt der Text, warum die Filiale im Ort bleibt und was Kundinnen "
    "und Kunden jetzt wissen sollten.</p>"
    for n in range(1, 6)
)


def authors(line: str, headline: str = "Die Filiale im Ortskern bleibt geöffnet") -> list[str]:
    body = (
        f"<main><article><h2>{headline}</h2><div class='info'>{line}</div>{TEXT}</article></main>"
    )
    page = page_with(body, f"<title>{headline}</title>")
    return list(extract(page, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Autor/in: Hiltrud Meyer", ["Hiltrud Meyer"]),
        ("Verfasser/in: Hiltrud Meyer", ["Hiltrud Meyer"]),
        (
            "Von und mit <a href='/team/k'>Katrin Sommer</a> und <a href='/team/o'>Ole Brand</a>",
            ["Katrin Sommer", "Ole Brand"],
        ),
        ("Petent: <a href='#'>Gisela Brandt</a> aus Oberau", ["Gisela Brandt"]),
        ("Petent/in: Walter Ehlers aus Daun", ["Walter Ehlers"]),
        ("Von Lena Brandt aus Daun", ["Lena Brandt"]),
        # a reading time between the post line's date and its writer
        ("25. August 2020 · 6 Min. Lesezeit · Lena Brandt", ["Lena Brandt"]),
        ("20. Mai 2023, 6 Min. Lesezeit, von Lena Brandt", ["Lena Brandt"]),
        ("03.08.2022 · Lesezeit 5 Min. · Lena Brandt", ["Lena Brandt"]),
        ("<time>25. August 2020</time> · 6 Min. Lesezeit · Lena Brandt", ["Lena Brandt"]),
        # a speech's occasion after the speaker's role
        (
            "Rede von Katja Morsbeck, Präsidentin, bei der Verbandsversammlung am 12. Mai 2015",
            ["Katja Morsbeck"],
        ),
        ("Erstellt von: Dieter Bless und Martina Faut", ["Dieter Bless", "Martina Faut"]),
        (
            "<table><tr><th>Eingestellt von:</th><td>Reinhard Böhm, Aktionär</td></tr></table>",
            ["Reinhard Böhm"],
        ),
    ],
)
def test_a_labelled_byline(line: str, expected: list[str]) -> None:
    assert authors(line) == expected


@pytest.mark.parametrize("line", ["Autor:", "Autor: <span></span>"])
def test_a_label_without_its_name_credits_nobody(line: str) -> None:
    # a headline of capitalised words and particles reads like a name over a role
    assert authors(line, "Neues Bezahlen von Handy zu Handy") == []
