"""PR404: a hotel's check-in and check-out times given to each other in the translation
('check-in from 3:00 p.m., check-out until noon' as 'チェックイン正午、チェックアウト午後3時'):
every time is still there, so the figures matched. A time is paired with the label before
it (or before its colon, as a fact sheet sets them out); the 24-hour clock without its
half of the day ('15時', '11시') is a time too. Every pair kept, in another order or form,
stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

NOON = "Check-in from 3:00 p.m., check-out until 12:00 noon."
AND = "Check-in is at 3 p.m. and check-out at 11 a.m."
SHEET = "Check-in: 3:00 p.m. / Check-out: 11:00 a.m."
DESK = "The 24-hour check-in desk opens at 6 a.m."


def _swapped(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "given to each other" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", NOON, "チェックイン午後3時、チェックアウト正午。"),
        ("ko", NOON, "체크인 오후 3시부터, 체크아웃 정오까지."),
        ("ja", AND, "チェックインは15時、チェックアウトは11時です。"),
        ("ko", AND, "체크아웃은 오전 11시, 체크인은 오후 3시다."),
        ("ko", AND, "체크인은 15시, 체크아웃은 11시다."),
        ("ja", SHEET, "チェックイン：15:00／チェックアウト：11:00"),
        ("ko", SHEET, "체크인: 오후 3시 / 체크아웃: 오전 11시"),
        ("en", "チェックイン：15時、チェックアウト：11時", "Check-in: 3 p.m.; check-out: 11 a.m."),
        # a desk open around the clock is no time of check-in
        ("ko", DESK, "24시간 체크인 데스크는 오전 6시에 연다."),
    ],
)
def test_check_in_out_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", NOON, "チェックイン正午、チェックアウト午後3時。"),
        ("ko", NOON, "체크인 정오부터, 체크아웃 오후 3시까지."),
        ("ja", AND, "チェックインは11時、チェックアウトは15時です。"),
        ("ko", AND, "체크인은 오전 11시, 체크아웃은 오후 3시다."),
        ("ja", SHEET, "チェックイン：11:00／チェックアウト：15:00"),
        ("ko", SHEET, "체크인: 오전 11시 / 체크아웃: 오후 3시"),
        ("en", "チェックイン：15時、チェックアウト：11時", "Check-in: 11 a.m.; check-out: 3 p.m."),
    ],
)
def test_check_in_out_swapped(locale: str, msgid: str, msgstr: str) -> None:
    assert _swapped(locale, msgid, msgstr) != []
