"""PR404 on a box's sides restated in another unit, the unit written once after the last
side ('47 × 47 × 12.9 mm (1.85 × 1.85 × 0.51 in.)'): a translation that leaves the
restatement out, as Japanese and Korean ones do, or gives only it converted, says every
side; a side changed or left out is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

CASE = "The case measures 47 × 47 × 12.9 mm (1.85 × 1.85 × 0.51 in.) without the strap."
CRATE = "The crate measures 24 x 18 x 10 in. (61 x 46 x 25 cm)."
BODY = "本体サイズは約W310×D190×H220mmです。"


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", CASE, "ケースのサイズはストラップを除いて47×47×12.9mmです。"),
        ("ko", CASE, "케이스 크기는 스트랩을 빼고 47×47×12.9mm다."),
        ("ja", CRATE, "ケースのサイズは61×46×25cmです。"),
        ("ko", CRATE, "상자 크기는 61 x 46 x 25cm다."),
        ("en", BODY, "The body is approx. 12.2 x 7.5 x 8.7 in. (W x D x H)."),
    ],
)
def test_restatement_left_out(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", CASE, "ケースのサイズはストラップを除いて47×74×12.9mmです。", "74"),
        ("ko", CASE, "케이스 크기는 스트랩을 빼고 47×47mm다.", "12.9"),
        ("ja", CRATE, "ケースのサイズは61×64×25cmです。", "64"),
    ],
)
def test_side_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert any(f"'{found}'" in m for m in messages), messages
