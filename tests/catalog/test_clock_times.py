"""PR404 on a time with its minutes ('10:15–11:00', '9:30 a.m.'): one figure, its hour
and its minutes together. '11:00' is not '11:30' (the translation's minutes were not
read when the source's were ':00'), and '9:30 a.m.' is not '午後9時30分'."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "10:15–11:00", "10:15～11:00"),
        ("ja", "10:15–11:00", "10時15分～11時"),
        ("ko", "13:00–15:30", "오후 1시~오후 3시 30분"),
        ("ja", "Doors open at 9:30 a.m.", "開場は午前9時30分です。"),
        ("ja", "It starts at 3:00 p.m.", "15時に始まります。"),
        ("en", "受付は17時30分までです。", "Entries close at 5:30 p.m."),
        ("en", "受付は9時～17時半です。", "Lines are open from 9:00 a.m. to 5:30 p.m."),
        # a release's timestamp on the hour, its minutes given apart ('11時00分')
        ("en", "2026年12月10日 11時00分", "December 10, 2026, 11:00 a.m. JST"),
        ("en", "説明会は15時00分に始まります。", "The briefing starts at 3 p.m."),
        ("ja", "설명회는 오후 3시 00분에 시작한다.", "説明会は午後3時に始まります。"),
    ],
)
def test_a_time_said_the_same(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "10:15–11:00", "10:15～11:30"),
        ("ko", "13:00–15:30", "13:00~15:00"),
        ("ja", "Doors open at 9:30 a.m.", "開場は午後9時30分です。"),
        # minutes on the hour given apart are still minutes: ':30' is another time
        ("en", "2026年12月10日 11時00分", "December 10, 2026, 11:30 a.m. JST"),
        ("ja", "説明会は15時00分に始まります。", "説明会は15時30分に始まります。"),
    ],
)
def test_a_time_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR404"]
