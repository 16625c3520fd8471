"""prlocalize.rules.slash_parts
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A label of parts set off by slashes ('착공 / 상업운전', 'Start of construction /
Commercial operation', '着工／商業運転') whose translation gives the parts in another order
('Commercial operation / Start of construction'), for PR410: a table's header then puts
each date under the other milestone while every word is right. Read by the glossary: a
part of the source whose entry the translation writes in another part only.
"""

from __future__ import annotations

from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.base import TranslationContext

_SLASH = lazy_compile(r"\s*[/／]\s*")
_MAX_PARTS = 4
# a label's part is a few words ('Start of construction'); a sentence around a wire
# service's credit ('東京, 2027年1月15日 /PRNewswire/ -- 株式会社…は、…開設します。') is no label
_MAX_PART = 40
_SENTENCE_END = lazy_compile(r"[。！？]|[.!?](?:\s|$)")


def parts_reordered(ctx: TranslationContext) -> tuple[str, str] | None:
    """(the source's label, the translation's) where a glossary entry of one part of the
    source stands in another part of the translation and not in its own."""
    msgid, msgstr = ctx.pair.msgid, ctx.pair.msgstr
    if "/" not in msgid and "／" not in msgid:
        return None
    if ("/" not in msgstr and "／" not in msgstr) or "://" in msgid or "<" in msgid:
        return None
    mine, theirs = _parts(msgid), _parts(msgstr)
    if not 2 <= len(mine) <= _MAX_PARTS or len(mine) != len(theirs):
        return None
    if any(end - start > _MAX_PART for start, end in mine) or _SENTENCE_END.search(msgid):
        return None
    from prlocalize.rules.translation_support import source_matches, target_matches

    placed: dict[str, set[int]] = {}
    for t in target_matches(ctx):
        if t.kind in {"approved", "variant"}:
            placed.setdefault(t.entry.id, set()).add(_part_of(theirs, t.start))
    for m in source_matches(ctx):
        if m.kind not in {"approved", "variant"}:
            continue
        own, where = _part_of(mine, m.start), placed.get(m.entry.id, set())
        if where and own not in where:
            return msgid, msgstr
    return None


def _parts(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for slash in _SLASH.finditer(text):
        spans.append((at, slash.start()))
        at = slash.end()
    spans.append((at, len(text)))
    return spans if all(end > start for start, end in spans) else []


def _part_of(parts: list[tuple[int, int]], at: int) -> int:
    return next((n for n, (start, end) in enumerate(parts) if start <= at < end), -1)
