"""Stage 2, extract: from a fetched page to an article's fields.

In: the page's bytes, its URL (and optional declared encoding, fetch time and
:class:`SiteRules`). Out: the article's fields (title, lead, body, authors, dates, ...), or
:class:`ExtractionError` with a short reason (``empty``, ``binary``, ``not-html``,
``no-text``) when the page holds no article.

:func:`extract` is the package's face; ``data`` holds the XPaths, lexicons and patterns;
``evaluation`` scores extraction on a corpus against trafilatura.
"""

from newsarchive.extract.extraction import FIELDS, ExtractionError, SiteRules, extract

__all__ = ["FIELDS", "ExtractionError", "SiteRules", "extract"]
