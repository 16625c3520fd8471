"""PR404 on a count of days Korean says in native words ('2日間' as '이틀간', '3日間' as
'사흘 동안'): the source's number is said, not missing; another count is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

TWO_DAYS = "3月14日・15日の2日間開催します。"


def _numbers(msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings("ko", msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (TWO_DAYS, "3월 14일과 15일 이틀간 열린다."),
        ("展示会は3日間の会期で行われます。", "전시회는 사흘 동안 열린다."),
    ],
)
def test_days_in_words(msgid: str, msgstr: str) -> None:
    assert _numbers(msgid, msgstr) == []


def test_another_count() -> None:
    assert _numbers(TWO_DAYS, "3월 14일과 15일 사흘간 열린다.")
