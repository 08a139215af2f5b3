"""Data for credits beside or instead of a byline: who a structured-data author list names
besides its people (:mod:`newsarchive.extract.authors`)."""

from __future__ import annotations

#: JSON-LD types of an ``author`` entry that is an organisation, not a person (lower
#: case): beside a ``Person`` entry it is the site, broadcaster or company that published
#: the article, no author, unless the page shows it as a byline node of its own near the
#: headline ("Von t-online, jse"; looked for in :data:`ORG_BYLINE_NODES` text nodes).
ORGANIZATION_TYPES = frozenset(
    {
        "organization",
        "newsmediaorganization",
        "corporation",
        "localbusiness",
        "financialservice",
        "bankorcreditunion",
        "insuranceagency",
        "educationalorganization",
        "governmentorganization",
        "ngo",
        "onlinebusiness",
        "brand",
    }
)
ORG_BYLINE_NODES = 40
