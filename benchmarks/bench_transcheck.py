"""Benchmark the translation checks and translating from memory (issue 12).

* PR4xx on clean translated catalogs (the official-style ja/ko catalogs of the tests
  and the bundled ``locales/``): findings per 100 segments; errors there are false
  alarms (goal: at most 1 per 100 aligned sentences), and so are warnings (routinely
  dropped items, stock codes and datelines, are PR409 information, not counted).
* Recall on planted errors (a changed amount, a wrong name, a changed date, a link to
  another host): goal all.
* ``translate`` from memory: segments/s of exact and fuzzy matches (checks included) with
  10,000 and 100,000 memory entries.

    python benchmarks/bench_transcheck.py [SEGMENTS]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests" / "catalog"))

from babel.messages.catalog import Catalog  # noqa: E402
from official_catalogs import JA, KO, po_text  # noqa: E402

from prlocalize.findings import FileReport  # noqa: E402
from prlocalize.glossary.io import load_glossaries  # noqa: E402
from prlocalize.glossary.model import Glossary  # noqa: E402
from prlocalize.rules.base import Rule  # noqa: E402
from prlocalize.rules.registry import select_rules  # noqa: E402
from prlocalize.translation_checking import check_po_text, translation_pairs  # noqa: E402

WORDS = [
    "the", "ministry", "park", "venture", "agreement", "startups", "research", "ecosystem",
    "market", "partnership", "support", "treatment", "companies", "government", "president",
    "director", "opened", "signed", "held", "discussed", "announced", "selected", "zone",
    "program", "laboratory", "investment", "platform",
]  # fmt: skip


def _catalog_report(
    text: str, path: str, locale: str, glossary: Glossary, rules: list[type[Rule]]
) -> tuple[FileReport, int]:
    from prlocalize.catalog.io import parse_catalog

    report = check_po_text(text, path=path, glossary=glossary, rules=rules, locale=locale)
    segments = sum(1 for _ in translation_pairs(parse_catalog(text, path=path), text))
    return report, segments


def precision_and_recall() -> None:
    glossary = load_glossaries([REPO / "glossaries"])
    rules = select_rules(target="translation")
    segments = errors = warnings = infos = 0
    sources = []
    for locale, pairs in (("ja", JA), ("ko", KO)):
        report, count = _catalog_report(
            po_text(locale, pairs, planted=False), f"{locale}.po", locale, glossary, rules
        )
        sources.append((f"official-style {locale}", report, count))
    for po in sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po")):
        text = po.read_text(encoding="utf-8")
        report, count = _catalog_report(text, str(po), po.parents[1].name, glossary, rules)
        sources.append((str(po.relative_to(REPO)), report, count))
    print("PR4xx on clean translated catalogs")
    for name, report, count in sources:
        e = sum(f.severity.label == "error" for f in report.findings)
        w = sum(f.severity.label == "warning" for f in report.findings)
        i = len(report.findings) - e - w
        segments, errors, warnings, infos = segments + count, errors + e, warnings + w, infos + i
        print(f"  {name:<45} {count:4d} segments  {e} errors  {w} warnings  {i} info")
    print(
        f"  false alarms (errors and warnings) per 100 segments: "
        f"{100 * (errors + warnings) / max(segments, 1):.2f} (goal <= 1); routine omissions "
        f"(info) per 100 segments: {100 * infos / max(segments, 1):.2f} over {segments} segments"
    )
    planted = found = 0
    for locale, pairs in (("ja", JA), ("ko", KO)):
        text = po_text(locale, pairs, planted=True)
        report = check_po_text(
            text, path=f"{locale}.po", glossary=glossary, rules=rules, locale=locale
        )
        errors_at = {f.span.start for f in report.findings if f.severity.label == "error"}
        located = {p.msgid: p.span for p in translation_pairs(_parse(text, f"{locale}.po"), text)}
        for pair in pairs:
            if pair.planted:
                planted += 1
                span = located[pair.msgid]
                found += any(span.start <= s < span.end for s in errors_at)
    print(f"recall on planted errors: {found}/{planted} (goal: all)")


def _parse(text: str, path: str) -> Catalog:
    from prlocalize.catalog.io import parse_catalog

    return parse_catalog(text, path=path)


def _sentence(rng: random.Random, i: int) -> tuple[str, str]:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
    return (
        f"On May {1 + i % 28}, 2024, {words} number {i}.",
        f"2024年5月{1 + i % 28}日、{words.replace(' ', '')}{i}番。",
    )


def throughput(entries: int, segments: int) -> None:
    from prlocalize.translate.fill import fill_catalog
    from prlocalize.translate.memory import MemoryBackend, TranslationMemory, Unit

    rng = random.Random(entries)
    pairs = [_sentence(rng, i) for i in range(entries)]
    with (
        tempfile.TemporaryDirectory() as folder,
        TranslationMemory(Path(folder) / "memory.sqlite") as memory,
    ):
        memory.add(Unit("en", "ja", s, t, "bench") for s, t in pairs)
        backend = MemoryBackend(memory)
        picks = rng.sample(range(entries), segments)
        for kind in ("exact", "fuzzy"):
            catalog = Catalog(locale="ja")
            for i in picks:
                source = pairs[i][0]
                if kind == "fuzzy":  # one word changed: a close, not an exact, match
                    words = source.split()
                    words[3] = "revised"
                    source = " ".join(words)
                catalog.add(source, "")
            if kind == "fuzzy":
                memory.fuzzy("warm up the index", "en", "ja")
            start = time.perf_counter()
            result = fill_catalog(catalog, backend, source_lang="en", locale="ja")
            elapsed = time.perf_counter() - start
            print(
                f"  {entries:>7,} entries, {kind:<5}: {segments / elapsed:8.0f} segments/s "
                f"({result.written}/{segments} written)"
            )


def main() -> None:
    segments = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    precision_and_recall()
    print(f"translate from memory ({segments} segments, PR4xx checks on every answer)")
    for entries in (10_000, 100_000):
        throughput(entries, segments)


if __name__ == "__main__":
    main()
