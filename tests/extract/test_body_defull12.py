"""Body rules from de_full12's misses, judged on de_full13 (issue 11): kinds of page part of
archived and converted pages, each on small invented lines, with the text it must leave
alone."""

from __future__ import annotations

from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept

URL = "http://www.volksbank-muster.example/presse/pm_981117.htm"
PARAGRAPHS = [
    "Die Volksbank Musterstadt zählt inzwischen mehr als zwanzigtausend Konten, die über das "
    "Internet geführt werden, teilte die Bank am Dienstag mit.",
    "Für jede Buchung brauchen die Kunden eine persönliche Geheimzahl und eine "
    "Transaktionsnummer, die sie auf einer Liste von der Bank erhalten.",
    "Im kommenden Jahr will die Bank auch den Kauf von Wertpapieren über das Internet "
    "anbieten, einen Probezugang gibt es in allen Geschäftsstellen.",
]


def _table_page(cell: str, side: str = "") -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>Volksbank Musterstadt - Presse</title></head>"
        f"<body><table width='760'><tr><td valign='top'>{side}</td><td>{cell}</td></tr></table>"
        "</body></html>"
    ).encode()


def _lines(page: bytes) -> list[str]:
    from extract_pages import FETCHED

    from newsarchive.extract import extract

    return str(extract(page, URL, fetched_at=FETCHED)["body"]).split("\n\n")


def test_a_layout_tables_cell_of_paragraphs_is_read_paragraph_by_paragraph() -> None:
    runs = "".join(f"<font face='Arial' size='2'>{p}</font><br><br>" for p in PARAGRAPHS)
    contact = "<font size='1'>Ansprechpartnerin: Birgit Muster<br>Telefon 0123 456</font>"
    nav = "<a href='/'>Home</a><br><a href='/presse'>Presse</a><br><a href='/kontakt'>Kontakt</a>"
    lines = _lines(_table_page(runs + contact, nav))
    assert lines[:3] == PARAGRAPHS  # each run a paragraph, not one line with the contact box


def test_a_data_table_stays_a_table() -> None:
    rows = "".join(f"<tr><td>Giro {n}</td><td>{n},90 Euro</td></tr>" for n in range(1, 4))
    page = (
        "<html><head><meta charset='utf-8'></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + f"<table>{rows}</table></article></body></html>"
    ).encode()
    assert "| Giro 1 | 1,90 Euro |" in _lines(page)


def test_a_line_of_contact_details_leaves() -> None:
    for line in (
        "presse@bank.example · +49 30 1234 5678",
        "Tel.: 0711 123-456, E-Mail: info@volksbank-muster.example",
        "presse@bank.example",
    ):
        assert _kept([*TEXT, line]) == TEXT


def test_numbers_and_sentences_with_an_address_stay() -> None:
    lines = [
        "1.234.567",
        "Fragen beantwortet das Team unter presse@bank.example oder 030 1234 5678.",
    ]
    assert _kept([*TEXT, *lines]) == [*TEXT, *lines]


def test_a_rule_drawn_with_characters_leaves() -> None:
    for rule in ("__________________", "----------", "=========="):
        assert _kept([*TEXT[:2], rule, TEXT[2]]) == TEXT


def test_a_line_opening_with_dashes_and_text_stays() -> None:
    line = "-- Die Bank will im Herbst weitere Filialen eröffnen."
    assert _kept([*TEXT, line]) == [*TEXT, line]
