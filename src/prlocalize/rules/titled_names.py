"""prlocalize.rules.titled_names
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A word of a glossary person's name misspelt where it stands alone after an honorific
or a title ('said Prof. Takahta', 'Mr. Matsdua', 'President Sakagmai'), or as the
speaker of an attribution ('Takamrua added', 'said Takamrua'), for PR102.

The near-miss index reports a word of a name only beside another word of that name,
since one letter is how many names differ ('Nagano', 'Nakano'). A release names a person
in full once and by family name after 'Mr.' or 'Professor' from then on, so that check
misses every later slip. After an honorific, or before or after a verb of saying, the
word is a person's name; it is the
glossary person's, misspelt, when the release also names that person in full and the
slip is one only fingers make (two letters swapped, a letter doubled or dropped inside
the word) and does not leave another Japanese name in Hepburn ('Ohnishi', 'Onishi'),
its long vowels written with 'h' or not.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator

from prlocalize.glossary.model import Glossary, Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.base import CheckContext
from prlocalize.rules.nearmiss import HEPBURN, typed_slip

# an honorific or a title right before the word ('Mr. ', 'Prof. ', 'President ')
_TITLE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?|Sir|Dame|Professor|President|Chairman"
    r"|Chairwoman|Chair|Minister|Mayor|Governor|Ambassador|Senator|Director|Secretary|Dean"
    r"|Judge|Justice|Captain|Coach) $"
)
# a long vowel romanized with 'h', 'u' or 'o' ('Ohnishi', 'Kouno', 'Satoo'): read short,
# a word is Japanese in Hepburn or not
_LONG_VOWEL = lazy_compile(r"([ou])(?:h(?![aeiouy])|u|o)")
_REACH = 12  # characters before a word that an honorific or a title takes
# a verb of saying right after the word or before it: an attribution names its speaker
# by family name alone after the first mention ('Takamrua added', 'said Takamrua')
_SAYS_AFTER = lazy_compile(
    r" (?:said|says|added|adds|noted|notes|explained|explains|continued|continues|stressed"
    r"|told|recalled|concluded|commented|remarked|observed|recalls|concludes)\b"
)
_SAYS_BEFORE = lazy_compile(r"(?<![A-Za-z])(?:said|says|added|adds|continued|according to) $")
_SAYS_REACH = 14  # characters before a word that 'according to ' takes

_INDEXES: weakref.WeakKeyDictionary[Glossary, dict[str, dict[str, tuple[str, ...]]]] = (
    weakref.WeakKeyDictionary()
)


def _person_words(glossary: Glossary, locale: str) -> dict[str, tuple[str, ...]]:
    """Case-folded word of a person's name of two words → that person's accepted forms."""
    per_locale = _INDEXES.setdefault(glossary, {})
    found = per_locale.get(locale)
    if found is not None:
        return found
    words: dict[str, list[str]] = {}
    for entry in glossary:
        if entry.kind is not Kind.PERSON:
            continue
        term = entry.term(locale)
        parts = term.name_parts() if term is not None else None
        if term is None or parts is None:
            continue
        for word in (parts[0], parts[2]):
            words.setdefault(word.casefold(), []).extend(term.accepted)
    found = {word: tuple(forms) for word, forms in words.items()}
    per_locale[locale] = found
    return found


def _short_vowels(word: str) -> str:
    return _LONG_VOWEL.sub(r"\1", word)


def titled_slip(ctx: CheckContext, text: str, start: int, word: str, candidate: str) -> bool:
    """Whether ``word`` at ``text[start:]`` (a segment's plain text), one edit from
    ``candidate``, is a glossary person's name word misspelt after an honorific or a
    title, the person being named in full in the release."""
    if (
        _TITLE_BEFORE.search(text, max(0, start - _REACH), start) is None
        and _SAYS_BEFORE.search(text, max(0, start - _SAYS_REACH), start) is None
        and _SAYS_AFTER.match(text, start + len(word)) is None
    ):
        return False
    written, wanted = word.casefold(), candidate.casefold()
    if not typed_slip(written, wanted):
        return False
    if HEPBURN.fullmatch(_short_vowels(written)) and HEPBURN.fullmatch(_short_vowels(wanted)):
        return False  # another Japanese family name as often as a slip
    forms = _person_words(ctx.glossary, ctx.document.lang).get(wanted, ())
    if not forms:
        return False
    release: str | None = ctx.cache.get("titled_names.release")
    if release is None:
        # the text as read, where markup splits a name ('<span>Sachiko</span> <span>…')
        release = "\n".join(segment.plain for segment in ctx.document.segments())
        ctx.cache["titled_names.release"] = release
    return any(form in release for form in forms)


# ---------------------------------------------------------------- Korean
#
# A foreign person's name in Hangul is called by one part with a title after it
# ('다카하타 교수', '노바크 대통령'); Korean spelling sets the title apart from the part as
# from the whole name, so '노바크대통령은' is glued.

_HANGUL_WORD = lazy_compile("[\uac00-\ud7a3]+")
_KO_PART_MIN = 2  # syllables of a part judged alone: a Korean family name has one
_KO_PARTS: weakref.WeakKeyDictionary[Glossary, dict[str, tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def korean_name_parts(glossary: Glossary) -> dict[str, tuple[str, ...]]:
    """Each Hangul part of two syllables or more of a glossary person's name of two parts
    ('다카하타', '리에' of '다카하타 리에') → the accepted forms of the names it is part of."""
    found = _KO_PARTS.get(glossary)
    if found is not None:
        return found
    parts: dict[str, list[str]] = {}
    for entry in glossary:
        if entry.kind is not Kind.PERSON:
            continue
        term = entry.term("ko")
        split = term.name_parts() if term is not None else None
        if term is None or split is None or split[1] != " ":
            continue
        for part in (split[0], split[2]):
            if len(part) >= _KO_PART_MIN and _HANGUL_WORD.fullmatch(part):
                parts.setdefault(part, []).extend(term.accepted)
    found = _KO_PARTS[glossary] = {part: tuple(forms) for part, forms in parts.items()}
    return found


def glued_korean_parts(text: str, parts: dict[str, tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each Hangul word of ``text`` that opens with a part of a glossary
    person's name ('노바크' of '노바크대통령은'): where the rest may be a title."""
    for word in _HANGUL_WORD.finditer(text):
        w = word.group()
        for size in range(len(w) - 1, _KO_PART_MIN - 1, -1):
            if w[:size] in parts:
                yield word.start(), word.start() + size
                break
