"""A block's byline element named BEM-style or hyphenated ("article__byline", "post-byline")
after the page's headline names the writer, without a "Von" lead ("Anna Roth, Frankfurt");
a teaser's byline of that kind before the headline or in a sidebar, and a byline's date
part ("byline-date"), name nobody. A CSS module's authors class ("Article_authors__L0jHs")
is such a byline (session 44); a bare "authors" class is not."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://handelsblick.example/banken/landesbank-prueft-eigenen-server"
TEXT = "".join(
    f"<p>Im {n}. Absatz berichten wir, warum die Landesbank einen eigenen Server prüft, "
    "wer ihn betreiben soll und was Kundinnen und Kunden davon haben.</p>"
    for n in range(1, 5)
)
TEASERS = (
    "<ul class='teaser-list'><li class='teaser'><a>Sparkasse schließt Filialen</a>"
    "<span class='teaser__byline'>Otto Beispiel</span></li></ul>"
)
SIDEBAR = (
    "<aside class='sidebar'><div class='teaser'><a>Volksbank fusioniert</a>"
    "<span class='teaser__byline'>Otto Beispiel</span></div></aside>"
)

#: A CSS module's lead and meta row under the headline: the authors, a dot, the day.
MODULE_META = (
    "<p class='Article_lead__Wm1oK'>Die Landesbank will ihre Daten nicht länger bei einem "
    "Anbieter aus Übersee speichern. Ein eigener Server soll das ändern.</p>"
    "<div class='Article_meta__R9bVd'><span class='Article_authors__L0jHs'>{}</span>"
    "<span class='Article_dot__e2Lk0'>·</span><time datetime='2023-06-28'>28.06.2023</time>"
    "</div>"
)


def authors(before: str, byline: str, after: str = "") -> list[str]:
    body = (
        f"<header><a class='logo' href='/'>Handelsblick</a></header>{before}"
        "<main><article><header class='article__header'>"
        f"<h1 class='article__title'>Landesbank prüft eigenen Server</h1>{byline}"
        "<div class='article__date'><time datetime='2023-06-28'>28.06.2023</time></div>"
        f"</header>{TEXT}</article>{after}</main>"
    )
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("before", "byline", "after", "expected"),
    [
        ("", "<div class='article__byline'>Marion Muster, Frankfurt</div>", "", ["Marion Muster"]),
        (TEASERS, "<div class='article__byline'>Marion Muster</div>", "", ["Marion Muster"]),
        (
            "",
            "<p class='c-post-byline'>Ina Probe und Jan Exempel</p>",
            "",
            ["Ina Probe", "Jan Exempel"],
        ),
        # no byline of the article: a teaser's, before the headline or beside it, is none
        (TEASERS, "", "", []),
        ("", "", SIDEBAR, []),
        ("", "<div class='byline-date'>28.06.2023</div>", "", []),
        ("", MODULE_META.format("Ina Probe und Jan Exempel"), "", ["Ina Probe", "Jan Exempel"]),
        ("", MODULE_META.format("Marion Muster"), "", ["Marion Muster"]),
        (TEASERS.replace("teaser__byline", "Teaser_authors__x1"), "", "", []),
    ],
)
def test_block_byline(before: str, byline: str, after: str, expected: list[str]) -> None:
    assert authors(before, byline, after) == expected
