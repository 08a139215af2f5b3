"""Change detection, word diffs and the versions table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.archive import storage, versions

ROW = {
    "url": "https://example.org/a", "title": "Banken twittern", "lead": "Vorspann.",
    "body": "Erster Absatz.\n\nZweiter Absatz mit Facebook.", "authors": '["Anna B."]',
    "published": "2026-11-28T09:00:00+01:00", "fetched_at": "2026-11-28T09:05:00+00:00",
}  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Die Bank  twittert\n\ngern", "Die Bank twittert gern"),
        ("Face\u00adbook-Seite", "Facebook-Seite"),
        ("Zero\u200bwidth\ufeff", "Zerowidth"),
        ("geschützt\u00a0vor", "geschützt vor"),
        ("Gru\u0308nder", "Gründer"),  # decomposed umlaut
    ],
)
def test_a_re_render_is_no_change(old: str, new: str) -> None:
    assert versions.normalise(old) == versions.normalise(new)
    kinds = versions.change_kinds(versions.snapshot({**ROW, "body": old}),
                                  versions.snapshot({**ROW, "body": new}))  # fmt: skip
    assert kinds == []


@pytest.mark.parametrize(
    ("field", "value", "kinds"),
    [
        ("title", "Banken twittern nicht", ["Überschrift"]),
        ("lead", "Neuer Vorspann.", ["Text"]),
        ("body", "Erster Absatz.\n\nZweiter Absatz mit Twitter.", ["Text"]),
        ("authors", ["Anna B.", "Bernd C."], ["Autor"]),
        ("published", "2026-11-27T09:00:00+01:00", ["Datum"]),
        ("published", "2026-11-28T11:30:00+01:00", []),  # same day: a re-render's time
        ("modified", "2026-11-29T09:00:00+01:00", []),  # a bumped modified date alone
    ],
)
def test_change_kinds(field: str, value: object, kinds: list[str]) -> None:
    new = versions.snapshot({**ROW, field: value})
    assert versions.change_kinds(versions.snapshot(ROW), new) == kinds


def test_word_diff_and_escaped_html() -> None:
    ops = versions.word_diff("Die Bank <b>twittert</b> gern", "Die Bank twittert nicht gern")
    assert ops == [("=", "Die Bank"), ("-", "<b>twittert</b>"), ("+", "twittert nicht"),
                   ("=", "gern")]  # fmt: skip
    html = versions.diff_html(ops)
    assert html == "Die Bank <del>&lt;b&gt;twittert&lt;/b&gt;</del> <ins>twittert nicht</ins> gern"


def test_diff_html_shortens_long_unchanged_stretches() -> None:
    words = " ".join(f"w{i}" for i in range(100))
    html = versions.diff_html(versions.word_diff(words + " alt", words + " neu"), context=5)
    assert html.startswith("w0 w1 w2 w3 w4 … w95")
    assert html.endswith("<del>alt</del> <ins>neu</ins>")


def test_a_diff_keeps_the_paragraph_breaks() -> None:
    old = versions.paragraphs("Erster  Absatz.\n\n Zweiter Absatz mit Facebook.")
    new = versions.paragraphs("Erster Absatz.\nZweiter Absatz mit Twitter.\n\nDritter.")
    assert old == "Erster Absatz.\nZweiter Absatz mit Facebook."
    html = versions.diff_html(versions.word_diff(old, new))
    assert html == ("Erster Absatz. <br> Zweiter Absatz mit <del>Facebook.</del> "
                    "<ins>Twitter. ¶<br> Dritter.</ins>")  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        ("Eins.\n\nZwei.", "Eins. Zwei.", "Eins. <del>¶<br></del> Zwei."),
        ("Eins. Zwei.", "Eins.\nZwei.", "Eins. <ins>¶<br></ins> Zwei."),
    ],
)
def test_a_break_added_or_removed_is_marked(old: str, new: str, shown: str) -> None:
    ops = versions.word_diff(versions.paragraphs(old), versions.paragraphs(new))
    assert versions.diff_html(ops) == shown


def test_a_stored_diff_shows_the_paragraphs(tmp_path: Path) -> None:
    db = storage.open_db(tmp_path / "a.db")
    db.table("articles").insert(ROW)
    new = {**ROW, "body": "Erster Absatz.\n\nZweiter Absatz mit Twitter."}
    assert versions.record_change(db.conn, ROW, new, "2026-11-29T10:00:00+00:00") == ["Text"]
    diff = json.loads(db.execute("SELECT diff FROM versions").fetchone()[0])
    assert diff["body"][0] == ["=", "Erster Absatz. \n Zweiter Absatz mit"]
    assert "<br>" in versions.diff_html(diff["body"])


def test_record_change_keeps_the_previous_text(tmp_path: Path) -> None:
    db = storage.open_db(tmp_path / "a.db")
    db.table("articles").insert(ROW)
    new = {**ROW, "title": "Banken twittern nicht"}
    with db.atomic():
        assert versions.record_change(db, ROW, new, "2026-11-28T12:00:00+00:00") == ["Überschrift"]
    kept = versions.article_versions(db, ROW["url"])
    assert [(v["version"], v["title"], v["kinds"]) for v in kept] == [
        (1, "Banken twittern", ["Überschrift"])
    ]
    assert kept[0]["diff"]["title"] == [["=", "Banken twittern"], ["+", "nicht"]]
    row = db.execute("SELECT version_count, changed_at, change_kinds FROM articles").fetchone()
    assert row == (2, "2026-11-28T12:00:00+00:00", '["Überschrift"]')
    # a run stopped before the store stage wrote the new text: no second version
    stored = {**ROW, "change_kinds": row[2]}
    with db.atomic():
        versions.record_change(db, stored, new, "2026-11-28T13:00:00+00:00")
    assert db.execute("SELECT count(*) FROM versions").fetchone()[0] == 1
    assert versions.record_change(db, new, {**new, "body": new["body"] + " "}, "x") == []


def test_a_kept_version_keeps_the_warc_location_of_its_page(tmp_path: Path) -> None:
    db = storage.open_db(tmp_path / "a.db")
    stored = {**ROW, "warc_file": "warc/na-1.warc.gz", "warc_offset": 4096,
              "warc_record_id": "<urn:uuid:1>"}  # fmt: skip
    db.table("articles").insert(stored)
    new = {**stored, "body": "Ein neuer Absatz.", "warc_file": "warc/na-2.warc.gz",
           "warc_offset": 0, "warc_record_id": "<urn:uuid:2>"}  # fmt: skip
    with db.atomic():
        versions.record_change(db, stored, new, "2026-11-29T08:00:00+00:00")
    (kept,) = versions.article_versions(db, ROW["url"])
    where = (kept["warc_file"], kept["warc_offset"], kept["warc_record_id"])
    assert where == ("warc/na-1.warc.gz", 4096, "<urn:uuid:1>")  # the old text's page


def test_mark_removed_keeps_text_and_marks_once(tmp_path: Path) -> None:
    db = storage.open_db(tmp_path / "a.db")
    db.table("articles").insert(ROW)
    assert versions.mark_removed(db, ROW["url"], "http-410", "2026-11-29T08:00:00+00:00")
    assert not versions.mark_removed(db, ROW["url"], "http-404", "2026-11-30T08:00:00+00:00")
    assert not versions.mark_removed(db, "https://example.org/none", "http-404", "x")
    row = next(db.query("SELECT * FROM articles"))
    assert row["removed_reason"] == "http-410"
    assert row["body"] == ROW["body"]
    assert row["change_kinds"] == '["entfernt"]'
    view = list(db.query("SELECT titel, aenderungen, atom_content FROM nachtraeglich_geaendert"))
    assert view[0]["atom_content"].startswith("Entfernt (depubliziert) am 2026-11-29 (http-410)")
