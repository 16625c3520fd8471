"""PR408: a Japanese or Korean honorific kept after a name in Latin letters in an English
translation of a programme line ('Kenji Ashida 氏', 'Morishita 様', 'Yuna Seo 님'), or
romanised onto it where the source gives one ('Kiyosawa-san'), is a word of the source
left untranslated, however short; a label's pair ('Name 氏名'), a name's own 'san'
('Fuji-san' for '富士山') and a Japanese or Korean translation, which write honorifics,
are not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _left(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR408"]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        (
            "10:00～10:40　基調講演　東都大学 教授　森下 玲奈 氏",
            "10:00–10:40 Keynote — Professor Morishita 氏, Toto University",
            ["氏"],
        ),
        (
            "17:20～17:30　閉会挨拶　代表取締役社長　芦田 健司",
            "17:20–17:30 Closing Remarks — Kenji Ashida 様, President and CEO",
            ["様"],
        ),
        ("좌장: 서윤아 님 (테크라이터)", "Moderator: Yuna Seo 님 (tech writer)", ["님"]),
        ("講師：ハン・ジウ先生", "Lecturer: Jiwoo Han先生", ["先生"]),
        (
            "パネリスト：清沢 陽翔 氏（東都大学 准教授）",
            "Panelist: Haruto Kiyosawa-san (Associate Professor, Toto University)",
            ["-san"],
        ),
        ("좌장: 서윤아 님", "Moderator: Yun-ah Seo-nim", ["-nim"]),
        # after a Korean given name's own hyphen
        (
            "정태민 총장님은 양교 간 과정을 논의한다.",
            "President Jung Tae-min-nim will discuss it.",
            ["-nim"],
        ),
        ("참석자: 윤하나 님", "Attendee: Yoon Ha-na-nim", ["-nim"]),
    ],
)
def test_an_honorific_left_after_a_latin_name(msgid: str, msgstr: str, found: list[str]) -> None:
    locale = "en"
    assert _left(locale, msgid, msgstr) == found


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "10:00～10:40　基調講演　森下 玲奈 氏", "10:00–10:40 Keynote — Reina Morishita"),
        ("en", "氏名：芦田 健司", "Name 氏名: Kenji Ashida"),
        ("ja", "Moderator: Yuna Seo", "モデレーター：Yuna Seo 氏"),
        ("ko", "Speaker: Jiwoo Han", "연사: Jiwoo Han 님"),
        # a romanised honorific where the source gives none: a name's own ('Fuji-san')
        ("en", "見学会は富士山の麓で開きます。", "The tour is held at the foot of Fuji-san."),
        # a Korean given name's hyphen, the honorific dropped as English does
        ("en", "정태민 총장님은 참석한다.", "President Jung Tae-min will attend."),
        ("en", "윤하나 님과 한선 님이 참석했다.", "Yoon Ha-na and Han Seon attended."),
    ],
)
def test_no_honorific_left(locale: str, msgid: str, msgstr: str) -> None:
    assert _left(locale, msgid, msgstr) == []


def test_a_by_name_quoted_is_no_honorific_left() -> None:
    msgid = "金刀比羅宮は「こんぴらさん」として親しまれています。"
    msgstr = 'Kotohira-gu is known to pilgrims as "Konpira-san".'
    assert _left("en", msgid, msgstr) == []
