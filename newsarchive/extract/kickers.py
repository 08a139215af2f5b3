"""A headline's kicker (Dachzeile): the headline's readings with and without it
(:data:`~newsarchive.extract.data.KICKER_CLASSES`); :func:`~.title.find_title` lets the
metadata titles decide between them."""

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
    kicker = [c for c in parts if _kicker(c)]
    # (the outermost only: "header-label" over "header-label__content", one kicker)
    kicker = [c for c in kicker if not any(a in kicker for a in c.iterancestors())]
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
    if data.MEDIA_KICKER.fullmatch(kicker_text.strip(" +:|-–")):
        return [rest]  # a format's badge ("Video"), not a kicker of the story
    return [rest, f"{kicker_text.rstrip(' :')}: {rest}", full]


def _kicker(element: etree._Element) -> bool:
    """Whether an element of the headline is its kicker by class
    (:data:`~.data.KICKER_CLASSES`), not by a field's label display ("field--label-hidden":
    Drupal's title field; :data:`~.data.KICKER_NOT_CLASSES`)."""
    classes = (element.get("class") or "").lower()
    for part in data.KICKER_NOT_CLASSES:
        classes = classes.replace(part, "")
    return any(k in classes for k in data.KICKER_CLASSES)
