"""PR404/PR409: dates written day first without a year, as British English writes them
('on Wednesday 3 December', '3 December (Wednesday)', '2–4 June', '30 June to 2 July'),
are dates: a translation that writes '12월 3일(수)' or '6月2日～4日' so is correct, where the
day and the month were read as a lone number and a month, and the date 'left out' (a
range's days were two numbers 'missing'). A day or a month changed is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

KO_EVENT = "설명회는 12월 3일(수) 오후 2시 서울 본사에서 열린다."
JA_FAIR = "展示会の会期は6月2日～4日です。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            KO_EVENT,
            "The briefing is at the Seoul head office at 2 p.m. on 3 December (Wednesday).",
        ),
        (
            "en",
            KO_EVENT,
            "The briefing will be held at 2 p.m. on Wednesday 3 December at the Seoul head office.",
        ),
        (
            "en",
            KO_EVENT,
            "The briefing takes place on Wednesday, 3rd December, at 2 p.m. in Seoul.",
        ),
        ("en", JA_FAIR, "The exhibition runs 2–4 June."),
        ("en", JA_FAIR, "The exhibition runs from 2 to 4 June."),
        ("ja", "The exhibition runs 2–4 June 2027.", "展示会の会期は2027年6月2日～4日です。"),
        (
            "ko",
            "The exhibition runs 30 June to 2 July.",
            "전시회는 6월 30일부터 7월 2일까지 열린다.",
        ),
        ("ja", "Applications close on 15 May.", "申し込みは5月15日に締め切ります。"),
    ],
)
def test_day_first_date_read(locale: str, msgid: str, msgstr: str) -> None:
    codes = translation_codes(locale, msgid, msgstr)
    assert "PR404" not in codes
    assert "PR409" not in codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KO_EVENT, "The briefing will be held at 2 p.m. on Wednesday 4 December in Seoul."),
        ("en", KO_EVENT, "The briefing will be held at 2 p.m. on 3 November (Wednesday) in Seoul."),
        ("ja", "The exhibition runs 2–4 June.", "展示会の会期は6月2日～5日です。"),
        (
            "ko",
            "The exhibition runs 30 June to 2 July.",
            "전시회는 6월 30일부터 7월 3일까지 열린다.",
        ),
    ],
)
def test_day_first_date_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        # 'May' the verb is no month; a count before a month name is no day
        ("ja", "Up to 5 may apply, says the board.", "取締役会によると、最大5名が応募できます。"),
        (
            "ja",
            "Sales rose 12 percent in the 3 months to June.",
            "6月までの3か月間で売上高は12％増加した。",
        ),
    ],
)
def test_no_date_read(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr)
