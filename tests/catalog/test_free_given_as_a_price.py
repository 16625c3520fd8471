"""PR410: a price the source says is free ('高校生以下無料', '청소년 이하 무료', 'children
free') given as a sum in a translation that says nothing is free ('high school students
¥500') was silent: no word said it was paid, and every figure of the source matched. A
translation that says free otherwise ('complimentary', '0円'), or gives no more sums than
the source, stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

FEES_JA = "観覧料：一般1,600円、大学生1,000円、高校生以下無料"
FEES_KO = "관람료: 성인 12,000원, 대학생 8,000원, 청소년 이하 무료"
FEES_EN = "Admission: Adults ¥1,800; university students ¥1,200; children free"


def _free(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR410" and "nothing free" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", FEES_JA, "Admission: Adults ¥1,600; university students ¥1,000; "
         "high school students and younger ¥500"),
        ("ja", FEES_KO, "観覧料：一般12,000ウォン、大学生8,000ウォン、青少年以下5,000ウォン"),
        ("ko", FEES_EN, "관람료: 성인 1,800엔, 대학생 1,200엔, 어린이 500엔"),
    ],
)  # fmt: skip
def test_free_given_as_a_price_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _free(locale, msgid, msgstr) != []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", FEES_JA, "Admission: Adults ¥1,600; university students ¥1,000; "
         "free for high school students and younger"),
        ("en", FEES_JA, "Admission: Adults ¥1,600; university students ¥1,000; "
         "complimentary for high school students and younger"),
        ("ja", FEES_KO, "観覧料：一般12,000ウォン、大学生8,000ウォン、青少年以下0円"),
        ("ko", FEES_EN, "관람료: 성인 1,800엔, 대학생 1,200엔"),
        ("en", "入場無料（事前予約制）", "Admission by advance reservation"),
        ("ja", "Feel free to bring a friend; tickets are $20.",
         "チケットは20ドルです。友人もどうぞ。"),
    ],
)  # fmt: skip
def test_free_kept_or_no_price_added_passes(locale: str, msgid: str, msgstr: str) -> None:
    assert _free(locale, msgid, msgstr) == []
