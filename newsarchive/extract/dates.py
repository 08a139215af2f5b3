"""Dates: published and modified from JSON-LD, meta tags, date markup, the address, the
visible date line and htmldate (the strings are read by :mod:`.datetext`)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.addressday import created_address, shortly_after, url_date
from newsarchive.extract.articleitems import article_item, headline_item
from newsarchive.extract.createdfield import created_day
from newsarchive.extract.dateline import date_line, today
from newsarchive.extract.datetext import parse_date, utc_day
from newsarchive.extract.fallbackdate import fallback_date, full_days
from newsarchive.extract.farline import far_line_defer
from newsarchive.extract.firstpost import first_post_day
from newsarchive.extract.firstpublished import first_publication
from newsarchive.extract.generated import fetch_day_stamp
from newsarchive.extract.index import (
    first_headline,
    page_index,
    with_class,
)
from newsarchive.extract.listdefer import htmldate_day, listed_defer
from newsarchive.extract.markupvalues import date_values
from newsarchive.extract.metadata import Metadata, site_dated, strings
from newsarchive.extract.metadates import metadata_published
from newsarchive.extract.nodes import entry_layout, one_entry, page_nodes, skipped_part
from newsarchive.extract.otherdays import event_days, modified_markup_days, update_stamp_days
from newsarchive.extract.parsing import element_text
from newsarchive.extract.proplist import listed_day
from newsarchive.extract.selfentry import current_entry_day, self_entry_day
from newsarchive.extract.sitezone import in_site_zone
from newsarchive.extract.slashorder import markup_slashed
from newsarchive.extract.standstamp import stand_over_stamp
from newsarchive.extract.yearless import yearless_day


def find_dates(
    tree: etree._Element,
    meta: Metadata,
    url: str,
    fetched_at: datetime | None,
    nodes: tuple[list[tuple[str, bool]], int] | None = None,
    titled: bool = False,
) -> tuple[str | None, str | None]:
    """Published and modified (``titled``: the headline's node reads the title, see
    :func:`~.nodes.shows_title`): JSON-LD, meta tags, ``<time>``/date markup, the address,
    htmldate; the visible date line replaces a metadata date close to it; a day in the
    address overrules them all; no date after the fetch."""
    latest = _latest(fetched_at)
    archived = data.ARCHIVED_URL.match(url)
    if archived:  # a Wayback copy: published by the capture, the day named in the original
        url = archived.group(1)
        latest = min(latest, _capture_latest(archived.group(0)) or latest)
    events = event_days(tree, fetched_at)
    # (a year's placeholder, "2013-01-01T00:00:00+00:00", only where nothing else dates it)
    published, stamp_value, placeholder = metadata_published(meta, fetched_at, latest)
    # a CMS storing UTC ("…T22:20:00Z"): its address may be dated in UTC too
    stored_utc = bool(published) and stamp_value.strip().upper().endswith(data.UTC_SUFFIXES)
    itemised = False
    dated_by: etree._Element | None = None  # the markup element the date came from
    markup_day = None
    metadated = published is not None  # (no "Stand:" line for the publication then)
    meta_day = published[:10] if published else None
    # the date markup's date and element, read once when first asked
    marked: list[tuple[str | None, bool, etree._Element | None]] = []

    def markup() -> str | None:
        if not marked:
            marked.append(_markup_date(tree, fetched_at, events))
        return marked[0][0]

    if not published:
        marked.append(_markup_date(tree, fetched_at, events))
        found, itemised, dated_by = marked[0]
        published = _until(found, latest)
        markup_day = published[:10] if published else None
    day_in_url = _until(url_date(url), latest)  # (an event's day after the fetch: none)
    # an article item's own datePublished is the article's date line: no other line replaces it
    visible = None
    line = None
    head = False  # the line just under the headline
    if not (published and itemised) and (
        line := date_line(tree, fetched_at, nodes, events, not metadated)
    ):
        visible = _until(line[0], latest)
        head = 0 < line[1] <= data.VISIBLE_DATE_HEAD_NODES and (titled or _in_article(tree))
    if not published:
        # htmldate, the slowest source, only where the page shows no date line either
        shown = None if day_in_url or visible else nodes or page_nodes(tree)
        published = day_in_url or (shown and _until(_htmldate(tree, url, shown[0]), latest))
    modified = None
    for value in (*strings(meta.jsonld.get("dateModified")), *meta.all(data.META_MODIFIED)):
        modified = _until(parse_date(value, fetched_at), latest)
        if modified:
            break

    if metadated and published and modified == published:
        # one stamp for both (a migration's): the first earlier of the page's date markup,
        # Drupal's created field, its date line, the meta tags' day (og:, dcterms; not JSON-LD)
        tags = (parse_date(v, fetched_at) for v in meta.all(data.META_PUBLISHED))
        own = (markup(), created_day(tree, fetched_at), visible)
        published = next((d for d in (*own, *tags) if d and d[:10] < published[:10]), published)
        if own[0] and site_dated(meta) and not visible:
            # a WebPage's one stamp (the site's build day) yields to the article's date markup
            published = _until(own[0], latest) or published

    def stamped(day: str) -> bool:
        return day[:10] in update_stamp_days(tree, fetched_at)

    if (
        visible
        and published
        and visible[:10] != published[:10]
        and visible[:10] in modified_markup_days(tree, fetched_at)
        # (where the metadata names a modification or the markup another day: tagDiv's
        # "entry-date updated" shows the publication on a page naming no other; dates_dn)
        and (modified is not None or (markup() or "")[:10] != visible[:10])
    ):
        # the theme shows the modification day ("updated"), not the publication: the date
        # markup's day, shown after it, is the line's (session 50)
        marked_day = markup()
        visible = (
            _until(marked_day, latest) if marked_day and marked_day[:10] != visible[:10] else None
        )
    if (
        visible
        and (
            not published
            or _days_apart(visible, published) is not None
            # the metadata's day is the one the page stamps as its update or generation
            # ("Zuletzt aktualisiert: 30.06.2014", "Archivseite erzeugt am …"), not the line's
            or (visible[:10] != published[:10] and stamped(published))
            or site_dated(meta)
            or head
            or (modified and modified[:10] == visible[:10])
            # a stamp far from the day the article's date markup and its line agree on (a
            # template's, a migration's: session 49, of 102 read pages whose markup and line
            # agree more than VISIBLE_DATE_MAX_DRIFT_DAYS from the metadata, 100 judges take
            # the line's day), not a masthead's today nor the metadata's modification day
            or (
                (markup() or "")[:10] == visible[:10]
                and not _masthead(marked[0][2])
                and visible[:10] != (modified or "")[:10]
            )
        )
    ):
        # (on the same day, the line's time where the day alone came from the address)
        same = published and visible[:10] == published[:10] and len(published) > 10
        published = published if same else visible
        if not metadated and not day_in_url and published == visible:
            # a reply's header day: the thread's first post's where its header is earlier
            published = _until(first_post_day(tree, visible[:10], fetched_at), latest) or published
    # a first publication's note where the page shows no other date line (a date line over
    # "Dieser Artikel ist ursprünglich am … erschienen" stays), or only an update's
    line_day = visible[:10] if visible else None
    noted = line_day is None or not published or line_day != published[:10]
    note = first_publication(nodes[0] if nodes else [], fetched_at, not noted)
    first = note.day if note else None
    if note and not noted and visible and (stamped(visible) or note.revised):
        line_day = None  # the only date line is an update's ("Aktualisiert am …", a revision)
    elif not noted:
        first = None
    if first and line_day in (None, first[:10]) and (not published or first < published):
        published = first  # "Erstveröffentlichung: 3. Mai 2015" over a republication's day
    if dated_by is not None and published and published[:10] == markup_day and not day_in_url:
        # a list item's markup day: htmldate's day where the page shows it first
        deferred = listed_defer(tree, url, published, dated_by, nodes, _drop_other_dates)
        published = _until(deferred, latest) or published
    if not metadated and markup_day is None and line and visible and not day_in_url:
        # (a line far under the headline: htmldate's day where the page shows it first)
        texts = nodes[0] if nodes and nodes[0] else page_nodes(tree)[0]
        far = far_line_defer(tree, url, line, texts, _drop_other_dates)
        published = _until(far, latest) or published
    if (
        day_in_url
        and (not published or published[:10] != day_in_url)
        # (not the address dated in UTC: "/2024/10/05/" for "2024-10-05T22:20:00Z", 00:20 local)
        and not (stored_utc and published and utc_day(published) == day_in_url)
        # (nor an address dated after the day the metadata and the date line agree on: a
        # paper's print edition, "/2014/03/07/" over a story online since 6 March 18:30)
        and not (visible and visible[:10] == meta_day and visible[:10] < day_in_url)
        # (nor an address a few days before it: the story's created day, "/2024/11/05/")
        and not created_address(day_in_url, visible, meta_day, published)
        # (or shortly after the day the article's date markup and the line agree on)
        and not shortly_after(visible, day_in_url, markup)
    ):
        # the address names the day: keep a time only from a source on that day
        same_day = [d for d in (visible, modified) if d and d[:10] == day_in_url]
        published = same_day[0] if same_day else day_in_url
    if fetch_day_stamp(published, visible, fetched_at):
        published = visible
    published = yearless_day(tree, published, fetched_at) or published  # "Di, 12.03."
    # "Stand:" over a stamp shown nowhere (a year's placeholder too, htmldate's day then)
    held = (placeholder or "")[:10]
    stamp = meta_day or (held if held and (not published or published[:10] == held) else None)
    if stamp and not (visible or day_in_url):
        texts = nodes[0] if nodes and nodes[0] else page_nodes(tree)[0]
        published = stand_over_stamp(texts, stamp, modified, latest) or published
    if not published:  # nothing else: the page's own list entry, htmldate on the whole page
        published = _until(self_entry_day(tree, url) or fallback_date(tree, url), latest)
        published = published or placeholder
    listed = None if day_in_url else _until(listed_day(tree, fetched_at, meta_day), latest)
    if listed and (not published or published[:10] != listed):
        published = listed  # the article's facts: "<dt>Datum</dt><dd>12.03.2024</dd>"
    current = current_entry_day(tree)  # the day of the list entry marked as the page shown
    if current and (not published or published[:10] != current):
        published = current
    # a UTC moment the page gives with its own offset too: the site's zone, not German time
    # (not the date line's moment: its time is shown in German time, "00:20 Uhr MEZ")
    on_line = published is not None and published == visible and len(published) > 10
    return (None if on_line else in_site_zone(tree, published)) or published, modified


def _latest(fetched_at: datetime | None) -> str:
    """The last day a page fetched at ``fetched_at`` (or now) can carry, as ``YYYY-MM-DD``."""
    moment = fetched_at or datetime.now(UTC)
    return (moment.date() + timedelta(days=1)).isoformat()


def _capture_latest(url: str) -> str | None:
    """The last day a Wayback capture (``/web/20130412090000/…``, UTC) can show, or None."""
    match = data.ARCHIVE_CAPTURE.search(url)
    if not match:
        return None
    try:
        captured = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return (captured + timedelta(days=1)).isoformat()


def _until(found: str | None, latest: str) -> str | None:
    """A date no later than ``latest`` (a date after the fetch is an event, not the article)."""
    return found if found and found[:10] <= latest else None


def _days_apart(a: str, b: str) -> int | None:
    """Days between two ISO dates, or None when more than the visible-date drift apart."""
    try:
        days = abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None
    return days if days <= data.VISIBLE_DATE_MAX_DRIFT_DAYS else None


def _markup_date(
    tree: etree._Element,
    fetched_at: datetime | None,
    events: set[str] | frozenset[str] = frozenset(),
) -> tuple[str | None, bool, etree._Element | None]:
    """The first date in date markup (``<time>``, ``datePublished``, a "date" class; an
    ``<abbr>``'s ``title``, hAtom's ``<abbr class="published" title="2012-03-03T23:10">``) that is
    not in a part carrying other dates (comments, teasers, sidebars... that do not hold the
    headline), not marked as the modification date only and not on an event's day
    (``events``); True with it when it is an article item's ``datePublished``; and the
    element it was read from."""
    headline = first_headline(tree)
    layout = set(headline.iterancestors()) if headline is not None else set()
    index = page_index(tree)
    entry = one_entry(tree)
    layout |= entry_layout(tree)  # one hAtom entry: the page's post, wherever the theme puts it
    times = [e for e in index.tag("time") if e.get("datetime") is not None]
    kinds = (  # (a <time> marked datePublished before one marked dateCreated: Joomla's info)
        sorted(times, key=lambda e: e.get("itemprop") != data.DATE_ITEMPROP),
        [e for _, e, p in index.itemprops if p == data.DATE_ITEMPROP],
        [e for _, e in with_class(tree, data.DATE_CLASS_PARTS)],
    )
    for kind in kinds:
        for element in kind[: data.DATE_MARKUP_CANDIDATES]:
            if _other_date(element, layout, entry):
                continue
            text = element_text(element)[:120]
            if today(text):
                continue  # the reader's day in a toolbar ("Heute: 04.07.2022")
            for value in date_values(element, text):
                found = parse_date(value, fetched_at) if value else None
                if found and value is text:  # ("04/03/2024": in the page's order)
                    ordered = markup_slashed(tree, text)
                    found = ordered if ordered and ordered[:10] != found[:10] else found
                if found and found[:10] in events:
                    break
                if found:
                    return found, article_item(element) is not None, element
    return None, False, None


def _masthead(element: etree._Element | None) -> bool:
    """True for date markup in a ``<header>`` outside any ``<article>`` or ``<main>``: the
    site's masthead showing the reader's day ("Mittwoch, 26.02.2020" beside the logo)."""
    if element is None:
        return False
    tags = [a.tag for a in element.iterancestors()]
    return "header" in tags and "article" not in tags and "main" not in tags


def _in_article(tree: etree._Element) -> bool:
    """True when the page's headline is in an ``<article>`` or ``<main>`` (the article's
    headline, not a site name in the masthead)."""
    headline = first_headline(tree)
    return headline is not None and any(True for _ in headline.iterancestors("article", "main"))


def _other_date(
    element: etree._Element, layout: set[etree._Element], entry: etree._Element | None = None
) -> bool:
    """True for date markup that names a modification (and not the publication) or sits in a
    part with other dates; ``layout`` are the headline's ancestors, never such a part; the
    page's one hAtom ``entry`` holds its ``published`` in its own parts."""
    names = " ".join(filter(None, (element.get(a) for a in ("class", "id", "itemprop"))))
    if data.DATE_MARKUP_MODIFIED.search(names) and not data.DATE_MARKUP_PUBLISHED.search(names):
        return True
    published = data.HATOM_PUBLISHED.search(element.get("class") or "")
    if entry is not None and published and any(a is entry for a in element.iterancestors()):
        return any(skipped_part(p) for p in (entry, *entry.iterancestors()) if p not in layout)
    # the date of an article item, or in the article item holding the headline: its own
    # parts ("footer" of tx_news) are the article's (the latter: session 45, dates_dg)
    item = article_item(element)
    item = headline_item(element, layout) if item is None else item
    start = (item,) if item is not None else (element,)
    return any(
        skipped_part(part)
        for part in (*start, *start[0].iterancestors())
        if part.tag not in ("body", "html") and part not in layout
    )


def _htmldate(tree: etree._Element, url: str, texts: list[tuple[str, bool]]) -> str | None:
    """htmldate's find on the page without its parts with other dates: the fast search (its
    markup and metadata), then, where that finds nothing, the extensive search (dates in the
    text in their common forms, the oldest first, as trafilatura reads them: an old portal's
    "am Montag, 8. November 2004 @ 14:22:10 CET (2341 mal gelesen)", a press release's
    "Pressemitteilung Nr. 045/2026 · 10.02.2026" above its headline), only a day the page's
    text ``texts`` (its text nodes, flagged when in other parts) shows as a full date (not a
    copyright's year, which htmldate gives as 1 January). Called only where the page shows
    no date line, metadata, markup or address day."""
    return htmldate_day(tree, url, _drop_other_dates, lambda: _shown_days(texts))


def _shown_days(texts: list[tuple[str, bool]]) -> set[str]:
    """The days written out in full (day, month, year) in the text nodes not flagged as
    other parts (:data:`~newsarchive.extract.data.SHOWN_DATE_FORMS`)."""
    return full_days(text for text, skip in texts if not skip)


def _drop_other_dates(
    tree: etree._Element,
) -> list[tuple[etree._Element, int, etree._Element]]:
    """Take the parts that carry other dates (sidebars, comments, teasers, navigation; not
    those holding the headline) out of the page for htmldate to read it; (parent, position,
    part) of each, in the order taken out, to put them back in reverse.

    The page itself, not a copy: htmldate copies the tree before it changes anything, and
    a copy of ours (with its page index built again for the headline) cost more than
    htmldate's own search."""
    body = tree.find("body")
    if body is None:
        return []
    headline = first_headline(tree)
    layout = set(headline.iterancestors()) if headline is not None else set()
    # (lengths summed, not the texts joined: a part's text is read once a part holding it)
    total = sum(map(len, body.itertext())) or 1
    # every share is read before anything is taken out (a part inside another one leaves
    # the outer part's text as it was), so the order of the parts does not matter
    shares = {
        part: sum(map(len, part.itertext())) / total
        for part in _other_dates_parts(tree, body)
        if part not in layout
    }
    removed = []
    for part, share in shares.items():
        parent = part.getparent()
        if parent is not None and share < data.HTMLDATE_DROP_MAX_SHARE:
            # (not a wrapper of the text: "content-sidebar-wrap")
            removed.append((parent, parent.index(part), part))
            parent.remove(part)
    return removed


def _other_dates_parts(tree: etree._Element, body: etree._Element) -> list[etree._Element]:
    """The ``<body>``'s descendants that are sidebars, widgets, comment sections or teaser
    lists (by tag or class/id words): the tags found by lxml, the words in the page index's
    elements with a class or id (not a walk over every element)."""
    parts = list(body.iter(*data.HTMLDATE_DROP_TAGS))
    for _, element, classes, ident in page_index(tree).marked:
        names = f"{classes or ''} {ident or ''}".lower()
        if (
            (
                any(w in names for w in data.HTMLDATE_DROP_WORDS)
                or (ident and data.SIDE_COLUMN_ID.fullmatch(ident))
            )
            and element is not body
            and any(a is body for a in element.iterancestors())
        ):
            parts.append(element)
    return parts
