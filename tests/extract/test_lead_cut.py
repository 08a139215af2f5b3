"""Lead rule for a description cut at a length (issue 11, ``leadcut.py``): where the body's
opening paragraph starts with a lead that ends no sentence, the whole paragraph becomes the
lead (no word or sentence split between lead and body); a lead of whole sentences still
comes off the paragraph."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, PRICES_URL

from newsarchive.extract import extract
from newsarchive.extract.leadcut import split_opening

OPENING = (
    "Wer die Sparkasse sucht, findet sie seit einigen Wochen auch auf YouTube. Die Beiträge "
    "reichen von Tipps zur Altersvorsorge bis zu Einblicken in die Ausbildung."
)


@pytest.mark.parametrize("cut", [95, 110, 120])
def test_a_lead_cut_mid_sentence_takes_the_whole_paragraph(cut: int) -> None:
    assert split_opening(OPENING[:cut], OPENING) == (OPENING, "")


def test_a_lead_of_whole_sentences_comes_off_the_paragraph() -> None:
    first = OPENING.split(" Die ")[0]
    assert split_opening(first, OPENING) == (first, "Die " + OPENING.split(" Die ")[1])


def test_a_page_whose_description_is_cut_keeps_its_opening_whole() -> None:
    more = "".join(
        f"<p>Im {n}. Absatz erklärt die Sparkasse, warum sie auf Videos setzt und was "
        "Kundinnen und Kunden davon haben sollen.</p>"
        for n in range(1, 4)
    )
    page = (
        "<html><head><meta charset='utf-8'><title>Sparkasse auf YouTube</title>"
        f"<meta name='description' content='{OPENING[:110]}'></head><body><main><article>"
        f"<h1>Sparkasse auf YouTube</h1><p>{OPENING}</p>{more}</article></main></body></html>"
    ).encode()
    found = extract(page, PRICES_URL, fetched_at=FETCHED)
    text = f"{found['lead']} {found['body']}"
    assert "Altersvorsorge bis zu Einblicken in die Ausbildung." in text
