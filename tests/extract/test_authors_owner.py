"""A guest's byline near the headline ("Von Malik Osei") over metadata naming the site's
owner, whom the page shows only in its sidebar (Yoast's graph under an authorship plugin;
kind read in half P, issue 11): the guest, on small invented pages."""

from __future__ import annotations

import json

import pytest
from extract_pages import ARTICLE, FETCHED

from newsarchive.extract import extract

URL = "https://finanzfuchs.example/erste-baufinanzierung/"


def authors(byline: str, widget: str) -> list[str]:
    graph = {"@context": "https://schema.org", "@type": "Article", "headline": "Baufinanzierung"}
    graph["author"] = {"@type": "Person", "name": "Svenja Barkhausen"}
    html = (
        "<html><head><meta charset='utf-8'><script type='application/ld+json'>"
        f"{json.dumps(graph)}</script></head><body><main><article>"
        f"<h1>Meine erste Baufinanzierung</h1><div class='entry-meta'>{byline}</div>{ARTICLE}"
        f"</article></main><aside class='widget'>{widget}</aside></body></html>"
    )
    return extract(html.encode(), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "widget", "expected"),
    [
        ("Von <a>Malik Osei</a>", "Hinter dem Blog steht Svenja Barkhausen.", ["Malik Osei"]),
        # the owner named in the article too, or the byline a first name: the metadata stays
        (
            "Von <a>Malik Osei</a> mit Svenja Barkhausen",
            "Hinter dem Blog steht Svenja Barkhausen.",
            ["Svenja Barkhausen"],
        ),
        ("Von <a>Malik</a>", "Hinter dem Blog steht Svenja Barkhausen.", ["Svenja Barkhausen"]),
    ],
)
def test_guest_byline_over_owner(byline: str, widget: str, expected: list[str]) -> None:
    assert authors(byline, widget) == expected
