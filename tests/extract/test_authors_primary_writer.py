"""JSON-LD's one author where the byline shows her with co-writers (Ghost, Yoast and the
co-author plugins put the primary author alone into the metadata): the byline's list, in
its order; a desk, a player label or a role beside the name adds nobody (issue 11, kind
read in p, bw and de_full72, confirmed on the blind de_full74, de_full75 and de_full76;
places and academic titles beside the names read on de_full76). Small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import extracted

URL = "https://www.beispielblatt.example/banken/girokonto-gebuehren-2024/"
TEXT = (
    "<p>Die Kundinnen und Kunden der Sparkasse Musterstadt zahlen für ihr Girokonto seit "
    "April mehr, wie ein Vergleich der Preisaushänge aus dem vergangenen Jahr zeigt.</p>"
    "<p>Ein zweiter Absatz beschreibt, wie viele Menschen ihr Konto wechseln wollen und "
    "warum die meisten am Ende doch bei ihrer Bank bleiben.</p>"
)
PRIMARY = (
    '<script type=\'application/ld+json\'>{"@type": "Article", "author": '
    '{"@type": "Person", "name": "Carla Beispiel"}}</script>'
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a theme's author links (Ghost)
        (
            "<div class='byline'><a href='/author/carla/'>Carla Beispiel</a>, "
            "<a href='/author/jonas/'>Jonas Muster</a></div>",
            ["Carla Beispiel", "Jonas Muster"],
        ),
        # a co-writer with a Turkish given name (session 33, de_full98)
        (
            "<div class='byline'><a href='/author/carla/'>Carla Beispiel</a>, "
            "<a href='/author/arif/'>Arif Demir</a></div>",
            ["Carla Beispiel", "Arif Demir"],
        ),
        # "Von" <span>A</span> "und" <span>B</span> in a footer-classed head (Drupal; session
        # 33, dates_cf)
        (
            "<footer class='node__meta'><div class='node__submitted'>Von <span>Carla Beispiel"
            "</span> und <span>Jonas Muster</span></div></footer>",
            ["Carla Beispiel", "Jonas Muster"],
        ),
        # a meta line's field after the day and the reading time
        (
            "<div class='meta'>15. Juli 2021 · 7 Min. · Carla Beispiel, Jonas Muster</div>",
            ["Carla Beispiel", "Jonas Muster"],
        ),
        (
            "<p class='meta'>3. November 2023 / Banken / von Carla Beispiel und Jonas Muster</p>",
            ["Carla Beispiel", "Jonas Muster"],
        ),
        # places beside the names, an academic title before the metadata's person
        (
            "<div class='meta'>Von Carla Beispiel, Berlin, und Jonas Muster, Brüssel</div>",
            ["Carla Beispiel", "Jonas Muster"],
        ),
        (
            "<div class='footer'>Von Prof. Dr. Carla Beispiel und Jonas Muster</div>",
            ["Prof. Dr. Carla Beispiel", "Jonas Muster"],  # (the titles as shown)
        ),
        # the co-writer first: the byline's order
        (
            "<div class='meta'>Jonas Muster, Carla Beispiel · 15. Juli 2021</div>",
            ["Jonas Muster", "Carla Beispiel"],
        ),
        # a React site's byline: hashed classes, the names' links joined by a comma, the
        # date after them (session 34, de_full105)
        (
            "<div class='sc-fEOsli bMJcfp' data-testid='byline'><a class='sc-dmRaPn' "
            "href='/autor/0'>Carla Beispiel</a>, <a class='sc-dmRaPn' href='/autor/1'>Jonas "
            "Muster</a><span class='sc-bjUoiL'> · 04.11.2026</span></div>",
            ["Carla Beispiel", "Jonas Muster"],
        ),
        # the co-writer with an academic title, and a given name the lexicon lacked
        # (session 37, de_full139)
        (
            "<h4 class='author-name'><a href='/author/carla/'>Carla Beispiel</a>, "
            "<a href='/author/henrike/'>Dr. Henrike Muster</a></h4>",
            ["Carla Beispiel", "Dr. Henrike Muster"],
        ),
        (
            "<h4 class='author-name'><a href='/author/carla/'>Carla Beispiel</a>, "
            "<a href='/author/jonas/'>Dr. Jonas Muster</a></h4>",
            ["Carla Beispiel", "Dr. Jonas Muster"],
        ),
        # author cards, a role under each name (session 35, de_full128)
        (
            "<ul class='kw-authors'><li><a href='/autor/0'>Carla Beispiel</a><span>Redakteurin "
            "Finanzen, Frankfurt</span></li><li><a href='/autor/1'>Jonas Muster</a><span>"
            "Korrespondent, Düsseldorf</span></li></ul>",
            ["Carla Beispiel", "Jonas Muster"],
        ),
        # no second person beside the name: the metadata's person alone
        (
            "<div class='meta'>15. Juli 2021 · Carla Beispiel · Artikel zum Hören</div>",
            ["Carla Beispiel"],
        ),
        ("<div class='meta'>Carla Beispiel, Wirtschaftsredaktion</div>", ["Carla Beispiel"]),
        ("<div class='meta'>Carla Beispiel · 15. Juli 2021</div>", ["Carla Beispiel"]),
    ],
)
def test_the_byline_s_co_writers_beside_json_ld_s_one_author(
    byline: str, expected: list[str]
) -> None:
    article = f"<h1>Girokonto: Die Gebühren steigen weiter</h1>{byline}{TEXT}"
    assert extracted(article, URL, PRIMARY)["authors"] == expected


def test_a_name_in_the_text_is_no_co_writer() -> None:
    article = (
        "<h1>Girokonto: Die Gebühren steigen weiter</h1>"
        "<div class='meta'>15. Juli 2021 · Carla Beispiel</div>"
        f"<p>Carla Beispiel sprach dafür mit Jonas Muster von der Verbraucherzentrale.</p>{TEXT}"
    )
    assert extracted(article, URL, PRIMARY)["authors"] == ["Carla Beispiel"]
