"""A page's one message that holds the text (a mailing list archive's
``<div class="message">``, a forum thread's opening post in ``<div class="message">
<div class="message-body">``) is read, where trafilatura discards every "message" class
(:func:`~newsarchive.extract.messagebodies.open_message_body`; kind read in bi, dates_ba,
dates_v, issue 11). Small invented pages; a status message, two long messages side by side
and a one-line message are left alone. HubSpot's rich-text field
(``span.hs_cos_wrapper_meta_field``: trafilatura discards every class holding "meta") is read
the same way (blind en_ar)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with
from lxml import html as lxml_html

from newsarchive.extract import extract
from newsarchive.extract.messagebodies import open_message_body, open_text_holders

URL = "https://www.sparverein.example/forum/read.php?4,42"
HEADLINE = "Rundbrief: Neues aus dem Sparverein"
SENTENCES = [
    f"Am Abend Nummer {n} hat der Verein über Bausparverträge, Tagesgeld und die Rente gesprochen."
    for n in range(1, 6)
]
TEXT = "<p>Liebe Mitglieder,</p>" + "".join(f"<p>{s}</p>" for s in SENTENCES)
REPLY = "<p>Danke für den Bericht, wir waren auch dabei.</p>"
BEFORE = "<h2>Archiv</h2><p>Liste: Rundbrief an die Mitglieder</p>"
AFTER = (
    "<h3>Frühere Rundbriefe</h3><ul><li><a href='?id=1'>Filialen schließen</a></li>"
    "<li><a href='?id=2'>Online-Banking</a></li></ul>"
)


def body(content: str) -> str:
    """The body of an invented page with ``content`` between its archive's lines."""
    html = page_with(
        f"<div class='wrapper'><h1>{HEADLINE}</h1>{BEFORE}{content}{AFTER}</div>",
        f"<title>{HEADLINE}</title>",
    )
    return str(extract(html, URL, fetched_at=FETCHED)["body"])


def classes(content: str) -> list[str]:
    """The classes of the ``<div>`` in ``content`` after :func:`open_message_body`."""
    tree = lxml_html.fromstring(page_with(content))
    open_message_body(tree)
    return [element.get("class") or "" for element in tree.iter("div")]


@pytest.mark.parametrize(
    "content",
    [
        # a forum thread: the opening post nested in two message classes, a short reply after
        # (trafilatura alone keeps only the archive's lines)
        (
            "<div class='message'><div class='message-author'>Geschrieben von: Ina</div>"
            f"<div class='message-body'>{TEXT}</div></div>"
            f"<div class='message'><div class='message-body'>{REPLY}</div></div>"
        ),
        # a mailing list archive's single message
        f"<div class='content'><div class='message'>{TEXT}</div></div>",
    ],
)
def test_message_body_read(content: str) -> None:
    text = body(content)
    assert all(sentence in text for sentence in SENTENCES)


def test_message_classes_renamed() -> None:
    assert classes(f"<div class='message'>{TEXT}</div>") == ["mailtext"]
    assert classes(
        f"<div class='message'><div class='message-body'>{TEXT}</div></div>"
        f"<div class='message'><div class='message-body'>{REPLY}</div></div>"
    ) == ["mailtext", "mailtext-body", "message", "message-body"]


@pytest.mark.parametrize(
    "content",
    [
        # two messages that each hold text: neither is singled out
        f"<div class='message'>{TEXT}</div><div class='message'>{TEXT}</div>",
        # a status message
        f"<div class='message message-success'>{TEXT}</div>",
        # a one-line message
        f"<div class='message'>{REPLY}</div>",
    ],
)
def test_message_classes_left(content: str) -> None:
    tree = lxml_html.fromstring(page_with(content))
    assert classes(content) == [element.get("class") or "" for element in tree.iter("div")]


def test_status_message_stays_out() -> None:
    text = body(
        "<div class='message message-success'><p>Ihre Anmeldung wurde gespeichert. "
        "Sie erhalten in Kürze eine Bestätigung per E-Mail.</p><p>Vielen Dank für Ihr "
        f"Vertrauen in unseren kleinen Verein.</p></div><div class='post'>{TEXT}</div>"
    )
    assert "Ihre Anmeldung wurde gespeichert" not in text
    assert SENTENCES[0] in text


def hubspot_post(field_class: str) -> str:
    """A HubSpot-style blog post: the text in a rich-text field's ``<span>``, a disclaimer
    and an author box after it."""
    return (
        "<article class='blog-post'><div class='blog-post__meta'><a>Ina Berg</a>"
        "<time>04.03.2024</time></div><div class='blog-post__body'>"
        f"<span class='{field_class}'>{TEXT}</span></div>"
        "<div class='blog-post__disclaimer'><p><small>Diese Informationen sind allgemeiner Art "
        "und ersetzen keine Beratung durch Ihre Bank oder Ihren Steuerberater.</small></p></div>"
        "</article>"
    )


HUBSPOT_FIELD = "hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"


def test_rich_text_field_read() -> None:
    # trafilatura discards every class holding "meta": the text was lost, the disclaimer kept
    text = body(hubspot_post(HUBSPOT_FIELD))
    assert all(sentence in text for sentence in SENTENCES)


def test_rich_text_field_renamed() -> None:
    tree = lxml_html.fromstring(page_with(hubspot_post(HUBSPOT_FIELD)))
    open_text_holders(tree)
    assert [e.get("class") for e in tree.iter("span")] == [
        "hs_cos_wrapper hs_cos_wrapper_fieldtext_field hs_cos_wrapper_type_rich_text"
    ]
    # the post's meta line (no paragraph) keeps its class
    assert next(e.get("class") for e in tree.iter("div")) == "blog-post__meta"


def test_meta_line_left() -> None:
    content = "<div class='entry-meta'><p>Von Ina Berg am 4. März 2024 in Allgemein.</p></div>"
    tree = lxml_html.fromstring(page_with(content))
    open_text_holders(tree)
    assert [e.get("class") for e in tree.iter("div")] == ["entry-meta"]
