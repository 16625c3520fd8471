"""prlocalize.rules.translated_punctuation
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Punctuation left over from an edit in a translation (', .', ',,', '。、', ' 。'), by the
patterns PR301 reads releases with. A translator who cuts a phrase leaves the same
traces a writer does, and the built page carries them; the source's own (PR301 reports
them in the release) are not the translation's to answer for.
"""

from __future__ import annotations

from prlocalize.catalog.compare import URL_RE
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.typography import STRAY_HINT, STRAY_PATTERNS

_TAG = lazy_compile(r"<[^<>]*>")


def stray_marks(msgid: str, msgstr: str) -> list[tuple[str, str]]:
    """(the stray marks as written, the mark the sentence needs) of ``msgstr`` that
    ``msgid`` has not: each pattern's finds outside addresses and tags, one a place."""
    if STRAY_HINT.search(msgstr) is None:
        return []  # the usual translation: one search in C
    text = _TAG.sub("", msgstr) if "<" in msgstr else msgstr
    source = _TAG.sub("", msgid) if "<" in msgid else msgid
    urls = [m.span() for m in URL_RE.finditer(text)] if "." in text or "@" in text else []
    taken: list[tuple[int, int]] = []
    out: list[tuple[str, str]] = []
    for pattern, replacement in STRAY_PATTERNS:
        theirs = None
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(s < end and start < e for s, e in (*urls, *taken)):
                continue
            if any(e == start for _s, e in urls) and text[start] in " \t":
                continue  # 'https://example.com 。': the space keeps the mark out of it
            if theirs is None:
                theirs = {found.group() for found in pattern.finditer(source)}
            if m.group() in theirs:
                continue  # the source's own: PR301's in the release
            taken.append((start, end))
            out.append((m.group(), replacement))
    return out
