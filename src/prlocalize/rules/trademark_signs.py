"""prlocalize.rules.trademark_signs
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A brand whose glossary form carries its trademark sign ('Starfall Chronicle™',
'スターフォール・クロニクル™') first written in a release without it, for PR103.
Releases carry the sign at a brand's first mention and may leave it out after; so the
first mention in prose is judged, a headline's without the sign is passed over (it is
often set bare) and one with it is the first mention. A release whose trademark
notice names the brand ('※スターフォール・クロニクルは株式会社クレナイゲームスの登録商標です',
as Japanese releases write instead of the sign) has said it. A glossary that also lists
the brand without the sign as an accepted form asks for no sign. A mention with another
sign than the glossary's ('LumoArm®' for 'LumoArm™') is wrong wherever it stands: '®'
claims a registration the issuer does not hold, or '™' plays one down.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from prlocalize.document import Block, BlockKind, Segment
from prlocalize.glossary.model import Glossary
from prlocalize.lazy_patterns import lazy_compile

_SIGNS = "®™℠"
# a sign after the name, a space before it or not
_SIGN_AFTER = lazy_compile(f" ?[{_SIGNS}]")
# a letter, digit or kana that would make the name part of a longer word
_WORD_CHAR = re.compile("[0-9A-Za-z\u00c0-\u024f\u30a1-\u30fa\u30fc\u30fb\uac00-\ud7a3]")
# a no-break space inside the name is its space ('Starfall\u00a0Chronicle'); one for one,
# so offsets stay those of the segment
_NO_BREAK_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})
# what a trademark notice says ('… is a registered trademark of', '…の登録商標です', '…의 상표')
_NOTICE = lazy_compile("trademark|商標|상표", re.IGNORECASE)
# blocks where a bare brand is no first mention: a headline, a page's title or breadcrumb
_HEADLINE_KINDS = frozenset(
    {BlockKind.HEADING, BlockKind.META, BlockKind.BREADCRUMB, BlockKind.ATTRIBUTE}
)


@dataclass(frozen=True, slots=True)
class MarkedBrand:
    bare: str  # the brand without its sign, as the glossary writes it
    marked: str  # the glossary's form, with its sign


@dataclass(frozen=True, slots=True)
class BareMention:
    segment: Segment
    start: int
    end: int
    brand: MarkedBrand
    sign: str = ""  # another sign written after the brand ('®' for '™'), in [start, end)


_INDEXES: weakref.WeakKeyDictionary[Glossary, dict[str, tuple[MarkedBrand, ...]]] = (
    weakref.WeakKeyDictionary()
)


def marked_brands(glossary: Glossary, lang: str) -> tuple[MarkedBrand, ...]:
    """The forms of ``lang`` the glossary writes with a trademark sign and does not
    accept without it (made once per glossary and language)."""
    by_lang = _INDEXES.setdefault(glossary, {})
    found = by_lang.get(lang)
    if found is not None:
        return found
    brands: list[MarkedBrand] = []
    for entry in glossary:
        term = entry.term(lang)
        if term is None or not term.text or term.text[-1] not in _SIGNS:
            continue
        bare = term.text.rstrip(_SIGNS).rstrip()
        if bare and bare not in term.accepted:
            brands.append(MarkedBrand(bare, term.text))
    by_lang[lang] = found = tuple(brands)
    return found


def bare_first_mentions(
    segments: list[tuple[Block, Segment]], brands: tuple[MarkedBrand, ...]
) -> Iterator[BareMention]:
    """Each brand's first mention in prose where it goes without its sign, no mention
    before it having carried the sign."""
    texts = [segment.plain.translate(_NO_BREAK_SPACES) for _block, segment in segments]
    for brand in brands:
        if any(brand.bare in text and _NOTICE.search(text) for text in texts):
            continue  # the release's trademark notice names it
        for (block, segment), text in zip(segments, texts, strict=True):
            mention = _first_mention(text, brand.bare)
            if mention is None:
                continue
            start, marked = mention
            if marked:
                break
            if block.kind in _HEADLINE_KINDS:
                continue
            yield BareMention(segment, start, start + len(brand.bare), brand)
            break


def other_signs(
    segments: list[tuple[Block, Segment]], brands: tuple[MarkedBrand, ...]
) -> Iterator[BareMention]:
    """Each mention of a brand with a trademark sign other than the glossary's."""
    for brand in brands:
        own = brand.marked[-1]
        for _block, segment in segments:
            text = segment.plain.translate(_NO_BREAK_SPACES)
            start = text.find(brand.bare)
            while start >= 0:
                end = start + len(brand.bare)
                sign = _SIGN_AFTER.match(text, end)
                if sign is not None and sign.group()[-1] != own and not _glued(text, start, end):
                    yield BareMention(segment, start, sign.end(), brand, sign.group()[-1])
                start = text.find(brand.bare, end)


def _first_mention(text: str, bare: str) -> tuple[int, bool] | None:
    """Where ``bare`` is first written as a word of its own in ``text``, and whether a
    sign follows it there."""
    start = text.find(bare)
    while start >= 0:
        end = start + len(bare)
        if not _glued(text, start, end):
            return start, _SIGN_AFTER.match(text, end) is not None
        start = text.find(bare, start + 1)
    return None


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is part of a longer word (a Korean particle
    after a Hangul name is not: '스타폴 크로니클을')."""
    if start > 0 and _WORD_CHAR.match(text[start - 1]) is not None:
        return True
    after = _WORD_CHAR.match(text, end)
    return after is not None and not (_is_hangul(after.group()) and _is_hangul(text[end - 1]))


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"
