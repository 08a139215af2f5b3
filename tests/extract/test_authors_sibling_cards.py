"""Two writers' cards side by side, each name in a card of the same shape ("<div
class=chip><div><a class=chip__name>A</a><span>Redakteurin</span></div></div>" twice): both
are the article's writers (issue 11, session 43, read on de_full129); a thread's posts of the
same shape, each holding its text, are not; every itemprop="author" of one microdata item is
one (a debate's "Pro" and "Contra"); another article's teaser card (a link holding a
heading and its author; session 45; or an ``<article>`` classed a teaser, its author beside
such a link, session 48) names nobody. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://klickwerk-news.example/artikel/banken-auf-tiktok"
TEXT = "".join(
    f"<p>Im {n}. Absatz erklärt das Magazin, warum Banken auf Tiktok werben und wie junge "
    "Kundinnen und Kunden darauf reagieren.</p>"
    for n in range(1, 6)
)


def chip(name: str, role: str) -> str:
    return (
        f"<div class='AuthorChip_root'><img src='/a.webp' alt='{name}'><div><a "
        f"class='AuthorChip_name' href='/autor/x'>{name}</a><span class='AuthorChip_role'>"
        f"{role}</span></div></div>"
    )


def authors(byline: str) -> list[str]:
    html = page_with(
        f"<main><article><h1>Banken auf Tiktok</h1><div class='Article_authors'>{byline}</div>"
        f"{TEXT}</article></main>",
        "<title>Banken auf Tiktok | Klickwerk</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


def test_two_author_chips_side_by_side() -> None:
    byline = chip("Niklas Brandt", "Redakteur") + chip("Merve Yılmaz", "Redakteurin")
    assert authors(byline) == ["Niklas Brandt", "Merve Yılmaz"]


def test_a_threads_reply_of_the_same_shape_is_no_co_author() -> None:
    post = (
        "<table class='post'><tr><td class='author'>{name}</td><td><p>{text}</p></td></tr></table>"
    )
    first = post.format(name="Thorsten Wübbe", text=TEXT)
    reply = post.format(name="Anke Lübbe", text="Bei uns ist das für Mai geplant. " * 8)
    html = page_with(
        f"<main><h1>Kontoauszugsdrucker abgeschafft</h1>{first}{reply}</main>",
        "<title>Kontoauszugsdrucker abgeschafft</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == ["Thorsten Wübbe"]


def test_a_debates_writers_are_authors_of_one_item() -> None:
    # "Pro" and "Contra" in their sections of one microdata article (de_full126)
    section = "<section><h2>{side}</h2><p>Von <span itemprop='author'>{name}</span></p>{text}"
    html = page_with(
        "<main><div itemscope itemtype='http://schema.org/Article'><h1 itemprop='headline'>"
        "Soll jedes Geschäft Bargeld annehmen?</h1>"
        + section.format(side="Pro", name="Katrin Ehler", text=TEXT)
        + "</section>"
        + section.format(side="Contra", name="Dominik Schaf", text=TEXT)
        + "</section></div></main>",
        "<title>Pro und Contra: Bargeld</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == ["Katrin Ehler", "Dominik Schaf"]


def test_a_related_posts_card_author_is_not_the_writer() -> None:
    # Ghost's related cards under the text: each a link holding a headline and its author
    # (session 45, read on en_bf); the page's own credit is a plain "Words by" line
    card = (
        "<article class='gh-card'><a class='gh-card-link' href='/{slug}/'><h3>{title}</h3>"
        "<footer><span class='gh-card-author'>{name}</span></footer></a></article>"
    )
    cards = card.format(slug="a", title="Neobanken im Test", name="Aiden Mbeki") + card.format(
        slug="b", title="Sepa Instant", name="Jonah Pereira"
    )
    html = page_with(
        "<main><article><h1>Banken auf Tiktok</h1><p class='gh-credit'>Text von "
        f"<a href='/author/sofia/'>Sofia Lindqvist</a></p>{TEXT}</article>"
        f"<section class='related'>{cards}</section></main>",
        "<title>Banken auf Tiktok | Klickwerk</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == ["Sofia Lindqvist"]


@pytest.mark.parametrize(("cls", "expected"), [("ldt-teaser", []), ("ldt-story", ["Anna Ott"])])
def test_a_teaser_article_s_author_beside_its_link(cls: str, expected: list[str]) -> None:
    # a reader's letter (no byline) over a local paper's teasers, each an <article> with its
    # link holding the headline and, beside the link, "Von A" (session 48, read on de_full178)
    card = (
        f"<article class='{cls}'><a href='/lokales/{{slug}}.html'><h3>{{title}}</h3></a>"
        "<p class='ldt-teaser__meta'><time>17.11.2026</time> <span class='ldt-teaser__author'>"
        "Von Anna Ott</span></p></article>"
    )
    cards = card.format(slug="a", title="Volksbank stellt um") + card.format(
        slug="b", title="Sparkasse spendet"
    )
    html = page_with(
        f"<main><article><h1>Banken auf Tiktok</h1>{TEXT}</article>"
        f"<section class='more'>{cards}</section></main>",
        "<title>Banken auf Tiktok | Klickwerk</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == expected
