"""PR404 on a multiplier given as a percentage it is not, or the other way round: '1.5배'
as '1.5%', '3倍' as 'rose 3%', '30% longer' as '30 times longer', '2倍' as 'rose 200%'
(three times). The multiplier's digits are its figure too, so the figure check found them
in the percentage, and a multiplier said another way is not reported. The consistent
conversions ('1.5倍' as '50% higher' or '150% of', '100%増' as 'doubled'), a multiplier
kept, and a percentage the other side says too stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

JA = "新しい電極は、従来の電極と比べ1.5倍の電流密度を実現しました。"
KO = "새 전지의 수명은 기존 소자보다 1.5배 늘었다."
EN = "The catalyst produced hydrogen 1.5 times faster than platinum catalysts."


def _confusions(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "given as the" in f.message and "ultipl" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "en",
            JA,
            "The new electrode achieved a current density 1.5% higher than before.",
            "'1.5%'",
        ),
        (
            "en",
            JA,
            "The new electrode achieved a current density 150% higher than before.",
            "'150%'",
        ),
        (
            "en",
            KO,
            "The new cell's lifetime is 1.5% longer than that of existing devices.",
            "'1.5%'",
        ),
        ("ko", EN, "이 촉매는 백금 촉매보다 1.5% 빠르게 수소를 생산했다.", "'1.5%'"),
        ("ja", EN, "この触媒は白金触媒より1.5%速く水素を生成しました。", "'1.5%'"),
        ("en", "売上高は前年の2倍になりました。", "Sales rose 200% from a year earlier.", "'200%'"),
        ("ja", "Output rose 2.5-fold.", "生産量は2.5%増加しました。", "'2.5%'"),
        # a percentage given as a multiplier
        ("en", "수명이 30% 늘었다.", "Its lifetime is 30 times longer.", "'30 times'"),
        ("en", "効率は1.5%向上しました。", "Efficiency improved 1.5 times.", "'1.5 times'"),
        ("ko", "Sales tripled from a year earlier.", "매출은 전년보다 300% 증가했다.", "'300%'"),
    ],
)
def test_multiplier_given_as_another_percentage(
    locale: str, msgid: str, msgstr: str, found: str
) -> None:
    messages = _confusions(locale, msgid, msgstr)
    assert len(messages) == 1 and found in messages[0], messages


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            JA,
            "The new electrode achieved a current density 1.5 times that of conventional ones.",
        ),
        # the same growth said the other way: N times is (N - 1) x 100% more, or N x 100% of
        (
            "en",
            JA,
            "The new electrode achieved a current density 50% higher than conventional ones.",
        ),
        ("en", JA, "The new electrode achieved 150% of the current density of conventional ones."),
        ("en", "売上高は前年の2倍になりました。", "Sales doubled from a year earlier."),
        ("en", "売上高は前年の2倍になりました。", "Sales rose 100% from a year earlier."),
        ("en", "売上高は前年比200%となりました。", "Sales were twice those of a year earlier."),
        ("ko", EN, "이 촉매는 백금 촉매보다 1.5배 빠르게 수소를 생산했다."),
        ("ko", EN, "이 촉매는 백금 촉매보다 50% 빠르게 수소를 생산했다."),
        ("ja", "Sales tripled from a year earlier.", "売上高は前年比200%増となりました。"),
        # a count, not a multiplier; and a percentage the source says too
        (
            "ja",
            "It meets 3 times a year, and sales rose 3%.",
            "年3回開催し、売上高は3%増加しました。",
        ),
        (
            "en",
            "売上高は2倍、営業利益率は2%となりました。",
            "Sales doubled, and the operating margin was 2%.",
        ),
        ("en", "電極のコストは50%低くなりました。", "The electrodes cost 50% less to make."),
    ],
)
def test_multiplier_kept_or_converted(locale: str, msgid: str, msgstr: str) -> None:
    assert _confusions(locale, msgid, msgstr) == []
