"""prlocalize.align.batch
~~~~~~~~~~~~~~~~~~~~~~~

Aligning what the command line names: one pair of files, or every pair of an
archive folder. A pair that cannot be aligned is skipped with its reason; the caller
decides what that means (``align`` exits 2 when nothing could be aligned).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from prlocalize.align.core import DEFAULT_MIN_SCORE, Alignment, align_documents
from prlocalize.align.pairs import ReleasePair, check_size, find_pairs
from prlocalize.errors import InputError

if TYPE_CHECKING:
    from prlocalize.glossary.model import Glossary
    from prlocalize.translate.memory import Unit


@dataclass
class BatchResult:
    alignments: list[Alignment] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)

    def units(self) -> list[Unit]:
        return [u for a in self.alignments for u in a.units()]  # type: ignore[misc]


def align_files(
    source: str | Path,
    target: str | Path,
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    glossary: Glossary | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
) -> Alignment:
    """Align two files (any reader format); InputError when they cannot be aligned."""
    from prlocalize.readers import read_document

    source, target = Path(source), Path(target)
    if source.resolve() == target.resolve():
        raise InputError(
            target, None, "the same file twice", "name the release and its translation"
        )
    check_size([source, target])
    s_doc = read_document(source, lang=source_lang)
    t_doc = read_document(target, lang=target_lang)
    return align_documents(s_doc, t_doc, glossary=glossary, min_score=min_score)


def align_pairs(
    pairs: Iterable[ReleasePair],
    *,
    glossary: Glossary | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
) -> BatchResult:
    result = BatchResult()
    for alignment in _each(pairs, glossary, min_score, result.skipped):
        result.alignments.append(alignment)
    return result


def align_folder(
    folder: str | Path,
    *,
    source_lang: str | None = None,
    glossary: Glossary | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
) -> BatchResult:
    """Align every release pair found in ``folder``; InputError when it holds none."""
    pairs = find_pairs(folder, source_lang)
    if not pairs:
        raise InputError(
            folder,
            None,
            "no release pairs found",
            "name the versions launch.en.txt + launch.ja.txt, or en/launch.html + ja/launch.html",
        )
    return align_pairs(pairs, glossary=glossary, min_score=min_score)


def _each(
    pairs: Iterable[ReleasePair],
    glossary: Glossary | None,
    min_score: float,
    skipped: list[InputError],
) -> Iterator[Alignment]:
    for pair in pairs:
        try:
            yield align_files(
                pair.source,
                pair.target,
                source_lang=pair.source_lang,
                target_lang=pair.target_lang,
                glossary=glossary,
                min_score=min_score,
            )
        except InputError as exc:
            skipped.append(exc)
