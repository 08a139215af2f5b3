"""Body rules from de_full29's misses, judged on de_full30 and half BF (issue 11): kinds of
page part read on de_full29 (and the older read sets), each on small invented pages. Kept:
a closing "Name, Role" line is no label under the text (it signs the post); the comments
caption rule (d65edf5a) was rejected and its tests left with it."""

from __future__ import annotations

from extract_pages import FETCHED, PRICES_URL, page_with, paragraphs

from newsarchive.extract import extract


def test_a_name_and_role_closing_the_text_signs_it() -> None:
    last = (
        "<p>Die neuen Preise gelten ab dem ersten Tag des kommenden Quartals für alle Konten, "
        "auch für bestehende, und eine neue Vereinbarung müssen die Kundinnen und Kunden dafür "
        "nicht unterschreiben.</p>"
    )
    text = paragraphs("die Preise steigen", 3) + last
    page = page_with(f"<main><h1>Neue Preise</h1>{text}<p>Ulrich Beispiel, Kassenwart</p></main>")
    result = extract(page, PRICES_URL, fetched_at=FETCHED)
    assert result["authors"] == ["Ulrich Beispiel"]
    assert "erklärt im 3. Absatz" in str(result["body"])
