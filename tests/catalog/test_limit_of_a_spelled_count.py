"""PR410: a limit on a small count ('2か月以上', '최대 5명', '3年以上') that an English
translation spells out ('two months', 'five', 'three years') must keep its limit word
there too ('at least two months', 'up to five', 'three years or more')."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

INTERVAL = "2回目の接種は、1回目から2か月以上あけてください。"
GROUPS = "한 번에 최대 4명까지 신청할 수 있다."


def _limits(msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings("en", msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        (INTERVAL, "Give the second dose two months after the first.", "2か月以上"),
        (GROUPS, "Four people can apply at a time.", "최대 4"),
    ],
)
def test_limit_dropped_from_a_spelled_count(msgid: str, msgstr: str, found: str) -> None:
    assert _limits(msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (INTERVAL, "Give the second dose at least two months after the first."),
        (INTERVAL, "Give the second dose two or more months after the first."),
        (INTERVAL, "Allow two months or more between the first and second doses."),
        (GROUPS, "Up to four people can apply at a time."),
        (GROUPS, "As many as four people can apply at a time."),
        ("답변은 최대 3일 이내에 드립니다.", "We reply within three days."),
    ],
)
def test_limit_kept(msgid: str, msgstr: str) -> None:
    assert _limits(msgid, msgstr) == []
