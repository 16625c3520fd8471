"""update's fuzzy matching of changed msgids does not grow with the square of their number
(issue #15, item 22): a release revised after translation, ten times as long, has ten
times the edited sentences, and each was compared with every old sentence that changed.

Counted, not timed: the texts handed to rapidfuzz for comparison. A scan makes their
number the product of the changed msgids and the old texts (16 times as many for a
catalog 4 times as large); the index compares each edited sentence with the few old
ones that can score as high as its old self.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from rapidfuzz import process

from prlocalize.catalog.update import merge_catalog


def _catalogs(size: int) -> tuple[Catalog, Catalog]:
    """An old catalog of ``size`` translated sentences of invented words, and a template
    that keeps them with every tenth edited (a word replaced, added or left out)."""
    rnd = random.Random(size)
    letters = "abcdefghijklmnoprstuvwy"
    words = ["".join(rnd.choices(letters, k=rnd.randint(2, 9))) for _ in range(6000)]
    old, template = Catalog(locale="ja"), Catalog()
    for i in range(size):
        sentence = " ".join(rnd.choices(words, k=rnd.randint(10, 22))).capitalize() + "."
        old.add(sentence, f"訳{i}")
        if i % 10 == 5:
            kept = sentence.split(" ")
            at = rnd.randrange(len(kept))
            if i % 3 == 0:
                kept[at] = rnd.choice(words)
            elif i % 3 == 1:
                kept.insert(at, rnd.choice(words))
            else:
                del kept[at]
            sentence = " ".join(kept)
        template.add(sentence)
    return old, template


def _compared(old: Catalog, template: Catalog, monkeypatch: pytest.MonkeyPatch) -> int:
    count = 0

    def counting(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(query: str, choices: Sequence[str], **options: Any) -> Any:
            nonlocal count
            count += len(choices)
            return real(query, choices, **options)

        return call

    with monkeypatch.context() as patch:
        patch.setattr(process, "extractOne", counting(process.extractOne))
        patch.setattr(process, "extract", counting(process.extract))
        _catalog, counts = merge_catalog(old, template, "ja")
    assert counts.fuzzy == len(template) // 10  # every edited sentence found its old self
    return count


def test_fuzzy_matching_compares_in_proportion_to_the_catalog(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small, large = 1_500, 6_000
    compared = [_compared(*_catalogs(size), monkeypatch) for size in (small, large)]
    scan = (large // 10) ** 2  # each changed msgid with each old text that changed
    said = f"compared {compared[0]} texts for {small} msgids, {compared[1]} for {large}"
    assert compared[1] < 8 * compared[0], said  # a scan's grows 16 times
    assert compared[1] < scan // 20, said
