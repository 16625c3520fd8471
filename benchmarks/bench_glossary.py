"""Term-matcher build time and scan throughput with glossaries of 100, 10,000 and 100,000 entries.

    python benchmarks/bench_glossary.py

Each glossary is the bundled one (``glossaries/``) topped up (or cut down) with
synthetic persons (with name parts, so glued and reversed forms are derived),
organisations and terms. The scan runs over the text releases of the benchmark
corpus (``benchmarks/corpus.py``), one ``find`` per release, on one core.
Goals: build 100,000 entries in under 2 s; scan at 100,000 entries no more than
1.5x slower than at 100. For comparison it also times a single regular-expression
alternation over the same forms (longest first, as Vale does) where that is feasible.
Times are CPU seconds of this process (``time.process_time``), best of several runs,
so that other work on a shared machine does not distort the comparison.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_DIR, generate_corpus

from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.matcher import TermMatcher, entry_forms
from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Term

REPO = Path(__file__).resolve().parents[1]
SIZES = (100, 10_000, 100_000)
REGEX_LIMIT = 10_000  # a 100,000-way alternation takes minutes to scan; not worth the wait
SYLLABLES = [
    c + v for c in ("", "k", "s", "t", "n", "h", "m", "r", "g", "j", "ky") for v in "aiueo"
]


def _word(rnd: random.Random, parts: int) -> str:
    return "".join(rnd.choice(SYLLABLES) for _ in range(parts))


def _synthetic(i: int, rnd: random.Random) -> Entry:
    kind = (Kind.PERSON, Kind.ORG, Kind.TERM)[i % 3]
    if kind is Kind.PERSON:
        given, family = _word(rnd, 3).title(), _word(rnd, 2).title()
        term = Term(f"{given} {family}", name=PersonName(given, family))
    elif kind is Kind.ORG:
        term = Term(f"{_word(rnd, 3).title()} {rnd.choice(('Pharma', 'Bio', 'Labs'))} Inc.")
    else:
        term = Term(f"{_word(rnd, 2)}-{_word(rnd, 3)}", forbidden=(f"{_word(rnd, 4)}",))
    return Entry(f"synthetic:{i}", kind, {"en": term})


def make_glossary(size: int, bundled: list[Entry]) -> Glossary:
    rnd = random.Random(size)
    entries = bundled[:size]
    entries += [_synthetic(i, rnd) for i in range(size - len(entries))]
    return Glossary(entries)


def _best_of(runs: int, func):  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(runs):
        start = time.process_time()
        result = func()
        best = min(best, time.process_time() - start)
    return best, result


def _regex(glossary: Glossary) -> re.Pattern[str]:
    forms = sorted({f for e in glossary for f, _ in entry_forms(e, "en")}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b")


def main() -> None:
    paths = generate_corpus(DEFAULT_DIR, 1000)
    texts = [p.read_text(encoding="utf-8") for p in paths if p.suffix == ".txt"]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts)} text releases, {megabytes:.2f} MB, from {DEFAULT_DIR}")
    bundled = list(load_glossaries([REPO / "glossaries"]))
    print(f"{'entries':>8} {'forms':>8} {'build s':>8} {'scan MB/s':>10} {'matches':>8}")
    rates: dict[int, float] = {}
    for size in SIZES:
        glossary = make_glossary(size, bundled)
        forms = sum(1 for e in glossary for _ in entry_forms(e, "en"))
        build, matcher = _best_of(3, lambda g=glossary: TermMatcher._build(g, "en"))
        # best of 5 after a warm-up run, so that caches and the allocator have settled
        scan, found = _best_of(6, lambda m=matcher: sum(len(m.find(t)) for t in texts))
        rates[size] = megabytes / scan
        print(f"{size:>8,} {forms:>8,} {build:>8.3f} {rates[size]:>10.2f} {found:>8,}")
    slowdown = rates[SIZES[0]] / rates[SIZES[-1]]
    print(f"scan slowdown {SIZES[-1]:,} vs {SIZES[0]:,} entries: {slowdown:.2f}x (goal <= 1.5x)")
    print("peer: one regular-expression alternation (longest first) over the same forms")
    for size in SIZES:
        if size > REGEX_LIMIT:
            print(f"{size:>8,} skipped (minutes per scan)")
            continue
        pattern = _regex(make_glossary(size, bundled))
        scan, found = _best_of(1, lambda p=pattern: sum(len(p.findall(t)) for t in texts))
        print(f"{size:>8,} {'':>8} {'':>8} {megabytes / scan:>10.2f} {found:>8,}")


if __name__ == "__main__":
    main()
