"""PR404 on a change from one percentage to another the translation gives the other way
round ('from 42% to 50%' as '50%에서 42%로'); the same change said in the other word order
('to 50% from 42%', '42%から50%に') is no finding."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

TARGET = "It raised its 2030 reduction target from 42% to 50% compared with 2022 levels."
MARGIN = "営業利益率は前回予想の9.3％から11.4％に改善する見込みです。"


def _reversed(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "other way round" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", TARGET, "2030년 감축 목표를 2022년 대비 42%에서 50%로 상향했다."),
        ("ja", TARGET, "2030年の削減目標を2022年比42%から50%に引き上げた。"),
        ("en", MARGIN, "The operating margin is expected to improve to 11.4% from 9.3%."),
        (
            "en",
            MARGIN,
            "The operating margin is expected to improve from the 9.3% forecast to 11.4%.",
        ),
    ],
)
def test_the_same_change(locale: str, msgid: str, msgstr: str) -> None:
    assert _reversed(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", TARGET, "2030년 감축 목표를 2022년 대비 50%에서 42%로 상향했다."),
        ("en", MARGIN, "The operating margin is expected to improve from 11.4% to 9.3%."),
    ],
)
def test_the_other_way_round(locale: str, msgid: str, msgstr: str) -> None:
    assert _reversed(locale, msgid, msgstr)
