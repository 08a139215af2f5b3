"""A "Stand:" line just under the headline ("Stand: 30.11.2020" alone under a knowledge
base's or a notebook's title, "Autor: A, Stand: 03.07.2018"): on a page that names no other
day there, the state's day is the page's; it ranks below every other date line
(:mod:`~newsarchive.extract.dateline` reads it; :data:`~.data.DATE_STAND_HEAD`)."""

from __future__ import annotations

import re

from newsarchive.extract import data


def stand_head(text: str, update: re.Match[str], after: int) -> bool:
    """True when ``update`` (a node's update word, ``after`` nodes below the headline) is
    "Stand" naming the line's only day: nothing dated before it, a day after it."""
    return (
        0 < after <= data.DATE_STAND_HEAD_NODES
        and data.DATE_STAND_HEAD.fullmatch(update.group(0)) is not None
        and not any(c.isdigit() for c in text[: update.start()])
    )
