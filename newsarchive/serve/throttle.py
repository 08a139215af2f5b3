"""Cheap pages never wait behind expensive ones (installed by plugins/safety.py, inside
the guard): a cache of finished heavy responses and a gate on concurrent heavy work.

*Heavy* requests are the ones that may run searches, facet counts or arbitrary SQL: a
table, stored query or view of a database (``/<db>/<name>`` in any format, the reading
view included) and ``/<db>?sql=``. Article pages, static files and the start page are
not gated.

- **Response cache**: a heavy GET answered with 200 is kept (:data:`CACHE_BYTES` in all,
  :data:`ENTRY_BYTES` per response) and replayed to identical requests while every
  database file keeps its size and time (a crawl writing invalidates it) and for at most
  :data:`CACHE_SECONDS`. Identical requests arriving together are computed once: the
  others wait for the first. Not cached: responses that set a cookie, requests with a
  login cookie or ``Authorization``, pages carrying the requester's CSRF token, interim
  answers (the reading view counted with SQL while its facet index is being built). The CSP
  nonce of a replayed HTML page is replaced by the new request's.
- **Gate**: at most :data:`HEAVY_SLOTS` heavy requests compute at once; up to
  :data:`MAX_WAITING` more wait at most :data:`WAIT_SECONDS` for a slot; beyond that the
  answer is at once a German 503 with ``Retry-After`` instead of a time-out later.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any

from newsarchive.serve import guard

#: Heavy requests computing at once (Datasette runs SQL on 3 threads; the rest is Python
#: on the event loop, one core's worth).
HEAVY_SLOTS = 4
#: Heavy requests that may wait for a slot; more are turned away at once.
MAX_WAITING = 48
#: Longest wait for a slot before a 503.
WAIT_SECONDS = 5.0
#: Seconds a client is asked to wait before trying again.
RETRY_AFTER = 5
#: Bytes of cached responses in all, and per response.
CACHE_BYTES = 64_000_000
ENTRY_BYTES = 2_000_000
#: Longest life of a cached response (also while the files do not change).
CACHE_SECONDS = 300.0
#: A response answered in the meantime (counted with SQL while the facet index is being
#: built): never cached.
INTERIM = (b"x-newsarchive-facets", b"sql")
#: Environment: ``ARCHIVE_RESPONSE_CACHE=0`` serves without the response cache (the gate
#: stays).
CACHE_ENV = "ARCHIVE_RESPONSE_CACHE"
BUSY_TEXT = ("Das Archiv ist gerade stark ausgelastet. Bitte versuchen Sie es in "
             f"{RETRY_AFTER} Sekunden noch einmal.")  # fmt: skip


def heavy(scope: guard.Scope) -> bool:
    """Does this request possibly run expensive SQL (see module docstring)?"""
    path = scope.get("path", "")
    parts = [p for p in path.split("/") if p]
    if not parts or parts[0] == "-" or path.startswith("/-/"):
        return False
    if len(parts) == 2:
        return True
    return len(parts) == 1 and b"sql=" in scope.get("query_string", b"")


def _cookies(scope: guard.Scope) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    for name, value in scope.get("headers", []):
        if name.lower() == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a cookie header we cannot read: treat as personal
                return {"ds_actor": "?"}
    return {k: m.value for k, m in jar.items()}


def cacheable(scope: guard.Scope) -> bool:
    """A GET without login cookie or Authorization header (and the cache not off)."""
    if scope.get("method") != "GET" or os.environ.get(CACHE_ENV, "").strip() == "0":
        return False
    if any(name.lower() == b"authorization" for name, _ in scope.get("headers", [])):
        return False
    return "ds_actor" not in _cookies(scope)


@dataclass
class Entry:
    """A finished response."""

    start: dict[str, Any]
    body: bytes
    nonce: str
    stored: float = field(default_factory=time.monotonic)


class Throttle:
    """The cache and the gate of one Datasette instance."""

    def __init__(self, datasette: Any, slots: int | None = None) -> None:
        self.datasette = datasette
        self.slots = asyncio.Semaphore(slots or HEAVY_SLOTS)
        self.waiting = 0
        self.cache: OrderedDict[tuple[Any, ...], Entry] = OrderedDict()
        self.size = 0
        self.inflight: dict[tuple[Any, ...], asyncio.Event] = {}
        self.stats = {"hits": 0, "misses": 0, "busy": 0}

    def state(self) -> tuple[Any, ...]:
        """Size and time of every database file and its WAL."""
        found: list[Any] = []
        for name, db in self.datasette.databases.items():
            path = getattr(db, "path", None)
            found.append(name)
            for suffix in ("", "-wal") if path else ():
                try:
                    info = os.stat(f"{path}{suffix}")
                    found += [info.st_size, info.st_mtime_ns]
                except OSError:
                    found.append(None)
        return tuple(found)

    def key(self, scope: guard.Scope) -> tuple[Any, ...]:
        """What a cached response must match."""
        return (scope.get("path", ""), scope.get("query_string", b""), self.state())

    def get(self, key: tuple[Any, ...]) -> Entry | None:
        """A fresh cached response, or None."""
        entry = self.cache.get(key)
        if entry is None:
            return None
        if time.monotonic() - entry.stored > CACHE_SECONDS:
            self._drop(key)
            return None
        self.cache.move_to_end(key)
        return entry

    def put(self, key: tuple[Any, ...], entry: Entry) -> None:
        """Keep a response (the least recently used go first)."""
        if key in self.cache:
            self._drop(key)
        self.cache[key] = entry
        self.size += len(entry.body)
        while self.size > CACHE_BYTES and self.cache:
            self._drop(next(iter(self.cache)))

    def _drop(self, key: tuple[Any, ...]) -> None:
        entry = self.cache.pop(key)
        self.size -= len(entry.body)

    async def acquire(self) -> bool:
        """A slot for heavy work, or False when too many wait or the wait is too long."""
        if not self.slots.locked():
            await self.slots.acquire()  # free: taken at once, without yielding
            return True
        if self.waiting >= MAX_WAITING:
            return False
        self.waiting += 1
        try:
            await asyncio.wait_for(self.slots.acquire(), WAIT_SECONDS)
        except TimeoutError:
            return False
        finally:
            self.waiting -= 1
        return True


async def replay(entry: Entry, scope: guard.Scope, send: guard.Send) -> None:
    """Send a cached response (with this request's CSP nonce)."""
    body = entry.body
    nonce = scope.get(guard.NONCE_KEY, "")
    if entry.nonce and nonce:
        body = body.replace(entry.nonce.encode(), nonce.encode())
    await send(entry.start)
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def busy(send: guard.Send) -> None:
    """The German 503 with ``Retry-After``."""
    body = BUSY_TEXT.encode()
    await send({"type": "http.response.start", "status": 503,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"retry-after", str(RETRY_AFTER).encode()),
                            (b"content-length", str(len(body)).encode())]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})


def wrap(app: guard.ASGIApp, datasette: Any) -> guard.ASGIApp:
    """The ASGI wrapper: cache and gate heavy requests, pass the rest through."""
    throttle = Throttle(datasette)

    async def wrapped(scope: guard.Scope, receive: guard.Receive, send: guard.Send) -> None:
        if scope["type"] != "http" or not heavy(scope):
            await app(scope, receive, send)
            return
        key = throttle.key(scope) if cacheable(scope) else None
        owner = False
        if key is not None:
            event = throttle.inflight.get(key)
            if event is not None:
                await event.wait()  # the same request is being computed: wait for it
            entry = throttle.get(key)
            if entry is not None:
                throttle.stats["hits"] += 1
                await replay(entry, scope, send)
                return
            throttle.stats["misses"] += 1
            if key not in throttle.inflight:
                throttle.inflight[key] = asyncio.Event()
                owner = True
        try:
            if not await throttle.acquire():
                throttle.stats["busy"] += 1
                await busy(send)
                return
            try:
                await _compute(app, scope, receive, send, throttle, key)
            finally:
                throttle.slots.release()
        finally:
            if owner and key is not None:
                throttle.inflight.pop(key).set()

    wrapped.throttle = throttle  # type: ignore[attr-defined]
    return wrapped


async def _compute(app: guard.ASGIApp, scope: guard.Scope, receive: guard.Receive,
                   send: guard.Send, throttle: Throttle, key: tuple[Any, ...] | None
                   ) -> None:  # fmt: skip
    """Run Datasette, keeping the response when it may be cached."""
    kept: dict[str, Any] = {"start": None, "body": [], "size": 0, "ok": key is not None}

    async def keep(message: guard.Message) -> None:
        if kept["ok"]:
            if message["type"] == "http.response.start":
                headers = {k.lower(): v for k, v in message.get("headers", [])}
                kept["ok"] = (message.get("status") == 200 and b"set-cookie" not in headers
                              and headers.get(INTERIM[0]) != INTERIM[1])  # fmt: skip
                kept["start"] = message
            elif message["type"] == "http.response.body":
                kept["body"].append(message.get("body", b""))
                kept["size"] += len(message.get("body", b""))
                kept["ok"] = kept["size"] <= ENTRY_BYTES
        await send(message)

    await app(scope, receive, keep)
    if not kept["ok"] or kept["start"] is None or key is None:
        return
    body = b"".join(kept["body"])
    token = _cookies(scope).get("ds_csrftoken")
    if token and token.encode() in body:
        return  # the page carries this reader's CSRF token
    throttle.put(key, Entry(kept["start"], body, scope.get(guard.NONCE_KEY, "")))
