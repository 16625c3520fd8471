"""PR410 on a rate, price or forecast raised in the source and cut in the translation
('Raises Policy Rate' as '기준금리 인하', '利上げ' as 'cuts'), and on a building's floors
above ground said below it ('地上38階' as '지하 38층'); a sentence that says both sides,
an impression ('인상적인'), Inha University or 'cut costs' is no finding."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _reversals(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "said as its opposite" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ko",
            "Central Bank of Estavia Raises Policy Rate to 3.75%",
            "에스타비아 중앙은행, 기준금리 3.75%로 인하",
        ),
        (
            "en",
            "日本銀行は政策金利を0.25%引き上げた。",
            "The Bank of Japan cut its policy rate by 0.25%.",
        ),
        (
            "ja",
            "The airline lowered its fares on domestic routes.",
            "同社は国内線の運賃を値上げした。",
        ),
        (
            "ko",
            "東湊不動産、地上38階建ての複合再開発に着工",
            "히가시미나토부동산, 지하 38층 복합 재개발 착공",
        ),
        ("ja", "The tower will rise 52 floors above ground.", "タワーは地下52階建てとなる。"),
    ],
)
def test_turned_around(locale: str, msgid: str, msgstr: str) -> None:
    assert _reversals(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ko",
            "Central Bank of Estavia Raises Policy Rate to 3.75%",
            "에스타비아 중앙은행, 기준금리 3.75%로 인상",
        ),
        (
            "ko",
            "The company will cut costs at its plants.",
            "회사는 공장의 비용을 절감하고 인상적인 성과를 냈다.",
        ),
        (
            "ko",
            "Prices were raised after the talks at Inha University.",
            "인하대학교 회담 이후 가격이 인상됐다.",
        ),
        (
            "ja",
            "地上38階、地下3階の複合ビルです。",
            "A complex of 38 floors above ground and 3 below.",
        ),
        ("ko", "地上38階、地下3階の複合ビルです。", "지상 38층, 지하 3층의 복합 빌딩이다."),
        (
            "en",
            "全社で価格を引き上げ、一部の手数料を引き下げる。",
            "It will raise prices and cut some fees.",
        ),
    ],
)
def test_left_alone(locale: str, msgid: str, msgstr: str) -> None:
    assert not _reversals(locale, msgid, msgstr)


def test_an_impression_written_apart_is_no_raise() -> None:
    # '인상 깊게' ('impressively'): 인상 as an impression, with a space before 깊다
    msgstr = "항공사가 운임을 내렸다고 승객들이 인상 깊게 말했다."
    assert not _reversals("ko", "The airline cut its fares, passengers said.", msgstr)
