"""A team account or a login in byline markup yields to the person the byline text names."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://blog.example/2026/11/03/sparkasse-auf-instagram/"
TEXT = "".join(
    f"<p>Die Sparkasse Musterstadt erklärt im {n}. Absatz, warum sie jetzt auf Instagram "
    "setzt und was Kundinnen und Kunden davon haben sollen.</p>"
    for n in range(1, 5)
)


def meta(account: str, slug: str) -> str:
    return (
        "<div class='entry-meta'>Von <span class='author vcard'><a class='url fn n' "
        f"href='/author/{slug}/'>{account}</a></span></div>"
    )


def authors(body: str) -> list[str]:
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("account", "slug", "line", "expected"),
    [
        ("Redaktion", "redaktion", "<p>Geschrieben von Jana Beispiel</p>", ["Jana Beispiel"]),
        ("Blogteam", "blogteam", "<p>Von Jonas Probst</p>", ["Jonas Probst"]),
        ("bankfan84", "bankfan84", "<p>Verfasst von Mira Exempel</p>", ["Mira Exempel"]),
        # the account a blog posts its guests' texts under (session 39, de_full146)
        ("Gastbeiträge", "gastbeitraege", "<p>Von Jonas Probst</p>", ["Jonas Probst"]),
        # an office's account (session 39: de_full109, de_full123, r)
        ("Pressestelle", "presse", "<p>Von Jonas Probst</p>", ["Jonas Probst"]),
        ("Pfarrbüro", "pfarrbuero", "<p>Geschrieben von Jana Beispiel</p>", ["Jana Beispiel"]),
        ("Schulleitung", "schulleitung", "<p>Von Mira Exempel</p>", ["Mira Exempel"]),
        # left alone: no person named, or a person's name in the markup itself
        ("Redaktion", "redaktion", "", ["Redaktion"]),
        ("Anna Muster", "anna", "<p>Geschrieben von Jana Beispiel</p>", ["Anna Muster"]),
    ],
)
def test_team_account_yields_to_a_persons_byline(
    account: str, slug: str, line: str, expected: list[str]
) -> None:
    body = f"<article><h1>Sparkasse auf Instagram</h1>{meta(account, slug)}{line}{TEXT}</article>"
    assert authors(body) == expected


def test_another_posts_byline_on_a_blogs_front_page_is_not_the_persons() -> None:
    """A front page lists posts: the account's post first, a person's post below it."""
    second = (
        f"<article><h2>Volksbank auf TikTok</h2>{meta('Tom Beispiel', 'tb')}"
        "<p>Von Tom Beispiel</p></article>"
    )
    body = f"<article><h1>Sparkasse auf Instagram</h1>{meta('uadmin', 'uadmin')}{TEXT}</article>"
    assert authors(body + second) == ["uadmin"]


def posted_by(login: str, profile: str) -> list[str]:
    """A post whose byline shows a login, a profile box the full name (a menu word before)."""
    html = page_with(
        f"<nav><a>Netzwerk</a><a>Ereignisse</a></nav><aside><h3>{profile}</h3></aside>"
        "<article><h1>Die Sparkasse geht auf Instagram</h1>"
        f"<p class='author'>Von {login}</p><div>{TEXT}</div></article>",
        "<title>Die Sparkasse geht auf Instagram</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("login", "profile", "expected"),
    [
        # a login of a first name and the surname's initial, the profile showing the name
        ("nilsb", "Nils Brackmann", ["Nils Brackmann"]),
        ("lenah", "Lena Hoffmann", ["Lena Hoffmann"]),
        # the logins read before still spelled out ("nbrackmann", "nilsbrackmann")
        ("nbrackmann", "Nils Brackmann", ["Nils Brackmann"]),
        # another person's name spells no login
        ("nilsb", "Lena Hoffmann", ["nilsb"]),
    ],
)
def test_login_of_first_name_and_initial(login: str, profile: str, expected: list[str]) -> None:
    assert posted_by(login, profile) == expected


@pytest.mark.parametrize(
    "head",
    [
        "<dd class='createdby'>Geschrieben von: <span>Super User</span></dd>",
        "<div class='itemAuthor'>Geschrieben von admin am 25.09.2003</div>",
    ],
)
def test_an_install_account_s_byline_text_yields_to_the_next(head: str) -> None:
    # a CMS's default account in its byline text ("Super User", "admin"): the byline the
    # text itself opens with names the writer
    body = (
        f"<article><h2>Weniger als die Hälfte zahlt noch bar</h2>{head}"
        f"<div class='body'><p><strong>Von Lena Beispiel, dpa</strong></p>{TEXT}</div></article>"
    )
    assert authors(body) == ["Lena Beispiel", "dpa"]


def ld_author(name: str) -> str:
    return (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author": '
        f'{{"@type": "Person", "name": "{name}"}}}}</script>'
    )


@pytest.mark.parametrize(
    ("account", "shown", "expected"),
    [
        # JSON-LD's account, shown nowhere, under the byline's markup naming a person (and
        # her agency): the byline (session 45, read on en_bf)
        ("Wire Service", "", ["Hannah Okafor", "Globe Wire"]),
        # left alone: the page shows the JSON-LD's name too
        ("Jana Beispiel", "<p>Mitarbeit: Jana Beispiel</p>", ["Jana Beispiel"]),
    ],
)
def test_an_unseen_json_ld_account_yields_to_the_byline_markup(
    account: str, shown: str, expected: list[str]
) -> None:
    byline = meta("Hannah Okafor | Globe Wire", "wire")
    body = f"<article><h1>Sparkasse auf Instagram</h1>{byline}{TEXT}{shown}</article>"
    html = page_with(body, ld_author(account))
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == expected


def ld_organisation(name: str) -> str:
    return (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author": '
        f'[{{"@type": "Organization", "name": "{name}"}}]}}</script>'
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a copy's source credited as JSON-LD's organisation, the page's byline a person's
        # (session 50, read on dates_ds and de_full78)
        ("<p>Von Jana Kessberg</p><p>Quelle: Rheinischer Geldbote</p>", ["Jana Kessberg"]),
        # no person in the byline: the organisation stands
        ("<p>Quelle: Rheinischer Geldbote</p>", ["Rheinischer Geldbote"]),
        # a login in the byline is no person either
        ("<p>Von jk_2024</p><p>Quelle: Rheinischer Geldbote</p>", ["Rheinischer Geldbote"]),
    ],
)
def test_a_json_ld_organisation_yields_to_a_persons_byline(line: str, expected: list[str]) -> None:
    body = f"<article><h1>Wie die Neobank um Kundschaft wirbt</h1>{line}{TEXT}</article>"
    html = page_with(body, ld_organisation("Rheinischer Geldbote"))
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == expected
