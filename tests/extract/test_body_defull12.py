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
