"""PR410 on a negation of a verb of the i-row ('できない', '信じない', '足りない'): added in a
Japanese translation ('購入できる' said as '購入できない') or dropped from one; an idiom that
says something positive ('欠かすことのできない', '惜しみない') is no negation."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

BUY = "항공권은 홈페이지와 모바일 앱에서 구매할 수 있다."


def _negations(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR410"]


def test_negation_added() -> None:
    assert _negations("ja", BUY, "航空券はホームページおよびモバイルアプリで購入できない。")


def test_negation_dropped() -> None:
    msgid = "この機能は旧機種では利用できない。"
    assert _negations("en", msgid, "This feature can be used on older models.")


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", BUY, "航空券はホームページおよびモバイルアプリで購入できる。"),
        (
            "en",
            "同社は業界に欠かすことのできない存在です。",
            "The company is essential to the industry.",
        ),
        ("en", "惜しみない支援に感謝します。", "We thank them for their generous support."),
        ("en", "予測できない事態に備えます。", "We will prepare for unforeseen events."),
    ],
)
def test_no_negation_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("この技術は他の方法では代替できない。", "This technology is irreplaceable."),
        ("旧型機では利用できない。", "It is incompatible with older models."),
        ("現時点では予測できない。", "This is impossible to predict at present."),
    ],
)
def test_negation_said_by_a_prefix(msgid: str, msgstr: str) -> None:
    # (ir-, in-, im-: 'irreplaceable', 'incompatible', 'impossible' say the negation)
    assert _negations("en", msgid, msgstr) == []
