"""prlocalize.catalog.floors
~~~~~~~~~~~~~~~~~~~~~~~~~~~

A floor below ground given above it in a translation, or the other way round: '地下1階',
'지하 1층', 'B1F', 'B1' of an address line, 'the first basement floor' translated '1F',
'1階', '1층' or 'the first floor'. The floor's number stays, so figures alone do not see
it, but a visitor sent to the ground floor does not find a showroom in the basement.

A floor is judged only where the translation writes that number as a floor above ground
and nowhere below it: 'two basement levels' counts floors and names none. 'B7' is a
basement floor only as an address line sets one alone ('15F and B1', 'B1, Sakura
Tower'), never after a name ('Hall B7', 'Exit B2', 'Gate B1').
"""

from __future__ import annotations

import re
from typing import Any

from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth")
_ORDINALS = "|".join(_ORDINAL_WORDS)
# below ground: each alternative's number is its own group
_BELOW = lazy_compile(
    r"地下\s?(\d{1,2})\s?階"
    r"|지하\s?(\d{1,2})\s?층"
    r"|(?<![A-Za-z0-9])B(\d{1,2})\s?(?:F|階|층)(?![A-Za-z0-9])"
    # 'B1' alone: at a line's or a list's start, after 'and', before a comma or 'floor'
    r"|(?:^|(?<=[,:：(（/・、&])|(?<=[,:：(（/・、&] )|(?<=\band ))"
    r"B(\d{1,2})(?=$|[,)）/]| (?:and|floor|level)\b)"
    r"|\b(\d{1,2})(?:st|nd|rd|th)? basement (?:floor|level)\b"
    r"|\bbasement (?:floor |level )?(\d{1,2})\b"
    rf"|\b({_ORDINALS}) basement (?:floor|level)\b",
    re.IGNORECASE,
)
# above ground, as the same texts write a floor
_ABOVE = lazy_compile(
    r"(?<![A-Za-z0-9.,])(\d{1,2})\s?(?:F|階|층)(?![A-Za-z0-9])"
    r"|\b(\d{1,2})(?:st|nd|rd|th) floor\b"
    r"|\bfloor (\d{1,2})\b"
    rf"|\b({_ORDINALS}) floor\b",
    re.IGNORECASE,
)


def _floors(pattern: re.Pattern[str], text: str) -> dict[int, str]:
    out: dict[int, str] = {}
    for match in pattern.finditer(text):
        said = next(g for g in match.groups() if g is not None)
        number = int(said) if said.isdigit() else _ORDINAL_WORDS.index(said.lower()) + 1
        out.setdefault(number, match[0].strip())
    return out


def _read(text: str) -> tuple[dict[int, str], dict[int, str]]:
    below = _floors(_BELOW, text)
    # a basement's own digits ('地下1階' holds '1階') are no floor above ground
    rest = _BELOW.sub(lambda m: " " * len(m[0]), text)
    return below, _floors(_ABOVE, rest)


def ground_changed(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[tuple[str, str]]:
    """(the source's floor, the translation's) for each floor of ``source`` that
    ``target`` writes on the other side of the ground."""
    if silent(memo, "floors.ground_changed"):
        return []
    if not _FLOOR_GATE.search(source):
        keep_silent(memo, "floors.ground_changed")
        return []
    if not _FLOOR_GATE.search(target):
        return []
    below, above = _read(source)
    if not below and not above:
        keep_silent(memo, "floors.ground_changed")
        return []
    return _other_side((below, above), _read(target))


def _other_side(
    mine: tuple[dict[int, str], dict[int, str]], theirs: tuple[dict[int, str], dict[int, str]]
) -> list[tuple[str, str]]:
    """(ours, theirs) for each count or floor below the ground in ``mine`` that ``theirs``
    gives only above it, and each above given only below (each side: below, above)."""
    (below, above), (their_below, their_above) = mine, theirs
    out = [
        (said, their_above[n])
        for n, said in below.items()
        if n in their_above and n not in their_below
    ]
    out += [
        (said, their_below[n])
        for n, said in above.items()
        if n in their_below and n not in their_above
    ]
    return out


# -- a floor above ground given as another ----------------------------------------------
#
# The figure checks compare numbers as sets, so a floor changed in a sentence that says
# its number elsewhere ('2층에서 2주간' as 'for two weeks on the third floor') passes them.
# English counts floors two ways: as Japanese and Korean do ('2階' is 'the second floor')
# and from the ground floor ('2階' is 'the first floor', British), so a translation into
# English may give the floor or the one below, and one from English the floor or the one
# above. A building's height ('地上40階建て', '지상 40층 규모') is no floor: a floor is read
# where one side names one floor above ground and the other one too.

# what makes '40階', '40층' a building's height rather than a floor
_HEIGHT_AFTER = lazy_compile(r"\s?(?:建|부분|規模|규모|건물|높이|짜리|빌딩|以上|以下|이상|이하)")
_HEIGHT_BEFORE = lazy_compile(r"(?:地上|지상)\s?$")


def _one_floor(text: str) -> tuple[int, str] | None:
    """The one floor above ground ``text`` names (its number, as written), None for none
    or several or a building's height."""
    below, _ = _read(text)
    rest = _BELOW.sub(lambda m: " " * len(m[0]), text)
    found: list[tuple[int, str]] = []
    for match in _ABOVE.finditer(rest):
        if _HEIGHT_AFTER.match(rest, match.end()) or _HEIGHT_BEFORE.search(
            rest, max(0, match.start() - 3), match.start()
        ):
            return None
        said = next(g for g in match.groups() if g is not None)
        number = int(said) if said.isdigit() else _ORDINAL_WORDS.index(said.lower()) + 1
        found.append((number, match[0].strip()))
    if below or len({n for n, _ in found}) != 1:
        return None
    return found[0]


def floor_changed(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> tuple[str, str, int] | None:
    """The one floor above ground of ``source`` given as another in ``target`` ('2층' as
    'the third floor'): (the source's, the translation's) as written and the source's
    number, else None."""
    if silent(memo, "floors.floor_changed"):
        return None
    if not _FLOOR_GATE.search(source):
        keep_silent(memo, "floors.floor_changed")
        return None
    if not _FLOOR_GATE.search(target):
        return None
    said = _one_floor(source)
    if said is None:
        return None
    given = _one_floor(target)
    if given is None or given[0] == said[0]:
        return None
    if target_lang == "en" and source_lang != "en" and given[0] == said[0] - 1:
        return None  # '2階' as 'the first floor', counted from the ground floor
    if source_lang == "en" and target_lang != "en" and given[0] == said[0] + 1:
        return None  # 'the first floor' (British) as '2階'
    return said[1], given[1], said[0]


# every floor above has a digit or an ordinal before its word; cheap to rule out
_FLOOR_GATE = lazy_compile(r"[階층]|\d\s?F\b|B\d|floor|level|basement", re.IGNORECASE)


# -- a building's scale: how many floors above ground and how many below ------------
#
# '地上40階・地下4階', '지상 40층·지하 4층', '40 floors above ground and four below': counts,
# not floors, so that a translation giving them on the other sides ('four floors above
# ground and 40 below') keeps every figure. An English side is read here; the Japanese and
# Korean forms are those of a floor ('地上4階', '지하 40층'), which ground_changed reads.

_EN_COUNTS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty",
)  # fmt: skip
_N = r"(\d{1,3}|" + "|".join(_EN_COUNTS) + r")"
_STOREYS = r"(?:floors?|stor(?:e?ys?|ies)|levels?)"
_GROUND = r"(?:ground|grade)"
_SCALE_EN = lazy_compile(
    # '40 floors above ground(, and four below)', '40 stories above grade'
    rf"\b{_N}\s{_STOREYS}\sabove\s{_GROUND}(?:,?\s(?:and|plus|with)\s{_N}\s"
    rf"(?:{_STOREYS}\s|basement\s{_STOREYS}\s?)?(?:below(?:\s{_GROUND})?|underground)?)?"
    # 'four floors below ground (and|to) 40 above'
    rf"|\b{_N}\s{_STOREYS}\s(?:below\s{_GROUND}|underground)(?:,?\s(?:and|to)\s{_N}\s"
    rf"(?:{_STOREYS}\s)?above(?:\s{_GROUND})?)?"
    # 'four basement floors', '40 above-ground floors', 'a 40-storey tower'
    rf"|\b{_N}\s(?:basement|underground|below-ground|subterranean)\s{_STOREYS}"
    rf"|\b{_N}\s(?:above-ground|aboveground)\s{_STOREYS}"
    rf"|\b{_N}-stor(?:e?y|ied)\b",
    re.IGNORECASE,
)


def _count(said: str) -> int:
    return int(said) if said.isdigit() else _EN_COUNTS.index(said.lower()) + 1


def _scale(text: str) -> tuple[dict[int, str], dict[int, str]]:
    """(counts below ground, counts above) a text gives, each with how it says it."""
    below: dict[int, str] = {}
    above: dict[int, str] = {}
    for match in _SCALE_EN.finditer(text):
        said = match[0]
        g = match.groups()
        if g[0] is not None:  # above, then perhaps below
            above.setdefault(_count(g[0]), said)
            if g[1] is not None:
                below.setdefault(_count(g[1]), said)
        elif g[2] is not None:  # below, then perhaps above
            below.setdefault(_count(g[2]), said)
            if g[3] is not None:
                above.setdefault(_count(g[3]), said)
        elif g[4] is not None:
            below.setdefault(_count(g[4]), said)
        elif g[5] is not None:
            above.setdefault(_count(g[5]), said)
        else:
            above.setdefault(_count(g[6]), said)
    if not below and not above:
        return _read(text)
    return below, above


def scale_changed(source: str, target: str) -> list[tuple[str, str]]:
    """(the source's count, the translation's) for each count of floors of ``source``
    that ``target`` gives on the other side of the ground, where one of them is English
    ('地上40階・地下4階' as 'four floors above ground and 40 below')."""
    if not _SCALE_GATE.search(source) or not _SCALE_GATE.search(target):
        return []
    if not (_SCALE_EN_GATE.search(source) or _SCALE_EN_GATE.search(target)):
        return []  # (two Japanese or Korean sides: ground_changed reads them)
    below, above = _scale(source)
    if not below and not above:
        return []
    return _other_side((below, above), _scale(target))


_SCALE_GATE = lazy_compile(r"地[上下]|지[상하]|ground|grade|basement|stor(?:e?y|ies)", re.I)
_SCALE_EN_GATE = lazy_compile(r"ground|grade|basement|stor(?:e?y|ies)", re.IGNORECASE)
