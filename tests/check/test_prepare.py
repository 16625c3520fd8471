"""``check`` builds the glossary indexes the rules look up once, before its workers fork
(``Rule.prepare``), so that each worker shares them instead of building its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from prlocalize import checking
from prlocalize.config import Settings
from prlocalize.glossary import matcher
from prlocalize.rules import compounds, nearmiss
from prlocalize.rules.registry import select_rules

GLOSSARY = """en,ja,ko,kind
Chief Executive Officer,最高経営責任者,최고경영자,title
Nobuyuki Takizawa,滝沢 信行,다키자와 노부유키,person
Incheon,仁川,인천,place
next-generation,次世代,차세대,term
Sakura Mobility Co. Ltd.,さくらモビリティ株式会社,사쿠라모빌리티,org
"""

RELEASE = (
    "Sakura Mobility opens a plant\n\n"
    "Nobuyuki Takizawa, Chef Executive Officer, said the nextgeneration plant in 인천 "
    "opens in May.\n"
)


def _run(tmp_path: Path) -> checking._Run:
    glossary = tmp_path / "glossary.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    settings = Settings(root=tmp_path, glossaries=(str(glossary),))
    return checking._Run(select_rules(), settings)


def _codes(report: Any) -> set[str]:
    return {f.code for f in report.findings}


def test_rules_check_with_what_prepare_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    run = _run(tmp_path)
    run.prepare("en")

    def built_late(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("an index was built after prepare: each worker would build it")

    # what a worker would otherwise build on its first release
    monkeypatch.setattr(compounds, "_build", built_late)
    monkeypatch.setattr(nearmiss.TermNearMissIndex, "__init__", built_late)
    monkeypatch.setattr(nearmiss.NearMissIndex, "__post_init__", built_late)
    monkeypatch.setattr(matcher.TermMatcher, "_build", built_late)
    report, _fixed = checking._check_release(run, release, fix=False)
    # the misspelt title (PR102), the compound (PR304) and the Korean place (PR106)
    assert {"PR102", "PR106", "PR304"} <= _codes(report)


def test_parallel_check_prepares_before_forking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    releases = tmp_path / "releases"
    releases.mkdir()
    for i in range(4):
        (releases / f"r{i}.txt").write_text(RELEASE, encoding="utf-8")
    glossary = tmp_path / "glossary.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    settings = Settings(root=tmp_path, glossaries=(str(glossary),))
    serial = checking.check_paths([releases], settings, jobs=1, cache=False)
    prepared: list[str] = []
    original = checking._Run.prepare

    def prepare(self: checking._Run, lang: str) -> None:
        prepared.append(lang)
        original(self, lang)

    monkeypatch.setattr(checking._Run, "prepare", prepare)
    parallel = checking.check_paths([releases], settings, jobs=2, cache=False)
    assert prepared == ["en"]  # in this process, before the pool forked
    assert [(r.path, r.findings) for r in parallel.files] == [
        (r.path, r.findings) for r in serial.files
    ]
    assert all({"PR102", "PR106", "PR304"} <= _codes(r) for r in parallel.files)
