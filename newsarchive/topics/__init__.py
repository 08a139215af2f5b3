"""Stage 3, topics: is an article about banks and social media, and which ones?

In: an article's extracted title, lead and body. Out: a :class:`Classification`:
relevance (0-1), the banks and networks named (canonical names), the evidence
sentences and a reason.

:func:`classify` is the package's face; the lexicons are data files in ``data/``;
``evaluation`` scores the classifier on labelled sets.
"""

from newsarchive.topics.classifier import DEFAULT_THRESHOLD, Classification, classify

__all__ = ["DEFAULT_THRESHOLD", "Classification", "classify"]
