"""Project commands for Scrapy (``COMMANDS_MODULE``): ``genspider`` writes a site's whole
triplet from the ``newssite`` template."""
