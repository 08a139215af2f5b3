"""Near-duplicate detection: fingerprints, containment, which text is the original, the
index on disk and the bounded one in memory."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from newsarchive.archive.dedupe import (
    Candidate,
    DuplicateIndex,
    SeenIndex,
    attributes_to,
    containment,
    fingerprint,
    original_of,
    overlap,
    pack,
    rebuild,
    unpack,
)
from newsarchive.archive.migrations import MIGRATIONS
from newsarchive.archive.storage import open_db
from newsarchive.sqlite import sqlite3

TEXT = (
    "Die GLS Bank pflegt seit Jahren eine Facebook-Seite mit vielen Fans. Große Banken "
    "fürchten dagegen, in sozialen Netzwerken die Kontrolle über ihre Botschaften zu "
    "verlieren. Manche Institute twittern trotzdem, andere setzen auf Xing und YouTube. "
    "Ein Sprecher sagt, man beobachte die Entwicklung genau und lerne aus den Fehlern. "
) * 3
OTHER = (
    "Die Europäische Zentralbank hat den Leitzins erneut angehoben. Sparer dürfen auf "
    "höhere Zinsen hoffen, Kreditnehmer müssen mehr zahlen. Ökonomen erwarten weitere "
    "Schritte im kommenden Jahr, die Inflation bleibt hartnäckig über dem Ziel. "
) * 3


def test_fingerprint_is_stable_and_case_blind() -> None:
    assert fingerprint(TEXT) == fingerprint(TEXT.upper())
    assert fingerprint(TEXT)
    assert fingerprint("zu kurz") == []


def test_copy_with_extra_lines_is_contained() -> None:
    copy = "Quelle: Welt Online\n" + TEXT + "\nÜber den Autor: schreibt gern über Banken."
    assert containment(set(fingerprint(copy)), set(fingerprint(TEXT))) > 0.9


def test_different_texts_are_not_contained() -> None:
    assert containment(set(fingerprint(OTHER)), set(fingerprint(TEXT))) < 0.1


def test_short_texts_never_match() -> None:
    assert containment({1, 2}, {1, 2}) == 0.0


@pytest.mark.parametrize(
    ("shared", "size", "other_size", "expected"),
    [(6, 8, 100, 0.75), (6, 100, 8, 0.75), (10, 10, 10, 1.0), (3, 3, 100, 0.0), (0, 50, 50, 0.0)],
)
def test_overlap_is_a_share_of_the_smaller_fingerprint(
    shared: int, size: int, other_size: int, expected: float
) -> None:
    assert overlap(shared, size, other_size) == expected


@pytest.mark.parametrize(
    ("source", "names", "expected"),
    [
        ("Welt Online", ("welt", "WELT"), True),
        ("welt.de", ("welt", None), True),
        ("Handelsblatt", ("welt", "WELT"), False),
        ("dpa", ("welt", "WELT"), False),
        (None, ("welt", "WELT"), False),
    ],
)
def test_attribution_names_a_site(
    source: str | None, names: tuple[str | None, ...], expected: bool
) -> None:
    assert attributes_to(source, *names) is expected


def _candidate(
    url: str, site: str, source: str | None = None, published: str | None = None
) -> Candidate:
    return Candidate(url, site, site.upper(), source, published)


def test_attributed_copy_is_never_the_original() -> None:
    welt = _candidate("https://www.welt.de/a", "welt", published="2011-08-02")
    copy = _candidate("https://steadynews.de/a", "steadynews", "Welt Online", "2011-08-01")
    assert original_of(copy, welt) is welt
    assert original_of(welt, copy) is welt


def test_earlier_publication_is_the_original_without_attribution() -> None:
    early = _candidate("https://a.de/x", "a", published="2012-01-01")
    late = _candidate("https://b.de/x", "b", published="2012-02-01")
    assert original_of(late, early) is early
    assert original_of(early, late) is early


def test_seen_index_finds_best_and_forgets() -> None:
    index = SeenIndex()
    original = set(fingerprint(TEXT))
    index.add(original, _candidate("https://www.welt.de/a", "welt"), owner="crawler-1")
    index.add(set(fingerprint(OTHER)), _candidate("https://x.de/b", "x"), owner="crawler-2")
    match = index.best("https://steadynews.de/a", set(fingerprint(TEXT + " Quelle")), 0.6)
    assert match is not None
    assert match[0].url == "https://www.welt.de/a"
    assert match[1] > 0.9
    assert index.best("https://www.welt.de/a", original, 0.6) is None  # never itself
    index.forget_owner("crawler-1")
    assert index.best("https://steadynews.de/a", original, 0.6) is None
    assert set(index.entries) == {"https://x.de/b"}


def test_pack_round_trip() -> None:
    hashes = fingerprint(TEXT)
    assert unpack(pack(set(hashes))) == hashes
    assert len(pack(hashes)) == 4 * len(hashes)
    assert all(-(2**31) <= h < 2**31 for h in hashes)


def test_seen_index_is_bounded_and_forgets_committed_articles() -> None:
    index = SeenIndex(limit=3)
    for n in range(5):
        index.add({n * 4, n * 4 + 4}, _candidate(f"https://a.de/{n}", "a"), owner="c1")
    assert list(index.entries) == ["https://a.de/2", "https://a.de/3", "https://a.de/4"]
    assert 0 not in index._by_hash  # the evicted articles' hashes are gone too
    index.forget(["https://a.de/3", "https://a.de/4"], owner="c2")  # not c2's
    assert len(index.entries) == 3
    index.forget(["https://a.de/3"], owner="c1")
    assert list(index.entries) == ["https://a.de/2", "https://a.de/4"]


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    db = open_db(tmp_path / "archive.db")
    yield db.conn
    db.close()


def _store(conn: sqlite3.Connection, url: str, site: str, text: str, **fields: str) -> int:
    conn.execute("INSERT INTO articles (url, site, body, site_name, source) VALUES (?, ?, ?, ?, ?)",
                 [url, site, text, fields.get("site_name"), fields.get("source")])  # fmt: skip
    rowid = conn.execute("SELECT rowid FROM articles WHERE url = ?", [url]).fetchone()[0]
    DuplicateIndex(conn).add([(rowid, fingerprint(f"\n{text}"))])
    return int(rowid)


def test_duplicate_index_matches_in_one_batch(conn: sqlite3.Connection) -> None:
    index = DuplicateIndex(conn)
    _store(conn, "https://www.welt.de/a", "welt", TEXT, site_name="WELT")
    _store(conn, "https://x.de/b", "x", OTHER)
    queries = [("https://steadynews.de/a", set(fingerprint(TEXT + " Quelle: Welt Online"))),
               ("https://y.de/c", set(fingerprint(OTHER))),
               ("https://www.welt.de/a", set(fingerprint(TEXT))),  # never itself
               ("https://z.de/d", set(fingerprint("Ganz etwas anderes " * 20))),
               ("https://z.de/e", set())]  # fmt: skip
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    found = index.matches(queries, 0.6)
    conn.set_trace_callback(None)
    assert len(statements) == 2  # the hashes, then the candidates
    assert [m[0].url if m else None for m in found] == [
        "https://www.welt.de/a", "https://x.de/b", None, None, None]  # fmt: skip
    assert found[0] is not None
    assert found[0][0].site_name == "WELT"
    assert found[0][1] > 0.9


def test_duplicate_index_remove(conn: sqlite3.Connection) -> None:
    index = DuplicateIndex(conn)
    welt = _store(conn, "https://www.welt.de/a", "welt", TEXT)
    _store(conn, "https://x.de/b", "x", OTHER)
    index.remove([welt])
    assert index.matches([("https://c.de/", set(fingerprint(TEXT)))], 0.6) == [None]
    left = conn.execute("SELECT DISTINCT article FROM fingerprints").fetchall()
    assert left == conn.execute("SELECT article FROM fingerprint_sets").fetchall()
    assert len(left) == 1


def test_migration_rebuilds_the_duplicate_index(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    MIGRATIONS.apply(db, stop_before="m009_compact_duplicate_index")
    db["articles"].insert_all([{"url": "https://www.welt.de/a", "site": "welt", "lead": "",
                                "body": TEXT}, {"url": "https://x.de/b", "site": "x",
                                "lead": None, "body": OTHER}])  # fmt: skip
    db["fingerprints"].insert({"article_url": "https://www.welt.de/a", "hash": 2**62})
    db.close()
    db = open_db(path)
    assert db["fingerprints"].columns_dict == {"hash": int, "article": int}
    assert "WITHOUT ROWID" in db.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'fingerprints'").fetchone()[0]  # fmt: skip
    count = db.execute("SELECT count(*) FROM fingerprints").fetchone()[0]
    assert count == len(set(fingerprint(TEXT))) + len(set(fingerprint(OTHER)))
    match = DuplicateIndex(db.conn).matches([("https://s.de/", set(fingerprint(TEXT)))], 0.6)[0]
    assert match is not None
    assert match[0].url == "https://www.welt.de/a"
    db.close()


def test_rebuild_indexes_every_article_again(conn: sqlite3.Connection) -> None:
    _store(conn, "https://www.welt.de/a", "welt", TEXT)
    _store(conn, "https://x.de/b", "x", OTHER)
    before = conn.execute("SELECT * FROM fingerprints ORDER BY hash, article").fetchall()
    conn.execute("DELETE FROM fingerprints WHERE article = 1")  # lost entries
    conn.execute("INSERT INTO fingerprints VALUES (8, 99)")  # a stale one
    assert rebuild(conn) == 2
    assert conn.execute("SELECT * FROM fingerprints ORDER BY hash, article").fetchall() == before
