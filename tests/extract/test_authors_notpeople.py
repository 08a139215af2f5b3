"""Parts of a byline beside a person's full name that name no person (a desk, a role, a
date, a department; kind of halves E, F, J, L, V, en_d and en_f, issue 11, judged on half
W) are dropped; other people and a login beside the name stay; on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kreisbote-talbach.example/wirtschaft/sparkasse-filialen/"
TEXT = "".join(
    f"<p>Die Sparkasse Talbach schließt zum {n}. April weitere Filialen und verweist ihre "
    "Kundschaft auf das Onlinebanking und die mobile Beratung im Landkreis.</p>"
    for n in range(1, 6)
)


def authors(meta: str) -> list[str]:
    html = page_with(
        f"<article><h1>Sparkasse schließt Filialen</h1><div class='meta'>12.05.2025</div>{TEXT}"
        "</article>",
        f"<title>Sparkasse schließt Filialen</title><meta name='author' content='{meta}'>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("Jana Fröhlich, NDF", ["Jana Fröhlich"]),
        ("Ilka Dornseif, Öffentlichkeitsarbeit", ["Ilka Dornseif"]),
        ("Leo Strasser, Regionaut aus Auenstein", ["Leo Strasser"]),
        ("Paula Greer, Vice President of Marketing", ["Paula Greer"]),
        ("Miriam Castell, October 6", ["Miriam Castell"]),
        # people, a name with a particle, a login, a one-word name beside the name stay
        ("Jonah Ferris, Alma Reyes", ["Jonah Ferris", "Alma Reyes"]),
        ("Marijke de Vries, Jonas ter Horst", ["Marijke de Vries", "Jonas ter Horst"]),
        ("Julian Seifert, t-online", ["Julian Seifert", "t-online"]),
        ("Seb Dumitru, Lille", ["Seb Dumitru", "Lille"]),
    ],
)
def test_not_people_beside_a_name(meta: str, expected: list[str]) -> None:
    assert authors(meta) == expected
