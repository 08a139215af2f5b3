"""Where htmldate finds nothing on the page without its side column, its extensive search on
the whole page: a photo page's own day in its ``#sidebar`` (issue 11, rd10: dates_ah's
photo-sharing kind); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract import data

TEXT = paragraphs("die Filiale ein neues Gebäude bekommt")
URL = "http://www.fotos.example/photos/sparkasse-musterstadt/4711/"


def _page(side: str) -> str:
    return (
        "<div id='main'><h1>Grundsteinlegung der neuen Filiale</h1>"
        f"<div class='photo'>[Foto]</div>{TEXT}</div>"
        f"<div id='sidebar'><p>von <a href='#'>Sparkasse Musterstadt</a></p>{side}"
        "<p>211 Aufrufe</p></div>"
    )


def test_the_upload_day_in_the_side_column() -> None:
    page = _page("<p class='upload'>Hochgeladen am 20. Mai 2008</p>")
    assert (published_on(page, "", URL) or "")[:10] == "2008-05-20"


def test_switched_off_the_side_column_gives_no_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "HTMLDATE_WHOLE_PAGE", False)
    page = _page("<p class='upload'>Hochgeladen am 20. Mai 2008</p>")
    assert published_on(page, "", URL) is None


def test_a_copyright_year_alone_gives_no_day() -> None:
    # htmldate reads "© 2008" as 1 January: no full date shown, so no day
    assert published_on(_page("<p>© 2008 Sparkasse Musterstadt</p>"), "", URL) is None
