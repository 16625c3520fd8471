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

_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth")
_ORDINALS = "|".join(_ORDINAL_WORDS)
# below ground: each alternative's number is its own group
_BELOW = re.compile(
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
_ABOVE = re.compile(
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


def ground_changed(source: str, target: str) -> list[tuple[str, str]]:
    """(the source's floor, the translation's) for each floor of ``source`` that
    ``target`` writes on the other side of the ground."""
    if not _FLOOR_GATE.search(source) or not _FLOOR_GATE.search(target):
        return []
    below, above = _read(source)
    if not below and not above:
        return []
    their_below, their_above = _read(target)
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


# every floor above has a digit or an ordinal before its word; cheap to rule out
_FLOOR_GATE = re.compile(r"[階층]|\d\s?F\b|B\d|floor|level|basement", re.IGNORECASE)
