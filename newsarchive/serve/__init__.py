"""Stage 5, serve: the archive read-only in Datasette, for journalists.

In: ``archive.db``. Out: Datasette's pages, JSON, CSV and Atom feeds.

``config`` holds Datasette's arguments and settings and the presentation helpers;
``metadata.yml`` the titles, stored queries and facets; ``plugins/`` the project's
Datasette plugins (``originalseite``: the archived page, with ``original``'s logic);
``templates/`` and ``static/`` the German interface.
"""
