"""Benchmark ``prlocalize align`` and ``glossary suggest`` (issue #13).

* Precision and recall of the aligner on the gold pairs of ``tests/align/align_gold.py``
  (six releases in en/ja, en/ko, ko/ja, ja/en written for the tests, 57 true pairs).
* Pairs per second over N release pairs (default 1,000), made from the gold pairs with
  their digits rotated (both sides alike, so the anchors still agree, and the gold
  alignment rotated the same way is still true: precision and recall are measured on
  all of them). Reading both files is timed too; one process, one core. Issue #13
  asks for 1,000 pairs in under a minute.
* Precision of the persons ``glossary suggest`` proposes at the default confidence on
  the gold releases (goal >= 0.9).

CPU seconds are this process's (``time.process_time()``); wall clock is shown too.

    python benchmarks/bench_align.py [N]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "align"))

from align_gold import GOLD_PAIRS, GoldPair  # noqa: E402
from align_support import Score, score, write_pair  # noqa: E402

GOAL_SECONDS = 60.0
GOAL_PERSON_PRECISION = 0.9
# every person of the gold releases with the form their translation gives
PERSONS = {
    ("Emi Matsuda", "松田 恵美"),
    ("Takayuki Ishikawa", "石川 孝之"),
    ("Daniel Hart", "ダニエル・ハート"),
    ("Hana Ilves", "ハナ・イルヴェス"),
    ("Kenji Morioka", "森岡 健二"),
    ("Ruth Adebayo", "ルース・アデバヨ"),
    ("Tomas Lindqvist", "トーマス・リンドクヴィスト"),
    ("Seo Jiwon", "서지원"),
    ("Kang Minseo", "강민서"),
    ("Yoon Taeho", "윤태호"),
    ("Julia Brenner", "줄리아 브레너"),
    ("Mirela Vasquez", "ミレラ・バスケス"),
    ("Aiko Brandt", "アイコ・ブラント"),
}


def _rotate(text: str, k: int) -> str:
    return text.translate(
        str.maketrans("0123456789", "".join(str((d + k) % 10) for d in range(10)))
    )


def _variant(pair: GoldPair, k: int, n: int) -> GoldPair:
    stem = f"r{n:04d}"
    return replace(
        pair,
        source_name=f"{stem}.{pair.source_name.split('.', 1)[1]}",
        target_name=f"{stem}.{pair.target_name.split('.', 1)[1]}",
        source=_rotate(pair.source, k),
        target=_rotate(pair.target, k),
        beads=tuple(
            (tuple(_rotate(s, k) for s in ss), tuple(_rotate(t, k) for t in ts))
            for ss, ts in pair.beads
        ),
    )


def bench_gold(work: Path) -> Score:
    from prlocalize.align.batch import align_files

    total = Score(0, 0, 0)
    print("gold pairs (precision / recall of accepted pairs):")
    for pair in GOLD_PAIRS:
        source, target = write_pair(pair, work / pair.name)
        result = score(align_files(source, target), pair)
        total = total + result
        print(
            f"  {pair.name:<16} P={result.precision:.3f} R={result.recall:.3f} "
            f"({result.gold} pairs)"
        )
    print(f"  {'all':<16} P={total.precision:.3f} R={total.recall:.3f} ({total.gold} pairs)")
    return total


def bench_throughput(work: Path, n: int) -> tuple[float, Score]:
    from prlocalize.align.batch import align_files

    pairs = [
        _variant(GOLD_PAIRS[i % len(GOLD_PAIRS)], (i // len(GOLD_PAIRS)) % 10, i) for i in range(n)
    ]
    files = [write_pair(p, work / "many") for p in pairs]
    align_files(*files[0])  # imports, the analyser's dictionary: not what is measured
    total = Score(0, 0, 0)
    cpu, wall = time.process_time(), time.perf_counter()
    alignments = [align_files(s, t) for s, t in files]
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    for pair, alignment in zip(pairs, alignments, strict=True):
        total = total + score(alignment, pair)
    per_thousand = cpu * 1000 / n
    verdict = "ok" if per_thousand < GOAL_SECONDS else "TOO SLOW"
    print(
        f"{n} release pairs: {cpu:.1f} s CPU ({wall:.1f} s wall), {n / cpu:.0f} pairs/s; "
        f"1,000 pairs: {per_thousand:.1f} s (goal < {GOAL_SECONDS:.0f} s): {verdict}"
    )
    print(f"  P={total.precision:.3f} R={total.recall:.3f} over {total.gold} true pairs")
    return cpu, total


def bench_suggest(work: Path) -> float:
    from prlocalize.align.batch import sentence_pairs
    from prlocalize.glossary.suggest import DEFAULT_MIN_CONFIDENCE, suggest

    folder = work / "suggest"
    for pair in GOLD_PAIRS:
        write_pair(pair, folder)
    cpu = time.process_time()
    found = list(sentence_pairs([folder]))
    result = suggest(found)
    cpu = time.process_time() - cpu
    persons = {
        (c.forms["en"], c.forms.get("ja") or c.forms.get("ko"))
        for c in result.candidates
        if c.kind == "person" and "en" in c.forms  # (a Japanese–Korean pair's has none)
    }
    right = persons & PERSONS
    precision = len(right) / len(persons) if persons else 1.0
    recall = len(right) / len(PERSONS)
    verdict = "ok" if precision >= GOAL_PERSON_PRECISION else "BELOW GOAL"
    print(
        f"glossary suggest at confidence {DEFAULT_MIN_CONFIDENCE}: {len(persons)} persons, "
        f"precision {precision:.3f} (goal >= {GOAL_PERSON_PRECISION}: {verdict}), "
        f"recall {recall:.3f} of {len(PERSONS)}; "
        f"{len(result.candidates)} candidates in all, {cpu:.1f} s CPU for {len(found)} pairs"
    )
    for wrong in sorted(persons - PERSONS):
        print(f"  wrong: {wrong}")
    return precision


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 1000
    work = Path(tempfile.mkdtemp(prefix="bench-align-"))
    try:
        bench_gold(work)
        bench_throughput(work, n)
        bench_suggest(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv)
