"""A closing name line: the writer's full name (or two joined by "&"/"und") after the
text's last sentence, marked by a dash before it or a day after it ("-- Jens Harms - 14 Mar
2006", "— Miriam Koch & Deniz Yilmaz", "Holger Brinkmann, 05.09.2011") or bare with only a
short line or two after it ("Hannes Kellermann" / "Tübingen"), credits the writers
where nobody else is credited (:mod:`~newsarchive.extract.closingnames`; kind read in br,
issue 11). Small invented pages; a bare name, a source and a quote's speaker are left."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.closingnames import closing_names

URL = "https://wiki.kassenverein.example/Main/KassenpruefungFruehjahr"
HEADLINE = "Kassenprüfung im Frühjahr"
TEXT = "".join(
    f"<p>Die Kassenprüfung im {n}. Quartal ist ohne Beanstandung verlaufen, alle Belege lagen "
    "vollständig vor und die Kasse stimmte mit dem Kontoauszug überein.</p>"
    for n in range(1, 5)
)


def authors(closing: str) -> list[str]:
    """The authors of an invented wiki topic ending in ``closing``."""
    html = page_with(
        f"<div class='topic'><h1>{HEADLINE}</h1><p class='date'>02.04.2011</p>"
        f"{TEXT}{closing}</div>",
        f"<title>{HEADLINE}</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("<p>-- Wiebke Sanders - 14 Mar 2006</p>", ["Wiebke Sanders"]),
        # (a news page's pager after it; a last "Name, day" line leaves the body as a stamp)
        ("<p>Holger Brakmann, 05.09.2011</p><p>Ältere News</p>", ["Holger Brakmann"]),
        ("<p>— Mirja Kolbe &amp; Deniz Aydın</p>", ["Mirja Kolbe", "Deniz Aydın"]),
        ("<p>– Jonte Harmsen, 3. Mai 2019</p><p>Zurück zur Übersicht</p>", ["Jonte Harmsen"]),
        # a bare name closing the text, a place after it
        ("<p>Hanno Kellerbach</p><p>Tübingen</p>", ["Hanno Kellerbach"]),
    ],
)
def test_closing_name_line(closing: str, expected: list[str]) -> None:
    """A dash or a day marks the closing name as the writer's signature."""
    assert authors(closing) == expected


@pytest.mark.parametrize(
    "lines",
    [
        # no dash, no day: a name with a word after it is no signature of this kind
        ["Die Kasse stimmte.", "Holger Brakmann Kassenwart"],
        # a bare name the text named before (a quote's speaker), or a sentence after it
        ["Holger Brakmann prüfte die Kasse.", "Holger Brakmann"],
        ["Die Kasse stimmte.", "Holger Brakmann", "Fragen bitte an den Vorstand."],
        # the formal pair is the pair signature's ("Ihre" is no given name)
        ["Die Kasse stimmte.", "Ihre Bettina Kramer und Olaf Kramer"],
        # a source, not a person
        ["Die Kasse stimmte.", "— Sparkasse Elbmarsch, 05.09.2011"],
        # no sentence ends before it
        ["Kassenbericht", "-- Wiebke Sanders - 14 Mar 2006"],
        # a long line after it: the text runs on
        [
            "Die Kasse stimmte.",
            "-- Wiebke Sanders - 14 Mar 2006",
            "Danach wurde über den Haushalt des kommenden Jahres lange und ausführlich beraten.",
        ],
    ],
)
def test_no_closing_name(lines: list[str]) -> None:
    """Lines the rule must leave alone."""
    assert closing_names(lines) == []
