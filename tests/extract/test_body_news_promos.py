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
        # read on de_full63 (session 28): tip lines, follow prompts, newsletter rhythm, print note
        "Sie haben Hinweise? Schreiben Sie uns vertraulich an hinweise@zeitung.example.",
        "Sie wissen mehr? Kontaktieren Sie unser Investigativ-Team vertraulich über Signal.",
        "WhatsApp-Kanal: Folgen Sie dem Tagblatt jetzt auch auf WhatsApp.",
        "Der Newsletter: Einmal pro Woche alles Wichtige aus der Fintech-Welt.",
        "Hinweis der Redaktion: Dieser Artikel erschien zuerst in der Printausgabe.",
        # a teaser link's line: an arrow, a space, a headline
        "» Volksbank eröffnet neues Beratungszentrum in der Innenstadt",
        "→ Girokonto für Kinder: Ab welchem Alter ein eigenes Konto sinnvoll ist",
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
        "Die Polizei sagt, sie habe Hinweise auf weitere Täter.",
        "Kunden können der Bank jetzt auch auf WhatsApp Fragen stellen.",
        "Korrektur: In einer früheren Fassung dieses Artikels hieß es, der Schaden sei höher.",
        "»Wir schließen keine Filiale«, sagte der Vorstand.",
        "» Wir schließen keine Filiale «",
    ],
)
def test_story_lines_on_the_same_things_stay(line: str) -> None:
    assert _kept([*TEXT, line]) == [*TEXT, line]
