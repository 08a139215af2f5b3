"""The visible date line: the date nearest the headline ("Veröffentlicht am 26.11.2026"),
and dates labelled as the reader's day, which are none
(:mod:`newsarchive.extract.dates` weighs them against the metadata)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.dasheddates import dashed_match
from newsarchive.extract.datetext import TZ, ctime_match, parse_german_date
from newsarchive.extract.generated import is_generation_stamp
from newsarchive.extract.index import first_headline
from newsarchive.extract.laterlabel import later_published
from newsarchive.extract.nodes import page_nodes
from newsarchive.extract.repeatlabel import repeated_label
from newsarchive.extract.replydays import replies_heading, reply_day
from newsarchive.extract.slashorder import lang_order, ordered_date, page_order
from newsarchive.extract.splitdate import joined_date
from newsarchive.extract.standhead import stand_head
from newsarchive.extract.text import ascii_twin, search_lowered
from newsarchive.extract.uploadlabel import upload_label
from newsarchive.extract.usshortyear import us_short_year

#: A digit: what a text node needs before the date patterns are tried on it (a cheap test;
#: any digit, since "3/5/12" and "5 Jan 09" are dates too), and what a change's line needs
#: before its update word to name the publication first.
_DIGITS = re.compile(r"\d")
#: :data:`~.data.VISIBLE_DATE_UPDATE` without case folding, read on a lowered text
#: (:func:`~.text.search_lowered`).
_UPDATE_TWIN = ascii_twin(data.VISIBLE_DATE_UPDATE)
#: A node going on with its line: a separator, a comma or a lowercase word first.
_RUNS_ON = re.compile(r"[·|,;:–—/-]|[a-zäöüß]")


def visible_date(
    tree: etree._Element,
    fetched_at: datetime | None = None,
    nodes: tuple[list[tuple[str, bool]], int] | None = None,
    events: set[str] | frozenset[str] = frozenset(),
) -> str | None:
    """The date line nearest the headline ("Veröffentlicht am 26.11.2026"), if any, not on
    an event's day (``events``) nor labelled as the reader's day (:func:`today`)."""
    line = date_line(tree, fetched_at, nodes, events)
    return line[0] if line else None


def date_line(
    tree: etree._Element,
    fetched_at: datetime | None = None,
    nodes: tuple[list[tuple[str, bool]], int] | None = None,
    events: set[str] | frozenset[str] = frozenset(),
    stand: bool = False,
) -> tuple[str, int] | None:
    """:func:`visible_date`'s date and its distance from the headline in text nodes (those
    after it count once, those before it three times); a line opening with the publication's
    label comes before nearer ones, one with the creation's label before nearer unlabelled ones
    (:func:`_label_rank`); with ``stand`` (a page whose metadata names no publication), a
    "Stand:" line under the headline after all others (:func:`~.standhead.stand_head`)."""
    texts, mark = nodes if nodes is not None else page_nodes(tree)
    best: tuple[tuple[int, int], str] | None = None
    read = False  # a paragraph of the text read after the headline
    own = False  # the first dated node of a part with other dates after the headline seen
    comments = False  # a comments' heading after the headline seen
    replies = False  # ... after the text read: no bare day after it (:mod:`.replydays`)
    order: list[bool | None] = []

    def page_order() -> bool | None:
        """The page's slashed order, read once when first needed."""
        if not order:
            order.append(_order(texts, tree))
        return order[0]

    for i, (text, skip) in enumerate(texts):
        if i > mark and not skip and len(text) >= data.DATE_OTHERS_AFTER_CHARS:
            read = True
        elif read and len(text) <= 70 and _others_heading(text) and not _runs_on(texts, i):
            break  # "Weitere Meldungen", "Termine": the other articles' or events' list
        elif read and replies_heading(text):
            replies = True  # "Kommentare (3)", "Reaktionen" after the text: the replies' days
        if (
            not comments
            and i > mark
            and len(text) <= 40
            and data.DATE_COMMENTS_HEADING.fullmatch(text)
        ):
            comments = True  # "3 Kommentare": a byline after it is a comment's
        if not _DIGITS.search(text[:200]):
            continue
        if len(text) <= data.SPLIT_DATE_PART_MAX and not data.DATE_LONG.search(text):
            text = joined_date(texts, i) or text  # "27. Februar" | "2023": one date badge
        if skip:  # only a post's own byline there ("Geschrieben von admin am …" in its footer)
            if own or i <= mark or not _own_byline(texts, i, mark) or first_headline(tree) is None:
                own = own or i > mark
                continue
            own = True
        if i and data.DATE_CHANGE_LABEL.fullmatch(texts[i - 1][0]):
            continue  # "Aktualisiert am" | "23.03.2017": the change, in the next node
        update = search_lowered(data.VISIBLE_DATE_UPDATE, _UPDATE_TWIN, text)
        state = bool(stand and update and stand_head(text, update, i - mark))  # "Stand: …"
        if update and not state:  # "Erstellt am 3.11.2026, aktualisiert am ...": before it
            text = _published_part(text, update)
        elif not update:  # "Versammlung vom 26.05.2025 · veröffentlicht 27.05.2025": the later
            text = later_published(text) or text
        match = (
            data.DATE_LONG.search(text)
            or data.DATE_NUMERIC.search(text)
            or data.DATE_MONTH_FIRST.search(text)
            or data.DATE_NUMERIC_SHORT_YEAR.search(text)
            or data.DATE_DASHED_MONTH_SHORT_YEAR.search(text)  # "21-Jun-05"
            or data.DATE_WEEKDAY_MONTH_SHORT_YEAR.search(text)  # "Mon 14 May 01 21:10"
            or data.DATE_YMD_SLASHED.search(text)
            or _short_year(text)
            # a slashed day whose order is certain (Lotus Domino's "10/17/2005 07:05:00 PM")
            or _certain_slashed(text, page_order)
            or dashed_match(text)  # "06-10-2009, 19:40", "04-16-2009, 10:22 AM"
            or ctime_match(text)  # "Tue Oct 19 21:04:11 CEST 1999" (mail archives)
        )
        ordered = None  # an ambiguous slashed day read in the order of the page's others
        if not match and "/" in text and (match := data.DATE_SLASHED.search(text)):
            ordered = None if (first := page_order()) is None else ordered_date(match, first)
            match = match if ordered else None
        if not match and "/" in text and (short := us_short_year(text, fetched_at)):
            match, ordered = short  # "03/21/07 10:13:00 pm": month first, as its clock says
        if not match or today(text, match.start()):
            continue
        if i < mark and _fetch_day(text, fetched_at):
            continue  # a masthead's "Freitag, 4. Dezember 2026" over the headline: today
        if any(_labelled(texts, i, match.start(), label) for label in _OTHER_DAYS):
            continue  # a thread's last reply, a member's join
        if _bound(text, match):
            continue  # "Preise ab 01.04.2024", "Besucher seit dem 01.03.2004": a period's bound
        if _other_label(texts, i, text, match.start()):
            continue  # "Kursstart: 28.01.2025", "Einsendeschluss: 11.11.1998": another day
        if data.DATE_DOCUMENT.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Urteil vom 21.05.2021 – VI R 7/21": a cited decision's day
        # a topic after the date first ("· Thema: Filialen"), before a byline takes its "·"
        tail = data.DATE_LINE_SUBJECT.sub("", text[match.end() :])  # "… Post subject: …"
        rest = data.DATE_LINE_TOPIC.sub("", text[: match.start()] + " · " + tail)
        rest = data.DATE_LINE_COAUTHORS.sub("", rest)  # "von A und B": no sentence
        rest = data.DATE_LINE_BYLINE.sub("", data.DATE_LINE_NICK.sub("", rest))
        rest = data.DATE_LINE_COUNTS.sub("", data.DATE_LINE_CLOCK.sub("", rest))
        rest = data.VISIBLE_DATE_FILLER.sub("", rest)
        # a dateline opens a paragraph: "27.1.2026 - Die ...", "Eisenach, 27.1.2026 – Die ..."
        # or after the place with a full stop: "Bonn, 23.06.2009. Eine neue Studie ..."
        place = match.start() > 0 and (
            data.DATELINE_PLACE.fullmatch(text, 0, match.start())
            or data.DATELINE_NOTICE.fullmatch(text, 0, match.start())
        )
        dateline = (
            data.DATELINE_DASH.match(text, match.end()) and (match.start() == 0 or place)
        ) or (place and data.DATELINE_STOP.match(text, match.end()))
        rank = _label_rank(texts, i, text, match.start(), match.end())
        if rank < len(data.DATE_LABEL_RANKS) and repeated_label(
            texts, i, text, match.start(), mark
        ):
            rank = len(data.DATE_LABEL_RANKS)  # a list's items' label ("Erscheinungsdatum:")
        rank = len(data.DATE_LABEL_RANKS) + 1 if state else rank  # below any other line
        if (
            rank > 1
            and not (replies or comments)
            and _posted_by(text[: match.start()])
            and not data.DATE_CHANGED_END.search(texts[i][0])  # "… wurde am X ergänzt."
            and (not read or _one_posted_by(texts))
        ):
            rank = 1  # "Posted by hkessler at 10:40 PM on" (not a comment's, after its heading)
        if replies and reply_day(text, match.start(), rank):
            continue  # a bare day after the comments' heading: a reply's or a list's
        if rank > 1 and not read and not comments and _byline_day(texts, i, text[: match.start()]):
            rank = 1  # the post's byline above its text (a comment's stands after it)
        if (
            len(rest)
            > (data.VISIBLE_DATE_HEAD_MAX_REST if rank < 2 else data.VISIBLE_DATE_MAX_REST)
            and not dateline
            and not _head_line(text, match, i - mark, len(rest))
            and not _document_line(tree, text, match, i - mark)
        ):
            continue
        distance = i - mark if i >= mark else (mark - i) * 3
        if distance > data.VISIBLE_DATE_MAX_DISTANCE or (best and (rank, distance) >= best[0]):
            continue
        found = ordered or parse_german_date(text, fetched_at)
        if found and found[:10] not in events and not is_generation_stamp(found, fetched_at):
            best = ((rank, distance), found)  # (a clock the page shows is no date line)
    return (best[1], best[0][1]) if best else None


def _others_heading(text: str) -> bool:
    """True for the heading of a list after the text: other articles ("Weitere Meldungen",
    :data:`~newsarchive.extract.data.DATE_OTHERS_HEADING`) or events ("Nächste Termine",
    :data:`~newsarchive.extract.data.DATE_EVENTS_HEADING`)."""
    return bool(
        data.DATE_OTHERS_HEADING.fullmatch(text)
        or data.DATE_EVENTS_HEADING.fullmatch(text)
        or data.DATE_EARLIER_HEADING.fullmatch(text)  # "Frühere Berichte:", "Linked posts"
    )


def _runs_on(texts: list[tuple[str, bool]], i: int) -> bool:
    """True when node ``i``'s line goes on in the next node ("… in <a>Termine</a> · 14. März
    2007", "in Termine am …": a category's link in a byline, not a list's heading)."""
    return i + 1 < len(texts) and bool(_RUNS_ON.match(texts[i + 1][0]))


def _label_rank(texts: list[tuple[str, bool]], i: int, text: str, start: int, end: int) -> int:
    """0 for a date whose line opens with the publication's label ("Veröffentlicht am",
    "Erschienen:"), 1 with the creation's or posting's ("Erstellt:", "Eingestellt am"), just
    before the date or as the node before it (a ``<dt>``, "Veröffentlicht am" before a
    ``<time>``); 2 for any other (:data:`~newsarchive.extract.data.DATE_LABEL_RANKS`)."""
    head = text[:start]
    own = bool(head.strip()) or not i
    heads: tuple[str, ...] = (head,)
    if not own:
        head = texts[i - 1][0][: data.DATE_LABEL_NODE_MAX]
        heads = (head,)
    elif data.DATE_LINE_END.match(text, end) or data.DATE_SEGMENT_END.match(text, end):
        # "Pressemitteilung Nr. 36/2021, veröffentlicht am", "Aus Heft 4/2025 · Online seit";
        # the whole head first ("Veröffentlicht: Dienstag, " before "12. September 2023 08:00")
        whole, head = head, data.DATE_LABEL_AFTER.split(head)[-1]
        heads = (whole, head)
    for rank, label in enumerate(data.DATE_LABEL_RANKS):
        if any(label.fullmatch(each) for each in heads):
            return rank
    if upload_label(texts, i, head, own):
        return 1  # a document host's "Hochgeladen am", "Date Added:" (:mod:`.uploadlabel`)
    return len(data.DATE_LABEL_RANKS)


def _posted_by(head: str) -> bool:
    """True when ``head``, the text before a date, is a post's footer naming its poster
    (:data:`~newsarchive.extract.data.DATE_POSTED_BY`)."""
    return len(head) <= data.DATE_POSTED_BY_MAX and data.DATE_POSTED_BY.fullmatch(head) is not None


def _one_posted_by(texts: list[tuple[str, bool]]) -> bool:
    """True when one text node only opens with a poster's footer (after the text, several are
    the comments' bylines: "Gepostet von Felix am …", "Gepostet von Anna am …")."""
    found = (t for t, _ in texts if data.DATE_POSTED_BY.match(t[: data.DATE_POSTED_BY_MAX]))
    return next(found, None) is not None and next(found, None) is None


def _byline_day(texts: list[tuple[str, bool]], i: int, head: str) -> bool:
    """True when the ``head`` before a date is a post's byline ending with "am" and the
    weekday ("Beigetragen von admin am", or "am Mittwoch," after "Eingetragen von" | "redaktion":
    :data:`~newsarchive.extract.data.DATE_BYLINE_DAY`)."""
    if not data.DATE_BYLINE_DAY.fullmatch(head):
        return False
    return any(
        data.DATE_BYLINE_LABEL.match(t) for t in (head, *(n for n, _ in texts[max(0, i - 2) : i]))
    )


def _head_line(text: str, date: re.Match[str], after: int, rest: int) -> bool:
    """True for the line just under the headline, or just above it (its kicker: "Gemeinsame
    Presseinfo Nr. 012 – 04.03.2026", "Kapitalmarktkommentar · 04.10.2005"), ending with its
    ``date``, whose other words (``rest`` characters) are a longer head:
    "Pressemitteilung Nr. 148/2022 vom 03.08.2022"
    (:data:`~newsarchive.extract.data.VISIBLE_DATE_HEAD_MAX_REST`). Above the headline, not
    an event's day ("… eröffnet am 03.10.2026": :data:`~.data.DATE_EVENT_DAY`)."""
    return (
        0 < abs(after) <= data.VISIBLE_DATE_HEAD_NODES
        and rest <= data.VISIBLE_DATE_HEAD_MAX_REST
        and data.DATE_LINE_END.match(text, date.end()) is not None
        and (after > 0 or data.DATE_EVENT_DAY.search(text, 0, date.start()) is None)
    )


def _document_line(tree: etree._Element, text: str, match: re.Match[str], after: int) -> bool:
    """True for a line naming only a document's number and ending with its day ("Pressemitteilung
    04/2026 · 3. Februar 2026", :data:`~newsarchive.extract.data.DATE_DOCUMENT_HEAD`) just above
    the headline, or anywhere on a page without a headline element."""
    return (
        data.DATE_DOCUMENT_HEAD.fullmatch(text, 0, match.start()) is not None
        and data.DATE_LINE_END.match(text, match.end()) is not None
        and (-data.VISIBLE_DATE_HEAD_NODES <= after < 0 or first_headline(tree) is None)
    )


def _own_byline(texts: list[tuple[str, bool]], i: int, mark: int) -> bool:
    """True when text node ``i`` (after the headline, node ``mark``) or one of the two before
    it opens with a post's byline label ("Geschrieben von", "Veröffentlicht von", "Posted by";
    :data:`~newsarchive.extract.data.DATE_OWN_BYLINE`)."""
    return any(data.DATE_OWN_BYLINE.match(texts[j][0]) for j in range(max(mark + 1, i - 2), i + 1))


def _short_year(text: str) -> re.Match[str] | None:
    """A month-first date with an apostrophe's two-digit year ("Aug 23, '07"), looked for
    only in a text with an apostrophe (:data:`~.data.DATE_MONTH_FIRST_SHORT_YEAR`)."""
    if not data.APOSTROPHE_YEAR.search(text):
        return None
    return data.DATE_MONTH_FIRST_SHORT_YEAR.search(text)


def _certain_slashed(text: str, page_order: Callable[[], bool | None]) -> re.Match[str] | None:
    """A slashed day ("10/17/2005") whose order is certain: a number above 12, or a 12-hour
    clock after it (US order, :data:`~newsarchive.extract.data.DATE_CLOCK_12H`) or Drupal's
    " - 10:15" (:data:`~newsarchive.extract.data.DATE_DRUPAL_CLOCK`) on a page whose order
    (``page_order()``) is not day first (a British site's "Mon, 04/03/2024 - 17:30" beside
    "27/02/2024": session 64, read on en_en); "08/02/2023" alone may be either day."""
    match = data.DATE_SLASHED.search(text)
    if match is None:
        return None
    if (
        int(match[1]) > 12
        or int(match[2]) > 12
        or data.DATE_CLOCK_12H.match(text, match.end())
        or (data.DATE_DRUPAL_CLOCK.match(text, match.end()) and page_order() is not True)
    ):
        return match
    return None


def _published_part(text: str, update: re.Match[str]) -> str:
    """The part of a line naming an update that names the publication: before the update
    word, or (the update first, "Aktualisiert: 04.08.2022 · Veröffentlicht: 03.08.2022") after
    the publication's label, up to a later update word."""
    label = data.VISIBLE_DATE_PUBLISHED_AFTER.search(text, update.end())
    if not label or _DIGITS.search(text, 0, update.start()):
        return text[: update.start()]
    text = text[label.end() :]
    again = search_lowered(data.VISIBLE_DATE_UPDATE, _UPDATE_TWIN, text)
    return text[: again.start()] if again else text


#: Labels of other days than the publication: a thread's last reply, a member's join.
_OTHER_DAYS = (data.DATE_LAST_REPLY, data.DATE_MEMBER_SINCE, data.DATE_RECORDED)


def _labelled(texts: list[tuple[str, bool]], i: int, start: int, label: re.Pattern[str]) -> bool:
    """True when the date at ``start`` of text node ``i`` is labelled by ``label`` as another
    day ("Letzte Antwort: 13.02.2022", :data:`~newsarchive.extract.data.DATE_LAST_REPLY`;
    "Mitglied seit: 18.04.2000", :data:`~newsarchive.extract.data.DATE_MEMBER_SINCE`), in its
    node or as the node before it."""
    before = data.DATE_LAST_REPLY_BEFORE
    if label.search(texts[i][0], max(0, start - before), start):
        return True
    if start or not i:
        return False
    node = texts[i - 1][0]
    return len(node) <= before and label.search(node) is not None


def _bound(text: str, date: re.Match[str]) -> bool:
    """True for a ``date`` bounding a period: "ab", "seit", "bis" just before it, "bis" after
    it (:data:`~newsarchive.extract.data.DATE_BOUND_BEFORE`, :data:`~.data.DATE_BOUND_AFTER`)."""
    start = date.start()
    return (
        data.DATE_BOUND_BEFORE.search(text, max(0, start - 20), start) is not None
        or data.DATE_BOUND_AFTER.match(text, date.end()) is not None
    )


def _other_label(texts: list[tuple[str, bool]], i: int, text: str, start: int) -> bool:
    """True for a date right after a colon label naming another day than the publication
    ("Kursstart:", "Einsendeschluss:"; :data:`~newsarchive.extract.data.DATE_OTHER_LABEL`), in
    its text node or as the node before it; not a publication's, creation's or page's label."""
    head = text[:start]
    if i and data.DATE_WEEKDAY_HEAD.fullmatch(head):  # "Infoabend:" | "Freitag, 6. Dezember …"
        head = texts[i - 1][0][: data.DATE_LABEL_NODE_MAX + 1] + " " + head
    if len(head) > data.DATE_LABEL_NODE_MAX or not data.DATE_OTHER_LABEL.fullmatch(head):
        return False
    if data.DATE_PAGE_LABEL.match(head) or data.DATE_UPLOAD_LABEL.fullmatch(head):
        return False  # a page's or document's day, a host's upload ("Foto vom:")
    return not any(label.fullmatch(head) for label in data.DATE_LABEL_RANKS)


def _order(texts: list[tuple[str, bool]], tree: etree._Element) -> bool | None:
    """The page's slashed order: its other slashed dates', else its language's."""
    found = page_order(texts)
    return lang_order(tree) if found is None else found


def _fetch_day(text: str, fetched_at: datetime | None) -> bool:
    """True when the date of ``text`` is the fetch's local day with no clock (a masthead's
    today; a clock is a generation stamp's or a ticker's, see :mod:`.generated`)."""
    day = parse_german_date(text, fetched_at) if fetched_at is not None else None
    local = fetched_at.astimezone(TZ) if fetched_at and fetched_at.tzinfo else fetched_at
    return bool(day and local and len(day) == 10 and day == local.date().isoformat())


def today(text: str, end: int | None = None) -> bool:
    """True when the date at ``end`` (or the first date of ``text``) is labelled as the
    reader's day, "Heute: 04.07.2022" (:data:`~newsarchive.extract.data.DATE_TODAY`)."""
    if end is None:
        match = data.DATE_LONG.search(text) or data.DATE_NUMERIC.search(text)
        if not match:
            return False
        end = match.start()
    label = data.DATE_TODAY.search(text, max(0, end - 40), end)
    while label and label.end() != end:
        label = data.DATE_TODAY.search(text, label.end(), end)
    return label is not None
