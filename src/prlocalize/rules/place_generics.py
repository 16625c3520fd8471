"""prlocalize.rules.place_generics
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary place whose approved English form ends in a generic word ('Hyogo
Prefecture', 'Itsukushima Shrine', 'Gyeonggi Province') or opens with 'Mount' ('Mount
Fuji') written elsewhere in the same release with that generic in Japanese or Korean
romanization ('Hyogo-ken', 'Itsukushima Jinja', 'Gyeonggi-do', 'Fujisan'), for PR105:
one place written two ways. The two forms say the same thing, so the sheet's is kept.

Only where the release also writes the approved form: alone, the romanized generic may
be the house style of a travel feature, and the sheet can list it as a variant or a
wrong form. Not one inside a quoted title ('the World Heritage Site "Fujisan, sacred
place…"') nor one that opens a longer proper name ('the Itsukushima Jinja Treasure
Hall'), which keep their owners' spelling, nor a part of a postal address ('6-5-1
Kano-cho, Chuo-ku, Kobe-shi'), written as the post writes it.

Each glossary place is read only once a release matches its approved form, so a glossary
of tens of thousands of places costs nothing here for a release that names none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from prlocalize.document import Segment
from prlocalize.glossary.model import Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.base import CheckContext
from prlocalize.rules.romaji_names import in_quoted_title
from prlocalize.rules.support import inside, prose_segments, protected_spans, term_matches

# An English generic → how Japanese and Korean romanization write it after the name.
# Short ones only joined by a hyphen ('Hyogo-ken', 'Jeju-si'): spaced, 'to', 'do' or
# 'ku' are English or other words ('from Hyogo To Kobe'); words of their own may be
# spaced and capitalised ('Itsukushima Jinja', 'Hakata Eki').
_HYPHENATED = {
    "prefecture": ("ken", "fu", "to"),
    "city": ("shi", "si"),
    "town": ("machi", "cho", "chō", "eup"),
    "village": ("mura", "son", "myeon", "ri"),
    "ward": ("ku",),
    "district": ("gu",),
    "county": ("gun",),
    "province": ("do",),
    "shrine": ("jinja", "jingu", "jingū", "taisha", "gu", "gū"),
    "temple": ("ji", "dera", "tera", "in", "sa"),
    "castle": ("jo", "jō"),
    "station": ("eki", "yeok"),
    "airport": ("kuko", "kūkō", "gonghang"),
    "island": ("jima", "shima"),
    "river": ("gawa", "kawa", "gang"),
    "lake": ("ko",),
    "bay": ("wan",),
    "park": ("koen", "kōen"),
}
_SPACED = frozenset(
    {
        "jinja", "jingu", "jingū", "taisha", "dera", "tera", "eki", "kuko", "kūkō", "koen",
        "kōen", "machi", "mura", "jima", "shima", "gawa", "kawa", "gonghang", "yeok",
    }
)  # fmt: skip
# a mountain's generic comes first in English ('Mount Fuji') and after the name,
# hyphenated or closed, in Japanese and Korean ('Fujisan', 'Fuji-san', 'Hallasan')
_MOUNT = lazy_compile(r"(?:Mount|Mt\.?)\s+(?P<base>[A-Z][\w'-]*)")
_MOUNTAIN_ENDS = ("san", "yama", "zan", "dake", "take")


@dataclass(frozen=True)
class GenericConflict:
    segment: Segment
    start: int
    end: int
    written: str  # 'Hyogo-ken'
    approved: str  # 'Hyogo Prefecture'


@lru_cache(maxsize=4096)
def romanized_forms(approved: str) -> re.Pattern[str] | None:
    """The pattern of ``approved`` (a place's English form) written with its generic
    romanized, or None when its form has no generic this module knows."""
    mount = _MOUNT.fullmatch(approved)
    if mount is not None:
        base = re.escape(mount["base"])
        ends = "|".join(_MOUNTAIN_ENDS)
        return re.compile(rf"(?<![\w-]){base}-?(?i:{ends})(?![\w-])")
    name, space, generic = approved.rpartition(" ")
    endings = _HYPHENATED.get(generic.casefold()) if space and name.strip() else None
    if endings is None:
        return None
    base = re.escape(name)
    joined = "|".join(re.escape(e) for e in endings)
    spaced = "|".join(re.escape(e.capitalize()) for e in endings if e in _SPACED)
    alternatives = rf"-(?i:{joined})" + (rf"|[ \u00a0](?:{spaced})" if spaced else "")
    return re.compile(rf"(?<![\w-]){base}(?:{alternatives})(?![\w-])")


def generic_conflicts(ctx: CheckContext) -> Iterator[GenericConflict]:
    """The places of the glossary written with a romanized generic where the release
    also writes the approved English form."""
    if ctx.matcher is None or language(ctx.document.lang) in ("ja", "ko"):
        return
    segments = prose_segments(ctx)
    wanted: dict[str, re.Pattern[str]] = {}
    for _block, segment in segments:
        for m in term_matches(ctx, segment):
            if m.entry.kind is not Kind.PLACE or m.approved is None or m.text != m.approved:
                continue
            if m.approved not in wanted:
                pattern = romanized_forms(m.approved)
                if pattern is not None:
                    wanted[m.approved] = pattern
    for approved, pattern in wanted.items():
        for _block, segment in segments:
            text = segment.plain
            for found in pattern.finditer(text):
                start, end = found.span()
                if in_quoted_title(text, start, end) or _opens_a_longer_name(text, end):
                    continue
                if _in_postal_address(text, start):
                    continue  # '6-5-1 Kano-cho, Chuo-ku, Kobe-shi': as the post writes it
                if inside(start, end, protected_spans(segment)):
                    continue  # an address ('hyogo-ken.example') is spelt as it works
                yield GenericConflict(segment, start, end, found.group(), approved)


def _in_postal_address(text: str, start: int) -> bool:
    """Whether the place at ``start`` is a part of a postal address: after a comma that
    closes address parts following a number ('1-1 Higashikawasaki-cho, Chuo-ku, '),
    which romanize their generics as the post does."""
    window = text[max(0, start - 120) : start].rstrip()
    if not window.endswith(","):
        return False
    digit = max((i for i, c in enumerate(window) if c.isdigit()), default=-1)
    if digit < 0:
        return False
    between = window[digit + 1 :]
    return any(c.isalpha() for c in between) and all(c.isalpha() or c in " ,-'." for c in between)


def _opens_a_longer_name(text: str, end: int) -> bool:
    """Whether a capitalised word follows (the 'Itsukushima Jinja Treasure Hall')."""
    return re.match(r"[ \u00a0][A-Z]", text[end : end + 2]) is not None
