"""Near-duplicate detection: fingerprints, containment, which text is the original."""

import pytest

from newsarchive.archive.dedupe import (
    Candidate,
    SeenIndex,
    attributes_to,
    containment,
    fingerprint,
    original_of,
    overlap,
)

TEXT = (
    "Die GLS Bank pflegt seit Jahren eine Facebook-Seite mit vielen Fans. Große Banken "
    "fürchten dagegen, in sozialen Netzwerken die Kontrolle über ihre Botschaften zu "
    "verlieren. Manche Institute twittern trotzdem, andere setzen auf Xing und YouTube. "
    "Ein Sprecher sagt, man beobachte die Entwicklung genau und lerne aus den Fehlern. "
) * 3
OTHER = (
    "Die Europäische Zentralbank hat den Leitzins erneut angehoben. Sparer dürfen auf "
    "höhere Zinsen hoffen, Kreditnehmer müssen mehr zahlen. Ökonomen erwarten weitere "
    "Schritte im kommenden Jahr, die Inflation bleibt hartnäckig über dem Ziel. "
) * 3


def test_fingerprint_is_stable_and_case_blind() -> None:
    assert fingerprint(TEXT) == fingerprint(TEXT.upper())
    assert fingerprint(TEXT)
    assert fingerprint("zu kurz") == []


def test_copy_with_extra_lines_is_contained() -> None:
    copy = "Quelle: Welt Online\n" + TEXT + "\nÜber den Autor: schreibt gern über Banken."
    assert containment(set(fingerprint(copy)), set(fingerprint(TEXT))) > 0.9


def test_different_texts_are_not_contained() -> None:
    assert containment(set(fingerprint(OTHER)), set(fingerprint(TEXT))) < 0.1


def test_short_texts_never_match() -> None:
    assert containment({1, 2}, {1, 2}) == 0.0


@pytest.mark.parametrize(
    ("shared", "size", "other_size", "expected"),
    [(6, 8, 100, 0.75), (6, 100, 8, 0.75), (10, 10, 10, 1.0), (7, 7, 100, 0.0), (0, 50, 50, 0.0)],
)
def test_overlap_is_a_share_of_the_smaller_fingerprint(
    shared: int, size: int, other_size: int, expected: float
) -> None:
    assert overlap(shared, size, other_size) == expected


@pytest.mark.parametrize(
    ("source", "names", "expected"),
    [
        ("Welt Online", ("welt", "WELT"), True),
        ("welt.de", ("welt", None), True),
        ("Handelsblatt", ("welt", "WELT"), False),
        ("dpa", ("welt", "WELT"), False),
        (None, ("welt", "WELT"), False),
    ],
)
def test_attribution_names_a_site(
    source: str | None, names: tuple[str | None, ...], expected: bool
) -> None:
    assert attributes_to(source, *names) is expected


def _candidate(
    url: str, site: str, source: str | None = None, published: str | None = None
) -> Candidate:
    return Candidate(url, site, site.upper(), source, published)


def test_attributed_copy_is_never_the_original() -> None:
    welt = _candidate("https://www.welt.de/a", "welt", published="2011-08-02")
    copy = _candidate("https://steadynews.de/a", "steadynews", "Welt Online", "2011-08-01")
    assert original_of(copy, welt) is welt
    assert original_of(welt, copy) is welt


def test_earlier_publication_is_the_original_without_attribution() -> None:
    early = _candidate("https://a.de/x", "a", published="2012-01-01")
    late = _candidate("https://b.de/x", "b", published="2012-02-01")
    assert original_of(late, early) is early
    assert original_of(early, late) is early


def test_seen_index_finds_best_and_forgets() -> None:
    index = SeenIndex()
    original = set(fingerprint(TEXT))
    index.add(original, _candidate("https://www.welt.de/a", "welt"), owner="crawler-1")
    index.add(set(fingerprint(OTHER)), _candidate("https://x.de/b", "x"), owner="crawler-2")
    match = index.best("https://steadynews.de/a", set(fingerprint(TEXT + " Quelle")), 0.6)
    assert match is not None
    assert match[0].url == "https://www.welt.de/a"
    assert match[1] > 0.9
    assert index.best("https://www.welt.de/a", original, 0.6) is None  # never itself
    index.forget_owner("crawler-1")
    assert index.best("https://steadynews.de/a", original, 0.6) is None
    assert set(index.entries) == {"https://x.de/b"}
