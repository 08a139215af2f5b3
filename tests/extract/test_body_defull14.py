"""Body rules from de_full14's misses, judged on de_full15 (issue 11): kinds of line and of
markup read on de_full14, each on small invented pages or lines, with the text it must leave
alone."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED, article_page
from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept

from newsarchive.extract import extract

URL = "https://blog.example/2026/11/filiale/"


def _body(html: bytes) -> str:
    return str(extract(html, URL, fetched_at=FETCHED)["body"])


def test_a_reading_tip_leaves() -> None:
    for line in (
        "Lesetipp: Sparkasse eröffnet neue Filiale am Markt",
        "Unser Lesetipp: Was das neue Kontomodell kostet",
        "Leseempfehlung: Die Zinswende und ihre Folgen",
    ):
        assert _kept([TEXT[0], line, *TEXT[1:]]) == TEXT


def test_a_sentence_about_reading_stays() -> None:
    line = "Lesetipps für Kinder verteilt die Bank in ihren Filialen an jedem ersten Montag."
    assert _kept([*TEXT, line]) == [*TEXT, line]


@pytest.mark.parametrize("cls", ["mailpoet_form", "mc4wp-form", "sib-form", "tnp-subscription"])
def test_a_newsletter_plugins_signup_form_leaves(cls: str) -> None:
    form = (
        f'<div class="{cls}"><p>Bleib auf dem Laufenden! Alles Neue aus dem Blog.</p>'
        '<input type="email"><input type="submit" value="Eintragen"></div>'
    )
    body = _body(article_page(top="<h1>Meine Filiale</h1>", tail=form))
    assert "Bleib auf dem Laufenden" not in body
    assert "im 4. Absatz" in body


def test_a_box_of_another_class_stays() -> None:
    box = '<div class="mailpoet-history"><p>Die Sparkasse führt das Konto seit 1998.</p></div>'
    body = _body(article_page(top="<h1>Meine Filiale</h1>", tail=box))
    assert "seit 1998" in body and ARTICLE[:20].strip("<p>") in body
