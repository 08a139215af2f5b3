"""A call to action whose button is a link styled as one leaves with its box (issue 11,
English body rules from en_g's and en_h's misses), on small invented pages, with the boxes
the rule must leave alone."""

from __future__ import annotations

from extract_pages import FETCHED, page_with
from lxml import html

from newsarchive.extract import extract
from newsarchive.extract.buttonlinks import button_link_boxes

URL = "https://kestrelpay.example/blog/answering-in-public"
TEXT = "".join(
    f"<p>Kestrel Pay explains in paragraph {n} why its support staff now answer account "
    "questions in public and how long a reply takes on each of the apps.</p>"
    for n in range(1, 5)
)
CTA = "Open an account in minutes. No paperwork."


def _body(html: str) -> str:
    return str(extract(page_with(html), URL, fetched_at=FETCHED)["body"])


def test_a_call_to_action_after_the_post_leaves() -> None:
    body = _body(
        f'<section class="post"><h1>Answering in public</h1>{TEXT}</section>'
        f'<section class="cta-band"><h2>Ready to get started?</h2><p>{CTA}</p>'
        '<a class="button w-button">Contact sales</a></section>'
    )
    assert "Kestrel Pay explains in paragraph 4" in body
    assert "Ready to get started" not in body
    assert CTA not in body


def test_a_block_editors_call_to_action_in_the_text_leaves() -> None:
    box = (
        f'<div class="wp-block-group"><h3>Get paid faster</h3><p>{CTA}</p>'
        '<div class="wp-block-buttons"><div class="wp-block-button">'
        '<a class="wp-block-button__link">Get started</a></div></div></div>'
    )
    body = _body(f"<article><h1>Answering in public</h1>{TEXT}{box}{TEXT}</article>")
    assert body.count("Kestrel Pay explains in paragraph 1") == 2
    assert "Get paid faster" not in body
    assert CTA not in body


def test_a_box_holding_most_of_a_short_text_stays() -> None:
    note = (
        "<p>Only the ten largest lenders are shown, because the smaller ones post too "
        "rarely to compare.</p>"
    )
    box = (
        '<div class="support"><p>We are independent and paid for by our readers. Support '
        "our work with a subscription from ten euros a year, in print or as an e-paper, and "
        'read every issue first.</p><a class="btn btn-text">Subscribe</a></div>'
    )
    page = f'<html><body><article><h1>Lenders</h1><section class="content">{note}{box}'
    found = button_link_boxes(html.fromstring(page + "</section></article></body></html>"))
    assert found == []
    # beside the whole text the same box is a part of it, and leaves
    page = f"<html><body><article><h1>Lenders</h1>{TEXT}{box}</article></body></html>"
    found = button_link_boxes(html.fromstring(page))
    assert [element.get("class") for element in found] == ["support"]
