"""One module per site; the module's spider ``name`` is the site's slug."""
