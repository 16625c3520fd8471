"""Benchmark translation: MT throughput against the local LibreTranslate stand-in
(segments/s with 1 and 8 workers, each request delayed like a real service), the
whole offline chain over a catalog, and translation-memory lookups in memories of
10,000 and 100,000 units (exact, and fuzzy in segments/s).

    python benchmarks/bench_translate.py [SEGMENTS] [DELAY_MS]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
# the LibreTranslate-compatible server the tests use
sys.path.insert(0, str(REPO / "tests" / "translate"))

from translate_servers import Behaviour, LibreServer  # noqa: E402

CORPUS = HERE / ".corpus"
WORDS = [
    "the",
    "ministry",
    "roundtable",
    "biotechnology",
    "venture",
    "park",
    "innovation",
    "agreement",
    "startups",
    "collaboration",
    "pharmaceutical",
    "research",
    "ecosystem",
    "global",
    "market",
    "partnership",
    "support",
    "regenerative",
    "treatment",
    "companies",
    "government",
    "president",
    "minister",
    "director",
    "opened",
    "signed",
    "held",
    "discussed",
    "announced",
    "accelerate",
    "strengthen",
    "develop",
    "selected",
    "special",
    "zone",
]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 18))]
    return " ".join(words).capitalize() + f" {rng.randint(1, 9999)}."


def bench_mt(segments: int, delay: float) -> None:
    from prlocalize.translate.engine import MtOptions
    from prlocalize.translate.mt import DeepTranslatorBackend

    rng = random.Random(7)
    texts = [sentence(rng) for _ in range(segments)]
    print(
        f"MT via deep-translator's LibreTranslator, {segments} segments, "
        f"{delay * 1000:.0f} ms per request"
    )
    for workers in (1, 8):
        with LibreServer(Behaviour(tag_unknown=True, delay=delay)) as server:
            backend = DeepTranslatorBackend("libre", MtOptions(url=server.url, workers=workers))
            start = time.perf_counter()
            out = backend.translate(texts, "en", "ja")
            elapsed = time.perf_counter() - start
            assert all(out) and server.count() == segments
        print(f"  {workers} worker(s): {segments / elapsed:8.1f} segments/s ({elapsed:.2f} s)")


def bench_chain(segments: int) -> None:
    from babel.messages.catalog import Catalog

    from prlocalize.glossary.io import load_glossaries
    from prlocalize.translate.chain import ChainBackend
    from prlocalize.translate.fill import fill_catalog
    from prlocalize.translate.glossary import GlossaryBackend

    glossary = load_glossaries([REPO / "glossaries"])
    rng = random.Random(11)
    catalog = Catalog(locale="ja")
    for _ in range(segments):
        catalog.add(sentence(rng), "")
    catalog.add("May 10, 2024", "")
    chain = ChainBackend([GlossaryBackend(glossary)])
    start = time.perf_counter()
    result = fill_catalog(catalog, chain, source_lang="en", locale="ja", glossary=glossary)
    elapsed = time.perf_counter() - start
    print(
        f"glossary backend through fill_catalog over {len(catalog)} entries: "
        f"{len(catalog) / elapsed:,.0f} entries/s ({result.written} filled)"
    )


def memory_path(units: int) -> Path:
    from prlocalize.translate.memory import TranslationMemory, Unit

    path = CORPUS / f"memory-{units}.sqlite"
    if path.exists():
        return path
    CORPUS.mkdir(parents=True, exist_ok=True)
    rng = random.Random(3)
    start = time.perf_counter()
    with TranslationMemory(path) as memory:
        memory.add(Unit("en", "ja", sentence(rng), f"訳{n}") for n in range(units))
        count = len(memory)
    print(f"built a {count:,}-unit memory in {time.perf_counter() - start:.1f} s")
    return path


def bench_memory(units: int = 100_000) -> None:
    """Exact and fuzzy lookups in a memory of ``units`` units: fuzzy ones for edited
    sentences (a word changed, the end changed), in segments per second of CPU time
    (the machine may be shared), checked against scoring every unit with rapidfuzz."""
    from rapidfuzz import fuzz, process

    from prlocalize.translate.memory import TranslationMemory, normalise

    path = memory_path(units)
    with TranslationMemory(path) as memory:
        sources = [u.source for u in memory.units()]
        rng = random.Random(5)
        queries = rng.sample(sources, 1000)
        start = time.perf_counter()
        assert all(memory.exact(q, "en", "ja") for q in queries)
        exact = (time.perf_counter() - start) / len(queries)
        start = time.process_time()
        memory.fuzzy(queries[-1] + " (warm-up: the index is built)", "en", "ja")
        load = time.process_time() - start
        edited = [q.replace(" the ", " a ", 1).rstrip(".") + "!" for q in queries[:300]]
        start = time.process_time()
        found = [memory.fuzzy(q, "en", "ja") for q in edited]
        fuzzy = time.process_time() - start
        all_units = [normalise(s) for s in sources]
        agree = 0
        for query, match in zip(edited, found, strict=True):
            best = process.extractOne(
                normalise(query), all_units, scorer=fuzz.ratio, score_cutoff=75
            )
            agree += (best[1] if best else None) == (match.score if match else None)
    print(f"memory of {len(sources):,} units:")
    print(f"  exact lookup: {exact * 1e6:8.1f} µs")
    print(
        f"  fuzzy lookup: {len(edited) / fuzzy:8.1f} segments/s of CPU "
        f"({sum(1 for m in found if m)}/{len(edited)} found, {agree} with the score of a "
        f"scan of every unit; first lookup, with the index built: {load:.2f} s)"
    )


def bench_peer_memory(units: int = 100_000) -> None:
    """translate-toolkit's TM matcher (Levenshtein) over the same units, when installed."""
    try:
        from translate.search.match import matcher
        from translate.storage import po
    except ImportError:
        print("translate-toolkit not importable: no peer figures")
        return
    from prlocalize.translate.memory import TranslationMemory

    with TranslationMemory(memory_path(units)) as memory:
        pairs = [(u.source, u.target) for u in memory.units()]
    store = po.pofile()
    for source, target in pairs:
        store.addsourceunit(source).target = target
    start = time.perf_counter()
    tm = matcher(store, max_candidates=1, min_similarity=75, max_length=200)
    load = time.perf_counter() - start
    rng = random.Random(5)
    queries = [q.replace(" the ", " a ", 1).rstrip(".") + "!" for q, _ in rng.sample(pairs, 20)]
    start = time.perf_counter()
    hits = sum(1 for q in queries if tm.matches(q))
    fuzzy = (time.perf_counter() - start) / len(queries)
    print(
        f"  peer translate-toolkit matcher: fuzzy {fuzzy * 1e3:8.1f} ms "
        f"({hits}/{len(queries)} found; index built in {load:.2f} s)"
    )


def main() -> None:
    segments = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    delay = (int(sys.argv[2]) if len(sys.argv) > 2 else 20) / 1000
    bench_mt(segments, delay)
    bench_chain(2000)
    bench_memory(10_000)
    bench_memory(100_000)
    bench_peer_memory()


if __name__ == "__main__":
    main()
