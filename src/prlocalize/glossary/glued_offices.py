"""Korean offices written onto their place: '전라남도지사', '서울특별시장', '강남구청장'.

Korean writes a head of a province, city, county or district glued to the place,
sharing its last syllable: 전라남도 + 도지사 is '전라남도지사', 서울특별시 + 시장 is
'서울특별시장'. The matcher's leftmost-longest matches give the place and hide the
title, so a translation's rank of that office ('副知事', 'Vice Governor' for 도지사) went
unchecked. :func:`with_offices_after_places` finds such titles beside the place.
"""

from __future__ import annotations

from prlocalize.glossary.matcher import TermMatch, TermMatcher
from prlocalize.hangul import WORD_END_SYLLABLES, is_syllable

# the syllable that ends a Korean administrative unit's name and begins its head's title
# (도 → 도지사, 시 → 시장, 군 → 군수, 구 → 구청장, 읍 → 읍장, 면 → 면장, 동 → 동장)
_UNIT_SYLLABLES = frozenset("도시군구읍면동")
_PLACE_KINDS = frozenset({"place", "org"})
_WINDOW = 12  # longer than any office's title after its place


def with_offices_after_places(
    text: str, matches: list[TermMatch], matcher: TermMatcher
) -> list[TermMatch]:
    """``matches`` (of ``text``, by ``matcher``) with the glossary titles each place
    ending in an administrative unit's syllable shares that syllable with
    ('전라남도지사': 도지사 beside 전라남도), sorted by start. A title that runs on into
    another word ('서울시장애인…': no 시장) is none."""
    added: list[TermMatch] = []
    for i, match in enumerate(matches):
        end = match.end
        if (
            match.entry.kind not in _PLACE_KINDS
            or end >= len(text)
            or text[end - 1] not in _UNIT_SYLLABLES
            or not is_syllable(text[end])
        ):
            continue
        following = matches[i + 1].start if i + 1 < len(matches) else len(text)
        at = end - 1
        for found in matcher.find(text[at : at + _WINDOW]):
            if found.start != 0 or found.entry.kind != "title" or at + found.end > following:
                break
            after = text[at + found.end : at + found.end + 1]
            if is_syllable(after) and after not in WORD_END_SYLLABLES:
                break  # the title's letters open another word
            added.append(found._replace(start=at, end=at + found.end))
            break
    if not added:
        return matches
    return sorted((*matches, *added), key=lambda m: m.start)
