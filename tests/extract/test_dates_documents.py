"""A cited decision's day ("BFH, Urteil vom 21.05.2021 – VI R 7/21") under the headline is
not the publication's: the labelled line further down is; small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Pauschale jetzt länger gilt")
URL = "https://www.steuerbuero.example/mandanteninformationen/homeoffice-pauschale"


@pytest.mark.parametrize(
    "cited", ["BFH, Urteil vom 21.05.2021 – VI R 7/21", "Beschluss vom 21.05.2021"]
)
def test_a_cited_decision_s_day_is_no_date_line(cited: str) -> None:
    body = (
        f"<main><article><h1>Homeoffice-Pauschale</h1><p class='source'>{cited}</p>"
        f"{TEXT}<p class='by'>Beitrag vom 08.09.2021 · Lea Sonnleitner</p></article></main>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2021-09-08"
