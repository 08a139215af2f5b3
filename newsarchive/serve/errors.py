"""German texts for Datasette's error messages, titles and filter operators, so every
page a journalist can reach reads German (error.html, table.html)."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

#: Titles by HTTP status.
TITLES = {400: "Ungültige Anfrage", 403: "Kein Zugriff", 404: "Nicht gefunden",
          405: "Methode nicht erlaubt", 413: "Antwort zu groß", 500: "Interner Fehler"}  # fmt: skip

#: Datasette's English titles of pages rendered without a status (its 403 page).
GIVEN_TITLES = {"Forbidden": "Kein Zugriff", "Not Found": "Nicht gefunden",
                "Invalid SQL": "Ungültiges SQL"}  # fmt: skip

#: Datasette's English messages (regular expression) -> German (``{0}``: first group).
MESSAGES = [
    (r"Cannot sort table by (.+)", "Nach „{0}“ kann nicht sortiert werden."),
    (r"Cannot sort by (.+)", "Nach „{0}“ kann nicht sortiert werden."),
    (r"Table not found: (.+)", "Tabelle „{0}“ gibt es nicht."),
    (r"Table not found", "Diese Tabelle oder Seite gibt es nicht."),
    (r"Record not found", "Diesen Datensatz gibt es nicht."),
    (r"Database not found: (.+)", "Datenbank „{0}“ gibt es nicht."),
    (r"Database not found", "Diese Datenbank gibt es nicht."),
    (r"Row not found: (.+)", "Datensatz „{0}“ gibt es nicht."),
    (r"Row not found", "Diesen Datensatz gibt es nicht."),
    (r"Query not found: (.+)", "Abfrage „{0}“ gibt es nicht."),
    (r"Invalid SQL: (.+)", "Ungültiges SQL: {0}"),
    (r"Statement must be a SELECT", "Nur Abfragen mit SELECT sind erlaubt."),
    # SQLite's own messages, as a data journalist's SQL meets them
    (r"no such column: (.+)", "Spalte „{0}“ gibt es nicht."),
    (r"no such table: -", "Diese Seite gibt es nicht."),
    (r"no such table: (.+)", "Tabelle „{0}“ gibt es nicht."),
    (r"no such function: (.+)", "Funktion „{0}“ gibt es nicht."),
    (r"ambiguous column name: (.+)", "Spaltenname „{0}“ ist mehrdeutig (Tabelle davor angeben)."),
    (r"incomplete input", "Die Abfrage ist unvollständig."),
    (r'near "(.+)": syntax error', "Syntaxfehler bei „{0}“."),
    (r"unrecognized token: (.+)", "Unbekanntes Zeichen {0}."),
    (r"(?:attempt to write a readonly database|readonly database)", "Das Archiv ist nur lesbar."),
    (
        r"You did not supply a value for binding parameter (.+)\.?",
        "Für den Parameter „{0}“ fehlt ein Wert.",
    ),
    (
        r"Cannot use _sort and _sort_desc at the same time",
        "Nur eine Sortierung auf einmal (_sort oder _sort_desc).",
    ),
    (r"SQL query took too long.*", "Die Abfrage hat zu lange gedauert und wurde abgebrochen."),
    (r"(?s).*sql_time_limit_ms.*", "Die Abfrage hat zu lange gedauert und wurde abgebrochen."),
    (r"_size must be a positive integer", "_size muss eine positive ganze Zahl sein."),
    (r"_size must be <= (\d+)", "_size darf höchstens {0} sein."),
    (r"Invalid _facet_size", "Ungültige Facettengröße."),
    (r"Invalid _sort.*", "Ungültige Sortierung."),
    (r"Not found", "Diese Seite gibt es nicht."),
    (r"Permission denied", "Kein Zugriff."),
    (r"Forbidden", "Kein Zugriff."),
    (r"Method not allowed", "Diese Methode ist hier nicht erlaubt."),
    (r"string or blob too big", "Das Ergebnis wäre zu groß."),
    (r"interrupted", "Die Abfrage hat zu lange gedauert und wurde abgebrochen."),
]
_COMPILED = [(re.compile(pattern + r"\Z", re.I), text) for pattern, text in MESSAGES]
#: German lead-ins our own code puts before a message from Datasette or SQLite.
_PREFIX = re.compile(r"(Fehler in der SQL-Abfrage: )(.+)\Z", re.S)
#: A message in English (translated nowhere above): a few function words tell it.
_ENGLISH = re.compile(
    r"\b(the|not|no|cannot|must|only|invalid|found|such|error|is|are|"
    r"does|with|for|table|row|column|query|something|went|wrong|"
    r"failed|unable|please|unknown|missing|allowed|disabled)\b",
    re.I,
)

#: German names of Datasette's filter operators (``filters.lookups()`` keys).
LOOKUPS = {
    "exact": "gleich", "not": "ungleich", "contains": "enthält", "endswith": "endet mit",
    "startswith": "beginnt mit", "gt": ">", "gte": "≥", "lt": "<", "lte": "≤",
    "like": "wie (LIKE)", "notlike": "nicht wie (NOT LIKE)", "glob": "Muster (GLOB)",
    "in": "ist einer von", "notin": "ist keiner von", "arraycontains": "Liste enthält",
    "arraynotcontains": "Liste enthält nicht", "date": "Datum ist", "isnull": "ist leer",
    "notnull": "ist nicht leer", "isblank": "ist leer oder fehlt",
    "notblank": "ist nicht leer und vorhanden",
}  # fmt: skip


def german_error(message: object) -> Markup:
    """A Datasette or SQLite error message in German, escaped (:func:`translate`; HTML
    messages such as "SQL Interrupted" never show the SQL)."""
    text = re.sub(r"<[^>]+>", " ", str(message or ""))
    text = " ".join(text.split())
    if "time limit" in text or "took too long" in text:
        return Markup(escape("Die Abfrage hat zu lange gedauert und wurde abgebrochen. "
                             "Bitte die Suche oder Abfrage eingrenzen."))  # fmt: skip
    return Markup(escape(translate(text)))


def translate(text: str) -> str:
    """``text`` in German: a known message translated, an unknown English one replaced
    by a general German sentence, a German one kept."""
    prefix = _PREFIX.match(text)
    if prefix:
        return prefix.group(1) + translate(prefix.group(2))
    for pattern, german in _COMPILED:
        match = pattern.match(text)
        if match:
            return german.format(*match.groups())
    if _ENGLISH.search(re.sub(r"„[^“]*“", "", text)):  # never show an English message untranslated
        return "Die Anfrage konnte nicht bearbeitet werden."
    return text


def title(status: int | None, given: str | None = None) -> str:
    """The error page's German title."""
    if given and given.lower().startswith("sql interrupted"):
        return "Abfrage abgebrochen"
    if not status and given in GIVEN_TITLES:
        return GIVEN_TITLES[given]
    return TITLES.get(int(status or 500), f"Fehler {status}")


def lookup_label(key: str, display: str) -> str:
    """A filter operator's German name."""
    return LOOKUPS.get(key, display)
