"""Article extraction: one parsed page in, the article's text and metadata out.

The page is decoded and parsed once with lxml (:mod:`~newsarchive.extract.parsing`); every
step reads that tree. Metadata comes from JSON-LD first, then OpenGraph/meta tags, then
markup (:mod:`~newsarchive.extract.metadata`); the title, the authors and the dates are
decided by agreement of those sources with the visible page (:mod:`~.title`,
:mod:`~.authors`, :mod:`~.dates`). The body comes from trafilatura (precision mode, no
metadata, its steps run by :mod:`~.mainbody`; on our tree after our own boilerplate removal
and without the elements its cleaning deletes anyway, :mod:`~.pruning`), then our paragraph
rules (:mod:`~.body`): source attribution lines become the ``source`` field,
promo/navigation/credit lines leave, the lead is not repeated. The lead and the paywall are
read by :mod:`~.lead`. Data (XPaths, lexicons, patterns) lives in
:mod:`newsarchive.extract.data`.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

from newsarchive.extract import data
from newsarchive.extract.appshell import open_app_shell
from newsarchive.extract.authorbio import without_author_bio
from newsarchive.extract.authorhead import author_head
from newsarchive.extract.authors import find_authors
from newsarchive.extract.avatarhead import avatar_heading
from newsarchive.extract.behalf import behalf_signature, with_co_writers
from newsarchive.extract.body import clean_lines
from newsarchive.extract.cfemail import decode_cfemails
from newsarchive.extract.channelpost import focus_channel_post, with_channel_post
from newsarchive.extract.closingcut import closing_cut, signature_box_texts
from newsarchive.extract.closingnames import closing_names
from newsarchive.extract.coauthors import with_co_authors
from newsarchive.extract.creditlabels import labelled_credit
from newsarchive.extract.dates import find_dates
from newsarchive.extract.docheads import converted_pages
from newsarchive.extract.endname import end_name
from newsarchive.extract.fullerheads import fuller_headline, widened_headline
from newsarchive.extract.gallerycaptions import open_gallery_captions
from newsarchive.extract.guestclosing import guest_box, guest_closing
from newsarchive.extract.guesttag import tagged_guest
from newsarchive.extract.headname import head_name
from newsarchive.extract.inline import drop_link_lists
from newsarchive.extract.language import guess_language
from newsarchive.extract.latedays import late_day
from newsarchive.extract.lead import find_lead, is_paywalled
from newsarchive.extract.leadcut import split_opening
from newsarchive.extract.letterclose import letter_signers
from newsarchive.extract.linkcards import drop_link_cards
from newsarchive.extract.lonewords import without_lone_words
from newsarchive.extract.mainbody import recall_text
from newsarchive.extract.markedhead import marked_headline_under
from newsarchive.extract.messagebodies import open_text_holders
from newsarchive.extract.metadata import (
    find_canonical,
    find_image,
    find_language,
    find_section,
    find_site_name,
    find_tags,
    publisher_name,
    read_metadata,
    strings,
)
from newsarchive.extract.namecard import name_card
from newsarchive.extract.namedate import head_byline, member_card
from newsarchive.extract.namelead import without_name_lead
from newsarchive.extract.names import (
    all_site_names,
    is_account,
    is_desk,
    is_heading,
    is_login,
    is_org_name,
)
from newsarchive.extract.nametails import without_name_tail
from newsarchive.extract.nodes import content_marked, page_nodes, shows_title, title_mark
from newsarchive.extract.orgheads import post_under_org_name
from newsarchive.extract.ownerheading import owner_heading
from newsarchive.extract.pairheads import later_heading
from newsarchive.extract.pairsign import pair_signature
from newsarchive.extract.parsing import ExtractionError, decode_text, page_text, parse, xpath
from newsarchive.extract.posthead import post_after_non_headline
from newsarchive.extract.profilebox import header_owner, profile_box
from newsarchive.extract.profilename import profile_name
from newsarchive.extract.pruning import (
    body_lines,
    drop_boilerplate,
    drop_source_lists,
    drop_xpaths,
)
from newsarchive.extract.reprints import copy_notes, edited_only, reprint_day, wire_credit
from newsarchive.extract.roles import without_leading_roles
from newsarchive.extract.rolesign import role_signature, signed_after_text
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.shortentries import drop_short_entries
from newsarchive.extract.signatures import (
    closing_credit,
    credit_line,
    guest_byline,
    guest_opening,
    guest_writers,
    names_only_line,
    signed_in_full,
)
from newsarchive.extract.signblock import sign_block_name
from newsarchive.extract.signtails import tail_signature
from newsarchive.extract.signupboxes import drop_button_boxes, drop_signup_boxes
from newsarchive.extract.sitesection import post_under_site_name
from newsarchive.extract.sitesegment import headline_beside_site
from newsarchive.extract.sitewriter import site_person
from newsarchive.extract.slughead import slug_headline
from newsarchive.extract.sourcewriters import source_agencies, source_day, source_writers
from newsarchive.extract.subjectlines import subject_headline, without_subject_label
from newsarchive.extract.tailheads import tail_headline
from newsarchive.extract.text import clean_text, drop_invisible, fold, has_words, norm
from newsarchive.extract.title import find_title, keys_for_site, site_texts
from newsarchive.extract.titledates import without_date
from newsarchive.extract.topicheads import topic_headline
from newsarchive.extract.translators import without_crafts

__all__ = ["FIELDS", "ExtractionError", "SiteRules", "extract"]

logger = logging.getLogger(__name__)

#: The keys :func:`extract` always returns.
FIELDS = (
    "title", "lead", "body", "authors", "agencies", "published", "modified", "language",
    "section", "tags", "site_name", "top_image", "paywalled", "word_count", "source",
    "canonical_url",
)  # fmt: skip


def extract(
    body: bytes | str,
    url: str,
    *,
    encoding: str | None = None,
    fetched_at: datetime | None = None,
    rules: SiteRules | None = None,
) -> dict[str, Any]:
    """Extract one article from a page: the keys of :data:`FIELDS`, every string free of
    lone surrogates and control characters.

    Raises :class:`ExtractionError` and nothing else: its reasons are ``empty``, ``binary``,
    ``not-html``, ``no-text``, ``too-large`` and ``bad-jsonld`` (the size guards of
    :mod:`~newsarchive.extract.data`), and ``error`` for a fault of the extractor itself
    (logged with its traceback)."""
    try:
        result = _extract(body, url, encoding, fetched_at, rules or SiteRules())
    except ExtractionError:
        raise
    except RecursionError as error:
        raise ExtractionError("too-large", "nested too deep") from error
    except Exception as error:
        logger.exception("extraction failed on %s", url)
        raise ExtractionError("error", f"{type(error).__name__}: {error}") from error
    return {key: _clean(value) for key, value in result.items()}


def _clean(value: Any) -> Any:
    """A field without lone surrogates and control characters (empty list items leave)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [c for c in (_clean(v) for v in value) if c != ""]
    return value


def _extract(
    body: bytes | str,
    url: str,
    encoding: str | None,
    fetched_at: datetime | None,
    rules: SiteRules,
) -> dict[str, Any]:
    """:func:`extract` without its guarantees."""
    page_html = decode_text(body, encoding)
    tree = open_app_shell(parse(page_html), page_html)  # a single-page app's hidden article
    tree, post = focus_channel_post(tree, url, page_html)  # a channel preview: its post alone
    meta = read_metadata(tree)
    site_name = find_site_name(meta)
    site_keys = keys_for_site(url, site_name) | site_texts(tree, url)
    if publisher := norm(publisher_name(meta) or ""):
        site_keys.add(publisher)  # a platform's publication ("Geldnotizen" on "Schreibplatz")
    document = converted_pages(tree, meta.all(("generator",)))  # a PDF converted to HTML
    title = find_title(tree, meta, site_keys, rules, document)
    shown = [tree.findtext(".//title") or "", meta.get(data.META_TITLE) or ""]
    title = post_under_org_name(tree, title, shown) or title  # not the owner's banner: its post
    title = headline_beside_site(tree, title, meta) or title  # "Headline - Site" under "Site"
    title = later_heading(tree, title, shown) or title  # "Product - Review": the review's
    title = marked_headline_under(tree, title) or title  # a section's <h1> over the marked one
    title = fuller_headline(tree, title) or title  # "Galerie" over "Galerie: Sparkassenbücher …"
    title = widened_headline(tree, title) or title  # words put in: the <h1> shows them
    title = tail_headline(tree, title, shown, site_keys) or title  # "Site: News: Cut …" over it
    nodes, mark = page_nodes(tree)
    title = subject_headline(tree, title, nodes) or title  # "Betreff: <b>Subject</b>" under a name
    title = title and (without_subject_label(title) or title)  # "Thema: Headline"
    title = topic_headline(tree, title, shown) or title  # "<a>Topic</a> : Headline" (XOOPS)
    title = post_after_non_headline(tree, title) or title  # a day or an account: its post
    title = post_under_site_name(tree, title) or title  # "<h1>Site</h1>" of "Site - News"
    title = slug_headline(tree, title, url) or title  # the heading the address spells
    title = data.HEADLINE_ANCHOR_MARK.sub("", title)  # "Headline ¶" (a permalink's mark)
    byline_nodes = nodes[max(0, mark - data.BYLINE_NODES_BEFORE) :]
    authors, agencies = find_authors(tree, meta, rules, site_keys, byline_nodes)
    # read before the boilerplate (the box) leaves the tree; most pages skip the search
    boxed_guest = guest_box(tree) if "Gastautor" in page_html else None
    # agencies are authors too ("Anna Müller, Reuters"), and alone on an agency-only byline
    authors = [*authors, *(a for a in agencies if a not in authors)]
    # a member page's head (before the pruning), else a footer's "About A" or "More from A"
    owner = [] if authors else avatar_heading(tree) or profile_box(tree) or owner_heading(tree)
    owner = owner or ([] if authors else author_head(tree))  # "Written by" | "Dev Malhotra"
    sign_block = [] if authors else sign_block_name(tree)  # "Henrik Saathoff, Leiter …"
    # or the one name in its header or banner, not the site's own ("Get Satisfaction")
    header = [] if authors or owner else header_owner(tree)
    owner = owner or ([] if all_site_names(header, meta, site_keys) else header)
    # the visible-date rule stays off where the <body> class names a skipped part (measured,
    # the metadata date wins there); a layout's "right-sidebar" alone keeps it (session 35)
    body = tree.find("body")
    marked = body is not None and content_marked(body)
    date_nodes = ([], 0) if marked else (nodes, title_mark(tree, nodes, mark, title))
    titled = shows_title(*date_nodes, title)
    published, modified = find_dates(tree, meta, url, fetched_at, date_nodes, titled)
    body_text = page_text(tree)  # read once: lead, paywall and boilerplate rules use it
    # a day on the headline, a <time>'s shown text, a print edition, a citation suggestion
    published = late_day(tree, meta, nodes, title, url, published, fetched_at, body_text)
    authors = without_crafts(nodes, authors, body_text)  # "Übersetzung: A", "Fotos: B": no writers
    # "Dieser Artikel von A erschien zuerst am … bei X", a moved post's first day, "Quelle: dpa"
    notes = copy_notes(tree, body_text, fetched_at, bool(authors) and all(map(is_desk, authors)))
    lead = data.AD_DISCLOSURE.sub("", find_lead(tree, meta, rules, body_text, title))
    lead = drop_invisible(lead)  # as in the title and body (trafilatura drops them)
    if title and fold(lead).lower() == fold(title).lower():
        lead = ""  # a description restating the headline (shown on the page) is no teaser
    section = find_section(meta, title)
    result: dict[str, Any] = {
        "title": without_date(title) or title,  # "Headline (13.02.01)": the entry's day cut
        "lead": lead,
        "authors": authors,
        "agencies": agencies,
        "published": published,
        "modified": modified,
        "language": find_language(tree, meta),
        "section": section,
        "tags": find_tags(meta),
        "site_name": site_name,
        "top_image": find_image(meta, url),
        "paywalled": is_paywalled(tree, meta, body_text),
        "canonical_url": find_canonical(tree, meta, url),
    }
    cloaked = "data-cfemail" in page_html or data.CFEMAIL_HREF in page_html  # (most pages: no)
    changed = cloaked and decode_cfemails(tree)
    open_gallery_captions(tree)  # a gallery's captions tell its story (its slider leaves)
    drop_signup_boxes(tree)  # (before the boilerplate takes its form, leaving the box)
    boxed = signature_box_texts(tree)  # (read before the boilerplate leaves)
    drop_boilerplate(tree, None if changed else len(body_text))
    drop_button_boxes(tree)
    drop_source_lists(tree)
    drop_link_lists(tree, url)
    drop_link_cards(tree, url)  # "More articles" and its headline cards
    drop_short_entries(tree)  # "<b>A</b> <time>day</time><p>Danke!</p>" under the text
    drop_xpaths(tree, rules.drop_xpaths)
    scope = tree
    if rules.body_xpath:
        found = xpath(tree, rules.body_xpath)
        if found:
            scope = found[0]
    open_text_holders(scope)
    found_lines = body_lines(scope, url, document)
    # the article's headline forms in its structured data (og:title: a subheading on some)
    headlines = [
        *strings(meta.jsonld.get("headline")),
        *strings(meta.jsonld.get("alternativeHeadline")),
    ]
    lines, source = clean_lines(found_lines, title, lead, rules, headlines)
    # a page whose only text is its teaser (a video page) keeps it as the lead
    teaser = lead if lead and fold(lead).lower() in map(str.lower, found_lines[:3]) else ""
    if not teaser and not has_words(" ".join(lines), data.MIN_BODY_WORDS):
        # nothing left of our precision run: trafilatura in recall mode on the page as served
        recalled = [line for line in map(fold, recall_text(page_html, url).split("\n")) if line]
        lines, source = clean_lines(recalled, title, lead, rules, headlines)
    if not has_words(" ".join([teaser, *lines]), data.MIN_BODY_WORDS):
        # (a page too short for a body keeps its metadata: title, byline and date)
        found = {**result, "body": "", "source": None, "word_count": 0}
        raise ExtractionError(
            "no-text", "no article text found", {key: found[key] for key in FIELDS}
        )
    text = "\n\n".join(lines)
    if lead and fold(lead) in fold(text[: len(lead) + 200]) and len(lines) > 1:
        opening = lines[0]
        if opening.startswith(lead):
            lead, lines[0] = split_opening(lead, opening)
            result["lead"] = lead
            lines = [line for line in lines if line]
            text = "\n\n".join(lines)
    # the writer's credit closing the text leaves it (the authors are read on ``lines``)
    result["body"] = "\n\n".join(closing_cut(lines, boxed))
    result["source"] = source
    # a copy's source line with the original's day ("Quelle: Kurier vom 6. April 2026")
    result["published"] = (source and source_day(source, published, fetched_at)) or published
    # "Dieser Artikel erschien zuerst am 3. April 2024 im X" a few days before the copy's day,
    # "… ursprünglich am 5. März 2017 auf unserem alten Blog" years before a moved post's
    result["published"] = reprint_day(notes, published, fetched_at, lines) or result["published"]
    # a page that declares no language: its text's function words tell it
    result["language"] = result["language"] or guess_language(f"{lead}\n{text}")
    guest = (
        guest_opening([lead, *lines[:1]])
        or guest_byline(byline_nodes)
        or guest_closing(lines)
        or boxed_guest
        or tagged_guest(tree, authors, found_lines)  # signed under a guest tag
    )
    if notes.writers:
        result["authors"] = notes.writers  # a copy's writers, not the blog owner who reposted it
    elif guest:
        # a guest post: the guest its opening or byline names, not the owner's account (and those
        # its line joins to the guest: "Ein Beitrag von A, Bankfachwirtin, und B, CFP®")
        result["authors"] = guest_writers(guest, byline_nodes)
    elif (
        source
        and authors
        and (
            all_site_names(authors, meta, site_keys)
            or (all(map(is_desk, authors)) and wire_credit(found_lines, notes, source))
            or (source_agencies(source) and edited_only(authors, body_text))  # "Bearbeitung: A"
        )
    ):
        # the site credits itself, the text another publisher ("Quelle: kathpress") or
        # the agencies it names ("Quelle: dpa/RMF", "Mit Informationen von dpa und AFP"); a
        # desk's account ("Redaktion") those agencies (session 45, read on de_full165)
        result["authors"] = source_agencies(source) or [source]
    elif source and authors and not agencies and all(is_login(a) for a in authors):
        # a blog's login reposting another's text: the writers its source line names
        # ("Quelle: dpa", "Quelle: Südkurier vom 6. April 2026, Autor: Benedikt Hauri")
        result["authors"] = source_writers(source) or authors
    elif source and not authors and not agencies and (wired := source_agencies(source)):
        result["authors"] = wired  # no byline, the source line's agencies ("Quelle: dpa-AFX")
    elif not agencies and (
        not authors
        or all_site_names(authors, meta, site_keys)
        or all(is_account(a) or is_org_name(a) for a in authors)
    ):
        # nobody but the site (a login, a bank's account) is credited: a post signed at its end
        signers = letter_signers(lines)  # a letter's signers under its greeting, one a line
        signed = (
            signed_in_full(lines, page_html)
            or role_signature(lines)
            or tail_signature(lines)  # "Bleiben Sie gesund, Ihre A"
            or (None if len(signers) > 1 else signed_after_text(lines, page_html))
            or end_name(found_lines)  # "<p><em>Petra Lohmann</em></p>" closing the report
        )
        credited = [] if signed else credit_line(byline_nodes) or closing_credit(byline_nodes)
        credited = credited or ([] if signed else labelled_credit(byline_nodes))
        credited = credited or ([] if signed else names_only_line(byline_nodes))  # "A, B and C"
        credited = credited or ([] if signed else behalf_signature(lines))
        credited = credited or ([] if signed else closing_names(lines))  # "-- A - day"
        # two writers signing together ("Ihre Bettina Krämer und Olaf Krämer")
        pair = [] if signed or credited else pair_signature(lines)
        # a letter's signers over their roles ("Mit freundlichen Grüßen" / "Dr. A" / "Vorstand")
        pair = pair or ([] if signed or credited else signers)
        if signed and signed.lower() not in {a.lower() for a in authors}:
            result["authors"] = [signed]
        elif pair:
            result["authors"] = pair
        elif credited:
            # "Ein Beitrag von Finn Albrecht und Sophie Ranft, …" under a login's byline, or
            # "Bericht: Erwin Tölke, Fotos: Werner Dallmeyer" closing the text
            result["authors"] = credited
    elif not agencies and len(authors) == 1:
        # the byline's one writer named again with others at the text's end ("Text: A und B")
        result["authors"] = with_co_writers(authors, lines, byline_nodes)
    if not agencies and (
        not result["authors"] or all_site_names(result["authors"], meta, site_keys)
    ):
        # still nobody but the site: a post head's "Ole Roth" "•" "22.8.2022" under the headline
        result["authors"] = (
            head_byline(byline_nodes, title, site_keys, lead)
            or member_card(byline_nodes)  # a forum's or review portal's member card
            or name_card(byline_nodes)  # a writer's card: "Anna Roth" over "Rechtsanwältin"
            or head_name(byline_nodes, title, lead)  # "Maren Hellwig" alone under it
            or result["authors"]
        )
    if not agencies and not result["authors"]:
        result["authors"] = profile_name(tree)  # a diary's card: "Name: Anja Kessler"
        result["authors"] = result["authors"] or sign_block  # a "signature" block's name
        result["authors"] = result["authors"] or owner
        result["authors"] = result["authors"] or site_person(tree, site_name, result["title"])
    named = [without_leading_roles(without_name_lead(a)) for a in result["authors"]]
    named = [without_name_tail(a) for a in named]  # "A MdL", "A für Verein", "A aus Ort"
    # a heading read where a byline stands ("Weitere Meldungen") names nobody
    named = [a for a in named if not is_heading(a)]
    named = without_lone_words(named, agencies, byline_nodes, site_keys)
    # each writer once: a login spelled out may repeat the byline's full name
    named = [a for i, a in enumerate(named) if a.lower() not in {n.lower() for n in named[:i]}]
    result["authors"] = with_co_authors(named, byline_nodes)
    result["body"] = without_author_bio(result["body"], result["authors"])  # "A ist …"
    result["word_count"] = len(re.findall(r"\w+", f"{lead} {text}"))
    return with_channel_post(post, {key: result[key] for key in FIELDS})  # its own fields
