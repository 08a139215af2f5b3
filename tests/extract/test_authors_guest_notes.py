"""A guest post's callout or closing note names the guest with the academic title the page
shows: "Ein Gastbeitrag von Dr. Ilka Hartmann. Sie forscht …" (or ", Professorin …"; in
English "This is a guest essay by Dr. A, a lecturer …") in a box over the text, and
"Gastautor: Benedikt Auer studiert …" closing it (:data:`~newsarchive.extract.data.GUEST_BYLINE`,
:data:`~newsarchive.extract.data.guestclosing.GUEST_LABEL_CLOSING`; kind read on
de_full96, session 33, issue 11). Small invented pages; the owner's byline stays where no
note names a guest."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED, page_with

from newsarchive.extract import extract

URL = "https://fintech-notizen.example/bnpl-regulierung-gastbeitrag/"
HEADLINE = "Buy now, pay later: Warum die neue Richtlinie nicht reicht"


def authors(before: str = "", after: str = "") -> list[str]:
    """The authors of an invented blog post by the owner with ``before`` and ``after`` it."""
    html = page_with(
        f"<article><h1>{HEADLINE}</h1><div class='byline'>Von <a href='/author/paul/'>Paul "
        f"Sander</a></div><section class='content'>{before}{ARTICLE}{after}</section>"
        "</article>",
        f"<title>{HEADLINE}</title><meta name='author' content='Paul Sander'>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "<div class='callout'><div class='emoji'>✍️</div><div class='text'>Ein Gastbeitrag "
            "von Dr. Ilka Hartmann. Sie forscht an der Hochschule Weserbergland zu "
            "Verbraucherkrediten.</div></div>",
            "",
            ["Dr. Ilka Hartmann"],
        ),
        (
            "",
            "<p class='signature'>Gastautor: Benedikt Auer studiert Medienwissenschaft in Kiel."
            "</p>",
            ["Benedikt Auer"],
        ),
        # the guest's role after a comma; in English ("This is a guest essay by Dr. A, a
        # senior lecturer …": a Ghost callout under a team account; session 34, en_ar)
        (
            "<div class='callout'><div class='text'>Ein Gastbeitrag von Dr. Ilka Hartmann, "
            "Professorin für Bankbetriebslehre an der Hochschule Weserbergland.</div></div>",
            "",
            ["Dr. Ilka Hartmann"],
        ),
        (
            "<div class='kg-callout-card'><div class='kg-callout-text'>This is a guest essay by "
            "Dr. Hannah Lim, a senior lecturer in banking and finance. Views are her own."
            "</div></div>",
            "",
            ["Dr. Hannah Lim"],
        ),
        # an editor's note opening the text, the guest's "from" too (HubSpot blogs; session
        # 53, read on en_by and en_ca); the editor it names is no writer
        (
            "<p><em>Editor's note: This is a guest post from Dana Whitcombe, VP of Marketing at "
            "Fox Hollow Credit Union. It was edited by Kim Park.</em></p>",
            "",
            ["Dana Whitcombe"],
        ),
        (
            "<p><em>Editor's note: This is a guest post by Marisol Vega, VP of Member "
            "Experience at Harbor State Credit Union.</em></p>",
            "",
            ["Marisol Vega"],
        ),
        ("", "<p>Gastbeiträge geben die Meinung ihrer Autorinnen wieder.</p>", ["Paul Sander"]),
    ],
)
def test_guest_note(before: str, after: str, expected: list[str]) -> None:
    assert authors(before, after) == expected


def test_guest_in_a_post_heads_last_field() -> None:
    # Hugo PaperMod's head: day · change note · reading time · "Gastbeitrag von Dr. A"
    head = (
        "<div class='post-meta'><span>05.05.2013</span>&nbsp;·&nbsp;<span>(Zuletzt bearbeitet:"
        " 07.01.2019)</span>&nbsp;·&nbsp;5 Min.&nbsp;·&nbsp;Gastbeitrag von Dr. Lorenz "
        "Ebbinghaus</div>"
    )
    assert authors(head) == ["Dr. Lorenz Ebbinghaus"]
