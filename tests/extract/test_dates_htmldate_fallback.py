"""Where no source dates the page, htmldate's extensive search on the whole page, a day the
page shows in full in a text node or a tooltip (issue 11, rd14: the read sets' pages dated by
trafilatura and not by us, the day only in a side part or a ``title``); small pages written
for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract import data

TEXT = paragraphs("die Filiale ein neues Gebäude bekommt")
URL = "http://www.fotos.example/photos/sparkasse-musterstadt/4711/"


def _page(side: str, top: str = "") -> str:
    return (
        f"<div id='main'><h1>Grundsteinlegung der neuen Filiale</h1>{top}"
        f"<div class='photo'>[Foto]</div>{TEXT}</div>"
        f"<div id='sidebar'><p>von <a href='#'>Sparkasse Musterstadt</a></p>{side}"
        "<p>211 Aufrufe</p></div>"
    )


UPLOAD = "<p class='upload'>Hochgeladen am 20. Mai 2008</p>"
AGE = "<p class='meta'>@musterstadt · <span title='17.01.2022 18:12:05'>vor 4 Jahren</span></p>"


def test_the_upload_day_in_the_side_column() -> None:
    assert (published_on(_page(UPLOAD), "", URL) or "")[:10] == "2008-05-20"


def test_a_posts_age_with_its_time_in_the_tooltip() -> None:
    assert (published_on(_page("", AGE), "", URL) or "")[:10] == "2022-01-17"


def test_switched_off_no_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "HTMLDATE_FALLBACK", False)
    assert published_on(_page(UPLOAD), "", URL) is None


def test_switched_off_the_tooltip_is_read_by_the_date_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a relative stamp's tooltip is the date line's own since session 43 (test_dates_tooltip)
    monkeypatch.setattr(data, "HTMLDATE_FALLBACK", False)
    assert (published_on(_page("", AGE), "", URL) or "")[:10] == "2022-01-17"


def test_a_copyright_year_alone_gives_no_day() -> None:
    # htmldate reads "© 2008" as 1 January: no full date shown, so no day
    assert published_on(_page("<p>© 2008 Sparkasse Musterstadt</p>"), "", URL) is None


def test_another_articles_entry_in_the_side_column_gives_no_day() -> None:
    entry = "<ul><li><a href='/a/'>Tagesgeld</a> <span>20. Januar 2026</span></li></ul>"
    assert published_on(_page(entry), "", URL) is None
