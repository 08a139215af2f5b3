"""The article page shows its versions; the view "Nachträglich geändert" and its feed."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from datasette_helpers import ARTICLES
from recheck_helpers import build_changed_archive

from newsarchive.archive.storage import Archive
from newsarchive.serve import config as serving

ATOM = "{http://www.w3.org/2005/Atom}"


def get(path: Path, url: str) -> tuple[int, str]:
    app = serving.datasette_app(path)

    async def fetch() -> tuple[int, str]:
        response = await app.client.get(url)
        return response.status_code, response.text

    return asyncio.run(fetch())


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    # a name of its own: Datasette keeps its connections per database name and thread
    path = tmp_path_factory.mktemp("versions") / "versionen.db"
    return (path, *build_changed_archive(path))


def test_article_page_shows_the_diff_escaped(archive: tuple[Path, str, str]) -> None:
    from datasette.utils import tilde_encode

    path, edited, _ = archive
    status, page = get(path, f"/versionen/articles/{tilde_encode(edited)}")
    assert status == 200
    assert "Geändert am 28.11.2026" in page
    assert "(2 Fassungen)" in page
    assert "<del>nutzen gern</del>" in page
    assert "<ins>meiden</ins>" in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page


def test_unchanged_article_page_has_no_versions_part(tmp_path: Path) -> None:
    from datasette.utils import tilde_encode

    archive = Archive(tmp_path / "unchanged.db")
    archive.add_article(ARTICLES[0])
    archive.close()
    url = f"/unchanged/articles/{tilde_encode(ARTICLES[0].url)}"
    status, page = get(tmp_path / "unchanged.db", url)
    assert status == 200
    assert "na-versions" not in page


def test_removed_article_says_so_and_keeps_its_text(archive: tuple[Path, str, str]) -> None:
    from datasette.utils import tilde_encode

    path, _, removed = archive
    status, page = get(path, f"/versionen/articles/{tilde_encode(removed)}")
    assert status == 200
    assert "Depubliziert am 28.11.2026" in page
    assert "http-410" in page
    assert ARTICLES[1].lead[:40] in page


def test_changed_view_newest_first_with_kind_facet(archive: tuple[Path, str, str]) -> None:
    path, edited, removed = archive
    status, text = get(path, "/versionen/nachtraeglich_geaendert.json?_shape=objects")
    assert status == 200
    data = json.loads(text)
    assert [r["url"] for r in data["rows"]] == [removed, edited]
    facet = {v["value"]: v["count"] for v in data["facet_results"]["aenderungen"]["results"]}
    assert facet == {"Überschrift": 1, "Text": 1, "entfernt": 1}
    status, html = get(path, "/versionen/nachtraeglich_geaendert")
    assert "Nachträglich geändert" in html


def test_changed_feed(archive: tuple[Path, str, str]) -> None:
    import xml.etree.ElementTree as ET

    path = archive[0]
    status, text = get(path, "/versionen/nachtraeglich_geaendert.atom")
    assert status == 200
    entries = ET.fromstring(text).findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries][1] == "Banken meiden soziale Netzwerke"
    contents = [e.findtext(f"{ATOM}content") or "" for e in entries]
    assert contents[0].startswith("Entfernt (depubliziert) am 2026-11-28 (http-410)")
    assert "Überschrift, Text" in contents[1]
    assert "<script" not in text
