"""Authors: which byline to believe (JSON-LD, meta tags, byline markup, byline text,
author links); where each is found is :mod:`~.bylines`."""

from __future__ import annotations

from typing import Any

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.agencytext import agency_text_credit
from newsarchive.extract.authorbox import author_box
from newsarchive.extract.autorclass import autor_bylines
from newsarchive.extract.besideagencies import agencies_beside
from newsarchive.extract.bylines import (
    author_links,
    byline_paragraph,
    each_text_byline,
    footer_bylines,
    labelled_meta_authors,
    post_author_comment,
    text_bylines,
)
from newsarchive.extract.citationauthors import citation_authors
from newsarchive.extract.forums import forum_poster
from newsarchive.extract.hostlinks import link_hosts
from newsarchive.extract.interviewer import interviewer
from newsarchive.extract.joinednames import joined_names
from newsarchive.extract.loginbox import login_box_owner
from newsarchive.extract.markupbylines import markup_byline_kinds
from newsarchive.extract.markuptrails import markup_authors
from newsarchive.extract.metadata import Metadata, resolve_ids, strings
from newsarchive.extract.names import (
    all_site_names,
    full_name,
    is_account,
    is_desk,
    is_login,
    login_owner,
    spelled_out,
    split_authors,
    without_places,
    without_site_names,
)
from newsarchive.extract.nicknames import completed, profile_byline
from newsarchive.extract.parsing import element_text, xpath
from newsarchive.extract.primarywriter import shown_with_others
from newsarchive.extract.proplist import listed_writer
from newsarchive.extract.readerletters import letter_writers
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.signatures import closing_credit
from newsarchive.extract.socialpost import social_post_account
from newsarchive.extract.speakers import speech_speakers
from newsarchive.extract.teamname import is_team
from newsarchive.extract.text import fold, norm
from newsarchive.extract.titlebyline import title_byline
from newsarchive.extract.titledname import shown_spellings, shown_titles
from newsarchive.extract.visible import _unseen
from newsarchive.extract.writerfield import field_writers


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
        found = split_authors(element_text(e) for e in xpath(tree, rules.author_xpath))
        if found[0] or found[1]:
            return found
    if letters := letter_writers(nodes or []):
        return letters, []  # a page of readers' letters: each letter's reader, not the paper
    names, agencies = _byline_authors(tree, meta, site_keys, nodes)
    if names and not agencies:
        # "Anna Roth, dpa" where the metadata, the byline's markup or its text names Anna Roth
        # alone, "Von A, mit Material von dpa", "Autor: A (Reuters)": the agency beside her too
        agencies = agencies_beside(names, tree, nodes or [])
    if names and not agencies and (wired := agency_text_credit(names, nodes or [])):
        names, agencies = [], wired  # "Text: dpa · Bearbeitung: A": A edited the agency's copy
    if not agencies:
        # the person interviewed, named in the headline, given as the writer: the asker
        names = interviewer(names, tree, nodes or []) or names
        # a speech's manuscript: who gave it, not the desk or the bank that posted it
        names = speech_speakers(nodes or []) or names
    if names and not agencies and all(is_account(n) or is_desk(n) for n in names):
        # a CMS or a team's account ("p.aschoff", "Redaktion") posted what a credit field
        # names ("Text: Philine Aschoff und Moritz Degen · Illustration: …")
        names = closing_credit(nodes or []) or field_writers(tree) or names
    if not names and not agencies:
        names = listed_writer(tree)  # the article's facts: "<dt>Autorin</dt><dd>A</dd>"
        # a blog post's author answering in its comments (WordPress marks that comment)
        names = names or [n for n in map(element_text, post_author_comment(tree)) if n][:1]
        names = split_authors(names)[0] or forum_poster(tree)  # a thread's opening post
        names = names or title_byline(tree)  # "Jappy - Tagebuch von A", "… by A"
        names = names or link_hosts(tree)  # "Mit" <a>A</a> "und" <a>B</a>: the hosts
    if names and not agencies:
        names = _fuller_byline(names, nodes or [], site_keys) or names
        names = joined_names(names, nodes or []) or names  # "<a>A</a> and <a>B</a>"
    names = [login_owner(n, tree) for n in spelled_out(without_places(names), tree)]
    names = [login_box_owner(n, tree) for n in names]  # "Über pixelpaula" / "Paula Brandes …"
    names = [completed(full_name(n, tree, meta), tree, site_keys) for n in names]
    if agencies or not all(map(is_desk, names)):
        # "Von A, NW Wirtschaftsredaktion", "Saarwelle-Redaktion mit dpa": the desk is
        # where the writer or the agency works, not another writer
        names = [n for n in names if not is_desk(n)]
    if not all(map(is_team, names)):
        # a team's account beside a writer (Ghost's "A, Team Schalterstunde"): no writer
        names = [n for n in names if not is_team(n)]
    if not agencies and all(n.startswith("@") for n in names):
        names = social_post_account(tree) or names  # a post page's account: its person
    return shown_titles(shown_spellings(names, nodes or []), nodes or []), agencies


def _byline_authors(
    tree: etree._Element,
    meta: Metadata,
    site_keys: frozenset[str] | set[str],
    nodes: list[tuple[str, bool]] | None,
) -> tuple[list[str], list[str]]:
    """Authors from metadata, byline markup or byline text, in that order."""
    raw = _people_first(
        resolve_ids(meta.jsonld.get("author") or meta.jsonld.get("creator"), meta.ids), nodes or []
    )
    values = [v for v in strings(raw) if not v.startswith(("http", "/"))]
    found = split_authors(values)  # an organisation credited in JSON-LD is an author
    seen: list[bool] = []  # _unseen(values, tree), computed once when first asked

    def unseen() -> bool:
        if not seen:
            seen.append(_unseen(values, tree))
        return seen[0]

    if not values:
        values = [v for v in meta.all(data.META_AUTHOR) if not v.startswith(("http", "@"))]
        if not values:
            values = citation_authors(meta)
        if not values:
            values = labelled_meta_authors(meta)
        found = without_site_names(split_authors(values), site_keys)
        if found[0] and unseen():
            # a site-wide meta author the page never shows yields to the byline it shows
            text = without_site_names(split_authors(text_bylines(nodes or [])), site_keys)
            if text[0]:
                return text
    markup: tuple[list[str], list[str]] | None = None
    if found[0] and all(data.FIRM_NAME.search(n) for n in found[0]):
        # a firm credited in the metadata over a person's byline the page shows
        text = without_site_names(split_authors(text_bylines(nodes or [])), site_keys)
        if text[0] and not any(data.FIRM_NAME.search(n) for n in text[0]):
            return text
    if found[0] and not all_site_names(found[0], meta, site_keys):
        if _listed(raw) and all(_kinds(a) & data.ORGANIZATION_TYPES for a in _listed(raw)):
            # an organisation in JSON-LD (the copy's source) over a person's byline text
            text = without_site_names(split_authors(text_bylines(nodes or [])), site_keys)
            if text[0] and all(" " in n and not is_account(n) for n in text[0]):
                return text
        teams = all(is_team(n) for n in found[0])
        if teams or all(is_desk(n) for n in found[0]):
            # a desk's account in the metadata ("Online-Redaktion") under a byline the page
            # shows ("Von Sophie Lang, dpa"): the byline; a team's ("Karriereblog-Team")
            # under a person's full name only
            desks = {n.lower() for n in found[0]}
            text = without_site_names(split_authors(text_bylines(nodes or [])), site_keys)
            if text[0] and not {n.lower() for n in text[0]} & desks and _people(text[0], teams):
                return text
            markup = markup_authors(tree, site_keys)  # "Interview: <a class=fn>A</a>"
            if (
                markup[0]
                and not any(is_account(n) or n.lower() in desks for n in markup[0])
                and _people(markup[0], teams)
            ):
                return markup
            if text[1] or markup[1]:
                # a desk's account over an agency's byline ("dpa/lno", "(dpa)"): the agency
                return text if text[1] else markup
        text = without_site_names(split_authors(byline_paragraph(nodes or [])), site_keys)
        if (
            text[0]
            and not {n.lower() for n in text[0]} & {n.lower() for n in found[0]}
            and unseen()
        ):
            # the account that posted (metadata, shown nowhere or hidden) is not the author
            # the article names ("Von Anna Müller" opening a guest post)
            return text
        markup = markup or markup_authors(tree, site_keys)  # (a desk's branch read it)
        if (
            any(" " in n and not is_account(n) for n in markup[0])
            and not {n.lower() for n in markup[0]} & {n.lower() for n in found[0]}
            and not any(_kinds(a) & data.ORGANIZATION_TYPES for a in _listed(raw))
            and unseen()
        ):
            # a person's account shown nowhere under the byline's markup ("Wire Service" in
            # JSON-LD, "By Hannah Okafor | Globe Wire"; session 45, read on en_bf); an
            # organisation credited stands
            return markup
        if all(" " in name for name in found[0]):
            # JSON-LD's primary author where the byline shows her with co-writers (Ghost,
            # Yoast and co-author plugins put one person in the metadata): the byline's list
            names = shown_with_others(found[0], tree, nodes or [], site_keys) or found[0]
            return names, found[1]
        # a user name ("annamueller") the byline spells out ("Anna Müller") takes that spelling
        spelled = {norm(name): name for name in markup[0]}
        names = [spelled.get(norm(n), n) if " " not in n else n for n in found[0]]
        if all(is_login(n) for n in names):
            # a login ("bankfan77") is nobody's name: a full name the page shows is
            shown = _shown_names(tree, nodes or [], site_keys, markup)
            if shown:
                return shown, found[1]
        return names, found[1]
    markup = markup_authors(tree, site_keys)
    if markup[0] and not all_site_names(markup[0], meta, site_keys):
        if all(is_account(n) for n in markup[0]):
            # a team account or a login ("Redaktion", "bankfan77") posted what a person's
            # byline text signs ("Geschrieben von Anna Müller")
            people = _person_over_account(tree, nodes or [], site_keys, markup[0])
            if people:
                return people, markup[1]
            boxed = author_box(tree)  # "Von Gastautor" over "Über die Gastautorin": the guest
            if boxed:
                return boxed, markup[1]
        return _byline_over_entries(nodes or [], site_keys, markup)
    text = without_site_names(split_authors(text_bylines(nodes or [])), site_keys)
    if text[0] and not text[1] and all(is_login(n) for n in text[0]):
        # Drupal's "Submitted by web_editor" over a byline field ("By A and Dr. B"; session
        # 51, read on en_bq): the people the byline names
        people = _person_over_account(tree, nodes or [], site_keys, text[0])
        full = people and all(len(n.split()[-1].rstrip(".")) > 1 for n in people)
        return (people if full else text[0]), []  # (not a reply's "Post by Dilys P")
    if text[0] or text[1]:
        return text  # (an agency alone too: "Von Reuters" over the text)
    signed = without_site_names(split_authors(footer_bylines(tree)), site_keys)
    if signed[0]:
        if all(is_login(n) for n in signed[0]):
            # a footer's login ("Geschrieben von jb_2019") under an author box naming the person
            boxed = author_box(tree)
            if boxed:
                return boxed, signed[1]
        return signed
    linked = without_site_names(split_authors(author_links(tree)), site_keys)
    if linked[0] and not all_site_names(linked[0], meta, site_keys):
        return linked
    german = autor_bylines(tree, site_keys)  # "<td class='autor'>", "entry-autor"
    if german[0] and not all_site_names(german[0], meta, site_keys):
        return german
    boxed = author_box(tree)  # "Über die Autorin" over a name, no byline
    if boxed:
        return boxed, []
    if not found[0] and not found[1] and not markup[0] and not markup[1]:
        profiled = profile_byline(tree, site_keys)  # "von <a href='/members/tobias'>tobias</a>"
        if profiled:
            return profiled, []
    if markup[1] and not markup[0] and all_site_names(found[0], meta, site_keys):
        return markup  # the byline's agencies ("Quelle: dpa, Reuters") over the publisher
    # nobody but the publisher itself is credited: it is the author
    return found if found[0] or found[1] else markup


def _people(names: list[str], teams: bool) -> bool:
    """Whether ``names`` may replace the metadata's account: any byline for a desk, full
    names only for a team (not "LinkedIn" in its author box; session 43)."""
    return not teams or all(" " in name for name in names)


def _people_first(raw: Any, nodes: list[tuple[str, bool]]) -> Any:
    """A JSON-LD author list without its organisations (:data:`~.data.ORGANIZATION_TYPES`:
    the broadcaster or insurer that published the article) where it also lists a person;
    an organisation the page shows as a byline node near the headline stays, and so does a
    news agency ("dpa" beside the writer: session 49, read on de_full184)."""
    if not isinstance(raw, list) or not any(_kinds(a) == {"person"} for a in raw):
        return raw
    shown = {fold(t).lower() for t, _ in nodes[: data.ORG_BYLINE_NODES]}
    return [
        a
        for a in raw
        if not (_kinds(a) and _kinds(a) <= data.ORGANIZATION_TYPES)
        or (name := fold(str(a.get("name") or "")).lower()) in shown
        or name in data.AGENCIES
    ]


def _listed(raw: Any) -> list[Any]:
    """A JSON-LD value as a list of its items."""
    return raw if isinstance(raw, list) else [raw]


def _kinds(value: Any) -> set[str]:
    """The JSON-LD ``@type`` names of an object, in lower case (none for a string)."""
    kind = value.get("@type") if isinstance(value, dict) else None
    return {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}


def _person_over_account(
    tree: etree._Element,
    nodes: list[tuple[str, bool]],
    keys: frozenset[str] | set[str],
    accounts: list[str],
) -> list[str]:
    """People the byline text names, not the accounts' own byline ("Von bankfan77") and not
    another post's byline markup (a blog's front page lists several posts)."""
    posted = {fold(n).lower() for n in accounts}
    rest = [("", True) if fold(t).lower() in posted else (t, s) for t, s in nodes]
    text = without_site_names(split_authors(text_bylines(rest)), keys)
    marked = {fold(element_text(e)).lower() for kind in markup_byline_kinds(tree) for e in kind}
    return [n for n in text[0] if not is_account(n) and n.lower() not in marked]


def _shown_names(
    tree: etree._Element,
    nodes: list[tuple[str, bool]],
    site_keys: frozenset[str] | set[str],
    markup: tuple[list[str], list[str]],
) -> list[str]:
    """Full names (two words or more) in the page's bylines: markup, text near the headline,
    the post's footer, author links."""
    for source in (
        lambda: markup[0],
        lambda: without_site_names(split_authors(text_bylines(nodes)), site_keys)[0],
        lambda: without_site_names(split_authors(footer_bylines(tree)), site_keys)[0],
        lambda: without_site_names(split_authors(author_links(tree)), site_keys)[0],
    ):
        names = [n for n in source() if " " in n and not is_login(n)]
        if names:
            return names
    return []


def _byline_over_entries(
    nodes: list[tuple[str, bool]],
    site_keys: frozenset[str] | set[str],
    markup: tuple[list[str], list[str]],
) -> tuple[list[str], list[str]]:
    """The byline text near the headline where it names the markup's names and more ("Von
    Greta Roth und Sven Ulm" over a liveblog whose entries mark their own author): the
    markup read one entry's author. Kind read in half O, judged on half P."""
    text = without_site_names(split_authors(text_bylines(nodes)), site_keys)
    shown = {n.lower() for n in text[0]}
    if len(shown) > len(markup[0]) and {n.lower() for n in markup[0]} < shown:
        return text
    return markup


def _fuller_byline(
    names: list[str], nodes: list[tuple[str, bool]], site_keys: frozenset[str] | set[str]
) -> list[str]:
    """A byline text near the headline (:data:`~.data.FULLER_BYLINE_NODES`) naming every
    author found and more: "Von Timo Achterberg, Leonie Brack" where the JSON-LD or a CMS's
    "Geschrieben von" field credits the first writer only; no name with an acronym
    (:data:`~.data.ACRONYM`) among the others. Kind read in halves U and AO."""
    found = {fold(n).lower() for n in names}
    for byline in each_text_byline(nodes[: data.FULLER_BYLINE_NODES]):
        text = without_site_names(split_authors(byline), site_keys)[0]
        shown = {fold(n).lower() for n in text}
        extra = [n for n in text if fold(n).lower() not in found]
        # (an acronym marks a desk or a broadcaster: "Von Anna Roth, MHF Wirtschaft")
        if found < shown and not any(data.ACRONYM.fullmatch(w) for n in extra for w in n.split()):
            return text
    return []
