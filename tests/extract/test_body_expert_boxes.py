"""Boxes beside the text that present its expert or its writer ("expert-box", Drupal's
"field--name-field-expert", "field-name-field-ueber-autor", "bio-list") and a
plain-language page's seal of its check ("pruefsiegel", "ls-siegel": "Geprüft von der
Prüf·gruppe …") are no part of the text. Issue 11, session 56: 10 read judges' snippets up,
none down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import body_around

LINE = "Jana Beispiel ist Juristin und betreut die Themen Online-Banking und Zahlungsverkehr."


@pytest.mark.parametrize(
    "box",
    [
        f"<div class='expert-box'><p class='expert-box__name'>Jana Beispiel</p><p>{LINE}</p></div>",
        f"<div class='field field--name-field-expert'><p>{LINE}</p></div>",
        f"<div class='paragraph experts-box'><p>{LINE}</p></div>",
        f"<div class='field field-name-field-ueber-autor'><p><em>{LINE}</em></p></div>",
        f"<ul class='cmp-bio-list'><li><p>{LINE}</p></li></ul>",
    ],
)
def test_a_box_presenting_the_expert_or_the_writer_leaves(box: str) -> None:
    assert "Juristin" not in body_around(box)


@pytest.mark.parametrize(
    "seal",
    [
        "<div class='pruefhinweis'><p>Dieser Text ist in Leichter Sprache.<br>"
        "Geprüft von der Prüf·gruppe Leichte Sprache Musterstadt.</p></div>",
        "<div class='if6_note if6_note--pruefsiegel'><p>Prüf·gruppe Musterstadt hat diesen "
        "Text geprüft.</p></div>",
        "<div class='c-ls-siegel'><p>Der Text wurde von Menschen mit Lern·schwierigkeiten "
        "geprüft.</p></div>",
    ],
)
def test_a_plain_language_seal_leaves(seal: str) -> None:
    assert "geprüft" not in body_around(seal)


def test_an_experts_quote_in_the_text_stays() -> None:
    quote = (
        "<blockquote class='expert'><p>„Die Zinswende ist bei den Sparern noch nicht "
        "angekommen“, sagt Jana Beispiel von der Verbraucherzentrale Musterstadt.</p></blockquote>"
    )
    assert "Zinswende" in body_around(quote)
