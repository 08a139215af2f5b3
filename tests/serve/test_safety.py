"""Safe to put online: bounded responses and queries, German 400s, headers, public mode."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

import pytest
from datasette_helpers import archive_app

from newsarchive.serve import config as serving

pytestmark = pytest.mark.anyio

CAP = 5_000_000
PRINTF = "select printf('%.*c', 9000000, 'x') as x from articles, articles limit 30"
CROSS = "select * from articles a, articles b, articles c, articles d, articles e"


@pytest.fixture
def public_ds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv(serving.PUBLIC_ENV, "1")
    return archive_app(tmp_path)


@pytest.mark.parametrize("path", ["/archive.json", "/archive.csv"])
async def test_huge_values_are_cut_at_the_cap_with_a_notice(ds: Any, path: str) -> None:
    response = await ds.client.get(path, params={"sql": PRINTF})
    assert len(response.content) <= CAP
    assert "abgeschnitten" in response.text


async def test_huge_values_render_a_small_truncated_page(ds: Any) -> None:
    response = await ds.client.get("/archive", params={"sql": PRINTF})
    assert len(response.content) <= CAP
    assert response.text.count("xxxxxxxxxx</td>") <= 1  # one row: the result was cut


async def call(ds: Any, path: str, query: bytes) -> tuple[int, bytes]:
    """Call Datasette's ASGI app directly (httpx refuses URLs over 64 kB)."""
    scope = {"type": "http", "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": query, "headers": [],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), "root_path": ""}  # fmt: skip
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    await ds.invoke_startup()
    await ds.app()(scope, receive, send)
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return messages[0]["status"], body


@pytest.mark.parametrize("path", ["/archive.json", "/archive"])
async def test_cross_join_stays_bounded(ds: Any, path: str, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:  # fmt: skip
    monkeypatch.setattr(serving, "ROW_BYTES", 100_000)
    monkeypatch.setenv(serving.MAX_RESPONSE_ENV, "10000")
    response = await ds.client.get(path, params={"sql": CROSS, "_shape": "array"})
    assert len(response.content) <= 10_000
    assert "abgeschnitten" in response.text


async def test_query_results_stop_at_the_row_budget(ds: Any, monkeypatch: pytest.MonkeyPatch
                                                    ) -> None:  # fmt: skip
    monkeypatch.setattr(serving, "ROW_BYTES", 2_000)
    data = (await ds.client.get("/archive.json", params={"sql": CROSS})).json()
    assert data["truncated"] is True
    assert 1 <= len(data["rows"]) < 10


async def test_printf_beyond_the_length_limit_is_not_built(ds: Any) -> None:
    sql = "select length(printf('%.*c', 1000000000, 'x')) as n"
    data = (await ds.client.get("/archive.json", params={"sql": sql, "_shape": "array"})).json()
    assert data == [{"n": None}] or "too big" in str(data)


async def test_a_million_character_search_answers(ds: Any) -> None:
    term = b"Bank" + b"x" * 1_000_000
    status, body = await call(ds, "/archive/suche.json", b"suchbegriff=" + term + b"&_shape=array")
    assert status in (200, 413), body[:300]  # 413: the echoed term is cut at the cap
    assert b"Zeitlimit" not in body
    assert b"interrupted" not in body.lower()
    status, body = await call(ds, "/archive/articles.json", b"_suche=" + term)
    assert status in (200, 413), body[:300]


@pytest.mark.parametrize(
    ("query", "german"),
    [("_sort=nonexistent", "Nach „nonexistent“ kann nicht sortiert werden"),
     ("_sort_desc=nonexistent", "Nach „nonexistent“"),
     ("_sort=title&_sort_desc=year", "nur _sort oder _sort_desc"),
     ("_facet=nonexistent", "Unbekannte Spalte „nonexistent“"),
     ("_facet_array=nonexistent", "Unbekannte Spalte"),
     ("_facet_liste=nonexistent", "Unbekannte Spalte"),
     ("_col=nonexistent", "Unbekannte Spalte „nonexistent“"),
     ("_size=abc", "_size muss"),
     ("_through=x", "ungültigen Parameter"),
     ("_timelimit=abc", "ungültigen Parameter"),
     ("_search=%22", "ungültige Zeichen"),
     ("nonexistent__exact=1", "Nach „nonexistent“ kann nicht gefiltert werden"),
     ("nonexistent=1", "Nach „nonexistent“ kann nicht gefiltert werden")],
)  # fmt: skip
async def test_bad_parameters_give_a_german_400(ds: Any, query: str, german: str) -> None:
    response = await ds.client.get(f"/archive/articles?{query}")
    assert response.status_code == 400, response.text[:500]
    assert german in response.text
    data = (await ds.client.get(f"/archive/articles.json?{query}")).json()
    assert data["status"] == 400
    assert german in data["error"]


async def test_filters_on_real_columns_still_work(ds: Any) -> None:
    data = (await ds.client.get("/archive/articles.json?site=welt&year__gte=2000")).json()
    assert data["rows"]
    assert (await ds.client.get("/archive/suche.json?suchbegriff=Bank")).status_code == 200


async def test_security_headers(ds: Any) -> None:
    response = await ds.client.get("/archive/articles")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self' 'nonce-" in policy
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] in ("no-referrer", "same-origin")
    nonce = re.search(r"'nonce-([^']+)'", policy)
    again = (await ds.client.get("/archive/articles")).headers["content-security-policy"]
    assert nonce
    assert nonce.group(1) not in again


@pytest.mark.parametrize("path", ["/archive/articles", "/", "/archive/suche?suchbegriff=Bank"])
async def test_every_inline_script_is_allowed_by_hash_or_nonce(ds: Any, path: str) -> None:
    response = await ds.client.get(path)
    policy = response.headers["content-security-policy"]
    scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", response.text, re.S)
    # (the German templates have no inline scripts of their own; plugin ones would show here)
    for attributes, body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        nonce = re.search(r'nonce="([^"]+)"', attributes)
        assert f"'sha256-{digest}'" in policy or (nonce and nonce.group(1) in policy), body[:80]


async def test_injected_scripts_have_no_hash_or_nonce(ds: Any) -> None:
    """The stored XSS article's script is escaped, and no hash covers it."""
    policy = (await ds.client.get("/")).headers["content-security-policy"]
    digest = base64.b64encode(hashlib.sha256(b'alert("xss")').digest()).decode()
    assert digest not in policy


async def test_private_instance_keeps_sql_and_introspection(ds: Any) -> None:
    assert (await ds.client.get("/archive.json?sql=select+1")).status_code == 200
    assert (await ds.client.get("/-/databases.json")).status_code == 200


async def test_public_instance_hides_sql_paths_and_streams(public_ds: Any) -> None:
    ds = public_ds
    refused = await ds.client.get("/archive.json?sql=select+1")
    assert refused.status_code == 403
    assert (
        "Eigene SQL-Abfragen sind in diesem öffentlichen Archiv abgeschaltet"
        in refused.json()["error"]
    )
    page = (await ds.client.get("/archive?sql=select+1")).text
    assert "<h1>Kein Zugriff</h1>" in page
    assert "execute-sql" not in page
    assert "eigene SQL-Abfragen" not in (await ds.client.get("/archive")).text
    assert (await ds.client.get("/archive/articles.json?_where=1")).status_code in (400, 403)
    for path in (
        "/-/databases.json",
        "/-/versions.json",
        "/-/threads",
        "/-/settings.json",
        "/-/metadata.json",
        "/-/plugins.json",
        "/-/actor.json",
        "/-/patterns",
    ):
        response = await ds.client.get(path)
        assert response.status_code == 404, path
        assert str(Path.cwd()) not in response.text
    data = (await ds.client.get("/archive/suche.json?suchbegriff=Bank&_shape=array")).json()
    assert data  # stored queries stay
    assert (await ds.client.get("/-/static/app.css")).status_code == 200
    csv = await ds.client.get("/archive/articles.csv?_stream=on")
    assert csv.status_code == 400
    assert "CSV-Export ganzer Tabellen ist hier abgeschaltet" in csv.text


def test_datasette_args_follow_the_public_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "allow_csv_stream" not in serving.datasette_args("a.db")
    monkeypatch.setenv(serving.PUBLIC_ENV, "1")
    args = serving.datasette_args("a.db")
    assert args[args.index("allow_csv_stream") + 1] == "off"
    monkeypatch.setenv(serving.MAX_RESPONSE_ENV, "1000000")
    assert serving.max_response_bytes() == 1_000_000
