"""PR404 on model numbers and SKUs with a letter in any part ('HRV-7200W', 'HB-PW5-GR'):
a letter changed names another product and is reported, as a digit changed is; the
number kept as written, or without its hyphens ('HRV7200W'), is not; one left out is a
designation left out (PR409, information)."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

LAUNCH = "한울전자는 로봇청소기(모델명 HRV-7200W)를 4월 1일 출시한다."
CELL = "型番：HB-PW5-GR"


def _codes(locale: str, msgid: str, msgstr: str, code: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == code]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            LAUNCH,
            "Hanul Electronics will launch a robot vacuum (model HRV-7200W) on April 1.",
        ),
        ("en", LAUNCH, "Hanul Electronics will launch a robot vacuum (model HRV7200W) on April 1."),
        ("ja", LAUNCH, "ハンウル電子はロボット掃除機（型番HRV-7200W）を4月1日に発売する。"),
        ("ko", CELL, "모델명: HB-PW5-GR"),
        ("en", CELL, "Model number: HB-PW5-GR"),
    ],
)
def test_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr, "PR404") == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "en",
            LAUNCH,
            "Hanul Electronics will launch a robot vacuum (model HRV-7200B) on April 1.",
            "HRV-7200B",
        ),
        (
            "ja",
            LAUNCH,
            "ハンウル電子はロボット掃除機（型番HRV-7200）を4月1日に発売する。",
            "HRV-7200",
        ),
        ("ko", CELL, "모델명: HB-PW5-CR", "HB-PW5-CR"),
        ("en", CELL, "Model number: HB-PW6-GR", "HB-PW6-GR"),
    ],
)
def test_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _codes(locale, msgid, msgstr, "PR404")
    assert any(f"changed to '{found}'" in m for m in messages), messages


def test_left_out_is_information() -> None:
    msgstr = "Hanul Electronics will launch a robot vacuum on April 1."
    assert _codes("en", LAUNCH, msgstr, "PR404") == []
    assert _codes("en", LAUNCH, msgstr, "PR409")
