"""Article extraction: one parsed page in, the article's text and metadata out.

The page is decoded (:func:`decode`) and parsed once with lxml; every step reads that
tree. Metadata comes from JSON-LD first, then OpenGraph/meta tags, then markup. The body
comes from trafilatura (fast mode, run on our tree after our own boilerplate removal),
then our paragraph rules: source attribution lines become the ``source`` field,
promo/navigation/credit lines leave, the lead is not repeated. Data (XPaths, lexicons,
patterns) lives in :mod:`newsarchive.extraction_data`.
"""

from __future__ import annotations

import codecs
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

from newsarchive import extraction_data as data

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
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
#: Comments and processing instructions are dropped at parse time (trafilatura expects that).
_PARSER = lxml.html.HTMLParser(
    remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False
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
    then cp1252 (which decodes anything).
    """
    if isinstance(body, str):
        text = body
    else:
        if not body.strip():
            raise ExtractionError("empty")
        if b"\x00" in body[:4096] and not body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise ExtractionError("binary", "NUL bytes in the body")
        text = _decode_bytes(body, encoding)
    if not text.strip():
        raise ExtractionError("empty")
    head = text[:2048]
    if sum(1 for c in head if c < " " and c not in "\t\r\n\f") > len(head) // 20:
        raise ExtractionError("binary", "control characters in the body")
    if not _HTMLISH.search(text[:65536]):
        raise ExtractionError("not-html", "no HTML markup")
    return _CONTROL.sub("", text)


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
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
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
    for obj in _jsonld_objects(tree):
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
    return Metadata(best, meta)


# ---------------------------------------------------------------------------- title


def _norm(text: str) -> str:
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", text)


def _site_keys(url: str, site_name: str | None) -> set[str]:
    keys = set()
    host = urlsplit(url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "mobil", "amp")]
    if len(parts) >= 2:
        keys.add(_norm(parts[-2]))
        keys.add(_norm("".join(parts[-2:])))
        keys.add(_norm("".join(parts)))
    if site_name:
        keys.add(_norm(site_name))
    return {k for k in keys if len(k) >= 2}


def _is_site_segment(segment: str, keys: set[str], extra: tuple[str, ...]) -> bool:
    norm = _norm(segment)
    if not norm:
        return True
    if any(re.fullmatch(p, segment.strip(), re.IGNORECASE) for p in extra):
        return True
    for key in keys:
        if norm == key or (len(key) >= 4 and (key in norm or norm in key) and len(segment) < 60):
            return True
    words = segment.lower().split()
    return len(words) <= 4 and any(w.strip(".:") in data.SITE_WORDS for w in words)


def clean_title(title: str, url: str, site_name: str | None, extra: tuple[str, ...] = ()) -> str:
    """A title without the site's name before or after it ("Headline | Handelsblatt")."""
    title = fold(title)
    keys = _site_keys(url, site_name)
    for _ in range(3):
        parts = data.TITLE_SEPARATORS.split(title)
        if len(parts) < 2:
            break
        if _is_site_segment(parts[-1], keys, extra):
            title = title[: title.rfind(parts[-1])].rstrip()
            title = re.sub(r"\s*(?:\||-|–|—|::|»|›|•|⋆|·|~|/)$", "", title).rstrip()
        elif _is_site_segment(parts[0], keys, extra):
            title = title[len(parts[0]) :].lstrip()
            title = re.sub(r"^(?:\||-|–|—|::|»|›|•|⋆|·|~|/)\s*", "", title)
        else:
            break
    return title


def _similar(a: str, b: str) -> float:
    """Word overlap of two titles (0..1, relative to the shorter)."""
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _h1s(tree: etree._Element) -> list[str]:
    found = []
    for h1 in tree.xpath(data.H1_XPATH):
        if any(a.tag in data.H1_EXCLUDE_ANCESTORS for a in h1.iterancestors()):
            continue
        text = _text(h1)
        if 3 <= len(text) <= 300:
            found.append(text)
    return found


def find_title(
    tree: etree._Element, meta: Metadata, url: str, site_name: str | None, rules: SiteRules
) -> str:
    """The headline: the page's ``<h1>`` if metadata confirms it, else the cleaned meta title."""
    extra = rules.title_suffixes
    head_title = tree.findtext(".//title") or ""
    candidates = [
        clean_title(t, url, site_name, extra)
        for t in (
            *_strings(meta.jsonld.get("headline")),
            meta.get(data.META_TITLE),
            head_title,
            *_strings(meta.jsonld.get("name")),
        )
        if t and fold(t)
    ]
    candidates = [c for c in candidates if c]
    h1s = _h1s(tree)
    if candidates:
        scored = [(max(_similar(h, c) for c in candidates), -i, h) for i, h in enumerate(h1s)]
        if scored:
            similarity, _, best = max(scored)
            if similarity >= 0.6:
                return clean_title(best, url, site_name, extra)
        return candidates[0]
    return clean_title(h1s[0], url, site_name, extra) if h1s else ""


# ---------------------------------------------------------------------------- authors


def _clean_name(raw: str) -> str:
    name = fold(re.sub(r"<[^>]+>", " ", raw))
    name = re.sub(r"^[\s|•·:,-]+|[\s|•·:,-]+$", "", name)
    for _ in range(2):
        name = data.AUTHOR_PREFIX.sub("", name).strip()
    name = re.sub(r"\s*\((?:[^)]*)\)\s*", " ", name).strip()
    name = re.sub(r"^@", "", name)
    words = name.split()
    for i, word in enumerate(words):
        if word.lower().strip(".,:") in data.ROLE_WORDS:
            name = " ".join(words[:i]) if i else ""
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
    if not re.search(r"[^\W\d_]", name):
        return
    if low in data.AGENCIES:
        if data.AGENCIES[low] not in agencies:
            agencies.append(data.AGENCIES[low])
        return
    if low not in {n.lower() for n in names}:
        names.append(name)


def find_authors(
    tree: etree._Element, meta: Metadata, rules: SiteRules
) -> tuple[list[str], list[str]]:
    """Authors and agencies: JSON-LD ``author``, then meta tags, then the byline markup."""
    if rules.author_xpath:
        found = split_authors(_text(e) for e in tree.xpath(rules.author_xpath))
        if found[0] or found[1]:
            return found
    raw = meta.jsonld.get("author") or meta.jsonld.get("creator")
    values = [v for v in _strings(raw) if not v.startswith(("http", "/"))]
    if not values and isinstance(raw, dict | list):
        values = []
    if not values:
        values = [v for v in meta.all(data.META_AUTHOR) if not v.startswith(("http", "@"))]
    if not values:
        for xpath in data.AUTHOR_XPATHS:
            elements = tree.xpath(xpath)
            texts = [_text(e) for e in elements[:4] if 1 < len(_text(e)) < 120]
            if texts:
                values = texts
                break
    return split_authors(values)


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
    tree: etree._Element, meta: Metadata, url: str, fetched_at: datetime | None
) -> tuple[str | None, str | None]:
    """Published and modified: JSON-LD, meta tags, ``<time>``/date markup, then htmldate."""
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
        published = _htmldate(tree, url)
    modified = None
    for value in (*_strings(meta.jsonld.get("dateModified")), *meta.all(data.META_MODIFIED)):
        modified = parse_date(value, fetched_at)
        if modified:
            break
    return published, modified


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
        found = find_date(tree, url=url, original_date=True, extensive_search=True)
    except Exception as error:  # htmldate raises many kinds on odd pages
        logger.debug("htmldate failed on %s: %s", url, error)
        return None
    return str(found) if found else None


# ---------------------------------------------------------------------------- body


def decode_cfemails(tree: etree._Element) -> None:
    """Replace Cloudflare-obfuscated e-mail addresses with the addresses they hide."""
    for element in tree.xpath(data.CFEMAIL_XPATH):
        address = decode_cfemail(element.get("data-cfemail") or "")
        if address is None:
            continue
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


def drop_boilerplate(tree: etree._Element) -> None:
    """Remove forms and elements whose class or id names boilerplate (bios, comments...)."""
    body = tree.find("body")
    total = len(_text(body)) if body is not None else 0
    doomed = []
    for element in tree.iter("*"):
        if element.tag in ("html", "body", "article", "main"):
            continue
        tokens = (element.get("class") or "").split()
        ident = element.get("id")
        if ident:
            tokens.append(ident)
        if element.tag == "form" or any(data.BOILERPLATE_TOKEN.fullmatch(t) for t in tokens):
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
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=True,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
        favor_recall=True,
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
        low = line.lower()
        if (i < 3 and low in (title_f, lead_f)) or (lead_f and i < 3 and lead_f.startswith(low)):
            continue
        if any(p.search(line) for p in drop):
            continue
        if len(line) <= 200:
            found = _source_of(line)
            if found:
                source = source or found
                continue
        if len(line) <= data.BOILERPLATE_MAX_CHARS and data.BOILERPLATE_LINE.match(line):
            continue
        kept.append(line)
    if kept and not source:
        match = data.DATELINE_AGENCY.match(kept[0])
        if match:
            source = match.group("source")
    return kept, source


def _source_of(line: str) -> str | None:
    for pattern in data.SOURCE_LINES:
        match = pattern.match(line)
        if match:
            return fold(match.group("source")).rstrip(".")
    return None


def find_lead(tree: etree._Element, meta: Metadata, rules: SiteRules) -> str:
    """The teaser: markup lead (site rule or generic) confirmed by the description."""
    description = _first(
        *_strings(meta.jsonld.get("description")), meta.get(data.META_DESCRIPTION)
    )
    xpaths = (rules.lead_xpath,) if rules.lead_xpath else data.LEAD_XPATHS
    for xpath in xpaths:
        for element in tree.xpath(xpath)[:6]:
            text = _text(element)
            if not 30 <= len(text) <= 800:
                continue
            if rules.lead_xpath or (description and _similar(text, description) >= 0.7):
                return text
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


def _paywalled(tree: etree._Element, meta: Metadata) -> bool:
    free = meta.jsonld.get("isAccessibleForFree")
    if free is not None:
        return str(free).strip().lower() in ("false", "0", "no")
    tier = (meta.get(("article:content_tier", "content_tier")) or "").lower()
    if tier in data.PAYWALL_TIERS:
        return True
    if tree.xpath(data.PAYWALL_XPATH):
        return True
    body = tree.find("body")
    tail = _text(body)[-3000:] if body is not None else ""
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
    tree = parse(decode(body, encoding))
    meta = read_metadata(tree)
    site_name = _site_name(meta)
    title = find_title(tree, meta, url, site_name, rules)
    authors, agencies = find_authors(tree, meta, rules)
    if not authors and agencies:
        authors = list(agencies)  # an agency-only byline: the agency is the author
    published, modified = find_dates(tree, meta, url, fetched_at)
    lead = find_lead(tree, meta, rules)
    section = _first(
        *_strings(meta.jsonld.get("articleSection")), meta.get(data.META_SECTION)
    )
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
        "paywalled": _paywalled(tree, meta),
        "canonical_url": _canonical(tree, meta, url),
    }
    decode_cfemails(tree)
    drop_boilerplate(tree)
    _drop(tree, rules.drop_xpaths)
    scope = tree
    if rules.body_xpath:
        found = tree.xpath(rules.body_xpath)
        if found:
            scope = found[0]
    lines = _body_lines(scope, url)
    lines, source = clean_lines(lines, title, lead, rules)
    if not lines:
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
    result["word_count"] = len(re.findall(r"\w+", f"{lead} {text}"))
    return {key: result[key] for key in FIELDS}
