"""WebSite X5's blog post line ("Veröffentlicht von A in Kategorie · 10. Juli 2012") sits in
an element classed "imBreadcrumb": the post's own byline and day, no navigation (kind read
in ao and de_full42, issue 11, session 41); a breadcrumb of other sites stays navigation."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://ruderclub-elmsee.example/blog/?neues-vereinskonto"
TEXT = "".join(
    f"<p>Im {n}. Abschnitt erklärt der Kassenwart, warum der Verein zur Raiffeisenbank am See "
    "wechselt und was sich für die Mitglieder beim Beitragseinzug ändert.</p>"
    for n in range(1, 6)
)


def extracted(line_class: str, line: str) -> dict[str, object]:
    """An invented club blog post in WebSite X5's markup with ``line`` under its title."""
    html = page_with(
        "<div id='imHeader'><h1 id='imPgTitle'>Blog</h1></div><div id='imContent'><div "
        "id='imBlogContent'><div class='imBlogPost'><h2 id='imPgTitle' class='imTitleMargin'>"
        f"Neues Vereinskonto ab Januar</h2><div class='{line_class}'>{line}</div><div "
        f"class='imBlogPostBody'>{TEXT}</div></div></div></div>",
        "<title>Neues Vereinskonto ab Januar - Ruderclub Elmsee</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)


LINE = "Veröffentlicht von Hauke Brodersen in <a href='#'>Vereinsleben</a> · 14. Mai 2013"


def test_the_post_line_in_imbreadcrumb_names_the_writer() -> None:
    assert extracted("imBreadcrumb", LINE)["authors"] == ["Hauke Brodersen"]


@pytest.mark.parametrize("line_class", ["breadcrumb", "breadcrumbs nav"])
def test_a_breadcrumb_stays_navigation(line_class: str) -> None:
    assert extracted(line_class, LINE)["authors"] == []
