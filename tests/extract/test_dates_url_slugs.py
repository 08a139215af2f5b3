"""A full day inside the address's slug or file name, after a dash or an underscore
("/pm-2026-03-12.html", "/pm_20010918/"), names the page's day like the other address forms
(issue 11, rd4: held-out pages whose address day lost to another date in the page); small
pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Filiale am Markt umgebaut wird")
LINE = (
    "<p class='meta'>Aktualisiert am "
    "<time datetime='2026-11-12T15:00:00+01:00'>12.11.2026</time></p>"
)


def _page() -> str:
    return f"<main><article><h1>Sparkasse baut Filiale um</h1>{LINE}{TEXT}</article></main>"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.amt.example/presse/2026/pm-2026-03-12.html", "2026-03-12"),
        ("https://research.bank.example/publikationen/morgenkommentar-2026-03-05", "2026-03-05"),
        (
            "https://bankblog.example/beitrag/2018_02_09_facebook-kanal-der-sparkasse.htm",
            "2018-02-09",
        ),
        ("http://www.bank.example/presse/2001/pm_20010918/index.html", "2001-09-18"),
        ("http://wap.kurier.example/m/banken/n_20070903_1.html", "2007-09-03"),
        ("https://www.achse.example/artikel/bericht_vom_22.04.2020_zur_lage", "2020-04-22"),
        # digits that name no day, or fourteen digits of a timestamp, are an id
        ("https://www.bank.example/news/artikel-20261399-filiale.html", "2026-11-12"),
        ("https://www.bank.example/news/artikel_20260312101506-filiale.html", "2026-11-12"),
        ("https://www.bank.example/news/artikel-1234-2026-filiale.html", "2026-11-12"),
    ],
)
def test_a_day_inside_the_slug_is_the_pages_day(url: str, expected: str) -> None:
    assert (published_on(_page(), "", url) or "")[:10] == expected
