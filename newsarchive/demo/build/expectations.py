"""What a crawl of the demo mirror must store for every article of ``content.yaml``
(``expected.json``): articles, copies, skipped pages, failures with their stage and
reason, ignored pages, and the history crawl's part."""

from __future__ import annotations

from typing import Any

from newsarchive.demo import HISTORY_FROM, HISTORY_SITE, HISTORY_TO
from newsarchive.demo.build.content import Article
from newsarchive.demo.build.wayback import WAYBACK_WEB, timestamp_iso

#: The stage a failure reason belongs to.
FETCH_REASONS = ("http-", "redirect-loop", "robots-disallowed", "timeout", "dns")


def new_expected(spiders: list[str]) -> dict[str, Any]:
    """The expectations before any article: the outlets' spiders and empty lists."""
    expected: dict[str, Any] = {"spiders": spiders, "articles": {}, "copies": {},
                                "skipped": {}, "failures": {}, "ignored": []}  # fmt: skip
    expected["history"] = {"spider": "wayback", "site": HISTORY_SITE, "from": HISTORY_FROM,
                           "to": HISTORY_TO, "known": [], "ignored": []}  # fmt: skip
    return expected


def expect(expected: dict[str, Any], a: Article, by_key: dict[str, Article]) -> None:
    """Add what the crawl must make of article ``a`` to ``expected``."""
    if a.history and a.expect not in ("article", "skipped", "ignored"):
        raise ValueError(f"{a.key}: a history page is an article, skipped or ignored")
    if a.history and a.expect == "ignored":
        expected["history"]["ignored"].append(a.original)
        return
    if a.expect == "article":
        entry: dict[str, Any] = {"site": a.site, "banks": a.banks, "networks": a.networks,
                                 "paywalled": a.paywalled}  # fmt: skip
        if a.title_contains:
            entry["title_contains"] = a.title_contains
        if a.moved_from:
            entry["listed_as"] = a.moved_from
        if a.history:
            capture = f"{WAYBACK_WEB}/{a.archived}/{a.original}"
            entry.update(archive_url=capture, archived_at=timestamp_iso(a.archived))
        elif a.archived:
            expected["history"]["known"].append(a.url)
        expected["articles"][a.stored_url] = entry
    elif a.expect == "copy":
        expected["copies"][a.url] = {"site": a.site, "original_url": by_key[a.copy_of].url}
    elif a.expect == "skipped":
        # the skipped row keeps the address as fetched (a capture's http:// original)
        expected["skipped"][a.url] = {"site": a.site}
    elif a.expect == "failure":
        stage = "fetch" if a.reason.startswith(FETCH_REASONS) else "extract"
        expected["failures"][a.url] = {"site": a.site, "stage": stage, "reason": a.reason}
    elif a.expect == "ignored":
        expected["ignored"].append(a.url)
    else:
        raise ValueError(f"{a.key}: unknown expectation {a.expect!r}")
