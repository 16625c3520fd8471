"""Reading + segmentation throughput on the generated 1,000-release corpus (one core).

    python benchmarks/bench_segment.py

Prints MB/s and segments/s (CPU time of this process, so that other load on the machine
does not count) for the text and the HTML releases (decode, parse,
segment, build the Document), for all of them kept in memory as the commands keep them,
for split_sentences alone, and for pysbd on the same text when pysbd is importable (a peer
for comparison, not a dependency).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_DIR, generate_corpus

from prlocalize.readers import read_document
from prlocalize.segment import split_sentences


def _best_of(runs: int, func):  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(runs):
        start = time.process_time()
        result = func()
        best = min(best, time.process_time() - start)
    return best, result


def _read_all(paths: list[Path]) -> int:
    return sum(len(tuple(read_document(p).segments())) for p in paths)


def main() -> None:
    paths = generate_corpus(DEFAULT_DIR, 1000)
    print(f"corpus: {len(paths)} releases in {DEFAULT_DIR}")
    for suffix in (".txt", ".html"):
        group = [p for p in paths if p.suffix == suffix]
        size = sum(p.stat().st_size for p in group) / 1e6
        seconds, segments = _best_of(3, lambda group=group: _read_all(group))
        print(
            f"read_document {suffix:5} {len(group)} files, {size:.2f} MB: {seconds:.3f} s, "
            f"{size / seconds:.1f} MB/s, {segments / seconds:,.0f} segments/s"
        )

    # check, extract and build keep every Document until the end: the garbage collector then
    # walks them again and again, which reading one at a time does not show
    size = sum(p.stat().st_size for p in paths) / 1e6
    seconds, _ = _best_of(3, lambda: [read_document(p) for p in paths])
    print(
        f"read_document all {len(paths)} files kept, {size:.2f} MB: {seconds:.3f} s, "
        f"{size / seconds:.1f} MB/s"
    )

    seed = sorted((Path(__file__).resolve().parents[2] / "shared" / "seed").glob("*.txt"))
    if seed:  # the real release, when this checkout sits beside ../shared
        size = seed[0].stat().st_size * 300 / 1e6
        seconds, segments = _best_of(3, lambda: _read_all([seed[0]] * 300))
        print(
            f"read_document seed release x300, {size:.2f} MB: {seconds:.3f} s, "
            f"{size / seconds:.1f} MB/s, {segments / seconds:,.0f} segments/s"
        )

    texts = [
        block.segments[0].plain and "\n".join(s.plain for s in block.segments)
        for p in paths
        if p.suffix == ".txt"
        for block in read_document(p).blocks
    ]
    paragraphs = [t for t in texts if len(t) > 200]
    size = sum(len(t.encode("utf-8")) for t in paragraphs) / 1e6
    seconds, count = _best_of(3, lambda: sum(len(split_sentences(t, "en")) for t in paragraphs))
    print(
        f"split_sentences on {len(paragraphs)} paragraphs, {size:.2f} MB: {seconds:.3f} s, "
        f"{size / seconds:.1f} MB/s, {count / seconds:,.0f} segments/s"
    )
    try:
        import pysbd
    except ImportError:
        print("pysbd: not installed (pip install pysbd to compare)")
        return
    segmenter = pysbd.Segmenter(language="en", clean=False)
    sample = paragraphs[:300]
    sample_size = sum(len(t.encode("utf-8")) for t in sample) / 1e6
    seconds, count = _best_of(1, lambda: sum(len(segmenter.segment(t)) for t in sample))
    print(
        f"pysbd {pysbd.__version__} on {len(sample)} of those paragraphs, {sample_size:.2f} MB: "
        f"{seconds:.3f} s, {sample_size / seconds:.2f} MB/s, {count / seconds:,.0f} segments/s"
    )


if __name__ == "__main__":
    main()
