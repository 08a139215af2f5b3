"""Body rules from de_full16's misses, judged on de_full17 and de_full18 (issue 11): kinds of
page part read on de_full16 (and the older read sets), each on small invented pages, with the
text it must leave alone."""

from __future__ import annotations

from extract_pages import FETCHED, article_page

from newsarchive.extract.extraction import extract


def _page_body(box: str) -> str:
    page = article_page(
        tail=box
        + "<p>Die Bank will im Frühjahr weitere Videos zeigen und erklärt dann auch Kredite.</p>"
    )
    return str(extract(page, "https://blog.example/2026/11/tiktok/", fetched_at=FETCHED)["body"])


def test_a_signup_box_with_an_e_mail_field_and_a_submit_input_leaves() -> None:
    box = (
        '<div class="mailpoet_form"><p><strong>Keinen Beitrag verpassen!</strong> Trag dich in '
        'meinen Newsletter ein.</p><input type="email" placeholder="E-Mail-Adresse">'
        '<input type="submit" value="Jetzt abonnieren"></div>'
    )
    body = _page_body(box)
    assert "Keinen Beitrag verpassen" not in body
    assert "weitere Videos" in body


def test_a_box_with_a_text_field_only_stays() -> None:
    box = '<div class="calc"><p>Ihr Betrag in Euro:</p><input type="text" name="betrag"></div>'
    assert "Ihr Betrag in Euro" in _page_body(box)
