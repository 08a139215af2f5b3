"""Decoding and parsing: a response body to text (:func:`decode`), text to one lxml tree
(:func:`parse`), and the text of elements of that tree."""

from __future__ import annotations

import codecs
import contextlib
import functools
import re
import zlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.text import fold

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
#: Control characters that are invalid in HTML text (lxml turns them into U+FFFD).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: The same characters as UTF-8 bytes (one byte each there): ``bytes.translate`` drops them
#: from the text handed to the parser ten times faster than the regex.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
#: The control characters a text page does not hold (C0 but tab, line feed, form feed and
#: carriage return): many of them at the start mark a binary body.
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
#: Comments and processing instructions are dropped at parse time (trafilatura expects that).
#: The decoded text is handed to libxml2 as UTF-8 bytes (a fifth faster than a ``str``; the
#: same trees on every dev page), so the parser's encoding is fixed and a ``<meta charset>``
#: in the page cannot override it.
_PARSER = lxml.html.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
)


# Every element is a plain ``HtmlElement`` (no ``FormElement``/``InputElement``...), looked up
# in C: lxml.html's own lookup is a Python call each time an element reaches Python, which
# was the largest single cost of the whole extraction (trafilatura's copies included).
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
)
#: Numeric character references; those to control characters or surrogates are removed
#: before parsing (libxml2 would keep them as entity nodes that break trafilatura).
#: (Only references that may name such a character match: most pages have none.)
_CHAR_REF = re.compile(
    r"&#(?:[xX]0*([0-9a-fA-F]|1[0-9a-fA-F]|7[fF]|[dD][89a-fA-F][0-9a-fA-F]{2})(?![0-9a-fA-F])"
    r"|0*([0-9]|[12][0-9]|3[01]|127|5[5-7][0-9]{3})(?![0-9]));?"
)
#: A start tag this long is checked for its number of attributes before parsing (libxml2
#: compares each new attribute with the tag's others: time grows with their square).
_LONG_TAG_CHARS = 8000
_LONG_TAG = re.compile(rf"<[a-zA-Z][^<>]{{{_LONG_TAG_CHARS},}}>")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_ATTRIBUTE_NAME = re.compile(r"\s[^\s=<>/]+")
_COUNT_ELEMENTS = etree.XPath("count(//*)")
_COUNT_ATTRIBUTES = etree.XPath("count(//@*)")
#: The elements the HTML parser may imply once a page, whatever its text (``<html>``,
#: ``<head>``, ``<body>``), with room to spare: :func:`check_size`'s bound.
_ELEMENTS_PER_PAGE = 8
_HTMLISH = re.compile(r"<\s*(?:html|head|body|p|div|article|title|meta|!doctype)\b", re.I)


class ExtractionError(Exception):
    """The page holds no article we can extract; ``reason`` is a short slug.

    ``found`` holds what was read before the failure: for ``no-text`` (a page too short
    for a body) the page's metadata fields (title, authors, dates, ...) with an empty
    body, so that a caller may keep them; empty for the other reasons."""

    def __init__(self, reason: str, detail: str = "", found: dict[str, Any] | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.found: dict[str, Any] = dict(found or {})


def ungzip(body: bytes) -> bytes:
    """``body`` uncompressed if it is gzip data (a saved ``.html.gz`` page), else as it is;
    ``ExtractionError('too-large')`` past :data:`~newsarchive.extract.data.MAX_GZIP_BYTES`."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    inflate = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        plain = inflate.decompress(body, data.MAX_GZIP_BYTES)
    except zlib.error as error:
        raise ExtractionError("binary", f"bad gzip data: {error}") from error
    if inflate.unconsumed_tail:
        raise ExtractionError("too-large", f"gzip data over {data.MAX_GZIP_BYTES:,} bytes")
    return plain


def decode(body: bytes | str, encoding: str | None = None) -> str:
    """Decode a response body; raise ``ExtractionError`` for empty or binary bodies.

    Order: a byte-order mark, the given encoding, the page's ``<meta charset>``, UTF-8,
    then cp1252 (which decodes anything). Control characters invalid in HTML are removed.
    """
    return CONTROL.sub("", decode_text(body, encoding))


def decode_text(body: bytes | str, encoding: str | None) -> str:
    """:func:`decode` keeping control characters (:func:`parse` removes them faster)."""
    if isinstance(body, str):
        text = body
    else:
        if not body.strip():
            raise ExtractionError("empty")
        if b"\x00" in body[:4096] and not body.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        ):
            raise ExtractionError("binary", "NUL bytes in the body")
        text = _decode_bytes(body, encoding)
    if not text.strip():
        raise ExtractionError("empty")
    head = text[:2048]
    if len(_BINARY_CONTROL.findall(head)) > len(head) // 20:
        raise ExtractionError("binary", "control characters in the body")
    if not _HTMLISH.search(text[:65536]):
        raise ExtractionError("not-html", "no HTML markup")
    return text


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode bytes that are invalid UTF-8 as cp1252 (pages mixing both encodings)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("newsarchive-cp1252", _cp1252_fallback)


def _decode_bytes(body: bytes, encoding: str | None) -> str:
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    candidates = []
    match = _META_CHARSET.search(body[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "ignore"))
    if encoding:
        candidates.append(encoding)
    for name in candidates:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec in ("latin-1", "iso8859-1", "ascii"):
            codec = "cp1252"  # what browsers do for these labels
        if codec in ("cp1252", "iso8859-15"):
            # a page declared Latin-1 that is valid UTF-8 with non-ASCII bytes is UTF-8
            # (Latin-1 text almost never forms valid multi-byte UTF-8 sequences)
            with contextlib.suppress(UnicodeDecodeError):
                if re.search(rb"[\xc2-\xf4][\x80-\xbf]", body):
                    return body.decode("utf-8")
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        valid = body[: error.start].count(b"\xc3") + body[error.start :].count(b"\xc3")
        if valid or "utf" in " ".join(candidates).lower():
            return body.decode("utf-8", errors="newsarchive-cp1252")
        return body.decode("cp1252", errors="replace")


def _char_ref(match: re.Match[str]) -> str:
    hexa, decimal = match.groups()
    code = int(hexa, 16) if hexa else int(decimal)
    bad = code < 0x20 and code not in (0x09, 0x0A, 0x0C, 0x0D)
    return (
        ""
        if bad or code == 0x7F or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF
        else (match.group(0))
    )


def parse(text: str) -> etree._Element:
    """Parse HTML text into an lxml tree; ``ExtractionError('not-html')`` if impossible,
    ``ExtractionError('too-large')`` over the size guards (see :func:`check_size`)."""
    if len(text) > data.MAX_HTML_CHARS:
        raise ExtractionError("too-large", f"{len(text):,} characters")
    for tag in long_tags(text):
        attributes = len(_ATTRIBUTE_NAME.findall(_QUOTED.sub("", tag)))
        if attributes > data.MAX_TAG_ATTRIBUTES:
            raise ExtractionError("too-large", f"{attributes:,} attributes in one tag")
    text = _XML_DECL.sub("", text, count=1)
    if "&#" in text:
        text = _CHAR_REF.sub(_char_ref, text)
    raw = text.encode("utf-8", "replace").translate(None, _CONTROL_BYTES)
    try:
        tree = lxml.html.document_fromstring(raw, parser=_PARSER)
    except (etree.ParserError, ValueError) as error:
        raise ExtractionError("not-html", str(error)) from error
    if tree is None or len(tree) == 0:
        raise ExtractionError("not-html", "empty document")
    check_size(tree, len(text), text.count("<"))
    return _noframes_page(tree) if tree.find("body") is None else tree


def _noframes_page(tree: etree._Element) -> etree._Element:
    """A frameset page read as its ``<noframes>`` content shows it: old table layouts put
    the article there for browsers without frames, which libxml2 keeps as raw text (session
    56, read on dates_fl and dates_fm); the ``tree`` itself where there is none."""
    noframes = tree.find("frameset//noframes")
    inner = noframes.text if noframes is not None else None
    if not inner or "<" not in inner:
        return tree
    head = tree.find("head")
    page = etree.tostring(head, encoding="unicode") if head is not None else ""
    framed = lxml.html.document_fromstring(f"<html>{page}{inner}</html>", parser=_PARSER)
    return framed if framed is not None and framed.find("body") is not None else tree


def has_long_run(text: str, char: str, length: int) -> bool:
    """True if ``text`` has a run of more than ``length`` characters without ``char``."""
    return next(long_runs(text, char, length), None) is not None


def long_runs(text: str, char: str, length: int) -> Iterator[tuple[int, int]]:
    """The runs of more than ``length`` characters without ``char`` (start, end), in order.

    Such a run holds a whole window ``[k*h, (k+1)*h)`` with ``h = length // 2``: one C-level
    ``find`` a window (about 75 on a 300 KB page), and only around a window without ``char``
    is the run measured (``rfind``/``find`` to its ends); the page is never split."""
    step = max(length // 2, 1)
    start, end = 0, len(text)
    while start + step <= end:
        if text.find(char, start, start + step) >= 0:
            start += step
            continue
        left = text.rfind(char, 0, start) + 1
        right = text.find(char, start + step)
        right = end if right < 0 else right
        if right - left > length:
            yield left, right
        start += step * ((right - start) // step + 1)  # the next window past this run


def long_tags(text: str) -> Iterator[str]:
    """The start tags of more than :data:`_LONG_TAG_CHARS` characters, as ``_LONG_TAG``
    finds them: such a tag's text after its "<" is a run without "<", so only the tag that
    opens each long run is looked at (where a scan of the whole page looked at every "<")."""
    for left, right in long_runs(text, "<", _LONG_TAG_CHARS):
        if left == 0 or text[left - 1] != "<":
            continue  # (a run at the page's start opens no tag)
        tag = _LONG_TAG.match(text, left - 1, right + 1)
        if tag is not None:
            yield tag.group()


def check_size(tree: etree._Element, chars: int, opened: int | None = None) -> None:
    """Refuse a page with too many elements or attributes (``too-large``); drop overlong
    attribute values (see the guards in :mod:`newsarchive.extract.data`).

    ``opened``, the count of ``<`` in the parsed text, spares the count of the elements
    where it bounds it under the guard: the HTML parser makes an element at a ``<`` (a start
    tag, an empty ``<p>`` for a stray ``</p>``) or implies ``<html>``, ``<head>``, ``<body>``
    and a ``<p>`` around text right in ``<html>`` or ``<head>`` (one a run of text, each run
    after a ``<`` or at the start), so at most ``2 * opened + _ELEMENTS_PER_PAGE`` elements
    (measured: at most 1.05 an ``<`` on made-up pages of stray and implied tags, 0.68 on
    the dev pages, where the count of ``<`` took 0.4 of the count of the elements)."""
    if opened is None or 2 * opened + _ELEMENTS_PER_PAGE > data.MAX_ELEMENTS:
        elements = int(_COUNT_ELEMENTS(tree))
        if elements > data.MAX_ELEMENTS:
            raise ExtractionError("too-large", f"{elements:,} elements")
    if chars <= data.ATTRIBUTE_CHECK_CHARS:
        return  # (a smaller page cannot hold enough attributes to matter)
    attributes = int(_COUNT_ATTRIBUTES(tree))
    if attributes > data.MAX_ATTRIBUTES:
        raise ExtractionError("too-large", f"{attributes:,} attributes")
    if chars <= data.LONG_ATTRIBUTE_CHECK_CHARS:
        return
    for value in xpath(tree, f"//@*[string-length() > {data.MAX_ATTRIBUTE_CHARS}]"):
        owner = value.getparent()
        if owner is not None and value.attrname in owner.attrib:
            del owner.attrib[value.attrname]


def element_text(element: etree._Element) -> str:
    """An element's text, whitespace folded."""
    return fold(element.text_content()) if hasattr(element, "text_content") else ""


def page_text(tree: etree._Element) -> str:
    """The ``<body>``'s text, whitespace folded ("" without a body)."""
    body = tree.find("body")
    return element_text(body) if body is not None else ""


@functools.lru_cache(maxsize=512)
def compiled(expression: str) -> etree.XPath:
    """An XPath compiled once (the extractor's expressions are evaluated on every page; a
    site rule's invalid one raises :class:`lxml.etree.XPathSyntaxError` here)."""
    return etree.XPath(expression)


def home_link(href: str) -> bool:
    """Whether a link's ``href`` is the site's home page: "/" or, on a page a web archive
    serves, the archive's replay address of the original host's root
    (:data:`~newsarchive.extract.data.ARCHIVED_LINK`: a banner's or logo's link there)."""
    if href == "/":
        return True
    if "/web/" not in href:  # most links: no replay address, no regular expression
        return False
    archived = data.ARCHIVED_LINK.fullmatch(href.strip())
    return archived is not None and urlsplit(archived.group(1)).path in ("", "/")


def own_root(href: str, host: str) -> bool:
    """Whether ``href`` is an absolute link to the root of the page's own ``host`` (with
    or without "www."; not a post's address on it, "/?p=207")."""
    href = href.strip()
    if not host or not href.startswith(("http://", "https://")):
        return False
    parts = urlsplit(href)
    own = (parts.hostname or "").removeprefix("www.") == host
    return own and parts.path in ("", "/") and not parts.query


def xpath(node: etree._Element, expression: str) -> Any:
    """``node.xpath(expression)`` with the expression compiled once."""
    return compiled(expression)(node)
