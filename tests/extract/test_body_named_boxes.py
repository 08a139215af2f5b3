"""Boxes after or in the text that their class names exactly leave the body: a podcast's
"chapters", a "sponsor" box, a "disclosure" box, a "reply" under the post, testimonials, a
poll, an appendix, a support appeal (``BOILERPLATE_TOKEN``; issue 11, session 48), readers'
reviews, a blog's comment list, further articles' "weitere" (session 49), Jimdo's comment
module and lists and a paper's readers' "postings" (session 62), WordPress's Simple Author
Box, "saboxplugin-wrap", and a reading tip's box, "sh-lesetipp" (session 63), a whitepaper's
download box, "fw-whitepaper-box" (session 65, read on de_full651 and de_full657); a
note's box "hinweis" stays (an explainer box's too). Small invented pages; a class only
containing the word stays."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.finanzfunk.example/folge-12-tagesgeld.html"
BOX = "Die Tagesgeldbank Musterstadt zahlt seit Mai drei Prozent auf neue Einlagen."


@pytest.mark.parametrize(
    ("classes", "kept"),
    [
        ("chapters", False),
        ("sponsor", False),
        ("disclosure", False),
        ("reply", False),
        ("testimonial", False),
        ("poll", False),
        ("quarto-appendix", False),
        ("support", False),
        ("reviews", False),
        ("blogcomments", False),
        ("weitere", False),
        ("j-module n j-comment", False),
        ("j-module n j-text j-blog-post--comments", False),
        ("com-list-noava", False),
        ("postings", False),
        ("saboxplugin-wrap", False),  # WordPress's Simple Author Box
        ("wp-block-group sh-lesetipp", False),  # a reading tip's box, its excerpt with it
        ("lesetipp-box", False),
        ("wp-block-group fw-whitepaper-box has-background", False),  # a whitepaper's download
        ("whitepaper", False),
        ("posting", True),  # a forum's post itself
        ("antwort", True),  # an interview's answer
        ("hinweis", True),  # an explainer box's ("Gut zu wissen: …") too
        ("sponsored-story", True),
    ],
)
def test_a_named_box_after_the_text(classes: str, kept: bool) -> None:
    tail = f"<div class='{classes}'><p>{BOX}</p></div>"
    body = extract(article_page(tail=tail), URL, fetched_at=FETCHED)["body"]
    assert "im 4. Absatz" in body
    assert (BOX in body) is kept
