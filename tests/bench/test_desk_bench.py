"""The desk benchmark part: distinct filter sets, one report line per measurement."""

from __future__ import annotations

import httpx

from newsarchive.bench import PARTS, desk
from newsarchive.bench.search import Timing


def test_every_reading_view_request_is_a_new_filter_set() -> None:
    pairs = desk.reading_requests(200)
    assert len({tuple(sorted(ours.items())) for ours, _ in pairs}) == 200
    for ours, table in pairs:
        assert ours.get("medium") == table.get("site")
        assert ours.get("bank") == table.get("banks__arraycontains")
    assert "desk" in PARTS


def test_report_has_targets_ratios_and_the_size() -> None:
    timings = [Timing(f"t{i}", [10.0 * (i + 1)] * 20) for i in range(6)]
    text = desk.report(timings, 200_000)
    assert "p95 <= 300 ms: ok" in text
    assert "p95 <= 100 ms: ok" in text
    assert "x0.50" in text  # 10 ms against 20 ms
    assert "200,000 articles, not 1,000,000" in text


def test_search_detail_lists_each_word_cold_then_warm() -> None:
    """Each search word's first (cold) request and its later banks' (warm) ones, slowest
    cold first: what decides the p95 at a glance."""
    per = {"/archive/artikel?suche=Bank&bank=A": [30.0], "/archive/artikel?suche=Bank&bank=B":
           [12.0], "/archive/artikel?suche=%22soziale+Netzwerke%22&bank=A": [250.0]}  # fmt: skip
    lines = desk.search_detail(Timing("search", [30.0, 12.0, 250.0], per=per))
    assert lines[1].split() == ['"soziale', 'Netzwerke"', "250.0"]
    assert lines[2].split() == ["Bank", "30.0", "12"]


def test_a_reset_poll_is_polled_again() -> None:
    """A connection reset while waiting for the facet index is a "not yet", not the end
    of the run."""
    calls: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        if len(calls) == 1:
            raise httpx.ReadError("Connection reset by peer", request=request)
        return httpx.Response(200, headers={"x-newsarchive-facets": "index"})

    with httpx.Client(transport=httpx.MockTransport(answer), base_url="http://x") as client:
        assert desk._header(client, "/archive/artikel", "x-newsarchive-facets") is None
        assert desk._header(client, "/archive/artikel", "x-newsarchive-facets") == "index"
