"""The response cache and the gate on heavy requests (newsarchive/serve/throttle.py),
around a small ASGI app that counts its calls."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from newsarchive.serve import guard, throttle

pytestmark = pytest.mark.anyio


class App:
    """An ASGI app answering ``nonce=<request nonce>`` after ``delay`` seconds."""

    def __init__(self, delay: float = 0.0, headers: list[tuple[bytes, bytes]] | None = None,
                 status: int = 200) -> None:  # fmt: skip
        self.calls = 0
        self.delay = delay
        self.headers = headers or []
        self.status = status

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.calls += 1
        await asyncio.sleep(self.delay)
        body = f"nonce={scope.get(guard.NONCE_KEY, '')}".encode()
        await send({"type": "http.response.start", "status": self.status,
                    "headers": [(b"content-type", b"text/html"), *self.headers]})  # fmt: skip
        await send({"type": "http.response.body", "body": body})


def datasette(tmp_path: Path) -> Any:
    path = tmp_path / "archive.db"
    path.write_bytes(b"x")
    return SimpleNamespace(databases={"archive": SimpleNamespace(path=str(path))})


Headers = list[tuple[bytes, bytes]]


async def get(wrapped: Any, path: str, nonce: str = "n1", query: bytes = b"",
              headers: Headers | None = None) -> tuple[int, dict[bytes, bytes], bytes]:  # fmt: skip
    scope = {"type": "http", "method": "GET", "path": path, "query_string": query,
             "headers": headers or [], guard.NONCE_KEY: nonce}  # fmt: skip
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await wrapped(scope, None, send)
    start = sent[0]
    body = b"".join(m.get("body", b"") for m in sent[1:])
    return start["status"], dict(start["headers"]), body


@pytest.mark.parametrize(("path", "query", "expected"), [
    ("/archive/artikel", b"suche=Bank", True), ("/archive/suche.json", b"", True),
    ("/archive/articles", b"", True), ("/archive", b"sql=select+1", True),
    ("/archive", b"", False), ("/", b"", False), ("/archive/articles/https~3A~2F~2Fx", b"", False),
    ("/-/static/app.css", b"", False), ("/-/versions.json", b"", False),
])  # fmt: skip
def test_heavy(path: str, query: bytes, expected: bool) -> None:
    assert throttle.heavy({"path": path, "query_string": query}) is expected


async def test_identical_requests_are_computed_once(tmp_path: Path) -> None:
    app = App()
    ds = datasette(tmp_path)
    wrapped = throttle.wrap(app, ds)
    assert await get(wrapped, "/archive/artikel", "n1", b"suche=Bank") == (200, {
        b"content-type": b"text/html"}, b"nonce=n1")  # fmt: skip
    status, _, body = await get(wrapped, "/archive/artikel", "n2", b"suche=Bank")
    assert (status, body, app.calls) == (200, b"nonce=n2", 1)  # the new request's nonce
    await get(wrapped, "/archive/artikel", "n3", b"suche=Sparkasse")
    assert app.calls == 2
    Path(ds.databases["archive"].path).write_bytes(b"changed")  # a crawl wrote
    await get(wrapped, "/archive/artikel", "n4", b"suche=Bank")
    assert app.calls == 3


async def test_requests_arriving_together_wait_for_the_first(tmp_path: Path) -> None:
    app = App(delay=0.05)
    wrapped = throttle.wrap(app, datasette(tmp_path))
    answers = await asyncio.gather(*(get(wrapped, "/archive/suche", f"n{i}") for i in range(5)))
    assert app.calls == 1
    assert [a[2] for a in answers] == [f"nonce=n{i}".encode() for i in range(5)]


@pytest.mark.parametrize(("response_headers", "request_headers", "status"), [
    ([(b"set-cookie", b"ds_csrftoken=abc")], [], 200),
    ([], [(b"cookie", b"ds_actor=someone")], 200),
    ([], [(b"authorization", b"Bearer x")], 200),
    ([], [], 400),
    ([throttle.INTERIM], [], 200),
])  # fmt: skip
async def test_not_cached(tmp_path: Path, response_headers: Headers, request_headers: Headers,
                          status: int) -> None:  # fmt: skip
    app = App(headers=response_headers, status=status)
    wrapped = throttle.wrap(app, datasette(tmp_path))
    for _ in range(2):
        await get(wrapped, "/archive/articles", headers=request_headers)
    assert app.calls == 2


async def test_page_with_the_readers_csrf_token_is_not_cached(tmp_path: Path) -> None:
    app = App()
    wrapped = throttle.wrap(app, datasette(tmp_path))
    for _ in range(2):  # the body holds "n1", the reader's token
        await get(wrapped, "/archive/articles", "n1", headers=[(b"cookie", b"ds_csrftoken=n1")])
    assert app.calls == 2


async def test_full_gate_answers_503_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:  # fmt: skip
    monkeypatch.setattr(throttle, "HEAVY_SLOTS", 1)
    monkeypatch.setattr(throttle, "MAX_WAITING", 0)
    app = App(delay=0.3)
    wrapped = throttle.wrap(app, datasette(tmp_path))
    cheap = get(wrapped, "/archive/articles/https~3A~2F~2Fx")
    slow, busy, article = await asyncio.gather(
        get(wrapped, "/archive/artikel", query=b"suche=a"),
        get(wrapped, "/archive/artikel", query=b"suche=b"), cheap)  # fmt: skip
    assert slow[0] == 200
    assert article[0] == 200  # article pages are never gated
    assert busy[0] == 503
    assert busy[1][b"retry-after"] == str(throttle.RETRY_AFTER).encode()
    assert "ausgelastet" in busy[2].decode()
    assert app.calls == 2


async def test_wait_for_a_slot_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:  # fmt: skip
    monkeypatch.setattr(throttle, "HEAVY_SLOTS", 1)
    monkeypatch.setattr(throttle, "WAIT_SECONDS", 0.05)
    wrapped = throttle.wrap(App(delay=0.3), datasette(tmp_path))
    first, second = await asyncio.gather(get(wrapped, "/archive/x", query=b"a=1"),
                                         get(wrapped, "/archive/x", query=b"a=2"))  # fmt: skip
    assert (first[0], second[0]) == (200, 503)


async def test_cache_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:  # fmt: skip
    monkeypatch.setenv(throttle.CACHE_ENV, "0")
    app = App()
    wrapped = throttle.wrap(app, datasette(tmp_path))
    for _ in range(2):
        await get(wrapped, "/archive/articles")
    assert app.calls == 2
