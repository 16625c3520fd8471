"""Helpers of the aligner's tests and benchmark: write a gold pair, score an alignment."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from align_gold import GOLD_PAIRS, GoldPair  # tests/align is on sys.path (conftest, benchmark)

from prlocalize.align import Alignment


def write_pair(pair: GoldPair, folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    source, target = folder / pair.source_name, folder / pair.target_name
    source.write_text(pair.source, encoding="utf-8")
    target.write_text(pair.target, encoding="utf-8")
    return source, target


def predicted(alignment: Alignment) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {
        (
            tuple(alignment.source[i].plain for i in bead.source),
            tuple(alignment.target[i].plain for i in bead.target),
        )
        for bead in alignment.accepted()
    }


@dataclass(frozen=True)
class Score:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positives + other.true_positives,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )


def score(alignment: Alignment, pair: GoldPair) -> Score:
    found = predicted(alignment)
    gold = set(pair.beads)
    return Score(len(found & gold), len(found), len(gold))


def missing_sentences(alignment: Alignment, pair: GoldPair) -> list[str]:
    """Gold sentences that are not segments of the documents (the gold would be wrong)."""
    have_s = {s.plain for s in alignment.source}
    have_t = {s.plain for s in alignment.target}
    out = []
    for s_side, t_side in pair.beads:
        out += [s for s in s_side if s not in have_s]
        out += [t for t in t_side if t not in have_t]
    return out


def gold_pair(name: str) -> GoldPair:
    (pair,) = [p for p in GOLD_PAIRS if p.name == name]
    return pair


def align_gold(pair: GoldPair, folder: Path, **options: object) -> Alignment:
    from prlocalize.align.batch import align_files

    source, target = write_pair(pair, folder)
    return align_files(source, target, **options)  # type: ignore[arg-type]
