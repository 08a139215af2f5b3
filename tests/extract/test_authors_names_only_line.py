"""A text node of names only near the headline ("Aino Lehtisalo, Jussi Halme and Lotta
Brenner", three or more names joined by commas and "and"/"und") credits its writers where
only a login, a team's account or the site is credited otherwise (an institution's blog
post). Issue 11, session 56: 4 read judges' pages up (en_cp, en_cq and two older sets), none
down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, extracted

URL = "https://blog.musterbank.example/2024/04/04/was-die-kontodaten-zeigen/"
HEAD = "<meta name='author' content='mb_blogeditor'>"
HEADLINE = "<h1>Was die Kontodaten über Finfluencer zeigen</h1>"


def authors(line: str, tail: str = "") -> list[str]:
    """The authors of a blog post its login posted, ``line`` under its headline."""
    return list(extracted(f"{HEADLINE}{line}{ARTICLE}{tail}", URL, HEAD)["authors"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "<p><em>Jana Beispiel, Tim Muster and Aino Lehtisalo</em></p>",
            ["Jana Beispiel", "Tim Muster", "Aino Lehtisalo"],
        ),
        (
            "<div class='entry-meta'><span class='cp-authors'>Jana Beispiel, Tim Muster und "
            "Lena Sommer</span></div>",
            ["Jana Beispiel", "Tim Muster", "Lena Sommer"],
        ),
    ],
)
def test_a_names_only_line_credits_its_writers(line: str, expected: list[str]) -> None:
    assert authors(line) == expected


def test_a_sign_off_naming_a_body_is_no_names_line() -> None:
    line = "<p>Euer Elternbeirat, Jana Beispiel und Tim Muster</p>"
    assert "Jana Beispiel" not in authors(line)


def test_a_names_line_far_below_the_headline_credits_nobody() -> None:
    teasers = "".join(f"<p>Weiterer Absatz {n} über das Konto der Bank.</p>" for n in range(30))
    tail = f"{teasers}<p>Jana Beispiel, Tim Muster und Lena Sommer</p>"
    assert "Jana Beispiel" not in authors("", tail)
