"""Why a fetch failed: the ``reason`` slugs of ``failures`` rows with stage ``fetch``.

``http-<status>``, ``dns`` (the host name did not resolve), ``connection-refused``,
``connection-failed``, ``timeout``, ``robots-disallowed``, ``redirect-loop``,
``redirect-offsite`` (a redirect to a host outside the spider's domains, refused),
``too-large``, ``ignored``, else the exception's class name as a slug.
"""

from __future__ import annotations

import re

from twisted.python.failure import Failure

#: Fetch failures that mean the site could not be reached at all (one console line per
#: site when they happen; the site's verdict in the summary names them).
UNREACHABLE_REASONS = ("dns", "connection-refused", "timeout", "connection-failed")


def failure_reason(failure: Failure) -> str:
    """A short slug for why a request failed (the ``failures.reason`` of a fetch)."""
    from scrapy.exceptions import (
        CannotResolveHostError,
        DownloadConnectionRefusedError,
        DownloadFailedError,
        DownloadTimeoutError,
        IgnoreRequest,
    )
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.internet import error as tx

    from newsarchive.crawl.middlewares import RedirectRefused

    value = failure.value
    if isinstance(value, HttpError):
        return f"http-{value.response.status}"
    if isinstance(value, CannotResolveHostError | tx.DNSLookupError):
        return "dns"
    if isinstance(value, DownloadTimeoutError | tx.TimeoutError | tx.TCPTimedOutError):
        return "timeout"
    if isinstance(value, DownloadConnectionRefusedError | tx.ConnectionRefusedError):
        return "connection-refused"
    if isinstance(value, tx.ConnectError | tx.ConnectionLost | DownloadFailedError):
        return "connection-failed"
    if isinstance(value, RedirectRefused):
        return "redirect-offsite"
    if isinstance(value, IgnoreRequest):
        text = str(value).lower()
        if "robots" in text:
            return "robots-disallowed"
        if "redirect" in text:
            return "redirect-loop"
        if "size" in text or "maxsize" in text:
            return "too-large"
        return "ignored"
    name = type(value).__name__
    if "maxsize" in str(value).lower() or "size" in name.lower():
        return "too-large"
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


#: What the unreachable-host reasons mean, for the console line.
REASON_TEXT = {
    "dns": "dns: the name did not resolve",
    "connection-refused": "connection-refused",
    "timeout": "timeout: no answer",
    "connection-failed": "connection-failed",
}
