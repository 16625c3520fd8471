"""`build`'s gate reads a pair an archive repeats (a boilerplate paragraph, a contact
line, a date said alike in many releases) once a process for the figures' checks
(PR404), where it found nothing in it by its two texts alone: the pages and the warnings
are the same bytes as with every pair read again, and a pair whose figures matched only
by the glossary's help (a name with a number in it) is read again in every catalog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from tests.publish.test_build_jobs import _build, make_archive, tree

from prlocalize.catalog.io import parse_catalog
from prlocalize.glossary.io import load_glossaries
from prlocalize.rules import translation
from prlocalize.translation_checking import CatalogGate


class _Forgetful(set):  # type: ignore[type-arg]
    """A memo that never holds a pair: every pair is read, as before it existed."""

    def add(self, item: Any) -> None:
        pass


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    original = translation.NumberMismatch._findings

    def counted(self: translation.NumberMismatch, ctx: Any) -> Iterator[Any]:
        reads.append(ctx.pair.msgid)
        return original(self, ctx)

    monkeypatch.setattr(translation.NumberMismatch, "_findings", counted)
    return reads


def test_remembering_clean_pairs_publishes_the_same_bytes_and_warnings(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = make_archive(tmp_path, 60)  # its sentences repeat across releases
    monkeypatch.setenv("PRLOCALIZE_NO_CACHE", "1")  # (no catalog's verdict remembered)
    reads = _counting_reads(monkeypatch)
    monkeypatch.setattr(translation, "_CLEAN_PAIRS", _Forgetful())
    every = _build(run_cli, archive, "every", "--jobs", "1")
    read_every = len(reads)
    reads.clear()
    remembered: set[bytes] = set()
    monkeypatch.setattr(translation, "_CLEAN_PAIRS", remembered)
    once = _build(run_cli, archive, "once", "--jobs", "1")
    assert every.exit_code == once.exit_code == 0, every.output
    assert tree(archive / "every") == tree(archive / "once")  # byte for byte
    assert every.output == once.output  # the same pairs withheld, the same lines
    assert " PR404 " in every.output  # (changed figures are withheld either way)
    assert remembered and len(reads) < read_every * 0.8


GLOSSARY = "id,kind,en,ja\nstudio9,org,Studio 9 Inc.,スタジオナイン株式会社\n"
CATALOG = """msgid ""
msgstr ""
"Language: ja\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"X-Source-Language: en\\n"

msgid "Studio 9 Inc. opened its first store today."
msgstr "スタジオナイン株式会社は本日、1号店を開業した。"

msgid "The store opened on May 9, 2026."
msgstr "店舗は2026年5月9日に開業した。"

msgid "The store employs 40 people."
msgstr "店舗の従業員は14人。"
"""


def test_a_pair_whose_figures_match_by_a_glossary_name_is_not_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    glossary = load_glossaries([tmp_path / "g.csv"])
    remembered: set[bytes] = set()
    monkeypatch.setattr(translation, "_CLEAN_PAIRS", remembered)
    reads = _counting_reads(monkeypatch)
    catalog = parse_catalog(CATALOG, path="ja.po", locale="ja")
    for _ in range(3):
        withheld = CatalogGate(glossary, None).withheld(CATALOG, catalog, path="ja.po", locale="ja")
        # the changed head count is withheld every time; the name's 9 is no figure
        assert list(withheld) == [(None, "The store employs 40 people.")]
    # the date is read once; the name (its 9 matched by the glossary) and the wrong
    # head count (a finding) in every catalog
    assert reads.count("The store opened on May 9, 2026.") == 1
    assert reads.count("Studio 9 Inc. opened its first store today.") == 3
    assert reads.count("The store employs 40 people.") == 3
    assert len(remembered) == 1
