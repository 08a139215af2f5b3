"""A closing paragraph about the credited writer ("A ist Finanzjournalistin und schreibt …")
leaves the body (kind read in de_full136, issue 11), each writer's of several, and one that names
the writer by the role ("Die Autorin ist …"; session 55: 3 read judges' pages up, none down,
one dev page's bio out); what stays, on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://tagblatt-muster.example/kolumne/ratenkauf-an-der-kasse/"
TEXT = "".join(
    f"<p>Im {n}. Absatz der Kolumne geht es darum, warum immer mehr junge Leute an der Kasse "
    "in Raten zahlen und was das für ihre Finanzen bedeutet.</p>"
    for n in range(1, 6)
)


def body(byline: str, closing: str) -> str:
    html = page_with(
        f"<article><h1>Ratenkauf an der Kasse</h1><p class='byline'>{byline}</p>"
        f"<div class='text'>{TEXT}{closing}</div></article>",
        "<title>Ratenkauf an der Kasse</title>",
    )
    return str(extract(html, URL, fetched_at=FETCHED)["body"])


BIO = "Gesa Timmermann ist Finanzjournalistin und schreibt jeden zweiten Samstag über Geld."


@pytest.mark.parametrize(
    ("byline", "closing"),
    [
        ("Von Gesa Timmermann", f"<p>{BIO}</p>"),
        ("Von Gesa Timmermann", f"<p>Dr. {BIO}</p>"),  # a title the byline leaves out
        ("Von Gesa Timmermann", f"<p>{BIO}</p><p>Alle Kolumnen im Archiv.</p>"),
    ],
)
def test_a_closing_bio_of_the_writer_leaves(byline: str, closing: str) -> None:
    assert "Finanzjournalistin" not in body(byline, closing)


@pytest.mark.parametrize(
    ("byline", "closing"),
    [
        ("Von Jan Ulm", f"<p>{BIO}</p>"),  # not the writer: a person the text quotes
        ("Von Gesa Timmermann", "<p>Gesa Timmermann sagt, die Bank ist schuld.</p>"),
        ("Von Gesa Timmermann", f"<p>{BIO}</p>" + "<p>Noch ein langer Absatz dazu.</p>" * 2),
    ],
)
def test_other_closing_paragraphs_stay(byline: str, closing: str) -> None:
    assert closing.split("</p>")[0].removeprefix("<p>") in body(byline, closing)


def test_each_writer_s_closing_bio_leaves() -> None:
    # two writers close with two bios (session 55)
    closing = f"<p>{BIO}</p><p>Jan Ulm leitet die Wirtschaftsredaktion des Tagblatts.</p>"
    text = body("Von Gesa Timmermann und Jan Ulm", closing)
    assert "Finanzjournalistin" not in text
    assert "Wirtschaftsredaktion" not in text


@pytest.mark.parametrize(
    "bio",
    [
        "Die Autorin ist Fachanwältin für Bankrecht und Partnerin einer Kanzlei in Kassel.",
        "Der Autor lehrt Volkswirtschaftslehre an der Hochschule Musterstadt.",
    ],
)
def test_a_bio_naming_the_writer_by_role_leaves(bio: str) -> None:
    # (session 55: the role for the name, "Die Autorin ist …")
    assert bio not in body("Von Gesa Timmermann", f"<p>{bio}</p>")
