"""A release corrected after publication, kept twice: the version first published and
the corrected one beside it, named as offices mark a correction ('_訂正版', '【訂正】',
'.corrected', '_정정'). The corrected one pairs and goes to the memory; the other is
left out and named. A name marking the version before the correction ('訂正前') and a
correction notice of its own ('correction-notice') are no such mark."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.align.corrections import uncorrected
from prlocalize.align.pairs import search_pairs
from prlocalize.translate.memory import TranslationMemory

EN = (
    "KOBE, August 4, 2025 – Minatomo Foods will open a bakery in Sannomiya on September 1.\n\n"
    "The bakery will sell 30 kinds of bread made with flour from Hyogo Prefecture.\n"
)
JA_FIRST = (
    "神戸、2025年8月4日 – ミナトモ食品は9月1日、三宮にベーカリーを開店します。\n\n"
    "店では兵庫県産小麦を使った13種類のパンを販売します。\n"
)
JA_CORRECTED = JA_FIRST.replace("13種類", "30種類")
KO_FIRST = (
    "고베, 2025년 8월 4일 – 미나토모식품은 9월 1일 산노미야에 베이커리를 연다.\n\n"
    "매장에서는 효고현산 밀가루로 만든 빵 13종을 판매한다.\n"
)
KO_CORRECTED = KO_FIRST.replace("13종", "30종")


@pytest.mark.parametrize(
    ("first", "corrected"),
    [
        ("bakery.ja.txt", "bakery_訂正版.ja.txt"),
        ("bakery.ja.txt", "【訂正】bakery.ja.txt"),
        ("bakery.ja.txt", "bakery.ja.corrected.txt"),
        ("bakery_ja.txt", "bakery_ja_訂正.txt"),
    ],
)
def test_the_corrected_version_pairs_and_the_first_is_left_out(
    tmp_path: Path, first: str, corrected: str
) -> None:
    (tmp_path / "bakery.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / first).write_text(JA_FIRST, encoding="utf-8")
    (tmp_path / corrected).write_text(JA_CORRECTED, encoding="utf-8")
    found = search_pairs(tmp_path)
    assert [(p.source.name, p.target.name) for p in found.pairs] == [("bakery.en.txt", corrected)]
    assert found.superseded == [(tmp_path / first, tmp_path / corrected)]
    assert found.unpaired == []


def test_the_memory_learns_the_corrected_translation(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "bakery.en.txt").write_text(EN, encoding="utf-8")
    (folder / "bakery.ko.txt").write_text(KO_FIRST, encoding="utf-8")
    (folder / "bakery_정정.ko.txt").write_text(KO_CORRECTED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("align", "--pairs", "archive", "--memory", "--memory-path", "m.sqlite")
    assert result.exit_code == 0, result.output
    assert "1 file(s) left out, a corrected version" in result.output
    assert "bakery.ko.txt (by bakery_정정.ko.txt)" in result.output
    sentence = "The bakery will sell 30 kinds of bread made with flour from Hyogo Prefecture."
    with TranslationMemory("m.sqlite") as memory:
        match = memory.exact(sentence, "en", "ko")
    assert match is not None and "30종" in match.unit.target


@pytest.mark.parametrize(
    "name",
    [
        "bakery_訂正前.ja.txt",  # the version before the correction
        "correction-notice.en.txt",  # a correction notice is a release of its own
        "20250806_訂正のお知らせ.txt",
        "corrected.en.txt",  # the mark is the whole name
        "bakery.ja.txt",
    ],
)
def test_names_without_a_correction_mark(name: str) -> None:
    path = Path(name)
    base = name.rsplit(".", 1)[0]
    assert uncorrected(path, base) is None
