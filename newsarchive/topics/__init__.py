"""Stage 3, topics: is an article about banks and social media, and which ones?

In: an article's extracted title, lead and body. Out: a :class:`Classification`:
relevance (0-1), the banks and networks named (canonical names), the evidence
sentences and a reason.

:func:`classify` (``classifier``) is the package's face. Modules: ``normalise`` (folding,
normalising, sentences, language), ``lexicon`` (the data files in ``data/`` compiled into
rules), ``matching`` (boilerplate lines, mentions of banks, networks and topic terms),
``scoring`` (relevance and evidence); ``evaluation`` scores the classifier on labelled
sets.
"""

from newsarchive.topics.classifier import DEFAULT_THRESHOLD, Classification, classify

__all__ = ["DEFAULT_THRESHOLD", "Classification", "classify"]
