"""Scoring as the corpus README defines it, the eval/extract commands, and the dev corpus floors."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsarchive.cli import cli
from newsarchive.extract import evaluation, folds, scoring

FIXTURES = Path(__file__).parent.parent / "fixtures" / "extraction"
DEV = Path(__file__).resolve().parent.parent.parent.parent / "shared" / "corpus" / "dev"

#: Regression floors on the dev corpus, a little under what extraction reaches today.
FLOORS = {
    "snippet_f1": 0.948,
    "token_f1": 0.968,
    "title": 0.898,
    "authors": 0.845,
    "date": 0.952,
}


def record(page_id: str, **expected: object) -> dict:
    return {"id": page_id, "expected": expected}


def test_snippets_micro_averaged() -> None:
    records = [
        record("a", body_with=["Die Bank", "wächst  stark"], body_without=["Newsletter"]),
        record("b", body_with=["fehlt"], body_without=["Impressum"]),
    ]
    predictions = {
        "a": {"lead": "Die Bank", "body": "wächst\nstark. Newsletter"},
        "b": {"body": "Text"},
    }
    scores = scoring.score(records, predictions)
    assert scores["snippet_precision"] == pytest.approx(2 / 3)
    assert scores["snippet_recall"] == pytest.approx(2 / 3)
    assert scores["snippet_f1"] == pytest.approx(2 / 3)


def test_token_f1_over_lead_and_body() -> None:
    records = [record("a", lead=["Die Bank"], body_paragraphs=["wächst stark"])]
    exact = scoring.score(records, {"a": {"lead": "Die Bank", "body": "wächst stark"}})
    half = scoring.score(records, {"a": {"body": "Die Bank"}})
    assert exact["token_f1"] == 1.0
    assert half["token_f1"] == pytest.approx(2 / 3)
    assert half["token_pages"] == 1


def test_title_authors_date() -> None:
    records = [
        record(
            "a", title="Die  Bank", authors=["Anna Müller", "Jan Schulz"], published="2026-11-26"
        ),
        record("b", title="X", authors=["Jan"], published="2026-11-26 23:30:00+00:00"),
    ]
    predictions = {
        "a": {
            "title": "die bank",
            "authors": ["jan schulz", "ANNA MÜLLER"],
            "published": "2026-11-26T08:00:00+01:00",
        },
        "b": {"title": "Y", "authors": [], "published": "2026-11-27T00:30:00+01:00"},
    }
    scores = scoring.score(records, predictions)
    assert scores["title"] == 0.5
    assert scores["authors"] == 0.5
    assert scores["date"] == 1.0  # the same day in the expected time zone


@pytest.mark.parametrize(
    ("predicted", "expected", "same"),
    [
        ("2026-11-26", "2026-11-26 10:00:00+00:00", True),
        ("2026-11-25", "2026-11-26", False),
        ("2026-11-26T10:00:00", "2026-11.26", True),
        (None, "2026-11-26", False),
    ],
)
def test_same_day(predicted: str | None, expected: str, same: bool) -> None:
    assert scoring.same_day(predicted, expected) is same


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    entries = [
        (
            "p1",
            "https://www.finanzblatt.example/banken/a.html",
            "news_jsonld.html",
            {
                "title": "Sparkasse Musterstadt startet auf Instagram",
                "authors": ["Anna Müller", "Jan Schulz"],
                "published": "2026-11-26",
                "body_with": ["Girokonto eröffnet"],
                "body_without": ["Heinz sagt"],
            },
        ),
        (
            "p2",
            "https://bankenblog.example/a/",
            "blog_markup.html",
            {
                "title": "Genossenschaftsbank twittert jetzt",
                "body_with": ["Xing"],
                "body_without": [],
            },
        ),
        ("p3", "https://x.example/leer", None, {"body_with": ["nichts"]}),
    ]
    with (tmp_path / "manifest.jsonl").open("w") as fp:
        for page_id, url, name, expected in entries:
            body = (FIXTURES / name).read_bytes() if name else b""
            (pages / f"{page_id}.html.gz").write_bytes(gzip.compress(body))
            fp.write(
                json.dumps({"id": page_id, "url": url, "fetched": None, "expected": expected})
                + "\n"
            )
    return tmp_path


def test_extract_corpus_command(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["p1", "p2", "p3"]
    assert lines[0]["authors"] == ["Anna Müller", "Jan Schulz", "dpa"]
    assert lines[2]["error"] == "empty"


def test_extract_page_command() -> None:
    result = CliRunner().invoke(
        cli, ["extract", str(FIXTURES / "blog_markup.html"), "--url", "https://b.example/"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["source"] == "Welt Online"


def test_eval_command_side_by_side(corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "trafilatura" in result.output
    assert "speed ratio" in result.output
    report = json.loads(CliRunner().invoke(cli, ["eval", "--corpus", str(corpus), "--json"]).output)
    assert report["errors"] == 1
    assert report["ours"]["title"] == 1.0
    assert report["ours"]["snippet_recall"] == pytest.approx(2 / 3)
    assert report["trafilatura"]["pages_per_s"] > 0


@pytest.mark.skipif(not (DEV / "manifest.jsonl").exists(), reason="../shared/corpus absent")
def test_dev_corpus_floors() -> None:
    report = evaluation.compare(DEV, with_baseline=False)
    misses = {
        k: round(report["ours"][k], 3) for k, floor in FLOORS.items() if report["ours"][k] < floor
    }
    assert not misses, f"below the floors {FLOORS}: {misses}"


def test_side_by_side_interleaves_with_rotating_order() -> None:
    pages = [
        evaluation.Page(id=str(i), url=f"https://x.de/{i}", body=b"<p>x</p>") for i in range(4)
    ]
    calls: list[tuple[str, str]] = []

    def extractor(name: str) -> Callable[[evaluation.Page], dict[str, str]]:
        def extract(page: evaluation.Page) -> dict[str, str]:
            calls.append((name, page.id))
            return {"title": f"{name} {page.id}"}

        return extract

    results = evaluation.run_side_by_side(pages, {"a": extractor("a"), "b": extractor("b")})
    # one warm-up call each, then page by page, the first extractor rotating
    assert calls == [("a", "0"), ("b", "0"),
                     ("a", "0"), ("b", "0"), ("b", "1"), ("a", "1"),
                     ("a", "2"), ("b", "2"), ("b", "3"), ("a", "3")]  # fmt: skip
    predictions, seconds = results["b"]
    assert predictions["3"] == {"title": "b 3"}
    assert seconds > 0


def test_default_corpus_is_beside_the_repository() -> None:
    assert evaluation.DEFAULT_CORPUS == DEV


def test_compare_warms_up_dates_before_the_timed_pass(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    monkeypatch.setattr(evaluation, "warm_up", lambda: order.append("warm-up"))
    timed = evaluation.run_side_by_side

    def run(pages: list, extractors: dict) -> dict:
        order.append("timed")
        return timed(pages, extractors)

    monkeypatch.setattr(evaluation, "run_side_by_side", run)
    evaluation.compare(corpus)
    assert order == ["warm-up", "timed"]


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.finanzblatt.example/a.html", "finanzblatt.example"),
        ("https://blog.bank.de/2026/11/x/", "bank.de"),
        ("https://news.bank.co.uk/x", "bank.co.uk"),
        ("http://web.archive.org/web/2012/http://www.bank.de/x", "bank.de"),
    ],
)
def test_site_of_is_the_registered_domain(url: str, site: str) -> None:
    assert folds.site_of(url) == site


def test_folds_keep_a_site_together_and_are_balanced() -> None:
    sites = {f"a{i}": "a.de" for i in range(4)} | {f"p{i}": f"s{i}.de" for i in range(8)}
    assigned = folds.assign_folds(sites, 3)
    assert len({assigned[f"a{i}"] for i in range(4)}) == 1
    sizes = sorted(list(assigned.values()).count(i) for i in range(3))
    assert sizes == [4, 4, 4]
    assert folds.assign_folds(dict(reversed(list(sites.items()))), 3) == assigned


def test_summarise_skips_folds_without_pages_for_a_field() -> None:
    base = {"snippet_precision": 1.0, "snippet_recall": 1.0, "snippet_f1": 1.0,
            "token_f1": 0.0, "token_pages": 0, "title_pages": 2, "authors": 1.0,
            "authors_pages": 1, "date": 0.5, "date_pages": 2}  # fmt: skip
    summary = folds.summarise([{**base, "title": 1.0}, {**base, "title": 0.5}])
    assert summary["title"]["mean"] == 0.75
    assert summary["title"]["sd"] == 0.25
    assert summary["title"]["min"] == 0.5
    assert summary["token_f1"]["per_fold"] == [None, None]
    assert summary["token_f1"]["mean"] == 0.0


def test_eval_command_with_folds(corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "--corpus", str(corpus), "--folds", "2"])
    assert result.exit_code == 0, result.output
    assert "2 folds by registered domain (3 sites; pages per fold: 2 1)" in result.output
    assert "trafilatura" in result.output.split("folds by registered domain")[1]
    report = json.loads(
        CliRunner()
        .invoke(cli, ["eval", "--corpus", str(corpus), "--folds", "2", "--no-baseline", "--json"])
        .output
    )
    assert report["folds"]["ours"]["title"]["per_fold"] == [1.0, 1.0]
    assert CliRunner().invoke(cli, ["eval", "--corpus", str(corpus), "--folds", "1"]).exit_code


@pytest.mark.parametrize("form", ["gzip-file", "stdin", "gzip-stdin"])
def test_extract_page_command_reads_gzip_and_standard_input(form: str, tmp_path: Path) -> None:
    html = (FIXTURES / "blog_markup.html").read_bytes()
    args = ["extract", "-", "--url", "https://b.example/"]
    stdin: bytes | None = html
    if form == "gzip-file":
        path = tmp_path / "seite.html.gz"
        path.write_bytes(gzip.compress(html))
        args[1], stdin = str(path), None
    elif form == "gzip-stdin":
        stdin = gzip.compress(html)
    result = CliRunner().invoke(cli, args, input=stdin)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["source"] == "Welt Online"


def test_a_gzip_bomb_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from newsarchive.extract import data, parsing

    monkeypatch.setattr(data, "MAX_GZIP_BYTES", 1_000)
    path = tmp_path / "bombe.html.gz"
    path.write_bytes(gzip.compress(b"<html><body>" + b" " * 100_000 + b"</body></html>"))
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    assert json.loads(result.output)["error"] == "too-large"
    assert parsing.ungzip(b"<html></html>") == b"<html></html>"


SHORT_PAGE = (
    "<html><head><title>Volksbank Süd startet Blog</title>"
    "<meta property='article:published_time' content='2012-05-04T10:00:00+02:00'>"
    "</head><body><h1>Volksbank Süd startet Blog</h1></body></html>"
)


def test_a_page_without_text_is_scored_on_its_metadata() -> None:
    """``no-text`` pages keep their title and date in the evaluation (and the error)."""
    page = evaluation.Page("s1", "https://vb.example/blog/", SHORT_PAGE.encode())
    predicted = evaluation.ours(page)
    assert predicted["error"] == "no-text"
    assert predicted["title"] == "Volksbank Süd startet Blog"
    expected = {"title": "Volksbank Süd startet Blog", "published": "2012-05-04"}
    report = scoring.score([{"id": "s1", "expected": expected}], {"s1": predicted})
    assert (report["title"], report["date"]) == (1.0, 1.0)


def test_extract_command_prints_what_a_failed_page_has(tmp_path: Path) -> None:
    path = tmp_path / "kurz.html"
    path.write_text(SHORT_PAGE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    printed = json.loads(result.output)
    assert (printed["error"], printed["title"]) == ("no-text", "Volksbank Süd startet Blog")
