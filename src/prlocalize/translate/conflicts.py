"""prlocalize.translate.conflicts
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Sources that one imported file translates two ways into the same language, each for
its own context: a TMX that keeps a heading's translation per context (``<prop
type="x-context">``: 'Outlook' as a title and as a table's column). The memory holds
one translation per sentence and takes an exact match as final, so neither is kept
(the wrong one would be used wherever the other was meant), and the import names
what it passed over. The same sentence again in the same context (or in none) is an
edit: the later one stays, as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from prlocalize.translate.memory import Unit, lang_key, text_key

_Key = tuple[str, str, str]


def _key(unit: Unit) -> _Key:
    return lang_key(unit.source_lang), lang_key(unit.target_lang), text_key(unit.source)


def without_conflicts(units: Iterable[Unit]) -> tuple[list[Unit], list[tuple[Unit, int]]]:
    """``units`` but for those whose source is translated differently in another
    context, and each such source (its first unit) with how many translations it has."""
    kept = list(units)
    by_context: dict[_Key, dict[str, str]] = {}
    for unit in kept:
        by_context.setdefault(_key(unit), {})[unit.context] = " ".join(unit.target.split())
    torn = {
        key: len(set(found.values()))
        for key, found in by_context.items()
        if len(found) > 1 and len(set(found.values())) > 1
    }
    if not torn:
        return kept, []
    first: dict[_Key, Unit] = {}
    for unit in kept:
        if _key(unit) in torn:
            first.setdefault(_key(unit), unit)
    return [u for u in kept if _key(u) not in torn], [(first[k], n) for k, n in torn.items()]


def describe(conflicts: list[tuple[Unit, int]]) -> str:
    """What the import says of the sources it passed over."""
    unit, count = conflicts[0]
    more = f" and {len(conflicts) - 1} more" if len(conflicts) > 1 else ""
    return (
        f"{len(conflicts)} source(s) translated differently for different contexts passed "
        f"over ('{_short(unit.source)}' has {count} translations into {unit.target_lang}"
        f"{more}): a memory's exact match is final, so import the one to use"
    )


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
