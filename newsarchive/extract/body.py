"""Body paragraphs: our rules on trafilatura's lines (:func:`clean_lines`): source lines
become the ``source``; promos, notices, captions, bylines, sign-offs, headline or lead
repeats and closing appeals leave. The tree is pruned before (:mod:`~.pruning`), the lead
and the paywall are read apart (:mod:`~.lead`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsarchive.extract import data
from newsarchive.extract.actionbars import without_action_bar
from newsarchive.extract.commentlines import without_closing_comments
from newsarchive.extract.danglingheads import without_dangling_heading
from newsarchive.extract.datedteasers import without_dated_teasers
from newsarchive.extract.endmarks import without_release_end
from newsarchive.extract.eventlists import without_closing_events
from newsarchive.extract.forumrows import without_forum_rows
from newsarchive.extract.inline import drop_pull_quotes, drop_skipped
from newsarchive.extract.labelstamps import is_label_stamp
from newsarchive.extract.legalnotes import is_legal_note
from newsarchive.extract.mailsig import without_mail_signature
from newsarchive.extract.othersheads import is_others_heading
from newsarchive.extract.postedlines import is_posted_line
from newsarchive.extract.postmeta import is_post_footer, is_reading_time_line
from newsarchive.extract.poststables import opens_posts_table, without_table_head
from newsarchive.extract.proselines import is_prose_paragraph
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import fold, may_hold
from newsarchive.extract.toolrows import is_tool_row
from newsarchive.extract.topbylines import is_top_byline


def clean_lines(
    lines: list[str], title: str, lead: str, rules: SiteRules, headlines: Iterable[str] = ()
) -> tuple[list[str], str | None]:
    """Body paragraphs without boilerplate, the title/lead repeats and the source line.

    ``headlines`` are the other forms of the headline the structured data gives (JSON-LD
    ``headline`` and ``alternativeHeadline``): the page may show one of them
    above the text rather than the title chosen."""
    source = None
    kept: list[str] = []
    drop = [re.compile(p, re.IGNORECASE) for p in rules.drop_lines]
    title_f, lead_f = fold(title).lower(), fold(lead).lower()
    forms = [title_f] if title_f else []
    forms += [h for h in {fold(h).lower() for h in headlines} if h and h != title_f]
    lines = drop_skipped([_one_cell(line) for line in lines])
    lines = without_closing_comments(lines)  # (the text's closing lines are read above them)
    lines = without_release_end(lines)  # "###" and the issuer's "About X" after it
    lines = without_action_bar(lines)  # "Like · Comment" and the replies after it
    lines = without_mail_signature(lines)  # "-- " and the signature, quotes, posts after it
    lines = without_forum_rows(lines, title)  # a board's posts as rows: the first one's text
    start = _byline_below_headings(lines)
    head = _headline_index(lines, forms)
    for i, line in enumerate(lines):
        if i < start:
            continue  # a subtitle above the byline
        if i < head and _is_header_label(line):
            continue  # a kicker, a rubric or a breadcrumb above the headline
        if i and i == head:
            continue  # the headline itself, under the page's chrome
        if i >= len(lines) / 2 and (
            data.CONTACT_BLOCK.fullmatch(line)
            or data.AUTHOR_BOX_HEADING.fullmatch(line)  # "Über die Autorin", bios under it
            or data.CONTACT_QUERY_LABEL.fullmatch(line)
            or (
                len(line) <= data.CONTACT_DETAILS_MAX_CHARS
                and data.CONTACT_NAME_LINE.fullmatch(line)
            )
        ):
            break  # a contact block (or its one line), an author box close the text
        if data.CLOSING_BLOCK.fullmatch(line) and (
            i >= len(lines) / 2 or _no_paragraph_after(lines, i)
        ):
            break  # a release's original publication, its list of further links
        if (
            i >= len(lines) / 2
            and len(line) <= data.NOTICE_MAX_CHARS
            and may_hold(line, data.SUPPORT_APPEAL_WORDS)
            and data.SUPPORT_APPEAL.search(line)
        ):
            break  # the publisher's appeal for support closes the text
        if i >= len(lines) / 2 and _is_others_list(lines, i):
            break  # the other articles' list closes the text
        if i >= len(lines) / 2 and opens_posts_table(lines, i):
            kept = without_table_head(kept)
            break  # a table of other posts ("| Titel | Autor | Datum |") closes the text
        if (
            i >= len(lines) / 2
            and len(line) <= data.READER_COMMENT_MAX_CHARS
            and data.READER_COMMENT_LINE.fullmatch(line)
        ):
            break  # readers' comments or replies under the text
        line = data.AD_DISCLOSURE.sub("", line)
        if ":" in line[: data.BOX_LABEL_PREFIX_MAX_CHARS]:
            line = data.BOX_LABEL_PREFIX.sub("", line, count=1)  # "Hintergrund: …"
        if "ffnet" in line:
            line = data.LINK_HINT.sub("", line)
        if not line or data.TEMPLATE_LEAK_LINE.fullmatch(line):
            continue
        if i == 0 and len(lines) > 1 and _is_label(line, lines[1]):
            continue  # a section or kind label above the text
        if len(line) <= data.CONTACT_DETAILS_MAX_CHARS and data.CONTACT_DETAILS_LINE.fullmatch(
            line
        ):
            continue  # "presse@bank.example · +49 30 1234 5678" under the text
        if line[0] in "-_=*~" and data.DRAWN_RULE_LINE.fullmatch(line):
            continue  # a rule drawn with characters ("__________")
        if len(line) <= data.SUMMARY_LABEL_MAX_CHARS and (
            data.SUMMARY_LABEL_LINE.fullmatch(line)
            or (i < len(lines) - 1 and data.FACT_LABEL_LINE.fullmatch(line))
        ):
            continue  # a summary box's label ("Das Wichtigste in Kürze"), a fact box's
        if len(line) <= data.NOTICE_MAX_CHARS and (
            data.NOTICE_LINE.match(line)
            or data.NO_ADVICE_NOTE.match(line)
            or (_near_end(i, len(lines)) and data.AUTHOR_BIO_LINE.match(line))
        ):
            continue  # a consent placeholder, a translation or no-advice note, the author box
        if len(line) <= data.RESPONSIBLE_MAX_CHARS and (
            data.RESPONSIBLE_LINE.fullmatch(line)
            or (i >= len(lines) / 2 and data.RESPONSIBLE_LABEL_LINE.fullmatch(line))
        ):
            continue  # "V.i.S.d.P.: Name", "Verantwortlich: Pressestelle" under the text
        low = line.lower()
        if (i < 3 and low in (title_f, lead_f)) or (lead_f and i < 3 and lead_f.startswith(low)):
            continue
        if lead_f and low == lead_f:
            continue  # the lead repeated under the byline's lines
        if i < 3 and any(_is_headline_repeat(line, form) for form in forms):
            continue
        if (i < 3 or len(kept) < 2 or i == len(lines) - 1) and (
            _is_byline(line) or data.DATE_STAMP_LINE.fullmatch(line)
        ):
            continue  # the byline and date line above (or below) the text, or under its lead
        if (i < 3 or len(kept) < 2) and is_label_stamp(line):
            continue  # "vhs-Newsletter · 12. März 2019", "News vom 07.11.2006" above the text
        if (i < 3 or len(kept) < 2) and is_top_byline(line):
            continue  # a blog's or a club page's byline with its date or category on top
        if i < data.HEADER_MAX_LINES + 2 and data.RELEASE_LABEL_LINE.fullmatch(line):
            continue  # a press page's label ("Pressemitteilung") above the text
        if any(p.search(line) for p in drop):
            continue
        if len(line) <= 200:
            found = _source_of(line)
            if found:
                source = source or found
                continue
        closing = i >= len(lines) - data.CLOSING_LINES
        if is_reading_time_line(line) or (closing and is_post_footer(line)):
            continue  # "17. August 2021 · 4 Min. Lesezeit", "… | Kommentare (2) | Permalink"
        if (i < 3 or len(kept) < 2 or closing) and is_posted_line(line):
            continue  # "Eingestellt am 14.09.1999", "Letzte Änderung: 05.04.2007"
        if is_legal_note(line, closing):
            continue  # "Alle Angaben ohne Gewähr.", "Member FDIC.", "… regulated by the FCA"
        if closing and _is_closing_note(line):
            continue  # "Views: 212", "Dieser Artikel ist in Ausgabe 6/2026 erschienen."
        if closing and data.EDITOR_INITIALS_LINE.fullmatch(line):
            if "/" in line:  # "(ab/dpa)": the agency after the initials is the source
                source = source or _source_of("(" + line.split("/", 1)[1].strip(" )") + ")")
            continue  # the editor's initials closing the text
        if len(line) <= data.LINK_POINTER_MAX_CHARS and data.LINK_POINTER_LINE.fullmatch(line):
            continue  # "Mehr dazu finden Sie hier."
        if len(line) <= data.BOILERPLATE_MAX_CHARS and (
            (data.BOILERPLATE_LINE.match(line) and not is_prose_paragraph(line))
            or data.CAPTION_LINE.fullmatch(line)
            or data.PROMO_LINE.fullmatch(line)
            or data.EN_POINTER_LINE.fullmatch(line)
            or data.ARROW_TEASER_LINE.fullmatch(line)
        ):
            continue
        if is_tool_row(line):
            continue  # "Seite drucken | weiterempfehlen", "Back to News | Printer Friendly Version"
        if len(line) <= data.BOILERPLATE_MAX_CHARS and _is_link_row(line):
            continue  # "[Zurück zur Übersicht] [Seitenanfang]", "Drucken | Versenden | Forum"
        if i and i == len(lines) - 1 and _is_closing_label(line, lines[i - 1]):
            continue  # a link's or tool's label below the text ("Zum Spielplan")
        kept.append(line)
    if kept and data.DATE_STAMP_LINE.fullmatch(kept[-1]):
        kept.pop()  # the date line closing the text, the page's chrome after it
    kept = drop_pull_quotes(without_closing_events(without_dated_teasers(kept)))
    kept = without_dangling_heading(kept)  # "Ältere Neuigkeiten:", its list gone
    openings = (*kept[: 1 + _standfirst(kept)], lead)  # the lead's too
    for opening in () if source else openings:
        if match := data.DATELINE_AGENCY.match(opening):
            source = match.group("source")
            break
    return kept, source


def _standfirst(lines: list[str]) -> bool:
    """Whether the text opens with a standfirst (a paragraph of at most
    :data:`~.data.STANDFIRST_MAX_CHARS`) that a wire's dateline may follow: "Verunsicherte
    Sparer bringen ihr Geld …" then "Cottbus (dpa) – …" (session 46, read on dates_dh)."""
    return len(lines) > 1 and len(lines[0]) <= data.STANDFIRST_MAX_CHARS


def _near_end(i: int, count: int) -> bool:
    """Whether line ``i`` of ``count`` is in the last ``AUTHOR_BIO_LAST_LINES``, second half."""
    return i >= max(count - data.AUTHOR_BIO_LAST_LINES, count / 2)


def _is_closing_note(line: str) -> bool:
    """A note that closes a text: a post's meta line, a provenance note, a wire's sign-off."""
    return any(
        len(line) <= limit and pattern.fullmatch(line) for pattern, limit in data.CLOSING_NOTES
    )


def without_closing_credit(lines: list[str]) -> list[str]:
    """The body's paragraphs without the writer's credit closing the text ("Text: Anna
    Roth", "Das Gespräch führte …", "Jan Ulm, Pressewart"; :data:`~.data.CLOSING_AUTHOR_LINE`)
    and the few lines after it (a sidebar's note, a list of other posts; no paragraph), in
    the body's second half."""
    start = max(1, len(lines) - 1 - data.CLOSING_CREDIT_AFTER_LINES, (len(lines) + 1) // 2)
    for i in range(start, len(lines)):
        line = lines[i]
        if (
            len(line) > data.CLOSING_CREDIT_MAX_CHARS
            or not lines[i - 1].rstrip().endswith((".", "!", "?", '"', "“"))
            or not _no_paragraph_after(lines, i)
        ):
            continue
        if _is_credit(line) or (
            _is_role_signature(line) and all(_is_short_label(x) for x in lines[i + 1 :])
        ):
            return lines[:i]
    return lines


def _is_short_label(line: str) -> bool:
    """True for a short line (:data:`~.data.CLOSING_SIGNATURE_AFTER_WORDS`) ending no sentence:
    a sidebar's item after a signature, no paragraph of the text."""
    return len(line.split()) < data.CLOSING_SIGNATURE_AFTER_WORDS and not line.rstrip().endswith(
        (".", "!", "?")
    )


def _is_credit(line: str) -> bool:
    """True for a line crediting the writer (or the helpers, "Mitarbeit: A") by a label."""
    sentence = data.CREDIT_SENTENCE.search(line)
    return bool(
        data.CLOSING_CREDIT.fullmatch(line)
        or data.HELPERS_CREDIT.fullmatch(line)
        or data.CLOSING_AUTHOR_LINE.fullmatch(line)
        or data.CREDIT_LINE.fullmatch(line)
        or (sentence and sentence.start("lead") == 0)
    )


def _is_role_signature(line: str) -> bool:
    """True for a "Name, Role" signature line, the name no organisation's or group's."""
    match = data.ROLE_SIGNATURE.fullmatch(line)
    return bool(
        match
        and len(match.group("role").split()) <= data.ROLE_SIGNATURE_WORDS
        and not data.FORMAL_SIGNATURE_NOT_NAMES.search(match.group("name"))
        and not data.SIGNATURE_NOT_NAMES.search(match.group("name"))
        and not data.SIGNATURE_GREETING.fullmatch(match.group("name"))
    )


def _no_paragraph_after(lines: list[str], i: int) -> bool:
    """True if the lines after ``lines[i]`` are list items or short lines (links, a contact's
    lines: :data:`~newsarchive.extract.data.CLOSING_LINE_MAX_CHARS`), no paragraph."""
    return all(
        line.startswith("- ") or len(line) <= data.CLOSING_LINE_MAX_CHARS for line in lines[i + 1 :]
    )


def _is_others_list(lines: list[str], i: int) -> bool:
    """True for the heading of the other articles' list (:func:`~.othersheads.is_others_heading`),
    alone or before its items ("Weitere Meldungen: A | B"), and no paragraph after it."""
    head, _, items = lines[i].partition(":")
    if items.strip() and not data.OTHERS_ITEMS_SEPARATOR.search(items):
        return False
    return is_others_heading(head) and _no_paragraph_after(lines, i)


def _is_link_row(line: str) -> bool:
    """True for a line of bracketed links, a row of tools set apart by pipes or dots
    (:data:`~newsarchive.extract.data.TOOL_ROW_MIN_ITEMS`) or a pager's row of two links
    (:data:`~newsarchive.extract.data.PAGER_ITEM`)."""
    if line.startswith("[") and data.BRACKET_LINKS_LINE.fullmatch(line):
        return True
    if line.startswith("|") or ("|" not in line and "·" not in line):
        return False
    items = data.TOOL_ROW_SPLIT.split(line)
    if len(items) >= 2 and all(data.PAGER_ITEM.fullmatch(item) for item in items):
        return True  # "Zurück zur Ausgabe | Nächster Beitrag >>"
    return len(items) >= data.TOOL_ROW_MIN_ITEMS and all(
        item
        and len(item.split()) <= data.TOOL_ROW_ITEM_MAX_WORDS
        and not item.endswith((".", "!", "?", ":"))
        for item in items
    )


def _one_cell(line: str) -> str:
    """A table row of one cell (``| text |``, a layout table's row: a newsletter archived
    as a page, an old site's frame) as the paragraph it holds; other lines unchanged."""
    if line.startswith("| ") and line.endswith(" |") and " | " not in line[2:-2]:
        return line[2:-2].strip()
    return line


def _is_label(line: str, paragraph: str) -> bool:
    """True for a short label ("Digital", "Geld & Recht") opening with a letter, beside a
    paragraph (the first line above the text, the last below it;
    :data:`~newsarchive.extract.data.TOP_LABEL_MAX_CHARS`)."""
    return (
        len(line) <= data.TOP_LABEL_MAX_CHARS
        and line[:1].isalpha()
        and len(paragraph) >= data.TOP_LABEL_NEXT_MIN_CHARS
        and len(line.split()) <= data.TOP_LABEL_MAX_WORDS
        and not line.rstrip().endswith((".", "!", "?", ":", '"', "“"))
    )


def _headline_index(lines: list[str], forms: list[str]) -> int:
    """The index of the headline's line among the first
    :data:`~newsarchive.extract.data.HEADER_MAX_LINES` lines (the title, or a heading
    restating one of its ``forms``) with at least two lines after it, else 0 (a page of a
    headline and its teaser keeps what stands above them)."""
    for i, line in enumerate(lines[: min(data.HEADER_MAX_LINES, len(lines) - 2)]):
        low = line.lower()
        if i and (low in forms or any(_is_headline_repeat(line, form) for form in forms)):
            return i
    return 0


def _is_header_label(line: str) -> bool:
    """True for a short line without a sentence's closing punctuation
    (:data:`~newsarchive.extract.data.HEADER_LABEL_MAX_CHARS`): above the headline it is
    the page's chrome (a kicker, a rubric, a breadcrumb, a kind and date line)."""
    return len(line) <= data.HEADER_LABEL_MAX_CHARS and not line.rstrip().endswith(
        (".", "!", "?", '"', "“")
    )


def _is_closing_label(line: str, paragraph: str) -> bool:
    """True for a label on the last line (:func:`_is_label`) that is no signature ("Eure
    Anna", "Ihre Claudia Brandes", "– Anna Roth", "Ulrich Menzel, Kassenwart": the author's
    name) and no labelled line."""
    return (
        _is_label(line, paragraph)
        and ":" not in line
        and not any(
            p.fullmatch(line)
            for p in (
                data.SIGNATURE,
                data.FORMAL_SIGNATURE,
                data.CLOSING_SIGNATURE,
                data.ROLE_SIGNATURE,
            )
        )
    )


def _is_byline(line: str) -> bool:
    return bool(
        data.BYLINE_LINE.fullmatch(line)
        or data.BYLINE_PLACE_LINE.fullmatch(line)
        or data.BYLINE_STAMP_LINE.fullmatch(line)
        or data.DATE_BYLINE_STAMP_LINE.fullmatch(line)
        or data.ROLE_LINE.fullmatch(line)
        or (len(line) <= data.POST_STAMP_MAX_CHARS and data.POST_STAMP_LINE.fullmatch(line))
        or (len(line) <= data.EN_BYLINE_MAX_CHARS and data.EN_BYLINE_LINE.fullmatch(line))
    )


def _byline_below_headings(lines: list[str]) -> int:
    """The index after a byline that only headings precede (the headline, its repeat, a
    subtitle: at the top of the body), else 0."""
    for i, line in enumerate(lines[: data.HEADER_MAX_LINES + 1]):
        if i and _is_byline(line):
            return i + 1
        if len(line) > data.HEADER_LINE_MAX_CHARS or line.rstrip().endswith((".", "!", "?", ":")):
            return 0
    return 0


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
            source = data.WIRE_STORY_ID.sub("", fold(match.group("source")))
            return source.rstrip(".") or None
    return None
