"""A shop's or a paywall's offer box set into the text leaves with its lines ("Mai-Aktion:
0 % Finanzierung …", "Aktion gültig vom 02.05.2024 bis 31.05.2024"; class tokens
``blog-offer-box``, ``pfeiffer-angebot``, ``angebot-im-text``): session 66, read on
de_full697 and de_full703 (issue 11). A class that only opens with the word stays
(``angebot-text``). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import body_around

OFFER = "Aktion gültig vom 02.05.2024 bis 31.05.2024 für Neuplanungen ab 5.000 Euro."


@pytest.mark.parametrize(
    "token", ["blog-offer-box", "offer-box", "pfeiffer-angebot", "angebot-im-text", "angebot"]
)
def test_offer_box_leaves(token: str) -> None:
    block = (
        f"<div class='{token}'><h3>Mai-Aktion</h3><p>0 % Finanzierung für 36 Monate,"
        f" Bonität vorausgesetzt.</p><p>{OFFER}</p></div>"
    )
    body = body_around(block)
    assert OFFER not in body
    assert "die Preise steigen" in body
    assert "sie sinken" in body


def test_offer_text_class_stays() -> None:
    block = f"<div class='angebot-text'><p>{OFFER} Die Sparkasse Musterstadt erklärt es.</p></div>"
    assert OFFER in body_around(block)
