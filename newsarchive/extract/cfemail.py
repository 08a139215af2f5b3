"""Cloudflare's hidden e-mail addresses (``data-cfemail`` and ``/cdn-cgi/l/email-protection``
links) put back as the addresses they hide, before the page is pruned."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import forget, forget_text
from newsarchive.extract.parsing import xpath


def decode_cfemails(tree: etree._Element) -> bool:
    """Replace Cloudflare-obfuscated e-mail addresses with the addresses they hide; True if
    the page's text changed.

    The page index (:func:`~.index.page_index`) is dropped only where an element inside a
    hidden address is taken out (it may be indexed); an address written over a bare text
    changes no indexed element or attribute, only the index's visible text, which is
    cleared (on the dev pages 15 of the 15 cloaked pages kept their index: built again, it
    was the only work this step doubled)."""
    changed = False
    for element in xpath(tree, data.CFEMAIL_XPATH):
        address = decode_cfemail(element.get("data-cfemail") or "")
        if address is None:
            continue
        if not changed:
            forget_text(tree)  # (the page's text changes)
        changed = True
        if len(element):
            forget(tree)  # (an element inside the address goes)
        for child in list(element):
            element.remove(child)
        element.text = address
        del element.attrib["data-cfemail"]
        if element.get("href", "").startswith(data.CFEMAIL_HREF):
            element.set("href", "mailto:" + address)
    for link in xpath(tree, f'//a[starts-with(@href, "{data.CFEMAIL_HREF}")]'):
        address = decode_cfemail(link.get("href", "").split("#", 1)[-1])
        if address:
            link.set("href", "mailto:" + address)
    return changed


def decode_cfemail(encoded: str) -> str | None:
    """Decode a ``data-cfemail`` hex string (first byte is the XOR key)."""
    try:
        raw = bytes.fromhex(encoded)
    except ValueError:
        return None
    if len(raw) < 2:
        return None
    key = raw[0]
    return bytes(b ^ key for b in raw[1:]).decode("utf-8", errors="replace")
