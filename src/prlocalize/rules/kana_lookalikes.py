"""prlocalize.rules.kana_lookalikes
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary name in kanji with one kanji typed as the katakana of its shape, for PR102:
'高村浩ニ' for '高村浩二', '田ロ' for '田口', '加藤健ー' for '加藤健一', '中島カ' for
'中島力'. An input method's conversion or a scanned page's reading gives the kana, which
the reader does not see; a search of the page, a news database or a memory does not find
the name. An edit distance sees it as a word of another script, so no near miss does.

A look-alike kana is read as its kanji where a kanji stands beside it and no katakana
does (so 'タワー' of '東京タワー' is a katakana word), and reported only where the text
so read holds a glossary form there.
"""

from __future__ import annotations

from prlocalize.glossary.matcher import FormKind, TermMatcher
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import Slip

# each look-alike katakana and the kanji of its shape
_KANJI_OF = str.maketrans("ニロカエタトハー", "二口力工夕卜八一")
_LOOKALIKE = lazy_compile("[ニロカエタトハー]")
_KANJI = lazy_compile("[\u3400-\u4dbf\u4e00-\u9fff々]")
_KATAKANA = lazy_compile("[\u30a1-\u30fa\u30fc-\u30ff]")
_EXPLICIT = frozenset({FormKind.APPROVED, FormKind.VARIANT})


def may_hold_lookalikes(text: str) -> bool:
    """A cheap test: whether ``text`` has a look-alike kana at all."""
    return _LOOKALIKE.search(text) is not None


def lookalike_slips(text: str, matcher: TermMatcher) -> list[Slip]:
    """The glossary forms ``text`` writes with a kanji as its look-alike kana."""
    spots = [m.start() for m in _LOOKALIKE.finditer(text) if _among_kanji(text, m.start())]
    if not spots:
        return []
    read = list(text)
    for at in spots:
        read[at] = text[at].translate(_KANJI_OF)
    found: list[Slip] = []
    for match in matcher.find("".join(read)):
        if match.kind not in _EXPLICIT:
            continue
        if any(match.start <= at < match.end for at in spots):
            found.append(Slip(match.start, match.end, text[match.start : match.end], (match.form,)))
    return found


def _among_kanji(text: str, at: int) -> bool:
    """Whether the kana at ``at`` has a kanji beside it and no katakana."""
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    if _KATAKANA.match(before or " ") or _KATAKANA.match(after or " "):
        return False
    return _KANJI.match(before or " ") is not None or _KANJI.match(after or " ") is not None
