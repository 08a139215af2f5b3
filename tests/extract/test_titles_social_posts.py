"""A single social-media post shown as a page: its title names the account ("Name (@handle)
auf Threads", "Name auf Instagram: „… …“"), its headings are the platform's ("Zurück"), and
the post's first line is the headline, a person's account the writer (issue 11, session
54: read on de_full282 and de_full287). A news page about a bank on a network keeps its own
headline. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://social.beispiel.example/@sparkasse/112085268037632017"
LINE = "Warum wir unsere Banking-App nachts umgestellt haben"
REST = (
    "Seit ein paar Minuten ist sie live: die neue App der Sparkasse Beispieltal. Wer jetzt "
    "noch wach ist, sieht die neue Startseite mit Kontostand, Umsätzen und Postfach."
)


def post_page(head: str, post: str) -> bytes:
    """A post page: the platform's column heading, the account, the post."""
    return page_with(
        "<div class='column'><h1 class='column-header'>Zurück</h1><div class='status'><a "
        f"class='display-name'>Sparkasse Beispieltal</a><div class='status__content'>{post}"
        "</div></div></div>",
        head,
    )


@pytest.mark.parametrize(
    ("head", "post"),
    [
        # a toot's page: the description keeps the post's line breaks
        (
            "<title>Sparkasse Beispieltal: „Warum wir …“ - Beispiel Sozial</title><meta "
            "property='og:title' content='Sparkasse Beispieltal (@sparkasse@social.beispiel"
            f".example)'><meta property='og:description' content='{LINE}\n\n{REST}'>",
            f"<p>{LINE}</p><p>{REST}</p>",
        ),
        # a Threads post's page: the description flattened, the line before a break
        (
            "<title>Sparkasse Beispieltal (@sparkasse.app) auf Threads</title><meta "
            f"name='description' content='{LINE} {REST}'>",
            f"<span>{LINE}<br><br>{REST}</span>",
        ),
        # an Instagram caption's page: counts and a day before the quoted post
        (
            "<title>Sparkasse Beispieltal auf Instagram: „Warum wir unsere Banking-App nachts "
            "umgestellt haben Seit …“</title><meta property='og:description' content='1.284 "
            f"likes, 47 comments - sparkasse am May 20, 2024: „{LINE} {REST[:40]} …“'>",
            f"<h1 class='caption'>{LINE}<br><br>{REST}</h1>",
        ),
    ],
)
def test_a_post_page_s_headline_is_the_post_s_first_line(head: str, post: str) -> None:
    assert extract(post_page(head, post), URL, fetched_at=FETCHED)["title"] == LINE


@pytest.mark.parametrize(
    "headline",
    ["Rathaus jetzt auch auf Instagram", "Pfarrer auf Instagram: „Auch Geld ist eine Frage“"],
)
def test_a_news_headline_about_a_network_stays(headline: str) -> None:
    page = page_with(
        f"<main><article><h1>{headline}</h1><p>{LINE}</p><p>{REST}</p></article></main>",
        f"<title>{headline} | Beispielbote</title><meta property='og:title' "
        f"content='{headline}'><meta name='description' content='{LINE}\n{REST}'>",
    )
    assert extract(page, URL, fetched_at=FETCHED)["title"] == headline


@pytest.mark.parametrize(
    ("account", "authors"),
    [
        # a person's account: the person, titles kept, a role after a bar cut
        ("Dr. Katharina Beispiel (@k-beispiel.bsky.social)", ["Dr. Katharina Beispiel"]),
        ("Ole Beispielmann | Vorstand VB Beispieltal (@ole_b)", ["Ole Beispielmann"]),
        # a bank's or a nickname's account names no writer
        ("Sparkasse Beispieltal (@sparkasse.app)", []),
        ("Jana aus der Filiale (@jana_filiale)", []),
    ],
)
def test_a_post_page_credits_a_person_s_account(account: str, authors: list[str]) -> None:
    head = (
        f"<title>{account} auf Threads</title><meta property='og:title' content='{account}'>"
        f"<meta name='description' content='{LINE}\n{REST}'>"
    )
    page = post_page(head, f"<p>{LINE}</p><p>{REST}</p>").replace(
        b"<a class='display-name'>Sparkasse Beispieltal</a>", b""
    )
    assert extract(page, URL, fetched_at=FETCHED)["authors"] == authors
