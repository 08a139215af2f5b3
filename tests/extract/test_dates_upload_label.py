"""A date under an upload's label ("Hinzugefügt am:" | "Fr 24.08.2007" in a photo gallery's
file facts, "Hochgeladen am:", "Uploaded on:") is the page's day, no other day's colon label:
a date line, where the page shows no other (issue 11, rd25's date round); small pages written
for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

from newsarchive.extract import data

URL = "http://www.sparkasse-moorbach.example/galerie/displayimage.php?album=3&pid=41"
FACTS = "<h3>Datei-Informationen</h3><dl><dt>Dateiname:</dt><dd>img_041.jpg</dd>{}</dl>"


def _photo(label: str, day: str) -> str:
    facts = FACTS.format(f"<dt>{label}</dt><dd>{day}</dd><dt>Angezeigt:</dt><dd>85 mal</dd>")
    return (
        "<h1>Sparkasse Moorbach – Bildergalerie</h1><h2>Azubi-Tag im Kletterwald</h2>"
        "<p>Unsere neuen Auszubildenden verbrachten ihren ersten gemeinsamen Tag im Kletterwald "
        f"am Hohen Stein und lernten sich dort kennen.</p>{facts}"
    )


@pytest.mark.parametrize(
    ("label", "day"),
    [
        ("Hinzugefügt am:", "Fr 24.08.2007"),
        ("Hochgeladen am:", "24.08.2007"),
        ("Uploaded on:", "24.08.2007"),
    ],
)
def test_an_upload_s_day_is_a_date_line(label: str, day: str) -> None:
    assert (published_on(_photo(label, day), "", URL) or "")[:10] == "2007-08-24"


@pytest.mark.parametrize("label", ["Hinzugefügt am:", "Hochgeladen:", "Added on:"])
def test_upload_labels_are_a_page_s(label: str) -> None:
    assert data.DATE_PAGE_LABEL.match(label)


@pytest.mark.parametrize("label", ["Aufgenommen am:", "Kursbeginn:", "Hinzufügen:"])
def test_other_labels_are_no_page_s(label: str) -> None:
    assert not data.DATE_PAGE_LABEL.match(label)
