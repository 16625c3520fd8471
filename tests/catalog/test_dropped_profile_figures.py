"""PR404 and a company's profile bracket ('（本社：東京都千代田区丸の内1-2-3、資本金：12億円）',
'(대표 김민준, 서울 강남구 테헤란로 123)'): an official translation that leaves the whole
bracket out, as official translations do, has lost no figure; one that keeps the bracket,
or a figure of it, is checked as before."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

_JA = (
    "メリディア（本社：東京都千代田区丸の内1-2-3、資本金：12億3,400万円、"
    "従業員数：1,234名）は発表した。"
)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", _JA, "Meridia announced."),
        (
            "en",
            _JA.replace("は発表した", "（以下「メリディア」）は発表した"),
            'Meridia ("Meridia") announced.',
        ),
        (
            "en",
            "한빛(대표 김민준, 서울 강남구 테헤란로 123)은 3일 신제품을 출시했다.",
            "Hanbit launched a new product on the 3rd.",
        ),
        (
            "ja",
            "Hanbit (Headquarters: 123 Teheran-ro, Seoul; CEO: Kim Min-jun) launched it.",
            "ハンビットはそれを発売した。",
        ),
    ],
)
def test_a_profile_left_out_as_a_whole(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        # kept as a bracket of its own, with its block number changed or left out
        (
            "en",
            _JA,
            "Meridia (HQ: 1-2-4 Marunouchi; capital ¥1.234 billion; 1,234 staff) announced.",
        ),
        ("en", _JA, "Meridia (HQ: Marunouchi; capital ¥1.234 billion; 1,234 staff) announced."),
        # a figure of it kept in the sentence: the others are missing
        ("en", _JA, "Meridia, with 1,234 employees, announced."),
        # a bracket that is no profile: its figures are the sentence's
        (
            "en",
            "メリディア（2026年12月3日発表、速報値：1,234台）は発表した。",
            "Meridia announced.",
        ),
    ],
)
def test_a_profile_kept_or_no_profile(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
