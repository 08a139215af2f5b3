"""A date line opening with the publication's label ("Veröffentlicht am …") comes before
nearer lines labelled as something else (an election's "Wahltag:", a review's "Medizinisch
geprüft am", an event's "Termin:") or not at all, and one opening with the creation's label
("Erstellt:") before nearer unlabelled ones (dates_n's, dates_d's and dates_g's misses, issue
11, rdates9; the rdates5 rule 202c131 again, with the creation's rank and the label at the
line's opening), on small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sie jetzt auch auf Mastodon schreibt")
URL = "https://www.verein.example/aktuelles/sparkasse-auf-mastodon.html"


def _page(*lines: str) -> str:
    meta = "".join(f"<p class='meta'>{line}</p>" for line in lines)
    return f"<main><article><h1>Sparkasse auf Mastodon</h1>{meta}{TEXT}</article></main>"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Wahltag: 10.03.2026", "veröffentlicht am 14.03.2026"), "2026-03-14"),
        (
            (
                "Medizinisch geprüft am 09.02.2026 · Aktualisiert am 07.02.2026",
                "Erstellt: 12.10.2025",
            ),
            "2025-10-12",
        ),
        (
            (
                "Termin: Samstag, 16. Oktober 2025, 18:00 Uhr, Bürgersaal",
                "Veröffentlicht am 04.10.2025 | Letzte Änderung: 10.10.2025",
            ),
            "2025-10-04",
        ),
        # the label after a separator of a line the date ends (rdates9, second rule)
        (
            (
                "Aus der Plenarsitzung vom 22.09.2026",
                "Pressemitteilung Nr. 36/2026, veröffentlicht am 23.09.2026",
            ),
            "2026-09-23",
        ),
        # Joomla: the creation above the publication
        (("Erstellt: 01. Juli 2025", "Veröffentlicht: 03. Juli 2025"), "2025-07-03"),
        # the posting's label before a nearer unlabelled day (a status page's maintenance
        # notice, a forum post, a blog)
        (
            ("Am 28.10.2026 warten wir die Server.", "Gepostet am 04.10.2026 - 16:00"),
            "2026-10-04T16:00:00+02:00",
        ),
        (("28.10.2026", "Verfasst: Mo 12. Oktober 2026, 10:15"), "2026-10-12T10:15:00+02:00"),
        (("28.10.2026", "Geschrieben am 12.10.2026 von Anna"), "2026-10-12"),
        # the label in the node before a <time>
        (("Wahltag: 10.03.2026", "Veröffentlicht am <time>14.03.2026</time>"), "2026-03-14"),
        # an English review host's "Written:" with an apostrophe's year (session 44, en_m)
        (("Written: Jun 21 '05",), "2005-06-21"),
    ],
)
def test_a_line_labelled_as_the_publication_comes_first(
    lines: tuple[str, ...], expected: str
) -> None:
    assert published_on(_page(*lines), "", URL) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # no label: the nearest line, as before
        (("10.03.2026", "14.03.2026"), "2026-03-10"),
        # a label inside a sentence does not open the line
        (
            ("10.03.2026", "Die Zahlen wurden veröffentlicht am 14.03.2026"),
            "2026-03-10",
        ),
        # words after the date: the label after a separator is inside a sentence
        (
            ("10.03.2026", "Die Zahlen, veröffentlicht am 14.03.2026, zeigen einen Anstieg"),
            "2026-03-10",
        ),
        # the print's day is not the publication's label
        (("10.03.2026", "Erschienen in der Ausgabe 3 vom 14.03.2026"), "2026-03-10"),
    ],
)
def test_a_nearer_line_stays_without_the_label(lines: tuple[str, ...], expected: str) -> None:
    assert published_on(_page(*lines), "", URL) == expected
