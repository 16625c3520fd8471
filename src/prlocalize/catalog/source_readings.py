"""prlocalize.catalog.source_readings
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What a msgid alone gives (its figures, its zones, its bounds), read once and kept in a
dict that goes with the msgid: build's gate compares one msgid with the msgstr of every
locale's catalog of a release, and a cache of recent texts forgets a large catalog's
first msgids before the next catalog asks for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def remembered(memo: dict[str, Any] | None, key: str, read: Callable[[str], T], text: str) -> T:
    """``read(text)``, kept in ``memo`` under ``key`` (read every time without one).
    ``memo`` must go with ``text`` alone, and what is kept must not be changed by callers."""
    if memo is None:
        return read(text)
    if key in memo:
        found: T = memo[key]
        return found
    found = memo[key] = read(text)
    return found
