"""PR404 on a software version the translation gives otherwise ('Ver.2.1.0' as 'Ver.2.0.1'
or 'Ver.2.1'): the version is one designation, reported once by its whole text, where its
dotted parts were compared as the numbers '2.1' and '0'. The version kept under another
word ('バージョン2.1.0', '버전 2.1.0'), a two-part version as a plain number ('3.2版') and a
date beside it stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

UPDATE = "Ver.2.1.0 of the game will be released on April 8, 2027."


def _messages(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr)]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", UPDATE, "本作のVer.2.1.0を2027年4月8日に配信します。"),
        ("ja", UPDATE, "本作のバージョン2.1.0を2027年4月8日に配信します。"),
        ("ko", UPDATE, "버전 2.1.0을 2027년 4월 8일에 배포한다."),
        ("ja", "Version 3.2 adds a photo mode.", "3.2版ではフォトモードを追加します。"),
        (
            "en",
            "Ver.1.0.2（2027.06.12配信）で不具合を修正します。",
            "Ver.1.0.2 (released 2027.06.12) fixes the bug.",
        ),
        (
            "ko",
            "Requires iOS 16.4 or later and v2.3.1 of the app.",
            "iOS 16.4 이상, 앱 v2.3.1이 필요하다.",
        ),
    ],
)
def test_the_same_version(locale: str, msgid: str, msgstr: str) -> None:
    assert _messages(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgstr", "found"),
    [
        ("ja", "本作のVer.2.0.1を2027年4月8日に配信します。", "'Ver.2.0.1'"),
        ("ko", "Ver.2.1을 2027년 4월 8일에 배포한다.", "'Ver.2.1'"),
        ("ko", "버전 2.1.1을 2027년 4월 8일에 배포한다.", "'버전 2.1.1'"),
    ],
)
def test_another_version(locale: str, msgstr: str, found: str) -> None:
    messages = _messages(locale, UPDATE, msgstr)
    assert len(messages) == 1 and "Version 'Ver.2.1.0'" in messages[0], messages
    assert found in messages[0]
