"""PR410: a Korean word that only holds the syllable 막 ('막차' the last train, '개막' an
opening) is no negative word, so a negation a translation adds beside it is reported; the
verb 막다 (prevent, block) still answers a negation said another way."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

LAST_TRAIN = "2호선은 31일 막차를 평소보다 40분 연장해 운행한다."
OPENING = "박람회는 10일 개막해 닷새 동안 열린다."
BLOCKED = "시는 해안도로에 차량 진입을 막았다."


def _negations(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", LAST_TRAIN, "2号線は31日、最終列車を通常より40分延長して運行しません。"),
        ("en", LAST_TRAIN, "On the 31st, Line 2 will not extend its last train by 40 minutes."),
        ("ja", OPENING, "博覧会は10日に開幕せず、5日間開催されます。"),
    ],
)
def test_negation_added_beside_a_word_holding_mak(locale: str, msgid: str, msgstr: str) -> None:
    messages = _negations(locale, msgid, msgstr)
    assert len(messages) == 1 and "where the source has none" in messages[0], messages


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", LAST_TRAIN, "2号線は31日、最終列車を通常より40分延長して運行します。"),
        ("en", LAST_TRAIN, "On the 31st, Line 2 will run its last train 40 minutes later."),
        ("ja", BLOCKED, "市は海岸道路に車両が入れないようにしました。"),
        ("en", BLOCKED, "The city did not let cars onto the coastal road."),
    ],
)
def test_no_negation_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr) == []
