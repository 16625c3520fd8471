"""``glossary suggest``: a line every release repeats ('Contact: Yuji Kondo, General
Manager, Corporate Communications' beside '問合せ先 広報部長 近藤 裕司', the head of a
TSE disclosure) ties its title with every span of the line alike; the pairs cannot tell
which span is the title's, so none is proposed (the shortest was: 'General Manager' =
問合)."""

from __future__ import annotations

from prlocalize.glossary.suggest import SentencePair, suggest

LINE = (
    "Contact: Ryota Imai, General Manager, Corporate Communications",
    "問合せ先 広報部長 今井 亮太",
)


def test_a_title_tied_with_other_spans_is_not_proposed() -> None:
    pairs = [SentencePair("en", LINE[0], "ja", LINE[1], f"r{i}") for i in range(4)]
    found = {c.forms["en"]: c for c in suggest(pairs).candidates}
    assert "General Manager" not in found


def test_a_title_its_pairs_tell_apart_is_still_proposed() -> None:
    rows = [
        (
            "Ryota Imai was named Chief Technology Officer.",
            "今井 亮太が最高技術責任者に選任されました。",
        ),
        ("The Chief Technology Officer leads research.", "最高技術責任者は研究を統括します。"),
        (
            "Our Chief Technology Officer spoke in Kobe.",
            "当社の最高技術責任者が神戸で講演しました。",
        ),
    ]
    pairs = [SentencePair("en", en, "ja", ja, f"r{i}") for i, (en, ja) in enumerate(rows)]
    found = {c.forms["en"]: c for c in suggest(pairs).candidates}
    assert found["Chief Technology Officer"].forms["ja"] == "最高技術責任者"
