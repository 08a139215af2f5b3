"""Versions of an article: what a newspaper changed after publication.

A re-check (``newsarchive recheck``, :mod:`newsarchive.crawl.recheck`) fetches a stored
article again. When its title, lead, body, authors or publication date differ from the
stored ones *after normalising* (Unicode NFC, invisible characters such as soft hyphens
and zero-width spaces removed, every run of white space one space), the previous text is
kept as a row of ``versions`` with a word-level diff to its successor (paragraph breaks
kept, shown as line breaks), and ``articles`` gets the newest text with
``version_count``, ``changed_at`` and ``change_kinds``. A re-render (white space,
invisible characters) is no change. A page that answers 404/410 or redirects elsewhere
is marked removed (``removed_at``, "depubliziert"); its text stays.

The re-check state of each article (validators for conditional requests, when it was
last checked and with what result) is the table ``rechecks``; ``validators`` keeps the
``ETag``/``Last-Modified`` a crawl received for each article page (by fetched address),
so even the first re-check is a conditional request.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from newsarchive.extract.text import drop_invisible

#: Compared fields and the kind of change (German, as the facets show it) each makes.
FIELD_KINDS: dict[str, str] = {
    "title": "Überschrift",
    "lead": "Text",
    "body": "Text",
    "authors": "Autor",
    "published": "Datum",
}
#: The kind of change of an article taken down (404/410 or redirected elsewhere).
REMOVED = "entfernt"
#: Kinds in the order the interface lists them.
KINDS = ("Überschrift", "Text", "Autor", "Datum", REMOVED)

_SPACE = re.compile(r"\s+")
#: White space a renderer may put in or take out without changing a word.
_EXTRA_SPACE = dict.fromkeys(map(ord, "\u00a0\u2007\u202f"), " ")


def normalise(text: str | None) -> str:
    """``text`` as compared: NFC, invisible characters removed, white space folded."""
    value = drop_invisible(unicodedata.normalize("NFC", text or ""))
    return _SPACE.sub(" ", value.translate(_EXTRA_SPACE)).strip()


def authors_text(value: Any) -> str:
    """A list of authors (or its JSON text) as one comparable string."""
    if isinstance(value, str):
        try:
            value = json.loads(value or "[]")
        except ValueError:
            value = [value]
    return "; ".join(normalise(str(a)) for a in value or [] if normalise(str(a)))


def snapshot(row: Mapping[str, Any]) -> dict[str, str]:
    """The compared fields of an ``articles`` row or article item, normalised."""
    return {
        "title": normalise(row.get("title")),
        "lead": normalise(row.get("lead")),
        "body": normalise(row.get("body")),
        "authors": authors_text(row.get("authors")),
        "published": normalise(row.get("published"))[:10],  # the day; not a re-render's time
    }


def paragraphs(text: str | None) -> str:
    """``text`` as shown in a diff: each paragraph normalised, paragraphs one ``\\n``
    apart (so a diff keeps the breaks a comparison ignores)."""
    parts = (normalise(part) for part in (text or "").split("\n"))
    return "\n".join(part for part in parts if part)


def shown(row: Mapping[str, Any]) -> dict[str, str]:
    """The compared fields as a diff shows them: :func:`snapshot` with paragraphs kept."""
    return {**snapshot(row), "lead": paragraphs(row.get("lead")),
            "body": paragraphs(row.get("body"))}  # fmt: skip


def content_key(fields: Mapping[str, str]) -> str:
    """A short hash of a snapshot (identifies a version's text)."""
    text = "\x1f".join(fields[name] for name in FIELD_KINDS)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def change_kinds(old: Mapping[str, str], new: Mapping[str, str]) -> list[str]:
    """The kinds of change between two snapshots, in :data:`KINDS` order (none: [])."""
    found = {kind for name, kind in FIELD_KINDS.items() if old[name] != new[name]}
    return [kind for kind in KINDS if kind in found]


#: A diff's tokens: words, and a paragraph break as a token of its own.
_TOKEN = re.compile(r"\n|[^ \n]+")
#: A paragraph break in a diff's text (the ``\\n`` token between spaces).
BREAK = "\n"


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """A word-level diff: ``[("=", same), ("-", deleted), ("+", added), ...]``; tokens
    joined by spaces, a paragraph break (``\\n`` in the text) kept as a token."""
    a, b = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    ops: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(("=", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            ops.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            ops.append(("+", " ".join(b[j1:j2])))
    return ops


def field_diffs(old: Mapping[str, str], new: Mapping[str, str],
                shown_old: Mapping[str, str] | None = None,
                shown_new: Mapping[str, str] | None = None) -> dict[str, list[Any]]:  # fmt: skip
    """The word diff of every compared field that changed (``old``/``new``: snapshots),
    drawn between ``shown_old`` and ``shown_new`` (:func:`shown`, paragraphs kept) if
    given."""
    a, b = shown_old or old, shown_new or new
    return {name: word_diff(a[name], b[name]) for name in FIELD_KINDS if old[name] != new[name]}


def diff_html(ops: Iterable[Iterable[str]], context: int = 12) -> str:
    """A diff as HTML: deleted words in ``<del>``, added in ``<ins>``, all text escaped.

    Long unchanged stretches are shortened to ``context`` words either side (``…``). A
    paragraph break is a line break (``<br>``); a deleted or added one also shows ``¶``.
    """
    parts: list[str] = []
    for op, text in (tuple(o) for o in ops):
        if op in ("-", "+"):
            tag = "del" if op == "-" else "ins"
            parts.append(f"<{tag}>{_html(text.split(' '), '¶<br>')}</{tag}>")
        else:
            words = text.split(" ")
            if len(words) > 2 * context + 1:
                words = [*words[:context], "…", *words[-context:]]
            parts.append(_html(words, "<br>"))
    return " ".join(parts)


def _html(words: list[str], paragraph: str) -> str:
    return " ".join(paragraph if word == BREAK else escape(word) for word in words)


# --- the tables -------------------------------------------------------------------------


def create_tables(db: Any) -> None:
    """``versions``, ``rechecks`` and the version columns of ``articles`` (a migration)."""
    articles = db.table("articles")
    for column, kind in (("version_count", int), ("changed_at", str), ("change_kinds", str),
                         ("removed_at", str), ("removed_reason", str)):  # fmt: skip
        if column not in articles.columns_dict:
            articles.add_column(column, kind)
    articles.create_index(["changed_at"], if_not_exists=True)
    db.table("versions").create(
        {"id": int, "article_url": str, "version": int, "title": str, "lead": str,
         "body": str, "authors": str, "published": str, "modified": str, "seen_at": str,
         "replaced_at": str, "kinds": str, "diff": str, "content_key": str},
        pk="id", not_null={"article_url", "version"}, if_not_exists=True,
    )  # fmt: skip
    db.table("versions").create_index(["article_url", "version"], unique=True, if_not_exists=True)
    db.table("rechecks").create(
        {"url": str, "site": str, "fetch_url": str, "first_seen": str, "last_checked": str,
         "checks": int, "last_status": str, "etag": str, "last_modified": str},
        pk="url", if_not_exists=True,
    )  # fmt: skip
    db.table("validators").create(
        {"url": str, "etag": str, "last_modified": str, "seen_at": str},
        pk="url", if_not_exists=True,
    )  # fmt: skip
    db.execute("DROP VIEW IF EXISTS nachtraeglich_geaendert")
    db.execute(CHANGED_VIEW)


#: The view "Nachträglich geändert": changed and removed articles, newest change first,
#: with the columns datasette-atom needs for its feed (plain text content only).
CHANGED_VIEW = """
CREATE VIEW nachtraeglich_geaendert AS
SELECT
  a.url AS url,
  a.title AS titel,
  coalesce(a.site_name, a.site) AS medium,
  a.changed_at AS geaendert_am,
  coalesce(a.version_count, 1) AS fassungen,
  coalesce(a.change_kinds, '[]') AS aenderungen,
  a.removed_at AS entfernt_am,
  a.published AS veroeffentlicht,
  a.url || '#' || a.changed_at AS atom_id,
  a.title AS atom_title,
  a.changed_at AS atom_updated,
  a.url AS atom_link,
  CASE WHEN a.removed_at IS NOT NULL
       THEN 'Entfernt (depubliziert) am ' || substr(a.removed_at, 1, 10)
            || coalesce(' (' || a.removed_reason || ')', '') || '. '
       ELSE '' END
  || 'Geändert: ' || replace(replace(replace(coalesce(a.change_kinds, '[]'),
       '[', ''), ']', ''), '"', '')
  || '. ' || coalesce(a.version_count, 1) || ' Fassungen.' AS atom_content
FROM articles a
WHERE a.changed_at IS NOT NULL
ORDER BY a.changed_at DESC
"""


def stored_kinds(value: str | None) -> list[str]:
    """The ``change_kinds`` JSON of an article as a list."""
    try:
        kinds = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(k) for k in kinds] if isinstance(kinds, list) else []


def _merge_kinds(old: str | None, new: Iterable[str]) -> str:
    found = set(stored_kinds(old)) | set(new)
    return json.dumps([k for k in KINDS if k in found], ensure_ascii=False)


#: Where the page of a kept version lies in the WARC files (the stored row's fields).
VERSION_WARC_FIELDS = ("warc_file", "warc_offset", "warc_record_id")


def record_change(
    db: Any, stored: Mapping[str, Any], new_row: Mapping[str, Any], seen_at: str
) -> list[str]:
    """Compare a stored article with its new fetch; on a change keep the stored text as a
    ``versions`` row (with the diff to the new text and the WARC location of the page it
    was read from) and update the article's version
    columns. Returns the kinds of change ([] when nothing changed). The caller commits;
    the new text itself is written by the store stage.

    Idempotent: if the newest kept version already holds the stored text (a run stopped
    between this and the store stage's commit), no second row is written.
    """
    old, new = snapshot(stored), snapshot(new_row)
    kinds = change_kinds(old, new)
    if not kinds:
        return []
    url = stored["url"]
    last = db.execute(
        "SELECT version, content_key FROM versions WHERE article_url = ? "
        "ORDER BY version DESC LIMIT 1",
        [url],
    ).fetchone()
    number = (last[0] if last else 0) + 1
    if last and last[1] == content_key(old):
        number = last[0]
    else:
        db.execute(
            "INSERT INTO versions (article_url, version, title, lead, body, authors, published,"
            " modified, seen_at, replaced_at, kinds, diff, content_key, warc_file, warc_offset,"
            " warc_record_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [url, number, stored.get("title"), stored.get("lead"), stored.get("body"),
             stored.get("authors"), stored.get("published"), stored.get("modified"),
             stored.get("fetched_at"), seen_at, json.dumps(kinds, ensure_ascii=False),
             json.dumps(field_diffs(old, new, shown(stored), shown(new_row)),
                        ensure_ascii=False), content_key(old),
             *(stored.get(name) for name in VERSION_WARC_FIELDS)],
        )  # fmt: skip
    db.execute(
        "UPDATE articles SET version_count = ?, changed_at = ?, change_kinds = ? WHERE url = ?",
        [number + 1, seen_at, _merge_kinds(stored.get("change_kinds"), kinds), url],
    )
    return kinds


def mark_removed(db: Any, url: str, reason: str, when: str) -> bool:
    """Mark an article removed ("depubliziert") at ``when``; its text stays. False if
    there is no such article or it is already marked."""
    row = db.execute(
        "SELECT change_kinds, removed_at FROM articles WHERE url = ?", [url]
    ).fetchone()
    if row is None or row[1]:
        return False
    db.execute(
        "UPDATE articles SET removed_at = ?, removed_reason = ?, changed_at = ?,"
        " change_kinds = ?, version_count = coalesce(version_count, 1) WHERE url = ?",
        [when, reason, when, _merge_kinds(row[0], [REMOVED]), url],
    )
    return True


def article_versions(db: Any, url: str) -> list[dict[str, Any]]:
    """The kept versions of an article, oldest first, diffs decoded (with the WARC
    location of the page each was read from)."""
    cursor = db.execute(
        "SELECT version, title, seen_at, replaced_at, kinds, diff, warc_file, warc_offset,"
        " warc_record_id FROM versions"
        " WHERE article_url = ? ORDER BY version",
        [url],
    )
    columns = [c[0] for c in cursor.description]
    rows = []
    for values in cursor.fetchall():
        row = dict(zip(columns, values, strict=True))
        row["kinds"] = stored_kinds(row["kinds"])
        row["diff"] = json.loads(row["diff"] or "{}")
        rows.append(row)
    return rows
