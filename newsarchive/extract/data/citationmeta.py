"""Scholarly citation meta tags (Highwire/Google Scholar) naming a paper's authors."""

from __future__ import annotations

#: One tag per author on journal and repository pages (OJS, DSpace, EPrints...): read
#: after the generic author tags, which a site sets page-wide.
CITATION_AUTHOR = ("citation_author", "dc.contributor.author", "eprints.creators_name")
