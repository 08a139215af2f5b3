"""Titles on pages whose metadata title gives the headline beside the site's name ("Headline
- Site", "Portal: Site: Headline") and whose first heading shows only the site's name, the
headline standing after it (issue 11), on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz erzählt die Schreiberin, wie die Filiale den Umzug ins neue Haus "
    "geplant hat und was die Kunden dabei beachten sollten.</p>"
    for n in range(1, 4)
)
URL = "http://journals.example/schalterwelt/entries/2004/03/12"


def title_of(body: str, title: str) -> str:
    return str(
        extract(page_with(body, f"<title>{title}</title>"), URL, fetched_at=FETCHED)["title"]
    )


@pytest.mark.parametrize(
    ("body", "title", "want"),
    [
        (  # a hosted journal: "Portal: Journal: Headline", the journal's name its <h1>
            "<div id='jhead'><h1>Schalterwelt</h1></div><div class='entry'><h3 class="
            f"'entrytitle'>Umzug in die neue Filiale</h3>{TEXT}</div>",
            "Journale: Schalterwelt: Umzug in die neue Filiale",
            "Umzug in die neue Filiale",
        ),
        (  # "Headline - Site", the site's name the first heading, the post's in an <h4>
            "<div class='area'><h2 class='CommonTitle'>Filialnotizen</h2><div class='post'>"
            f"<h4 class='PostHeader'>Der Umzug ist geschafft</h4>{TEXT}</div></div>",
            "Der Umzug ist geschafft - Filialnotizen",
            "Der Umzug ist geschafft",
        ),
        (  # "Site - Headline" over a profile's name, the post's subject in a <div>
            "<div id='owner'><h1>Maren Kücks Seite</h1></div><div class='item'><div class="
            f"'itemsubject'>Erste Woche in der Filiale</div>{TEXT}</div>",
            "Maren Kücks Seite - Erste Woche in der Filiale",
            "Erste Woche in der Filiale",
        ),
    ],
)
def test_the_headline_beside_the_sites_name_is_the_headline(
    body: str, title: str, want: str
) -> None:
    assert title_of(body, title) == want


def test_a_headline_over_the_sites_name_in_the_footer_stays() -> None:
    body = (
        f"<h1>Der Umzug ist geschafft</h1>{TEXT}<div class='bottom'><p>Filialnotizen aus "
        "Talheim</p></div>"
    )
    title = "Der Umzug ist geschafft - Filialnotizen aus Talheim"
    assert title_of(body, title) == "Der Umzug ist geschafft"


def test_a_headline_under_the_sites_name_before_it_stays() -> None:
    body = f"<div class='logo'><p>Filialnotizen aus Talheim</p></div><h1>Umzug geschafft</h1>{TEXT}"
    title = "Filialnotizen aus Talheim - Umzug geschafft"
    assert title_of(body, title) == "Umzug geschafft"


def board(link_class: str, body_class: str = "listing-page comments-page") -> bytes:
    return page_with(
        "<div id='header'><a href='/'>bankbrett</a></div><div class='side'><div class="
        "'titlebox'><h1 class='hover redditname'><a href='/b/Finanzen/'>Finanzen</a></h1>"
        "<p>Alles rund um Konto, Karte und Bank.</p></div></div>"
        "<div class='entry'><p class='title'><span class='flair'>Erfahrungsbericht</span>"
        f"<a class='{link_class}' href='/b/Finanzen/comments/1b7x/umzug/'>Nach dem Umzug zur "
        "App-Bank: mein Fazit nach einem Jahr</a> <span class='domain'>(<a href='/b/Finanzen/'>"
        f"self.Finanzen</a>)</span></p><div class='usertext-body'>{TEXT}</div></div>",
        "<title>Nach dem Umzug zur App-Bank: mein Fazit nach einem Jahr : Finanzen</title>",
    ).replace(b"<body>", f"<body class='{body_class}'>".encode())


@pytest.mark.parametrize(
    ("html", "want"),
    [
        # a board's post title is a link to its own thread classed "title" (old Reddit),
        # under the board's name in the <h1>; the page's "comments-page" class is its layout
        (board("title may-blank"), "Nach dem Umzug zur App-Bank: mein Fazit nach einem Jahr"),
        (board("title", "single"), "Nach dem Umzug zur App-Bank: mein Fazit nach einem Jahr"),
        # a link of another class is a teaser's: the <h1> stays
        (board("permalink"), "Finanzen"),
    ],
)
def test_a_boards_titled_link_beside_its_name(html: bytes, want: str) -> None:
    assert extract(html, URL, fetched_at=FETCHED)["title"] == want
