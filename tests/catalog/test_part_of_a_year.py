"""PR404: a year given by its part ('2029年末', '2029년 초', 'early 2029', 'by the end of
2029') keeps the part in the translation; another part ('by the end of 2029' as
'2029年初めまでに') moves a deadline by most of a year while the year's figure matches."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

ROLLOUT = "The full fleet is expected to be in service by the end of 2029."
OPENING = "新工場は2028年初頭に稼働を開始する予定です。"
LAUNCH = "이 서비스는 2027년 중반 일본에 출시된다."


def _parts(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR404" and "Part of the year" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", ROLLOUT, "2029年初めまでに全台が稼働する予定です。", "2029年初め"),
        ("ko", ROLLOUT, "2029년 초까지 전체 로봇이 가동될 예정이다.", "2029년 초"),
        ("ko", ROLLOUT, "2029년 중반까지 전체 로봇이 가동될 예정이다.", "2029년 중반"),
        ("en", OPENING, "The new plant is scheduled to start operating in late 2028.", "late 2028"),
        ("ko", OPENING, "신공장은 2028년 말 가동을 시작할 예정이다.", "2028년 말"),
        ("en", LAUNCH, "The service will launch in Japan in early 2027.", "early 2027"),
        ("ja", LAUNCH, "本サービスは2027年末に日本で開始されます。", "2027年末"),
    ],
)
def test_part_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _parts(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ROLLOUT, "2029年末までに全台が稼働する予定です。"),
        ("ja", ROLLOUT, "2029年度末までに全台が稼働する予定です。"),
        ("ko", ROLLOUT, "2029년 말까지 전체 로봇이 가동될 예정이다."),
        ("ko", ROLLOUT, "2029년 말께 전체 로봇이 가동될 예정이다."),
        ("ko", ROLLOUT, "2029년까지 전체 로봇이 가동될 예정이다."),  # no part: not judged
        ("en", OPENING, "The new plant is scheduled to start operating in early 2028."),
        ("en", OPENING, "The new plant will start operating at the beginning of 2028."),
        ("ko", OPENING, "신공장은 2028년 초 가동을 시작할 예정이다."),
        ("ko", OPENING, "신공장은 2028년 초반 가동을 시작할 예정이다."),
        ("en", LAUNCH, "The service will launch in Japan in mid-2027."),
        ("ja", LAUNCH, "本サービスは2027年半ばに日本で開始されます。"),
        ("ja", LAUNCH, "本サービスは2027年中に日本で開始されます。"),  # during the year
        # a month's part of that year is the month's, not the year's
        ("en", "2027年末に発売します。", "It goes on sale at the end of December 2027."),
        ("ko", "The plant opens at the end of 2027.", "공장은 2027년 말레이시아에 문을 연다."),
    ],
)
def test_part_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _parts(locale, msgid, msgstr) == []
