"""A guest's byline near the headline ("ein Gastbeitrag von Name, Datum") on a personal site
whose ``meta author`` is its owner (kind read in half O, issue 11): the guest is the author;
the cases it leaves alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://familie-roth.example/gastbeitrag-enkeltrick.html"
TEXT = "".join(
    f"<p>Der Anruf kam an einem Dienstag um {n} Uhr: Eine Stimme gab sich als Enkel aus und "
    "bat um Geld für eine angebliche Notlage, die Bank warnte rechtzeitig.</p>"
    for n in range(8, 13)
)


def authors(byline: str) -> list[str]:
    html = page_with(
        f"<h1>Der Enkeltrick kommt jetzt per WhatsApp</h1><p><i>{byline}</i></p>{TEXT}"
        "<hr><address>Seite gepflegt von Wolfgang Roth</address>",
        "<title>Familie Roths Homepage - Der Enkeltrick</title>"
        "<meta name='author' content='Wolfgang Roth'>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("ein Gastbeitrag von Ingrid Sommerkamp, 22.02.2026", ["Ingrid Sommerkamp"]),
        ("Gastkommentar von Jan van Dijk", ["Jan van Dijk"]),
        # an office before the academic title (session 49)
        ("Ein Gastbeitrag von Staatssekretärin Dr. Miriam Kallen", ["Dr. Miriam Kallen"]),
        # the lead in a node of its own, the guest in the next (session 35, de_full126)
        (
            "Ein Gastbeitrag von <strong>Prof. Dr. Mirjam Olberg</strong>",
            ["Prof. Dr. Mirjam Olberg"],
        ),
        (
            "Gastkommentar von <strong>Jan van Dijk</strong>, Inhaber des Bankhauses van Dijk",
            ["Jan van Dijk"],
        ),
        # a contribution's byline: its writer, not the account that posted it (session 47,
        # read on de_full174 and de_full154); a role after the comma is no second author
        (
            "<b>Ein Beitrag von Sven Otter, Berater bei der Agentur Kontorblick</b>",
            ["Sven Otter"],
        ),
        ("Ein Artikel von Katrin Lehm, Leiterin Zahlungsverkehr", ["Katrin Lehm"]),
        # two writers, each with a role (session 65, read on de_full681 and de_full546)
        (
            "Ein Beitrag von Sabine Kröger, Bankfachwirtin, und Tim Albers, CFP®",
            ["Sabine Kröger", "Tim Albers"],
        ),
        (
            "Ein Gastbeitrag von Dr. Miriam Rautenberg, Fachanwältin für Insolvenzrecht, und "
            "Rechtsanwalt Tobias Kessler",
            ["Dr. Miriam Rautenberg", "Tobias Kessler"],
        ),
        # no person joined to the guest: the guest alone
        (
            "Ein Beitrag von Sven Otter, Berater für Banken und Sparkassen",
            ["Sven Otter"],
        ),
        # a publication's credit on an aggregator is no contribution's writer
        ("Ein Artikel von Lippetal Post", ["Wolfgang Roth"]),
        # no guest word, or a group as the guest: the owner stays the author
        ("Von Wolfgang Roth, 22.02.2026", ["Wolfgang Roth"]),
        ("22.02.2026", ["Wolfgang Roth"]),
        ("ein Gastbeitrag vom Team Verbraucherschutz", ["Wolfgang Roth"]),
    ],
)
def test_guest_byline(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected


@pytest.mark.parametrize(
    "note",
    [
        "Dies ist ein Gastbeitrag von Elif Muster. Sie leitet das Social-Media-Team einer "
        "Direktbank und schreibt hier als Privatperson. – Wolfgang",
        "Dieser Beitrag ist ein Gastbeitrag von Elif Muster.",
    ],
)
def test_a_callouts_sentence_names_the_guest(note: str) -> None:
    # a blog's callout card over the text, left out of the body (session 39, de_full146)
    html = page_with(
        "<article><h1>Was wir aus zwei Jahren Banking auf Instagram gelernt haben</h1>"
        "<div class='kg-card kg-callout-card'><div class='kg-callout-emoji'>✍️</div>"
        f"<div class='kg-callout-text'><em>{note}</em></div></div>{TEXT}</article>",
        "<meta name='author' content='Wolfgang Roth'>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == ["Elif Muster"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a newsletter's "Guest post by" without an article, in one node or before a link
        # (session 40, en_az)
        ("Guest post by <a href='/@tsample'>Tom Sample</a>", ["Tom Sample"]),
        ("Guest post by Tom Sample", ["Tom Sample"]),
        ("Post by <a href='/@tsample'>Tom Sample</a>", ["Tom Sample"]),
    ],
)
def test_english_guest_lead(byline: str, expected: list[str]) -> None:
    html = page_with(
        f"<h1>What credit unions get right</h1><p>{byline}</p>{TEXT}",
        '<script type=\'application/ld+json\'>{"@type": "Article", "author": '
        '[{"@type": "Person", "name": "Tom Sample"}, '
        '{"@type": "Person", "name": "Wolfgang Roth"}]}</script>',
    )
    got = extract(html, URL, fetched_at=FETCHED)["authors"]
    assert got == (expected if "uest" in byline else ["Tom Sample", "Wolfgang Roth"])


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # an owner's note introducing the guest after a colon, a biography following
        # (session 40, de_full147)
        (
            "Heute gibt es mal wieder einen Gastbeitrag: Dr. Elif Muster ist Ökonomin an "
            "einer Hochschule. – Wolfgang",
            ["Elif Muster"],
        ),
        ("Unser Gastautor: Jan van Dijk leitet ein kleines Bankhaus.", ["Jan van Dijk"]),
        # no guest word before the colon: the owner stays
        ("Heute ein Thema: Elif Muster ist Ökonomin an einer Hochschule.", ["Wolfgang Roth"]),
    ],
)
def test_guest_introduced_after_a_colon(opening: str, expected: list[str]) -> None:
    html = page_with(
        f"<article><h1>Kinderkonten im Vergleich</h1><p><em>{opening}</em></p>{TEXT}</article>",
        "<meta name='author' content='Wolfgang Roth'>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == expected
