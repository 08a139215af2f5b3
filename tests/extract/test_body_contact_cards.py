"""Contact cards under the text (:func:`~newsarchive.extract.layout.drop_contact_cards`): the
answer kept per class value is the one its tokens give."""

from __future__ import annotations

import lxml.html
import pytest

from newsarchive.extract import data
from newsarchive.extract.layout import drop_contact_cards


def _page(classes: str, first: str) -> lxml.html.HtmlElement:
    card = f'<div class="{classes}"><p>{first}</p><p>Lena Hofbauer, Tel. 0123 45678</p></div>'
    text = "<p>Der Verein Grünfeld Aktiv hat am Samstag seinen neuen Garten eröffnet.</p>"
    # the same class value twice: the second box is decided from the kept answer
    return lxml.html.fromstring(f"<html><body>{text}{card}{card}</body></html>")


def _dropped(classes: str, first: str) -> bool:
    tokens = classes.split()
    german = any(data.CONTACT_CARD_TOKEN.fullmatch(t) for t in tokens)
    english = any(data.CONTACT_CARD_TOKEN_EN.fullmatch(t) for t in tokens)
    return german or (english and not data.CONTACT_BLOCK.fullmatch(first))


@pytest.mark.parametrize(
    "classes",
    ["box ansprechpartner", "Pressekontakt", "media-contact card", "contact-box", "teaser box"],
)
@pytest.mark.parametrize("first", ["Ihre Ansprechpartnerin", "Pressekontakt:"])
def test_each_box_of_a_class_value_is_decided_by_its_tokens(classes: str, first: str) -> None:
    tree = _page(classes, first)
    drop_contact_cards(tree)
    left = len(tree.findall(".//div"))
    assert left == (0 if _dropped(classes, first) else 2)
