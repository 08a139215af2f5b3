"""A note on how this version of the text was made or which version binds leaves the text
wherever it stands: "Diese Anfrage wurde automatisch aus dem PDF der Drucksache
extrahiert.", "Dieses Transkript wurde automatisch erstellt …", "This article was
automatically translated from German.", "Rechtsverbindlich ist allein die … PDF-Fassung.",
"Only the German version … is legally binding."; a sentence about software stays. Issue 11,
session 57: 9 read judges' snippets up (de_full364, de_full370, de_full376, en_ct, en_cu,
de_full126, de_full4), none down; no dev text changes. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import body_around


@pytest.mark.parametrize(
    "note",
    [
        "Diese Anfrage wurde automatisch aus dem PDF der Drucksache extrahiert. Fehler in "
        "Tabellen sind möglich.",
        "Die HTML-Fassung wird automatisch aus der Drucksache erzeugt. Verbindlich ist allein "
        "die PDF-Fassung.",
        "Dieses Transkript wurde automatisch erstellt und redaktionell geprüft. Es kann Fehler "
        "enthalten.",
        "Das Transkript wurde maschinell erstellt und redaktionell geglättet.",
        "Rechtsverbindlich ist allein die im Amtsblatt veröffentlichte PDF-Fassung.",
        "This article was automatically translated from German.",
        "This is a translation of the German press release. Only the German version of this "
        "press release is legally binding.",
    ],
)
def test_a_version_note_leaves_the_text(note: str) -> None:
    body = body_around(f"<p>{note}</p>")
    assert note[:30] not in body
    assert "warum die Preise steigen" in body
    assert "warum sie sinken" in body


@pytest.mark.parametrize(
    "sentence",
    [
        "Die App erzeugt aus dem Foto der Rechnung automatisch eine Überweisung für das Konto.",
        "Der Vertrag ist verbindlich, sobald die Bank ihn bestätigt hat und die Frist läuft.",
        "The bank's app was automatically updated overnight for all of its customers.",
    ],
)
def test_a_sentence_about_something_else_stays(sentence: str) -> None:
    assert sentence in body_around(f"<p>{sentence}</p>")
