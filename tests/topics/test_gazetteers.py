"""Every gazetteer and lexicon file: format, coverage, and each name finding itself."""

import re

import pytest

from newsarchive.topics import classify
from newsarchive.topics.lexicon import (
    DATA_DIR,
    entry_aliases,
    pattern_regex,
    read_lines,
    read_table,
    split_aliases,
)
from newsarchive.topics.matching import PASSING_KINDS
from newsarchive.topics.normalise import fold

BANK_KINDS = {
    "private", "savings", "landesbank", "cooperative", "direct", "neo", "ethical",
    "privatebank", "public", "central", "regulator", "association", "building-society",
    "broker", "foreign",
}  # fmt: skip
NETWORK_KINDS = {
    "network", "microblog", "business", "video", "photo", "messenger", "audio", "forum",
    "blog", "podcast", "influencer", "review",
}  # fmt: skip
COUNTRIES = {"DE", "AT", "CH", "EU", "INT", "LU"}
STATUSES = {"active", "historic"}

BANKS = read_table("banks.tsv")
NETWORKS = read_table("networks.tsv")
NETWORK_KIND = {row["name"]: row["kind"] for row in NETWORKS}


def literal_aliases(name: str, cell: str) -> list[str]:
    """The aliases one can write in a sentence (no regular expressions, no markers)."""
    out = []
    for alias in entry_aliases(name, cell):
        if alias.startswith(("re:", "re=", "!")):
            continue
        out.append(alias.lstrip("=").strip("*"))
    return out


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("banks.tsv", ["name", "kind", "country", "status", "aliases"]),
        ("bank_patterns.tsv", ["pattern", "kind", "country"]),
        ("networks.tsv", ["name", "kind", "status", "weight", "aliases", "context", "within"]),
        ("topic_terms.tsv", ["side", "weight", "pattern"]),
        ("bank_roles.tsv", ["where", "pattern"]),
    ],
)
def test_tables_have_header_and_full_rows(name: str, columns: list[str]) -> None:
    lines = [
        line for line in (DATA_DIR / name).read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]  # fmt: skip
    assert lines[0].split("\t") == columns
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == len(columns), f"{name}: {line!r}"
        assert cells[0].strip(), f"{name}: empty first column in {line!r}"
        assert cells == [c.strip() for c in cells], f"{name}: stray spaces in {line!r}"


def test_banks_format_and_coverage() -> None:
    names = [row["name"] for row in BANKS]
    assert len(names) >= 150
    assert len(names) == len(set(names)), "duplicate canonical names"
    for row in BANKS:
        assert row["kind"] in BANK_KINDS, row
        assert row["country"] in COUNTRIES, row
        assert row["status"] in STATUSES, row
        for alias in split_aliases(row["aliases"]):
            assert not alias.startswith(("re:", "re=")), "banks.tsv takes no regexes"
            assert "\t" not in alias
    wanted = {
        "Deutsche Bank", "Commerzbank", "ING", "Deutsche Kreditbank", "N26", "Comdirect",
        "Consorsbank", "GLS Bank", "Triodos Bank", "Sparkassen-Finanzgruppe", "LBBW",
        "DZ Bank", "Erste Group", "UBS", "Zürcher Kantonalbank", "PostFinance",
    }  # fmt: skip
    assert wanted <= set(names)
    kinds = {row["kind"] for row in BANKS}
    assert {"savings", "landesbank", "cooperative", "direct", "neo", "ethical"} <= kinds
    assert {row["country"] for row in BANKS} >= {"DE", "AT", "CH"}


def test_no_alias_belongs_to_two_banks() -> None:
    owner: dict[str, str] = {}
    for row in BANKS:
        for alias in literal_aliases(row["name"], row["aliases"]):
            key = fold(alias)[0]
            assert owner.get(key, row["name"]) == row["name"], f"{alias!r} is ambiguous"
            owner[key] = row["name"]


def test_bank_patterns_format() -> None:
    rows = read_table("bank_patterns.tsv")
    assert rows
    for row in rows:
        assert re.search(r"\{(?:place|adj|name)\}", row["pattern"]), row
        assert row["kind"] in BANK_KINDS
        assert row["country"] in COUNTRIES
        pattern_regex(row["pattern"])


def test_networks_format_and_coverage() -> None:
    names = [row["name"] for row in NETWORKS]
    assert len(names) >= 30
    assert len(names) == len(set(names))
    for row in NETWORKS:
        assert row["kind"] in NETWORK_KINDS, row
        assert row["status"] in STATUSES, row
        assert 0 < float(row["weight"]) <= 1, row
        if row["context"]:
            re.compile(row["context"])
        if row["within"]:
            assert row["within"] in names, row
    wanted = {
        "StudiVZ", "Xing", "MySpace", "Google+", "Twitter", "Facebook", "Instagram",
        "LinkedIn", "YouTube", "TikTok", "WhatsApp", "Snapchat", "Pinterest", "Mastodon",
        "Threads", "Bluesky", "Reddit", "Clubhouse", "Corporate Blog", "Podcast",
        "Influencer",
    }  # fmt: skip
    assert wanted <= set(names)
    assert {row["status"] for row in NETWORKS} == STATUSES


def test_topic_terms_format() -> None:
    rows = read_table("topic_terms.tsv")
    assert {row["side"] for row in rows} == {"bank", "social"}
    for row in rows:
        assert 0 < float(row["weight"]) <= 1, row
        re.compile(row["pattern"])


@pytest.mark.parametrize("name", ["false_friends.txt", "boilerplate.txt"])
def test_line_files_compile(name: str) -> None:
    lines = read_lines(name)
    assert lines
    for line in lines:
        re.compile(line)


def test_bank_roles_format() -> None:
    rows = read_table("bank_roles.tsv")
    assert {row["where"] for row in rows} == {"before", "after", "sentence"}
    for row in rows:
        re.compile(row["pattern"])


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        (row["name"], alias)
        for row in BANKS
        for alias in literal_aliases(row["name"], row["aliases"])
    ],
)
def test_every_bank_alias_finds_its_bank(name: str, alias: str) -> None:
    result = classify(body=f"Wie berichtet, hat {alias} am Montag Neues verkündet.")
    assert name in result.banks, f"{alias!r} -> {result.banks}"


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        (row["name"], alias)
        for row in NETWORKS
        for alias in literal_aliases(row["name"], row["aliases"])
    ],
)
def test_every_network_alias_finds_its_network(name: str, alias: str) -> None:
    context = "Die App von Meta, ein Netzwerk mit Video und Audio, anonym."
    # a blog or influencer counts beside a bank or another network (not in passing)
    bank = " mit der Sparkasse Hannover" if NETWORK_KIND[name] in PASSING_KINDS else ""
    result = classify(body=f"Wie berichtet, ist {alias}{bank} am Montag gestartet. {context}")
    assert name in result.networks, f"{alias!r} -> {result.networks}"
