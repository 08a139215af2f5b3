"""The built mirror: its files, its routes (answers that are not plain files: query
strings, status codes, redirects, content types, headers) and the mirror's own pages,
written out as ``site/``, ``routes.json`` and ``expected.json``."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

HTML_TYPE = "text/html; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"


@dataclass
class Mirror:
    """What the build produces: files, routes and expectations."""

    files: dict[str, bytes] = field(default_factory=dict)
    routes: list[dict[str, Any]] = field(default_factory=list)
    expected: dict[str, Any] = field(default_factory=dict)

    def add(self, url: str, content: str | bytes, file: str = "", **route: Any) -> None:
        """A file for ``url`` (named ``file``, default: the URL's path) and a route if it
        needs more than the default answer."""
        parts = urlsplit(url)
        path = parts.path + ("index.html" if parts.path.endswith("/") else "")
        rel = file or f"{parts.netloc}{path}"
        self.files[rel] = content.encode("utf-8") if isinstance(content, str) else content
        if route or parts.query or file:
            self.route(url, file=rel, **route)

    def route(self, url: str, **answer: Any) -> None:
        """A route for ``url``: ``query`` is matched as a subset of the request's."""
        parts = urlsplit(url)
        entry: dict[str, Any] = {"path": f"/{parts.netloc}{parts.path}"}
        if parts.query:
            entry["query"] = dict(p.split("=", 1) for p in parts.query.split("&"))
        entry.update(answer)
        self.routes.append(entry)


ERROR_PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{code} – {text}</title></head>
<body><h1>{text}</h1><p>Fehler {code}. Zur <a href="/">Startseite</a>.</p></body></html>
"""

#: Extra ``Disallow:`` paths of each host's robots.txt (the crawler reads the host's
#: robots.txt through the mirror, as ``/<host>/robots.txt``).
ROBOTS_DISALLOW: dict[str, tuple[str, ...]] = {"www.welt.de": ("/wirtschaft/intern/",)}

#: The mirror's own robots.txt at its root (for clients that ask the mirror itself).
ROBOTS_TXT = """# robots.txt of the newsarchive demo mirror (paths are /<host>/<path>)
User-agent: *
Disallow: /www.welt.de/wirtschaft/intern/
"""

MIRROR_INDEX = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>newsarchive demo mirror</title></head>
<body><h1>newsarchive demo mirror</h1><p>Invented news pages served for the offline demo.</p>
<ul>
{links}
</ul></body></html>
"""


def write(mirror: Mirror, target: Path) -> None:
    """Write ``site/``, ``routes.json`` and ``expected.json`` below ``target``."""
    site = target / "site"
    if site.exists():
        shutil.rmtree(site)
    for rel, content in sorted(mirror.files.items()):
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    routes = json.dumps(mirror.routes, ensure_ascii=False, indent=1)
    (target / "routes.json").write_text(routes + "\n", "utf-8")
    expected = json.dumps(mirror.expected, ensure_ascii=False, indent=1, sort_keys=True)
    (target / "expected.json").write_text(expected + "\n", "utf-8")
