"""WordPress's classic themes (Kubrick, Twenty Ten to Twelve) date and sign a post only in a
sentence under its text ("Dieser Eintrag wurde von A am Sonntag, 2. November 2008 um 18:20
veröffentlicht und ist abgelegt unter …", "This entry was posted by A on …"): its day is
the posting's, not a comment's below it, and its name is the writer where no byline stands
above the text (issue 11, :data:`~newsarchive.extract.data.DATE_POSTED_BY`,
:data:`~newsarchive.extract.data.THEME_FOOTER_BY`; kind read on de_full143). Small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://geldgarten-blog.example/?p=214"
TEXT = "".join(
    f"<p>Vor einem Jahr habe ich beschlossen, auf Bargeld zu verzichten; im {n}. Absatz steht, "
    "wie die Sparkasse und der Bäcker um die Ecke darauf reagiert haben.</p>"
    for n in range(1, 5)
)
COMMENTS = (
    "<h3 id='comments'>2 Antworten zu &#8220;Ein Jahr ohne Bargeld&#8221;</h3>"
    "<ol class='commentlist'><li id='comment-1'><cite>Birgit</cite> Says:<br>"
    "<small class='commentmetadata'><a href='#comment-1'>3. November 2008 um 19:03</a></small>"
    "<p>Spannendes Experiment! Bei uns auf dem Dorf wäre das undenkbar.</p></li>"
    "<li id='comment-2'><cite>Markus K.</cite> Says:<br>"
    "<small class='commentmetadata'><a href='#comment-2'>4. November 2008 um 08:41</a></small>"
    "<p>Das kann ich bestätigen.</p></li></ol>"
)


def _post(footer: str, lead: str = "") -> dict[str, object]:
    body = (
        "<div id='page'><div id='header'><h1><a href='/'>Geldgarten</a></h1></div>"
        "<div id='content'><div class='post' id='post-214'>"
        "<h2><a href='?p=214' rel='bookmark'>Ein Jahr ohne Bargeld – meine Bilanz</a></h2>"
        f"<div class='entry'>{lead}{TEXT}</div>"
        f"<p class='postmetadata alt'><small>{footer}</small></p></div>{COMMENTS}</div></div>"
    )
    return extract(page_with(body), URL, fetched_at=FETCHED)


KUBRICK = (
    "Dieser Eintrag wurde {by}am Sonntag, 2. November 2008 um 18:20 veröffentlicht und ist "
    "abgelegt unter <a href='?cat=3' rel='category'>Alltag</a>. Du kannst allen Antworten "
    "zu diesem Eintrag durch den <a href='?feed=rss2&amp;p=214'>RSS 2.0</a> Feed folgen."
)


@pytest.mark.parametrize(
    "footer",
    [
        KUBRICK.format(by=""),
        KUBRICK.format(by="von Jens Hartwig "),
        "This entry was posted by Jens Hartwig on Sunday, November 2nd, 2008 at 6:20 pm and is "
        "filed under <a href='?cat=3'>Alltag</a>.",
    ],
)
def test_the_theme_sentence_dates_the_post_not_a_comment(footer: str) -> None:
    assert str(_post(footer)["published"])[:10] == "2008-11-02"


@pytest.mark.parametrize(
    ("footer", "lead", "expected"),
    [
        (KUBRICK.format(by="von Jens Hartwig "), "", ["Jens Hartwig"]),
        (
            "Dieser Eintrag wurde veröffentlicht in <a href='?cat=3'>Banken</a> und "
            "verschlagwortet mit <a href='?tag=fb'>Facebook</a> von Katrin Vollmer. "
            "Lesezeichen für den <a href='?p=214'>Permalink</a>.",
            "",
            ["Katrin Vollmer"],
        ),
        # a guest's byline above the text comes first
        (
            KUBRICK.format(by="von Jens Hartwig "),
            "<p><em>Gastbeitrag von Dr. Miriam Sauer</em></p>",
            ["Dr. Miriam Sauer"],
        ),
        # guards: a login is no person's name; a sentence without the poster names nobody
        (KUBRICK.format(by="von admin "), "", []),
        (KUBRICK.format(by=""), "", []),
    ],
)
def test_the_theme_sentence_names_the_writer(footer: str, lead: str, expected: list[str]) -> None:
    assert _post(footer, lead)["authors"] == expected
