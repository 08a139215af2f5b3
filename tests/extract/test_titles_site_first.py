"""Titles that put the site's name first and a headline opening with the name's first word
("Sparkasse Auental - Sparkasse eröffnet …", Joomla's site name before the title) keep the
headline (issue 11)."""

from __future__ import annotations

from newsarchive.extract.title import clean_title

URL = "https://www.sparkasse-auental.de/presse/filiale-lindenau.html"


def test_a_headline_sharing_the_sites_first_word_after_the_site_is_kept() -> None:
    title = "Sparkasse Auental - Sparkasse eröffnet neue Filiale in Lindenau"
    assert clean_title(title, URL, None) == "Sparkasse eröffnet neue Filiale in Lindenau"


def test_the_sites_abbreviated_name_after_a_headline_is_still_cut() -> None:
    title = "Sparkasse eröffnet neue Filiale in Lindenau - Sparkasse Auent."
    assert clean_title(title, URL, None) == "Sparkasse eröffnet neue Filiale in Lindenau"


def test_the_sites_name_after_a_section_is_still_cut() -> None:
    title = "Neue Filiale in Lindenau | Presse | Sparkasse Auental"
    assert clean_title(title, URL, None) == "Neue Filiale in Lindenau"
