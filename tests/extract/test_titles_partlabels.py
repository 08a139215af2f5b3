"""Titles whose separated segment is only a numbered part of a chaptered or paged
publication ("Festschrift - Kapitel 3", "Headline - Seite 2"; issue 11), on small invented
pages: the segment is cut as a page kind is, and the chapter's own heading stands."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Abschnitt erzählt die Chronik, wie die Genossen im Dorf das erste Geld "
    "zusammenlegten und wer die Kasse in den schweren Jahren führte.</p>"
    for n in range(1, 4)
)
URL = "http://www.100jahre-vb-musterdorf.example/teil2.htm"


def title_of(body: str, title: str) -> str:
    head = f"<title>{title}</title>"
    return str(extract(page_with(body, head), URL, fetched_at=FETCHED)["title"])


def test_a_chapter_label_segment_leaves_the_chapters_heading() -> None:
    body = (
        "<div id='kopf'><h1><img src='bilder/wappen.gif' alt='Volksbank Musterdorf eG'></h1>"
        "</div><p class='festschrift'>100 Jahre Volksbank Musterdorf</p>"
        "<div id='inhalt'><p class='nummer'>Teil 2</p><h2>Die Kasse in der Wirtschaftskrise</h2>"
        f"{TEXT}</div>"
    )
    assert title_of(body, "100 Jahre Volksbank Musterdorf - Teil 2") == (
        "Die Kasse in der Wirtschaftskrise"
    )


def test_a_page_number_segment_is_cut_from_a_headline() -> None:
    body = f"<div><h2>Wie die Genossen das erste Geld sammelten</h2>{TEXT}</div>"
    assert title_of(body, "Wie die Genossen das erste Geld sammelten - Seite 2") == (
        "Wie die Genossen das erste Geld sammelten"
    )


def test_a_part_label_opening_a_title_stays_in_the_headline() -> None:
    body = f"<div><b>Teil 2 - Die Kasse in der Wirtschaftskrise</b>{TEXT}</div>"
    assert title_of(body, "Teil 2 - Die Kasse in der Wirtschaftskrise") == (
        "Teil 2 - Die Kasse in der Wirtschaftskrise"
    )
