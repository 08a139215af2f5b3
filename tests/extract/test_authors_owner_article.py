"""A login completed by the sentence introducing the blog's owner with an article before
the login ("Hinter dem finanzfuchs steckt …"; issue 11, kind read in half AF): the case it
completes and the cases it leaves alone, on small invented blog posts."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://blog.example/2010/06/08/bank-twittert/"
TEXT = "".join(
    f"<p>Im {n}. Absatz erzähle ich, warum meine Bank jetzt twittert und was die Sparkasse "
    "Lindtal dazu sagt, wenn man nach dem Kontoauszug fragt.</p>"
    for n in range(1, 6)
)


def page(login: str, widget: str) -> bytes:
    return page_with(
        "<div class='header'><h1 id='title'><a href='/'>Fuchsbau-Blog</a></h1></div>"
        "<div class='post'><h2>Warum meine Bank jetzt twittert</h2>"
        "<div class='info'><span class='date'>8. Juni 2010</span><span class='author'>Autor: "
        f"<a href='/author/{login}/'>{login}</a></span></div>"
        f"<div class='content'>{TEXT}</div></div>"
        f"<div id='sidebar'><div class='textwidget'>{widget}</div></div>",
        "<title>Warum meine Bank jetzt twittert | Fuchsbau-Blog</title>",
    )


@pytest.mark.parametrize(
    ("login", "widget", "expected"),
    [
        # the login after an article, the owner named in full
        (
            "geldfuchs",
            "Hinter dem geldfuchs steckt Rolf Ebbesen, Versicherungskaufmann aus Bielefeld.",
            ["Rolf Ebbesen"],
        ),
        # left alone: the sentence names another login's owner
        (
            "geldfuchs",
            "Hinter der zinsfee steckt Rita Ebbesen aus Bielefeld.",
            ["geldfuchs"],
        ),
    ],
)
def test_owner_after_article(login: str, widget: str, expected: list[str]) -> None:
    assert extract(page(login, widget), URL, fetched_at=FETCHED)["authors"] == expected
