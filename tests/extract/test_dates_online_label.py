"""A magazine's online day ("Online: 06.05.2019", "Online seit 03.08.2022") labels the
publication, before a nearer print issue's day ("Aus dem Heft Nr. 19 vom 09.05.2019"); a
blog sidebar's statistic "Online seit: 09.10.2007" (with a colon) labels nothing (issue 11,
rd29's date round); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract import data

TEXT = paragraphs("Influencer keine Anlageberater sind")
URL = "https://www.bunte-geldwoche.example/finanzen/influencer-als-anlageberater"


@pytest.mark.parametrize(
    "online", ["<p>Online: 06.05.2019</p>", "<p>Online seit 06.05.2019 · Katrin Vollmer</p>"]
)
def test_the_online_day_comes_before_the_print_issue_s(online: str) -> None:
    page = (
        "<article><h1>Influencer als Anlageberater</h1>"
        f"<p>Aus dem Heft Nr. 19 vom 09.05.2019</p>{online}{TEXT}</article>"
    )
    assert (published_on(page, "", URL) or "")[:10] == "2019-05-06"


@pytest.mark.parametrize(
    ("head", "rank"),
    [("Online: ", 0), ("Online seit ", 0), ("Online am ", 0), ("Online seit: ", None)],
)
def test_online_label_rank(head: str, rank: int | None) -> None:
    found = [r for r, label in enumerate(data.DATE_LABEL_RANKS) if label.fullmatch(head)]
    assert (found[0] if found else None) == rank
