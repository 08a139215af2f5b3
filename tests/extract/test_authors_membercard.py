"""A member card's full name over the member's status on the site ("Mitglied", "Level 3",
"38 Beiträge · 4 Fans", "Beiträge: 73"): the opening post's, question's or review's writer
on a forum, an answers site or a review portal, where nothing else names anyone
(:func:`~newsarchive.extract.namedate.member_card`; kind read in halves BT, BU, AH, BC, BD
and AV, issue 11). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.kontotreff.example/thema/4711"
TEXT = "".join(
    f"<p>Seit dem {n}. Mai verlangt meine Genossenschaftsbank für jede beleghafte Überweisung "
    "einen Euro, und am Schalter konnte mir niemand sagen, ob das so bleibt.</p>"
    for n in range(1, 5)
)
HEADLINE = "Gebühr für Überweisungen am Schalter?"


def authors(card: str, before: bool = False) -> list[str]:
    head = f"<h1>{HEADLINE}</h1>"
    post = f"<div class='post'>{card}{'' if before else head}<div class='text'>{TEXT}</div></div>"
    html = page_with(
        f"<div id='top'><a class='brand'>Kontotreff</a></div>{head if before else ''}{post}",
        f"<title>{HEADLINE} - Kontotreff</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("card", "before"),
    [
        # a forum's poster cell
        ("<div class='poster'><b>Gerlinde Aufderheide</b><br><small>Mitglied<br>"
         "Beiträge: 73</small></div>", False),
        # a review portal's reviewer
        ("<div class='reviewer'><a>Gerlinde Aufderheide</a><br><small>38 Beiträge · 4 Fans"
         "</small></div>", False),
        # an answers site's asker, the card above the question
        ("<div class='asker'><a>Gerlinde Aufderheide</a> <small>Level 3</small></div>", True),
        ("<div><span>Gerlinde Aufderheide</span><span>, Mitglied seit 2004</span></div>", False),
        # an English rank a German forum's software keeps (session 43)
        ("<div class='pinfo'><b>Gerlinde Aufderheide</b><br>Member<br>Posts: 218</div>", False),
    ],
)  # fmt: skip
def test_a_member_cards_full_name_is_the_author(card: str, before: bool) -> None:
    assert authors(card, before) == ["Gerlinde Aufderheide"]


@pytest.mark.parametrize(
    "card",
    [
        # a login, no full name
        "<div class='poster'><b>kontofuchs_77</b><br><small>Mitglied</small></div>",
        # an organisation
        "<div class='poster'><b>Sparkasse Hasetal</b><br><small>Mitglied</small></div>",
        # a board's member, no member of the site
        "<div><b>Gerlinde Aufderheide</b><br><small>Mitglied des Vorstands</small></div>",
        # a rank over the post count: no name
        "<div class='pinfo'><b>HBS_Staff</b><br>Board Staff<br>Posts: 669</div>",
    ],
)
def test_no_member_card_names_nobody(card: str) -> None:
    assert authors(card) == []
