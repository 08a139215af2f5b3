"""The archived original page of an article, for the Datasette plugin ``originalseite``.

:func:`render` reads an article's page from the WARC files and returns it either as
cleaned HTML (scripts, event handlers, frames, forms, embedded objects, images and other
external resources removed; served with a Content-Security-Policy ``sandbox``, so nothing
of the publisher's runs on the archive's origin) or as plain text (HTTP head and HTML
source). :func:`origin` says where the article's text came from.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlencode, urlsplit

from datasette.utils import tilde_encode

from newsarchive.archive.warcfiles import resolve
from newsarchive.archive.warcread import WarcDamage, decode_body, is_url, read_record_at
from newsarchive.crawl.warcpages import page_encoding
from newsarchive.serve.present import german_date

#: Headers of the cleaned page: no script, no plugin, no request to anyone, an origin of
#: its own (``sandbox``), no referrer, no content sniffing.
SAFE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex, nofollow",
}
#: Row columns the page and the origin need.
COLUMNS = "url, site, fetched_at, archive_url, archived_at, warc_file, warc_offset, source_archive"


@dataclass
class Page:
    """A response of the plugin route."""

    body: str
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=lambda: dict(SAFE_HEADERS))


def tilde(value: str) -> str:
    """Datasette's encoding of a primary key in a row URL."""
    return str(tilde_encode(value))


def query(row: dict[str, Any]) -> str:
    """The route's query string for a row."""
    return urlencode({"url": row["url"]})


#: The tables whose rows have a page.
PAGE_TABLES = ("articles", "copies", "skipped")


async def stored_row(
    db: Any, url: str, tables: tuple[str, ...] = PAGE_TABLES
) -> dict[str, Any] | None:
    """The row of ``url`` in the first of ``tables`` that has it (with its table)."""
    if not url:
        return None
    for table in tables:
        try:
            columns = (
                COLUMNS
                if table == "articles"
                else COLUMNS.replace(
                    "archive_url, archived_at, ", "NULL AS archive_url, NULL AS archived_at, "
                )
            )
            if table == "skipped":
                columns = columns.replace("fetched_at", "recorded_at AS fetched_at")
            result = await db.execute(f"SELECT {columns} FROM {table} WHERE url = ?", [url])
        except Exception:  # an archive from before the WARC columns
            continue
        rows = result.rows
        if rows:
            return {"table": table, **dict(rows[0])}
    return None


def origin(row: dict[str, Any]) -> str:
    """Where the text came from, in German: crawl, Wayback Machine or a WARC import."""
    source = row.get("source_archive") or ""
    name = PurePosixPath(urlsplit(source).path if is_url(source) else source).name
    if row.get("archive_url"):
        text = f"Wayback Machine, Aufnahme vom {german_date(row.get('archived_at'))}"
        return text + (f", importiert aus {name}" if source else "")
    if source:
        kind = "CC-NEWS" if name.upper().startswith("CC-NEWS") else "WARC-Datei"
        return f"Import aus {kind} ({name}), abgerufen am {german_date(row.get('fetched_at'))}"
    host = urlsplit(row.get("url") or "").hostname or row.get("site") or ""
    return f"Crawl von {host}, abgerufen am {german_date(row.get('fetched_at'))}"


def _text(message: str, status: int = 200) -> Page:
    return Page(message + "\n", status, "text/plain; charset=utf-8")


def render(row: dict[str, Any], db_path: str | None, as_text: bool, back: str) -> Page:
    """The row's archived page: cleaned HTML, or plain text with ``as_text``."""
    if not row.get("warc_file") or row.get("warc_offset") is None or not db_path:
        return _text("Für diese Seite ist keine Originalseite gespeichert (archiviert, bevor "
                     "das Archiv WARC-Dateien schrieb).", 404)  # fmt: skip
    source = resolve(row["warc_file"], db_path)
    if is_url(source):
        return _text(f"Die Originalseite liegt in der WARC-Datei {source} "
                     f"(Offset {row['warc_offset']}); sie wird hier nicht abgerufen.")  # fmt: skip
    try:
        record = read_record_at(source, int(row["warc_offset"]))
    except (WarcDamage, OSError) as error:
        return _text(f"Die WARC-Datei ist nicht lesbar: {error}", 404)
    head = record.http()
    if head is None:
        return _text("Der Eintrag der WARC-Datei enthält keine HTTP-Antwort.", 404)
    body, headers = decode_body(record.payload(), head)
    encoding = page_encoding(record.uri, head.status, headers, body) or "utf-8"
    text = body.decode(encoding, errors="replace")
    if as_text:
        lines = [f"{head.protocol} {head.status}", *(f"{k}: {v}" for k, v in headers)]
        return _text("\n".join(lines) + "\n\n" + text)
    return Page(cleaned(text, banner(row, back)))


def banner(row: dict[str, Any], back: str) -> str:
    """The notice above the page (escaped)."""
    e = html.escape
    text_href = "?" + urlencode({"url": row["url"], "format": "text"})
    return (
        '<div style="font:14px sans-serif;background:#ffd;border-bottom:2px solid #cc9;'
        'padding:8px 12px;margin:0 0 12px 0;overflow-wrap:anywhere">'
        f"<strong>Archivierte Originalseite</strong> {e(row['url'])} ({e(origin(row))}). "
        "Skripte, Formulare und externe Inhalte sind entfernt. "
        f'<a href="{e(text_href)}">Als Text anzeigen</a> · '
        f'<a href="{e(back)}">Zurück zum Artikel</a></div>'
    )


def cleaned(page: str, notice: str) -> str:
    """The page without anything that runs or loads, with ``notice`` at the top."""
    from lxml import html as lxml_html
    from lxml_html_clean import Cleaner

    cleaner = Cleaner(scripts=True, javascript=True, comments=True, style=True, links=True,
                      meta=True, page_structure=False, processing_instructions=True,
                      embedded=True, frames=True, forms=True, annoying_tags=True,
                      safe_attrs_only=True)  # fmt: skip
    try:
        document = lxml_html.document_fromstring(page)
    except Exception:  # an empty or unparseable page: show the notice alone
        return f"<!DOCTYPE html><html><body>{notice}</body></html>"
    document = cleaner.clean_html(document)
    for element in document.iter("img", "source", "video", "audio", "picture", "link"):
        for attribute in ("src", "srcset", "href", "poster"):
            element.attrib.pop(attribute, None)
    for anchor in document.iter("a"):
        anchor.set("rel", "noopener noreferrer nofollow")
    body = document.find("body")
    notice_element = lxml_html.fragment_fromstring(notice)
    if body is not None:
        body.insert(0, notice_element)
    out = lxml_html.tostring(document, encoding="unicode", doctype="<!DOCTYPE html>")
    return out if body is not None else notice + out
