"""PR408 on Japanese or Korean left in a Chinese translation: Chinese shares the
source's kanji or hanja but writes no kana and no Hangul, so a run of Japanese with its
particles ('を実施します') or of Korean words is an untranslated part; Chinese alone is
not, nor a Korean name's original in brackets."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

INSPECTION = "同社は来月、全店舗で安全点検を実施します。"
NOTICE = "자세한 일정은 추후 공지할 예정이다."


def _left(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR408"]


@pytest.mark.parametrize("locale", ["zh_Hans", "zh_Hant", "zh_CN", "zh"])
def test_japanese_left_in_chinese(locale: str) -> None:
    assert _left(locale, INSPECTION, "该公司将于下月在所有门店安全点検を実施します。") != []


def test_korean_left_in_chinese() -> None:
    assert _left("zh_Hant", NOTICE, "詳細日程 추후 공지할 예정이다.") == ["추후 공지할 예정이다"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("zh_Hans", INSPECTION, "该公司将于下月在所有门店实施安全检查。"),
        ("zh_Hant", INSPECTION, "該公司將於下月在所有門市實施安全檢查。"),
        ("zh_Hant", NOTICE, "詳細日程（자세한 일정）將另行公告。"),
    ],
)
def test_a_chinese_translation(locale: str, msgid: str, msgstr: str) -> None:
    assert _left(locale, msgid, msgstr) == []
