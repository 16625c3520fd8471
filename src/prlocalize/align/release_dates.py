"""prlocalize.align.release_dates
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Years of an archive translate one sentence (the boilerplate, the contact line) more
than one way: the house style changed, a department was renamed. The memory keeps one
translation per sentence, the last one stored, so an archive is stored oldest release
first and the newest translation is the one kept, whatever the files' names (a slug's
alphabetical order is no order of time). A release's date is the one its file's name
holds, else its front matter's, else the first its opening sentences give (the dateline).

:func:`rival_translations` names the sentences that releases translate differently, so
that the person importing them knows which translation was kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prlocalize.align.core import Alignment
    from prlocalize.translate.memory import Unit

_OPENING = 3  # sentences a dateline is looked for in


def release_date(alignment: Alignment) -> date | None:
    """The date of the release ``alignment`` pairs, as its names, front matter or
    dateline give it, or None."""
    from prlocalize.align.pairs import name_date
    from prlocalize.align.translation_keys import front_matter_date
    from prlocalize.translate.dates import first_date

    for path in dict.fromkeys((alignment.source_path, alignment.target_path)):
        if (found := name_date(Path(path)) or front_matter_date(Path(path))) is not None:
            return found
    for sentence in alignment.source[:_OPENING]:
        found = first_date(sentence.plain or sentence.text, alignment.source_lang)
        if found is not None:
            return found
    return None


def oldest_first(alignments: Sequence[Alignment]) -> list[Alignment]:
    """``alignments`` with the dated releases in the order of their dates, after those
    with no date (in their own order): the order to store them in, the newest last."""
    dated = [(release_date(a), i, a) for i, a in enumerate(alignments)]
    return [a for _, _, a in sorted(dated, key=lambda item: (item[0] or date.min, item[1]))]


@dataclass(frozen=True, slots=True)
class Rival:
    """A sentence releases translate differently: the translation kept, and how many."""

    kept: Unit
    count: int


def rival_translations(units: Sequence[Unit]) -> list[Rival]:
    """The sources that ``units`` (in the order they are stored) translate differently
    from one release to another (by their origins), each with the last translation,
    the one the memory keeps."""
    from prlocalize.translate.memory import lang_key, normalise

    found: dict[tuple[str, str, str], dict[str, Unit]] = {}
    origins: dict[tuple[str, str, str], set[str]] = {}
    for unit in units:
        key = (lang_key(unit.source_lang), lang_key(unit.target_lang), normalise(unit.source))
        translations = found.setdefault(key, {})
        target = normalise(unit.target)
        translations.pop(target, None)  # the last one stored last
        translations[target] = unit
        origins.setdefault(key, set()).add(unit.origin)
    return [
        Rival(list(translations.values())[-1], len(translations))
        for key, translations in found.items()
        if len(translations) > 1 and len(origins[key]) > 1
    ]


def describe(rivals: Sequence[Rival]) -> str:
    """What ``align --memory`` says of the sentences translated more than one way."""
    first = rivals[0]
    more = f", and {len(rivals) - 1} more" if len(rivals) > 1 else ""
    return (
        f"{len(rivals)} sentence(s) translated differently in different releases: the "
        f"newest release's translation was kept ('{_short(first.kept.source)}' → "
        f"'{_short(first.kept.target)}', of {first.count}, from {first.kept.origin}{more})"
    )


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
