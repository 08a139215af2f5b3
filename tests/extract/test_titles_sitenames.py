"""Titles: headings that name the site, its publisher or the page's kind, not the post."""

from __future__ import annotations

from extract_pages import FETCHED, article_page, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.raiffeisen-nordheide.example/presse/instagram-bilanz"


def title_of(page: bytes, url: str = URL) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


def test_the_site_name_with_its_legal_form_as_h1_is_passed_over() -> None:
    # a bank's press page: the <h1> is the bank with its legal form (the logo shows it too),
    # the release's own title stands in a <strong> and in the <title>
    head = "<title>Raiffeisenbank zählt 9.000 Follower auf Instagram — Raiffeisen Nordheide</title>"
    body = (
        "<header><a class='logo' href='/'>Raiffeisen Nordheide</a></header><main>"
        "<h1>Raiffeisen Nordheide eG</h1><div class='release'>"
        "<strong>Raiffeisenbank zählt 9.000 Follower auf Instagram</strong>"
        "<p>Die Bank zieht nach einem Jahr Bilanz und will den Kanal weiter ausbauen.</p>"
        "</div></main>"
    )
    assert title_of(page_with(body, head)) == "Raiffeisenbank zählt 9.000 Follower auf Instagram"


def test_a_headline_naming_the_site_stays() -> None:
    # the headline names the bank and more: the words of a story, not the site's name
    head = "<title>Raiffeisen Nordheide eG zählt 9.000 Follower | Raiffeisen Nordheide</title>"
    page = article_page(head, "<h1>Raiffeisen Nordheide eG zählt 9.000 Follower</h1>")
    assert title_of(page) == "Raiffeisen Nordheide eG zählt 9.000 Follower"


def test_a_company_named_first_in_the_title_is_no_post_heading() -> None:
    # a trade fair's exhibitor news: "Exhibitor GmbH | Headline | Fair"; the exhibitor's
    # profile box shows its name as a heading, which does not make the <h1> a section's name
    head = (
        "<title>Kassenwerk GmbH | Kassenwerk bringt Kartenzahlung auf den Wochenmarkt | "
        "Handelsmesse 2027</title><meta property='og:site_name' content='Handelsmesse 2027'>"
    )
    top = "<h1>Kassenwerk bringt Kartenzahlung auf den Wochenmarkt</h1>"
    tail = "<section class='profile'><h2>Ausstellerprofil</h2><h3>Kassenwerk GmbH</h3></section>"
    page = article_page(head, top, tail)
    url = "https://www.handelsmesse.example/aussteller/news/kassenwerk"
    assert title_of(page, url) == "Kassenwerk bringt Kartenzahlung auf den Wochenmarkt"


def test_a_knowledge_pages_h1_is_a_page_kind() -> None:
    # a shop's knowledge page: the stage's <h1> names the section, the metadata the post
    body = (
        "<main><section class='stage'><h1 class='stage__headline'>Wissen</h1></section>"
        f"<article>{paragraphs('eine Richtlinie hilft')}</article></main>"
    )
    head = (
        "<title>Was ist eine Social-Media-Richtlinie? » Auental-Shop</title>"
        "<meta property='og:title' content='Was ist eine Social-Media-Richtlinie?'>"
    )
    url = "https://www.auental-shop.example/wissen/social-media-richtlinie"
    assert title_of(page_with(body, head), url) == "Was ist eine Social-Media-Richtlinie?"
