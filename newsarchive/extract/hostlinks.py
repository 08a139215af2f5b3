"""A podcast episode's hosts as links after "Mit" ("<p class='episode-hosts'>Mit <a>Lea
Sommer</a> und <a>Jonas Reuter</a></p>", English "Hosted by <a>A</a> and <a>B</a>"): the
hosts present the episode and are its authors, as :data:`~.data.PODCAST_CREDIT` reads "Mit
A und B" written in one text; the links split that line into nodes no line pattern sees
(issue 11; kind read in ``de_full137``, judged on ``bw``, ``de_full93`` and
``de_full114``)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.givenname import opens_with_given_name
from newsarchive.extract.index import page_index
from newsarchive.extract.text import fold, folds_among


def link_hosts(tree: etree._Element) -> list[str]:
    """The names of the page's first element that holds only a hosts lead
    (:data:`~.data.HOST_LINK_LEADS`) and links joined by :data:`~.data.HOST_LINK_JOINERS`
    (after the last link nothing or the line's other credits, "· Gast: B"), each link a
    full name opening with a given name; [] if none."""
    seen: set[etree._Element] = set()
    for link in page_index(tree).tag("a"):
        holder = link.getparent()
        if holder is None or holder in seen:
            continue
        seen.add(holder)
        if not folds_among(holder.text, data.HOST_LINK_LEADS):
            continue
        links = list(holder)
        tails = [fold(child.tail) for child in links]
        if any(child.tag != "a" for child in links) or (
            tails[-1] and not tails[-1].startswith(data.HOST_LINK_AFTER)
        ):
            continue  # (after the last link only the line's other credits: "· Gast: B")
        if any(tail not in data.HOST_LINK_JOINERS for tail in tails[:-1]):
            continue
        names = [fold(child.text_content()) for child in links]
        if all(_full_name(name) for name in names):
            return names
    return []


def _full_name(name: str) -> bool:
    """A person's full name: two words or more, a byline's name form, a given name first."""
    return (
        " " in name and data.BYLINE_NAME.fullmatch(name) is not None and opens_with_given_name(name)
    )
