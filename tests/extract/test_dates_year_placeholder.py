"""A metadata stamp that says only its year (1 January at midnight: a migration's
publish-up, a CMS that keeps a year) yields to the day the page shows; it dates a page that
shows none, and a new year's stamp at another time stands (issue 11, kind read in
dates_cq). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "https://www.finanzbildung-muster.example/aktuelles/82-schueler-lernen-haushalten"
TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Verein, wie Schülerinnen und Schüler lernen, mit "
    "ihrem Taschengeld zu haushalten und ein eigenes Konto zu führen.</p>"
    for n in range(1, 5)
)


def page(stamp: str, shown: str) -> str | None:
    # (Joomla's article: the stamp as microdata inside the item, the shown day under it)
    body = (
        "<main><div class='item-page' itemscope itemtype='https://schema.org/Article'>"
        f"<meta itemprop='datePublished' content='{stamp}'><div class='page-header'><h2 "
        f"itemprop='headline'>Schüler lernen haushalten</h2></div>{shown}"
        f"<div itemprop='articleBody'>{TEXT}</div></div></main>"
    )
    return published_on(body, "", URL)


SHOWN = (
    "<dl class='article-info'><dd class='createdby'>Geschrieben von Hilde Beispiel</dd>"
    "<dd class='category-name'>Kategorie: <a href='/aktuelles'>Projekte</a></dd>"
    "<dd class='create'><time datetime='2005-03-15T08:12:00+00:00' "
    "itemprop='dateCreated'>Erstellt: Dienstag, 15. März 2005 09:12</time></dd></dl>"
)


@pytest.mark.parametrize(
    "stamp", ["2013-01-01T00:00:00+00:00", "2013-01-01T00:00:00+01:00", "2013-01-01"]
)
def test_a_year_s_placeholder_yields_to_the_shown_day(stamp: str) -> None:
    assert (page(stamp, SHOWN) or "")[:10] == "2005-03-15"


def test_a_placeholder_dates_a_page_that_shows_no_day() -> None:
    assert (page("2013-01-01T00:00:00+00:00", "") or "")[:4] == "2013"


def test_a_new_year_s_stamp_at_another_time_stands() -> None:
    assert (page("2013-01-01T00:15:00+01:00", "") or "")[:16] == "2013-01-01T00:15"
