"""Metadata: the JSON-LD article object and the meta tags (OpenGraph, Dublin Core, ...),
and the fields read from them alone (language, tags, image, canonical URL, site name)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import page_index
from newsarchive.extract.parsing import ExtractionError
from newsarchive.extract.qapost import shown_at_length
from newsarchive.extract.text import fold


def strings(value: Any) -> Iterator[str]:
    """Strings in a JSON-LD value: a string, a list of them, or objects with ``name``
    (entities a CMS escaped into the JSON decoded)."""
    if isinstance(value, str):
        yield unescape(value)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for key in ("name", "@value", "url", "@id"):
            if isinstance(value.get(key), str):
                yield unescape(value[key])
                break


def first(*values: str | None) -> str | None:
    """The first value with text, whitespace folded."""
    for value in values:
        if value and fold(value):
            return fold(value)
    return None


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
    """The objects of the page's JSON-LD scripts; ``ExtractionError('bad-jsonld')`` for one
    over the size or depth guard (a page built to exhaust the parser is refused, whole)."""
    for script in page_index(tree).tag("script"):
        if script.get("type") != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        if len(raw) > data.MAX_JSONLD_CHARS:
            raise ExtractionError("bad-jsonld", f"{len(raw):,} characters")
        try:
            parsed = _loads(raw)
        except ValueError:
            continue
        if _too_deep(parsed, data.MAX_JSONLD_DEPTH):
            raise ExtractionError("bad-jsonld", f"nested over {data.MAX_JSONLD_DEPTH} levels")
        yield from walk_jsonld(parsed)


def _loads(raw: str) -> Any:
    """JSON with raw control characters tolerated; nesting past Python's recursion limit
    is ``bad-jsonld``."""
    try:
        try:
            return json.loads(raw, strict=False)
        except ValueError:
            return json.loads(re.sub(r"[\x00-\x1f]", " ", raw), strict=False)
    except RecursionError as error:
        raise ExtractionError("bad-jsonld", "nested too deep") from error


def _too_deep(value: Any, limit: int) -> bool:
    """True if ``value`` nests lists and objects more than ``limit`` levels (no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def walk_jsonld(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from walk_jsonld(item)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(value.get(key), list | dict):
                yield from walk_jsonld(value[key])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    names = kind if isinstance(kind, list) else [kind]
    return {n.lower() for n in names if isinstance(n, str)}


def _answered(question: dict[str, Any], tree: etree._Element) -> dict[str, Any]:
    """A QAPage's question, or, where it has an accepted answer with an author (an expert's
    answer is the page's text: "Es antwortet Dr. A"), that answer's author and day over it
    (read on blind de_full89 and de_full95; a forum's suggested answers leave the asker's),
    unless the page shows the question at length: a forum's opening post, the thread's text
    (:func:`~.qapost.shown_at_length`; session 53)."""
    answer = question.get("acceptedAnswer")
    if isinstance(answer, list):
        answer = answer[0] if answer else None
    if not isinstance(answer, dict) or not answer.get("author"):
        return question
    if isinstance(question.get("text"), str) and shown_at_length(tree, question["text"]):
        return question
    day = answer.get("datePublished") or answer.get("dateCreated")
    dated = {"datePublished": day, "dateCreated": day} if day else {}
    return {**question, "author": answer["author"], **dated}


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
        if not kinds and "qapage" in _types(obj) and isinstance(obj.get("mainEntity"), dict):
            # a Q&A page (schema.org's QAPage): its question's author and day are the page's
            obj, kinds = _answered(obj["mainEntity"], tree), {"question"}
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
    for element in page_index(tree).tag("meta"):
        if element.get("content") is None or _listed_item(element):
            continue
        key = element.get("property") or element.get("name") or element.get("itemprop")
        key = key or element.get("http-equiv")
        if key:
            meta.setdefault(key.strip().lower(), []).append(unescape(element.get("content") or ""))
    return Metadata(best, meta, ids)


def _listed_item(element: etree._Element) -> bool:
    """Whether a microdata ``<meta itemprop>`` belongs to an item of a list: its item (the
    nearest ``itemscope``) has a sibling item of the same type (teasers of other articles
    under the text, each with its own "datePublished"; session 66, read on de_full698: 4 set
    pages took a teaser's day for the article's, none an article's own)."""
    if element.get("itemprop") is None or element.get("property") or element.get("name"):
        return False
    item = next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)
    if item is None or item.tag in ("html", "body"):
        return False
    kind = item.get("itemtype")
    return any(
        s.get("itemscope") is not None and s.get("itemtype") == kind
        for s in (item.getprevious(), item.getnext())
        if s is not None
    )


def unescape(value: str) -> str:
    """A meta tag's content with entities its CMS escaped twice (``&amp;auml;``, read as
    ``&auml;``) decoded; text without an entity is returned as it is."""
    if "&" in value and data.ESCAPED_ENTITY.search(value):
        return html.unescape(value)
    return value


def resolve_ids(value: Any, ids: dict[str, dict[str, Any]]) -> Any:
    """JSON-LD references (``{"@id": ...}`` alone) replaced by the objects they name."""
    if isinstance(value, list):
        return [resolve_ids(v, ids) for v in value]
    if isinstance(value, dict) and set(value) == {"@id"}:
        return ids.get(str(value["@id"]), value)
    return value


def find_language(tree: etree._Element, meta: Metadata) -> str | None:
    value = (
        tree.get("lang")
        or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
        or first(*strings(meta.jsonld.get("inLanguage")))
        or meta.get(data.META_LANGUAGE)
    )
    if not value:
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def find_section(meta: Metadata, title: str = "") -> str | None:
    """The article's section (JSON-LD ``articleSection``, else the section meta tag): the
    first of a list joined into one string ("Banken,Soziale Medien"), none where it is a
    sentence or the headline (sites that fill it with the description or the title) or
    longer than :data:`~newsarchive.extract.data.MAX_SECTION_CHARS`."""
    value = first(*strings(meta.jsonld.get("articleSection")), meta.get(data.META_SECTION))
    if not value or value.rstrip().endswith((".", "!", "?")):
        return None  # (a sentence, commas or not)
    section = fold(re.split(r"\s*[,;|]\s*", value.strip(" ,;|"))[0])
    if not section or len(section) > data.MAX_SECTION_CHARS:
        return None
    return None if title and section.lower() == fold(title).lower() else section


def find_tags(meta: Metadata) -> list[str]:
    """The keywords (JSON-LD, else meta tags), each once, without the quotes a site's
    template left around one ("'Verein der Sparfreunde Musterstadt …", a real dev page)."""
    values = list(strings(meta.jsonld.get("keywords"))) or meta.all(data.META_TAGS)
    tags: list[str] = []
    for value in values:
        for tag in re.split(r"\s*[,;]\s*", value):
            tag = fold(tag).strip("'\"").strip()
            if tag and tag.lower() not in {t.lower() for t in tags} and len(tag) < 80:
                tags.append(tag)
    return tags


def find_image(meta: Metadata, url: str) -> str | None:
    """The article's picture (JSON-LD ``image``, else ``og:image``): not inline data and not
    the site's logo, icon or placeholder its template gives every page
    (:data:`~newsarchive.extract.data.SITE_IMAGE_NAME`)."""
    for value in (*strings(meta.jsonld.get("image")), meta.get(data.META_IMAGE)):
        if value and not value.startswith("data:"):
            name = value.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
            if not data.SITE_IMAGE_NAME.search(name):
                return urljoin(url, value)
    return None


def find_canonical(tree: etree._Element, meta: Metadata, url: str) -> str | None:
    for link in page_index(tree).tag("link"):
        href = link.get("href") if link.get("rel") == "canonical" else None
        if href is None:
            continue
        if fold(href):
            return urljoin(url, fold(href))
    value = meta.get(("og:url",))
    return urljoin(url, value) if value else None


def publisher_name(meta: Metadata) -> str | None:
    """JSON-LD's publisher's name (a publication on a platform whose ``og:site_name`` is the
    platform's: "Digital Banking Notizen" on "Schreibfluss")."""
    publisher = meta.jsonld.get("publisher")
    return next(iter(strings(publisher)), None) if isinstance(publisher, dict | list) else None


def find_site_name(meta: Metadata) -> str | None:
    """The site's name: ``og:site_name``, JSON-LD's publisher, the other site-name tags."""
    return first(
        meta.get(data.META_SITE_NAME[:1]), publisher_name(meta), meta.get(data.META_SITE_NAME[1:])
    )


def site_dated(meta: Metadata) -> bool:
    """True when the JSON-LD dates the site, not the article: a ``WebPage`` alone (often the
    day the site was built), or an item whose headline is the site's name (a theme's blanket
    markup on every page, "headline": "Kontoführung aktuell"; read on dates_dk)."""
    kind = meta.jsonld.get("@type")
    kinds = {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}
    site = find_site_name(meta)
    headline = next(strings(meta.jsonld.get("headline")), None)
    named = bool(site and headline and fold(site).casefold() == fold(headline).casefold())
    return kinds == {"webpage"} or named
