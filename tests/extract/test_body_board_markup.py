"""A board's thread in old-Reddit-like markup: the opening post's text sits in a form of hidden
inputs only (``<form class="usertext">``), which asks the reader for nothing and is no page
part; the board's side column (``<div class="side">``: its description, rules and
moderators) is no text (issue 11, session 54: read on de_full237, de_full242 and
de_full255). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.brett.example/b/Finanzen/comments/1x2y3z/wechsel_zur_appbank/"
SIDE = (
    "<div class='side'><div class='titlebox'><h1 class='redditname'>Finanzen</h1><div "
    "class='md'><p>Willkommen im Brett für Konto, Karte und Kredit. Fragen zu Banken und "
    "Sparkassen sind hier immer willkommen, Werbung für Depots und Kredite aber nicht.</p>"
    "<p>Regel 1: Keine persönlichen Daten wie IBAN, Kontonummern oder Namen von "
    "Bankmitarbeitenden posten, auch nicht in Screenshots.</p>"
    + "".join(
        f"<p>Regel {n}: Bitte sachlich bleiben, keine Werbung und keine Kettenbriefe.</p>"
        for n in range(2, 6)
    )
    + "</div></div></div>"
)
REPLY = (
    "<div class='commentarea'>"
    + "".join(
        f"<div class='thing comment'><p class='tagline'><a class='author'>Nutzer{n}</a></p><div "
        f"class='md'><p>Bei mir hat der Wechsel im {n}. Jahr auch gut geklappt, nur das Bargeld "
        "einzahlen ist lästig und kostet extra.</p></div></div>"
        for n in range(1, 7)
    )
    + "</div>"
)


def thread(post: str) -> bytes:
    """A thread page: the side column, then the post (``post`` holds its text) and a reply."""
    return page_with(
        f"{SIDE}<div class='content'><div class='sitetable linklisting'><div class='thing "
        "link self'><div class='entry'><p class='title'><a class='title' href='#'>Wechsel zur "
        "App-Bank: mein Fazit</a></p><p class='tagline'>eingereicht von <a class='author'>"
        f"Lahnkiesel</a></p><div class='expando'>{post}</div></div></div></div>{REPLY}</div>",
        "<title>Wechsel zur App-Bank: mein Fazit : Finanzen</title>",
    )


TEXT = paragraphs("ich zur App-Bank gewechselt bin", 4)


@pytest.mark.parametrize(
    "post",
    [
        # the opening post inside old Reddit's form of hidden inputs
        "<form class='usertext warn-on-unload' action='#'><input type='hidden' "
        f"name='thing_id' value='t3_1x2y3z'><div class='usertext-body'><div class='md'>{TEXT}"
        "</div></div></form>",
        f"<div class='usertext-body'><div class='md'>{TEXT}</div></div>",
    ],
)
def test_a_board_thread_s_opening_post_is_its_text(post: str) -> None:
    body = str(extract(thread(post), URL, fetched_at=FETCHED)["body"])
    assert "warum ich zur App-Bank gewechselt bin" in body
    assert "Willkommen im Brett" not in body


def test_a_form_that_asks_for_something_stays_a_page_part() -> None:
    form = (
        "<form class='newsletter-signup' action='/abo'><p>Unser Newsletter bringt Ihnen jeden "
        "Freitag die wichtigsten Nachrichten zu Banken, Sparkassen und Zahlungsverkehr.</p>"
        "<input type='email' name='mail'><button>Abonnieren</button></form>"
    )
    page = page_with(f"<main><article><h1>Neue App</h1>{TEXT}{form}</article></main>")
    body = str(extract(page, URL, fetched_at=FETCHED)["body"])
    assert "warum ich zur App-Bank gewechselt bin" in body
    assert "Newsletter bringt" not in body
