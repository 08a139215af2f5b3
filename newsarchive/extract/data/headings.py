"""Data for :mod:`newsarchive.extract.headings`: the headline of pages without an ``<h1>``
(old table layouts, framed sites, portal scripts) whose metadata title is the site's name,
a section's, or both around the headline."""

#: A metadata title's part (a run of its separated segments at its start or end, "Site -
#: Section - Headline") that the page shows as an element's whole text is the headline when
#: the title itself is not shown: at least this many words (a section's one-word name shown
#: as a label is no headline).
TITLE_PART_MIN_WORDS = 2
