"""prlocalize.render.autolink
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Web addresses and e-mail addresses written out in a text or Markdown release ('visit
https://www.example.com.', a contact block's 'press@example.com') become links on the
page built from it, as a wire service's or a mail client's rendering makes them: a
published release whose contact address cannot be clicked is not ready to publish.

Only an address the source release itself writes is linked: a translation is untrusted,
and one that adds an address of its own (which the translation checks report) must not
get a link from the build. Text inside a link, a script or a style is left alone; the
page's HTML releases keep their own markup and are never passed here.
"""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["link_addresses"]

# an address in ASCII, up to what cannot be in one (a space, a quote, a bracket, Japanese
# or Korean text glued after it); a sentence's last full stop or comma is not its own
_ADDRESS = re.compile(
    r"\b(?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+"
    r"|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
_TRAILING = ".,;:!?"
_SKIPPED = frozenset({"a", "script", "style", "head", "title", "code", "pre"})


def link_addresses(body: etree._Element, source: str) -> None:
    """Turn the addresses of ``body``'s text that ``source`` also writes into links."""
    if "@" not in source and "://" not in source and "www." not in source:
        return
    for element in list(body.iter()):
        if not isinstance(element.tag, str) or _inside_skipped(element):
            continue
        if element.text:
            _split(element, element.text, source, into_text=True)
        for child in list(element):
            if child.tail and isinstance(child.tag, str):
                _split(child, child.tail, source, into_text=False)


def _inside_skipped(element: etree._Element) -> bool:
    node: etree._Element | None = element
    while node is not None:
        if node.tag in _SKIPPED:
            return True
        node = node.getparent()
    return False


def _addresses(text: str, source: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _ADDRESS.finditer(text):
        address = match.group().rstrip(_TRAILING)
        if address and address in source and "." in address:
            found.append((match.start(), match.start() + len(address), address))
    return found


def _href(address: str) -> str:
    if "@" in address and "://" not in address:
        return f"mailto:{address}"
    return address if "://" in address else f"https://{address}"


def _split(node: etree._Element, text: str, source: str, *, into_text: bool) -> None:
    """Put links for the addresses of ``text`` (``node``'s text, or its tail)."""
    found = _addresses(text, source)
    if not found:
        return
    parent = node if into_text else node.getparent()
    if parent is None:
        return
    at = 0 if into_text else parent.index(node) + 1
    before = text[: found[0][0]]
    if into_text:
        node.text = before
    else:
        node.tail = before
    for i, (start, end, address) in enumerate(found):
        link = etree.Element("a", href=_href(address))
        link.text = text[start:end]
        following = found[i + 1][0] if i + 1 < len(found) else len(text)
        link.tail = text[end:following]
        parent.insert(at + i, link)
