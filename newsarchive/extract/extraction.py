"""Article extraction: one parsed page in, the article's text and metadata out.

The page is decoded (:func:`decode`) and parsed once with lxml; every step reads that
tree. Metadata comes from JSON-LD first, then OpenGraph/meta tags, then markup. The body
comes from trafilatura (precision mode, no metadata, run on our tree after our own
boilerplate removal and without the elements its cleaning deletes anyway),
then our paragraph rules: source attribution lines become the ``source`` field,
promo/navigation/credit lines leave, the lead is not repeated. Data (XPaths, lexicons,
patterns) lives in :mod:`newsarchive.extract.data`.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import html
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import lxml.html
import trafilatura
from lxml import etree

from newsarchive.extract import data

logger = logging.getLogger(__name__)

#: The keys :func:`extract` always returns.
FIELDS = (
    "title", "lead", "body", "authors", "agencies", "published", "modified", "language",
    "section", "tags", "site_name", "top_image", "paywalled", "word_count", "source",
    "canonical_url",
)  # fmt: skip

_TZ = ZoneInfo(data.DEFAULT_TZ)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
#: Control characters that are invalid in HTML text (lxml turns them into U+FFFD).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: The same characters as UTF-8 bytes (one byte each there): ``bytes.translate`` drops them
#: from the text handed to the parser ten times faster than the regex.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
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
_HTMLISH = re.compile(r"<\s*(?:html|head|body|p|div|article|title|meta|!doctype)\b", re.I)


class ExtractionError(Exception):
    """The page holds no article we can extract; ``reason`` is a short slug."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class SiteRules:
    """Per-site overrides, declared as class constants on a site's spider."""

    drop_xpaths: tuple[str, ...] = ()  #: elements removed before extraction
    body_xpath: str | None = None  #: the article body container, if the generic path fails
    title_suffixes: tuple[str, ...] = ()  #: extra site suffixes cut from titles (regexes)
    author_xpath: str | None = None  #: the byline, if JSON-LD and meta tags are wrong
    lead_xpath: str | None = None  #: the teaser, if the generic lead rules fail
    drop_lines: tuple[str, ...] = field(default=())  #: body paragraphs to drop (regexes)


# ---------------------------------------------------------------------------- decoding


def decode(body: bytes | str, encoding: str | None = None) -> str:
    """Decode a response body; raise ``ExtractionError`` for empty or binary bodies.

    Order: a byte-order mark, the given encoding, the page's ``<meta charset>``, UTF-8,
    then cp1252 (which decodes anything). Control characters invalid in HTML are removed.
    """
    return _CONTROL.sub("", _decoded(body, encoding))


def _decoded(body: bytes | str, encoding: str | None) -> str:
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
    if sum(1 for c in head if c < " " and c not in "\t\r\n\f") > len(head) // 20:
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


def parse(text: str) -> etree._Element:
    """Parse HTML text into an lxml tree; ``ExtractionError('not-html')`` if impossible."""
    text = _XML_DECL.sub("", text, count=1)
    raw = text.encode("utf-8", "replace").translate(None, _CONTROL_BYTES)
    try:
        tree = lxml.html.document_fromstring(raw, parser=_PARSER)
    except (etree.ParserError, ValueError) as error:
        raise ExtractionError("not-html", str(error)) from error
    if tree is None or len(tree) == 0:
        raise ExtractionError("not-html", "empty document")
    return tree


# ---------------------------------------------------------------------------- helpers


def fold(text: str | None) -> str:
    """Collapse whitespace (including no-break spaces) and strip."""
    return " ".join((text or "").split())


def _text(element: etree._Element) -> str:
    return fold(element.text_content()) if hasattr(element, "text_content") else ""


def _body_text(tree: etree._Element) -> str:
    """The ``<body>``'s text, whitespace folded ("" without a body)."""
    body = tree.find("body")
    return _text(body) if body is not None else ""


def _strings(value: Any) -> Iterator[str]:
    """Strings in a JSON-LD value: a string, a list of them, or objects with ``name``."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key in ("name", "@value", "url", "@id"):
            if isinstance(value.get(key), str):
                yield value[key]
                break


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and fold(value):
            return fold(value)
    return None


# ---------------------------------------------------------------------------- metadata


@dataclass
class Metadata:
    """What JSON-LD and meta tags say about a page."""

    jsonld: dict[str, Any]
    meta: dict[str, list[str]]
    #: JSON-LD objects by ``@id`` (authors given as references into a ``@graph``)
    ids: dict[str, dict[str, Any]] = field(default_factory=dict)

    def get(self, names: Iterable[str]) -> str | None:
        """The first meta tag value among ``names``."""
        for name in names:
            for value in self.meta.get(name, ()):
                if fold(value):
                    return fold(value)
        return None

    def all(self, names: Iterable[str]) -> list[str]:
        """Every value of the meta tags among ``names``."""
        return [fold(v) for name in names for v in self.meta.get(name, ()) if fold(v)]


def _jsonld_objects(tree: etree._Element) -> Iterator[dict[str, Any]]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            parsed = json.loads(raw, strict=False)
        except ValueError:
            try:
                parsed = json.loads(re.sub(r"[\x00-\x1f]", " ", raw), strict=False)
            except ValueError:
                continue
        yield from _walk_jsonld(parsed)


def _walk_jsonld(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _walk_jsonld(item)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(value.get(key), list | dict):
                yield from _walk_jsonld(value[key])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    names = kind if isinstance(kind, list) else [kind]
    return {n.lower() for n in names if isinstance(n, str)}


def read_metadata(tree: etree._Element) -> Metadata:
    """JSON-LD article object (merged with its ``WebPage``) and all meta tags."""
    best: dict[str, Any] = {}
    rank = len(data.ARTICLE_TYPES) + 1
    order = {name: i for i, name in enumerate(sorted(data.ARTICLE_TYPES - {"webpage"}))}
    order["webpage"] = len(order)
    others: list[dict[str, Any]] = []
    ids: dict[str, dict[str, Any]] = {}
    for obj in _jsonld_objects(tree):
        if isinstance(obj.get("@id"), str) and len(obj) > 1:
            ids.setdefault(obj["@id"], obj)
        kinds = _types(obj) & data.ARTICLE_TYPES
        if not kinds:
            others.append(obj)
            continue
        obj_rank = 1 if kinds != {"webpage"} else 2
        if obj_rank < rank:
            best, rank = obj, obj_rank
    if best and "publisher" not in best:
        for obj in others:
            if _types(obj) & {"organization", "newsmediaorganization", "website"}:
                best = {**best, "publisher": obj}
                break
    meta: dict[str, list[str]] = {}
    for element in tree.xpath("//meta[@content]"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        key = key or element.get("http-equiv")
        if key:
            meta.setdefault(key.strip().lower(), []).append(element.get("content") or "")
    return Metadata(best, meta, ids)


# ---------------------------------------------------------------------------- title


def _norm(text: str) -> str:
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", text)


def _site_keys(url: str, site_name: str | None) -> set[str]:
    keys = set()
    archived = data.ARCHIVED_URL.match(url)
    host = urlsplit(archived.group(1) if archived else url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "mobil", "amp")]
    if len(parts) >= 2:
        keys.add(_norm(parts[-2]))
        keys.add(_norm("".join(parts[-2:])))
        keys.add(_norm("".join(parts)))
    if site_name:
        keys.add(_norm(site_name))
        words = re.findall(r"[^\W\d_]+", site_name)
        if len(words) >= 2:
            keys.add(_norm("".join(w[0] for w in words)))  # "JF" for "Junge Freiheit"
    return {k for k in keys if len(k) >= 2}


def _is_site_segment(
    segment: str, keys: set[str], extra: tuple[str, ...], *, last: bool = False
) -> bool:
    norm = _norm(segment)
    if not norm:
        return True
    if any(re.fullmatch(p, segment.strip(), re.IGNORECASE) for p in extra):
        return True
    for key in keys:
        if norm == key or (
            last and len(key) >= 4 and (key in norm or norm in key) and len(segment) < 60
        ):
            return True
    if last and len(segment) < 60:
        # "Bankwissen 2.0 und mehr" on bankwissen2null.de: the site's name, abbreviated
        for key in keys:
            shared = next(
                (i for i, (a, b) in enumerate(zip(norm, key, strict=False)) if a != b), None
            )
            shared = min(len(norm), len(key)) if shared is None else shared
            if shared >= max(data.SITE_MIN_PREFIX, len(key) // 2 + 1):
                return True
    words = segment.lower().split()
    return len(words) <= 4 and any(w.strip(".:") in data.SITE_WORDS for w in words)


def fix_text(text: str) -> str:
    """Unescape leftover entities, repair UTF-8 read as cp1252, drop soft hyphens."""
    text = html.unescape(text) if "&" in text else text
    if re.search("[ÃÂ][\x80-\xbfŒ-™]", text):
        with contextlib.suppress(UnicodeError):
            text = text.encode("cp1252").decode("utf-8")
    return fold(text.translate(data.INVISIBLE))


def clean_title(title: str, url: str, site_name: str | None, extra: tuple[str, ...] = ()) -> str:
    """A title without the site's name before or after it ("Headline | Handelsblatt")."""
    return _clean_with(title, _site_keys(url, site_name), extra)


def _similar(a: str, b: str) -> float:
    """Word overlap of two titles (0..1, relative to the shorter)."""
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _headline_texts(element: etree._Element) -> Iterator[str]:
    """A headline's text nodes, without bylines, dates or styles nested in it."""
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and not (
            child.tag in data.HEADLINE_SKIP_TAGS
            or data.HEADLINE_SKIP_CLASS.search(child.get("class") or "")
        ):
            yield from _headline_texts(child)
        if child.tail:
            yield child.tail


def _h1_variants(h1: etree._Element) -> list[str]:
    """A headline's text: without its kicker, "kicker: headline", and as it stands."""
    full = re.sub(r"\s+([:,!?]|\.(?!\.))", r"\1", fix_text(" ".join(_headline_texts(h1))))
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


def _h1s(tree: etree._Element) -> list[tuple[str, list[str]]]:
    """Headline readings (see :func:`_h1_variants`), each with its kind: ``h1``, ``nav`` (an
    ``<h1>`` in a breadcrumb, a headline only if metadata repeats it) or ``other``."""
    found = []
    for h1 in tree.xpath(data.H1_XPATH):
        ancestors = list(h1.iterancestors())
        if any(a.tag == "footer" for a in ancestors):
            continue
        if any(a.tag == "nav" for a in ancestors):
            if h1.tag == "h1":
                found.append(("nav", [fix_text(" ".join(_headline_texts(h1)))]))
            continue
        classes = " ".join([h1.get("class") or "", h1.get("id") or ""]).lower()
        if (
            any(a.tag == "header" for a in ancestors)
            and not any(a.tag in ("article", "main") for a in ancestors)
            and not any(c in classes for c in data.H1_ARTICLE_CLASSES)
        ):
            continue
        if any(c in classes for c in data.H1_EXCLUDE_CLASSES) or h1.xpath(".//a[@rel='home']"):
            continue
        links = h1.xpath(".//a/@href")
        if links and urlsplit(str(links[0])).path in ("", "/"):
            continue  # a logo linking to the home page
        variants = [v for v in _h1_variants(h1) if 3 <= len(v) <= 300]
        if variants:
            found.append(("h1" if h1.tag == "h1" else "other", variants))
    return found


def _site_texts(tree: etree._Element) -> set[str]:
    texts = set()
    for element in tree.xpath(data.SITE_NAME_XPATH)[:20]:
        value = _text(element) or element.get("title") or ""
        for img in element.iter("img"):
            value = value or img.get("alt") or ""
        if 2 <= len(value) <= 60:
            texts.add(_norm(value))
    return {t for t in texts if t}


def find_title(
    tree: etree._Element, meta: Metadata, url: str, site_name: str | None, rules: SiteRules
) -> str:
    """The headline, by agreement between the page's headlines and its metadata titles.

    1. the ``<h1>`` reading (with or without its kicker) that most metadata titles (JSON-LD
       ``headline``, ``og:title``, ``<title>``, JSON-LD ``name``; site names cut) repeat;
    2. else a headline whose words mostly recur in a metadata title (the same story, the
       metadata worded for search engines): the visible headline;
    3. else the page's only headline;
    4. else the metadata title most sources give (ties: in the order above).
    """
    extra = rules.title_suffixes
    keys = _site_keys(url, site_name) | _site_texts(tree)
    head_title = tree.findtext(".//title") or ""
    raw = [
        t
        for t in (
            *_strings(meta.jsonld.get("headline")),
            meta.get(data.META_TITLE),
            head_title,
            *_strings(meta.jsonld.get("name")),
        )
        if t and fold(t)
    ]
    candidates = [c for c in (_clean_with(t, keys, extra) for t in raw) if c]
    lowered = [c.lower() for c in candidates]
    social = _clean_with(meta.get(data.META_TITLE) or "", keys, extra).lower()
    found = _h1s(tree)
    for real in (True, False):
        h1s = [v for kind, v in found if (kind == "h1") is real and kind != "nav"]
        best: tuple[int, str] | None = None
        for variants in h1s + [v for kind, v in found if not real and kind == "nav"]:
            for variant in variants:
                # og:title settles whether the kicker belongs to the headline
                support = lowered.count(variant.lower())
                support += len(raw) if variant.lower() == social else 0
                if support and (best is None or support > best[0]):
                    best = (support, variant)
        if best:
            return best[1]
        for variants in h1s:  # "Label Headline": a metadata title ends the headline
            for candidate in candidates:
                prefix = variants[-1][: -len(candidate)]
                if (
                    len(candidate) < len(variants[-1])
                    and variants[-1].lower().endswith(candidate.lower())
                    and prefix.endswith((" ", ":"))
                    and len(prefix.split()) <= data.TITLE_MAX_LABEL_WORDS
                ):
                    return candidate
        headlines = [v for v in h1s if _norm(v[-1]) not in keys]  # not the site's name
        scored = [
            (max(_similar(x, c) for c in candidates for x in v), -i, v[0])
            for i, v in enumerate(h1s)
            if candidates
        ]
        if scored:
            similarity, _, headline = max(scored)
            if similarity >= data.TITLE_MIN_SIMILARITY:
                return headline
        if real and len(headlines) == 1:
            return headlines[0][0]
    if candidates:
        return max(candidates, key=lambda c: (lowered.count(c.lower()), -lowered.index(c.lower())))
    return _clean_with(found[0][1][0], keys, extra) if found else ""


def _clean_with(title: str, keys: set[str], extra: tuple[str, ...]) -> str:
    title = fix_text(title)
    for _ in range(3):
        parts = data.TITLE_SEPARATORS.split(title)
        if len(parts) < 2:
            break
        if _is_site_segment(parts[-1], keys, extra, last=True):
            title = data.TITLE_DANGLING.sub("", title[: title.rfind(parts[-1])])
        elif _is_site_segment(parts[0], keys, extra):
            title = data.TITLE_DANGLING.sub("", title[len(parts[0]) :])
        else:
            break
    return data.TITLE_DANGLING.sub("", title)


# ---------------------------------------------------------------------------- authors


def _clean_name(raw: str) -> str:
    name = fold(re.sub(r"<[^>]+>", " ", raw).translate(data.INVISIBLE))
    name = re.sub(r"^[\s|•·:,-]+|[\s|•·:,-]+$", "", name)
    for _ in range(2):
        name = data.AUTHOR_PREFIX.sub("", name).strip()
    name = re.sub(r"\s*\((?:[^)]*)\)\s*", " ", name).strip()
    name = re.sub(r"^@", "", name)
    name = data.AUTHOR_TRAILER.sub("", name).strip()
    words = name.split()
    for i, word in enumerate(words):
        if i and word.lower().strip(".,:") in data.ROLE_WORDS:
            name = " ".join(words[:i])
            break
    return name.strip(" ,.;:-")


def split_authors(values: Iterable[str]) -> tuple[list[str], list[str]]:
    """Clean names and agencies from byline strings ("Von Anna Müller und Jan Schulz, dpa")."""
    names: list[str] = []
    agencies: list[str] = []
    for raw in values:
        if not raw or raw.startswith(("http://", "https://")):
            continue
        text = data.AUTHOR_PREFIX.sub("", fold(raw)).strip()
        for part in data.AUTHOR_SPLIT.split(text):
            for piece in re.split(r"\s*/\s*", part):
                _add_author(piece, names, agencies)
    return names, agencies


def _add_author(piece: str, names: list[str], agencies: list[str]) -> None:
    low = piece.strip(" .,;:()").lower()
    if low in data.AGENCIES:
        agency = data.AGENCIES[low]
        if agency not in agencies:
            agencies.append(agency)
        return
    name = _clean_name(piece)
    low = name.lower()
    if not name or low in data.AUTHOR_STOPWORDS or len(name) > 60 or len(name.split()) > 5:
        return
    if "@" in name or re.search(r"[\[(]at[\])]", low) or low in data.ROLE_WORDS - {"redaktion"}:
        return  # e-mail addresses, also spelled "name[at]example.org"
    if " " in name and name[0].islower() and name.split()[0] not in data.NAME_PARTICLES:
        return  # a phrase ("deinen Hochzeitsbloggern"), not a name
    if not re.search(r"[^\W\d_]", name):
        return
    if low in data.AGENCIES:
        if data.AGENCIES[low] not in agencies:
            agencies.append(data.AGENCIES[low])
        return
    if low not in {n.lower() for n in names}:
        names.append(name)


def find_authors(
    tree: etree._Element,
    meta: Metadata,
    rules: SiteRules,
    site_keys: frozenset[str] | set[str] = frozenset(),
    nodes: list[tuple[str, bool]] | None = None,
) -> tuple[list[str], list[str]]:
    """Authors and agencies: JSON-LD ``author``, meta tags, byline markup, byline text.

    ``nodes`` are the page's text nodes from the headline on (see :func:`page_nodes`)."""
    if rules.author_xpath:
        found = split_authors(_text(e) for e in tree.xpath(rules.author_xpath))
        if found[0] or found[1]:
            return found
    names, agencies = _byline_authors(tree, meta, site_keys, nodes)
    if not names and not agencies:
        # a blog post's author answering in its comments (WordPress marks that comment)
        names = [n for n in map(_text, tree.xpath(data.POST_AUTHOR_COMMENT_XPATH)) if n][:1]
        names = split_authors(names)[0]
    names = _spelled_out(_without_places(names), tree)
    return [_full_name(n, tree, meta) for n in names], agencies


def _byline_authors(
    tree: etree._Element,
    meta: Metadata,
    site_keys: frozenset[str] | set[str],
    nodes: list[tuple[str, bool]] | None,
) -> tuple[list[str], list[str]]:
    """Authors from metadata, byline markup or byline text, in that order."""
    raw = meta.jsonld.get("author") or meta.jsonld.get("creator")
    values = [v for v in _strings(_resolve(raw, meta.ids)) if not v.startswith(("http", "/"))]
    found = split_authors(values)  # an organisation credited in JSON-LD is an author
    if not values:
        values = [v for v in meta.all(data.META_AUTHOR) if not v.startswith(("http", "@"))]
        if not values:
            values = _labelled_meta_authors(meta)
        found = _without_site_names(split_authors(values), site_keys)
        if found[0] and _unseen(values, tree):
            # a site-wide meta author the page never shows yields to the byline it shows
            text = _without_site_names(split_authors(text_bylines(nodes or [])), site_keys)
            if text[0]:
                return text
    markup: tuple[list[str], list[str]] | None = None
    if found[0] and not _all_site_names(found[0], meta, site_keys):
        text = _without_site_names(split_authors(_byline_paragraph(nodes or [])), site_keys)
        if (
            text[0]
            and not {n.lower() for n in text[0]} & {n.lower() for n in found[0]}
            and _unseen(values, tree)
        ):
            # the account that posted (metadata, shown nowhere or hidden) is not the author
            # the article names ("Von Anna Müller" opening a guest post)
            return text
        if all(" " in name for name in found[0]):
            return found
        # a user name ("annamueller") the byline spells out ("Anna Müller") takes that spelling
        markup = _without_site_names(split_authors(_markup_bylines(tree)), site_keys)
        spelled = {_norm(name): name for name in markup[0]}
        return [spelled.get(_norm(n), n) if " " not in n else n for n in found[0]], found[1]
    markup = _without_site_names(split_authors(_markup_bylines(tree)), site_keys)
    if markup[0] and not _all_site_names(markup[0], meta, site_keys):
        return markup
    text = _without_site_names(split_authors(text_bylines(nodes or [])), site_keys)
    if text[0]:
        return text
    linked = _without_site_names(split_authors(_author_links(tree)), site_keys)
    if linked[0] and not _all_site_names(linked[0], meta, site_keys):
        return linked
    # nobody but the publisher itself is credited: it is the author
    return found if found[0] or found[1] else markup


_ALL_TEXT = etree.XPath(".//text()[not(ancestor::script or ancestor::style)]")
_HIDDEN = etree.XPath(  # (a <body> class such as "menu-hidden" marks a state, not a part)
    f".//*[{data.HIDDEN_TEST}][not(ancestor::*[ancestor::body][{data.HIDDEN_TEST}])]"
)


def _unseen(values: list[str], tree: etree._Element) -> bool:
    """True if no value occurs in the page's visible text (a theme's or site's meta author);
    text in hidden elements (rich snippets for search engines) is not visible."""
    body = tree.find("body")
    if body is None:
        return False
    text = fold(" ".join(_ALL_TEXT(body))).lower()
    wanted = [v for v in (fold(v).lower() for v in values) if v in text]
    if not wanted:
        return True
    hidden = fold(" ".join(" ".join(e.itertext()) for e in _HIDDEN(body))).lower()
    return all(text.count(v) <= hidden.count(v) for v in wanted)


def _without_places(names: list[str]) -> list[str]:
    """Drop places beside names ("Anna Müller, Frankfurt"; "Verlag, Berlin, Germany")."""
    return [n for n in names if n.lower() not in data.AUTHOR_PLACES]


def _spelled_out(names: list[str], tree: etree._Element) -> list[str]:
    """A "first.last" user name spelled out where the page's text gives the full name
    ("Anna P. Roth" for "anna.roth"), else as the name a lower-case login spells ("Anna
    Roth"); a styled one ("Anna.DiRoth") stays. First names alone stay: many blogs sign so."""
    handles = [n for n in names if " " not in n and len(re.split(r"[._]", n)) == 2]
    if not handles:
        return names
    body = tree.find("body")
    if body is None:
        return names
    visible = " ".join(body.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]"))
    out = []
    for name in names:
        first, _, last = name.replace("_", ".").partition(".")
        match = None
        if name in handles and len(first) > 1 and len(last) > 1 and first.isalpha():
            initial = r"\s+(?:[A-ZÄÖÜ]\.\s+)?"
            pattern = rf"(?<!\w)(?i:{re.escape(first)}){initial}(?i:{re.escape(last)})(?!\w)"
            match = re.search(pattern, visible)
        if match:
            out.append(fold(match.group(0)))
        elif (
            name in handles
            and name.islower()
            and first.isalpha()
            and last.isalpha()
            and last not in data.DOMAIN_ENDINGS  # "kath.net", "verlag_de": a site
            and not {first, last} & data.HANDLE_NOT_NAMES  # "sv_team", "web.redaktion"
        ):
            out.append(f"{first.title()} {last.title()}")
        else:
            out.append(name)
    return out


def _full_name(name: str, tree: etree._Element, meta: Metadata) -> str:
    """A first name alone ("Anna") completed where the page introduces its author in full:
    the author's description ("Anna Roth ist Redakteurin ...") or a heading over the
    author's other posts ("Mehr von Anna Roth"). Elsewhere a first name alone stays."""
    if " " in name or not name.isalpha() or not name[:1].isupper():
        return name
    texts = [
        str(person.get("description") or "")
        for person in _walk_jsonld(_resolve(meta.jsonld.get("author"), meta.ids))
        if fold(str(person.get("name") or "")) == name
    ]
    texts += [_text(e) for e in tree.xpath(data.AUTHOR_BIO_XPATH)[:3]]
    heading = re.compile(rf"{data.AUTHOR_HEADING.pattern}(?i:{re.escape(name)})\s+(\w+)", re.I)
    for text in texts:
        match = re.match(rf"{re.escape(name)}\s+([A-ZÄÖÜ][^\W\d_]+){data.BIO_NAME_END}", fold(text))
        if match and match.group(1).lower() not in data.AUTHOR_STOPWORDS:
            return f"{name} {match.group(1)}"
    for element in tree.xpath(data.AUTHOR_HEADING_XPATH)[:50]:
        match = heading.fullmatch(_text(element))
        if match and match.group(1)[:1].isupper():
            surname = match.group(1)
            return f"{name} {surname.title() if surname.isupper() else surname}"
    return name


def _resolve(value: Any, ids: dict[str, dict[str, Any]]) -> Any:
    """JSON-LD references (``{"@id": ...}`` alone) replaced by the objects they name."""
    if isinstance(value, list):
        return [_resolve(v, ids) for v in value]
    if isinstance(value, dict) and set(value) == {"@id"}:
        return ids.get(str(value["@id"]), value)
    return value


def _labelled_meta_authors(meta: Metadata) -> list[str]:
    """Authors from label/data meta pairs ("twitter:label1" "Verfasst von", "twitter:data1")."""
    found = []
    for key, labels in meta.meta.items():
        match = re.fullmatch(r"twitter:label(\d)", key)
        if match and any(data.AUTHOR_LABEL.fullmatch(fold(label)) for label in labels):
            found += meta.meta.get(f"twitter:data{match.group(1)}", [])
    return found


def _without_site_names(
    found: tuple[list[str], list[str]], site_keys: Iterable[str]
) -> tuple[list[str], list[str]]:
    """Drop the publisher ("finanzblatt.de") from a list of names."""
    names, agencies = found
    keys = set(site_keys)
    names = [
        " ".join(n.split()[:-1]) if len(n.split()) > 1 and _norm(n.split()[-1]) in keys else n
        for n in names
    ]  # "Anna musterblog": the blog's name after the author's
    people = [n for n in names if not _all_site_names([n], None, site_keys)]
    if people and len(people) < len(names):
        names = people
    return names, agencies


def _byline_paragraph(nodes: list[tuple[str, bool]]) -> list[str]:
    """A text node that is a byline and nothing else ("Von Anna Müller"), near the headline."""
    for text, skip in nodes[: data.BYLINE_NODES_BEFORE + data.BYLINE_PARAGRAPH_NODES]:
        text = text.translate(data.INVISIBLE)
        if not skip and len(text) < data.BYLINE_MAX_CHARS and data.BYLINE_LINE.fullmatch(text):
            return [data.AUTHOR_PREFIX.sub("", text)]
    return []


def text_bylines(nodes: list[tuple[str, bool]]) -> list[str]:
    """Names from byline text near the headline ("Von Anna Müller", "Autor: Jan Schulz | ...")."""
    for i, (text, skip) in enumerate(nodes[: data.BYLINE_MAX_NODES]):
        if skip or len(text) > data.BYLINE_MAX_CHARS:
            continue
        if data.BYLINE_PREFIX_ONLY.fullmatch(text) and i + 1 < len(nodes):
            text = f"{text} {nodes[i + 1][0]}"
            j = i + 1  # "Von" <a>Anna Roth</a> "und" <a>Jan Schulz</a>: every linked name
            while j + 2 < len(nodes) and data.BYLINE_JOINER.fullmatch(nodes[j + 1][0]):
                text = f"{text} {nodes[j + 1][0]} {nodes[j + 2][0]}"
                j += 2
        text = text.translate(data.INVISIBLE)  # "Von Mat\xadthi\xadas Lauerer"
        match = data.BYLINE_TEXT.search(text) or data.BYLINE_AFTER_DATE.search(text)
        if not match:
            continue
        name = fold(match.group("name")).rstrip(" ,;:")
        lead = match.groupdict().get("lead") or ""
        handle = lead.lower().startswith(data.BYLINE_HANDLE_LEADS)
        names = [n for n in data.AUTHOR_SPLIT.split(name) if n.lower() not in data.AUTHOR_PLACES]
        if (
            (names and all(data.BYLINE_NAME.fullmatch(n) for n in names))
            or (handle and data.BYLINE_HANDLE.fullmatch(name))
            or (lead and data.BYLINE_USER.fullmatch(name))
        ):
            return [name]
    return []


def _markup_bylines(tree: etree._Element) -> list[str]:
    """The first byline in markup that holds a name (a forum post's ``data-author`` first)."""
    for value in tree.xpath(data.AUTHOR_ATTR_XPATH)[:1]:
        if fold(str(value)):
            return [fold(str(value))]
    for xpath in data.AUTHOR_XPATHS:
        for element in tree.xpath(xpath)[:5]:
            text = _text(element)
            # a list of categories or tags in an "author" element is no byline
            if 1 < len(text) < 120 and 0 < len(split_authors([text])[0]) <= 4:
                return [text]
    return []


def _author_links(tree: etree._Element) -> list[str]:
    """The first link to an author's page ("/autoren/anna-mueller") whose text is a name, with
    the other author links of its byline ("Anna Müller, Jan Schulz & Eva Roth")."""
    links = tree.xpath(data.AUTHOR_LINK_XPATH)[:10]
    for element in links:
        if name := _link_name(element):
            parent = element.getparent()
            names = [name]
            for other in links:
                more = _link_name(other) if other.getparent() is parent else None
                if more and more not in names:
                    names.append(more)
            return names
    return []


def _link_name(element: etree._Element) -> str | None:
    """The name an author link shows (its ``itemprop="name"``, not a photo credit beside it)."""
    named = element.xpath('.//*[@itemprop="name"]')
    text = data.AUTHOR_PREFIX.sub("", _text(named[0] if named else element)).strip()
    return text if data.BYLINE_NAME.fullmatch(text) else None


def _all_site_names(names: list[str], meta: Metadata | None, site_keys: Iterable[str]) -> bool:
    """True if every "author" is the publisher itself ("finanzblatt.de", "Bankblog")."""
    return all(
        any(k == _norm(n) or (len(k) >= 3 and (k in _norm(n) or _norm(n) in k)) for k in site_keys)
        for n in names
    )


# ---------------------------------------------------------------------------- dates


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_TZ)
    return moment.isoformat()


def parse_date(value: str | None, fetched_at: datetime | None = None) -> str | None:
    """An ISO 8601 string from a metadata or German text date; date-only stays ``YYYY-MM-DD``."""
    text = fold(value)
    if not text:
        return None
    iso = re.match(
        r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*"
        r"(Z|[+-]\d{2}:?\d{2})?)?",
        text,
    )
    if iso:
        year, month, day, hour, minute, second, zone = iso.groups()
        try:
            if hour is None:
                return date(int(year), int(month), int(day)).isoformat()
            moment = datetime(
                int(year), int(month), int(day), int(hour), int(minute), int(second or 0)
            )
        except ValueError:
            return None
        if zone:
            zone = "+00:00" if zone == "Z" else zone
            if ":" not in zone:
                zone = zone[:3] + ":" + zone[3:]
            try:
                return datetime.fromisoformat(moment.isoformat() + zone).isoformat()
            except ValueError:
                return _iso(moment)
        return _iso(moment)
    return parse_german_date(text, fetched_at)


def parse_german_date(text: str, fetched_at: datetime | None = None) -> str | None:
    """German dates in text: "26. November 2026, 14:05 Uhr", "26.11.2026", "vor 3 Stunden"."""
    for pattern, month_is_name in ((data.DATE_LONG, True), (data.DATE_NUMERIC, False)):
        match = pattern.search(text)
        if not match:
            continue
        day, month, year, hour, minute = match.groups()
        month_no = data.MONTHS.get(month.lower().rstrip(".")) if month_is_name else int(month)
        if not month_no:
            continue
        try:
            if hour is None:
                return date(int(year), month_no, int(day)).isoformat()
            return _iso(datetime(int(year), month_no, int(day), int(hour), int(minute)))
        except ValueError:
            continue
    match = data.DATE_SLASHED.search(text)
    if match:
        first, second, year, hour, minute = match.groups()
        month, day = (int(first), int(second)) if int(first) <= 12 else (int(second), int(first))
        try:
            if hour is None:
                return date(int(year), month, day).isoformat()
            return _iso(datetime(int(year), month, day, int(hour), int(minute)))
        except ValueError:
            pass
    now = fetched_at or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    now = now.astimezone(_TZ)
    match = data.DATE_RELATIVE.search(text)
    if match:
        count_word, unit = match.groups()
        count = int(count_word) if count_word.isdigit() else data.NUMBER_WORDS[count_word.lower()]
        unit = unit.lower()
        if unit.startswith("sek"):
            delta = timedelta(seconds=count)
        elif unit.startswith("min"):
            delta = timedelta(minutes=count)
        elif unit.startswith(("stunde", "std")):
            delta = timedelta(hours=count)
        elif unit.startswith("tag"):
            delta = timedelta(days=count)
        else:
            delta = timedelta(weeks=count)
        return (now - delta).replace(microsecond=0).isoformat()
    match = data.DATE_DAYWORD.search(text)
    if match:
        word, hour, minute = match.groups()
        back = {"heute": 0, "gestern": 1, "vorgestern": 2}[word.lower()]
        day = now - timedelta(days=back)
        if hour is None:
            return day.date().isoformat()
        return day.replace(hour=int(hour), minute=int(minute), second=0, microsecond=0).isoformat()
    return None


def find_dates(
    tree: etree._Element,
    meta: Metadata,
    url: str,
    fetched_at: datetime | None,
    nodes: tuple[list[tuple[str, bool]], int] | None = None,
) -> tuple[str | None, str | None]:
    """Published and modified: JSON-LD, meta tags, ``<time>``/date markup, the address,
    htmldate; the visible date line replaces a metadata date close to it."""
    published = None
    for value in (
        *_strings(meta.jsonld.get("datePublished")),
        *_strings(meta.jsonld.get("dateCreated")),
        *meta.all(data.META_PUBLISHED),
    ):
        published = parse_date(value, fetched_at)
        if published:
            break
    if not published:
        published = _markup_date(tree, fetched_at)
    if not published:
        published = url_date(url) or _htmldate(tree, url)
    modified = None
    for value in (*_strings(meta.jsonld.get("dateModified")), *meta.all(data.META_MODIFIED)):
        modified = parse_date(value, fetched_at)
        if modified:
            break
    visible = visible_date(tree, fetched_at, nodes)
    if visible and (
        not published
        or _days_apart(visible, published) is not None
        or (modified and modified[:10] == visible[:10])
    ):
        published = visible if not published or visible[:10] != published[:10] else published
    return published, modified


def _days_apart(a: str, b: str) -> int | None:
    """Days between two ISO dates, or None when more than the visible-date drift apart."""
    try:
        days = abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None
    return days if days <= data.VISIBLE_DATE_MAX_DRIFT_DAYS else None


def url_date(url: str) -> str | None:
    """A day in the page address: "/2026/11/26/", "/26-11-2026"."""
    path = urlsplit(url).path
    match = data.URL_DATE_YMD.search(path)
    if match:
        year, month, day = match.groups()
    else:
        match = data.URL_DATE_DMY.search(path)
        if not match:
            return None
        day, month, year = match.groups()
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _text_nodes(
    body: etree._Element, headline: etree._Element | None
) -> tuple[list[tuple[str, bool]], int]:
    """Text nodes in document order, flagged when inside a part that carries other dates, and
    the index of the headline's first node. The walk stops
    :data:`~newsarchive.extract.data.NODES_AFTER_HEADLINE` nodes after the headline."""
    out: list[tuple[str, bool]] = []
    mark: int | None = None
    opened: list[bool] = []  # per open element: does it start a skipped part?
    depth = 0  # open skipped parts
    for event, element in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            if element is headline:
                mark = len(out)
            starts = False
            if not depth and isinstance(element.tag, str) and element.tag not in ("body", "html"):
                # (a body class such as "one-sidebar" or "nav-open" marks the page, not a part)
                starts = _skipped_part(element)
            opened.append(starts)
            depth += starts
            text = element.text if isinstance(element.tag, str) else None
            if text and not text.isspace():
                out.append((fold(text), depth > 0))
        else:
            depth -= opened.pop()
            tail = element.tail if element is not body else None
            if tail and not tail.isspace():
                out.append((fold(tail), depth > 0))
            if (mark is not None or headline is None) and len(out) > (
                mark or 0
            ) + data.NODES_AFTER_HEADLINE:
                break
    return out, mark or 0


_SKIP_WORDS = re.compile("|".join(map(re.escape, data.VISIBLE_DATE_SKIP_WORDS)), re.IGNORECASE)


@functools.lru_cache(maxsize=16384)
def _names_skipped_part(names: str) -> bool:
    """True for a class or id naming a part that carries other dates (values recur a lot)."""
    return _SKIP_WORDS.search(names) is not None


def _skipped_part(element: etree._Element) -> bool:
    """True for comments, teasers, navigation... (by tag or class/id words)."""
    if element.tag in data.VISIBLE_DATE_SKIP_TAGS:
        return True
    classes, ident = element.get("class"), element.get("id")
    return bool(
        (classes and _names_skipped_part(classes)) or (ident and _names_skipped_part(ident))
    )


def page_nodes(tree: etree._Element) -> tuple[list[tuple[str, bool]], int]:
    """The body's text nodes (flagged when in comments, teasers, navigation...) and the index
    of the headline's first one (0 without an ``<h1>``)."""
    body = tree.find("body")
    if body is None:
        return [], 0
    headline = next(iter(tree.xpath("//h1[normalize-space()]")), None)
    region = body
    if headline is not None:
        # the article or main part holding the headline, unless it is itself skipped
        for ancestor in headline.iterancestors("article", "main"):
            region = ancestor
            break
        if region is not body and any(
            _skipped_part(a)
            for a in (region, *region.iterancestors())
            if a.tag not in ("body", "html")
        ):
            region = body
    return _text_nodes(region, headline)


def visible_date(
    tree: etree._Element,
    fetched_at: datetime | None = None,
    nodes: tuple[list[tuple[str, bool]], int] | None = None,
) -> str | None:
    """The date line nearest the headline ("Veröffentlicht am 26.11.2026"), if any."""
    texts, mark = nodes if nodes is not None else page_nodes(tree)
    best: tuple[int, str] | None = None
    for i, (text, skip) in enumerate(texts):
        if skip or not re.search(r"\d{4}", text[:200]):
            continue
        match = data.DATE_LONG.search(text) or data.DATE_NUMERIC.search(text)
        if not match or data.VISIBLE_DATE_UPDATE.search(text):
            continue
        rest = data.VISIBLE_DATE_FILLER.sub("", text[: match.start()] + text[match.end() :])
        dateline = match.start() == 0 and data.DATELINE_DASH.match(text, match.end())
        if len(rest) > data.VISIBLE_DATE_MAX_REST and not dateline:
            continue
        distance = i - mark if i >= mark else (mark - i) * 3
        if distance > data.VISIBLE_DATE_MAX_DISTANCE or (best and distance >= best[0]):
            continue
        found = parse_german_date(text, fetched_at)
        if found:
            best = (distance, found)
    return best[1] if best else None


def _markup_date(tree: etree._Element, fetched_at: datetime | None) -> str | None:
    for xpath in data.DATE_XPATHS:
        for element in tree.xpath(xpath)[:5]:
            for value in (element.get("datetime"), element.get("content"), _text(element)[:120]):
                found = parse_date(value, fetched_at) if value else None
                if found:
                    return found
    return None


def _htmldate(tree: etree._Element, url: str) -> str | None:
    from htmldate import find_date

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=False)
    except Exception as error:  # htmldate raises many kinds on odd pages
        logger.debug("htmldate failed on %s: %s", url, error)
        return None
    return str(found) if found else None


# ---------------------------------------------------------------------------- body


def decode_cfemails(tree: etree._Element) -> bool:
    """Replace Cloudflare-obfuscated e-mail addresses with the addresses they hide; True if
    the page's text changed."""
    changed = False
    for element in tree.xpath(data.CFEMAIL_XPATH):
        address = decode_cfemail(element.get("data-cfemail") or "")
        if address is None:
            continue
        changed = True
        for child in list(element):
            element.remove(child)
        element.text = address
        del element.attrib["data-cfemail"]
        if element.get("href", "").startswith(data.CFEMAIL_HREF):
            element.set("href", "mailto:" + address)
    for link in tree.xpath(f'//a[starts-with(@href, "{data.CFEMAIL_HREF}")]'):
        address = decode_cfemail(link.get("href", "").split("#", 1)[-1])
        if address:
            link.set("href", "mailto:" + address)
    return changed


def decode_cfemail(encoded: str) -> str | None:
    """Decode a ``data-cfemail`` hex string (first byte is the XOR key)."""
    try:
        raw = bytes.fromhex(encoded)
    except ValueError:
        return None
    if len(raw) < 2:
        return None
    key = raw[0]
    return bytes(b ^ key for b in raw[1:]).decode("utf-8", errors="replace")


def _drop(tree: etree._Element, xpaths: Iterable[str]) -> None:
    for xpath in xpaths:
        try:
            elements = tree.xpath(xpath)
        except etree.XPathError as error:
            logger.warning("bad XPath %r: %s", xpath, error)
            continue
        for element in elements:
            if element.tag in ("html", "body", "article", "main"):
                continue
            if element.getparent() is not None:
                element.drop_tree()


#: Forms and elements with a class or id: the only candidates of :func:`drop_boilerplate`.
_CLASSED_OR_FORM = etree.XPath("//*[@class or @id] | //form")


@functools.lru_cache(maxsize=8192)
def _boilerplate_token(token: str) -> bool:
    """True for a class or id token naming boilerplate (tokens recur within and across pages)."""
    return data.BOILERPLATE_TOKEN.fullmatch(token) is not None


@functools.lru_cache(maxsize=16384)
def _boilerplate_classes(classes: str) -> bool:
    """True for a class attribute with a boilerplate token (whole attributes recur too)."""
    return any(_boilerplate_token(token) for token in classes.split())


def drop_boilerplate(tree: etree._Element, total: int | None = None) -> None:
    """Remove forms and elements whose class or id names boilerplate (bios, comments...).

    ``total`` is the length of the page's folded body text, if the caller has it."""
    if total is None:
        body = tree.find("body")
        total = len(_text(body)) if body is not None else 0
    doomed = []
    for element in _CLASSED_OR_FORM(tree):
        if element.tag in ("html", "body", "article", "main"):
            continue
        classes, ident = element.get("class"), element.get("id")
        if (
            element.tag == "form"
            or (classes and _boilerplate_classes(classes))
            or (ident and _boilerplate_token(ident))
        ):
            doomed.append(element)
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue
        if total and len(_text(element)) > total * data.BOILERPLATE_MAX_SHARE:
            continue
        element.drop_tree()
    _drop(tree, data.BOILERPLATE_XPATHS)


def _body_lines(tree: etree._Element, url: str) -> list[str]:
    """The body's lines from trafilatura, run on ``tree`` (which it leaves changed)."""
    doomed = [
        element
        for element in tree.iterdescendants(*data.TRAFILATURA_DELETED_TAGS)
        if element.get("type") != "application/ld+json"
    ]
    for element in doomed:
        element.drop_tree()  # keeps the tail text
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
        favor_precision=True,
    )
    text = getattr(doc, "text", None) or ""
    return [fold(line) for line in text.split("\n") if fold(line)]


def clean_lines(
    lines: list[str], title: str, lead: str, rules: SiteRules
) -> tuple[list[str], str | None]:
    """Body paragraphs without boilerplate, the title/lead repeats and the source line."""
    source = None
    kept: list[str] = []
    drop = [re.compile(p, re.IGNORECASE) for p in rules.drop_lines]
    title_f, lead_f = fold(title).lower(), fold(lead).lower()
    for i, line in enumerate(lines):
        if i >= len(lines) / 2 and data.CONTACT_BLOCK.fullmatch(line):
            break  # a press release's contact block closes the text
        line = data.AD_DISCLOSURE.sub("", line)
        if not line:
            continue
        low = line.lower()
        if (i < 3 and low in (title_f, lead_f)) or (lead_f and i < 3 and lead_f.startswith(low)):
            continue
        if i < 3 and title_f and _is_headline_repeat(line, title_f):
            continue
        if (i < 3 or i == len(lines) - 1) and data.BYLINE_LINE.fullmatch(line):
            continue  # the byline and date line above (or below) the text
        if any(p.search(line) for p in drop):
            continue
        if len(line) <= 200:
            found = _source_of(line)
            if found:
                source = source or found
                continue
        if len(line) <= data.BOILERPLATE_MAX_CHARS and (
            data.BOILERPLATE_LINE.match(line) or data.CAPTION_LINE.fullmatch(line)
        ):
            continue
        kept.append(line)
    if kept and not source:
        match = data.DATELINE_AGENCY.match(kept[0])
        if match:
            source = match.group("source")
    return kept, source


def _is_headline_repeat(line: str, title: str) -> bool:
    """True for a heading that restates the title, e.g. with its kicker ("Kicker Title")."""
    if line.rstrip().endswith((".", "!", "?", ":")) and not title.endswith(line[-1]):
        return False
    words, title_words = set(re.findall(r"\w+", line.lower())), set(re.findall(r"\w+", title))
    if len(words) < data.HEADLINE_REPEAT_MIN_WORDS or len(line) > len(title) * 1.6 + 10:
        return False
    return len(words & title_words) / len(words | title_words) >= data.HEADLINE_REPEAT_SIMILARITY


def _source_of(line: str) -> str | None:
    for pattern in data.SOURCE_LINES:
        match = pattern.match(line)
        if match:
            return fold(match.group("source")).rstrip(".")
    return None


def find_lead(
    tree: etree._Element, meta: Metadata, rules: SiteRules, body_text: str | None = None
) -> str:
    """The teaser: markup lead (site rule or generic) confirmed by the description.

    ``body_text`` is the page's folded body text, if the caller has it."""
    description = _first(*_strings(meta.jsonld.get("description")), meta.get(data.META_DESCRIPTION))
    if description and "<" in description:
        description = fold(re.sub(r"<[^>]+>", " ", description))  # JSON-LD holding HTML
    xpaths = (rules.lead_xpath,) if rules.lead_xpath else data.LEAD_XPATHS
    intro = None
    for xpath in xpaths:
        for element in tree.xpath(xpath)[:6]:
            text = _text(element)
            if not 30 <= len(text) <= 800:
                continue
            if rules.lead_xpath or (description and _similar(text, description) >= 0.7):
                return text
            if intro is None and element.xpath(data.ARTICLE_INTRO_XPATH):
                intro = text
    if intro:
        return intro
    if description and not rules.lead_xpath:
        # a description the page never shows is a search-engine summary, not the teaser
        shown = _body_text(tree) if body_text is None else body_text
        if fold(description)[:60] not in shown:
            return ""
    return description or ""


# ---------------------------------------------------------------------------- other fields


def _language(tree: etree._Element, meta: Metadata) -> str | None:
    value = (
        tree.get("lang")
        or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
        or _first(*_strings(meta.jsonld.get("inLanguage")))
        or meta.get(data.META_LANGUAGE)
    )
    if not value:
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _tags(meta: Metadata) -> list[str]:
    values = list(_strings(meta.jsonld.get("keywords"))) or meta.all(data.META_TAGS)
    tags: list[str] = []
    for value in values:
        for tag in re.split(r"\s*[,;]\s*", value):
            tag = fold(tag)
            if tag and tag.lower() not in {t.lower() for t in tags} and len(tag) < 80:
                tags.append(tag)
    return tags


def _paywalled(
    tree: etree._Element, meta: Metadata, body_text: str | None = None, source: str | None = None
) -> bool:
    free = meta.jsonld.get("isAccessibleForFree")
    if free is not None:
        return str(free).strip().lower() in ("false", "0", "no")
    tier = (meta.get(("article:content_tier", "content_tier")) or "").lower()
    if tier in data.PAYWALL_TIERS:
        return True
    marked = source is None or any(marker in source for marker in data.PAYWALL_MARKERS)
    if marked and tree.xpath(data.PAYWALL_XPATH):
        return True
    tail = (_body_text(tree) if body_text is None else body_text)[-3000:]
    return bool(data.PAYWALL_PHRASES.search(tail))


def _image(meta: Metadata, url: str) -> str | None:
    for value in (*_strings(meta.jsonld.get("image")), meta.get(data.META_IMAGE)):
        if value and not value.startswith("data:"):
            return urljoin(url, value)
    return None


def _canonical(tree: etree._Element, meta: Metadata, url: str) -> str | None:
    for href in tree.xpath('//link[@rel="canonical"]/@href'):
        if fold(href):
            return urljoin(url, fold(href))
    value = meta.get(("og:url",))
    return urljoin(url, value) if value else None


def _site_name(meta: Metadata) -> str | None:
    publisher = meta.jsonld.get("publisher")
    return _first(
        meta.get(data.META_SITE_NAME[:1]),
        next(iter(_strings(publisher)), None) if isinstance(publisher, dict | list) else None,
        meta.get(data.META_SITE_NAME[1:]),
    )


# ---------------------------------------------------------------------------- extract


def extract(
    body: bytes | str,
    url: str,
    *,
    encoding: str | None = None,
    fetched_at: datetime | None = None,
    rules: SiteRules | None = None,
) -> dict[str, Any]:
    """Extract one article from a page: the keys of :data:`FIELDS`."""
    rules = rules or SiteRules()
    page_html = _decoded(body, encoding)
    tree = parse(page_html)
    meta = read_metadata(tree)
    site_name = _site_name(meta)
    title = find_title(tree, meta, url, site_name, rules)
    site_keys = _site_keys(url, site_name)
    nodes, mark = page_nodes(tree)
    byline_nodes = nodes[max(0, mark - data.BYLINE_NODES_BEFORE) :]
    authors, agencies = find_authors(tree, meta, rules, site_keys, byline_nodes)
    # agencies are authors too ("Anna Müller, Reuters"), and alone on an agency-only byline
    authors = [*authors, *(a for a in agencies if a not in authors)]
    # the visible-date rule stays off on pages whose <body> class names a skipped part
    # ("one-sidebar", "nav-below-header"): measured, the metadata date wins there
    body = tree.find("body")
    marked = body is not None and _skipped_part(body)
    date_nodes = ([], 0) if marked else (nodes, mark)
    published, modified = find_dates(tree, meta, url, fetched_at, date_nodes)
    body_text = _body_text(tree)  # read once: lead, paywall and boilerplate rules use it
    lead = data.AD_DISCLOSURE.sub("", find_lead(tree, meta, rules, body_text))
    lead = lead.translate(data.INVISIBLE)  # as in the title and body (trafilatura drops them)
    section = _first(*_strings(meta.jsonld.get("articleSection")), meta.get(data.META_SECTION))
    result: dict[str, Any] = {
        "title": title,
        "lead": lead,
        "authors": authors,
        "agencies": agencies,
        "published": published,
        "modified": modified,
        "language": _language(tree, meta),
        "section": section,
        "tags": _tags(meta),
        "site_name": site_name,
        "top_image": _image(meta, url),
        "paywalled": _paywalled(tree, meta, body_text, page_html),
        "canonical_url": _canonical(tree, meta, url),
    }
    changed = decode_cfemails(tree)
    drop_boilerplate(tree, None if changed else len(body_text))
    _drop(tree, rules.drop_xpaths)
    scope = tree
    if rules.body_xpath:
        found = tree.xpath(rules.body_xpath)
        if found:
            scope = found[0]
    found_lines = _body_lines(scope, url)
    lines, source = clean_lines(found_lines, title, lead, rules)
    # a page whose only text is its teaser (a video page) keeps it as the lead
    teaser = lead if lead and fold(lead).lower() in map(str.lower, found_lines[:3]) else ""
    if len(re.findall(r"\w+", " ".join([teaser, *lines]))) < data.MIN_BODY_WORDS:
        raise ExtractionError("no-text", "no article text found")
    text = "\n\n".join(lines)
    if lead and fold(lead) in fold(text[: len(lead) + 200]) and len(lines) > 1:
        first = lines[0]
        if first.startswith(lead):
            lines[0] = first[len(lead) :].strip()
            lines = [line for line in lines if line]
            text = "\n\n".join(lines)
    result["body"] = text
    result["source"] = source
    if source and authors and _all_site_names(authors, meta, site_keys):
        # the site credits itself, the text another publisher ("Quelle: kathpress")
        result["authors"] = [source]
    result["word_count"] = len(re.findall(r"\w+", f"{lead} {text}"))
    return {key: result[key] for key in FIELDS}
