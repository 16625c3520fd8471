"""prlocalize.catalog.freephone
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A number callers can dial only inside its country, which a translation writes in the
international form: Japan's free dial and navi dial ('0120-555-821', '0800-…',
'0570-…') as '+81-120-555-821', Korea's free numbers and nationwide numbers
('080-123-4567', '1588-0417') as '+82-80-123-4567', '+82-1588-0417'. No such number
answers a call from abroad, so the form promises a line a reader overseas cannot reach;
official translations keep the domestic form and say where it works ('toll-free within
Japan') and give another number for calls from abroad. Figures read the two forms as
one number, so nothing else sees it.
"""

from __future__ import annotations

from prlocalize.lazy_patterns import lazy_compile

_SEP = r"[\s.\-‐]*"
# (the trunk zero some write in brackets after the country code: '+81 (0)120')
_INTERNATIONAL = lazy_compile(
    rf"\+\s?(?:81{_SEP}(?:\(0\))?{_SEP}(?:120|800|570)|82{_SEP}(?:\(0\))?{_SEP}(?:80|1[568]\d\d))"
    rf"{_SEP}\d[\d\s.\-‐]*\d"
)


def domestic_number_made_international(source: str, target: str) -> str | None:
    """The translation's international form of a number dialled only at home, where the
    source writes no such form, else None."""
    if "+" not in target or _INTERNATIONAL.search(source) is not None:
        return None
    found = _INTERNATIONAL.search(target)
    return found[0].strip() if found is not None else None
