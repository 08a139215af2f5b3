"""A single-page app's page shows a loading skeleton, while its article sits in the app's
serialized state or in a ``<noscript>`` block: the article is read from there, its headline
and writer from the same part of the state; comments, related articles and the search
engines' title are not. Issue 11, session 55: 12 read judges' pages up (titles 6, authors 3,
snippets 12), one dev page's body up, none down. Small invented pages."""

from __future__ import annotations

import json
from typing import Any

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.appshell import open_app_shell
from newsarchive.extract.parsing import parse

URL = "https://www.beispielbote.example/wirtschaft/filialen-schliessen-a1234.html"
HEADLINE = "Sparkasse Beispieltal schließt drei Filialen und setzt auf Video"
SEO_TITLE = "Sparkasse schließt Filialen in Adorf, Bdorf und Cdorf"

#: The article's paragraphs (invented; each a sentence or two).
TEXT = [
    f"Die Sparkasse Beispieltal schließt zum {n}. Mal in diesem Jahrzehnt Geschäftsstellen im "
    f"Landkreis, wie das Institut am Montag in einer Mitteilung an seine Kundschaft schrieb. "
    f"Die Beratung soll künftig per Video und in der Hauptstelle stattfinden, Absatz {n}."
    for n in range(1, 7)
]
COMMENT = "Das ist wirklich eine Frechheit, ich wechsle jetzt zur Volksbank im Nachbarort."
RELATED = "Die Volksbank Beispielhausen meldet einen Rekord bei den Baufinanzierungen im Jahr."
SKELETON = (
    "<header><a href='/'>Beispielbote</a><nav><a href='/lokales'>Lokales</a></nav></header>"
    "<div id='__next'><main><div class='skeleton'>Artikel wird geladen …</div></main></div>"
)
HEAD = f"<title>{SEO_TITLE} | Beispielbote</title><meta property='og:title' content='{SEO_TITLE}'>"


def script(state: Any, attributes: str = "type='application/json' id='__NEXT_DATA__'") -> str:
    """A script holding ``state`` as JSON."""
    return f"<script {attributes}>{json.dumps(state, ensure_ascii=False)}</script>"


def next_state() -> dict[str, Any]:
    """A Next.js page's props: the article in blocks, a related teaser among them, comments
    and more articles beside it."""
    blocks: list[dict[str, Any]] = [{"type": "paragraph", "text": t} for t in TEXT]
    blocks.insert(3, {"type": "relatedTeaser", "article": {"teaser": RELATED}})
    article = {
        "headline": HEADLINE,
        "seoTitle": SEO_TITLE,
        "authors": [{"name": "Maren Beispiel", "role": "Redakteurin"}],
        "content": blocks,
        "comments": [{"author": "Leser 1", "text": COMMENT}],
    }
    return {"props": {"pageProps": {"article": article, "mostRead": [{"title": RELATED}]}}}


def extracted(body: str, head: str = HEAD) -> dict[str, Any]:
    """What :func:`~newsarchive.extract.extract` gives for the page."""
    return extract(page_with(body, head), URL, fetched_at=FETCHED)


def test_a_next_state_article_is_read_with_its_headline_and_writer() -> None:
    found = extracted(SKELETON + script(next_state()))
    assert all(t in found["body"] for t in TEXT)
    assert COMMENT not in found["body"]
    assert RELATED not in found["body"]
    assert found["title"] == HEADLINE
    assert found["authors"] == ["Maren Beispiel"]


def test_a_shell_without_the_app_state_keeps_its_skeleton() -> None:
    # the control: the same shell, its state holding no article
    found = extracted(SKELETON + script({"props": {"pageProps": {}}}))
    assert TEXT[0] not in (found["body"] or "")


def test_a_page_that_shows_its_text_is_left_as_it_is() -> None:
    shown = "".join(f"<p>{t}</p>" for t in TEXT) * 3  # more words than a shell shows
    body = f"<main><article><h1>{HEADLINE}</h1>{shown}</article></main>" + script(next_state())
    tree = parse(page_with(body).decode())
    before = len(list(tree.iter("p")))
    assert len(list(open_app_shell(tree, page_with(body).decode()).iter("p"))) == before


@pytest.mark.parametrize(
    "state",
    [
        # Nuxt 2: a JavaScript function's object (keys bare, values by argument)
        '<script>window.__NUXT__=(function(a,b){return {data:[{article:{title:"%s",'
        'content:[%s],comments:[{text:"%s"}]}}],state:{user:{loggedIn:a}}}}(false,null));'
        "</script>",
        # Redux: a window's initial state
        '<script>window.__INITIAL_STATE__ = {"article":{"title":"%s","body":[%s],'
        '"commentList":[{"text":"%s"}]}};</script>',
    ],
)
def test_javascript_states_are_read(state: str) -> None:
    blocks = ",".join(json.dumps({"type": "p", "text": t}, ensure_ascii=False) for t in TEXT)
    found = extracted(SKELETON + state % (HEADLINE, blocks, COMMENT))
    assert all(t in found["body"] for t in TEXT)
    assert COMMENT not in found["body"]
    assert found["title"] == HEADLINE


def test_a_flattened_state_is_nested_again() -> None:
    # Nuxt 3's __NUXT_DATA__ (devalue): every object maps its keys to values' indices
    html = "".join(f"<p>{t}</p>" for t in TEXT)
    items = [{"data": 1}, ["ShallowReactive", 2], {"ueberschrift": 3, "text": 4}, HEADLINE, html]
    found = extracted(
        SKELETON + script(items, "type='application/json' id='__NUXT_DATA__' data-ssr='true'")
    )
    assert all(t in found["body"] for t in TEXT)
    assert found["title"] == HEADLINE


def test_an_angular_transfer_state_is_read() -> None:
    state = {"api": {"body": {"titel": HEADLINE, "inhalt": "".join(f"<p>{t}</p>" for t in TEXT)}}}
    escaped = json.dumps(state, ensure_ascii=False)
    for char, escape in (("&", "&a;"), ('"', "&q;"), ("<", "&l;"), (">", "&g;")):
        escaped = escaped.replace(char, escape)
    found = extracted(
        SKELETON + f"<script id='serverApp-state' type='application/json'>{escaped}</script>"
    )
    assert all(t in found["body"] for t in TEXT)
    assert found["title"] == HEADLINE


def test_a_noscript_article_opens() -> None:
    article = (
        f"<noscript><article><h1>{HEADLINE}</h1><p class='byline'>Von Maren Beispiel</p>"
        + "".join(f"<p>{t}</p>" for t in TEXT)
        + "</article></noscript>"
    )
    found = extracted(SKELETON + article)
    assert all(t in found["body"] for t in TEXT)
    assert found["title"] == HEADLINE
