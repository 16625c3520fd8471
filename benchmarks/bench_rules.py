"""Where ``prlocalize check`` spends its CPU time: per rule, on the held-out releases.

    python benchmarks/bench_rules.py [N_RELEASES] [ROUNDS]

Checks N (default 1,000) held-out releases (``heldout.py``: text, Markdown and HTML,
with planted defects) against the 10,000-entry glossary of only ``en,ja,ko,kind,note``
columns, in this process (one core, as one worker of ``check`` does), and prints CPU
seconds (``time.process_time``) of:

* loading the glossary and building its English matcher (done once, before workers fork);
* preparing the rules: the glossary indexes each rule builds once (``Rule.prepare``,
  also before workers fork), per rule;
* reading the releases (decoding, parsing, segmenting);
* each rule's ``check`` over all releases, and what ``check_document`` does around the
  rules (suppressions, the short forms a release defines, sorting).

Each figure is the best of ROUNDS (default 3) passes, so that other work on a shared
machine distorts it less. What a rule builds lazily on its first release shows up in
the preparation when the rule prepares it, and in the rule's own time when it does not.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import DEFAULT_DIR  # noqa: E402
from heldout import generate, write_minimal_glossary  # noqa: E402

from prlocalize import checking  # noqa: E402
from prlocalize.config import Settings  # noqa: E402
from prlocalize.rules.registry import select_rules  # noqa: E402


def _cpu(action: Callable[[], object]) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def _timed_rules(rules: tuple[Any, ...], spent: dict[str, float]) -> None:
    """Wrap every rule's ``check`` so that its CPU time adds up in ``spent``."""
    for rule in rules:
        original = rule.__dict__.get("check")
        if original is None or rule.target != "source":
            continue

        def check(self: Any, ctx: Any, _original: Any = original, _code: str = rule.code) -> Any:
            start = time.process_time()
            found = list(_original(self, ctx))
            spent[_code] = spent.get(_code, 0.0) + time.process_time() - start
            return iter(found)

        rule.check = check


def one_round(glossary_path: Path, files: list[Path]) -> dict[str, float]:
    """CPU seconds of each stage and rule in one fresh pass (every cache cleared)."""
    from prlocalize.glossary import matcher
    from prlocalize.readers import read_document

    for name, module in list(sys.modules.items()):  # a fresh process: no memo of a past round
        if name.startswith("prlocalize") and module is not None:
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
    figures: dict[str, float] = {}
    settings = Settings(root=REPO, glossaries=(str(glossary_path),))
    start = time.process_time()
    glossary = checking.load_glossary(settings)
    figures["load glossary"] = time.process_time() - start
    rules = select_rules()
    run = checking._Run(rules, settings, glossary)
    figures["build matcher (en)"] = _cpu(lambda: run.matcher("en"))
    assert isinstance(run.matcher("en"), matcher.TermMatcher)
    for rule in rules:
        prepare = getattr(rule, "prepare", None)
        if prepare is not None:
            spent = _cpu(lambda prepare=prepare: prepare(glossary, "en"))
            if spent >= 0.0005:
                figures[f"prepare {rule.code}"] = spent
    documents = []
    figures["read releases"] = _cpu(lambda: documents.extend(read_document(p) for p in files))
    spent: dict[str, float] = {}
    _timed_rules(rules, spent)
    start = time.process_time()
    for document in documents:
        checking.check_document(document, glossary, run.matcher(document.lang), rules, settings)
    total = time.process_time() - start
    figures.update({f"check {code}": seconds for code, seconds in spent.items()})
    figures["check_document besides rules"] = total - sum(spent.values())
    return figures


def main(argv: list[str]) -> None:
    import gc

    gc.set_threshold(50_000, 20, 100)  # as the command runs (prlocalize.cli.main)
    n = int(argv[0]) if argv else 1000
    rounds = int(argv[1]) if len(argv) > 1 else 3
    glossary = DEFAULT_DIR / "heldout-glossary-10000.csv"
    drawn = write_minimal_glossary(glossary, 10_000, REPO)
    corpus = DEFAULT_DIR / f"heldout-{n}"
    generate(corpus, n, drawn)
    files = sorted(corpus.glob("heldout-*"))
    rules = select_rules()
    saved = {rule: rule.__dict__["check"] for rule in rules if "check" in rule.__dict__}
    best: dict[str, float] = {}
    try:
        for _ in range(rounds):
            for key, seconds in one_round(glossary, files).items():
                best[key] = min(best.get(key, seconds), seconds)
            for rule, check in saved.items():  # unwrap for the next round
                rule.check = check
    finally:
        for rule, check in saved.items():
            rule.check = check
    print(
        f"CPU seconds on one core, best of {rounds}: {len(files)} held-out releases, "
        "10,000-entry glossary (en,ja,ko,kind,note)"
    )
    once = {k: v for k, v in best.items() if not k.startswith(("check", "read "))}
    per_release = {k: v for k, v in best.items() if k not in once}
    for title, table in (("once per run", once), ("over all releases", per_release)):
        print(f"  {title}: {sum(table.values()):.3f} s")
        for key, seconds in sorted(table.items(), key=lambda kv: -kv[1]):
            print(f"    {key:<32} {seconds:7.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
