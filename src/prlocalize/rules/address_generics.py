"""prlocalize.rules.address_generics
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary place whose approved English form ends in a generic word of addresses and
directions ('Tokyo Station', 'Sakura Building', 'Harbor Avenue') written in a
translation with that word as directions and address lines abbreviate it or set it in
lower case ('Tokyo Sta.', 'Tokyo station', 'Sakura Bldg.', 'Harbor Ave.'), or a station
with its Japanese generic ('Tokyo-eki'): the same place, for PR401. The place's own
words must be there as the sheet writes them ('Tokio Sta.' is still another spelling).
"""

from __future__ import annotations

import re

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
_GENERIC_AT_END = re.compile(r"(?<=[a-z0-9)]) (" + "|".join(_SHORT_FORMS) + r")$")


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
