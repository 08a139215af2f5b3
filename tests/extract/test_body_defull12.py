"""Body rules from de_full12's misses, judged on de_full13 (issue 11): kinds of page part of
archived and converted pages, each on small invented lines, with the text it must leave
alone."""

from __future__ import annotations

from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept


def test_a_row_of_one_cell_beside_spacer_cells_is_read_as_its_paragraph() -> None:
    assert _kept([f"| {line} | | |" for line in TEXT]) == TEXT
    assert _kept(["| Werbung | | |", *TEXT, "| © 2001 Finanzportal \\| Impressum | |"]) == TEXT


def test_a_row_of_two_filled_cells_stays_a_row() -> None:
    rows = ["| Tarif | Grundgebühr | |", "| Giro Basis | | 4,90 Euro |"]
    assert _kept([*TEXT, *rows]) == [*TEXT, *rows]


def test_a_converted_pdfs_page_break_leaves() -> None:
    lines = [*TEXT[:2], "Seite 1 von 2", "Sparkasse Musterstadt – Presseinformation vom 11.04.2006"]
    assert _kept([*lines, TEXT[2]]) == TEXT
    assert _kept([*TEXT[:1], "Page 1 of 3", *TEXT[1:]]) == TEXT


def test_a_running_head_repeating_the_letterhead_leaves_after_the_counter() -> None:
    # the letterhead above the text leaves as a label, its repeat as the running head
    top = ["Sparkasse Musterstadt", *TEXT]
    assert _kept([*top, "Seite 2/3", "Sparkasse Musterstadt – Namensbeitrag"]) == TEXT


def test_a_subheading_after_the_counter_stays() -> None:
    lines = [*TEXT[:2], "Seite 1 von 2", "Neue Filialen im Frühjahr", TEXT[2]]
    assert _kept(lines) == [*TEXT[:2], "Neue Filialen im Frühjahr", TEXT[2]]


def test_a_sentence_naming_a_page_stays() -> None:
    line = "Die Zahlen stehen auf Seite 1 von 2 des Berichts."
    assert _kept([*TEXT, line]) == [*TEXT, line]


def test_a_reprint_note_leaves() -> None:
    for note in (
        "Abdruck mit freundlicher Genehmigung der Musterstädter Zeitung.",
        "Nachdruck mit freundlicher Genehmigung des Verlags",
        "Reprinted with permission from the Example Gazette.",
    ):
        assert _kept([*TEXT, note]) == TEXT


def test_a_sentence_on_a_permission_stays() -> None:
    line = "Mit freundlicher Genehmigung der Stadt darf der Verein den Platz nutzen."
    assert _kept([*TEXT, line]) == [*TEXT, line]


def test_a_related_content_list_closes_the_text() -> None:
    related = ["Ähnliche Themen", "Jahresbilanz: Einlagen wachsen", "Neue Geldautomaten"]
    assert _kept([*TEXT, *related]) == TEXT
    assert _kept([*TEXT, "Related posts:", "- Our new branch"]) == TEXT


def test_a_related_heading_before_a_paragraph_leaves_alone() -> None:
    # the heading line itself is boilerplate; the paragraph after it stays
    line = (
        "Die Bank will im Herbst über weitere Filialen entscheiden, sagt der Vorstand; bis "
        "dahin bleiben alle Geschäftsstellen zu den gewohnten Zeiten geöffnet."
    )
    assert _kept([*TEXT, "Mehr zum Thema", line]) == [*TEXT, line]


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
