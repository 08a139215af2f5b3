"""A video report's credit line with its crew after the writers ("Bericht: A, B · Kamera: C",
"Text: A | Schnitt: B") names the writers where no byline names anyone
(:data:`~newsarchive.extract.data.CLOSING_CREDIT`, :data:`~.data.LABELLED_CREDIT`; kind read
in half CF, issue 11). Small invented pages; a camera credit alone and a byline are left
alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://regional-tv.example/video/x81q2b"
TEXT = "".join(
    f"<p>Im {n}. Beitrag der Reihe erklärt die Sparkasse, warum die Filialen auf dem Land "
    "bleiben sollen und wie viel Bargeld dort noch jeden Tag abgehoben wird.</p>"
    for n in range(2, 6)
)


def authors(credit: str, meta: str = "1.204 Aufrufe · Hochgeladen am 22.01.2024") -> list[str]:
    """The authors of an invented video page whose description ends in ``credit``."""
    html = page_with(
        "<main><div class='player'><video controls></video></div>"
        "<h1>Filialen auf dem Land: Was bleibt</h1>"
        f"<div class='info'>{meta}</div><div class='channel'><a href='/kanal'>Kreis TV</a></div>"
        f"<div class='description'>{TEXT}<p class='credit'>{credit}</p></div></main>",
        "<title>Filialen auf dem Land: Was bleibt - Video</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        (
            "Bericht: Tim Lohberg, Anja Sewering · Kamera: Uwe Kampner",
            ["Tim Lohberg", "Anja Sewering"],
        ),
        ("Text: Nina Albers | Schnitt: Jens Voth", ["Nina Albers"]),
        ("Bericht: Ole Hartung · Kamera: Uwe Kampner", ["Ole Hartung"]),
    ],
)
def test_camera_credit(credit: str, expected: list[str]) -> None:
    assert authors(credit) == expected


@pytest.mark.parametrize(
    ("credit", "meta", "expected"),
    [
        # the camera operator alone is no author
        ("Kamera: Uwe Kampner", "1.204 Aufrufe · Hochgeladen am 22.01.2024", []),
        # a byline names the writer
        (
            "Bericht: Ole Hartung · Kamera: Uwe Kampner",
            "Von Jana Kortmann, 22.01.2024",
            ["Jana Kortmann"],
        ),
    ],
)
def test_camera_credit_left_alone(credit: str, meta: str, expected: list[str]) -> None:
    assert authors(credit, meta) == expected
