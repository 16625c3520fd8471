# ruff: noqa: E501  (release paragraphs are one line each, as in the files)
"""The note an official translation gives on itself ('本資料は、…に発表したプレスリリース
の抄訳です', '본 자료는 … 보도자료의 요약 번역본입니다', 'This is an English translation
of a release issued in Japanese on …', '… the Japanese original prevails') translates
nothing in the other version. It carries the release's date, and was paired with the
dateline, whose true translation was left unpaired: the memory learnt the note as the
dateline's translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.align.batch import align_files

EN = """Brightmoor Labs Opens a Research Center in Austin

AUSTIN, Texas, June 9, 2026 — Brightmoor Labs, Inc. today opened a battery research center in Austin, Texas.

The center has 140 researchers and a pilot line that makes 2,000 cells a week.

Brightmoor plans to invest $85 million in the center by 2029.
"""
JA = """ブライトムーア・ラボ、米オースティンに研究センターを開設

※本資料は、米国時間2026年6月9日に発表したプレスリリースの抄訳です。

米ブライトムーア・ラボは、米テキサス州オースティンに電池の研究センターを開設しました。

同センターには研究者140人が在籍し、週2,000セルを生産する試作ラインを備えます。

ブライトムーア・ラボは、2029年までに同センターに8,500万ドルを投資する計画です。
"""
KO = """브라이트무어 랩스, 미국 오스틴에 연구센터 개설

※ 본 자료는 미국 현지 시간 2026년 6월 9일 발표된 보도자료의 요약 번역본입니다. 영문 원문과 차이가 있을 경우 영문이 우선합니다.

브라이트무어 랩스는 미국 텍사스주 오스틴에 배터리 연구센터를 열었다.

센터에는 연구원 140명이 근무하며, 주당 2,000셀을 생산하는 시험 라인을 갖췄다.

브라이트무어 랩스는 2029년까지 센터에 8,500만 달러를 투자할 계획이다.
"""
JA_SOURCE = """東雲製薬、大阪に新研究所を開設

東雲製薬株式会社は2026年6月9日、大阪市に新研究所を開設しました。

新研究所には研究者約300人が在籍します。
"""
EN_FROM_JA = """Shinonome Pharmaceutical Opens a New Laboratory in Osaka

This is an English translation of a release issued in Japanese on June 9, 2026. In the event of any discrepancy, the Japanese original prevails.

Shinonome Pharmaceutical Co., Ltd. opened a new laboratory in Osaka on June 9, 2026.

About 300 researchers work at the new laboratory.
"""


def _pairs(tmp_path: Path, source: tuple[str, str], target: tuple[str, str]) -> list[str]:
    paths = []
    for name, text in (source, target):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    alignment = align_files(paths[0], paths[1])
    return [
        alignment.source_text(b) + " ↔ " + alignment.target_text(b)
        for b in alignment.pairs()
        if b.score >= alignment.min_score
    ]


@pytest.mark.parametrize(
    ("source", "target", "note", "dateline"),
    [
        (("lab.en.txt", EN), ("lab.ja.txt", JA), "抄訳", "AUSTIN"),
        (("lab.en.txt", EN), ("lab.ko.txt", KO), "번역본", "AUSTIN"),
        (("lab.ja.txt", JA_SOURCE), ("lab.en.txt", EN_FROM_JA), "translation of", "東雲製薬"),
    ],
    ids=["en-ja", "en-ko", "ja-en"],
)
def test_translation_note_is_not_aligned(
    tmp_path: Path, source: tuple[str, str], target: tuple[str, str], note: str, dateline: str
) -> None:
    pairs = _pairs(tmp_path, source, target)
    assert not any(note in pair for pair in pairs), pairs
    # the dateline pairs with its translation (which may leave out its date and place,
    # and then scores too low to be kept), never with the note
    assert all(
        " opened " in pair or "開設" in pair or "열었다" in pair
        for pair in pairs
        if dateline in pair.split(" ↔ ")[0].split(",")[0] and "Opens" not in pair
    )
    assert len(pairs) >= 3


@pytest.mark.parametrize(
    "sentence",
    [
        "※本資料は、米国時間2026年3月4日に発表したプレスリリースの抄訳です。",
        "本リリースは、2026年5月12日に米国で発表された報道資料の日本語訳です。",
        "本資料の正式言語は英語であり、その内容および解釈については英語が優先します。",
        "※ 본 자료는 미국 현지 시간 2026년 3월 2일 발표된 보도자료의 요약 번역본입니다.",
        "이 보도자료는 미국 본사가 발표한 자료를 번역한 것입니다.",
        "원문과 번역본 사이에 차이가 있을 경우 원문이 우선합니다.",
        "This is an English translation of a release issued in Korean on May 14, 2026.",
        "This document has been translated from the Japanese original for reference only.",
        "In the event of any discrepancy, the Korean original prevails.",
    ],
)
def test_translation_notes_are_read(sentence: str) -> None:
    from prlocalize.align.translation_notes import translation_note

    assert translation_note(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "This is an AI translation service that handles 40 languages.",
        "The translation engine supports 40 languages.",
        "本資料は、当社の2026年度の事業計画をまとめたものです。",
        "本製品は、会議の翻訳と要約を自動で行います。",
        "이 서비스는 회의 내용을 번역하고 요약한다.",
        "英語版のウェブサイトもご覧ください。",
        "This release is available in English and Japanese.",
    ],
)
def test_sentences_about_translation_are_no_notes(sentence: str) -> None:
    from prlocalize.align.translation_notes import translation_note

    assert not translation_note(sentence)
