"""A metadata title's parts: its end segments and its rest after a rubric, which a page may
show as its headline (:func:`~.title.find_title`)."""

from __future__ import annotations

from newsarchive.extract import data


def end_segments(title: str) -> list[str]:
    """A metadata title without its first or its last separated segment, lower case: the
    headline of "Blogname » Headline" or "Headline | Blogname" when the page shows it as a
    heading and nothing else names the site."""
    parts = data.TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return []
    first, last = parts[0], parts[-1]
    cut = (title[len(first) :], title[: title.rfind(last)])
    return [c for c in (data.TITLE_DANGLING.sub("", t).lower() for t in cut) if c]


def rubric_rest(title: str) -> str:
    """A metadata title after a short rubric and a colon ("Interview: Headline", "Ratgeber:
    Headline"), lower case: the headline where the page shows it as a heading of its own,
    the rubric only in the metadata."""
    rubric = data.TITLE_RUBRIC.match(title)
    if not rubric or len(rubric.group(1).split()) > data.TITLE_RUBRIC_MAX_WORDS:
        return ""
    return title[rubric.end() :].strip().lower()


def section_rest(head: str, variants: list[str]) -> str:
    """The ``<title>`` (lower case, site cut) after a section's rubric other than the kicker
    the ``<h1>`` shows apart ("Wirtschaft: Headline" over ``<span>Filialsterben</span>
    Headline``, og:title "Filialsterben: Headline"): the headline without the kicker
    (session 46, read on de_full169); "" where the rubric is the kicker."""
    rest = rubric_rest(head)
    kicked = len(variants) > 2 and head != variants[1].lower()
    return rest if kicked else ""
