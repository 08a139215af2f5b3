"""Blog posts titled with the blog's name, shown as the banner's ``<h1>`` outside the one
post element (issue 11), on small invented pages: the post's heading is the headline."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz erzählt die Auszubildende, wie die Woche am Schalter der Sparkasse "
    "verlaufen ist und was sie dabei gelernt hat.</p>"
    for n in range(1, 4)
)
URL = "http://azubiblog.example/2007/05/woche-3.html"


@pytest.mark.parametrize(
    ("heading", "entry"),
    [
        ("<div class='subject'>{}</div>", "entry"),
        ("<h4 class='TextColor1 beTitle'>{}</h4>", "blogEntry"),
    ],
)
def test_the_one_posts_heading_under_the_blogs_banner(heading: str, entry: str) -> None:
    body = (
        "<div id='top'><h1>Mein Azubi Blog</h1><p>Woche für Woche</p></div>"
        f"<div class='{entry}'><div class='date'>8. Mai 2007</div>"
        f"{heading.format('Woche 3 in der Filiale')}<div class='text'>{TEXT}</div></div>"
    )
    page = page_with(body, "<title>Mein Azubi Blog</title>")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == "Woche 3 in der Filiale"


def test_two_posts_keep_the_blogs_name() -> None:
    post = "<div class='entry'><div class='subject'>Woche {} in der Filiale</div>" + TEXT + "</div>"
    body = "<div id='top'><h1>Mein Azubi Blog</h1></div>" + post.format(3) + post.format(4)
    page = page_with(body, "<title>Mein Azubi Blog</title>")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == "Mein Azubi Blog"
