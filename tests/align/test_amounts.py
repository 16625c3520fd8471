"""Amounts written with the CJK myriads tie a pair as the English figure does:
'610 million yen' is 6億1000万円 and 6억 1000만 엔, '12,000 units' is 1万2000台 and
1만 2000대 (the figures are read as the catalog's figure reader reads them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.align import anchors
from prlocalize.align.batch import align_files

EN = (
    "Hanul Precision Reports First-Half Results\n\n"
    "Hanul Precision Co., Ltd. today announced its results for the first half of fiscal "
    "2026.\n\n"
    "Operating profit rose to 610 million yen, and orders for the new servo motor reached "
    "12,000 units.\n"
)
JA = (
    "ハヌル精密、上半期決算を発表\n\n"
    "ハヌル精密株式会社は本日、2026年度上半期の決算を発表しました。\n\n"
    "営業利益は6億1000万円に増加し、新型サーボモーターの受注は1万2000台に達しました。\n"
)
KO = (
    "하늘정밀, 상반기 실적 발표\n\n"
    "하늘정밀 주식회사는 오늘 2026 회계연도 상반기 실적을 발표했다.\n\n"
    "영업이익은 6억 1000만 엔으로 늘었고, 신형 서보모터 수주는 1만 2000대에 달했다.\n"
)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Sales reached 610 million yen.", "売上高は6億1000万円に達しました。"),
        ("Sales reached 610 million yen.", "売上高は6.1億円に達しました。"),
        ("Sales reached 610 million yen.", "매출은 6억 1000만 엔에 달했다."),
        ("The plant makes 12,000 units a year.", "同工場は年間1万2000台を生産します。"),
        ("The plant makes 12,000 units a year.", "이 공장은 연간 1만 2000대를 생산한다."),
        ("The budget is 30 million yen.", "予算は3千万円です。"),
        ("Revenue was 1.2 trillion won.", "매출은 1조 2천억 원이었다."),
    ],
)
def test_a_myriad_amount_is_its_english_figure(source: str, target: str) -> None:
    matched, values_missed, _ = anchors.agreement(anchors.extract(source), anchors.extract(target))
    assert (matched, values_missed) == (1, 0)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("産地として生産量の約2割を占めています。", "It accounts for about 20% of production."),
        ("産地として生産量の約2割を占めています。", "생산량의 약 20%를 차지한다."),
        ("成約率は2割5分でした。", "The closing rate was 25%."),
        ("3割引で販売します。", "It will be sold at 30% off."),
    ],
)
def test_a_share_in_tenths_is_its_percentage(source: str, target: str) -> None:
    # '約2割' is 20%, which a translation writes with a percent sign
    matched, values_missed, _ = anchors.agreement(anchors.extract(source), anchors.extract(target))
    assert (matched, values_missed) == (1, 0)


def test_a_share_in_tenths_is_not_another_percentage() -> None:
    source, target = "生産量の約2割を占めています。", "It accounts for about 30% of production."
    _, values_missed, _ = anchors.agreement(anchors.extract(source), anchors.extract(target))
    assert values_missed > 0


@pytest.mark.parametrize(("name", "text"), [("r.ja.txt", JA), ("r.ko.txt", KO)])
def test_the_amounts_sentence_is_accepted(tmp_path: Path, name: str, text: str) -> None:
    en = tmp_path / "r.en.txt"
    en.write_text(EN, encoding="utf-8")
    other = tmp_path / name
    other.write_text(text, encoding="utf-8")
    alignment = align_files(en, other)
    scores = {alignment.source[b.source[0]].text: b.score for b in alignment.accepted()}
    assert len(scores) == 3
    (amounts,) = (score for text, score in scores.items() if text.startswith("Operating"))
    assert amounts > 0.9  # 0.65 (ja) and 0.02 (ko) when the amounts differed
