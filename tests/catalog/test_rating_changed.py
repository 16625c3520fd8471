"""PR404 on a credit rating the translation gives at another notch ('AA-' as 'AA' or 'A+');
the same rating written in full width ('ＡＡ－') or a sentence with no rating word ('Class
A shares') is no finding."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

BONDS = "이번 회사채의 신용등급은 AA-(안정적)이다."


def _ratings(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.message.startswith("Rating")]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", BONDS, "The bonds are rated AA- (stable)."),
        ("ja", BONDS, "今回の社債の信用格付けはＡＡ－（安定的）。"),
        ("ja", "Moody's rated the notes Baa1.", "ムーディーズは同債をBaa1と格付けした。"),
        ("ja", "Holders of Class A shares will vote.", "A種株式の株主が議決権を行使する。"),
    ],
)
def test_the_same_rating(locale: str, msgid: str, msgstr: str) -> None:
    assert _ratings(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgstr", "found"),
    [
        ("en", "The bonds are rated A+ (stable).", "'A+'"),
        ("ja", "今回の社債の信用格付けはAA（安定的）。", "'AA'"),
    ],
)
def test_another_notch(locale: str, msgstr: str, found: str) -> None:
    messages = _ratings(locale, BONDS, msgstr)
    assert len(messages) == 1 and found in messages[0], messages
