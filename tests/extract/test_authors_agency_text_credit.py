"""An agency's copy whose credit line names the agency as the text's writer and the
metadata's person for another craft ("Text: dpa · Bearbeitung: A", "Text: dpa ·
Story-Design: A", a web story's credits) is the agency's. Issue 11, session 56: 2 read
judges' pages up (de_full339, de_full345), none down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, extracted

URL = "https://www.musterticker.example/web-stories/neobroker-umfrage/"
HEAD = "<meta name='author' content='Jana Beispiel'>"
HEADLINE = "<h1>Jeder fünfte kauft Aktien per App</h1>"


def authors(credit: str) -> list[str]:
    """The authors of a story whose metadata names Jana Beispiel, ``credit`` under its
    headline."""
    return list(extracted(f"{HEADLINE}{credit}{ARTICLE}", URL, HEAD)["authors"])


@pytest.mark.parametrize(
    "credit",
    [
        "<p><span>Text: dpa</span> <span>Bearbeitung: Jana Beispiel</span></p>",
        "<p>Text: dpa · Story-Design: Jana Beispiel</p>",
    ],
)
def test_the_agency_credited_with_the_text_wrote_it(credit: str) -> None:
    assert authors(credit) == ["dpa"]


def test_a_writer_the_credit_line_gives_the_text_stays() -> None:
    assert authors("<p>Text: Jana Beispiel · Fotos: dpa</p>") == ["Jana Beispiel"]
