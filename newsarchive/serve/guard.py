"""The ASGI guard around Datasette (installed by plugins/safety.py): a hard cap on the
bytes of every response, security headers with a per-request CSP nonce, the lane a
request's SQL runs in, and no ``/-/`` pages on a public instance."""

from __future__ import annotations

import base64
import contextvars
import hashlib
import json
import os
import re
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping
from functools import cache
from pathlib import Path
from typing import Any

from newsarchive.serve import config as serving
from newsarchive.serve import facet_counts

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
#: A request check that may answer instead of Datasette (an object with ``asgi_send``).
Check = Callable[[Scope, Receive], Awaitable[Any]]

#: The key under which the request's CSP nonce travels in the ASGI scope.
NONCE_KEY = "newsarchive.csp_nonce"
#: Which pool runs a request's SQL: "light" (article pages) or "heavy" (everything else).
LANE: contextvars.ContextVar[str] = contextvars.ContextVar("newsarchive_lane", default="heavy")
#: Per request: seconds its SQL waited for a thread and ran, and statements (plugins/safety.py).
SQL_TIMES: contextvars.ContextVar[list[float] | None] = contextvars.ContextVar(
    "newsarchive_sql_times", default=None
)
#: Environment: ``ARCHIVE_TIMING_LOG=FILE`` appends one line per request: kind, total ms,
#: ms its SQL waited for a thread, ms its SQL ran, statements, path (to find who waits).
TIMING_ENV = "ARCHIVE_TIMING_LOG"
#: Paths under ``/-/`` a public instance still serves (assets).
PUBLIC_PATHS = ("/-/static/", "/-/static-plugins/")
#: Template variables that appear inside Datasette's inline scripts, with every value.
SCRIPT_VARIABLES = {"datasette_allow_facet": ("true", "false")}


# --- headers --------------------------------------------------------------------------------

_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


def _variants(script: str) -> list[str]:
    """A script's texts for every value of the template variables it holds."""
    texts = [script]
    for name, values in SCRIPT_VARIABLES.items():
        pattern = re.compile(r"\{\{\s*" + name + r"\s*\}\}")
        texts = [pattern.sub(v, t) for t in texts for v in values]
    return [t for t in texts if "{{" not in t and "{%" not in t]


@cache
def script_hashes() -> tuple[str, ...]:
    """CSP hashes of the inline scripts in our templates and Datasette's."""
    import datasette

    folders = [serving.DATASETTE_DIR / "templates", Path(datasette.__file__).parent / "templates"]
    found = set()
    for folder in folders:
        for path in sorted(folder.glob("*.html")):
            for script in _SCRIPT.findall(path.read_text(encoding="utf-8")):
                for text in _variants(script):
                    digest = hashlib.sha256(text.encode()).digest()
                    found.add(f"'sha256-{base64.b64encode(digest).decode()}'")
    return tuple(sorted(found))


def security_headers(nonce: str) -> list[tuple[bytes, bytes]]:
    """Content-Security-Policy, X-Content-Type-Options and Referrer-Policy."""
    scripts = " ".join(("'self'", f"'nonce-{nonce}'", *script_hashes()))
    policy = (
        f"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
        "frame-ancestors 'none'"
    )
    return [
        (b"content-security-policy", policy.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),  # Datasette's own no-referrer wins
    ]


# --- the response cap -------------------------------------------------------------------------


def notice(content_type: str, cap: int) -> bytes:
    """What ends a response cut at ``cap`` bytes, in the response's own format."""
    size = f"{cap / 1_000_000:.1f}".replace(".", ",").replace(",0", "")
    text = (f"Die Antwort wurde nach {size} MB abgeschnitten: bitte weniger Zeilen oder "
            "Spalten abfragen (Filter, LIMIT, _size).")  # fmt: skip
    if "html" in content_type:
        return ('"\'></script></style></textarea></table></div>'
                f'<p class="na-cut" role="alert"><strong>{text}</strong></p>').encode()  # fmt: skip
    if "json" in content_type:
        return json.dumps({"ok": False, "error": text, "status": 413}).encode()
    return f"\n{text}\n".encode()


def _light(path: str) -> bool:
    parts = [p for p in path.split("/") if p]
    return path.startswith("/-/static") or (len(parts) >= 3 and parts[0] != "-")


async def _not_found(send: Send) -> None:
    body = b"Nicht gefunden."
    await send({"type": "http.response.start", "status": 404,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})


def request_kind(path: str) -> str:
    """``article`` (a row page), ``light`` (static files, start page) or ``heavy``."""
    parts = [p for p in path.split("/") if p]
    if len(parts) >= 3 and parts[0] != "-":
        return "article"
    return "heavy" if len(parts) == 2 and parts[0] != "-" else "light"


async def _timed(app: ASGIApp, scope: Scope, receive: Receive, send: Send, log: str) -> None:
    """Run the request and append its timings to the file ``log`` (:data:`TIMING_ENV`)."""
    times = [0.0, 0.0, 0.0]
    SQL_TIMES.set(times)
    started = time.perf_counter()
    try:
        await app(scope, receive, send)
    finally:
        total = (time.perf_counter() - started) * 1000
        path = scope.get("path", "")
        line = (f"{request_kind(path)}\t{total:.1f}\t{times[0] * 1000:.1f}\t"
                f"{times[1] * 1000:.1f}\t{times[2]:.0f}\t{path[:80]}\n")  # fmt: skip
        with open(log, "a", encoding="utf-8") as file:
            file.write(line)


def wrap(app: ASGIApp, check: Check | None = None) -> ASGIApp:
    """The ASGI wrapper: public-instance blocks, headers, lanes and the byte cap;
    ``check(scope, receive)`` may answer a request itself (bad parameters)."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        path = scope.get("path", "")
        if serving.public() and path.startswith("/-/") and not path.startswith(PUBLIC_PATHS):
            await _not_found(send)
            return
        nonce = secrets.token_urlsafe(16)
        scope[NONCE_KEY] = nonce
        LANE.set("light" if _light(path) else "heavy")
        facet_counts.set_request(path, scope.get("query_string", b""))
        cap = serving.max_response_bytes()
        state: dict[str, Any] = {"start": None, "sent": 0, "cut": False, "type": ""}

        async def capped(message: Message) -> None:
            if state["cut"]:
                return
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() != b"content-length"]  # fmt: skip
                names = {k.lower() for k, _ in headers}
                headers += [h for h in security_headers(nonce) if h[0] not in names]
                state["type"] = dict(headers).get(b"content-type", b"").decode("latin-1")
                state["start"] = {**message, "headers": headers}
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            body = message.get("body", b"")
            start, state["start"] = state["start"], None
            if state["sent"] + len(body) > cap:
                state["cut"] = True
                if start and "json" in state["type"]:  # nothing sent yet: valid JSON
                    start["status"] = 413
                    body = notice(state["type"], cap)
                else:
                    body = body[: max(0, cap - state["sent"] - 1000)]
                    body += notice(state["type"], cap)
                message = {"type": "http.response.body", "body": body, "more_body": False}
            if start:
                await send(start)
            state["sent"] += len(body)
            await send(message)

        if check is not None and scope.get("query_string"):
            response = await check(scope, receive)
            if response is not None:
                await response.asgi_send(capped)
                return
        log = os.environ.get(TIMING_ENV)
        if log:
            await _timed(app, scope, receive, capped, log)
        else:
            await app(scope, receive, capped)

    return wrapped
