"""A note on the piece's version in another language leaves the page before the body is
read: the box or paragraph around a link to that version (``<a hreflang="tr">``, a language
other than the page's own ``lang``), with the note's sentence in the page's language beside
it ("Diese Meldung gibt es auch auf Türkisch – veröffentlicht am 08.05.2024." over "Bu haber
Türkçe olarak da yayınlandı: <a hreflang="tr-TR">…</a>"), or a box listing the translations.
The note is the largest element around the link that is still short
(:data:`~.data.LANGUAGE_NOTE_MAX_CHARS`), holds no other link and few plain paragraphs; the
page's chrome (its language switch in the header) is left alone. Such notes in the page's own
language without a link are lines of :data:`~.data.VERSION_NOTICE`."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import remove_all
from newsarchive.extract.parsing import xpath


def drop_language_notes(tree: etree._Element) -> None:
    """Remove every note on another language's version of the piece from ``tree``."""
    own = _language(tree.get("lang") or tree.get("xml:lang"))
    if not own:
        return  # (a page that names no language: nothing to tell the other one from)
    notes = []
    for link in xpath(tree, "//a[@hreflang]"):
        other = _language(link.get("hreflang"))
        if other and other != own and not _in_chrome(link):
            note = _note(link)
            if note is not None:
                notes.append(note)
    remove_all(tree, notes)


def _language(code: str | None) -> str:
    """A language tag's primary subtag, lower case ("tr-TR": "tr")."""
    return (code or "").strip().split("-")[0].split("_")[0].lower()


def _in_chrome(link: etree._Element) -> bool:
    """Whether ``link`` is in the page's navigation, header or footer (its language switch)."""
    return any(a.tag in ("nav", "header", "footer") for a in link.iterancestors())


def _note(link: etree._Element) -> etree._Element | None:
    """The largest element around ``link`` that is a note: none where even the link's own
    block is too long (a paragraph of the text that links a foreign page)."""
    note = None
    for block in link.iterancestors():
        if block.tag in data.LANGUAGE_NOTE_CHROME or block.tag not in data.LANGUAGE_NOTE_TAGS:
            break
        if not _note_like(block):
            break
        note = block
    return note


def _note_like(block: etree._Element) -> bool:
    """Short, every link in it one to a language version, few paragraphs without one."""
    if len(" ".join(block.text_content().split())) > data.LANGUAGE_NOTE_MAX_CHARS:
        return False
    if any(a.get("href") and not a.get("hreflang") for a in block.iter("a")):
        return False
    if xpath(block, ".//h1"):
        return False
    plain = [p for p in block.iter("p") if not xpath(p, ".//a[@hreflang]")]
    return len(plain) <= data.LANGUAGE_NOTE_MAX_PLAIN_PARAGRAPHS
