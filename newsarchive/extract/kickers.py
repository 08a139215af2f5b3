"""A headline's kicker (Dachzeile): the headline's readings with and without it, and the title
without a kicker the page marks apart (:data:`~newsarchive.extract.data.KICKER_CLASSES`)."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.shown import headline_texts
from newsarchive.extract.text import fix_text


def headline_variants(h1: etree._Element) -> list[str]:
    """A headline's text: without its kicker, "kicker: headline", and as it stands."""
    full = re.sub(r"\s+([:,!?]|\.(?!\.))", r"\1", fix_text(" ".join(headline_texts(h1))))
    parts = list(h1.iterdescendants("*"))
    kicker = [
        c for c in parts if any(k in (c.get("class") or "").lower() for k in data.KICKER_CLASSES)
    ]
    main = [
        c
        for c in parts
        if c not in kicker
        and any(k in (c.get("class") or "").lower() for k in data.HEADLINE_CLASSES)
    ]
    if main and not kicker:
        rest = fix_text(" ".join(main[0].itertext()))
        kicker_text = full[: full.find(rest)].strip(" :|-–") if rest in full else ""
    elif kicker:
        kicker_text = fix_text(" ".join(t for k in kicker for t in k.itertext()))
        rest = full.replace(kicker_text, "", 1).strip(" :|-–") if kicker_text else full
    else:
        return [full]
    if not rest or rest == full:
        return [full]
    if not kicker_text:
        return [rest, full]
    return [rest, f"{kicker_text.rstrip(' :')}: {rest}", full]


def kicker_free(headlines: list[etree._Element], title: str) -> str | None:
    """The headline without the kicker where the page marks the kicker apart inside one of
    its ``headlines`` (``<h1><span class="kicker">Neobank</span><span class="title">Die App
    …</span></h1>``) and ``title`` is that headline with it ("Neobank: Die App …"): a reader
    takes the marked kicker for a label over the headline, as the page shows it; None
    otherwise."""
    for h1 in headlines:
        parts = list(h1.iterdescendants("*"))
        if not any(_kicker_class(c) for c in parts):
            continue
        variants = headline_variants(h1)
        if len(variants) > 1 and title in variants[1:]:
            return variants[0]
    return None


def _kicker_class(element: etree._Element) -> bool:
    """An element classed as a kicker (:data:`~.data.KICKER_CLASSES`)."""
    return any(k in (element.get("class") or "").lower() for k in data.KICKER_CLASSES)
