"""Precision and recall of the aligner on bilingual releases with a known alignment."""

from __future__ import annotations

from pathlib import Path

import pytest
from align_gold import GOLD_PAIRS, GoldPair
from align_support import Score, align_gold, gold_pair, missing_sentences, score


@pytest.mark.parametrize("pair", GOLD_PAIRS, ids=lambda p: p.name)
def test_gold_pair(pair: GoldPair, tmp_path: Path) -> None:
    alignment = align_gold(pair, tmp_path)
    assert missing_sentences(alignment, pair) == []  # the gold names real segments
    result = score(alignment, pair)
    assert result.precision >= 0.9, result
    assert result.recall >= 0.85, result


def test_all_gold_pairs_together(tmp_path: Path) -> None:
    total = Score(0, 0, 0)
    for pair in GOLD_PAIRS:
        total = total + score(align_gold(pair, tmp_path / pair.name), pair)
    assert total.gold >= 55
    assert total.precision >= 0.95
    assert total.recall >= 0.95


def test_a_dropped_paragraph_is_one_gap_not_a_cascade(tmp_path: Path) -> None:
    alignment = align_gold(gold_pair("en-ja-launch"), tmp_path)
    gaps = [alignment.source_text(b) for b in alignment.beads if not b.is_pair]
    assert gaps == [
        "Investors in the United States can find the filing at "
        "https://ir.nordlicht.example/filings.",
        "This note does not apply to readers in Japan.",
    ]
    after = [b for b in alignment.accepted() if "LogiTech" in alignment.source_text(b)]
    assert len(after) == 1 and "LogiTech" in alignment.target_text(after[0])


def test_a_truncated_translation_leaves_the_rest_unpaired(tmp_path: Path) -> None:
    alignment = align_gold(gold_pair("en-ko-grant"), tmp_path)
    tail = alignment.beads[-4:]
    assert [b.kind for b in tail] == ["1-0"] * 4
    assert alignment.source_text(tail[0]) == "Background"


def test_reordered_list_items_are_paired_by_their_content(tmp_path: Path) -> None:
    alignment = align_gold(gold_pair("en-ja-forum"), tmp_path)
    pairs = {alignment.source_text(b): alignment.target_text(b) for b in alignment.accepted()}
    assert pairs["Ruth Adebayo, Mayor of Harbor City"] == "ルース・アデバヨ（ハーバーシティ市長）"
    assert pairs["Kenji Morioka, Chief Engineer, Setouchi Tidal Power"] == (
        "森岡 健二（瀬戸内潮力発電 チーフエンジニア）"
    )


def test_a_reordered_roster_is_paired_by_the_names_readings(tmp_path: Path) -> None:
    # 石川 孝之 and 松田 恵美 swapped places in the English roster: only their
    # readings (ishikawa, takayuki) tell which English line is which
    alignment = align_gold(gold_pair("ja-en-appoint"), tmp_path)
    pairs = {alignment.source_text(b): alignment.target_text(b) for b in alignment.accepted()}
    assert pairs["石川 孝之（代表取締役会長）"] == (
        "Takayuki Ishikawa, Chairman and Representative Director"
    )


def test_merged_and_split_sentences_make_one_bead(tmp_path: Path) -> None:
    alignment = align_gold(gold_pair("ko-ja-festival"), tmp_path)
    kinds = {alignment.source_text(b): b.kind for b in alignment.accepted()}
    assert (
        kinds["올해 축제에는 15개국 180개 업체가 참가한다. 지난해보다 40곳 늘어난 규모다."] == "2-1"
    )
    assert kinds["입장권은 8,000원이며 7월 1일부터 온라인으로 판매한다."] == "1-2"
    bead = next(b for b in alignment.accepted() if b.kind == "1-2")
    # Japanese sentences are joined without a space, as Japanese text is written
    assert (
        alignment.target_text(bead) == "入場券は8,000ウォンです。7月1日からオンラインで販売します。"
    )


def test_scores_rank_true_pairs_above_forced_ones(tmp_path: Path) -> None:
    # the same release against a translation of another one: whatever is paired is
    # paired by length alone, and scores low
    pair = gold_pair("en-ja-launch")
    other = gold_pair("en-ja-forum")
    (tmp_path / "a.en.txt").write_text(pair.source, encoding="utf-8")
    (tmp_path / "b.ja.txt").write_text(
        "\n\n".join(t for _, ts in other.beads for t in ts), encoding="utf-8"
    )
    from prlocalize.align.batch import align_files

    wrong = align_files(tmp_path / "a.en.txt", tmp_path / "b.ja.txt")
    right = align_gold(pair, tmp_path / "right")
    mean = lambda a: sum(b.score for b in a.pairs()) / len(a.pairs())  # noqa: E731
    assert mean(wrong) < 0.5 < 0.9 < mean(right)
