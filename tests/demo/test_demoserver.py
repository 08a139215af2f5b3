"""The demo mirror, its build and cache, and its server: files, routes, status codes,
queries, redirects."""

from __future__ import annotations

import filecmp
import http.client
import json
import pkgutil
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import newsarchive
from newsarchive.crawl import discovery, wayback
from newsarchive.crawl.base import WordPressSpider
from newsarchive.crawl.sources import spider_classes
from newsarchive.demo import CONTENT_FILE, site_dir
from newsarchive.demo.build import cache as build_cache
from newsarchive.demo.server import DemoServer, demo_spiders, load_routes, mirror_hosts

WP_API = "/steadynews.de/wp-json/wp/v2/posts"
WAYBACK = "web.archive.org"


@pytest.fixture
def client(demo_server: DemoServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=demo_server.base_url, follow_redirects=False) as http:
        yield http


@pytest.fixture
def tiny(tmp_path: Path) -> Iterator[DemoServer]:
    """A two-file mirror with a slow route."""
    (tmp_path / "site" / "example.de").mkdir(parents=True)
    (tmp_path / "site" / "example.de" / "a.html").write_text("<p>A</p>")
    routes = [{"path": "/example.de/slow", "file": "example.de/a.html", "delay": 0.3}]
    (tmp_path / "routes.json").write_text(json.dumps(routes))
    server = DemoServer(tmp_path / "site", tmp_path / "routes.json")
    server.start()
    yield server
    server.stop()


def test_files_and_directories(client: httpx.Client) -> None:
    page = client.get("/www.welt.de/")
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert "WELT" in page.text
    sitemap = client.get("/www.welt.de/sitemaps/newssitemap/newssitemap.xml")
    assert sitemap.headers["content-type"].startswith("application/xml")
    assert discovery.parse_sitemap(sitemap.content).entries


def test_missing_and_escaping_paths_are_404(demo_server: DemoServer) -> None:
    host, port = demo_server.server.server_address[:2]
    for path in ("/www.welt.de/gibt-es-nicht.html", "/../pyproject.toml", "/%2e%2e/demo.py"):
        conn = http.client.HTTPConnection(str(host), port, timeout=10)
        conn.request("GET", path)
        answer = conn.getresponse()
        assert answer.status == 404, path
        assert b"nicht gefunden" in answer.read()
        conn.close()


def test_robots_txt_at_the_root_and_per_host(client: httpx.Client) -> None:
    assert "User-agent: *" in client.get("/robots.txt").text
    welt = client.get("/www.welt.de/robots.txt").text
    assert "Disallow: /wirtschaft/intern/" in welt
    assert discovery.robots_sitemaps(welt)


def test_query_strings_select_wordpress_api_pages(client: httpx.Client) -> None:
    fields = "id,link,date_gmt,modified_gmt,title"
    params = {"search": "Banken", "per_page": "50", "page": "1", "_fields": fields}
    first = client.get(WP_API, params=params)
    assert first.status_code == 200
    assert first.headers["content-type"].startswith("application/json")
    pages = int(first.headers["x-wp-totalpages"])
    assert pages >= 1
    posts = discovery.parse_wp_posts(first.content)
    assert posts
    assert all(p.url.startswith("https://steadynews.de/") for p in posts)
    bank = [client.get(WP_API, params={"search": "Bank", "page": str(n)}) for n in (1, 2)]
    assert int(bank[0].headers["x-wp-totalpages"]) >= 2
    assert bank[0].json() != bank[1].json()
    nothing = client.get(WP_API, params={"search": "Wetter", "page": "1"})
    assert nothing.json() == []
    assert nothing.headers["x-wp-totalpages"] == "0"


def test_status_codes(client: httpx.Client, expected: dict[str, Any]) -> None:
    for url, failure in expected["failures"].items():
        if failure["reason"].startswith("http-"):
            answer = client.get("/" + url.split("://", 1)[1])
            assert answer.status_code == int(failure["reason"][5:]), url


def test_redirects_give_absolute_real_urls(client: httpx.Client,
                                          expected: dict[str, Any]) -> None:  # fmt: skip
    loop = next(u for u, f in expected["failures"].items() if f["reason"] == "redirect-loop")
    first = client.get("/" + loop.split("://", 1)[1])
    assert first.status_code == 301
    target = first.headers["location"]
    assert target.startswith("https://www.welt.de/")
    second = client.get("/" + target.split("://", 1)[1])
    assert second.status_code in (301, 302)
    assert second.headers["location"] == loop
    moved = next(e["listed_as"] for e in expected["articles"].values() if e.get("listed_as"))
    answer = client.get("/" + moved.split("://", 1)[1])
    assert answer.status_code == 301
    assert answer.headers["location"] in expected["articles"]


def test_broken_pages_are_served_broken(client: httpx.Client, expected: dict[str, Any]) -> None:
    reasons = {f["reason"]: u for u, f in expected["failures"].items()}
    empty = client.get("/" + reasons["empty"].split("://", 1)[1])
    assert empty.status_code == 200
    assert empty.content == b""
    binary = client.get("/" + reasons["binary"].split("://", 1)[1])
    assert binary.headers["content-type"].startswith("text/html")
    assert b"\x00" in binary.content
    latin1 = [u for u, e in expected["articles"].items() if "title_contains" in e]
    for url in latin1:
        body = client.get("/" + url.split("://", 1)[1]).content
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")


def test_head_requests_have_no_body(demo_server: DemoServer) -> None:
    host, port = demo_server.server.server_address[:2]
    conn = http.client.HTTPConnection(str(host), port, timeout=10)
    conn.request("HEAD", "/t3n.de/rss.xml")
    answer = conn.getresponse()
    assert answer.status == 200
    assert int(answer.headers["Content-Length"]) > 0
    assert answer.read() == b""
    conn.close()


def test_route_delay_and_hits(tiny: DemoServer) -> None:
    with httpx.Client(base_url=tiny.base_url) as http:
        started = time.monotonic()
        assert http.get("/example.de/slow").text == "<p>A</p>"
        assert time.monotonic() - started >= 0.3
        assert http.get("/example.de/a.html?x=1").text == "<p>A</p>"
    assert tiny.hits == ["/example.de/slow", "/example.de/a.html?x=1"]


def test_server_frees_its_port() -> None:
    server = DemoServer()
    base = server.start()
    server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(base + "/robots.txt", timeout=2)


def assert_same_tree(left: Path, right: Path) -> None:
    """``left`` and ``right`` hold the same files with the same bytes."""
    stack = [filecmp.dircmp(left, right)]
    while stack:
        current = stack.pop()
        assert not current.left_only, (current.left, current.left_only)
        assert not current.right_only, (current.right, current.right_only)
        _, mismatch, errors = filecmp.cmpfiles(current.left, current.right,
                                               current.common_files, shallow=False)  # fmt: skip
        assert not mismatch, (current.left, mismatch)
        assert not errors, (current.left, errors)
        stack.extend(current.subdirs.values())


def test_build_is_deterministic(tmp_path: Path) -> None:
    first = build_cache.ensure_built(tmp_path / "a")
    second = build_cache.ensure_built(tmp_path / "b")
    assert first.name == second.name == f"{build_cache.CACHE_PREFIX}{build_cache.input_hash()}"
    assert (first / "routes.json").is_file()
    assert (first / "expected.json").is_file()
    assert len(list((first / "site").rglob("*.html"))) > 50
    assert_same_tree(first, second)
    build_cache.main(["--out", str(tmp_path / "out")])
    manifest = (first / build_cache.MANIFEST).read_bytes()
    (tmp_path / "out" / build_cache.MANIFEST).write_bytes(manifest)
    assert_same_tree(first, tmp_path / "out")


def test_the_hash_covers_every_build_module() -> None:
    modules = [m.name for m in pkgutil.iter_modules([str(build_cache.BUILD_DIR)])]
    assert len(modules) >= 10  # the build split by what it makes
    inputs = set(build_cache.input_files())
    for name in modules:
        assert build_cache.BUILD_DIR / f"{name}.py" in inputs, name
    assert CONTENT_FILE in inputs


def test_the_hash_follows_a_build_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = build_cache.input_hash()
    copy = tmp_path / "build"
    shutil.copytree(build_cache.BUILD_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "listings.py").write_text(
        (copy / "listings.py").read_text("utf-8") + "# changed\n", "utf-8"
    )
    monkeypatch.setattr(build_cache, "BUILD_DIR", copy)
    assert build_cache.input_hash() != before


def test_the_package_holds_no_generated_files() -> None:
    assert site_dir().parent != CONTENT_FILE.parent
    assert not site_dir().is_relative_to(CONTENT_FILE.parent)


def test_cache_is_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = build_cache.ensure_built(tmp_path)

    def fail(*args: Any) -> None:
        raise AssertionError("built again")

    monkeypatch.setattr(build_cache, "build_mirror", fail)
    assert build_cache.ensure_built(tmp_path) == built
    assert sorted(p.name for p in tmp_path.iterdir()) == [built.name]


def test_incomplete_cache_is_rebuilt(tmp_path: Path) -> None:
    """A temp-directory cleaner removed a file: the next use builds the directory again."""
    built = build_cache.ensure_built(tmp_path)
    page = next((built / "site" / "www.welt.de").rglob("*.html"))
    content = page.read_bytes()
    page.unlink()
    assert not build_cache.is_complete(built, build_cache.input_hash())
    assert build_cache.ensure_built(tmp_path) == built
    assert page.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [built.name]


def test_cache_is_rebuilt_when_the_inputs_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content.yaml"
    shutil.copy(CONTENT_FILE, content)
    cache = tmp_path / "cache"
    old = build_cache.ensure_built(cache, content)
    # keyed by bytes, not path
    assert old.name == f"{build_cache.CACHE_PREFIX}{build_cache.input_hash()}"
    title = "Banken nutzen gern soziale Netzwerke und twittern"
    content.write_text(content.read_text("utf-8").replace(title, "Banken twittern gern"), "utf-8")
    new = build_cache.ensure_built(cache, content)
    assert new != old
    assert sorted(p.name for p in cache.iterdir()) == sorted([old.name, new.name])

    def welt_pages(root: Path) -> list[str]:
        return [p.read_text("utf-8") for p in (root / "site" / "www.welt.de").rglob("*.html")]

    assert any(title in page for page in welt_pages(old))
    assert any("Banken twittern gern" in page for page in welt_pages(new))
    assert not any(title in page for page in welt_pages(new))
    monkeypatch.setattr(newsarchive, "__version__", "99.0")
    assert build_cache.input_hash(content) != new.name.removeprefix(build_cache.CACHE_PREFIX)


def test_concurrent_builders_share_one_directory(tmp_path: Path) -> None:
    results: list[Path] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(build_cache.ensure_built(tmp_path))
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert len(results) == 4
    assert len(set(results)) == 1
    assert [p.name for p in tmp_path.iterdir()] == [results[0].name]  # no temporary leftovers
    assert build_cache.is_complete(results[0], build_cache.input_hash())


def test_install_keeps_a_finished_directory_and_replaces_a_broken_one(tmp_path: Path) -> None:
    key = build_cache.input_hash()
    cache = tmp_path / "cache"
    target = build_cache.ensure_built(cache)
    before = (target / build_cache.MANIFEST).stat().st_ino
    loser = tmp_path / "loser"
    shutil.copytree(target, loser)
    build_cache._install(loser, target, key)  # a concurrent builder got there first
    assert (target / build_cache.MANIFEST).stat().st_ino == before
    broken = cache / "broken"
    (broken / "site").mkdir(parents=True)  # no manifest: an unfinished directory
    build_cache._install(loser, broken, key)
    assert build_cache.is_complete(broken, key)
    assert not loser.exists()
    assert sorted(p.name for p in cache.iterdir()) == sorted([target.name, "broken"])


def test_routes_point_at_files_and_real_urls() -> None:
    for route in load_routes():
        if route.file:
            assert (site_dir() / route.file).is_file(), route.file
        if route.location:
            assert route.location.startswith("https://"), route.location
        assert route.path.split("/")[1] in mirror_hosts()


def test_demo_covers_the_first_sources(expected: dict[str, Any]) -> None:
    assert set(expected["spiders"]) <= set(demo_spiders())
    pages = len(expected["articles"]) + len(expected["copies"]) + len(expected["skipped"])
    assert 50 <= pages + len(expected["failures"]) <= 70
    assert len({e["site"] for e in expected["articles"].values()}) >= 5


def test_every_expected_page_is_listed(client: httpx.Client, expected: dict[str, Any]) -> None:
    """Broken pages too: the crawl must meet every page through a sitemap, feed or API."""
    classes = spider_classes()
    listed: set[str] = set()
    for slug in expected["spiders"]:
        spider = classes[slug]
        for url in spider.sitemap_urls:
            body = client.get("/" + url.split("://", 1)[1]).content
            listed.update(e.url for e in discovery.parse_sitemap(body).entries)
        for url in spider.feed_urls:
            body = client.get("/" + url.split("://", 1)[1]).content
            listed.update(e.url for e in discovery.parse_feed(body))
    for term in WordPressSpider.SEARCH_TERMS:
        for page in (1, 2, 3):
            body = client.get(WP_API, params={"search": term, "page": str(page)}).content
            listed.update(e.url for e in discovery.parse_wp_posts(body))
    # (pages of the Wayback Machine are listed by its CDX answers, not by the sites)
    wanted = {e.get("listed_as", u) for u, e in expected["articles"].items()
              if not e.get("archive_url")}  # fmt: skip
    wanted |= {u for u in expected["skipped"] if u.startswith("https://")}
    wanted |= set(expected["copies"]) | set(expected["failures"])
    assert wanted - listed == set()
    assert set(expected["ignored"]) <= listed


def test_share_buttons_on_every_page() -> None:
    root = site_dir()
    pages = [p for p in root.rglob("*") if p.is_file() and p.suffix in (".html", "")]
    pages = [p for p in pages if p.read_bytes().rstrip().endswith(b"</html>")]
    assert len(pages) > 30
    for page in pages:
        if "errors" in page.parts or page.parent == root or WAYBACK in page.parts:
            continue
        html = page.read_bytes()
        for host in (b"www.facebook.com/sharer", b"twitter.com/intent/tweet", b"www.xing.com/spi"):
            assert host in html, (page, host)


def test_wayback_answers_the_history_crawls_queries(client: httpx.Client,
                                                    expected: dict[str, Any]) -> None:  # fmt: skip
    """The spider's own CDX queries get the recorded answers; each capture is served raw."""
    history = expected["history"]
    target = spider_classes()[history["site"]]
    captures: list[wayback.Capture] = []
    for prefix in target.HISTORY_PREFIXES:
        url = wayback.cdx_query(prefix, history["from"], history["to"])
        found, resume = wayback.parse_cdx(client.get("/" + url.split("://", 1)[1]).content)
        assert resume is None
        captures += found
    other = wayback.cdx_query(target.HISTORY_PREFIXES[0], 2015, 2016)
    assert wayback.parse_cdx(client.get("/" + other.split("://", 1)[1]).content) == ([], None)
    archived = {
        e["archive_url"]: u for u, e in expected["articles"].items() if e.get("archive_url")
    }
    assert set(archived) <= {c.archive_url for c in captures}
    listed = {c.original for c in captures}
    assert set(history["ignored"]) <= listed
    assert {u.replace("https://", "http://") for u in history["known"]} <= listed
    for capture in captures:
        if capture.original in history["ignored"] or capture.archive_url not in archived:
            continue
        answer = client.get("/" + capture.raw_url.split("://", 1)[1])
        assert answer.status_code == 200, capture.raw_url
        assert answer.headers["content-type"].startswith("text/html")
        assert "Memento-Datetime" in answer.headers
        assert b"<html" in answer.content
