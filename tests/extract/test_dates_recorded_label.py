"""A date labelled as the day a photo, a video or an episode was taken or recorded
("Aufgenommen am 18. September 2006" over "Hochgeladen am 22. September 2006" on a photo page,
a podcast's "Aufgenommen am 28.07.2022 im Studio", "Taken on") is another day than the
publication: no date line (issue 11, rd23's date round, re-judged in session 18); small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

from newsarchive.extract import data

URL = "http://www.fotofreunde-lindenau.example/galerie/bild.php?id=417"
TEXT = (
    "<p>Der Blick vom Kirchturm über die Altstadt bei Sonnenaufgang, fotografiert bei "
    "unserem Herbstausflug mit der ganzen Gruppe und viel Geduld.</p>"
)


def _photo(recorded: str) -> str:
    return (
        "<h1>Fotofreunde Lindenau</h1><h2>Altstadt im Morgenlicht</h2>"
        f"<p>{recorded} 18. September 2006</p>{TEXT}"
        "<p>Hochgeladen am 22. September 2006</p>"
    )


@pytest.mark.parametrize(
    "recorded", ["Aufgenommen am", "Fotografiert am", "Taken on", "Aufgenommen am Montag,"]
)
def test_a_recorded_day_is_no_date_line(recorded: str) -> None:
    assert (published_on(_photo(recorded), "", URL) or "")[:10] == "2006-09-22"


def test_a_posted_day_above_stays_the_date_line() -> None:
    page = _photo("Eingestellt am")
    assert (published_on(page, "", URL) or "")[:10] == "2006-09-18"


@pytest.mark.parametrize(
    "label", ["Aufgenommen am", "Taken on:", "recorded on", "Aufnahmedatum:", "Gefilmt am Sa., "]
)
def test_recording_labels(label: str) -> None:
    assert data.DATE_RECORDED.search(label)


@pytest.mark.parametrize("label", ["Veröffentlicht am", "Hochgeladen am", "Aufgenommen in Köln"])
def test_other_labels_are_no_recording_s(label: str) -> None:
    assert not data.DATE_RECORDED.search(label)
