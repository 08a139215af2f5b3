"""Titles on hand-made newsletter pages whose big-font issue label ("Kundenbrief 4/1999")
stands over the story's headline (issue 11), on small invented pages: numbers are no words
of a headline element."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz erklärt der Verband, was die Umstellung auf den Euro für die "
    "Konten, die Sparbücher und die Daueraufträge bedeutet.</p>"
    for n in range(1, 4)
)
URL = "http://www.sparerbund-nord.example/kundenbrief/kb4_99.htm"


def _title(label: str) -> str:
    body = (
        f"<center><font size=+2>{label}</font></center><hr>"
        "<p><font size=-1>Ausgabe vom 22. November 1999</font></p>"
        f"<p><b><font size=+1>Der Euro kommt: Was Sparer jetzt wissen müssen</font></b></p>{TEXT}"
    )
    page = page_with(body, "<title>Sparerbund Nord</title>")
    return str(extract(page, URL, fetched_at=FETCHED)["title"])


def test_an_issue_label_in_a_big_font_is_no_headline() -> None:
    assert _title("Kundenbrief 4/1999") == "Der Euro kommt: Was Sparer jetzt wissen müssen"


def test_a_big_font_line_of_three_words_stays_the_headline() -> None:
    assert _title("Kundenbrief zum Jahresende") == "Kundenbrief zum Jahresende"
