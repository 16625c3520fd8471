"""A sentence the translator moved into the next paragraph (or the previous one) is
still paired: it ends one pair of paragraphs on one side and starts the next on the
other, where the sentence pass, which sees one pair of paragraphs at a time, left a gap
on each side."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.align.batch import align_files

EN = (
    "<html lang='en'><body>\n"
    "<h1>Minato Logistics Opens Cold-Chain Hub in Kobe</h1>\n"
    "<p>Minato Logistics Co., Ltd. today opened a cold-chain hub at Kobe Port with 12 "
    "loading bays. The hub will serve pharmaceutical makers in western Japan.</p>\n"
    '<p>"Reliable cold storage is what our customers ask for first," said President '
    "Kenji Aramaki.</p>\n"
    "</body></html>\n"
)
JA = (
    "<html lang='ja'><body>\n"
    "<h1>ミナト物流、神戸に低温物流拠点を開設</h1>\n"
    "<p>ミナト物流株式会社は本日、12の荷役バースを備えた低温物流拠点を神戸港に開設しました。</p>\n"
    "<p>同拠点は西日本の製薬会社向けに運営します。荒巻 健二社長は「お客様がまず求めるのは"
    "信頼できる低温保管です」と述べました。</p>\n"
    "</body></html>\n"
)


def _pairs(tmp_path: Path, en: str, ja: str) -> tuple[list[tuple[str, str, float]], int]:
    (tmp_path / "hub.en.html").write_text(en, encoding="utf-8")
    (tmp_path / "hub.ja.html").write_text(ja, encoding="utf-8")
    alignment = align_files(tmp_path / "hub.en.html", tmp_path / "hub.ja.html")
    pairs = [
        (alignment.source_text(b)[:12], alignment.target_text(b)[:6], b.score)
        for b in alignment.accepted()
    ]
    return pairs, sum(1 for b in alignment.beads if not b.is_pair)


@pytest.mark.parametrize("dateline", [False, True])
def test_a_sentence_moved_into_the_next_paragraph_is_paired(tmp_path: Path, dateline: bool) -> None:
    en, ja = EN, JA
    if dateline:  # the lead is a 1-2 bead with the date's line: the moved one is a gap
        en = en.replace("<p>Minato", "<p>KOBE, March 2, 2026 — Minato")
        ja = ja.replace("<p>ミナト物流株式会社", "<p>2026年3月2日</p>\n<p>ミナト物流株式会社")
    pairs, gaps = _pairs(tmp_path, en, ja)
    moved = [p for p in pairs if p[0] == "The hub will"]
    # before: glued to the lead as a 2-1 bead, or a gap, and its translation a gap
    assert [p[1] for p in moved] == ["同拠点は西日"] and moved[0][2] > 0.5
    assert gaps == 0


def test_two_sentences_each_on_one_side_only_stay_apart(tmp_path: Path) -> None:
    # an English-only remark and a Japanese-only one where the moved sentence was
    en = EN.replace(
        "The hub will serve pharmaceutical makers in western Japan.",
        "Shipments to the United States start in 2027.",
    )
    ja = JA.replace("同拠点は西日本の製薬会社向けに運営します。", "投資額は約45億円です。")
    pairs, gaps = _pairs(tmp_path, en, ja)
    assert all(not p[1].startswith("投資額") for p in pairs)  # the amount has no match
    assert gaps == 1
