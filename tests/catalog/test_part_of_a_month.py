"""PR404: a month given by its part ('3月下旬', '3월 초순', 'early March', 'the end of
March') keeps the part in the translation; another part ('3月下旬' as 'early March') is
reported. The beginning and the first third are one part, the end and the last third
another; a month the translation gives without a part is not judged."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

MAILING = "75歳以上の方には、6月下旬に案内状を郵送します。"
OPENING = "신청 창구는 9월 초순에 문을 연다."
SHIPPING = "The first units will ship at the end of November."


def _parts(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR404" and "Part of the month" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "en",
            MAILING,
            "Residents aged 75 or older will be sent a letter in early June.",
            "early June",
        ),
        ("ko", MAILING, "75세 이상 주민에게는 6월 중순에 안내문을 우편으로 보낸다.", "6월 중순"),
        ("ja", OPENING, "申請窓口は9月下旬に開設します。", "9月下旬"),
        ("en", OPENING, "The application desk opens in mid-September.", "mid-September"),
        ("ja", SHIPPING, "最初の製品は11月上旬に出荷します。", "11月上旬"),
        ("ko", SHIPPING, "첫 제품은 11월 초에 출하된다.", "11월 초"),
        # Korean's other first third ('상순'): a recall's mailing moved weeks early
        ("ko", MAILING, "75세 이상 주민에게는 6월 상순에 안내문을 우편으로 보낸다.", "6월 상순"),
    ],
)
def test_part_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _parts(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", MAILING, "Residents aged 75 or older will be sent a letter in late June."),
        ("ko", MAILING, "75세 이상 주민에게는 6월 하순에 안내문을 우편으로 보낸다."),
        ("en", MAILING, "Residents aged 75 or older will be sent a letter in June."),
        ("ja", OPENING, "申請窓口は9月上旬に開設します。"),
        ("en", OPENING, "The application desk opens in early September."),
        ("ja", SHIPPING, "最初の製品は11月末に出荷します。"),
        ("ja", SHIPPING, "最初の製品は11月下旬に出荷します。"),
        ("ko", SHIPPING, "첫 제품은 11월 말에 출하된다."),
        ("ko", SHIPPING, "첫 제품은 11월 말께 출하된다."),
        ("ko", "申請窓口は9月上旬に開設します。", "신청 창구는 9월 상순에 문을 연다."),
    ],
)
def test_part_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _parts(locale, msgid, msgstr) == []
