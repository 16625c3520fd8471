"""PR410 on a possibility of the source ('漏えいした可能性があります', '유출 가능성',
'may have been accessed', 'suspected') stated as a fact in a translation with no word of
possibility, risk, suspicion or estimate at all ('was leaked'). The source's hedge is read
narrowly: new possibilities ('新たな可能性'), 'as soon as possible' are no hedge."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings

LEAK = "会員情報が外部に漏えいした可能性があります。"
ACCESSED = "Order histories may have been accessed by a third party."
HACK = "고객 정보가 유출됐을 가능성이 있다."
DEPLOY = "The driver-side airbag may not deploy in a crash."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LEAK, "Member information may have been leaked to outside parties."),
        ("en", LEAK, "There is a possibility that member information was leaked."),
        ("ko", LEAK, "회원 정보가 외부로 유출됐을 가능성이 있습니다."),
        ("ko", LEAK, "회원 정보가 외부로 유출됐을 수 있습니다."),
        ("ja", ACCESSED, "注文履歴が第三者に閲覧された可能性があります。"),
        ("ja", HACK, "顧客情報が流出したおそれがある。"),
        ("en", HACK, "Customer information is believed to have been leaked."),
        ("en", "発熱するおそれがあります。", "There is a risk of overheating."),
        ("en", "攻撃の可能性も否定できません。", "An attack cannot be ruled out."),
        # no hedge in the source: new possibilities, 'as soon as possible'
        ("en", "AIの新たな可能性を切り拓きます。", "We will open new horizons for AI."),
        ("ja", "We will reply as soon as possible.", "できる限り速やかに回答します。"),
        ("en", "새로운 성장 가능성을 확인했다.", "It confirmed new growth opportunities."),
        # a recall's defect, what a part may do, said with any word of possibility
        ("ja", DEPLOY, "衝突時に運転席側エアバッグが展開しないおそれがあります。"),
        ("ko", DEPLOY, "충돌 시 운전석 에어백이 전개되지 않을 수 있다."),
        (
            "ja",
            "The inflator may rupture when the airbag deploys.",
            "展開時にインフレータが破損する可能性があります。",
        ),
        # 'there are cases where it does not display' is a possibility too
        (
            "ja",
            "The rear-view camera image may not display when the vehicle is in reverse.",
            "後退時にリアビューカメラの映像が表示されない場合があります。",
        ),
        (
            "ko",
            "The display may not illuminate at night.",
            "야간에 화면이 켜지지 않는 경우가 있습니다.",
        ),
        # permission is no possibility
        (
            "ja",
            "Owners may return the vehicle to any dealer.",
            "所有者は任意の販売店に車両を持ち込めます。",
        ),
    ],
)
def test_the_possibility_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LEAK, "Member information was leaked to outside parties."),
        ("ko", LEAK, "회원 정보가 외부로 유출됐습니다."),
        ("ja", ACCESSED, "注文履歴が第三者に閲覧されました。"),
        ("ja", HACK, "顧客情報が流出した。"),
        ("en", "感染が疑われる端末2台を隔離しました。", "Two infected devices were isolated."),
        ("ko", "The suspected intrusion was detected on June 3.", "침입은 6월 3일 탐지됐다."),
        # a recall's defect stated as a fact: the airbag 'will not deploy'
        ("ja", DEPLOY, "衝突時に運転席側エアバッグが展開しません。"),
        ("ko", DEPLOY, "충돌 시 운전석 에어백이 전개되지 않는다."),
        ("ko", "A short circuit may increase the risk of a fire.", "단락은 화재를 일으킨다."),
    ],
)
def test_a_possibility_stated_as_a_fact_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR410"]


RUPTURE_JA = "長期間の使用により劣化が進行し、エアバッグ展開時に容器が破損するおそれがあります。"


def _certain(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR410" and "stated as certain" in f.message]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        (
            RUPTURE_JA,
            "The propellant may degrade over time, and the housing will rupture when the "
            "airbag deploys.",
            "will rupture",
        ),
        (
            "연료 호스에 균열이 생겨 연료가 샐 가능성이 있다.",
            "The fuel hose may crack, and fuel will leak.",
            "will leak",
        ),
    ],
)
def test_a_failure_stated_certain_beside_a_may(msgid: str, msgstr: str, found: str) -> None:
    assert _certain("en", msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            RUPTURE_JA,
            "The propellant may degrade over time, and the housing may rupture when the "
            "airbag deploys.",
        ),
        # a certain outcome of the remedy, or of a condition, is no failure hedged
        (
            "エンジンが停止するおそれがあります。修理後は警告灯が消灯します。",
            "The engine may stall. After the repair, the warning lamp will go out.",
        ),
        (
            "부품이 파손될 우려가 있어 판매점에서 교환한다.",
            "The part may break, so dealers will replace it.",
        ),
    ],
)
def test_the_hedge_kept_is_silent(msgid: str, msgstr: str) -> None:
    assert _certain("en", msgid, msgstr) == []
