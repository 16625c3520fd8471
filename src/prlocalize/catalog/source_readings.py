"""prlocalize.catalog.source_readings
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What a msgid alone gives (its figures, its zones, its bounds), read once and kept in a
dict that goes with the msgid: build's gate compares one msgid with the msgstr of every
locale's catalog of a release, and a cache of recent texts forgets a large catalog's
first msgids before the next catalog asks for them.

The same dict records the pair checks that the msgid alone proves silent (:func:`silent`,
:func:`keep_silent`): most checks read the source first and stop when it gives nothing
of theirs (no code, no price list, no temperature below zero), and the msgid's other
catalogs then skip them at the cost of a set lookup instead of reading it again. A
release's catalogs after the first pay for the checks that can concern their msgids,
however many checks there are.

How a pair check plugs in (``check(source, target, …, *, memo=None)``):

- first thing, ``if silent(memo, NAME): return <nothing found>``;
- on a path that returns nothing found and has read only the source (and the source's
  language, which the memo goes with), ``keep_silent(memo, NAME)`` before returning. A
  path that looked at the target or its language must not: the next catalog's
  translation may concern the check;
- NAME is the check's own (its module and function), used by no other check;
- the rule passes ``memo=ctx.source_cache`` with the text it always derives from the msgid
  the same way (the msgid, or the msgid with its tags masked, never both under one NAME).

tests/catalog/test_source_silence.py runs every check that does so with a memo made
by another translation of the same source and without one, and compares the findings.

A reading of the source that depends on more than the msgid and its language (the
glossary names the release's catalog finds in it, which its short forms may change) is
kept beside what it was read for, and read again where that differs: party_values'
``party_changes`` keeps the msgid's figures and their owners with the names they were
given, and its test fills the memo with other names first.
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


# the key, in a msgid's memo, of the names of the checks that its source proves silent
_SILENT = "silent_checks"


def silent(memo: dict[str, Any] | None, name: str) -> bool:
    """Whether the msgid that ``memo`` goes with proved the check ``name`` silent already,
    whatever the translation (see the module's docstring)."""
    return memo is not None and name in memo.get(_SILENT, ())


def keep_silent(memo: dict[str, Any] | None, name: str) -> None:
    """Record that the msgid ``memo`` goes with proves the check ``name`` silent: called
    only on a path that read the source alone and found nothing the check compares."""
    if memo is not None:
        memo.setdefault(_SILENT, set()).add(name)
