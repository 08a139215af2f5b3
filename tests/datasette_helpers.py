"""A small invented archive for the search, Datasette, feed and browser tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsarchive.archive import search
from newsarchive.archive.storage import Archive
from newsarchive.items import ArticleItem
from newsarchive.serve import config as serving
from newsarchive.sqlite import sqlite3

#: The archive's Datasette metadata and its stored queries.
METADATA = serving.metadata()
QUERIES: dict[str, Any] = METADATA["databases"]["archive"]["queries"]

#: Script-bearing content: must never reach a page, snippet or feed unescaped.
XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'

ARTICLES = [
    ArticleItem(
        url="https://www.welt.de/wirtschaft/banken-netzwerke.html",
        site="welt",
        site_name="Welt Online",
        title="Banken nutzen gern soziale Netzwerke",
        lead="Die GLS Bank ist auf Facebook, die Großbanken fürchten den Kontrollverlust.",
        body="Immer mehr Geldhäuser twittern.\n\nDie GLS Bank pflegt eine Facebook-Seite "
        "mit vielen Fans.\n\nEin Bankmanager der Deutschen Bank sagt, man beobachte "
        "die sozialen Netzwerke genau.",
        authors=["Anna Beispiel"],
        published="2013-03-12T10:00:00+01:00",
        fetched_at="2024-02-01T08:00:00+00:00",
        language="de",
        source="Welt Online",
        banks=["GLS Bank", "Deutsche Bank"],
        networks=["Facebook", "Twitter"],
    ),
    ArticleItem(
        url="https://www.handelsblatt.com/finanzen/sparkasse-tiktok.html",
        site="handelsblatt",
        site_name="Handelsblatt",
        title="Die Sparkasse tanzt auf TikTok",
        lead="Sparkassenkunden sollen jünger werden.",
        body="Die Hamburger Sparkasse zeigt Videos auf TikTok.\n\nDer Gründer einer Agentur "
        "erklärt die Strategie der Sparkassen.",
        authors=["Bernd Muster", "Clara Probe"],
        published="2021-06-01T09:30:00+02:00",
        fetched_at="2024-02-01T08:05:00+00:00",
        language="de",
        banks=["Hamburger Sparkasse"],
        networks=["TikTok"],
    ),
    ArticleItem(
        url="https://t3n.de/news/commerzbank-instagram.html",
        site="t3n",
        site_name="t3n",
        title="Commerzbank-Chef startet Instagram-Kanal",
        lead="Die Commerzbank setzt auf Bilder.",
        body="Der Vorstandschef der Commerzbank postet Fotos.\n\nKritiker sprechen von "
        "einem Shitstorm in den Netzwerken.",
        published="2019-11-20T12:00:00+01:00",
        fetched_at="2024-02-01T08:10:00+00:00",
        language="de",
        banks=["Commerzbank"],
        networks=["Instagram"],
    ),
    ArticleItem(
        url="https://www.welt.de/wirtschaft/gruender-fintech.html",
        site="welt",
        site_name="Welt Online",
        title="Fintech-Gruender wollen Banken ärgern",
        lead="Junge Unternehmen greifen die Geldinstitute an.",
        body="Die Gruender setzen auf Apps und auf YouTube-Videos.\n\nDie Strasse der "
        "Finanzbranche ist lang.",
        published="2016-05-03T07:00:00+02:00",
        fetched_at="2024-02-01T08:15:00+00:00",
        language="de",
        banks=[],
        networks=["YouTube"],
    ),
    ArticleItem(
        url="https://steadynews.de/xss-test.html",
        site="steadynews",
        site_name="steadynews.de",
        title=f"Bank im Test {XSS}",
        lead=f"Ein Test mit Skript {XSS}",
        body=f"Die Bank und {XSS} Twitter.",
        published="2020-01-15T10:00:00+01:00",
        fetched_at="2024-02-01T08:20:00+00:00",
        language="de",
        banks=["Postbank"],
        networks=["Twitter"],
        authors=[XSS],
    ),
]


def build_archive(path: Path) -> Path:
    """Write :data:`ARTICLES` into a new archive at ``path`` through the storage API."""
    archive = Archive(path)
    for item in ARTICLES:
        archive.add_article(item)
    archive.close()
    return path


def search_connection(path: Path) -> sqlite3.Connection:
    """:func:`build_archive` at ``path``, opened with the German query function."""
    conn = sqlite3.connect(build_archive(path))
    conn.create_function("german_query", 1, search.german_query, deterministic=True)
    return conn


def archive_app(folder: Path) -> Any:
    """Datasette in-process, configured as ``newsarchive serve``, on the invented archive
    built in ``folder``."""
    return serving.datasette_app(build_archive(folder / "archive.db"))
