"""Headlines of pages without an ``<h1>`` that a metadata title repeats, for
:mod:`~newsarchive.extract.title`: old table layouts and portal scripts show the headline in
a ``<font>``/``<b>``/``<td>`` and title the page "Site - Section - Headline"."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import contains_any, page_index, visible_text
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.shown import headline_texts
from newsarchive.extract.text import fix_text


def title_parts(titles: list[str]) -> dict[str, str]:
    """Each title's runs of separated segments from its start or its end, all but the whole
    title ("Site - Section - Headline": "Section - Headline", "Headline", "Site - Section",
    "Site"), of :data:`~.data.TITLE_PART_MIN_WORDS` words or more, and the rest of the title
    or of a part after a kicker or rubric and a colon ("Filialsterben: Headline", at most
    :data:`~.data.TITLE_PART_RUBRIC_MAX_WORDS` words before it, at least
    :data:`~.data.TITLE_PART_RUBRIC_MIN_WORDS` after it): lower case to as written."""
    parts: dict[str, str] = {}
    for title in (fix_text(t) for t in titles):
        ends = [title]
        for cut in data.TITLE_SEPARATORS.finditer(title):
            ends += [title[cut.end() :], title[: cut.start()]]
        for part in ends:
            part = data.TITLE_DANGLING.sub("", part).strip()
            rubric = data.TITLE_RUBRIC.match(part)
            if rubric and len(rubric.group(1).split()) <= data.TITLE_PART_RUBRIC_MAX_WORDS:
                rest = part[rubric.end() :].strip()  # "Kicker: Headline": the headline too
                if len(rest.split()) >= data.TITLE_PART_RUBRIC_MIN_WORDS:
                    parts.setdefault(rest.lower(), rest)
            if part != title and len(re.findall(r"\w+", part)) >= data.TITLE_PART_MIN_WORDS:
                parts.setdefault(part.lower(), part)
    return parts


def shown_part(parts: dict[str, str], shown: set[str]) -> str:
    """The longest title part (:func:`title_parts`) the page shows as an element's text."""
    found = [parts[p] for p in parts if p in shown]
    return max(found, key=len) if found else ""


def classed_headline(tree: etree._Element, titles: Sequence[str] = ()) -> str:
    """The first element whose own class names it a headline or title
    (:data:`~.data.HEADLINE_ELEMENT_CLASSES`, not :data:`~.data.HEADLINE_ELEMENT_NOT`) or a
    big ``<font>`` (:data:`~.data.HEADLINE_FONT_SIZES`), else the first heading
    (:data:`~.data.HEADLINE_ELEMENT_TAGS`), outside links, navigation, sidebars, footers and
    teasers, of :data:`~.data.HEADLINE_ELEMENT_MIN_WORDS` words or more: the
    story's headline on a page without ``<h1>`` whose metadata title names only the site or
    a section ("Sparkasse Talheim", "Presse", "Kreisbote - Artikel"). A heading by its tag
    alone comes after every classed element (a radio's player "<h3>Song – Artist</h3>" before
    the news item's "<div class="headline">") and counts only where no ``<h1>``'s text
    stands in one of the metadata ``titles`` (lower case): an ``<h1>`` "Ischgl" under the
    title "Trails! Ischgl" is the page's own headline, its ``<h2>`` a slogan."""
    body = tree.find("body")
    if body is None:
        return ""
    if found := _headline_element(tree, body, (), titles):
        return found
    h1s = [fix_text(" ".join(headline_texts(h))).lower() for _, h in page_index(tree).tags["h1"]]
    if any(h and h in t for h in h1s for t in titles):
        return ""
    return _headline_element(tree, body, data.HEADLINE_ELEMENT_TAGS, titles)


def _headline_element(
    tree: etree._Element, body: etree._Element, tags: Collection[str], titles: Sequence[str]
) -> str:
    """:func:`classed_headline`'s first element of a headline class, a big ``<font>`` or
    (with ``tags``) one of those tags alone, never a banner naming the site (:func:`_banner`
    with :data:`~.data.HEADLINE_BANNER_MARKS`: "<font size=5>Site</font>" over the story, the
    name again in the footer; "Site – Slogan"; but a rubric's "Kommentar: …" under the title
    "Site - Kommentar" is the headline); a ``<font>`` of
    :data:`~.data.HEADLINE_FONT_SIZES_NO_H1` never a line :data:`~.data.HEADLINE_FONT_NOT`
    matches (a masthead, a list's numbered point, a teaser cut short) nor a label."""
    seen = 0
    sizes = data.HEADLINE_FONT_SIZES
    if not page_index(tree).tags["h1"]:
        sizes = sizes | data.HEADLINE_FONT_SIZES_NO_H1
    for element in body.iter(etree.Element):
        classes = (element.get("class") or "").lower()
        if tags:
            if element.tag not in tags:
                continue
        elif not contains_any(classes, data.HEADLINE_ELEMENT_CLASSES) and not (
            element.tag == "font" and element.get("size") in sizes
        ):
            continue
        seen += 1
        if seen > data.REPEATED_HEADING_MAX:
            break
        if any(c in classes for c in data.HEADLINE_ELEMENT_NOT) or element.find(".//a") is not None:
            continue
        if any(
            a.tag in data.POST_HEADING_OUTSIDE
            or skipped_part(a)
            or contains_any((a.get("class") or "").lower(), data.HEADLINE_ELEMENT_OUTSIDE)
            for a in (element, *element.iterancestors())
        ):
            continue
        text = fix_text(" ".join(headline_texts(element)))
        # a font one step over the default is read as a bold line is (bold_headline)
        weak = element.get("size") in data.HEADLINE_FONT_SIZES_NO_H1 and not tags
        if (
            len(text) <= 300
            and len(re.findall(r"\w+", text)) >= data.HEADLINE_ELEMENT_MIN_WORDS
            and not _banner(tree, text, titles, data.HEADLINE_BANNER_MARKS)
            and not (weak and (re.match(data.HEADLINE_FONT_NOT, text) or text.endswith(":")))
        ):
            return text
    return ""


def bold_line(bold: etree._Element) -> str:
    """The text of a bold element (:data:`~.data.BOLD_HEADLINE_TAGS`) that is a whole line
    of its block (:data:`~.data.BOLD_HEADLINE_BLOCKS`): inside inline wrappers
    (:data:`~.data.BOLD_HEADLINE_WRAPPERS`, ``<font size="4"><b>…</b></font>``) that hold
    nothing else, with only the block's start, a ``<br>`` or a block element
    (:data:`~.data.BOLD_LINE_BLOCKS`: "<br><font size=4><b>Headline</b></font><p>Lead")
    before and after it."""
    unit = bold
    while (parent := unit.getparent()) is not None and parent.tag in data.BOLD_HEADLINE_WRAPPERS:
        if (parent.text or "").strip() or (unit.tail or "").strip() or len(parent) != 1:
            return ""
        unit = parent
    if parent is None or parent.tag not in data.BOLD_HEADLINE_BLOCKS:
        return ""
    before, after = unit.getprevious(), unit.getnext()
    breaks = ("br", *data.BOLD_LINE_BLOCKS)  # a block beside it ends the line too
    if (before is None and (parent.text or "").strip()) or (
        before is not None and (before.tag not in breaks or (before.tail or "").strip())
    ):
        return ""
    if (unit.tail or "").strip() or (after is not None and after.tag not in breaks):
        return ""
    return fix_text(" ".join(headline_texts(bold)))


def _banner(
    tree: etree._Element,
    text: str,
    titles: Sequence[str],
    marks: Collection[str] = data.BANNER_MARKS,
) -> bool:
    """Whether a bold line names the site: it opens with one of the site-only ``titles``
    (lower case) before a separator of ``marks`` ("Site – Slogan"), or it recurs whole in
    the body's text (the name in the footer: "Verband · Ort", "© 2004 Verband") and is
    short as a name is (:data:`~.data.BANNER_RECUR_MAX_WORDS`)."""
    lowered = text.lower()
    for title in titles:
        if lowered.startswith(title) and text[len(title) :].lstrip()[:1] in marks:
            return True
    if len(text.split()) >= data.BANNER_RECUR_MAX_WORDS:
        return False
    return " ".join((visible_text(tree) or "").split()).count(text) > 1


def bold_headline(tree: etree._Element, titles: list[str]) -> str:
    """The first line that is all bold text (:func:`bold_line`: "<p><b>Headline</b></p>",
    "<br><b><font size=4>Headline</font></b><br>"), outside links, navigation, sidebars,
    footers and teasers, of :data:`~.data.HEADLINE_ELEMENT_MIN_WORDS` words or more, and never
    a byline, a masthead, a date or a label line (:data:`~.data.BOLD_HEADLINE_NOT`, a date
    form, a closing colon) nor one opening with one of the site-only ``titles`` (lower case:
    a banner "Site – Slogan"): the story's
    headline on hand-made pages of the 1990s and 2000s (FrontPage, Netscape Composer) whose
    metadata title is the site's, a section's or the editor's default name ("Presse", "Neue
    Seite 1") and that show no classed headline (:func:`classed_headline`)."""
    body = tree.find("body")
    if body is None:
        return ""
    seen = 0
    for element in body.iter(*data.BOLD_HEADLINE_TAGS):
        text = bold_line(element)
        if not text:
            continue
        seen += 1
        if seen > data.REPEATED_HEADING_MAX:
            break
        if (
            len(text) > 300
            or len(re.findall(r"\w+", text)) < data.HEADLINE_ELEMENT_MIN_WORDS
            or text.endswith(":")
            or data.BOLD_HEADLINE_NOT.match(text)
            or _banner(tree, text, titles)
            or any(p.search(text) for p in (data.DATE_LONG, data.DATE_NUMERIC))
            or element.find(".//a") is not None
        ):
            continue
        if any(
            a.tag in data.POST_HEADING_OUTSIDE
            or skipped_part(a)
            or contains_any((a.get("class") or "").lower(), data.HEADLINE_ELEMENT_OUTSIDE)
            for a in (element, *element.iterancestors())
        ):
            continue
        return text
    return ""
