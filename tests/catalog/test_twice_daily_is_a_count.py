"""PR404: 'twice daily', 'twice a week' is a count of doses or visits, which '1日2回',
'週2回', '1일 2회' and '하루 두 번' give; a translation that gives another count ('1일 1회',
'週1回') is reported. 'Twice' as a multiplier ('twice the level', '2倍') is read as
before."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

DAILY = "The tablet is taken twice daily with meals."
WEEKLY = "Participants visit the clinic twice a week for eight weeks."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", DAILY, "이 정제는 식사와 함께 1일 1회 복용한다."),
        ("ja", DAILY, "本錠剤は食事とともに1日1回服用します。"),
        ("ja", WEEKLY, "参加者は8週間、週1回通院します。"),
    ],
)
def test_count_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", DAILY, "이 정제는 식사와 함께 1일 2회 복용한다."),
        ("ko", DAILY, "이 정제는 식사와 함께 하루 두 번 복용한다."),
        ("ja", DAILY, "本錠剤は食事とともに1日2回服用します。"),
        ("ja", WEEKLY, "参加者は8週間、週2回通院します。"),
        ("ja", "Revenue was twice that of the previous year.", "売上高は前年の2倍でした。"),
    ],
)
def test_count_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)
