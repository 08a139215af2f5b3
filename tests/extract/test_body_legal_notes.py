"""The standing legal and regulatory notes under a text leave the body (issue 11,
data/legalnotes ``LEGAL_NOTE``, ``LEGAL_STATUS``): a liability waiver, the investment
warning, an opinion note, a lender's marks, a writer's disclosure, a firm's regulatory
status in a footer line; small invented lines."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize(
    "note",
    [
        "Alle Angaben ohne Gewähr. Zinsen Stand 1. März.",
        "Irrtümer und Änderungen vorbehalten.",
        "Die Wertentwicklung der Vergangenheit ist kein verlässlicher Indikator für die Zukunft.",
        "Past performance is no guarantee of future results.",
        "The views expressed are the author's own and not those of the bank.",
        "Member FDIC. Equal Housing Lender.",
        "Federally insured by NCUA. 18 Mill Road, Easton",
        "Analyst's Disclosure:",
        "Disclosure: I hold no shares in any bank named here.",
        "© 2011 Brackley Loans. Brackley Loans is authorised and regulated by the Financial "
        "Conduct Authority.",
        # a German issuer's or bank's notes (session 33)
        "Diese Mitteilung enthält zukunftsgerichtete Aussagen, die auf Einschätzungen beruhen.",
        "NICHT ZUR VERÖFFENTLICHUNG, VERBREITUNG ODER WEITERGABE IN DEN USA.",
        "Diese Veröffentlichung stellt weder ein Angebot zum Verkauf noch eine Aufforderung dar.",
        "Dies ist eine Werbemitteilung der Sparkasse Musterstadt.",
        "*Werbehinweis: Für Abschlüsse über gekennzeichnete Links erhalten wir eine Provision.",
        "Die im Interview geäußerten Meinungen sind die des Gesprächspartners.",
        # a paper's note on guests' and readers' pieces (session 46)
        "Leserbriefe geben nicht unbedingt die Meinung der Redaktion wieder.",
        "Gastbeiträge spiegeln nicht notwendigerweise die Meinung der Redaktion wider.",
        "Leserbriefe geben die Meinung der Verfasser wieder, nicht die der Redaktion.",
    ],
)
def test_a_legal_note_under_the_text_leaves(note: str) -> None:
    assert kept_lines([*LINES, note]) == LINES


@pytest.mark.parametrize(
    "line",
    [
        # the text's own sentences about a waiver, a warning, a regulator
        "Die Bank gibt ihre Zinsen ohne Gewähr an, kritisieren Verbraucherschützer.",
        "Analysts said past performance is no guarantee of future results for the fund.",
        "Die Bank will ihre Mitteilung nicht zur Veröffentlichung freigeben, sagte ein Sprecher.",
        "The regulator said the lender is authorised and regulated by the Financial Conduct "
        "Authority since 2009.",
        "Gastbeiträge geben oft die Meinung der Kunden wieder, sagt die Chefredakteurin.",
    ],
)
def test_the_texts_own_sentences_stay(line: str) -> None:
    assert kept_lines([*LINES, line]) == [*LINES, line]


def test_a_regulatory_status_early_in_the_text_stays() -> None:
    status = "Brackley Loans is authorised and regulated by the Financial Conduct Authority."
    lines = [LINES[0], status, *LINES[1:], "Weitere Zweigstellen folgen.", "Mehr im Herbst."]
    assert kept_lines(lines) == lines


def test_a_reported_status_stays() -> None:
    line = (
        "The regulator said the lender is authorised and regulated by the Financial "
        "Conduct Authority."
    )
    assert kept_lines([*LINES, line]) == [*LINES, line]
