"""Two stamps of a page's own history (issue 11; read on the blind dates_bt): a day labelled
as the first publication ("Erstveröffentlichung: 3. Mai 2015") is the date, also under a
later metadata day (a republication, a migration); a metadata day the page stamps as its
update or generation ("Zuletzt aktualisiert: 30.06.2014", "Archivseite erzeugt am …") yields
to the date line the page shows. Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Filialen im Oberamt schließen")
URL = "https://www.musterbote.example/archiv/artikel-4711.html"
JSONLD = (
    '<script type=\'application/ld+json\'>{{"@type": "Article", "datePublished": "{day}"}}</script>'
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Erstveröffentlichung: 3. Mai 2015",
        "Originalveröffentlichung: 3. Mai 2015",  # (a translation's or copy's note)
        "Erstmals veröffentlicht am 03.05.2015",
        "Zuerst erschienen am 3. Mai 2015 im Heft 5/2015",
        "Originally published on May 3, 2015",
    ],
)
def test_the_first_publication_s_day_beats_a_later_metadata_day(stamp: str) -> None:
    head = JSONLD.format(day="2019-07-01T00:00:00+02:00")
    body = (  # (a note under the text, far from the headline)
        f"<main><article><h1>Zahlen per Handy</h1>{TEXT}<p class='note'>{stamp}</p>"
        "</article></main>"
    )
    assert (published_on(body, head, URL) or "")[:10] == "2015-05-03"


@pytest.mark.parametrize(
    "footer",
    [
        "Zuletzt aktualisiert: 30.06.2014",
        "Copyright 2002-2014 Musterbote. Letzte Aktualisierung dieser Seite: 30.06.2014",
        "Archivseite erzeugt am 30.06.2014",
        "Archivseite generiert am 30.06.2014 · © Musterbote",
    ],
)
def test_a_metadata_day_the_page_stamps_as_its_update_yields_to_the_date_line(
    footer: str,
) -> None:
    head = "<meta name='date' content='2014-06-30'>"
    body = (  # (the day after the text, as in the next test)
        f"<div id='inhalt'><h1>Sparkasse gibt drei Filialen auf</h1>{TEXT}{TEXT}"
        "<div class='artikeldatum'>Dienstag, 7. Oktober 2008</div></div>"
        f"<div id='fuss'>{footer}</div>"
    )
    assert (published_on(body, head, URL) or "")[:10] == "2008-10-07"


def test_a_metadata_day_not_stamped_as_an_update_stands() -> None:
    head = "<meta name='date' content='2014-06-30'>"
    body = (  # (the day after the text: under the headline it would be the head's date line)
        f"<div id='inhalt'><h1>Sparkasse gibt drei Filialen auf</h1>{TEXT}{TEXT}"
        "<div class='artikeldatum'>Dienstag, 7. Oktober 2008</div></div>"
        "<div id='fuss'>© 2003–2026 Musterbote</div>"
    )
    assert (published_on(body, head, URL) or "")[:10] == "2014-06-30"


@pytest.mark.parametrize(
    ("line", "note", "expected"),
    [
        # the page's only date line is its update: the sentence's first publication
        (
            "Aktualisiert am 8.2.2023, 10:20 Uhr",
            "Dieser Artikel wurde erstmals am 14.11.2022 publiziert.",
            "2022-11-14",
        ),
        (
            "Aktualisiert am 02.10.2024",
            "Dieser Ratgeber wurde erstmals am 14. Oktober 2021 veröffentlicht und seitdem "
            "jährlich aktualisiert.",
            "2021-10-14",
        ),
        ("", "Dieser Artikel ist ursprünglich am 3. Mai 2015 erschienen.", "2015-05-03"),
        # the verb first (session 35: a republished anniversary text, a migrated blog)
        ("", "Er erschien erstmals am 15. September 2015 in der Mittelland Zeitung.", "2015-09-15"),
        (
            "",
            "Dieser Beitrag erschien ursprünglich am 5. März 2017 auf unserem Blog.",
            "2017-03-05",
        ),
        # a weekday before the day (session 49, read on dates_dn)
        (
            "Aktualisiert am 8.2.2023, 10:20 Uhr",
            "Dieser Artikel erschien erstmals am Montag, 14. November 2022, um 7 Uhr.",
            "2022-11-14",
        ),
        # a date line of its own ("26. Januar 2022") stays the page's day over the sentence
        (
            "8. Februar 2023",
            "Dieser Artikel ist ursprünglich am 14.11.2022 erschienen.",
            "2023-02-08",
        ),
        # … unless the note says the text was revised later: the line is the revision's
        # (session 64, read on de_full631, dates_bv, dates_fu)
        (
            "8. Februar 2023",
            "Dieser Artikel ist erstmals am 14.11.2022 erschienen und wurde am 08.02.2023 "
            "vollständig überarbeitet.",
            "2022-11-14",
        ),
        (
            "8. Februar 2023",
            "Dieser Beitrag erschien erstmals am 14. November 2022. Im Februar 2023 haben wir "
            "ihn an die neue Rechtslage angepasst.",
            "2022-11-14",
        ),
        (
            "8. Februar 2023",
            "Dieser Beitrag wurde erstmals am 14.11.2022 veröffentlicht und zur Wiederholung "
            "der Sendung aktualisiert.",
            "2022-11-14",
        ),
        # no first publication: an event that first took place
        ("Aktualisiert am 8.2.2023", "Die Messe fand erstmals am 3. Mai 2015 statt.", "2023-02-08"),
        # a translation's note: the original's day, not the German text's (session 54)
        (
            "",
            "Es erschien zuerst am 3. Februar 2023 in englischer Sprache im Beispiel Review. "
            "Aus dem Englischen von Jana Beispiel.",
            "2023-02-08",
        ),
    ],
)
def test_a_sentence_naming_the_first_publication_beats_an_update_s_day(
    line: str, note: str, expected: str
) -> None:
    head = JSONLD.format(day="2023-02-08T10:20:00+01:00")
    shown = f"<div class='meta'>{line}</div>" if line else ""
    body = (
        f"<main><article><h1>Zahlen per Handy</h1>{shown}{TEXT}<p><em>{note}</em></p>"
        "</article></main>"
    )
    assert (published_on(body, head, URL) or "")[:10] == expected
