"""A sentence crediting the text's writers ("Diesen Artikel haben A und B gemeinsam
geschrieben.", "Diesen Beitrag haben A und B für uns geschrieben. Beide forschen …", a
plain-language page's "Diese Nachricht hat A geschrieben.") names its writers. Issue 11,
session 56: 3 read judges' pages up (de_full335 and two older sets), none down; session 63:
a titled writer and the writers' roles in brackets, "Diesen Beitrag haben Dr. A
(Programmleitung) und B (Community-Management) geschrieben." (read on de_full607). Small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, extracted

URL = "https://www.musterblog.example/2024/03/sparkasse-auf-tiktok/"
HEADLINE = "<h1>Die Sparkasse auf TikTok</h1>"


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        (
            "<p><i>Diesen Artikel haben Jana Beispiel und Tim Muster gemeinsam "
            "geschrieben.</i></p>",
            ["Jana Beispiel", "Tim Muster"],
        ),
        (
            "<p><em>Diesen Beitrag haben Jana Beispiel und Tim Muster für uns geschrieben. Beide "
            "forschen am Institut für Handel.</em></p>",
            ["Jana Beispiel", "Tim Muster"],
        ),
        (
            "<p class='story__author'>Diese Nachricht hat Jana Beispiel geschrieben.</p>",
            ["Jana Beispiel"],
        ),
        (
            "<p><em>Diesen Beitrag haben Dr. Jana Beispiel (Programmleitung Gründungsservice) "
            "und Tim Muster (Community-Management) geschrieben.</em></p>",
            ["Dr. Jana Beispiel", "Tim Muster"],
        ),
    ],
)
def test_a_wrote_credit_names_the_writers(credit: str, expected: list[str]) -> None:
    assert extracted(f"{HEADLINE}{ARTICLE}{credit}", URL)["authors"] == expected


def test_a_sentence_about_what_somebody_wrote_elsewhere_credits_nobody() -> None:
    line = "<p>Das hat Jana Beispiel schon 2019 in ihrem Buch geschrieben.</p>"
    assert extracted(f"{HEADLINE}{ARTICLE}{line}", URL)["authors"] == []
