"""PR404: a number dialled only in its country (Japan's free dial '0120-…', '0800-…' and
navi dial '0570-…'; Korea's '080-…' and nationwide '1588-…') written in the international
form in the translation ('+81-120-…', '+82-80-…'): no caller abroad can reach it. The
domestic form kept ('0120-604-118 (toll-free within Japan)'), and an ordinary number in
the international form ('+81-3-…'), are right."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

FREE_JA = "回収受付センター：0120-604-118（受付時間：10:00～17:00）"
NAVI_JA = "お問い合わせ：0570-012-345"
FREE_KO = "문의: 고객센터 080-771-2040"
NATIONWIDE_KO = "문의: 고객센터 1588-0417"
OFFICE_JA = "本社代表：03-5555-0199"


def _abroad(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.found
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR404" and "international form" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", FREE_JA, "Recall center: +81-120-604-118 (10:00 to 17:00)"),
        ("en", FREE_JA, "Recall center: +81 (0)120 604 118 (10:00 to 17:00)"),
        ("en", NAVI_JA, "Inquiries: +81-570-012-345"),
        ("en", FREE_KO, "Inquiries: Customer Center, +82-80-771-2040"),
        ("ja", NATIONWIDE_KO, "お問い合わせ：お客様センター +82-1588-0417"),
    ],
)
def test_domestic_number_made_international_is_reported(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert _abroad(locale, msgid, msgstr) != []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", FREE_JA, "Recall center: 0120-604-118 (toll-free within Japan; 10:00 to 17:00)"),
        ("en", FREE_KO, "Inquiries: Customer Center, 080-771-2040 (toll-free in Korea)"),
        ("en", OFFICE_JA, "Head office: +81-3-5555-0199"),
        ("ja", "From abroad, call +81-120-604-118.", "海外からは+81-120-604-118へ。"),
    ],
)
def test_domestic_form_kept_passes(locale: str, msgid: str, msgstr: str) -> None:
    assert _abroad(locale, msgid, msgstr) == []
