"""prlocalize.rules.address_generics
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary place whose approved English form ends in a generic word of addresses and
directions ('Tokyo Station', 'Sakura Building', 'Harbor Avenue') written in a
translation with that word as directions and address lines abbreviate it or set it in
lower case ('Tokyo Sta.', 'Tokyo station', 'Sakura Bldg.', 'Harbor Ave.'), or a station
with its Japanese generic ('Tokyo-eki'): the same place, for PR401. The place's own
words must be there as the sheet writes them ('Tokio Sta.' is still another spelling).

Also a station exit named after a place, which the station's sign names by the end of
the place's name ('the Tokyo International Forum Exit': 国際フォーラム口, 국제포럼 출구).
"""

from __future__ import annotations

from prlocalize.lazy_patterns import lazy_compile

# the generic, and how English address lines and directions also write it
_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "Station": ("station", "Sta.", "Sta", "Stn.", "Stn", "Eki", "eki"),
    "Building": ("building", "Bldg.", "Bldg", "Bld."),
    "Tower": ("tower", "Twr."),
    "Avenue": ("avenue", "Ave.", "Ave"),
    "Street": ("street", "St.", "St"),
    "Road": ("road", "Rd.", "Rd"),
    "Boulevard": ("Blvd.", "Blvd"),
    "Center": ("Ctr.", "Centre"),
    "Centre": ("Ctr.", "Center"),
}
_GENERIC_AT_END = lazy_compile(r"(?<=[a-z0-9)]) (" + "|".join(_SHORT_FORMS) + r")$")


def generic_written_short(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether ``msgstr`` writes one of ``accepted`` (a place's approved English forms)
    with its closing generic abbreviated or in lower case, or a station as '…-eki'."""
    for form in accepted:
        match = _GENERIC_AT_END.search(form)
        if match is None:
            continue
        stem = form[: match.start()]
        if stem not in msgstr:
            continue
        for short in _SHORT_FORMS[match[1]]:
            for joined in (f"{stem} {short}", f"{stem}-{short}"):
                start = msgstr.find(joined)
                while start >= 0:
                    after = msgstr[start + len(joined) : start + len(joined) + 1]
                    if not after.isalpha() or not after.isascii():
                        return True
                    start = msgstr.find(joined, start + 1)
    return False


# an exit, gate or entrance a station names after a place ('the Tokyo International
# Forum Exit of Yurakucho Station'), which the station's own sign shortens: 国際フォーラム口,
# 국제포럼 출구
_EXIT_AFTER = lazy_compile(r" (?:Exit|Gate|Entrance|Ticket Gate|Concourse)\b")
_EXIT_WORD = lazy_compile(r"\s?(?:口|出口|改札|ゲート|출구|입구|게이트|개찰구)")


def exit_named_short(msgid: str, end: int, msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether the place ending at ``end`` in ``msgid`` names an exit or a gate there, and
    ``msgstr`` names that exit by the end of an accepted form ('国際フォーラム口' for
    '東京国際フォーラム'), three letters or more, before its word for an exit."""
    if _EXIT_AFTER.match(msgid, end) is None:
        return False
    for form in accepted:
        for cut in range(1, len(form) - 1):
            tail = form[cut:].lstrip()
            if len(tail) < 3 or form[cut - 1 : cut].isspace():
                continue
            start = msgstr.find(tail)
            while start >= 0:
                if _EXIT_WORD.match(msgstr, start + len(tail)):
                    return True
                start = msgstr.find(tail, start + 1)
    return False
