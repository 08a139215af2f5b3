"""The title: the visible headline confirmed by the metadata titles, site names cut."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.docheads import document_headline
from newsarchive.extract.index import in_order, page_index, with_class
from newsarchive.extract.kickers import headline_variants
from newsarchive.extract.metadata import Metadata, strings
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.parsing import element_text, home_link, own_root, xpath
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.shown import (
    banner_names,
    generic_heading,
    headline_texts,
    others_heading,
    post_heading,
)
from newsarchive.extract.sitefirst import named_first
from newsarchive.extract.siteheads import (
    in_header_block,
    kind_h1_title,
    post_under_site_h1,
    shown_title,
)
from newsarchive.extract.sitesegment import colon_site_names, host_name
from newsarchive.extract.text import fix_text, fold, norm, similar
from newsarchive.extract.titlesegments import end_segments, rubric_rest, section_rest
from newsarchive.extract.trails import headline_beside_trail, trail_headline
from newsarchive.extract.wikiheads import wiki_page_title


def keys_for_site(url: str, site_name: str | None) -> set[str]:
    keys = set()
    archived = data.ARCHIVED_URL.match(url)
    host = urlsplit(archived.group(1) if archived else url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "mobil", "amp")]
    if len(parts) >= 2:
        keys.add(norm(parts[-2]))
        keys.add(norm("".join(parts[-2:])))
        keys.add(norm("".join(parts)))
    if site_name:
        keys.add(norm(site_name))
        words = re.findall(r"[^\W\d_]+", site_name)
        if len(words) >= 2:
            keys.add(norm("".join(w[0] for w in words)))  # "JF" for "Junge Freiheit"
    return {k for k in keys if len(k) >= 2}


def _is_site_segment(
    segment: str, keys: set[str], extra: tuple[str, ...], *, last: bool = False
) -> bool:
    normed = norm(segment)
    if not normed:
        return True
    if any(re.fullmatch(p, segment.strip(), re.IGNORECASE) for p in extra):
        return True
    for key in keys:
        if normed == key or (
            last and len(key) >= 4 and (key in normed or normed in key) and len(segment) < 60
        ):
            return True
    if last and len(segment) < 60:
        # "Bankwissen 2.0 und mehr" on bankwissen2null.de: the site's name, abbreviated
        for key in keys:
            shared = next(
                (i for i, (a, b) in enumerate(zip(normed, key, strict=False)) if a != b), None
            )
            shared = min(len(normed), len(key)) if shared is None else shared
            if shared >= max(data.SITE_MIN_PREFIX, len(key) // 2 + 1):
                return True
    if generic_heading(segment):
        return True  # a section named like a page kind ("Titel - Presse - Bank")
    words = segment.lower().split()
    # a compound's head names it: "Kevins Spacebook-Blog", "Finanz-Magazin" (not "Online-Banking")
    heads = [w.strip(".:").rsplit("-", 1)[-1] for w in words]
    return len(words) <= 4 and any(h in data.SITE_WORDS for h in heads)


def clean_title(title: str, url: str, site_name: str | None, extra: tuple[str, ...] = ()) -> str:
    """A title without the site's name before or after it ("Headline | Handelsblatt") and
    without a section named like a page kind ("Headline - Presse - Bank",
    :func:`~.shown.generic_heading`)."""
    return clean_with(title, keys_for_site(url, site_name), extra)


def _headline_elements(tree: etree._Element) -> list[etree._Element]:
    """``<h1>``s, ``<h2>``s built from a headline part and ``itemprop="headline"`` elements
    (see :data:`~newsarchive.extract.data.H1_CLASS_PART`), in document order."""
    index, part = page_index(tree), data.H1_CLASS_PART
    h2s = [
        (p, h2)
        for p, h2 in index.tags["h2"]
        if part in (h2.get("class") or "")
        or any(part in (e.get("class") or "") for e in h2.iterdescendants(etree.Element))
    ]
    props = [(p, e) for p, e, v in index.itemprops if v == "headline" and e.tag != "meta"]
    return in_order(index.tags["h1"], h2s, props)


def _breadcrumb(element: etree._Element) -> bool:
    """An element whose class names it a breadcrumb (:data:`~.data.BREADCRUMB_CLASS_PART`)."""
    return data.BREADCRUMB_CLASS_PART in (element.get("class") or "").lower()


def _h1s(tree: etree._Element) -> list[tuple[str, list[str]]]:
    """Headline readings (see :func:`_h1_variants`), each with its kind: ``h1``, ``nav`` (an
    ``<h1>`` in a ``<nav>``, of a breadcrumb by its or an ancestor's class or in a header
    block by :func:`~.siteheads.in_header_block`: a headline only if metadata repeats it) or
    ``other``."""
    found = []
    for h1 in _headline_elements(tree):
        ancestors = list(h1.iterancestors())
        if any(a.tag == "footer" for a in ancestors):
            continue
        if any(a.tag == "nav" or _breadcrumb(a) for a in (h1, *ancestors)):
            if h1.tag == "h1":
                found.append(("nav", [fix_text(" ".join(headline_texts(h1)))]))
            continue
        classes = " ".join([h1.get("class") or "", h1.get("id") or ""]).lower()
        if (
            any(a.tag == "header" for a in ancestors)
            and not any(a.tag in ("article", "main") for a in ancestors)
            and not any(c in classes for c in data.H1_ARTICLE_CLASSES)
        ):
            continue
        if any(c in classes for c in data.H1_EXCLUDE_CLASSES) or xpath(h1, ".//a[@rel='home']"):
            continue
        link = str(next(iter(xpath(h1, ".//a/@href")), "#")).strip()  # "#": to itself
        if not link.startswith("#") and (urlsplit(link).path in ("", "/") or home_link(link)):
            continue  # a logo linking to the home page
        if h1.tag == "h1" and in_header_block(h1, ancestors):
            found.append(("nav", [fix_text(" ".join(headline_texts(h1)))]))
            continue
        variants = [v for v in headline_variants(h1) if 3 <= len(v) <= 300]
        if variants and (generic_heading(variants[-1]) or others_heading(variants[-1])):
            continue  # "Aktuelles", "Weitere Meldungen": a kind of page or a list's heading
        if variants:
            found.append(("h1" if h1.tag == "h1" else "other", variants))
    return found


def _repeated_headings(
    tree: etree._Element, titles: list[str], segments: list[str] | tuple[()] = ()
) -> list[tuple[str, list[str]]]:
    """Other headings (``<h2>``, ``<h3>``) that a metadata title repeats word for word: the
    article's headline on pages whose ``<h1>`` is the site's or a section's. A heading that
    only a title's segment or its rest after a rubric repeats (:func:`end_segments`,
    :func:`rubric_rest`) counts outside links, teasers, sliders and sidebars
    (:func:`~.nodes.skipped_part`), where other pages' titles stand."""
    if not titles:
        return []
    found = []
    index = page_index(tree)
    headings = [
        h
        for h in in_order(index.tags["h2"], index.tags["h3"])
        if not any(a.tag in data.REPEATED_HEADING_OUTSIDE for a in h.iterancestors())
    ]
    for heading in headings[: data.REPEATED_HEADING_MAX]:
        text = fix_text(" ".join(headline_texts(heading)))
        if not 3 <= len(text) <= 300:
            continue
        if text.lower() in titles or (
            text.lower() in segments
            and not any(a.tag == "a" or skipped_part(a) for a in heading.iterancestors())
        ):
            found.append(("other", [text]))
    return found


def site_texts(tree: etree._Element, url: str = "") -> set[str]:
    """The texts of the links to the site's home page ("/", the page's own host's root:
    a Kubrick header's ``<h1><a href="https://blog.example/">Blog</a></h1>``) and of the
    elements classed as the site's name."""
    texts = set()
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    links = [
        (p, a)
        for p, a in page_index(tree).tags["a"]
        if home_link(href := a.get("href") or "") or a.get("rel") == "home" or own_root(href, host)
    ]
    for element in in_order(links, with_class(tree, data.SITE_NAME_CLASS_PARTS))[:20]:
        value = element_text(element) or element.get("title") or ""
        for img in element.iter("img"):
            value = value or img.get("alt") or ""
        if 2 <= len(value) <= 60:
            texts.add(norm(value))
    return {t for t in texts if t}


def find_title(
    tree: etree._Element,
    meta: Metadata,
    keys: set[str],
    rules: SiteRules,
    document: bool = False,
) -> str:
    """The headline, by agreement between the page's headlines and its metadata titles.

    1. the ``<h1>`` reading (with or without its kicker) that most metadata titles (JSON-LD
       ``headline``, ``og:title``, ``<title>``, JSON-LD ``name``; site names cut) repeat;
    2. else a headline whose words mostly recur in a metadata title (the same story, the
       metadata worded for search engines): the visible headline;
    3. else the page's only headline;
    4. else the metadata title the page shows as an element's text, else the one most
       sources give (ties: in the order above).

    ``keys`` name the site (:func:`keys_for_site` and :func:`site_texts`): segments cut;
    ``document``: a PDF converted to HTML by its converter's marks
    (:func:`~.docheads.converted_pages`), read once a page by the caller."""
    extra = rules.title_suffixes
    head_title = tree.findtext(".//title") or ""
    converted = document or bool(data.DOCUMENT_FILE_TITLE.fullmatch(head_title.strip()))
    if converted and (headline := document_headline(tree)):
        return headline  # a PDF converted to HTML: its first page's largest line
    if wiki := wiki_page_title(tree):
        return wiki  # a wiki page's own title, without its namespace ("Nachrichten:")
    raw = [
        t
        for t in (
            *strings(meta.jsonld.get("headline")),
            meta.get(data.META_TITLE),
            head_title,
            *strings(meta.jsonld.get("name")),
        )
        if t and fold(t)
    ]
    headings = _heading_texts(tree)
    keys = (
        keys
        | colon_site_names(tree, raw, headings, keys)
        | _segment_site_names(tree, raw, headings)
    )
    keys |= banner_names(tree, raw)  # a logo's or banner's alt text names the site
    # a title that only names the page's kind ("Verband - Aktuelles") tells no headline
    candidates = [
        c
        for c in (clean_with(t, keys, extra) for t in raw)
        if c and not generic_heading(c) and not data.DOCUMENT_FILE_TITLE.fullmatch(c)
    ]
    lowered = [c.lower() for c in candidates]
    social = clean_with(meta.get(data.META_TITLE) or "", keys, extra).lower()
    declared = {clean_with(t, keys, extra).lower() for t in strings(meta.jsonld.get("headline"))}
    declared.add(head := clean_with(head_title, keys, extra).lower())
    segments = [s for c in candidates for s in end_segments(c)]
    segments += [r for c in candidates if (r := rubric_rest(c))]
    found = _h1s(tree) + _repeated_headings(tree, lowered, segments)
    only: str | None = None
    trail = ("", False)
    for real in (True, False):
        h1s = [v for kind, v in found if (kind == "h1") is real and kind != "nav"]
        best: tuple[int, str] | None = None
        for variants in h1s + [v for kind, v in found if not real and kind == "nav"]:
            # JSON-LD's headline (or the <title>) without the kicker the <h1> shows apart: the
            # publisher's word that the kicker is no part of it
            bare = variants[0].lower() if len(variants) > 1 else ""
            bare = bare if bare in declared or section_rest(head, variants) == bare else ""
            for variant in variants:
                # else og:title settles whether the kicker belongs to the headline
                support = lowered.count(variant.lower())
                # (an empty reading never settles: a forum's <h1> of a logo link over no og:title)
                settled = bool(variant) and variant.lower() == (bare or social)
                support += len(raw) + (1 if bare else 0) if settled else 0
                if support and (best is None or support > best[0]):
                    best = (support, variant)
        if not best and not real:  # no title repeats a heading whole: one of its segments
            best = next(
                ((1, v) for variants in h1s for v in variants if v.lower() in segments), None
            )
        if best:  # unless the <h1> is the blog's name over its post's own heading
            return post_under_site_h1(tree, best[1], raw, generic_heading) or best[1]
        if real and (trail := trail_headline(tree, lowered))[1]:
            # "Headline / Forum / Board": the trail ends in the headline (an <h1> that words
            # the item's story at length is the headline, the item a menu's label)
            return headline_beside_trail(trail[0], h1s) or trail[0]
        if only:  # the page's only <h1>, when no other heading is repeated in the metadata
            return only
        for variants in h1s:  # "Label Headline": a metadata title ends the headline
            for candidate in candidates:
                prefix = variants[-1][: -len(candidate)]
                if (
                    len(candidate) < len(variants[-1])
                    and variants[-1].lower().endswith(candidate.lower())
                    and prefix.endswith((" ", ":"))
                    and len(prefix.split()) <= data.TITLE_MAX_LABEL_WORDS
                    and not _headline_part(prefix, len(variants) > 1)
                ):
                    return candidate
        if real and (kind := kind_h1_title(tree, h1s, candidates, keys, generic_heading)):
            return kind  # the <h1>s name the page's kind or section, not the story
        # not the site's name
        headlines = [v for v in h1s if norm(v[-1]) not in keys and not host_name(v[-1], keys)]
        scored = [
            (max(similar(x, c) for c in candidates for x in v), -i, v[0])
            for i, v in enumerate(h1s)
            if candidates
        ]
        if scored:
            similarity, _, headline = max(scored)
            if similarity >= data.TITLE_MIN_SIMILARITY:  # (or the banner's post, as above)
                return post_under_site_h1(tree, headline, raw, generic_heading) or headline
        if real and len(headlines) == 1:
            only = headlines[0][0]
    if only:
        return only
    if trail[0]:
        return trail[0]  # a thread titled with its forum's name, its trail ending in it
    # not only the site's name or the page's kind ("Kundeninformationen | Sparkasse X")
    named = [c for c in candidates if norm(c) not in keys and not generic_heading(c)]
    if not named and (post := post_heading(tree, generic_heading)):
        return post  # "Aktuelles - Verein" over a club's post: its own titled heading
    if candidates or not found:  # the title the page shows, or the headline it shows
        return shown_title(tree, candidates, keys, generic_heading)
    return clean_with(found[0][1][0], keys, extra)


def _headline_part(prefix: str, kicked: bool = False) -> bool:
    """True for words the ``<h1>`` sets before a metadata title with a colon or a dash in
    its own text ("Raiffeisenbank Innviertel: …", "Nachlass online regeln – …"): part of
    the headline, not a label; a board's subject label ("Thema:") is one; so are the words
    of a clause in one ``<h1>`` without a kicker element ("Sparkasse X startet …")."""
    words = prefix.strip()
    if (
        not kicked
        and words[-1:].isalnum()
        and any(w[:1].islower() and w not in data.TITLE_LABEL_SMALL_WORDS for w in words.split())
    ):
        return True  # a clause ("Sparkasse X startet …"): the headline's subject and verb
    label = f"{words[:-1].strip().lower()}:"
    return words.endswith((":", "–", "—", "-")) and label not in (
        *data.SUBJECT_LABELS,
        *data.TITLE_FIELD_LABELS,
    )


def _heading_texts(tree: etree._Element) -> set[str]:
    """The first ``<h2>``s and ``<h3>``s' headline texts, lower case (read once a page)."""
    index = page_index(tree)
    return {
        fix_text(" ".join(headline_texts(h))).lower()
        for h in in_order(index.tags["h2"], index.tags["h3"])[: data.REPEATED_HEADING_MAX]
    }


def _segment_site_names(tree: etree._Element, titles: list[str], headings: set[str]) -> set[str]:
    """An ``<h1>`` (or its first segment) that a metadata title carries only as a later
    segment ("Update #3: Headline – Project | Platform" under the ``<h1>`` "Project – Claim")
    while an ``<h2>``/``<h3>`` shows the title's first segment, a rubric before a colon cut
    (:func:`rubric_rest`): the ``<h1>`` names the project, section or site, not the post."""
    # the later segments of the titles whose first one a heading shows
    later = [
        [norm(p) for p in parts[1:]]
        for parts in (data.TITLE_SEPARATORS.split(fix_text(t)) for t in titles)
        if len(parts) >= 2 and (rubric_rest(parts[0]) or parts[0].strip().lower()) in headings
    ]
    if not later:
        return set()
    names = set()
    for _, h1 in page_index(tree).tags["h1"][: data.COLON_SITE_H1_MAX]:
        text = fix_text(" ".join(headline_texts(h1)))
        if 2 <= len(text) <= 100:
            own = (norm(text), norm(data.TITLE_SEPARATORS.split(text)[0]))
            names |= {n for n in own for parts in later if n in parts}
    return {n for n in names if n}


def clean_with(title: str, keys: set[str], extra: tuple[str, ...]) -> str:
    title = fix_text(title)
    for _ in range(3):
        parts = data.TITLE_SEPARATORS.split(title)
        if len(parts) < 2:
            break
        if named_first(parts, keys):  # "Site :: Headline naming the Site": the headline
            title = data.TITLE_DANGLING.sub("", title[len(parts[0]) :])
        elif _is_site_segment(parts[-1], keys, extra, last=True):
            title = data.TITLE_DANGLING.sub("", title[: title.rfind(parts[-1])])
        elif _is_site_segment(parts[0], keys, extra):
            title = data.TITLE_DANGLING.sub("", title[len(parts[0]) :])
        else:
            break
    named = data.TITLE_SITE_COLON.match(title)
    if named and norm(named.group(1)) in keys:
        title = title[named.end() :]  # "Blogname: Headline" (Blogger): the site's own name
    return data.TITLE_DANGLING.sub("", title)
