"""Titles "Topic - Headline" of portals that show the topic as a link before the headline
("<a>Banken</a>: Headline"), issue 11, on small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet das Netzwerk, wie die Kreissparkasse das neue "
    "Gründerzentrum in der Innenstadt ausstattet und wer dort einziehen darf.</p>"
    for n in range(1, 4)
)
URL = "http://www.netz-auental.example/modules/news/article.php?storyid=7"
HEADLINE = "Kreissparkasse eröffnet Gründerzentrum"
HEAD = f"<title>Banken - {HEADLINE}</title>"


def title_of(shown: str) -> str:
    body = f"<div class='item'><span class='itemTitle'>{shown}</span>{TEXT}</div>"
    return extract(page_with(body, HEAD), URL, fetched_at=FETCHED)["title"]


def test_a_topic_linked_before_the_headline_leaves_the_title() -> None:
    assert title_of(f"<a href='index.php?storytopic=3'>Banken</a>: {HEADLINE}") == HEADLINE


def test_a_topic_shown_joined_by_a_dash_stays() -> None:
    shown = f"<a href='index.php?storytopic=3'>Banken</a> - {HEADLINE}"
    assert title_of(shown) == f"Banken - {HEADLINE}"


def test_an_unlinked_first_segment_stays() -> None:
    assert title_of(f"Banken: {HEADLINE}").startswith("Banken")
