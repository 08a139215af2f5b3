"""A wire service's sign-off names the reporters ("(Reporting by A in Stockholm and B in
Helsinki; Editing by C)") where the byline names only a desk or nobody: the reporters, not
the editors, without their places (issue 11, session 52, from the English credits sets'
misses). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.courier.example/business/2025/02/11/nordic-bank-cuts-branches/"
TEXT = "".join(
    f"<p>The Nordic lender said in its {n}. statement that it would close branches and move "
    "customers to its app and to video advice over the coming year.</p>"
    for n in range(1, 5)
)
SIGN_OFF = (
    "<p>(Reporting by Maren Ekdahl in Stockholm and Jonas Virtanen in Helsinki; Editing by "
    "Paul Abernethy and Clare Whitcombe)</p>"
)


def _authors(byline: str, sign_off: str = SIGN_OFF) -> list[str]:
    head = "<h1>Nordic bank to cut a third of its branches</h1>"
    body = f"<article>{head}{byline}{TEXT}{sign_off}</article>"
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    "byline", ["<p class='byline'>By <span class='author'>Courier Business Desk</span></p>", ""]
)
def test_the_sign_offs_reporters_over_a_desk_or_no_byline(byline: str) -> None:
    assert _authors(byline) == ["Maren Ekdahl", "Jonas Virtanen"]


def test_a_persons_byline_stays() -> None:
    byline = "<p class='byline'>By <span class='author'>Hannah Okafor</span></p>"
    assert _authors(byline) == ["Hannah Okafor"]


def test_the_sign_off_leaves_the_text() -> None:
    body = f"<article><h1>Nordic bank to cut branches</h1>{TEXT}{SIGN_OFF}</article>"
    assert "Editing by" not in str(extract(page_with(body), URL, fetched_at=FETCHED)["body"])
