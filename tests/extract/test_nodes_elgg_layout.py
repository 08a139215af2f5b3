"""Elgg 1.x's main column is named after the sidebar beside it
("two_column_left_sidebar_maincontent"): it holds the post, not a sidebar's other dates and
names (kind read in de_full51, issue 11, session 41); a sidebar's byline stays unread."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://netz.ruderclub-elmsee.example/pg/blog/hbrodersen/read/1203/neues-vereinskonto"
TEXT = "".join(
    f"<p>Im {n}. Abschnitt erklärt der Kassenwart, warum der Verein zur Raiffeisenbank am See "
    "wechselt und was sich für die Mitglieder beim Beitragseinzug ändert.</p>"
    for n in range(1, 6)
)


def extracted(column: str) -> dict[str, object]:
    """An invented Elgg blog post whose main column has the id ``column``."""
    html = page_with(
        "<div id='page_container'><div id='owner_block'><p>Blog</p><ul><li><a href='#'>Alle "
        f"Blogs</a></li></ul></div><div id='{column}'><div class='contentWrapper singleview'>"
        "<div class='blog_post'><h3>Neues Vereinskonto ab Januar</h3><p class='strapline'>"
        f"von Hauke Brodersen 14. Mai 2013</p><div class='blog_post_body'>{TEXT}</div></div>"
        "</div></div></div>",
        "<title>Ruderclub Elmsee: Neues Vereinskonto ab Januar</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)


def test_the_main_column_beside_the_sidebar_holds_the_post() -> None:
    found = extracted("two_column_left_sidebar_maincontent")
    assert (found["authors"], str(found["published"])[:10]) == (["Hauke Brodersen"], "2013-05-14")


def test_a_sidebar_stays_skipped() -> None:
    assert extracted("two_column_left_sidebar")["authors"] == []  # (no byline read there)
