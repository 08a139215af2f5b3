"""What a news site prints in its text besides the story: the prompt to report a mistake,
the note that the text was made or translated with AI, the audio player's label, the
paywall's and the metered wall's offers, the app's promo, the comment login's prompt and
the home link. Each leaves wherever it stands; the story's own words about the same things
stay."""

from __future__ import annotations

import pytest
from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept


@pytest.mark.parametrize(
    "line",
    [
        "Fehler gefunden? Dann markieren Sie die Stelle und drücken Sie Strg+Enter.",
        "Haben Sie einen Fehler entdeckt? Schreiben Sie uns.",
        "Ist Ihnen ein Fehler im Text aufgefallen? Melden Sie ihn hier.",
        "Dieser Text wurde mit Unterstützung von KI erstellt und redaktionell geprüft.",
        "Dieser Artikel wurde mithilfe einer KI übersetzt.",
        "Mit KI übersetzt und von der Redaktion überprüft.",
        "Diesen Artikel vorlesen lassen",
        "Artikel anhören",
        "Lesen Sie jetzt weiter mit Musterblatt+",
        "Jetzt 4 Wochen gratis testen",
        "Sie haben noch 3 kostenlose Artikel in diesem Monat.",
        "Mehr News gibt es in unserer App – jetzt kostenlos herunterladen.",
        "Sie möchten diesen Artikel kommentieren? Loggen Sie sich ein.",
        "Zur Startseite",
    ],
)
@pytest.mark.parametrize("where", [1, 3])
def test_news_promo_line_leaves(line: str, where: int) -> None:
    assert _kept([*TEXT[:where], line, *TEXT[where:]]) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Die Bank hat nach eigenen Angaben einen Fehler im System gefunden und behoben.",
        "Der Beitrag wurde nach Angaben der Sparkasse von einem Team aus drei Leuten erstellt.",
        "Kunden können sich Kontoauszüge in der App künftig auch vorlesen lassen.",
        "Die Sparkasse will ihre Inhalte künftig mit KI übersetzen lassen.",
    ],
)
def test_story_lines_on_the_same_things_stay(line: str) -> None:
    assert _kept([*TEXT, line]) == [*TEXT, line]
