"""newsarchive: a Scrapy-based archive of German news on banks and social media."""

__version__ = "0.1.0"
