"""A box of key takeaways set into the text by class ("key-takeaways", "article-takeaways")
leaves it, unless a fact box's label heads it ("Key takeaways" over items written for the
article stays, as before: read on en_c); issue 11, judged on the unread en_ah. Small pages
written for the test."""

from __future__ import annotations

from extract_pages import extracted

URL = "https://www.forge.example/open-banking-deadline"
PARAGRAPHS = "".join(
    f"<p>Paragraph {n} explains what the open banking deadline means for product teams at "
    "banks and fintechs, and which interfaces they have to build before next year.</p>"
    for n in range(1, 6)
)


def body_of(box: str) -> str:
    return str(extracted(f"<h1>Open banking gets a deadline</h1>{box}{PARAGRAPHS}", URL)["body"])


def test_a_takeaways_box_by_class_leaves_the_text() -> None:
    box = (
        "<div class='article-takeaways'><ul><li>Screen scraping ends for good next year.</li>"
        "<li>Consent screens become a product surface.</li></ul></div>"
    )
    text = body_of(box)
    assert "Screen scraping ends" not in text
    assert "Paragraph 3 explains" in text


def test_a_labelled_fact_box_stays() -> None:
    box = (
        "<div class='key-takeaways'><h3>Key takeaways</h3><ul><li>Screen scraping ends for "
        "good next year.</li><li>Consent screens become a product surface.</li></ul></div>"
    )
    assert "Screen scraping ends" in body_of(box)
