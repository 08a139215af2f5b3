"""Size guards and the default time zone: what every page is checked against before the
expensive steps."""

from __future__ import annotations

#: Size guards, checked before the expensive steps so that every page is extracted or
#: refused (``ExtractionError('too-large')`` / ``('bad-jsonld')``) in time linear in its size,
#: well inside the crawl's per-page budget. Measured on the dev corpus: at most 2.2 million
#: characters, 9,748 elements, 7,134 attributes, JSON-LD 8 levels deep and 15 KB long.
#: Decoded HTML longer than this is refused before parsing.
MAX_HTML_CHARS = 5_000_000
#: A gzipped page (``newsarchive extract PAGE.html.gz``) is inflated up to this many bytes.
MAX_GZIP_BYTES = 4 * MAX_HTML_CHARS
#: A parsed page with more elements is refused (trafilatura's time grows faster than the
#: element count: 40,000 tiny paragraphs took 9 s, 20,000 under 3 s).
MAX_ELEMENTS = 20_000
#: Pages longer than this many characters are also checked for attributes: more than
#: :data:`MAX_ATTRIBUTES` of them refuse the page; on pages longer than
#: :data:`LONG_ATTRIBUTE_CHECK_CHARS`, values longer than :data:`MAX_ATTRIBUTE_CHARS` are
#: dropped (inline data and images, never read here).
ATTRIBUTE_CHECK_CHARS = 300_000
LONG_ATTRIBUTE_CHECK_CHARS = 1_000_000
#: A tag with more attributes is refused before parsing (the parser's time grows with the
#: square of a tag's attributes: 150,000 in three tags took 31 s).
MAX_TAG_ATTRIBUTES = 1_000
MAX_ATTRIBUTES = 50_000
MAX_ATTRIBUTE_CHARS = 5_000
#: A JSON-LD script longer than this, or nested deeper, refuses the page as ``bad-jsonld``
#: (real ones are a few kilobytes and under 15 levels; deep nesting is an attack on the
#: parser's recursion).
MAX_JSONLD_CHARS = 2_000_000
MAX_JSONLD_DEPTH = 64

#: Time zone of dates written without one (German-language news).
DEFAULT_TZ = "Europe/Berlin"
#: A metadata date written in UTC ends so: a CMS storing UTC, whose address ("/2024/10/05/")
#: may name the UTC day of a story published after midnight local time (session 31: read on
#: dates_bx, dates_ca; an address beside a local-time date stays the day, dates_h).
UTC_SUFFIXES = ("Z", "+00:00", "+0000")
#: A date line whose time is at most this many minutes before the fetch is a clock the page
#: shows (teletext's header, a ticker's "Stand"), not the article's date line
#: (:mod:`~newsarchive.extract.generated`).
GENERATION_STAMP_MINUTES = 10
#: A ``<div>`` written as a paragraph (WYSIWYG editors, Blogger's ``<div style="text-align:
#: justify;">``) among ``<p>`` siblings becomes a ``<p>``
#: (:func:`~newsarchive.extract.divtext.div_paragraphs`): trafilatura's precision mode reads
#: no ``<div>`` once a body's ``<p>`` text is long enough, and lost the text above the first
#: ``<p>``. Where one div of inline content (these tags, ``<br>`` and text) has at least
#: ``DIV_PARAGRAPH_MIN_CHARS`` characters ending like a sentence, its inline siblings go too.
DIV_PARAGRAPH_INLINE = frozenset(
    {"a", "b", "i", "em", "strong", "span", "br", "sup", "sub", "u", "small", "mark", "abbr"}
)
DIV_PARAGRAPH_MIN_CHARS = 60
#: A page with no ``<p>`` text whose paragraph-like ``<div>`` blocks (two or more) hold at
#: least this share of its text is a site builder's page (each block of text in its own
#: record, "t-rec" > "t-container" > div): they are retagged as ``<p>`` too, or
#: trafilatura's precision mode keeps only the page's table and quote.
BUILDER_TEXT_SHARE = 0.5
