"""PR404 on a percentage the translation writes as a bare number ('순매출의 8~12%를' as
'純売上高の8～12を', '9.4% 감소' as '9.4減少'): every figure was there, so nothing was
reported. A value the source also writes without its sign, one the translation keeps
with a percent, points or a ratio's mark, and one set before a counter stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

ROYALTY = "제품 출시 후에는 순매출의 8~12%를 경상기술료(로열티)로 받는다."
WEIGHT = "12주 투여 시 체중이 평균 9.4% 감소했다."


def _dropped(locale: str, msgid: str, msgstr: str) -> list[str]:
    """PR404's messages on a percent sign dropped (other figure checks aside)."""
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR404" and f.message.endswith("without its percent sign")
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ROYALTY, "製品発売後、純売上高の8～12をロイヤルティとして受け取ります。"),
        ("en", ROYALTY, "After launch, it will receive royalties of 8-12 of net sales."),
        ("ja", WEIGHT, "12週間の投与で体重が平均9.4減少しました。"),
        ("en", WEIGHT, "Body weight fell by an average of 9.4 after 12 weeks of dosing."),
        ("ko", "Sales rose 12% year on year.", "매출은 전년 대비 12 증가했다."),
        ("ja", "The interest rate is 1.5%.", "金利は1.5です。"),
    ],
)
def test_percent_sign_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert _dropped(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ROYALTY, "製品発売後、純売上高の8～12％をロイヤルティとして受け取ります。"),
        ("en", ROYALTY, "After launch, it will receive royalties of 8 to 12 percent of net sales."),
        ("ja", WEIGHT, "12週間の投与で体重が平均9.4%減少しました。"),
        # in points, or a ratio's terms
        ("ko", "Its share rose 5.2%.", "점유율이 5.2 포인트 올랐다."),
        ("ja", "Each company holds 50%.", "出資比率は50対50です。"),
        ("ko", "Each company holds 50%.", "출자 비율은 50:50이다."),
        # the value is another figure of the source too, or a count in the translation
        ("ja", "12% of patients were treated for 12 weeks.", "患者の12％が12週間治療を受けた。"),
        ("ja", "Sales rose 12%.", "販売台数は12万台でした。"),
        ("ko", "The rate is 12%.", "금리는 12이상이다."),
        ("ja", "About 30% of respondents agreed.", "回答者の約3割が同意した。"),
        # a negative in accounts' brackets keeps its sign after the bracket
        ("en", "営業利益率は△7.9%となった。", "The operating margin was (7.9)%."),
    ],
)
def test_percent_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _dropped(locale, msgid, msgstr) == []


def test_message_names_the_sign() -> None:
    (finding,) = translation_findings("ja", WEIGHT, "12週間の投与で体重が平均9.4減少しました。")
    assert finding.message == (
        "Percentage '9.4%' of the source written '9.4' in the translation, without its percent sign"
    )
