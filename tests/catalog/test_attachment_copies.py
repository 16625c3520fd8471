"""PR404 on an attachment line's count of copies: a Korean ministry closes each attachment
with it ('붙임 1. 사업 개요 1부.', '「청년주거안정 특별법」 주요 내용 1부.'), and translations
leave it out ('Attachment 1. Program overview'). A copy count inside the sentence, and
any other figure of the line, are still compared."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

LINE = "붙임 1. 2027년 청년 주거 사업 세부 내용 1부."


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("en", "Attachment 1. Details of the 2027 youth housing program."),
        ("en", "Attachment 1. Details of the 2027 youth housing program (1 copy)."),
        ("ja", "添付1. 2027年度青年住居事業の詳細"),
    ],
)
def test_the_copies_left_out(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, LINE, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (LINE, "Attachment 1. Details of the 2026 youth housing program."),
        (LINE, "Attachment 2. Details of the 2027 youth housing program."),
        ("자료집 2부를 현장에서 배포했다.", "A copy of the booklet was handed out on site."),
    ],
)
def test_other_figures_still_compared(msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes("en", msgid, msgstr, with_info=False)
